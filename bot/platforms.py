"""The adapter registry: the chat platforms vetbot ships, by name, and what each declares.

Each platform lives in its adapter package ``adapters.<name>``, which declares itself as
``PLATFORM`` (a :class:`bot.ports.Platform`: its settings section, its role mapping, its room
references, its texts, and ``create`` that builds the adapter). Packages are imported by name
with :mod:`importlib`, so no core module imports an adapter; a package's ``__init__`` imports
no platform library (that happens in ``create``), so reading and checking the configuration
needs neither discord.py nor matrix-nio.

The settings loader (:func:`bot.settings.load_settings`) reads the sections of the platforms it
is given, by default :func:`shipped`; the settings then carry each declaration with its
settings, and everything else (the composition root, permissions, prompt targets, the command
line) finds the platforms there.
"""

from __future__ import annotations

import importlib
from functools import cache
from importlib.resources.abc import Traversable

from bot.ports import Platform

#: The platforms that ship with vetbot, in the order ``vetbot run`` starts them.
SHIPPED: tuple[str, ...] = ("console", "discord", "matrix")


def declaration(name: str) -> Platform:
    """The declaration of the platform ``name`` (``adapters.<name>.PLATFORM``)."""
    module = importlib.import_module(f"adapters.{name}")
    platform = getattr(module, "PLATFORM", None)
    if not isinstance(platform, Platform) or platform.name != name:
        raise TypeError(f"adapters.{name} declares no platform named {name!r} as PLATFORM")
    return platform


@cache
def shipped() -> tuple[Platform, ...]:
    """The declarations of every shipped platform, in :data:`SHIPPED` order."""
    return tuple(declaration(name) for name in SHIPPED)


def catalogs() -> list[Traversable]:
    """The text catalogs the shipped platforms bring (see :mod:`bot.i18n`)."""
    return [p.catalogs for p in shipped() if p.catalogs is not None]
