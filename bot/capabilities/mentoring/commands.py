"""Which mentoring command runs which handler: the ``!mentor``/``!expert`` groups (one per
kind of profile) and ``!match`` with its subcommands, their options, help and roles.

A handler is named, not imported: ``chat("join", "mentor")`` gives the handler of
:meth:`~bot.capabilities.mentoring.chat.MentoringChat.join` for mentors, loaded on its first
call (:class:`bot.lazy.Later`), so listing the commands imports none of the services."""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

from bot.capabilities.mentoring import fields
from bot.commands import Command, Option
from bot.lazy import Handler
from bot.permissions import Role

#: The handler of a method of the mentoring chat, by its name (and the kind of profile, for
#: the methods that make one handler per kind).
ChatHandler = Callable[..., Handler]

#: The choices of ``!match … kind:``, the default first.
KINDS = ("mentor", "expert")

PROFILE_OPTIONS = (
    Option(name="topics", help="what you can help with, separated by commas"),
    Option(
        name="languages",
        help="ISO 639-1 codes you mentor in, e.g. en, de (default: the language you write in)",
    ),
    Option(name="country", help="ISO 3166-1 two-letter country code, e.g. DE ('-' clears it)"),
    Option(name="sector", help="your sector, e.g. construction ('-' clears it)"),
    Option(name="capacity", help=f"how many people at once, 1-{fields.MAX_CAPACITY}"),
    Option(name="consent", help="yes, to agree to the consent text", choices=("yes", "no")),
    Option(
        name="cross_border",
        help="yes, to be asked by trainers of other networks too (in your languages)",
        choices=("yes", "no"),
    ),
    Option(
        name="bio",
        help=f"a few words about you (up to {fields.MAX_BIO_LENGTH} characters; last)",
        greedy=True,
    ),
)


def profile_group(chat: ChatHandler, kind: str, summary: str) -> Command:
    """``!mentor …`` or ``!expert …``: a profile of ``kind`` and what one does with it."""
    role_word = "mentor" if kind == "mentor" else "peer group expert"
    subs = {
        "join": Command(
            name="join",
            summary=f"Opt in as a {role_word} (shows the consent text first).",
            usage="topics: …; [languages: …; country: …; sector: …; capacity: N; bio: …]",
            handler=chat("join", kind),
            options=PROFILE_OPTIONS,
            personal=True,
        ),
        "update": Command(
            name="update",
            summary="Change fields of your profile.",
            usage="[topics: …; languages: …; country: …; sector: …; capacity: N; bio: …]",
            handler=chat("update", kind),
            options=tuple(o for o in PROFILE_OPTIONS if o.name != "consent"),
            personal=True,
        ),
        "pause": Command(
            name="pause",
            summary="Get no new proposals (until a date, or until you resume).",
            usage="[until: YYYY-MM-DD]",
            handler=chat("pause", kind),
            options=(Option(name="until", help="the day you are back, YYYY-MM-DD"),),
            personal=True,
        ),
        "resume": Command(
            name="resume",
            summary="Get proposals again.",
            handler=chat("resume", kind),
            personal=True,
        ),
        "me": Command(
            name="me", summary="Show your profile.", handler=chat("me", kind), personal=True
        ),
        "leave": Command(
            name="leave",
            summary="Delete your profile and withdraw proposals waiting for you.",
            usage="[confirm]",
            confirm="mentoring.leave_ask",
            handler=chat("leave", kind),
            personal=True,
        ),
    }
    return Command(name=kind, summary=summary, subcommands=MappingProxyType(subs))


def match_group(chat: ChatHandler) -> Command:
    """``!match NEED`` and its subcommands: requests, answers, matches, coordinators' tools."""
    subs = {
        "accept": Command(
            name="accept",
            summary="Accept a proposal sent to you.",
            usage="ID",
            argument="id",
            handler=chat("accept"),
            personal=True,
        ),
        "decline": Command(
            name="decline",
            summary="Decline a proposal sent to you.",
            usage="ID",
            argument="id",
            handler=chat("decline"),
            personal=True,
        ),
        "pending": Command(
            name="pending",
            summary="Proposals waiting for your answer.",
            handler=chat("pending"),
            personal=True,
        ),
        "status": Command(
            name="status",
            summary="Where your requests stand.",
            handler=chat("status"),
            personal=True,
        ),
        "cancel": Command(
            name="cancel",
            summary="Withdraw your request.",
            usage="[ID] [confirm]",
            confirm="mentoring.cancel_ask",
            argument="id",
            handler=chat("cancel"),
            personal=True,
        ),
        "feedback": Command(
            name="feedback",
            summary="Rate a match from 1 to 5, with an optional comment.",
            usage="ID 1-5 [COMMENT]",
            argument="text",
            handler=chat("feedback"),
            personal=True,
        ),
        "end": Command(
            name="end",
            summary="End a match (frees the mentor's place).",
            usage="ID",
            argument="id",
            handler=chat("end"),
            personal=True,
        ),
        # Named "batch" with "run" as an alias: on Discord, "/match run" stands for the
        # group's own handler (asking for a mentor), see adapters/discord/slash.py.
        "batch": Command(
            name="batch",
            aliases=("run",),
            summary="Match all open requests at once and send the proposals (also: run).",
            handler=chat("run"),
            role=Role.COORDINATOR,
        ),
        "stats": Command(
            name="stats",
            summary="Open, proposed and accepted requests, time to a match, load per mentor.",
            handler=chat("stats"),
            role=Role.COORDINATOR,
            personal=True,
        ),
    }
    return Command(
        name="match",
        summary="Ask for a mentor or peer expert.",
        usage="NEED [lang: …; country: …; sector: …; kind: mentor|expert]",
        argument="need",
        handler=chat("request"),
        options=(
            Option(name="lang", help="ISO 639-1 codes of the languages you want, e.g. de, en"),
            Option(name="country", help="ISO 3166-1 two-letter country code, e.g. AT"),
            Option(name="sector", help="your sector"),
            Option(name="kind", help="mentor (default) or expert", choices=KINDS),
        ),
        personal=True,
        subcommands=MappingProxyType(subs),
    )
