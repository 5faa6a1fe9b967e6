"""Reading what users type into mentoring commands."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.capabilities.mentoring import fields
from bot.capabilities.mentoring.fields import FieldError
from bot.i18n import has_key

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_profile_fields_are_cleaned() -> None:
    got = fields.profile(
        {
            "topics": " Assessment ,assessment, work-based  learning,,",
            "languages": "EN de, pt_BR",
            "country": "de",
            "sector": "  metal\tworking ",
            "capacity": "3",
            "bio": "Ten  years;\nin industry; consent: yes",
        }
    )
    assert got.topics == ("Assessment", "work-based learning")
    # A regional form counts as its language: people are matched by the language they speak.
    assert got.languages == ("en", "de", "pt")
    assert (got.country, got.sector, got.capacity) == ("DE", "metal working", 3)
    # A greedy bio gives back a "; consent: yes" typed after it.
    assert got.bio == "Ten years; in industry" and got.consent is True
    assert fields.profile({"country": "-", "sector": "-"}).clear_country


@pytest.mark.parametrize(
    ("reader", "value", "key"),
    [
        (fields.capacity, "-1", "capacity_bad"),
        (fields.capacity, "1e9", "capacity_bad"),
        (fields.capacity, "11", "capacity_bad"),
        (fields.capacity, "2.5", "capacity_bad"),
        (fields.topics, " , ,", "topics_missing"),
        (fields.topics, ",".join(f"t{i}" for i in range(16)), "topics_many"),
        (fields.topics, "x" * 61, "topic_long"),
        (fields.languages, "en, <script>", "language_bad"),
        (fields.languages, "xx", "language_bad"),
        (fields.languages, "deu", "language_bad"),
        (fields.languages, "en-XYZ", "language_bad"),
        (fields.country, "DEU", "country_bad"),
        (fields.country, "ZZ", "country_bad"),
        (fields.country, "EU", "country_bad"),
        (fields.country, "uk", "country_hint"),
        (fields.bio, "b" * 601, "bio_long"),
        (fields.need, "hi", "need_missing"),
        (fields.need, "n" * 501, "need_long"),
        (fields.number, "0", "id_bad"),
        (fields.number, "12345678901", "id_bad"),
        (fields.rating, "0", "rating_bad"),
        (fields.kind, "teacher", "kind_bad"),
        (fields.consent, "sure", "consent_bad"),
    ],
)
def test_bad_values_name_a_text_that_exists(reader: object, value: str, key: str) -> None:
    with pytest.raises(FieldError) as caught:
        reader(value)  # type: ignore[operator]
    assert caught.value.key == f"mentoring.field.{key}"
    assert has_key(caught.value.key)


def test_pause_dates_must_be_ahead_and_within_a_year() -> None:
    assert fields.until("2026-12-01", NOW) == datetime(2026, 12, 1, tzinfo=UTC)
    for bad in ("2026-11-24", "2028-01-01", "1 Dec"):
        with pytest.raises(FieldError):
            fields.until(bad, NOW)
    assert fields.number("#12") == 12 and fields.kind("Expert") == "expert"


def test_plain_strips_controls_escapes_and_bidi_overrides() -> None:
    raw = "a\x07b \x1b[1;31mred\x1b[0m\t\u202eevil\u202c\x9b2Jz\r\nnext\u2066x\u2069"
    assert fields.plain(raw) == "ab red evilz nextx"
    # The limit holds after cleaning, and huge input costs bounded work.
    assert len(fields.plain("w " * 100_000, 50)) <= 50
