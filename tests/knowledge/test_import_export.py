"""Import and export through the service, on SQLite and PostgreSQL: validation report,
skipping bad rows, all-or-nothing writes, upsert by id and by url, exact round trips, and
seeding on first start only."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import yaml

from bot.capabilities.knowledge import store as repository
from bot.capabilities.knowledge.service import KnowledgeService
from bot.errors import StoreError
from bot.ports import SystemClock
from bot.store import Store, migrate
from knowledge.io import ImportFileError, read_file, read_text
from tests.botkit import FakeClock
from tests.knowledge.conftest import ENTRIES, start_bot

HEADER = (
    "id,title,aliases,summary,url,type,languages,countries,sectors,target_groups,topics,"
    "publisher,licence,year"
)
SEED_COUNT = len(
    yaml.safe_load((Path(__file__).parents[2] / "knowledge/seed/tools.yaml").read_text("utf-8"))
)


@pytest.fixture
async def service(db_url: str) -> AsyncIterator[KnowledgeService]:
    await migrate.upgrade_async(db_url)
    store = Store(db_url)
    svc = KnowledgeService(store, SystemClock())
    await svc.load()
    yield svc
    await store.close()


async def stored(service: KnowledgeService) -> dict[str, tuple[str, str]]:
    """id -> (title, status) of every entry in the store."""
    async with service.store.session() as session:
        ids = sorted(await repository.all_ids(session))
        entries = await repository.get_many(session, ids)
    return {i: (e.content.title, e.status) for i, e in entries.items()}


async def test_csv_validation_report_skips_bad_rows(service: KnowledgeService) -> None:
    text = "\n".join(
        [
            "title,url,languages,countries,type,target_groups,year,id",
            "Good one,https://example.org/good,en;de,AT;EU,guide,mentor;VET teachers,2021,",
            ",https://example.org/untitled,,,,,,",
            "Bad codes,https://example.org/bad,english,UK,brochure,trainer,20x1,",
            "Bad id,https://example.org/badid,,,,,,Not An Id!",
            "Same url,https://EXAMPLE.org/good/,,,,,,",
            "",
        ]
    )
    report = await service.import_rows(read_text(text, "csv"))
    assert report.created == ("good-one",)
    assert report.skipped == 4
    problems = {(p.row, p.field) for p in report.problems}
    assert problems == {
        (3, "title"),
        (4, "languages"),
        (4, "countries"),
        (4, "type"),
        (4, "target_groups"),
        (4, "year"),
        (5, "id"),
        (6, "url"),
    }
    table = report.problem_table()
    assert "is written GB in ISO 3166-1" in table and "repeats row 2" in table
    entry = await service.get("good-one")
    assert entry is not None
    assert entry.content.languages == ("en", "de")
    assert entry.content.target_groups == ("mentor", "VET teacher")
    assert entry.content.year == 2021 and entry.status == "published"
    # The new entry is findable at once.
    page = await service.search("good one")
    assert [f.entry.id for f in page.items] == ["good-one"]


def test_file_level_problems_refuse_the_whole_file(tmp_path: Path) -> None:
    bad_header = tmp_path / "a.csv"
    bad_header.write_text("title,langauges\nX,en\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="not known in the header"):
        read_file(bad_header)
    with pytest.raises(ImportFileError, match="unknown file type"):
        read_file(tmp_path / "a.xlsx")
    broken = tmp_path / "b.yaml"
    broken.write_text("- title: [unclosed\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="not valid YAML"):
        read_file(broken)
    not_list = tmp_path / "c.json"
    not_list.write_text('{"title": "x"}', encoding="utf-8")
    with pytest.raises(ImportFileError, match="expected a list"):
        read_file(not_list)


def test_yaml_booleans_are_reported_not_guessed() -> None:
    from knowledge.io import validate_rows

    rows = read_text("- title: Norsk\n  languages: [no]\n  countries: [NO]\n", "yaml")
    valid, problems = validate_rows(rows)
    assert valid == []
    assert {p.field for p in problems} == {"languages", "countries"}
    assert "quote it in YAML" in problems[0].message


def test_json_values_of_the_wrong_type_are_row_problems() -> None:
    from knowledge.io import validate_rows

    text = json.dumps(
        [
            {"title": 42, "url": "https://example.org/a"},
            {"title": "Fine", "languages": "it", "url": "https://example.org/b"},
            {"id": 7, "title": "Numbered", "url": "https://example.org/c"},
            {"title": "Tags", "topics": ["ok", 2030], "url": "https://example.org/d"},
        ]
    )
    valid, problems = validate_rows(read_text(text, "json"))
    assert [(p.row, p.field) for p in problems] == [(1, "title"), (3, "id"), (4, "topics")]
    assert "must be a text, not a number" in problems[0].message
    # A single string for a list field is a one-element list (documented in knowledge.io).
    assert [(v.content.title, v.content.languages) for v in valid] == [("Fine", ("it",))]


async def test_failed_import_changes_nothing(
    service: KnowledgeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    await service.import_rows(read_text(json.dumps(ENTRIES[:2]), "json"))
    before = await stored(service)
    rows = [
        {"id": "apprenticeship-toolkit", "title": "Renamed toolkit"},
        *({"title": f"New entry {n}", "url": f"https://example.org/n/{n}"} for n in range(1200)),
    ]
    calls = 0
    real = repository.insert_many

    async def fail_late(session, batch):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 2:  # after the first chunk of rows has been written
            raise StoreError("disk full")
        await real(session, batch)

    monkeypatch.setattr(repository, "insert_many", fail_late)
    with pytest.raises(StoreError):
        await service.import_rows(read_text(json.dumps(rows), "json"))
    assert calls == 2
    assert await stored(service) == before
    # The index was not touched either.
    assert (await service.search("renamed toolkit")).items[0].entry.content.title == (
        "Apprenticeship Toolkit"
    )
    assert not (await service.search("new entry")).items


async def test_upsert_by_id_then_by_url(service: KnowledgeService) -> None:
    await service.import_rows(read_text(json.dumps(ENTRIES[:4]), "json"))
    update = [
        {"id": "apprenticeship-toolkit", "title": "Apprenticeship Toolkit 2nd edition"},
        {"title": "Quality framework (updated)", "url": "http://www.example.org/quality-wbl/"},
        {"title": "Brand new", "url": "https://example.org/brand-new"},
        {"id": "fresh-id", "title": "Link in use", "url": "https://example.org/safety-induction"},
        ENTRIES[1],  # unchanged
    ]
    report = await service.import_rows(read_text(yaml.safe_dump(update), "yaml"))
    assert report.updated == ("apprenticeship-toolkit", "quality-wbl")
    assert report.created == ("brand-new",)
    assert report.unchanged == 1
    assert [(p.row, p.field) for p in report.problems] == [(4, "url")]
    assert "already used by entry 'safety-induction'" in report.problems[0].message
    entries = await stored(service)
    assert entries["apprenticeship-toolkit"][0] == "Apprenticeship Toolkit 2nd edition"
    # Fields the row does not name keep their stored values.
    toolkit = await service.get("apprenticeship-toolkit")
    assert toolkit is not None and toolkit.content.url == ENTRIES[0]["url"]
    assert toolkit.content.languages == ("en",) and toolkit.content.type == "toolkit"
    assert entries["quality-wbl"][0] == "Quality framework (updated)"
    assert "fresh-id" not in entries and len(entries) == 5
    # The updated url replaced the old one, and the index follows.
    entry = await service.get("quality-wbl")
    assert entry is not None and entry.content.url == "http://www.example.org/quality-wbl/"
    assert (await service.search("quality framework updated")).items[0].entry.id == "quality-wbl"


async def test_dry_run_reports_and_writes_nothing(service: KnowledgeService) -> None:
    report = await service.import_rows(read_text(json.dumps(ENTRIES), "json"), dry_run=True)
    assert len(report.created) == len(ENTRIES) and report.dry_run
    assert "would create" in report.summary()
    assert await stored(service) == {}


@pytest.mark.parametrize("suffix", [".csv", ".json", ".yaml"])
async def test_round_trip_is_exact(service: KnowledgeService, tmp_path: Path, suffix: str) -> None:
    tricky = {
        "id": "tricky",
        "title": 'Quotes "inside", commas, and ünïcödé — 日本語',
        "aliases": ["A, with comma", "B"],
        "summary": "Line one\nline two,\twith tab",  # folded to one line on import
        "url": "https://example.org/a?b=c&d=e",
        "type": "E-Learning",
        "languages": ["EN", "no"],
        "countries": ["no", "EU"],
        "sectors": ["Health Care"],
        "target_groups": ["trainer of trainers"],
        "topics": ["x: y"],
        "publisher": "Org",
        "licence": "CC BY 4.0",
        "year": "1999",
    }
    await service.import_rows(read_text(json.dumps([*ENTRIES, tricky]), "json"))
    first = tmp_path / f"first{suffix}"
    assert await service.export_file(first) == len(ENTRIES) + 1
    # Into an empty store of its own, and out again: byte for byte the same file.
    other_url = f"sqlite+aiosqlite:///{tmp_path / 'other.db'}"
    await migrate.upgrade_async(other_url)
    other = KnowledgeService(Store(other_url), SystemClock())
    try:
        report = await other.import_file(first)
        assert not report.problems and len(report.created) == len(ENTRIES) + 1
        second = tmp_path / f"second{suffix}"
        await other.export_file(second)
        assert second.read_bytes() == first.read_bytes()
        # Importing the export into the store it came from changes nothing.
        again = await service.import_file(first)
        assert again.unchanged == len(ENTRIES) + 1 and not again.updated
        entry = await other.get("tricky")
        assert entry is not None
        assert entry.content.summary == "Line one line two, with tab"
        assert entry.content.type == "e-learning" and entry.content.languages == ("en", "no")
        assert entry.content.countries == ("NO", "EU") and entry.content.year == 1999
    finally:
        await other.store.close()


async def test_csv_export_format(service: KnowledgeService, tmp_path: Path) -> None:
    await service.import_rows(read_text(json.dumps(ENTRIES[:1]), "json"))
    path = tmp_path / "out.csv"
    await service.export_file(path)
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == HEADER
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["languages"] == "en" and row["target_groups"] == "in-company trainer"
    assert row["year"] == ""


async def test_seed_on_first_start_only(tmp_path: Path, clock: FakeClock, db_url: str) -> None:
    bot = await start_bot(tmp_path, clock, db_url, knowledge={"seed": True})
    try:
        lines = await bot.say("!tool show epale")
        assert "EPALE" in lines[0]
        archived = await bot.say("!tool archive epale", role="coordinator")
        assert "Archived" in archived[0]
    finally:
        await bot.stop()
    seed_count = SEED_COUNT
    again = await start_bot(tmp_path, clock, db_url, knowledge={"seed": True})
    try:
        service = again.app.runtime.get(KnowledgeService)
        # Not seeded again: the archived entry stays archived, nothing doubled.
        assert len(service.index) == seed_count - 1
        entry = await service.get("epale")
        assert entry is not None and entry.status == "archived"
        async with service.store.session() as session:
            assert await repository.count(session) == seed_count
    finally:
        await again.stop()


async def test_no_seed_when_switched_off(tmp_path: Path, clock: FakeClock, db_url: str) -> None:
    bot = await start_bot(tmp_path, clock, db_url, knowledge={"seed": False})
    try:
        assert len(bot.app.runtime.get(KnowledgeService).index) == 0
        assert "Nothing found" in (await bot.say("!tool epale"))[0]
    finally:
        await bot.stop()


async def test_refresh_picks_up_changes_from_another_process(
    service: KnowledgeService, db_url: str
) -> None:
    other = KnowledgeService(Store(db_url), SystemClock())
    try:
        await other.import_rows(read_text(json.dumps(ENTRIES[:2]), "json"))
        assert not (await service.search("apprenticeship toolkit")).items
        assert await service.refresh() == 2
        assert (await service.search("apprenticeship toolkit")).items[0].entry.id == (
            "apprenticeship-toolkit"
        )
    finally:
        await other.store.close()


async def test_a_refresh_indexes_again_only_what_changed(
    service: KnowledgeService, db_url: str
) -> None:
    other = KnowledgeService(Store(db_url), SystemClock())
    try:
        await other.import_rows(read_text(json.dumps(ENTRIES[:3]), "json"))
        assert await service.refresh() == 3
        # The import's rows are still within the window a refresh reads, but nothing changed
        # since: the index is left as it is.
        assert await service.refresh() == 0
        edited = {**ENTRIES[1], "title": "Évaluation des stages en entreprise"}
        await other.import_rows(read_text(json.dumps([*ENTRIES[:1], edited]), "json"))
        assert await service.refresh() == 1  # the unchanged toolkit is not indexed again
        page = await service.search("évaluation stages")
        assert page.items[0].entry.id == "evaluation-formations"
        assert page.items[0].entry.content.title == edited["title"]
        assert await service.refresh() == 0
    finally:
        await other.store.close()
