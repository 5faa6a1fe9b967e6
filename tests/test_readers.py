"""Whose language and zone: the resolution order of :mod:`bot.readers`, on real settings.

The language steps are told apart only where two catalogs are shipped; with English alone the
pairwise tests have nothing to compare and are not collected."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest

from adapters.matrix.translate import BotIdentity, RoomFacts, message_from_event
from bot.i18n import languages
from bot.readers import choose_language, reader_for
from bot.store.models import Person
from tests.botkit import make_settings

PAIRS = list(permutations(languages(), 2))


def _person(language: str | None = None, timezone: str | None = None) -> Person:
    return Person(display_name="x", language=language, timezone=timezone)


def test_without_choices_the_bot_language_and_zone_count(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, bot={"timezone": "Europe/Lisbon"})
    reader = reader_for(settings, None)
    assert (reader.lang, reader.zone) == (settings.bot.language, "Europe/Lisbon")


def test_a_language_without_a_catalog_is_passed_over(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    assert choose_language(settings, "sv", None, "xx") == settings.bot.language


def test_the_persons_zone_wins_and_a_broken_one_is_ignored(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    assert reader_for(settings, _person(timezone="Asia/Tokyo")).zone == "Asia/Tokyo"
    assert reader_for(settings, _person(timezone="Nowhere/Else")).zone == settings.bot.timezone


@pytest.mark.parametrize(("own", "other"), PAIRS)
def test_own_choice_beats_the_platform_hint_and_the_room(
    tmp_path: Path, own: str, other: str
) -> None:
    settings = make_settings(tmp_path, bot={"language": other})
    assert reader_for(settings, _person(own), hint=other, room=other).lang == own
    assert reader_for(settings, None, hint=own, room=other).lang == own
    assert reader_for(settings, _person(None), hint=None, room=own).lang == own


def test_a_matrix_rooms_language_reaches_the_core_message() -> None:
    source = {"type": "m.room.message", "content": {"msgtype": "m.text", "body": "!help"}}
    room = RoomFacts(room_id="!r:example.org", language="en")
    bot = BotIdentity(user_id="@vetbot:example.org", display_name="vetbot")
    message = message_from_event("$e", "@ana:example.org", source, room, bot)
    assert message is not None and message.room_language == "en"
