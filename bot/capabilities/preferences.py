"""A person's own language, time zone and country: ``!language [CODE|auto]``, ``!timezone
[ZONE|auto]`` and ``!country [CODE|auto]``.

All three are kept on the person row (``Person.language``, ``Person.timezone``,
``Person.country``), so ``!mydata`` shows them and ``!forgetme`` erases them with the person.
Each comes first in the resolution orders of :mod:`bot.readers`; ``auto`` forgets the choice,
so the platform's, the room's and the network's count again. ``!language`` alone lists the
languages shipped, each in its own name (``Deutsch (de)``). A country is taken as its ISO code
or its name in any shipped language (``AT``, ``Austria``, ``Österreich``), and named back in
the reader's language.
"""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from bot.codes import COUNTRY_HINTS, PLACES
from bot.commands import Command
from bot.context import Context
from bot.errors import UsageError
from bot.formats import country_name, format_items, format_moment, is_zone, language_name, locale_of
from bot.i18n import languages
from bot.readers import choose_language, country_of_message
from bot.runtime import Runtime
from bot.store.models import Person
from bot.words import fold, spellings

#: The word that forgets a choice.
AUTO = "auto"
#: The zone shown in examples.
EXAMPLE_ZONE = "Europe/Vienna"
#: The country shown in examples.
EXAMPLE_COUNTRY = "AT"
#: Europe as a whole: a knowledge entry may serve it, but no one lives in it alone.
EUROPE = "EU"


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


def _loose_forms(name: str) -> tuple[str, ...]:
    """Ways people write a CLDR name other than CLDR does: without its bracket (``Myanmar
    (Burma)``), ``and`` for ``&``, ``Saint`` for ``St``."""
    base = name.split(" (")[0]
    spelt = base.replace(" & ", " and ")
    return (base, spelt, spelt.replace("St ", "Saint "))


#: Names people use for a country that CLDR does not list (its names come from Babel).
_OTHER_NAMES = {
    "USA": "US",
    "United States of America": "US",
    "Great Britain": "GB",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    "Holland": "NL",
    "Czech Republic": "CZ",
    "Ivory Coast": "CI",
}


@cache
def _country_names() -> dict[str, str]:
    """Every country's name in every shipped language, as folded spellings (``osterreich``,
    ``oesterreich``), to its code; the names do not clash across these languages, and a loose
    form of a name that two countries share (``São Martinho``) is left out."""
    names: dict[str, str] = {}
    loose: dict[str, set[str]] = {}
    for lang in languages():
        territories = locale_of(lang).territories
        for code in PLACES:
            name = territories.get(code, code)
            for spelling in spellings(name):
                names.setdefault(spelling, code)
            for form in _loose_forms(name):
                for spelling in spellings(form):
                    loose.setdefault(spelling, set()).add(code)
    for spelling, codes in loose.items():
        if len(codes) == 1:
            names.setdefault(spelling, next(iter(codes)))
    for name, code in _OTHER_NAMES.items():
        for spelling in spellings(name):
            names.setdefault(spelling, code)
    return names


def find_country(text: str) -> str | None:
    """The country ``text`` names: its ISO 3166-1 alpha-2 code in any case (``UK`` and ``EL``,
    as the EU writes them, for ``GB`` and ``GR``), or its name in a shipped language, accents
    optional; else ``None``."""
    word = " ".join(text.split())
    code = COUNTRY_HINTS.get(word.upper(), word.upper())
    if code in PLACES:
        return code
    names = _country_names()
    return next((names[s] for s in spellings(word) if s in names), None)


def _close_countries(text: str) -> list[str]:
    """Up to three countries whose name (in any shipped language) is spelt close to ``text``."""
    from rapidfuzz import fuzz, process

    names = _country_names()
    found = process.extract(fold(text), list(names), scorer=fuzz.WRatio, limit=12, score_cutoff=80)
    codes = dict.fromkeys(names[name] for name, _score, _i in found)
    return list(codes)[:3]


def _named(code: str, lang: str) -> dict[str, str]:
    return {"name": country_name(code, lang), "code": code}


async def _show_country(ctx: Context) -> None:
    """The country that counts for the caller: their own, else the one the room, its network
    or the bot gives (:func:`bot.readers.country_of_message`), else none."""
    person = await ctx.person(create=False)
    own = (person.country or "").upper() if person is not None else ""
    used = country_of_message(ctx.runtime.settings, ctx.message, person, ctx.runtime.networks)
    if own in PLACES:
        ctx.reply(ctx.t("preferences.country_own", **_named(own, ctx.lang)))
    elif used is not None:
        named = _named(used, ctx.lang)
        ctx.reply(ctx.t("preferences.country_default", example=EXAMPLE_COUNTRY, **named))
    else:
        ctx.reply(ctx.t("preferences.country_none", example=EXAMPLE_COUNTRY))


def _unknown_country(ctx: Context, word: str) -> UsageError:
    """The refusal of ``word``, with the countries spelt close to it if there are any."""
    shown = word[:40]
    close = _close_countries(word) if len(word) >= 3 else []
    if not close:
        return UsageError(
            ctx.t("preferences.country_unknown", country=shown, example=EXAMPLE_COUNTRY)
        )
    options = format_items(
        (f"{country_name(code, ctx.lang)} ({code})" for code in close), ctx.lang, style="or"
    )
    return UsageError(
        ctx.t(
            "preferences.country_unknown_suggest",
            country=shown,
            options=options,
            example=EXAMPLE_COUNTRY,
        )
    )


async def _country(ctx: Context) -> None:
    word = ctx.text.strip()
    if not word:
        await _show_country(ctx)
        return
    if word.lower() == AUTO:
        await _store(ctx, country=None)
        msg, networks = ctx.message, ctx.runtime.networks
        used = country_of_message(ctx.runtime.settings, msg, None, networks)
        if used is None:
            ctx.reply(ctx.t("preferences.country_auto_none"))
        else:
            ctx.reply(ctx.t("preferences.country_auto", **_named(used, ctx.lang)))
        return
    if word.upper() == EUROPE:
        raise UsageError(ctx.t("preferences.country_eu", example=EXAMPLE_COUNTRY))
    code = find_country(word)
    if code is None:
        raise _unknown_country(ctx, word)
    await _store(ctx, country=code)
    ctx.reply(ctx.t("preferences.country_set", **_named(code, ctx.lang)))


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
    runtime.registry.add(
        Command(
            name="country",
            summary="Choose your country, whose tools come first in lookups, e.g. AT or Austria.",
            usage="[CODE|auto]",
            argument="code",
            handler=_country,
            personal=True,
        )
    )
