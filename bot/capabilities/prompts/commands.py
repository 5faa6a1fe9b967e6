"""Which prompt command runs which handler: ``!prompt`` and ``!series`` with their
subcommands, options, help and roles.

A handler is named, not imported: ``handler("schedule")`` gives the handler of the chat's
method of that name, loaded on its first call (:class:`bot.lazy.Later`), so listing the
commands imports neither the services nor APScheduler."""

from __future__ import annotations

from collections.abc import Callable

from bot.commands import Command, Option
from bot.lazy import Handler
from bot.permissions import Role

#: The handler of a method of the prompt or series chat, by its name.
ChatHandler = Callable[[str], Handler]

#: Longest prompt text: well inside Discord's 2,000 characters, with room for a mention.
MAX_TEXT = 1800
#: ``in:``, the rooms a prompt or series posts in, as ``!prompt`` and ``!series`` both take it.
ROOMS_OPTION = Option(name="in", help="rooms: #room, several separated by commas, platform:room")

#: The options of ``!prompt schedule`` and ``!prompt edit``.
SCHEDULE_OPTIONS = (
    ROOMS_OPTION,
    Option(name="at", help="a one-off date and time: 2026-12-01 09:00"),
    Option(name="cron", help="a cron expression: 0 9 * * MON"),
    Option(name="every", help="a recurrence: monday 09:00, 2 weeks on tuesday 10:00"),
    Option(name="tz", help="an IANA time zone: Europe/Brussels"),
    Option(name="start", help="first date of a recurring prompt: 2026-12-01"),
    Option(name="end", help="last date of a recurring prompt: 2027-03-01"),
    Option(
        name="text",
        help=f"the prompt (markdown, at most {MAX_TEXT:,} characters); it takes the rest of "
        "the line, so put it last",
        greedy=True,
    ),
)


def prompt_command(handler: ChatHandler) -> Command:
    """``!prompt`` and its subcommands; ``handler(name)`` gives the handler of the prompt
    chat's method ``name``."""

    def by_id(name: str, summary: str, method: str, confirm: str | None = None) -> Command:
        return Command(
            name=name,
            summary=summary,
            usage="ID [confirm]" if confirm else "ID",
            handler=handler(method),
            role=Role.COORDINATOR,
            argument="id",
            confirm=confirm,
        )

    subs = {
        "schedule": Command(
            name="schedule",
            summary="Schedule a prompt: one-off, cron or every …",
            usage="in: #ROOM; at: 2026-12-01 09:00 | cron: 0 9 * * MON | every: monday 09:00; "
            "tz: Europe/Brussels; text: …",
            handler=handler("schedule"),
            role=Role.COORDINATOR,
            options=SCHEDULE_OPTIONS,
        ),
        "list": Command(
            name="list",
            summary="List active and paused prompts.",
            handler=handler("listing"),
            role=Role.COORDINATOR,
        ),
        "show": by_id("show", "Show one prompt.", "show"),
        "preview": by_id("preview", "The next 5 times a prompt posts.", "preview"),
        "pause": by_id("pause", "Pause a prompt.", "pause"),
        "resume": by_id("resume", "Resume a paused prompt.", "resume"),
        "cancel": by_id("cancel", "Cancel a prompt for good.", "cancel", "prompts.cancel_ask"),
        "skip": by_id("skip", "Skip the next occurrence only.", "skip"),
        "edit": Command(
            name="edit",
            summary="Change a prompt's rooms, schedule or text.",
            usage="ID [in: …; at: … | cron: … | every: …; tz: …; text: …]",
            handler=handler("edit"),
            role=Role.COORDINATOR,
            options=SCHEDULE_OPTIONS,
            argument="id",
        ),
    }
    return Command(
        name="prompt",
        summary="Scheduled discussion prompts (coordinators).",
        details=f"Options look like `key: value`, separated by `;`. The text: option comes "
        f"last (it takes the rest of the line) and holds at most {MAX_TEXT:,} characters.",
        role=Role.COORDINATOR,
        subcommands=subs,
    )


def series_command(handler: ChatHandler) -> Command:
    """``!series`` and its subcommands; ``handler(name)`` gives the handler of the series
    chat's method ``name``."""
    opening = Option(name="opening", help="posted just before the first prompt")
    closing = Option(
        name="closing",
        help="posted when the last prompt's discussion is summarised (takes the rest of the line)",
        greedy=True,
    )
    title = Option(name="title", help="the series' title")
    coordinator = Role.COORDINATOR
    subs = {
        "create": Command(
            name="create",
            summary="Create an e-conference series.",
            usage="title: …; in: #ROOM; tz: Europe/Brussels; opening: …; closing: …",
            handler=handler("create"),
            role=coordinator,
            options=(
                title,
                ROOMS_OPTION,
                Option(name="tz", help="an IANA time zone: Europe/Brussels"),
                opening,
                closing,
            ),
        ),
        "add": Command(
            name="add",
            summary="Add a prompt to a series.",
            usage="ID at: 2026-12-01 09:00; text: …",
            handler=handler("add"),
            role=coordinator,
            argument="id",
            options=(
                Option(name="at", help="date and time: 2026-12-01 09:00"),
                Option(name="tz", help="an IANA time zone (default: the series' zone)"),
                Option(
                    name="text",
                    help=f"the prompt (at most {MAX_TEXT:,} characters; takes the rest of "
                    "the line)",
                    greedy=True,
                ),
            ),
        ),
        "edit": Command(
            name="edit",
            summary="Change a series' title, or its opening or closing (none drops it).",
            usage="ID [title: …; opening: …; closing: …]",
            handler=handler("edit"),
            role=coordinator,
            argument="id",
            options=(title, opening, closing),
        ),
        "show": Command(
            name="show",
            summary="Show a series and its prompts.",
            usage="ID",
            handler=handler("show"),
            role=coordinator,
            argument="id",
        ),
        "list": Command(
            name="list",
            summary="List series.",
            handler=handler("listing"),
            role=coordinator,
        ),
        "cancel": Command(
            name="cancel",
            summary="Cancel a series and its prompts not yet posted.",
            usage="ID [confirm]",
            confirm="prompts.series.cancel_ask",
            handler=handler("cancel"),
            role=coordinator,
            argument="id",
        ),
    }
    return Command(
        name="series",
        summary="E-conference series of prompts (coordinators).",
        role=coordinator,
        subcommands=subs,
    )
