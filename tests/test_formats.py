"""Moments, days and lists written for a reader, and carried through the outbox as JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from bot.formats import format_day, format_items, format_moment, language_name
from bot.messages import Items, Msg, When, from_data, render, to_data

AT = datetime(2026, 12, 5, 8, 4, tzinfo=UTC)


def test_a_moment_is_written_in_the_readers_zone_and_language() -> None:
    assert format_moment(AT, "en", "Europe/Vienna") == "Sat, 5 Dec 2026, 09:04 CET"
    assert format_moment(AT, "de", "Europe/Vienna") == "Sa., 5. Dez. 2026, 09:04 MEZ"
    assert format_moment(AT, "en", "Europe/Lisbon") == "Sat, 5 Dec 2026, 08:04 WET"
    # A zone without a short name in the language: its offset.
    assert format_moment(AT, "en", "America/New_York").endswith("03:04 GMT-05:00")


def test_a_day_is_the_date_in_the_readers_zone() -> None:
    late = datetime(2026, 12, 5, 23, 30, tzinfo=UTC)
    assert format_day(late, "en", "UTC") == "Sat, 5 Dec 2026"
    assert format_day(late, "en", "Asia/Tokyo") == "Sun, 6 Dec 2026"


def test_lists_are_joined_as_the_language_joins_them() -> None:
    assert format_items(["en", "de", "fr"], "en") == "en, de and fr"
    assert format_items(["en", "de", "fr"], "de") == "en, de und fr"
    assert format_items(["a", "b"], "en", style="or") == "a or b"
    assert language_name("de") == "Deutsch" and language_name("pl") == "Polski"


def test_moments_and_lists_survive_the_outbox_and_render_at_delivery() -> None:
    value = Msg.of(
        "mentoring.paused_until",
        until=When(AT, "day"),
        kind="mentor",
        command=Items(("x", When(AT, zone="Europe/Lisbon"))),
    )
    back = from_data(json.loads(json.dumps(to_data(value))))
    assert back == value
    text = render(back, "en", "!", zone="Asia/Tokyo")
    assert "Paused until Sat, 5 Dec 2026" in text
    # Its own zone wins over the reader's.
    assert "x and Sat, 5 Dec 2026, 08:04 WET" in text
