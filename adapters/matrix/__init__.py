"""The Matrix adapter (matrix-nio, with end-to-end encryption when matrix-nio[e2e] is present).

``create(app)`` builds it from ``[matrix]`` in the settings; its login, sync token, direct
rooms and encryption keys live in ``<data_dir>/matrix/``. The pieces: :mod:`.translate` (the
one module that maps Matrix events and the core's values onto each other), :mod:`.adapter`
(the sync loop and carrying out actions), :mod:`.outgoing` (the send queue),
:mod:`.direct_rooms` (finding or creating the direct room with a person), :mod:`.client`
(login, encryption upkeep, device trust, invite policy) and :mod:`.state` (what is kept).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from adapters.matrix.adapter import MatrixAdapter

if TYPE_CHECKING:
    from bot.app import App

__all__ = ["MatrixAdapter", "create"]


def create(app: App) -> MatrixAdapter:
    """The adapter for ``app``'s ``[matrix]`` settings."""
    return MatrixAdapter(
        settings=app.settings.matrix,
        data_dir=app.settings.data_dir,
        language=app.settings.bot.language,
    )
