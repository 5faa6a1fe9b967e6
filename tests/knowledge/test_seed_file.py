"""Validation of the curated seed file ``knowledge/seed/tools.yaml``.

The seed is hand-edited data that the knowledge store imports; these checks catch the
mistakes a hand edit makes: a missing field, a duplicated id or url, a typo in a code list,
a YAML value that silently changed type (``no`` read as ``False``), a deep link with a
tracking query string.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from bot.codes import COUNTRIES, LANGUAGES
from knowledge.codes import TARGET_GROUPS, TYPES
from knowledge.records import translation_field

REPO_ROOT = Path(__file__).resolve().parents[2]
SEED_FILE = REPO_ROOT / "knowledge" / "seed" / "tools.yaml"

MIN_ENTRIES = 60
SUMMARY_MAX_CHARS = 300
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")

REQUIRED_FIELDS = (
    "id",
    "title",
    "summary",
    "url",
    "type",
    "languages",
    "countries",
    "target_groups",
    "topics",
)
OPTIONAL_FIELDS = ("aliases", "sectors", "publisher", "licence", "year")
KNOWN_FIELDS = frozenset(REQUIRED_FIELDS + OPTIONAL_FIELDS)
LIST_FIELDS = ("aliases", "languages", "countries", "sectors", "target_groups", "topics")

# The importer's own vocabularies: the seed must import, so it is checked against them.
ALLOWED_TYPES = frozenset(TYPES)
ALLOWED_TARGET_GROUPS = frozenset(TARGET_GROUPS)

# ISO 639-1: the 24 official EU languages, then other languages spoken in EEA, candidate and
# neighbouring countries, and the regional languages of Member States.
EU_LANGUAGES = frozenset(
    [
        "bg",
        "cs",
        "da",
        "de",
        "el",
        "en",
        "es",
        "et",
        "fi",
        "fr",
        "ga",
        "hr",
        "hu",
        "it",
        "lt",
        "lv",
        "mt",
        "nl",
        "pl",
        "pt",
        "ro",
        "sk",
        "sl",
        "sv",
    ]
)
OTHER_LANGUAGES = frozenset(
    [
        "is",
        "no",
        "nb",
        "nn",
        "lb",
        "rm",
        "sq",
        "mk",
        "sr",
        "bs",
        "tr",
        "uk",
        "ru",
        "ar",
        "ca",
        "eu",
        "gl",
        "cy",
        "gd",
        "be",
        "ka",
        "hy",
        "az",
    ]
)
ALLOWED_LANGUAGES = EU_LANGUAGES | OTHER_LANGUAGES

# ISO 3166-1 alpha-2: EU Member States (Greece is GR, not EL), the other EEA states,
# Switzerland, the United Kingdom (GB), candidate and neighbouring countries; plus ``EU`` for
# resources that serve all of Europe.
EU_MEMBER_STATES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)
OTHER_COUNTRIES = frozenset(
    ["IS", "LI", "NO", "CH", "GB", "AL", "BA", "ME", "MK", "RS", "TR", "UA", "MD", "GE", "AM", "AZ"]
)
ALLOWED_COUNTRIES = EU_MEMBER_STATES | OTHER_COUNTRIES | {"EU"}


def _load_entries() -> list[dict[str, Any]]:
    with SEED_FILE.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, list), "the seed file must be a YAML list of mappings"
    for position, entry in enumerate(data):
        assert isinstance(entry, dict), f"entry #{position} is not a mapping"
    return data


ENTRIES = _load_entries()


def _entry_ids() -> list[str]:
    return [str(entry.get("id", f"#{pos}")) for pos, entry in enumerate(ENTRIES)]


def _duplicates(values: list[str]) -> list[str]:
    return sorted(value for value, count in Counter(values).items() if count > 1)


def test_code_lists_are_well_formed() -> None:
    # The allowed sets are written by hand too; a wrong-case code here would let bad data pass.
    assert all(re.fullmatch(r"[a-z]{2}", code) for code in ALLOWED_LANGUAGES)
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in ALLOWED_COUNTRIES)
    assert len(EU_LANGUAGES) == 24
    assert len(EU_MEMBER_STATES) == 27
    # The seed's European scope is narrower than what the bot accepts, never wider.
    assert ALLOWED_LANGUAGES <= LANGUAGES, sorted(ALLOWED_LANGUAGES - LANGUAGES)
    assert ALLOWED_COUNTRIES <= COUNTRIES, sorted(ALLOWED_COUNTRIES - COUNTRIES)


def test_has_enough_entries() -> None:
    assert len(ENTRIES) >= MIN_ENTRIES


def test_ids_are_unique() -> None:
    assert _duplicates([str(entry.get("id")) for entry in ENTRIES]) == []


def test_urls_are_unique() -> None:
    urls = [str(entry.get("url", "")).rstrip("/").lower() for entry in ENTRIES]
    assert _duplicates(urls) == []


def test_titles_are_unique_ignoring_case() -> None:
    titles = [str(entry.get("title", "")).strip().casefold() for entry in ENTRIES]
    assert _duplicates(titles) == []


@pytest.mark.parametrize("entry", ENTRIES, ids=_entry_ids())
def test_entry_has_required_fields(entry: dict[str, Any]) -> None:
    missing = [name for name in REQUIRED_FIELDS if name not in entry]
    empty = [name for name in REQUIRED_FIELDS if name in entry and not entry[name]]
    assert missing == [], f"missing fields: {missing}"
    assert empty == [], f"empty fields: {empty}"
    unknown = sorted(k for k in set(entry) - KNOWN_FIELDS if translation_field(k) is None)
    assert unknown == [], f"unknown fields: {unknown}"


@pytest.mark.parametrize("entry", ENTRIES, ids=_entry_ids())
def test_entry_field_types(entry: dict[str, Any]) -> None:
    for name in ("id", "title", "summary", "url", "type", "publisher", "licence"):
        if name in entry:
            assert isinstance(entry[name], str), f"{name} must be a string"
    for name in LIST_FIELDS:
        if name in entry:
            value = entry[name]
            assert isinstance(value, list), f"{name} must be a list"
            # Unquoted YAML such as `no` or `on` turns into a bool; catch it here.
            bad = [item for item in value if not isinstance(item, str) or not item.strip()]
            assert bad == [], f"{name} has non-string or blank items: {bad!r}"
            assert _duplicates(value) == [], f"{name} repeats items"
    if "year" in entry:
        year = entry["year"]
        assert isinstance(year, int) and not isinstance(year, bool)
        assert 1950 <= year <= 2100


@pytest.mark.parametrize("entry", ENTRIES, ids=_entry_ids())
def test_entry_id_format(entry: dict[str, Any]) -> None:
    assert ID_PATTERN.fullmatch(str(entry["id"]))


@pytest.mark.parametrize("entry", ENTRIES, ids=_entry_ids())
def test_entry_url_is_plain_https(entry: dict[str, Any]) -> None:
    url = str(entry["url"])
    parts = urlsplit(url)
    assert parts.scheme == "https", "only https links"
    assert parts.hostname, "the url needs a host"
    assert "." in parts.hostname
    assert parts.query == "", "no query strings (tracking, language or session parameters)"
    assert parts.fragment == ""
    assert not re.search(r"\s", url)


@pytest.mark.parametrize("entry", ENTRIES, ids=_entry_ids())
def test_entry_summary_is_short_plain_text(entry: dict[str, Any]) -> None:
    summary = str(entry["summary"])
    assert len(summary) < SUMMARY_MAX_CHARS, f"{len(summary)} characters"
    assert "\n" not in summary.strip(), "summaries are folded into one line"


@pytest.mark.parametrize("entry", ENTRIES, ids=_entry_ids())
def test_entry_codes_come_from_the_allowed_sets(entry: dict[str, Any]) -> None:
    assert entry["type"] in ALLOWED_TYPES
    assert set(entry["languages"]) <= ALLOWED_LANGUAGES, sorted(
        set(entry["languages"]) - ALLOWED_LANGUAGES
    )
    assert set(entry["countries"]) <= ALLOWED_COUNTRIES, sorted(
        set(entry["countries"]) - ALLOWED_COUNTRIES
    )
    assert set(entry["target_groups"]) <= ALLOWED_TARGET_GROUPS, sorted(
        set(entry["target_groups"]) - ALLOWED_TARGET_GROUPS
    )


@pytest.mark.parametrize("entry", ENTRIES, ids=_entry_ids())
def test_entry_free_text_tags_are_lower_case(entry: dict[str, Any]) -> None:
    for name in ("sectors", "topics"):
        tags = entry.get(name, [])
        assert all(tag == tag.lower() and tag == tag.strip() for tag in tags), name
    # `all` means cross-sector, so it cannot sit next to a specific sector.
    sectors = entry.get("sectors", [])
    assert "all" not in sectors or sectors == ["all"]


#: The national VET bodies of the member states the seed named none for at first.
NATIONAL_BODIES = {
    "BG": "bg",
    "CY": "el",
    "HU": "hu",
    "LV": "lv",
    "LT": "lt",
    "MT": "mt",
    "RO": "ro",
    "SK": "sk",
}


@pytest.mark.parametrize(("country", "lang"), sorted(NATIONAL_BODIES.items()))
def test_national_bodies_have_their_own_language_title(country: str, lang: str) -> None:
    bodies = [entry for entry in ENTRIES if entry["countries"] == [country]]
    assert bodies, f"no national body for {country}"
    own = [entry for entry in bodies if entry.get(f"title@{lang}")]
    assert own, f"no {lang} title for the body of {country}"
    # The summary stays English: the translation carries the own-language title.
    assert all(str(entry["summary"]).isascii() for entry in own)
