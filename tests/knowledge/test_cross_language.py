"""Lookups across languages on the curated seed: a query in one of the bot's languages finds
entries written in another, through the thesaurus and each language's stems; entries carry
titles in more languages, shown to a reader of that language."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.botkit import FakeClock, TestBot
from tests.knowledge.conftest import result_ids, service_of, start_bot


@pytest.fixture
async def seeded(tmp_path: Path, clock: FakeClock) -> AsyncIterator[TestBot]:
    testbot = await start_bot(tmp_path, clock, knowledge={"seed": True})
    yield testbot
    await testbot.stop()


async def _targets(bot: TestBot, ids: list[str]) -> list[tuple[str, ...]]:
    service = service_of(bot)
    found = [await service.get(entry_id) for entry_id in ids]
    return [entry.content.target_groups for entry in found if entry is not None]


APPRENTICESHIP_ENTRIES = {
    "apprenticeship-toolbox",
    "eafa",
    "european-apprentices-network",
    "alianza-fp-dual",
    "foraus",
    "bibb",
    "aevo",
}


@pytest.mark.parametrize("query", ["apprendistato", "Lehrlingsausbildung", "aprendizaje"])
async def test_a_word_for_apprenticeship_finds_apprenticeship_entries(
    seeded: TestBot, query: str
) -> None:
    found = result_ids(await seeded.say(f"!tool {query}"))
    assert len(found) == 5, found
    # Entries written in English (or German, Spanish) about apprenticeships, found from the
    # word of another language; the best of them first.
    assert found[0] in APPRENTICESHIP_ENTRIES, found
    assert len(set(found) & APPRENTICESHIP_ENTRIES) >= 3, found


async def test_italian_for_in_company_trainers_finds_them_and_no_greek_body(
    seeded: TestBot,
) -> None:
    found = result_ids(await seeded.say("!tool guida per tutor aziendali"))
    assert found, "the Italian words for in-company trainers find entries"
    assert "eoppep" not in found and "euroguidance" not in found, found
    groups = await _targets(seeded, found[:3])
    assert all("in-company trainer" in targets for targets in groups), (found, groups)


async def test_french_training_of_trainers_finds_more_than_the_french_body(
    seeded: TestBot,
) -> None:
    found = result_ids(await seeded.say("!tool formation des formateurs"))
    assert len(found) >= 3, found
    assert found[0] == "cedefop-teachers-trainers", found
    groups = await _targets(seeded, found[:3])
    assert all({"trainer of trainers", "in-company trainer"} & set(t) for t in groups), groups


async def test_a_national_body_is_found_by_its_own_language_name(seeded: TestBot) -> None:
    found = result_ids(await seeded.say("!tool Štátny inštitút odborného vzdelávania"))
    assert found[:1] == ["siov-slovakia"], found
    found = result_ids(await seeded.say("!tool Centrul Național de Dezvoltare"))
    assert found[:1] == ["cndipt-romania"], found


async def test_a_reader_sees_the_title_in_their_own_language(
    tmp_path: Path, clock: FakeClock
) -> None:
    bot = await start_bot(tmp_path, clock, knowledge={"seed": True}, bot={"language": "sk"})
    try:
        shown = "\n".join(await bot.say("!tool SIOV"))
        assert "Štátny inštitút odborného vzdelávania (ŠIOV) [siov-slovakia]" in shown, shown
        full = "\n".join(await bot.say("!tool show siov-slovakia"))
        assert "vetbot: Štátny inštitút odborného vzdelávania (ŠIOV) [siov-slovakia]" in full
        assert "(State Institute of Vocational Education (ŠIOV))" in full
    finally:
        await bot.stop()


async def test_an_english_reader_sees_the_english_title(seeded: TestBot) -> None:
    shown = "\n".join(await seeded.say("!tool SIOV"))
    assert "State Institute of Vocational Education (ŠIOV) [siov-slovakia]" in shown, shown


# --- plain questions -------------------------------------------------------------------------


async def test_a_plain_question_in_a_direct_message_is_looked_up(seeded: TestBot) -> None:
    lines = await seeded.say("where can I find a guide on mentoring apprentices?", dm=True)
    shown = "\n".join(lines)
    assert "I don't know the command" not in shown
    assert len(result_ids(lines)) >= 3, shown
    assert "I looked that up as !tool" in shown and "!help" in shown


async def test_a_plain_question_is_answered_in_the_askers_language(
    tmp_path: Path, clock: FakeClock
) -> None:
    bot = await start_bot(tmp_path, clock, knowledge={"seed": True}, bot={"language": "sk"})
    try:
        lines = await bot.say("kde nájdem štátny inštitút odborného vzdelávania", dm=True)
        shown = "\n".join(lines)
        assert result_ids(lines)[:1] == ["siov-slovakia"], shown
        assert "Štátny inštitút odborného vzdelávania (ŠIOV) [siov-slovakia]" in shown
    finally:
        await bot.stop()


async def test_a_mention_with_a_question_in_a_room_is_looked_up(seeded: TestBot) -> None:
    lines = await seeded.say("@vetbot apprendistato in Italia?")
    assert result_ids(lines), lines


async def test_a_room_message_without_mention_is_not_a_question(seeded: TestBot) -> None:
    assert await seeded.say("where can I find a guide on mentoring apprentices?") == []


async def test_unknown_commands_stay_unknown(seeded: TestBot) -> None:
    shown = "\n".join(await seeded.say("!where can I find a guide?", dm=True))
    assert "I don't know the command 'where'" in shown
    # One word that looks like a misspelt command keeps its "did you mean".
    shown = "\n".join(await seeded.say("hlep", dm=True))
    assert "Did you mean !help" in shown
