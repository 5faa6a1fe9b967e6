"""Reading what people type into ``!tool``: options as filters, ids, and who is asking.

A bad value is a usage error that says how to write it right (``lang: de``, one value at a
time, the query before the options); text that looks like an option but is not one is searched
as words, with a note (:func:`stray_options`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from bot.capabilities.knowledge.model import field_name
from bot.context import Context
from bot.readers import country_of_message
from bot.safety import one_line
from bot.store.models import Person
from knowledge.codes import (
    COUNTRIES,
    COUNTRY_HINTS,
    LANGUAGES,
    TARGET_GROUPS,
    TYPES,
    canonical_target_group,
    canonical_type,
)
from knowledge.engine import Filters
from knowledge.text import fold


def filters(ctx: Context) -> Filters:
    """The ``lang:``/``country:``/… options as filters; a bad value is a usage error."""
    opts = ctx.options
    lang = opts.get("lang", "").strip().lower() or None
    if lang is not None and lang not in LANGUAGES:
        _refuse_several(ctx, "lang", opts["lang"], lambda word: word.lower() in LANGUAGES)
        raise ctx.usage_error("knowledge.bad_lang", value=one_line(lang, 20))
    country = opts.get("country", "").strip().upper() or None
    if country is not None and country not in COUNTRIES:
        _refuse_several(ctx, "country", opts["country"], lambda word: word.upper() in COUNTRIES)
        if country in COUNTRY_HINTS:
            raise ctx.usage_error(
                "knowledge.country_hint", value=country, code=COUNTRY_HINTS[country]
            )
        raise ctx.usage_error("knowledge.bad_country", value=one_line(country, 20))
    kind_text = opts.get("type", "").strip()
    kind = canonical_type(kind_text) if kind_text else None
    if kind_text and kind is None:
        _refuse_several(ctx, "type", kind_text, lambda words: canonical_type(words) is not None)
        raise ctx.usage_error(
            "knowledge.bad_type", value=one_line(kind_text, 30), types=", ".join(TYPES)
        )
    target_text = opts.get("target", "").strip()
    target = target_group(target_text) if target_text else None
    if target_text and target is None:
        _refuse_several(ctx, "target", target_text, lambda words: target_group(words) is not None)
        raise ctx.usage_error(
            "knowledge.bad_target",
            value=one_line(target_text, 30),
            targets=", ".join(TARGET_GROUPS),
        )
    sector = one_line(opts.get("sector", ""), 60) or None
    return Filters(lang=lang, country=country, sector=sector, type=kind, target_group=target)


def _refuse_several(ctx: Context, name: str, value: str, valid: Callable[[str], bool]) -> None:
    """Explain an option value that holds more than one thing, if it does.

    ``lang: de, fr`` (several values: one at a time) and ``!tool lang: de training`` (the query
    typed after the option, so the option took it in: put the query first) get their own
    answers; anything else is left to the caller's "not a valid value" error.
    """
    words = [w for w in re.split(r"[\s,;/]+", value.strip()) if w]
    if len(words) < 2:
        return
    if all(valid(word) for word in words):
        raise ctx.usage_error(
            "knowledge.one_value",
            what=ctx.t(f"knowledge.what_{name}"),
            option=name,
            value=one_line(words[0], 30),
        )
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        if valid(head):
            rest = " ".join(words[cut:])
            raise ctx.usage_error(
                "knowledge.query_first",
                option=name,
                value=one_line(head, 30),
                query=one_line(rest, 60),
            )


#: ``word:`` or ``word=`` in a query (not ``https://``, not ``10:30``).
_STRAY_OPTION: Final = re.compile(r"(?<![\w/.-])([A-Za-z][\w-]{0,29})\s*([:=])(?!//)\s*(\S*)")


def stray_options(ctx: Context, query: str) -> tuple[str, ...]:
    """Notes for ``word:``/``word=`` text in a query that the parser left as words.

    ``foo: bar`` is not an option of ``!tool``; ``lang=de`` is one written with ``=``. The
    search still runs on the words as typed (a pasted title may hold a colon); the note says
    how to write an option.
    """
    names = [o.name for o in ctx.command.options]
    notes: list[str] = []
    for match in _STRAY_OPTION.finditer(query):
        key, mark, value = match.group(1), match.group(2), match.group(3)
        if key.lower() in names:
            if mark == "=":
                notes.append(
                    ctx.t(
                        "knowledge.option_equals",
                        option=key.lower(),
                        value=one_line(value, 30) or "…",
                    )
                )
            continue
        notes.append(
            ctx.t(
                "knowledge.not_an_option",
                option=one_line(key, 30),
                options=", ".join(f"{n}:" for n in names),
            )
        )
        if len(notes) >= 2:
            break
    return tuple(notes)


def edit_fields(text: str) -> list[tuple[str, str]]:
    """The ``field: value`` pairs of an edit (``title: New; type: guide``), in order; a new
    pair starts after ``;`` or a new line at a word that names a field, so a value may hold
    semicolons (``topics: a; b``). Empty when the text does not start with ``field:``."""
    first, colon, rest = text.partition(":")
    if not colon or not first.strip():
        return []
    pairs: list[tuple[str, str]] = []
    field, start = first.strip(), 0
    for match in re.finditer(r"[;\n]\s*([A-Za-z][\w -]{0,20}?)\s*:", rest):
        if field_name(match.group(1)) is None:
            continue
        pairs.append((field, rest[start : match.start()].strip()))
        field, start = match.group(1).strip(), match.end()
    pairs.append((field, rest[start:].strip()))
    return pairs


def target_group(text: str) -> str | None:
    """A target group from what people type: the full name, or a word only one group holds
    (``teacher`` is VET teacher; ``trainer`` is ambiguous)."""
    exact = canonical_target_group(text)
    if exact is not None:
        return exact
    key = fold(text)
    holders = [g for g in TARGET_GROUPS if key and key in fold(g).split()]
    return holders[0] if len(holders) == 1 else None


def _language_code(hint: str | None) -> str | None:
    code = (hint or "").replace("_", "-").split("-")[0].strip().lower()
    return code if code in LANGUAGES else None


def user_language(ctx: Context) -> str | None:
    """The language the platform or the bot names for the asker (not their own choice)."""
    for hint in (ctx.message.language, ctx.runtime.settings.bot.language):
        if code := _language_code(hint):
            return code
    return None


def own_language(ctx: Context) -> str | None:
    """The asker's own language (``!language``), if this message has looked them up."""
    sender = ctx.sender
    return _language_code(sender.language) if isinstance(sender, Person) else None


async def preferred_language(ctx: Context) -> str | None:
    """The language whose entries come first for the asker: their own (``!language``),
    else :func:`user_language`."""
    await ctx.person(create=False)  # the one lookup of this message, kept
    return own_language(ctx) or user_language(ctx)


async def user_country(ctx: Context) -> str | None:
    """The asker's country (:func:`bot.readers.country_of_message`): their own
    (``!country``), else the platform's hint, the room's network's, the bot's."""
    person = await ctx.person(create=False)  # the one lookup of this message, kept
    return country_of_message(ctx.runtime.settings, ctx.message, person, ctx.runtime.networks)


def one_id(ctx: Context, *, whole: bool = False) -> str:
    """The ID argument (its first word, or the whole text with ``whole``); a usage error with
    an example when it is missing."""
    text = ctx.text.strip()
    if not text:
        raise ctx.usage_error("knowledge.missing_id", command=ctx.invocation.path[-1])
    return text if whole else text.split()[0]
