"""Entries in several languages, on SQLite and PostgreSQL: the translations table's migration
up and down, ``title@xx``/``summary@xx`` columns through import and export (exact round trips,
fields a row does not name kept), and lookups finding an entry by its translated title."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, pool, text

from bot.capabilities.knowledge import store as repository
from bot.capabilities.knowledge.service import KnowledgeService
from bot.ports import SystemClock
from bot.store import Store, migrate
from bot.store.database import sync_url
from knowledge.engine import Document
from knowledge.io import read_text
from knowledge.records import Translation, parse_content

ROWS = [
    {
        "id": "mentoring-de",
        "title": "Mentoring apprentices in small companies",
        "title@de": "Auszubildende in kleinen Betrieben begleiten",
        "summary@de": "Ein Leitfaden für betriebliche Ausbilder.",
        "summary": "A guide for in-company trainers.",
        "url": "https://example.org/mentoring",
        "type": "guide",
        "languages": ["en", "de"],
    },
    {
        "id": "assessment-fr",
        "title": "Assessing work-based learning",
        "title@fr": "Évaluer l'apprentissage en entreprise",
        "title@it": "Valutare l'apprendimento sul lavoro",
        "url": "https://example.org/assessment",
        "type": "toolkit",
        "languages": ["en"],
    },
    {"id": "plain", "title": "Welding safety checklist", "type": "checklist"},
]


@pytest.fixture
async def service(db_url: str) -> AsyncIterator[KnowledgeService]:
    await migrate.upgrade_async(db_url)
    store = Store(db_url)
    svc = KnowledgeService(store, SystemClock())
    await svc.load()
    yield svc
    await store.close()


def test_translation_columns_are_parsed_and_checked() -> None:
    content, problems = parse_content(ROWS[1])
    assert not problems and content is not None
    assert content.translations == (
        Translation(lang="fr", title="Évaluer l'apprentissage en entreprise"),
        Translation(lang="it", title="Valutare l'apprendimento sul lavoro"),
    )
    assert content.in_language("fr") == ("Évaluer l'apprentissage en entreprise", "")
    assert content.in_language("pl") == (content.title, "")
    # Parsing the fields of a parsed content gives it back (the round trip relies on it).
    assert parse_content(content.as_dict()) == (content, [])
    _, problems = parse_content({"title": "x", "title@xx": "y", "summary@de": 3})
    assert {(p.field, p.code) for p in problems} == {
        ("title@xx", "unknown_code"),
        ("summary@de", "not_text_number"),
    }


@pytest.mark.parametrize("suffix", [".csv", ".json", ".yaml"])
async def test_translations_round_trip(
    service: KnowledgeService, tmp_path: Path, suffix: str
) -> None:
    report = await service.import_rows(read_text(json.dumps(ROWS), "json"))
    assert not report.problems and len(report.created) == 3
    first = tmp_path / f"first{suffix}"
    await service.export_file(first)
    other_url = f"sqlite+aiosqlite:///{tmp_path / 'other.db'}"
    await migrate.upgrade_async(other_url)
    other = KnowledgeService(Store(other_url), SystemClock())
    try:
        again = await other.import_file(first)
        assert not again.problems and len(again.created) == 3
        second = tmp_path / f"second{suffix}"
        await other.export_file(second)
        assert second.read_bytes() == first.read_bytes()
        entry = await other.get("assessment-fr")
        assert entry is not None
        assert [t.lang for t in entry.content.translations] == ["fr", "it"]
        assert (await service.import_file(first)).unchanged == 3
    finally:
        await other.store.close()


async def test_csv_export_has_a_column_pair_per_language(
    service: KnowledgeService, tmp_path: Path
) -> None:
    await service.import_rows(read_text(json.dumps(ROWS), "json"))
    path = tmp_path / "out.csv"
    await service.export_file(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[-6:] == [
        "title@de",
        "summary@de",
        "title@fr",
        "summary@fr",
        "title@it",
        "summary@it",
    ]
    by_id = {row["id"]: row for row in rows}
    assert by_id["mentoring-de"]["summary@de"] == "Ein Leitfaden für betriebliche Ausbilder."
    assert by_id["plain"]["title@fr"] == ""


async def test_a_row_changes_only_the_translations_it_names(service: KnowledgeService) -> None:
    await service.import_rows(read_text(json.dumps(ROWS), "json"))
    update = (
        "id,title,title@it,summary@fr\n"
        "assessment-fr,Assessing work-based learning,,Une boîte à outils.\n"
    )
    report = await service.import_rows(read_text(update, "csv"))
    assert report.updated == ("assessment-fr",)
    entry = await service.get("assessment-fr")
    assert entry is not None
    # The Italian title is cleared (named, empty); the French title is kept, its summary set.
    assert entry.content.translations == (
        Translation(
            lang="fr", title="Évaluer l'apprentissage en entreprise", summary="Une boîte à outils."
        ),
    )
    assert entry.content.title == "Assessing work-based learning"


async def test_a_translated_title_is_found_in_its_language(service: KnowledgeService) -> None:
    await service.import_rows(read_text(json.dumps(ROWS), "json"))
    page = await service.search("Betrieben begleiten", prefer_lang="de")
    assert [item.entry.id for item in page.items][:1] == ["mentoring-de"]
    page = await service.search("valutare apprendimento", prefer_lang="it")
    assert [item.entry.id for item in page.items][:1] == ["assessment-fr"]


async def test_an_index_built_from_the_store_holds_what_the_running_one_does(
    service: KnowledgeService, db_url: str
) -> None:
    rows = [*ROWS, {"id": "kovaro", "title": "Induction plan", "publisher": "Kovaro Institute"}]
    await service.import_rows(read_text(json.dumps(rows), "json"))
    restarted = KnowledgeService(Store(db_url), SystemClock())
    try:
        assert await restarted.load() == 4
        for row in rows:
            assert restarted.index.get(row["id"]) == service.index.get(row["id"])
        assert [f.entry.id for f in (await restarted.search("kovaro")).items] == ["kovaro"]
    finally:
        await restarted.store.close()


async def test_pages_of_documents_carry_their_own_translations(
    service: KnowledgeService,
) -> None:
    await service.import_rows(read_text(json.dumps(ROWS), "json"))
    async with service.store.session() as session:
        whole = [doc for doc, _ in await repository.documents(session)]
    paged: list[Document] = []
    while True:
        async with service.store.session() as session:
            after = paged[-1].id if paged else None
            page = await repository.documents(session, after=after, limit=1)
        paged.extend(doc for doc, _ in page)
        if not page:
            break
    assert sorted(whole, key=lambda doc: doc.id) == paged
    by_id = {doc.id: doc for doc in whole}
    assert [t.lang for t in by_id["assessment-fr"].translations] == ["fr", "it"]
    assert [t.lang for t in by_id["mentoring-de"].translations] == ["de"]
    assert by_id["plain"].translations == ()


def _columns(url: str, table: str) -> set[str]:
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        inspector = inspect(engine)
        if table not in inspector.get_table_names():
            return set()
        return {column["name"] for column in inspector.get_columns(table)}
    finally:
        engine.dispose()


def test_the_translations_migration_goes_up_and_down(db_url: str) -> None:
    migrate.upgrade(db_url)
    migrate.downgrade(db_url, "0007")
    assert _columns(db_url, "knowledge_translations") == set()
    migrate.upgrade(db_url, "0008")
    assert _columns(db_url, "knowledge_translations") == {"entry_id", "lang", "title", "summary"}
    engine = create_engine(sync_url(db_url), poolclass=pool.NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO knowledge_entries (id, title, aliases, summary, url, url_key,"
                    " type, languages, countries, sectors, target_groups, topics, publisher,"
                    " licence, status, added_via, created_at, updated_at, review_note,"
                    " shown_count) VALUES ('e1', 'T', '[]', '', '', '', 'other', '[]', '[]',"
                    " '[]', '[]', '[]', '', '', 'published', 'import', :now, :now, '', 0)"
                ),
                {"now": "2026-12-03 10:00:00+00:00"},
            )
            conn.execute(
                text(
                    "INSERT INTO knowledge_translations (entry_id, lang, title, summary)"
                    " VALUES ('e1', 'de', 'Titel', '')"
                )
            )
    finally:
        engine.dispose()
    migrate.downgrade(db_url, "0007")
    assert _columns(db_url, "knowledge_translations") == set()
    assert "title" in _columns(db_url, "knowledge_entries")  # the entries stay
    migrate.upgrade(db_url)
