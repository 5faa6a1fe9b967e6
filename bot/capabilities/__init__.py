"""Capabilities: one module (or package) each, registered here by import path.

Each exposes ``setup(runtime: bot.runtime.Runtime) -> None``. Order matters only for help.

The ``vetbot`` subcommands capabilities add are declared in :data:`CLI` (name, help, and the
module whose ``fill(parser)`` builds the rest), so the command line lists them without
importing any capability. A subcommand that needs the bot's services registers itself with
``parser.set_defaults(with_services=command)``, where ``command`` is a :data:`ServiceCommand`:
the command line's wiring hands it :class:`Services`, so no capability builds the bot itself.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from types import ModuleType
from typing import TYPE_CHECKING, Protocol, TypeVar

from bot.ports import CliCommand

if TYPE_CHECKING:
    from bot.runtime import Runtime
    from bot.settings import Settings

S = TypeVar("S")

CAPABILITIES: tuple[str, ...] = (
    # First: the networks served are known before any other capability starts.
    "bot.capabilities.networks",
    "bot.capabilities.help",
    "bot.capabilities.knowledge",
    "bot.capabilities.privacy",
    "bot.capabilities.preferences",
    "bot.capabilities.mentoring",
    "bot.capabilities.prompts",
    "bot.capabilities.surveys",
    "bot.capabilities.cpd",
    "bot.capabilities.reports",
    "bot.capabilities.cluster",
    "bot.capabilities.dashboard",
)


class Services(Protocol):
    """The services a ``vetbot`` subcommand is given by the command line's wiring.

    ``async with services.open(KnowledgeService) as knowledge: …`` gives the service of a bot
    started for this one command (schema migrated, start hooks run, no background work) and
    stops that bot when the block ends. A subcommand checks its arguments before it opens, so
    bad input never touches the store.
    """

    def open(self, kind: type[S], /) -> AbstractAsyncContextManager[S]: ...


#: A subcommand run with services: ``(settings, args, services) -> exit code``.
ServiceCommand = Callable[["Settings", argparse.Namespace, Services], Awaitable[int]]


#: The modules defining the capabilities' tables (imported with their code when first needed;
#: :func:`bot.store.base.all_tables` imports them all where every table must be known).
TABLES: tuple[str, ...] = (
    "bot.capabilities.knowledge.tables",
    "bot.capabilities.mentoring.tables",
    "bot.capabilities.prompts.models",
    "bot.capabilities.surveys.tables",
    "bot.capabilities.cpd.tables",
)


def modules() -> list[ModuleType]:
    """The capability modules, with every table of theirs imported (the migrations'
    environment and the schema checks need them all)."""
    for name in TABLES:
        importlib.import_module(name)
    return _capabilities()


def _capabilities() -> list[ModuleType]:
    return [importlib.import_module(name) for name in CAPABILITIES]


def setup_all(runtime: Runtime) -> None:
    """Let every capability register its commands, hooks and services (each imports its
    handlers, services and tables only when first needed: see :mod:`bot.lazy`)."""
    from bot.store.base import declare_tables

    declare_tables(*TABLES)
    for module in _capabilities():
        module.setup(runtime)


#: The ``vetbot`` subcommands of the capabilities.
CLI: tuple[CliCommand, ...] = (
    CliCommand("network", "the networks the bot serves", "bot.capabilities.networks.cli"),
    CliCommand(
        "knowledge", "the knowledge store: search, import, export", "bot.capabilities.knowledge.cli"
    ),
    CliCommand("match", "mentor and peer-expert matching", "bot.capabilities.mentoring.cli"),
    CliCommand("survey", "anonymous surveys: export results", "bot.capabilities.surveys.cli"),
    CliCommand(
        "cpd",
        "professional development: competence frameworks, the networks' figures",
        "bot.capabilities.cpd.cli",
    ),
    CliCommand(
        "report", "figures for coordinators, per network and month", "bot.capabilities.reports.cli"
    ),
    CliCommand("cluster", "replicas on one PostgreSQL: status", "bot.capabilities.cluster"),
)
