"""``vetbot network add|edit|list|show``: the networks stored in the database.

Lists are given one entry per flag (``--room console:at-lounge --room matrix:!abc:x.org``);
``edit`` adds the entries given and takes away those named with ``--drop``. A network's own
role rules are ``--coordinator-role`` / ``--admin-role`` (platform role names or ids, a list
like the others) and ``--coordinator-power-level`` / ``--admin-power-level`` (``0``: none of
its own). Texts are in
``[bot] language``; a refusal (unknown id, a room another network holds, a bad field) is
printed with what to do and exits 2, with nothing stored.
"""

from __future__ import annotations

import argparse
import sys

from bot.capabilities import Services
from bot.capabilities.networks.service import NetworkService
from bot.errors import UserError
from bot.i18n import t
from bot.settings import NetworkSettings, Settings

_LISTS = {
    "server": "servers",
    "room": "rooms",
    "coordinator": "coordinators",
    "admin": "admins",
    "coordinator-role": "coordinator_roles",
    "admin-role": "admin_roles",
}
_FIELDS = ("name", "country", "language", "timezone", "prompt_channel")
_LEVELS = ("coordinator_power_level", "admin_power_level")


def fill(network: argparse.ArgumentParser) -> None:
    """``vetbot network add|edit|list|show``, each run with the CLI's services."""
    sub = network.add_subparsers(dest="network_command", metavar="ACTION", required=True)
    for name, summary in (("add", "store a new network"), ("edit", "change a stored network")):
        parser = sub.add_parser(name, help=summary)
        parser.add_argument("id", help="the network's id, such as AT")
        for field in _FIELDS:
            parser.add_argument(f"--{field.replace('_', '-')}", dest=field)
        for flag, field in _LISTS.items():
            metavar = "ROLE" if field.endswith("_roles") else "PLATFORM:ID"
            parser.add_argument(
                f"--{flag}", dest=field, action="append", default=[], metavar=metavar
            )
        for field in _LEVELS:
            parser.add_argument(f"--{field.replace('_', '-')}", dest=field, type=int, metavar="N")
        if name == "edit":
            parser.add_argument("--drop", action="append", default=[], metavar="ENTRY")
        parser.set_defaults(with_services=add_command if name == "add" else edit_command)
    sub.add_parser("list", help="every network").set_defaults(with_services=list_command)
    show = sub.add_parser("show", help="one network in full")
    show.add_argument("id")
    show.set_defaults(with_services=show_command)


def _refused(err: UserError, lang: str) -> int:
    print(f"vetbot: {t(err.key, lang, **err.params) if err.key else err}", file=sys.stderr)
    return 2


async def add_command(settings: Settings, args: argparse.Namespace, services: Services) -> int:
    values: dict[str, object] = {f: getattr(args, f) for f in _FIELDS if getattr(args, f)}
    values.update({f: tuple(getattr(args, f)) for f in _LISTS.values()})
    values.update({f: getattr(args, f) for f in _LEVELS if getattr(args, f) is not None})
    network = NetworkSettings(**values)  # type: ignore[arg-type]
    async with services.open(NetworkService) as service:
        try:
            await service.add(args.id, network)
        except UserError as err:
            return _refused(err, settings.bot.language)
    print(t("networks.cli.added", settings.bot.language, id=args.id))
    return 0


async def edit_command(settings: Settings, args: argparse.Namespace, services: Services) -> int:
    lang = settings.bot.language
    async with services.open(NetworkService) as service:
        try:
            current = await service.show(args.id)
            change: dict[str, object] = {f: getattr(args, f) for f in _FIELDS if getattr(args, f)}
            change.update({f: getattr(args, f) for f in _LEVELS if getattr(args, f) is not None})
            for field in _LISTS.values():
                kept = [e for e in getattr(current, field) if e not in args.drop]
                change[field] = tuple(dict.fromkeys([*kept, *getattr(args, field)]))
            await service.edit(args.id, change)
        except UserError as err:
            return _refused(err, lang)
    print(t("networks.cli.changed", lang, id=args.id))
    return 0


async def list_command(settings: Settings, args: argparse.Namespace, services: Services) -> int:
    lang = settings.bot.language
    async with services.open(NetworkService) as service:
        every = await service.all()
        configured = set(service.configured)
    if not every:
        print(t("networks.cli.none", lang))
    for network_id, network in sorted(every.items()):
        print(
            t(
                "networks.cli.line",
                lang,
                id=network_id,
                name=network.name or "-",
                country=network.country or "-",
                rooms=len(network.rooms) + len(network.servers),
                source=t(f"networks.cli.from_{'file' if network_id in configured else 'db'}", lang),
            )
        )
    return 0


async def show_command(settings: Settings, args: argparse.Namespace, services: Services) -> int:
    lang = settings.bot.language
    async with services.open(NetworkService) as service:
        try:
            network = await service.show(args.id)
        except UserError as err:
            return _refused(err, lang)
    print(
        t(
            "networks.cli.show",
            lang,
            id=args.id,
            name=network.name or "-",
            country=network.country or "-",
            language=network.language,
            timezone=network.timezone,
            servers=", ".join(network.servers) or "-",
            rooms=", ".join(network.rooms) or "-",
            coordinators=", ".join(network.coordinators) or "-",
            admins=", ".join(network.admins) or "-",
            prompt_channel=network.prompt_channel or "-",
            coordinator_roles=", ".join(network.coordinator_roles) or "-",
            admin_roles=", ".join(network.admin_roles) or "-",
            coordinator_power_level=network.coordinator_power_level or "-",
            admin_power_level=network.admin_power_level or "-",
        )
    )
    return 0
