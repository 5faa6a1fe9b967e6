"""The Matrix adapter (matrix-nio, with end-to-end encryption when matrix-nio[e2e] is present).

:data:`PLATFORM` (in :mod:`.platform`) is what the core knows of Matrix: its ``[matrix]``
settings and keys of ``[permissions]`` (:mod:`.settings`), how power levels map to roles,
its room ids, its texts; it builds the adapter, whose login, sync token, direct rooms and
encryption keys live in ``<data_dir>/matrix/``. The adapter's pieces: :mod:`.translate` (the
one module that maps Matrix events and the core's values onto each other), :mod:`.adapter`
(the sync loop and carrying out actions), :mod:`.outgoing` (the send queue),
:mod:`.direct_rooms` (finding or creating the direct room with a person), :mod:`.client`
(login, encryption upkeep, device trust, invite policy) and :mod:`.state` (what is kept).
Importing this package imports no matrix-nio; building the adapter does.
"""

from __future__ import annotations

from adapters.matrix.platform import PLATFORM

__all__ = ["PLATFORM"]
