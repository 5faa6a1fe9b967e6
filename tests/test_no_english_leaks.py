"""No English reaches a reader of another language: a German (and a French) reader walks
through many commands on the console (help, tools, matching, mentoring, prompts and series,
privacy, language, time zone and country, errors and bad input) and not one English catalog
text may appear in what the bot wrote.

An English text is a literal piece of an English catalog message (``bot/locale/en`` and the
platforms' catalogs): the words between its placeholders, in every variant of its selectors,
line by line. Pieces written the same way in the reader's catalog (names, URLs, examples,
command words) are not English only and are left out, as are pieces too short to be telling.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

from bot.i18n import catalog, t
from tests.botkit import FakeClock, TestBot, make_settings

C = "coordinator"


class _Texts(Visitor):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []

    def visit_TextElement(self, node: fluent_ast.TextElement) -> None:
        self.pieces.extend(line.strip() for line in node.value.splitlines())


def _telling(piece: str) -> bool:
    """Long enough to be English prose rather than punctuation or a lone word."""
    words = [w for w in piece.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and len(piece) >= 10


@cache
def english_pieces(lang: str) -> frozenset[str]:
    """The English catalog pieces a reader of ``lang`` should never see."""
    theirs = "\n".join(catalog(lang).sources.values())
    parser = FluentParser(with_spans=False)
    pieces: set[str] = set()
    for source in catalog("en").sources.values():
        finder = _Texts()
        finder.visit(parser.parse(source))
        pieces.update(p for p in finder.pieces if _telling(p) and p not in theirs)
    return frozenset(pieces)


def leaks(lang: str, output: str) -> list[str]:
    return sorted(p for p in english_pieces(lang) if p in output)


#: The walk, as (who, role, where, line): ``dm`` for a direct message. Command words are
#: typed in English here (every language is understood everywhere); the answers must still
#: be the reader's.
WALK: tuple[tuple[str, str, str, str], ...] = (
    # help
    ("ana", "trainer", "general", "!help"),
    ("ana", "trainer", "dm", "hilfe"),
    *(
        ("cora", C, "general", f"!help {name}")
        for name in ("tool", "match", "mentor", "expert", "prompt", "series", "more")
    ),
    ("cora", C, "general", "!help prompt schedule"),
    ("ana", "trainer", "general", "!help nothing"),
    # tools: lookups, suggestions, review
    ("ana", "trainer", "general", "!tool apprenticeship"),
    ("ana", "trainer", "general", "!tool"),
    ("ana", "trainer", "general", "!tool lang: zz"),
    ("ana", "trainer", "general", "!tool guide; colour: red"),
    ("ana", "trainer", "general", "!tool show nothing-here"),
    ("ana", "trainer", "general", "!more"),
    ("ana", "trainer", "dm", "wo finde ich einen Leitfaden?"),
    (
        "ana",
        "trainer",
        "general",
        "!tool suggest https://example.org/guide Ein Leitfaden | Wie man Lernende begleitet",
    ),
    ("ana", "trainer", "general", "!tool suggest not-a-url"),
    ("cora", C, "general", "!tool review"),
    ("cora", C, "general", "!tool approve 999"),
    ("cora", C, "general", "!tool reject 999"),
    ("cora", C, "general", "!tool gaps"),
    ("ana", "trainer", "general", "!tool review"),
    # mentoring and matching
    ("mia", "trainer", "general", "!mentor join topics: Prüfungen; languages: de; consent: yes"),
    ("mia", "trainer", "general", "!mentor join topics: Prüfungen; consent: maybe"),
    ("mia", "trainer", "general", "!mentor"),
    ("mia", "trainer", "general", "!mentor me"),
    ("mia", "trainer", "general", "!mentor update capacity: many"),
    ("mia", "trainer", "general", "!mentor pause until: 2026-12-24"),
    ("mia", "trainer", "general", "!mentor resume"),
    ("eli", "trainer", "general", "!expert join topics: Inklusion; consent: yes"),
    ("eli", "trainer", "general", "!expert me"),
    ("ana", "trainer", "general", "!match Hilfe bei Prüfungen lang: de"),
    ("ana", "trainer", "general", "!match status"),
    ("mia", "trainer", "dm", "!match pending"),
    ("mia", "trainer", "dm", "!match accept 1"),
    ("ana", "trainer", "general", "!match feedback 1 5 sehr hilfreich"),
    ("ana", "trainer", "general", "!match feedback 1 9"),
    ("ana", "trainer", "general", "!match end 1"),
    ("ana", "trainer", "general", "!match Unterstützung bei der Planung"),
    ("ana", "trainer", "general", "!match cancel"),
    ("ana", "trainer", "general", "!match cancel confirm"),
    ("ana", "trainer", "general", "!match accept 77"),
    ("ana", "trainer", "general", "!match"),
    ("cora", C, "general", "!match stats"),
    ("mia", "trainer", "general", "!mentor leave"),
    # prompts and series
    ("cora", C, "general", "!prompt schedule in: #peer; every: monday 09:00; text: Ein Tipp?"),
    ("cora", C, "general", "!prompt schedule at: 2026-11-30 10:00; text: Einmal"),
    ("cora", C, "general", "!prompt list"),
    ("cora", C, "general", "!prompt show 1"),
    ("cora", C, "general", "!prompt preview 1"),
    ("cora", C, "general", "!prompt skip 1"),
    ("cora", C, "general", "!prompt pause 1"),
    ("cora", C, "general", "!prompt resume 1"),
    ("cora", C, "general", "!prompt edit 1 every: tuesday 10:00"),
    ("cora", C, "general", "!prompt edit 1 text: Neu"),
    ("cora", C, "general", "!prompt cancel 2"),
    ("cora", C, "general", "!prompt cancel 2 confirm"),
    ("cora", C, "general", "!prompt schedule at: yesterday; text: Nie"),
    ("cora", C, "general", "!prompt schedule every: sometimes; text: Nie"),
    ("cora", C, "general", "!prompt schedule cron: 99 * * * *; text: Nie"),
    ("cora", C, "general", "!prompt schedule at: 2026-12-01 09:00; tz: Mars/Base; text: Nie"),
    ("cora", C, "general", "!prompt schedule text: ohne Zeit"),
    ("cora", C, "general", "!prompt show 42"),
    ("cora", C, "general", "!prompt shedule"),
    ("cora", C, "general", "!prompt"),
    ("ana", "trainer", "general", "!prompt list"),
    (
        "cora",
        C,
        "general",
        "!series create title: Wintertagung; in: #tagung; opening: Willkommen; closing: Danke",
    ),
    ("cora", C, "general", "!series add 1 at: 2026-12-02 09:00; text: Erster Impuls"),
    ("cora", C, "general", "!series list"),
    ("cora", C, "general", "!series show 1"),
    ("cora", C, "general", "!series edit 1 title: Sommertagung"),
    ("cora", C, "general", "!series cancel 1"),
    ("cora", C, "general", "!series cancel 1 confirm"),
    # privacy
    ("ana", "trainer", "general", "!privacy"),
    ("ana", "trainer", "general", "!mydata"),
    ("ana", "trainer", "general", "!forgetme"),
    # language, time zone and country
    ("ana", "trainer", "general", "!language"),
    ("ana", "trainer", "general", "!language xx"),
    ("ana", "trainer", "general", "!timezone"),
    ("ana", "trainer", "general", "!timezone Mars/Base"),
    ("ana", "trainer", "general", "!timezone berlin"),
    ("ana", "trainer", "general", "!timezone Europe/Berlin"),
    ("ana", "trainer", "general", "!timezone auto"),
    ("ana", "trainer", "general", "!country"),
    ("ana", "trainer", "general", "!country Austira"),
    ("ana", "trainer", "general", "!country Narnia"),
    ("ana", "trainer", "general", "!country EU"),
    ("ana", "trainer", "general", "!country AT"),
    ("ana", "trainer", "general", "!country"),
    ("ana", "trainer", "general", "!country auto"),
    # errors and bad input
    ("ana", "trainer", "general", "!nothing"),
    ("ana", "trainer", "general", "!hlep"),
    ("ana", "trainer", "general", "!tool " + "x" * 5000),
    ("ana", "trainer", "general", "!tool \x00\ud800 ?"),
    ("ana", "trainer", "general", '!tool "unbalanced'),
    ("ana", "trainer", "general", "!prompt schedule at: 2026-12-01 09:00; text: x"),
    ("ana", "trainer", "general", "!forgetme confirm"),
)


async def _walk(tmp_path: Path, lang: str) -> str:
    settings = make_settings(
        tmp_path,
        knowledge={"seed": False},
        bot={"language": lang},
        limits={"commands_per_window": 10000},
        permissions={"coordinator_users": ("console:cora",)},
    )
    bot = await TestBot(settings, FakeClock()).start()
    try:
        for user, role, room, line in WALK:
            await bot.say(line, user=user, role=role, room=room, dm=room == "dm")
        await bot.app.settle()
        await bot.app.relay.flush()  # what the commands owe others (proposals, notices)
    finally:
        await bot.stop()
    return bot.output()


def test_the_english_pieces_are_found_in_english_text() -> None:
    # The check itself: an English answer holds pieces it looks for.
    pieces = english_pieces("de")
    assert any("commands you can use" in p for p in pieces)
    assert not any(p.startswith("https://") for p in pieces)
    assert {"QUERY", "COMMAND", "YYYY-MM-DD"} <= set(english_placeholders("de"))
    assert "ZONE" not in english_placeholders("de")  # the same word in German


def english_placeholders(lang: str) -> list[str]:
    """The placeholders of usage lines (``QUERY``) that ``lang`` writes otherwise."""
    keys = [k for k in catalog("en").variables if k.startswith("commands.placeholder.")]
    return [t(k, "en") for k in keys if t(k, "en") != t(k, lang)]


@pytest.mark.parametrize(
    ("lang", "stats_line", "options"),
    [
        ("de", "mia (Mentor:in): 0/2", "Optionen: sprache:, land:, branche:, typ:, zielgruppe:"),
        ("fr", "mia (mentor)\u00a0: 0/2", "Options : langue:, pays:, secteur:, type:, public:"),
    ],
)
async def test_no_english_reaches_a_reader_of_another_language(
    tmp_path: Path, lang: str, stats_line: str, options: str
) -> None:
    output = await _walk(tmp_path, lang)
    assert leaks(lang, output) == []
    # Texts the code puts together: usage lines' placeholders, the options a command has,
    # a mentor's kind and a decimal number, all in the reader's words.
    found = [w for w in english_placeholders(lang) if re.search(rf"(?<![\w-]){w}(?![\w-])", output)]
    assert found == []
    assert options.replace(" : ", "\u00a0: ") in output
    assert stats_line in output
    assert re.search(r" 0,0 (Std\.|heures)", output)
