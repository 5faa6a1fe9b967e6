"""Errors carry codes and keys, never text: the library reports codes, the services raise
keyed errors, and chat puts both into words for the reader, with the configured prefix."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.actors import Actor
from bot.capabilities.knowledge.model import InvalidEntry
from bot.capabilities.knowledge.review import ReviewService
from bot.capabilities.knowledge.service import KnowledgeService
from bot.errors import Conflict, NotFound
from bot.ports import SystemClock
from bot.store import Store, migrate
from knowledge.errors import ImportFileError
from knowledge.io import read_file, read_text
from knowledge.records import parse_content
from tests.botkit import FakeClock
from tests.knowledge.conftest import load_entries, start_bot

CARLA = Actor(platform="console", user_id="carla", name="Carla", role="coordinator")


@pytest.fixture
async def review(db_url: str) -> AsyncIterator[ReviewService]:
    await migrate.upgrade_async(db_url)
    store = Store(db_url)
    service = KnowledgeService(store, SystemClock())
    await service.load()
    yield ReviewService(service)
    await store.close()


def test_validation_findings_are_codes_with_params() -> None:
    content, problems = parse_content({"title": 42, "languages": ["english"], "year": "1800"})
    assert content is None
    found = {p.field: (p.code, dict(p.params)) for p in problems}
    assert found == {
        "title": ("not_text_number", {}),
        "languages": ("unknown_code", {"value": "english", "standard": "ISO 639-1"}),
        "year": ("year_range", {"low": 1900, "high": 2100}),
    }
    # The English description stays for logs and scripts.
    assert found and problems[0].message.startswith("must be a text, not a number")


def test_file_errors_are_codes_with_params(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_text("[1, 2", "json", name="tools.json")
    assert caught.value.code == "bad_syntax"
    assert caught.value.params["name"] == "tools.json" and caught.value.params["kind"] == "JSON"
    with pytest.raises(ImportFileError) as unknown:
        read_file(tmp_path / "tools.txt")
    assert (unknown.value.code, dict(unknown.value.params)) == (
        "unknown_type",
        {"name": "tools.txt", "suffix": ".txt"},
    )


async def test_review_errors_are_keys_with_params_and_no_text(review: ReviewService) -> None:
    with pytest.raises(NotFound) as missing:
        await review.approve(CARLA, "no-such-tool")
    assert missing.value.key == "knowledge.unknown_id"
    assert dict(missing.value.params) == {"id": "no-such-tool"}
    assert "!" not in str(missing.value) and "There is" not in str(missing.value)

    suggester = Actor(platform="console", user_id="tom", name="Tom")
    suggested = await review.suggest(
        suggester, url="https://example.org/peer", title="Peer coaching handbook", summary=""
    )
    with pytest.raises(Conflict) as again:
        await review.suggest(
            suggester, url="https://example.org/peer/", title="Same link", summary=""
        )
    assert again.value.key == "knowledge.duplicate_url_pending"
    assert again.value.params["id"] == suggested.entry.id

    with pytest.raises(InvalidEntry) as invalid:
        await review.edit(CARLA, suggested.entry.id, [("colour", "red")])
    assert [(p.field, p.code) for p in invalid.value.problems] == [("colour", "not_a_field")]


async def test_chat_words_the_errors_with_the_configured_prefix(
    tmp_path: Path, clock: FakeClock
) -> None:
    bot = await start_bot(tmp_path, clock, bot={"prefix": "?"})
    try:
        await load_entries(bot)
        missing = await bot.say("?tool approve nope", role="coordinator")
        assert "There is no tool with the id 'nope'. Search with ?tool QUERY" in missing[0]
        assert "!tool" not in missing[0]
        duplicate = await bot.say(
            "?tool suggest https://example.org/quality-wbl Quality again", user="tom"
        )
        assert "?tool show quality-wbl" in duplicate[0] and "!tool" not in duplicate[0]
        invalid = await bot.say("?tool edit quality-wbl year: soon", role="coordinator")
        assert "year: must be a year such as 2021" in invalid[0]
        assert "?tool edit ID FIELD: VALUE" in invalid[0]  # the usage line, with its prefix
    finally:
        await bot.stop()
