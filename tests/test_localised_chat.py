"""Commands, options and values typed in the reader's language, through the console: help,
opting in with a French yes, schedules written the German way, typos among subcommands."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.formats import format_day, format_moment
from tests.botkit import FakeClock, TestBot, make_settings


def _moment(text: str, lang: str, zone: str) -> str:
    """``"2026-11-30 09:00"`` in ``zone`` as a reader of ``lang`` sees it (bot.formats)."""
    at = datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
    return format_moment(at, lang, zone)


def _rows(lines: list[str]) -> list[str]:
    """The lines of a reply after its first, stripped (a preview's times)."""
    return [row.strip() for row in "\n".join(lines).splitlines()[1:]]


async def _bot(tmp_path: Path, clock: FakeClock, lang: str) -> TestBot:
    settings = make_settings(tmp_path, knowledge={"seed": False}, bot={"language": lang})
    return await TestBot(settings, clock).start()


@pytest.fixture
async def german(tmp_path: Path, clock: FakeClock) -> AsyncIterator[TestBot]:
    bot = await _bot(tmp_path, clock, "de")
    yield bot
    await bot.stop()


@pytest.mark.parametrize(
    ("typed", "lang", "tool", "mentor_join"),
    [
        ("!hilfe", "de", "!werkzeug", "!mentor beitreten"),
        ("!aide", "fr", "!outil", "!mentor rejoindre"),
        ("!aiuto", "it", "!strumento", "!mentore iscriviti"),
        ("!ayuda", "es", "!herramienta", "!mentor unirse"),
        ("!pomoc", "pl", "!narzędzie", "!mentor dołącz"),
        ("!hulp", "nl", "!hulpmiddel", "!mentor aanmelden"),
        ("!ajuda", "pt", "!ferramenta", "!mentor aderir"),
    ],
)
async def test_help_in_each_language_lists_the_commands_in_its_words(
    tmp_path: Path, clock: FakeClock, typed: str, lang: str, tool: str, mentor_join: str
) -> None:
    bot = await _bot(tmp_path, clock, lang)
    try:
        listing = "\n".join(await bot.say(typed))
        assert not bot.last_actions[0].is_error  # type: ignore[union-attr]
        assert f"  {tool} " in listing  # the tool command, in this language's word
        assert "  !tool " not in listing
        # !help CMD in the same words: the mentor group lists its subcommands localised.
        detail = "\n".join(await bot.say(f"{typed} {tool.removeprefix('!')}"))
        assert detail.split(": ", 1)[1].startswith(tool)
        mentor = "\n".join(await bot.say(f"{typed} {mentor_join.split()[0].removeprefix('!')}"))
        assert mentor_join in mentor
    finally:
        await bot.stop()


async def test_help_for_an_english_reader_is_unchanged(bot: TestBot) -> None:
    listing = "\n".join(await bot.say("!help"))
    assert "  !tool QUERY [lang: xx; country: XX" in listing
    assert "!werkzeug" not in listing


async def test_german_help_names_options_in_german(german: TestBot) -> None:
    text = "\n".join(await german.say("!hilfe werkzeug"))
    assert "!werkzeug SUCHBEGRIFF [sprache: xx; land: XX" in text
    assert "\n    sprache: " in text  # the option list too


@pytest.mark.parametrize("answer", ["oui", "ja", "sì", "si", "sí", "tak", "sim", "yes", "JA"])
async def test_mentor_join_with_consent_in_any_language(bot: TestBot, answer: str) -> None:
    lines = await bot.say(f"!mentor join topics: assessment; languages: fr; consent: {answer}")
    assert not bot.last_actions[0].is_error  # type: ignore[union-attr]
    profile = "\n".join(await bot.say("!mentor me"))
    assert "assessment" in profile, lines


@pytest.mark.parametrize("answer", ["non", "nein", "nee", "nie", "não", "no"])
async def test_a_no_in_any_language_stores_nothing(bot: TestBot, answer: str) -> None:
    await bot.say(f"!mentor join topics: assessment; consent: {answer}")
    assert not bot.last_actions[0].is_error  # type: ignore[union-attr]
    profile = "\n".join(await bot.say("!mentor me"))
    assert "assessment" not in profile


async def test_consent_in_french_words_end_to_end(tmp_path: Path, clock: FakeClock) -> None:
    bot = await _bot(tmp_path, clock, "fr")
    try:
        await bot.say("!mentor rejoindre sujets: évaluation; langues: fr; consentement: oui")
        assert not bot.last_actions[0].is_error  # type: ignore[union-attr]
        assert "évaluation" in "\n".join(await bot.say("!mentor moi"))
    finally:
        await bot.stop()


async def test_a_consent_answer_nobody_knows_says_how(bot: TestBot) -> None:
    lines = await bot.say("!mentor join topics: assessment; consent: peut-être")
    assert bot.last_actions[0].is_error  # type: ignore[union-attr]
    assert "consent: yes" in lines[0]


async def test_schedule_every_montag_in_berlin_is_accepted_and_previewed(german: TestBot) -> None:
    lines = await german.say(
        "!prompt schedule every: montag 09:00; tz: Europe/Berlin; text: Was habt ihr probiert?",
        role="coordinator",
    )
    assert not german.last_actions[0].is_error, lines  # type: ignore[union-attr]
    preview = await german.say("!prompt preview 1", role="coordinator")
    times = _rows(preview)
    # The clock stands at Tuesday 2026-11-24: the next Mondays, 09:00 Berlin time.
    assert times[0] == _moment("2026-11-30 09:00", "de", "Europe/Berlin"), times
    assert times[1] == _moment("2026-12-07 09:00", "de", "Europe/Berlin")
    assert "30. Nov. 2026" in times[0] and "09:00" in times[0]
    assert len(times) == 5


async def test_schedule_written_entirely_in_german(german: TestBot) -> None:
    lines = await german.say(
        "!impuls planen jeden: alle 2 Wochen am Dienstag um 10 Uhr; zeitzone: Europe/Berlin; "
        "text: Austausch",
        role="coordinator",
    )
    assert not german.last_actions[0].is_error, lines  # type: ignore[union-attr]
    preview = await german.say("!impuls vorschau 1", role="coordinator")
    times = _rows(preview)
    assert times[0] == _moment("2026-12-01 10:00", "de", "Europe/Berlin"), times
    assert times[1] == _moment("2026-12-15 10:00", "de", "Europe/Berlin")


@pytest.mark.parametrize(
    ("every", "first"),
    [
        ("lundi 9h", "2026-11-30 09:00"),
        ("lunedì 9:00", "2026-11-30 09:00"),
        ("lunes 9:00", "2026-11-30 09:00"),
        ("poniedziałek 9:00", "2026-11-30 09:00"),
        ("maandag 9:00", "2026-11-30 09:00"),
        ("segunda 9:00", "2026-11-30 09:00"),
        ("täglich 8.30", "2026-11-25 08:30"),
        ("tous les jours 8h30", "2026-11-25 08:30"),
        ("werktags 9:00", "2026-11-25 09:00"),
        ("jeden 1. des Monats 9:00", "2026-12-01 09:00"),
    ],
)
async def test_every_in_each_language(bot: TestBot, every: str, first: str) -> None:
    lines = await bot.say(
        f"!prompt schedule every: {every}; tz: Europe/Brussels; text: x", role="coordinator"
    )
    assert not bot.last_actions[0].is_error, lines  # type: ignore[union-attr]
    preview = await bot.say("!prompt preview 1", role="coordinator")
    assert _rows(preview)[0] == _moment(first, bot.app.settings.bot.language, "Europe/Brussels")


@pytest.mark.parametrize("at", ["31.12.2026 09:00", "31/12/2026 9h", "31-12-2026 9.00"])
async def test_one_off_at_a_day_first_date(german: TestBot, at: str) -> None:
    lines = await german.say(
        f"!prompt schedule at: {at}; tz: Europe/Berlin; text: Frohes Neues", role="coordinator"
    )
    assert not german.last_actions[0].is_error, lines  # type: ignore[union-attr]
    preview = await german.say("!prompt preview 1", role="coordinator")
    assert _rows(preview)[0] == _moment("2026-12-31 09:00", "de", "Europe/Berlin")


async def test_mentor_pause_until_a_day_first_date(bot: TestBot) -> None:
    await bot.say("!mentor join topics: assessment; consent: yes")
    lines = await bot.say("!mentor pause until: 24.12.2026")
    assert not bot.last_actions[0].is_error, lines  # type: ignore[union-attr]
    assert format_day(date(2026, 12, 24), bot.app.settings.bot.language) in lines[0], lines


async def test_an_unknown_weekday_word_says_how_to_write_days(bot: TestBot) -> None:
    lines = await bot.say("!prompt schedule every: montagg 09:00; text: x", role="coordinator")
    text = "\n".join(lines)
    assert bot.last_actions[0].is_error  # type: ignore[union-attr]
    assert "montagg" in text and "Did you mean `montag`?" in text
    assert "monday, tuesday, wednesday" in text
    nothing = await bot.say("!prompt list", role="coordinator")
    assert "montag" not in "\n".join(nothing)  # nothing was stored


async def test_a_subcommand_typo_suggests_the_subcommand(bot: TestBot) -> None:
    lines = await bot.say("!prompt shcedule", role="coordinator")
    assert bot.last_actions[0].is_error  # type: ignore[union-attr]
    assert lines == [
        "[#general] vetbot: There is no subcommand 'shcedule' of !prompt. "
        "Did you mean !prompt schedule?"
    ]


async def test_a_subcommand_typo_in_german_suggests_in_german(german: TestBot) -> None:
    lines = await german.say("!impuls plannen", role="coordinator")
    assert "!impuls planen" in lines[0]
    assert "!prompt" not in lines[0]


async def test_a_subcommand_nonsense_still_lists_them_all(bot: TestBot) -> None:
    lines = await bot.say("!mentor xyzzy")
    text = "\n".join(lines)
    assert "There is no subcommand 'xyzzy' of !mentor." in text
    assert "!mentor join" in text and "!mentor leave" in text


async def test_an_unknown_command_suggests_in_the_readers_words(german: TestBot) -> None:
    lines = await german.say("!hlife")
    assert "!hilfe" in lines[0]


# --- a direct message without the prefix ------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "as_command"),
    [
        ("hilfe", "!hilfe"),
        ("aide", "!aide"),
        ("Hilfe?", "!hilfe"),  # a sentence's punctuation after the command word
        ("AIUTO !", "!aiuto"),
        ("help werkzeug", "!help werkzeug"),
        ("tool Ausbildung", "!tool Ausbildung"),
        ("Werkzeug: Ausbildung", "!werkzeug Ausbildung"),
        ("impuls vorschau 1", "!impuls vorschau 1"),
    ],
)
async def test_a_direct_message_starting_with_a_command_word_runs_that_command(
    german: TestBot, typed: str, as_command: str
) -> None:
    expected = await german.say(as_command, dm=True)
    assert await german.say(typed, dm=True) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "wo finde ich einen Leitfaden für die Ausbildung?",
        "Ausbildung planen",  # its second word is a subcommand word, its first no command
        "comment évaluer un apprenti ?",
    ],
)
async def test_other_sentences_in_a_direct_message_are_looked_up(
    german: TestBot, sentence: str
) -> None:
    lookup = await german.say(f"!werkzeug {sentence}", dm=True)
    answered = await german.say(sentence, dm=True)
    # The lookup's answer, then a line saying it was looked up and how commands are written.
    assert answered[: len(lookup)] == lookup
    assert len(answered) == len(lookup) + 1
    assert "!werkzeug" in answered[-1] or "!tool" in answered[-1]


async def test_a_command_word_without_the_prefix_in_a_room_is_conversation(
    german: TestBot,
) -> None:
    assert await german.say("hilfe") == []
    assert await german.say("Werkzeug: Ausbildung") == []
