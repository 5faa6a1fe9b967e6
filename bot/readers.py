"""Whose language and time zone a text is written in: one resolution order for every reader.

Language, first that names a shipped catalog (:func:`bot.i18n.languages`):

1. the person's own choice (``!language de``, ``Person.language``);
2. the platform's hint (``Message.language``: a Discord user's locale);
3. the room's or server's default (``Message.room_language``: ``[discord.guilds."ID"]
   language``, ``[matrix.rooms."ID"] language``);
4. ``[bot] language``.

A hint for a language without a catalog (a Swedish Discord client) is passed over, so the
room's language wins over an English fallback. Time zone: the person's own (``!timezone``),
else ``[bot] timezone``.

Country (:func:`country_of_message`; the lookups put its tools first), in the same order, first
that is a country's code (:data:`bot.codes.PLACES`): the person's own (``!country AT``,
``Person.country``); the platform's hint (``Message.country``: ``[discord.guilds."ID"]
country``); the country of the room's network; ``[bot] country``; else none. The networks'
CPD reports count a person in their own country, else their network's
(:meth:`bot.capabilities.cpd.service.CpdService.aggregates`).

A post in a room (a scheduled prompt, a participation summary in its thread) is written for
the room (:func:`reader_of_room`): in the language configured for it on its platform
(``[discord.guilds."ID"] language``, ``[matrix.rooms."!ID"] language``, as the platform's
declaration answers :meth:`~bot.ports.Platform.room_language`), else its network's
``language``, else ``[bot] language``; its moments in its network's ``timezone``, else
``[bot] timezone``.

Replies use the asker's person; messages owed to someone (:mod:`bot.outbox`) use the
recipient's, looked up by person id or, for someone the bot knows only by account (a
coordinator listed in ``bot.toml``), by that account.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.codes import PLACES
from bot.formats import is_zone
from bot.i18n import DEFAULT_LANGUAGE, languages

if TYPE_CHECKING:
    from bot.events import Message
    from bot.messages import Moments
    from bot.networks import Networks
    from bot.settings import NetworkSettings, Settings
    from bot.store.models import Person


@dataclass(frozen=True, slots=True, kw_only=True)
class Reader:
    """Who a text is rendered for: a catalog language and an IANA time zone."""

    lang: str
    zone: str


def choose_language(settings: Settings, *choices: str | None) -> str:
    """The first of ``choices`` a catalog is shipped for, else ``[bot] language``."""
    shipped = languages()
    for choice in choices:
        if choice and choice in shipped:
            return choice
    return settings.bot.language if settings.bot.language in shipped else DEFAULT_LANGUAGE


def choose_country(settings: Settings, *choices: str | None) -> str | None:
    """The first of ``choices`` that is a country's code (any case; not ``EU``, no one's
    country), in capitals, else ``[bot] country``, else ``None``."""
    for choice in (*choices, settings.bot.country):
        code = (choice or "").strip().upper()
        if code in PLACES:
            return code
    return None


def country_of_message(
    settings: Settings, message: Message, person: Person | None, networks: Networks | None = None
) -> str | None:
    """The country that counts for whoever sent ``message``: their own, else the platform's
    hint, else (in a room, ``networks`` given) the room's network's, else the bot's."""
    home = None
    if networks is not None and not message.is_direct:
        home = networks.get(networks.of_message(message))
    return choose_country(
        settings,
        person.country if person is not None else None,
        message.country,
        home.country if home is not None else None,
    )


def reader_for(
    settings: Settings,
    person: Person | None,
    *,
    hint: str | None = None,
    room: str | None = None,
    home: NetworkSettings | None = None,
) -> Reader:
    """The reader ``person`` is (``None``: someone without a person row), given the platform's
    ``hint``, the ``room``'s default language and the ``home`` network of the room: its
    language after the room's, its time zone when the person chose none."""
    own_lang = person.language if person is not None else None
    zones = (person.timezone if person is not None else None, home.timezone if home else None)
    return Reader(
        lang=choose_language(settings, own_lang, hint, room, home.language if home else None),
        zone=next((zone for zone in zones if zone and is_zone(zone)), settings.bot.timezone),
    )


def reader_of_message(
    settings: Settings, message: Message, person: Person | None, networks: Networks | None = None
) -> Reader:
    """The reader who sent ``message`` (a reply is written for them). The room's default is
    its own configured language, else its network's (``networks``, when given); a person who
    chose no time zone reads in the network's, else the bot's."""
    home = None
    if networks is not None and not message.is_direct:
        home = networks.get(networks.of_message(message))
    return reader_for(
        settings, person, hint=message.language, room=message.room_language, home=home
    )


def room_language(
    settings: Settings, platform: str, room_id: str, networks: Networks
) -> str | None:
    """The language configured for the room ``room_id`` of ``platform`` by the platform's own
    settings (a Discord server's, a Matrix room's), or ``None``."""
    configured = settings.platform(platform)
    if configured is None:
        return None
    return configured.declaration.room_language(room_id, settings, networks.directory(platform))


def reader_of_room(settings: Settings, networks: Networks, platform: str, room_id: str) -> Reader:
    """Whom a post in the room ``room_id`` of ``platform`` is written for: the room's
    configured language, else its network's, else the bot's; its network's time zone, else
    the bot's."""
    return reader_for(
        settings,
        None,
        room=room_language(settings, platform, room_id, networks),
        home=networks.get(networks.of_room(platform, room_id)),
    )


def moments_of(settings: Settings, platform: str) -> Moments | None:
    """How ``platform`` writes moments itself (:meth:`bot.ports.Platform.moment`), if it is
    declared."""
    configured = settings.platform(platform)
    return configured.declaration.moment if configured is not None else None
