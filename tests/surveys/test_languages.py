"""Surveys speak the reader's language: a German, French and Polish walk through every
``!survey`` command leaves no English text, and ``!privacy`` names surveys in every language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.i18n import languages, t
from tests.botkit import FakeClock, TestBot, make_settings
from tests.test_no_english_leaks import english_placeholders, leaks

C = "coordinator"
WALK: tuple[tuple[str, str, str, str], ...] = (
    ("cora", C, "general", "!help survey"),
    ("cora", C, "general", "!help survey create"),
    (
        "cora",
        C,
        "general",
        "!survey create title: Winter; from: 2026-11-24; to: 2026-12-10; "
        "questions: Hilfreich? | ja / nein; Wie nützlich? | 1-5; Was ändern? | text",
    ),
    ("cora", C, "general", "!survey create title: X; to: 2026-12-10; questions: kaputt"),
    ("cora", C, "general", "!survey create title: X; to: 2026-12-10; questions: A? | 3-5"),
    ("cora", C, "general", "!survey create title: X; from: 2026-12-10; to: 2026-12-01"),
    ("cora", C, "general", "!survey create title: X; to: 2026-11-01; questions: A? | a / b"),
    ("cora", C, "general", "!survey create questions: A? | a / b"),
    ("cora", C, "general", "!survey create title: X; to: 31.02.2026; questions: A? | a / b"),
    ("cora", C, "general", "!survey list"),
    ("cora", C, "general", "!survey show 1"),
    ("cora", C, "general", "!survey show 9"),
    ("ana", "trainer", "general", "!survey answer 1"),
    ("ana", "trainer", "dm", "!survey answer 1 1 7"),
    ("ana", "trainer", "dm", "!survey answer 1 1 1"),
    ("ana", "trainer", "dm", "!survey answer 1 2 3"),
    ("ana", "trainer", "dm", "mehr Zeit"),
    ("ana", "trainer", "dm", "!survey share 1 3 ja"),
    ("ana", "trainer", "dm", "!survey answer 1"),
    ("ana", "trainer", "dm", "!survey answer 1 9"),
    ("ana", "trainer", "dm", "!survey share 1"),
    ("cora", C, "general", "!survey results 1"),
    ("ana", "trainer", "general", "!survey results 1"),
    ("cora", C, "general", "!survey close 1"),
    ("cora", C, "general", "!survey close 1 confirm"),
    ("ana", "trainer", "dm", "!survey answer 1 1 2"),
    ("cora", C, "general", "!survey cancel 1"),
    ("cora", C, "general", "!survey cancel 1 confirm"),
    ("ana", "trainer", "general", "!privacy"),
    ("ana", "trainer", "general", "!forgetme"),
)


@pytest.mark.parametrize("lang", ["de", "fr", "pl"])
async def test_no_english_reaches_a_reader_of_surveys(tmp_path: Path, lang: str) -> None:
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
        await bot.app.relay.flush()
    finally:
        await bot.stop()
    output = bot.output()
    assert leaks(lang, output) == []
    found = [w for w in english_placeholders(lang) if re.search(rf"(?<![\w-]){w}(?![\w-])", output)]
    assert found == []
    assert (
        t("surveys.question", lang, id=1, title="Winter", number=1, total=3, question="")[:20]
        in output
    )


@pytest.mark.parametrize("lang", sorted(languages()))
async def test_privacy_names_surveys_in_every_language(tmp_path: Path, lang: str) -> None:
    bot = await TestBot(
        make_settings(tmp_path, knowledge={"seed": False}, bot={"language": lang}), FakeClock()
    ).start()
    try:
        out = "\n".join(await bot.say("!privacy"))
    finally:
        await bot.stop()
    assert t("surveys.privacy_what", lang) in out
