"""The console adapter: the embedded default, for trying vetbot locally and for scripts.

:data:`PLATFORM` builds it for ``vetbot run`` from ``[console]``; :mod:`adapters.console.render`
holds the stable output format that ``vetbot say`` prints and tests rely on.
"""

from __future__ import annotations

from adapters.console.adapter import ConsoleAdapter
from adapters.console.platform import PLATFORM

__all__ = ["PLATFORM", "ConsoleAdapter"]
