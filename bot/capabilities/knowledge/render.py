"""What people see of entries and of the library's findings, in the reader's language.

Entries are shown as result cards (:func:`result_card`) or in full (:func:`full_entry`);
the library's coded findings and file errors become catalog texts (``knowledge.problem.*``,
``knowledge.file.*``) through :func:`problem_text`, :func:`problems_text` and
:func:`file_error_text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from bot.actions import Card
from bot.capabilities.knowledge.inputs import own_language, user_language
from bot.context import Context
from bot.i18n import DEFAULT_LANGUAGE, t
from bot.messages import When
from bot.permissions import Role
from bot.safety import one_line
from knowledge.errors import ImportFileError, Problem
from knowledge.records import Entry

#: Summaries in the review queue are cut to this many characters.
SUMMARY_CHARS: Final = 160
#: A result's short line (facts and summary) is cut to this many characters.
RESULT_LINE_CHARS: Final = 140
#: An invalid value's reply names at most this many problems.
_PROBLEMS_SHOWN: Final = 4


def reading_language(ctx: Context) -> str:
    """The language to show entries' titles and summaries in: the reader's, and when their
    messages fell back to English for want of a catalog (a Slovak reader), the language their
    platform or the bot names, so an entry written in it still reads in it — unless English is
    their own choice."""
    if ctx.lang != DEFAULT_LANGUAGE:
        return ctx.lang
    return own_language(ctx) or user_language(ctx) or ctx.lang


def problem_text(problem: Problem, lang: str) -> str:
    """What is wrong, in ``lang`` (``"required"``, ``"unknown ISO 639-1 code 'xx'"``)."""
    return t(f"knowledge.problem.{problem.code}", lang, **problem.params)


def problems_text(problems: Sequence[Problem], lang: str) -> str:
    """The first few problems as ``field: what is wrong``, for one reply."""
    return "; ".join(f"{p.field}: {problem_text(p, lang)}" for p in problems[:_PROBLEMS_SHOWN])


def file_error_text(error: ImportFileError, lang: str) -> str:
    """Why a file cannot be imported or written, in ``lang``."""
    return t(f"knowledge.file.{error.code}", lang, **error.params)


def _langs(codes: tuple[str, ...], limit: int = 5) -> str:
    if len(codes) <= limit:
        return ", ".join(codes)
    return ", ".join(codes[:limit]) + f" +{len(codes) - limit}"


def result_card(ctx: Context, number: int, entry: Entry) -> Card:
    """One entry of a result list: its title linking to it, its id to ask for it in full, and
    one short line (type · countries · languages · the summary, clipped).

    Title and summary are the reader's language's where the entry has them
    (:meth:`~knowledge.records.Content.in_language`)."""
    content = entry.content
    title, summary = content.in_language(reading_language(ctx))
    facts = [content.type, _langs(content.countries, 3), _langs(content.languages)]
    line = " · ".join(x for x in (*facts, one_line(summary, RESULT_LINE_CHARS)) if x)
    return Card(
        number=number,
        title=one_line(title, 120),
        url=content.url,
        tag=entry.id,
        line=one_line(line, RESULT_LINE_CHARS),
    )


def full_entry(ctx: Context, entry: Entry) -> str:
    """Everything about one entry (``!tool show``), title and summary in the reader's language
    where the entry has them, the original title beside a translated one; its review state
    for coordinators."""
    c = entry.content
    title, summary = c.in_language(reading_language(ctx))
    lines = [f"{title} [{entry.id}]"]
    if title != c.title:
        lines.append(f"({c.title})")
    if summary:
        lines.append(summary)
    rows = (
        ("knowledge.f_type", c.type),
        ("knowledge.f_languages", ", ".join(c.languages)),
        ("knowledge.f_countries", ", ".join(c.countries)),
        ("knowledge.f_sectors", ", ".join(c.sectors)),
        ("knowledge.f_targets", ", ".join(c.target_groups)),
        ("knowledge.f_topics", ", ".join(c.topics)),
        ("knowledge.f_aliases", ", ".join(c.aliases)),
        ("knowledge.f_publisher", c.publisher),
        ("knowledge.f_licence", c.licence),
        ("knowledge.f_year", str(c.year) if c.year else ""),
        ("knowledge.f_link", c.url),
    )
    lines.extend(f"{ctx.t(key)}: {value}" for key, value in rows if value)
    if ctx.role >= Role.COORDINATOR:
        lines.append(
            ctx.t(
                "knowledge.f_status",
                status=entry.status,
                via=entry.added_via,
                date=When(entry.created_at, "day"),
                shown=entry.shown_count,
            )
        )
        if entry.review_note:
            lines.append(ctx.t("knowledge.f_note", note=one_line(entry.review_note, 200)))
    return "\n".join(lines)
