"""Competence frameworks as data: the sample checks out in every language, bad files are
refused with every problem listed and nothing stored, a re-import replaces a framework and
keeps the answers to competences it still has; on SQLite and PostgreSQL."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.capabilities.cpd.frameworks import (
    MAX_FILE_BYTES,
    FrameworkFileError,
    parse,
    read_file,
)
from bot.capabilities.cpd.service import CpdService, sample_data
from bot.cli import main
from bot.i18n import has_key, languages
from bot.store import Store
from tests.botkit import FakeClock
from tests.cpd.kit import person

LANGS = set(languages())


def small() -> dict[str, Any]:
    return {
        "id": "tiny",
        "version": 1,
        "name": {"en": "Tiny", "de": "Winzig"},
        "scale": [
            {"level": 1, "label": {"en": "low"}, "descriptor": {"en": "just starting"}},
            {"level": 2, "label": {"en": "high"}, "descriptor": {"en": "does it well"}},
        ],
        "areas": [
            {
                "id": "one",
                "name": {"en": "One"},
                "topics": ["assessment"],
                "competences": [
                    {"id": "one-a", "name": {"en": "A"}, "description": {"en": "a"}},
                    {"id": "one-b", "name": {"en": "B"}, "description": {"en": "b"}},
                ],
            },
            {
                "id": "two",
                "name": {"en": "Two"},
                "topics": ["planning"],
                "competences": [{"id": "two-a", "name": {"en": "A2"}, "description": {"en": "a2"}}],
            },
        ],
    }


def codes(data: Any) -> list[tuple[str, str, str]]:
    framework, problems = parse(data)
    assert framework is None or not problems
    return [(p.where, p.field, p.code) for p in problems]


def test_the_sample_has_every_text_in_every_language_and_topics_per_area() -> None:
    framework, problems = parse(sample_data())
    assert problems == [] and framework is not None
    assert framework.id == "in-company-trainer" and len(framework.scale) == 4
    assert 5 <= len(framework.areas) <= 6
    assert all(2 <= len(a.competences) <= 3 and a.topics for a in framework.areas)
    texts = [framework.name]
    texts += [t for lv in framework.scale for t in (lv.label, lv.descriptor)]
    texts += [a.name for a in framework.areas]
    texts += [t for c in framework.competences() for t in (c.name, c.description)]
    assert all(set(t) == LANGS for t in texts)


def test_a_good_framework_reads_and_its_extra_competences_join_their_area() -> None:
    data = small()
    data["competences"] = [
        {"id": "two-b", "area": "two", "name": {"en": "B2"}, "description": {"en": "b2"}}
    ]
    framework, problems = parse(data)
    assert problems == [] and framework is not None
    assert [c.id for c in framework.area("two").competences] == ["two-a", "two-b"]  # type: ignore[union-attr]


def test_every_problem_is_listed_with_where_and_what() -> None:
    data = small()
    data["scale"][1].pop("descriptor")
    data["areas"][1]["id"] = "one"
    data["areas"][1]["competences"][0]["id"] = "one-a"
    data["areas"][0]["competences"][1]["name"] = {"de": "B"}
    data["competences"] = [{"id": "x", "area": "nowhere", "name": {"en": "X"}}]
    found = codes(data)
    assert ("scale[1]", "descriptor", "no_descriptor") in found
    assert ("areas[1]", "id", "duplicate_id") in found
    assert ("areas[1].competences[0]", "id", "duplicate_id") in found
    assert ("areas[0].competences[1]", "name", "missing_english") in found
    assert ("competences[0]", "area", "unknown_area") in found
    # Every code has a text in every catalog.
    assert all(has_key(f"cpd.problem.{code}") for _, _, code in found)


def test_a_scale_without_descriptors_and_wrong_shapes_are_refused() -> None:
    data = small()
    for level in data["scale"]:
        del level["descriptor"]
    assert [c for c in codes(data) if c[2] == "no_descriptor"] == [
        ("scale[0]", "descriptor", "no_descriptor"),
        ("scale[1]", "descriptor", "no_descriptor"),
    ]
    assert codes([1, 2]) == [("", "", "not_mapping")]
    bad = small()
    bad["areas"] = "planning"
    bad["scale"][0]["level"] = 3
    bad["id"] = "Not A Slug"
    found = {c[2] for c in codes(bad)}
    assert {"not_list", "bad_level", "bad_id"} <= found


def test_a_file_over_a_megabyte_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:  # 10 MB that would not even parse as YAML
        handle.write(b"id: [unclosed\n" + b"\x00" * (10 * 1024 * 1024))
    with pytest.raises(FrameworkFileError) as refused:
        read_file(big)
    assert refused.value.code == "too_large"
    assert big.stat().st_size > MAX_FILE_BYTES
    other = tmp_path / "x.txt"
    other.write_text("id: x", encoding="utf-8")
    with pytest.raises(FrameworkFileError, match="bad_format"):
        read_file(other)
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(FrameworkFileError, match="bad_syntax"):
        read_file(broken)


def _cli(tmp_path: Path, *args: str) -> int:
    config = tmp_path / "bot.toml"
    config.write_text(
        '[bot]\ndata_dir = "data"\n[knowledge]\nseed = false\n[cpd]\nseed = false\n',
        encoding="utf-8",
    )
    return main(["--config", str(config), "--log-level", "ERROR", *args])


def test_the_command_line_lists_problems_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = small()
    bad["competences"] = [{"id": "x", "area": "nowhere", "name": {"en": "X"}}]
    bad["scale"][0].pop("descriptor")
    bad["areas"][1]["competences"][0]["id"] = "one-a"
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(bad), encoding="utf-8")
    assert _cli(tmp_path, "cpd", "framework", "import", str(path)) == 1
    out = capsys.readouterr().out
    assert "not imported, nothing stored: 3 problems" in out
    assert "refers to an unknown area 'nowhere'" in out
    assert "the level has no descriptor" in out
    assert "the id 'one-a' is used twice" in out
    assert not (tmp_path / "data" / "vetbot.db").exists()  # refused before the store opened

    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024)
    assert _cli(tmp_path, "cpd", "framework", "import", str(huge)) == 1
    assert "larger than 1000000 bytes" in capsys.readouterr().err

    good = tmp_path / "good.json"
    good.write_text(json.dumps(small()), encoding="utf-8")
    assert _cli(tmp_path, "cpd", "framework", "import", str(good), "--dry-run") == 0
    assert "dry run, nothing stored" in capsys.readouterr().out
    assert _cli(tmp_path, "cpd", "framework", "list") == 0
    assert "no framework stored" in capsys.readouterr().out
    assert _cli(tmp_path, "cpd", "framework", "import", str(good)) == 0
    assert "imported 'tiny': 3 competences" in capsys.readouterr().out
    assert _cli(tmp_path, "cpd", "framework", "list") == 0
    assert "tiny" in capsys.readouterr().out


async def test_reimport_replaces_and_keeps_answers_to_remaining_competences(
    db_url: str, clock: FakeClock
) -> None:
    store = Store(db_url)
    try:
        service = CpdService(store, clock, default_framework="tiny")
        first = await service.import_data(small())
        assert first.problems == () and not first.replaced
        ana = await person(store, "ana", clock)
        framework = await service.framework()
        await service.rate(ana, framework, "one-a", 2)
        await service.rate(ana, framework, "one-b", None)
        await service.rate(ana, framework, "two-a", 1)

        changed = copy.deepcopy(small())
        changed["version"] = 2
        changed["areas"][1]["competences"] = [
            {"id": "two-c", "name": {"en": "C"}, "description": {"en": "c"}}
        ]
        # A bad re-import changes nothing.
        broken = copy.deepcopy(changed)
        broken["scale"][0].pop("descriptor")
        refused = await service.import_data(broken)
        assert refused.problems and (await service.framework()).version == 1
        assert await service.ratings(ana, "tiny") == {"one-a": 2, "one-b": None, "two-a": 1}

        done = await service.import_data(changed)
        assert done.replaced and done.dropped_ratings == 1 and done.problems == ()
        assert (await service.framework()).version == 2
        assert await service.ratings(ana, "tiny") == {"one-a": 2, "one-b": None}
        assert [f.id for f in await service.frameworks()] == ["tiny"]
        # The sample is not added to a store that holds a framework.
        assert not await service.seed_if_empty()
    finally:
        await store.close()


async def test_the_sample_goes_into_an_empty_store_once(db_url: str, clock: FakeClock) -> None:
    store = Store(db_url)
    try:
        service = CpdService(store, clock, default_framework="in-company-trainer")
        assert await service.seed_if_empty()
        assert not await service.seed_if_empty()
        assert (await service.framework()).id == "in-company-trainer"
    finally:
        await store.close()
