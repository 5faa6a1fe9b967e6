"""Capabilities: one module (or package) each, registered here by import path.

Each exposes ``setup(runtime: bot.runtime.Runtime) -> None`` and may expose
``add_cli(subparsers) -> None`` to add ``vetbot`` subcommands. Order matters only for help.
"""

from __future__ import annotations

import argparse
import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.runtime import Runtime

CAPABILITIES: tuple[str, ...] = (
    "bot.capabilities.help",
    "bot.capabilities.knowledge",
    "bot.capabilities.privacy",
    "bot.capabilities.mentoring",
    "bot.capabilities.discord_sync",
)


def modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in CAPABILITIES]


def setup_all(runtime: Runtime) -> None:
    """Let every capability register its commands, hooks and services."""
    for module in modules():
        module.setup(runtime)


def add_cli_all(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Let every capability add its ``vetbot`` subcommands."""
    for module in modules():
        add_cli = getattr(module, "add_cli", None)
        if add_cli is not None:
            add_cli(subparsers)
