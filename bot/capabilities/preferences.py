"""A person's own language and time zone: ``!language [CODE|auto]`` and ``!timezone [ZONE|auto]``.

Both are kept on the person row (``Person.language``, ``Person.timezone``), so ``!mydata``
shows them and ``!forgetme`` erases them with the person. The language comes first in the
resolution order of :mod:`bot.readers`; ``auto`` forgets the choice, so the platform's and the
room's language count again. ``!language`` alone lists the languages shipped, each in its own
name (``Deutsch (de)``).
"""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from bot.commands import Command
from bot.context import Context
from bot.errors import UsageError
from bot.formats import format_items, format_moment, is_zone, language_name
from bot.i18n import languages
from bot.readers import choose_language
from bot.runtime import Runtime
from bot.store.models import Person

#: The word that forgets a choice.
AUTO = "auto"
#: The zone shown in examples.
EXAMPLE_ZONE = "Europe/Vienna"


def _language_list(lang: str) -> str:
    return format_items((f"{language_name(code)} ({code})" for code in languages()), lang)


@cache
def _zones() -> dict[str, str]:
    """Every IANA zone name, by its lower-case spelling."""
    return {name.lower(): name for name in available_timezones()}


def find_zone(text: str) -> str | None:
    """The IANA zone ``text`` names, in any letter case (``europe/vienna``), else ``None``."""
    name = text.strip().replace(" ", "_")
    if is_zone(name):
        return name
    return _zones().get(name.lower())


async def _store(ctx: Context, **values: str | None) -> None:
    person = await ctx.person(create=True)
    assert person is not None  # created when missing
    async with ctx.runtime.store.session() as session:
        row = await session.get(Person, person.id)
        if row is not None:
            for name, value in values.items():
                setattr(row, name, value)


async def _language(ctx: Context) -> None:
    word = ctx.text.strip()
    if not word:
        person = await ctx.person(create=False)
        own = person.language if person is not None else None
        key = "preferences.language_list_own" if own else "preferences.language_list"
        ctx.reply(
            ctx.t(
                key, languages=_language_list(ctx.lang), name=language_name(ctx.lang), code=ctx.lang
            )
        )
        return
    code = word.lower().replace("_", "-")
    if code == AUTO:
        await _store(ctx, language=None)
        msg = ctx.message
        ctx.lang = choose_language(ctx.runtime.settings, msg.language, msg.room_language)
        ctx.reply(ctx.t("preferences.language_auto", name=language_name(ctx.lang), code=ctx.lang))
        return
    if code not in languages():
        raise UsageError(
            ctx.t(
                "preferences.language_unknown", code=word[:20], languages=_language_list(ctx.lang)
            )
        )
    await _store(ctx, language=code)
    ctx.lang = code  # the answer is the first text in the chosen language
    ctx.reply(ctx.t("preferences.language_set", name=language_name(code), code=code))


def _clock(ctx: Context) -> str:
    """The time now in the caller's zone, as the zone's clock shows it: written by the core
    on every platform (a platform's own markup would show the reader's device zone instead,
    and this line is there to show the chosen one)."""
    return format_moment(ctx.now, ctx.lang, ctx.reader_zone)


async def _timezone(ctx: Context) -> None:
    word = ctx.text.strip()
    if not word:
        person = await ctx.person(create=False)
        key = (
            "preferences.timezone_own" if person and person.timezone else "preferences.timezone_bot"
        )
        ctx.reply(ctx.t(key, zone=ctx.reader_zone, now=_clock(ctx), example=EXAMPLE_ZONE))
        return
    if word.lower() == AUTO:
        await _store(ctx, timezone=None)
        ctx.zone = ctx.runtime.settings.bot.timezone
        ctx.reply(ctx.t("preferences.timezone_auto", zone=ctx.zone, now=_clock(ctx)))
        return
    zone = find_zone(word)
    if zone is None:
        from rapidfuzz import fuzz, process

        found = process.extract(
            word.lower(), list(_zones()), scorer=fuzz.WRatio, limit=3, score_cutoff=80
        )
        shown = word[:40]
        if found:
            options = format_items(
                (_zones()[name] for name, _score, _i in found), ctx.lang, style="or"
            )
            raise UsageError(
                ctx.t(
                    "preferences.timezone_unknown_suggest",
                    zone=shown,
                    options=options,
                    example=EXAMPLE_ZONE,
                )
            )
        raise UsageError(ctx.t("preferences.timezone_unknown", zone=shown, example=EXAMPLE_ZONE))
    await _store(ctx, timezone=zone)
    ctx.zone = zone
    ctx.reply(ctx.t("preferences.timezone_set", zone=zone, now=_clock(ctx)))


def setup(runtime: Runtime) -> None:
    runtime.registry.add(
        Command(
            name="language",
            summary="Choose the language I write to you in, or list the languages I have.",
            usage="[CODE|auto]",
            argument="code",
            handler=_language,
            personal=True,
        )
    )
    runtime.registry.add(
        Command(
            name="timezone",
            summary="Choose the time zone dates and times are shown in, e.g. Europe/Vienna.",
            usage="[ZONE|auto]",
            argument="zone",
            handler=_timezone,
            personal=True,
        )
    )
