"""The console adapter: the embedded default, for trying vetbot locally and for scripts.

:data:`PLATFORM` builds it for ``vetbot run`` from ``[console]``; :mod:`adapters.console.render`
holds the stable output format that ``vetbot say`` prints and tests rely on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from adapters.console.platform import PLATFORM

if TYPE_CHECKING:
    from adapters.console.adapter import ConsoleAdapter


def __getattr__(name: str) -> Any:
    # The adapter itself (and asyncio with it) loads when used, not with the declaration that
    # every command line reads.
    if name == "ConsoleAdapter":
        from adapters.console.adapter import ConsoleAdapter

        return ConsoleAdapter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["PLATFORM", "ConsoleAdapter"]
