"""The queries on the knowledge tables, inside a caller's transaction.

Every function takes an open :class:`~sqlalchemy.ext.asyncio.AsyncSession` (one
``Store.session()`` block = one transaction) and converts between table rows and the plain
values of :mod:`knowledge.records`; nothing here commits, and nothing here touches the lookup
index (the services do, after the commit succeeded).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.knowledge.model import Gap, Recipient
from bot.capabilities.knowledge.tables import (
    GapDay,
    KnowledgeEntry,
    KnowledgeGap,
    KnowledgeRevision,
    KnowledgeTranslation,
    LookupDay,
)
from bot.settings import DEFAULT_NETWORK
from bot.store.models import Person
from bot.store.people import identities_of
from knowledge.engine import Document, Translation
from knowledge.records import CONTENT_FIELDS, LIST_FIELDS, Content, Entry, make_id, url_key

#: Rows per statement for bulk writes and ``IN`` look-ups (well under every driver's limits).
CHUNK: Final = 500

_DOCUMENT_COLUMNS = (
    KnowledgeEntry.id,
    KnowledgeEntry.title,
    KnowledgeEntry.aliases,
    KnowledgeEntry.summary,
    KnowledgeEntry.topics,
    KnowledgeEntry.type,
    KnowledgeEntry.languages,
    KnowledgeEntry.countries,
    KnowledgeEntry.sectors,
    KnowledgeEntry.target_groups,
    KnowledgeEntry.publisher,
    KnowledgeEntry.network,
    KnowledgeEntry.shared,
)


def content_of(row: KnowledgeEntry) -> Content:
    """The content of a table row."""
    return Content(
        title=row.title,
        aliases=tuple(row.aliases or ()),
        summary=row.summary,
        url=row.url,
        type=row.type,
        languages=tuple(row.languages or ()),
        countries=tuple(row.countries or ()),
        sectors=tuple(row.sectors or ()),
        target_groups=tuple(row.target_groups or ()),
        topics=tuple(row.topics or ()),
        publisher=row.publisher,
        licence=row.licence,
        year=row.year,
        translations=tuple(
            Translation(lang=t.lang, title=t.title, summary=t.summary)
            for t in sorted(row.translations, key=lambda t: t.lang)
        ),
    )


def entry_of(row: KnowledgeEntry) -> Entry:
    """The plain value of a table row."""
    return Entry(
        id=row.id,
        content=content_of(row),
        status=row.status,
        added_by=row.added_by,
        added_via=row.added_via,
        created_at=row.created_at,
        updated_at=row.updated_at,
        reviewed_by=row.reviewed_by,
        reviewed_at=row.reviewed_at,
        review_note=row.review_note,
        shown_count=row.shown_count,
        last_shown_at=row.last_shown_at,
        network=row.network,
        shared=row.shared,
    )


def content_columns(content: Content) -> dict[str, Any]:
    """The column values that store ``content`` (lists as JSON lists, plus the url key)."""
    values: dict[str, Any] = {}
    for name in CONTENT_FIELDS:
        value = getattr(content, name)
        values[name] = list(value) if name in LIST_FIELDS else value
    values["url_key"] = url_key(content.url)
    return values


def set_content(row: KnowledgeEntry, content: Content) -> None:
    """Overwrite the content columns and translations of ``row``."""
    for name, value in content_columns(content).items():
        setattr(row, name, value)
    wanted = {t.lang: t for t in content.translations}
    kept: list[KnowledgeTranslation] = []
    for held in row.translations:  # changed in place: a delete and an insert of one key clash
        new = wanted.pop(held.lang, None)
        if new is not None:
            held.title, held.summary = new.title, new.summary
            kept.append(held)
    kept.extend(
        KnowledgeTranslation(lang=t.lang, title=t.title, summary=t.summary) for t in wanted.values()
    )
    row.translations = kept


async def replace_translations(
    session: AsyncSession, changed: Sequence[tuple[str, Content]]
) -> None:
    """Make the stored translations of each entry in ``changed`` its content's (bulk)."""
    for start in range(0, len(changed), CHUNK):
        chunk = changed[start : start + CHUNK]
        await session.execute(
            delete(KnowledgeTranslation).where(
                KnowledgeTranslation.entry_id.in_([entry_id for entry_id, _ in chunk])
            )
        )
        rows = [
            {"entry_id": entry_id, "lang": t.lang, "title": t.title, "summary": t.summary}
            for entry_id, content in chunk
            for t in content.translations
        ]
        if rows:
            await session.execute(insert(KnowledgeTranslation), rows)


async def translations_of(
    session: AsyncSession,
    ids: Collection[str] | None = None,
    *,
    after: str | None = None,
    upto: str | None = None,
) -> dict[str, tuple[Translation, ...]]:
    """The translations of these entries, by id: of ``ids`` if given, else of every entry
    (with ids after ``after`` and up to ``upto``, when given: a page of entries)."""
    found: dict[str, list[Translation]] = {}
    stmt = select(
        KnowledgeTranslation.entry_id,
        KnowledgeTranslation.lang,
        KnowledgeTranslation.title,
        KnowledgeTranslation.summary,
    ).order_by(KnowledgeTranslation.entry_id, KnowledgeTranslation.lang)
    if after is not None:
        stmt = stmt.where(KnowledgeTranslation.entry_id > after)
    if upto is not None:
        stmt = stmt.where(KnowledgeTranslation.entry_id <= upto)
    batches = (
        [None] if ids is None else [sorted(ids)[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]
    )
    for batch in batches:
        query = stmt if batch is None else stmt.where(KnowledgeTranslation.entry_id.in_(batch))
        for entry_id, lang, title, summary in await session.execute(query):
            found.setdefault(entry_id, []).append(
                Translation(lang=lang, title=title, summary=summary)
            )
    return {entry_id: tuple(items) for entry_id, items in found.items()}


async def get(session: AsyncSession, entry_id: str) -> KnowledgeEntry | None:
    """The row with this id, or ``None``."""
    return await session.get(KnowledgeEntry, entry_id)


async def get_many(session: AsyncSession, ids: Sequence[str]) -> dict[str, Entry]:
    """The entries with these ids (missing ones left out), by id."""
    found: dict[str, Entry] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        rows = await session.scalars(select(KnowledgeEntry).where(KnowledgeEntry.id.in_(chunk)))
        found.update((row.id, entry_of(row)) for row in rows)
    return found


async def by_url_keys(
    session: AsyncSession, keys: Collection[str], *, statuses: Collection[str] | None = None
) -> dict[str, list[Entry]]:
    """Entries whose normalised url is one of ``keys`` (optionally of these statuses), by key."""
    wanted = sorted(k for k in keys if k)
    found: dict[str, list[Entry]] = {}
    for start in range(0, len(wanted), CHUNK):
        stmt = select(KnowledgeEntry).where(
            KnowledgeEntry.url_key.in_(wanted[start : start + CHUNK])
        )
        if statuses is not None:
            stmt = stmt.where(KnowledgeEntry.status.in_(list(statuses)))
        for row in await session.scalars(stmt.order_by(KnowledgeEntry.id)):
            found.setdefault(row.url_key, []).append(entry_of(row))
    return found


async def hidden_from(session: AsyncSession, ids: Sequence[str], network: str) -> set[str]:
    """Those of ``ids`` that ``network`` does not see: another network's own entries (not
    shared)."""
    if not ids:
        return set()
    stmt = select(KnowledgeEntry.id).where(
        KnowledgeEntry.id.in_(list(ids)),
        KnowledgeEntry.shared.is_(False),
        KnowledgeEntry.network != network,
    )
    return set(await session.scalars(stmt))


async def all_ids(session: AsyncSession) -> set[str]:
    """Every entry id in the store, whatever its status (new ids must avoid them all)."""
    return set(await session.scalars(select(KnowledgeEntry.id)))


async def count(
    session: AsyncSession, *, status: str | None = None, networks: Collection[str] | None = None
) -> int:
    """How many entries there are (of ``status``, of ``networks`` if given)."""
    stmt = select(func.count()).select_from(KnowledgeEntry)
    if status is not None:
        stmt = stmt.where(KnowledgeEntry.status == status)
    if networks is not None:
        stmt = stmt.where(KnowledgeEntry.network.in_(sorted(networks)))
    return int(await session.scalar(stmt) or 0)


async def documents(
    session: AsyncSession,
    *,
    status: str = "published",
    changed_since: datetime | None = None,
    after: str | None = None,
    limit: int | None = None,
) -> list[tuple[Document, str]]:
    """Lookup documents with each entry's status: published ones (for loading the index), or
    every entry changed at or after ``changed_since`` (for catching up with other processes).

    Published ones may be read a page at a time: ids after ``after``, at most ``limit``, in
    id order.
    """
    stmt = select(*_DOCUMENT_COLUMNS, KnowledgeEntry.status)
    if changed_since is not None:
        rows = list(await session.execute(stmt.where(KnowledgeEntry.updated_at >= changed_since)))
        translated = await translations_of(session, [row.id for row in rows])
        return [(_document(row, translated.get(row.id, ())), row.status) for row in rows]
    # The status is compared through an expression no index holds, so that pages go along
    # the primary key: given the status index, SQLite reads and sorts every remaining
    # published row again for each page (quadratic in the store's size).
    stmt = stmt.where((KnowledgeEntry.status + "") == status)
    if after is not None:
        stmt = stmt.where(KnowledgeEntry.id > after)
    if limit is not None:
        stmt = stmt.order_by(KnowledgeEntry.id).limit(limit)
    rows = list(await session.execute(stmt))
    if limit is None:
        translated = await translations_of(session, after=after)
    else:  # the page's own translations: one range of the key, not all of them per page
        translated = await translations_of(session, after=after, upto=rows[-1].id) if rows else {}
    return [(_document(row, translated.get(row.id, ())), row.status) for row in rows]


def _document(row: Any, translations: tuple[Translation, ...] = ()) -> Document:
    """The lookup document of a row of :data:`_DOCUMENT_COLUMNS`, with its translations."""
    return Document(
        id=row.id,
        title=row.title,
        aliases=tuple(row.aliases or ()),
        summary=row.summary,
        topics=tuple(row.topics or ()),
        type=row.type,
        languages=frozenset(row.languages or ()),
        countries=frozenset(row.countries or ()),
        sectors=frozenset(row.sectors or ()),
        target_groups=frozenset(row.target_groups or ()),
        publisher=row.publisher or "",
        translations=translations,
        network="" if row.shared else row.network,
    )


async def latest_change(session: AsyncSession) -> datetime | None:
    """When any entry last changed (``None`` for an empty store)."""
    value: datetime | None = await session.scalar(select(func.max(KnowledgeEntry.updated_at)))
    return value


async def published(session: AsyncSession) -> list[Entry]:
    """Every published entry, ordered by id (what an export writes)."""
    rows = await session.scalars(
        select(KnowledgeEntry)
        .where(KnowledgeEntry.status == "published")
        .order_by(KnowledgeEntry.id)
    )
    return [entry_of(row) for row in rows]


async def with_status(
    session: AsyncSession, status: str, *, limit: int, networks: Collection[str] | None = None
) -> list[Entry]:
    """Entries of ``status`` (of ``networks`` if given), oldest first (the review queue)."""
    stmt = select(KnowledgeEntry).where(KnowledgeEntry.status == status)
    if networks is not None:
        stmt = stmt.where(KnowledgeEntry.network.in_(sorted(networks)))
    rows = await session.scalars(
        stmt.order_by(KnowledgeEntry.created_at, KnowledgeEntry.id).limit(limit)
    )
    return [entry_of(row) for row in rows]


async def pending_by(session: AsyncSession, person_id: int) -> int:
    """How many suggestions of this person wait for review."""
    stmt = (
        select(func.count())
        .select_from(KnowledgeEntry)
        .where(KnowledgeEntry.added_by == person_id, KnowledgeEntry.status == "pending")
    )
    return int(await session.scalar(stmt) or 0)


async def add_suggestion(
    session: AsyncSession,
    content: Content,
    *,
    person_id: int,
    now: datetime,
    network: str = DEFAULT_NETWORK,
) -> Entry:
    """Store ``content`` as a pending suggestion of this person, made in ``network`` (whose
    coordinators review it, and where it is found until it is shared), under a new id."""
    row = KnowledgeEntry(
        id=await free_id(session, content.title),
        network=network,
        shared=False,
        status="pending",
        added_by=person_id,
        added_via="chat",
        created_at=now,
        updated_at=now,
        review_note="",
        shown_count=0,
    )
    set_content(row, content)
    session.add(row)
    await session.flush()
    return entry_of(row)


async def insert_many(session: AsyncSession, rows: Iterable[dict[str, Any]]) -> None:
    """Insert complete rows (column -> value) in chunks."""
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK:
            await session.execute(insert(KnowledgeEntry), batch)
            batch = []
    if batch:
        await session.execute(insert(KnowledgeEntry), batch)


async def update_many(session: AsyncSession, rows: Iterable[dict[str, Any]]) -> None:
    """Update rows by primary key; each dict holds ``id`` and the columns to set."""
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK:
            await session.execute(update(KnowledgeEntry), batch)
            batch = []
    if batch:
        await session.execute(update(KnowledgeEntry), batch)


async def record_gap(
    session: AsyncSession, query: str, now: datetime, network: str = DEFAULT_NETWORK
) -> None:
    """Count one more lookup of the normalised ``query`` in ``network`` that found nothing
    (all time, and on its UTC day)."""
    gap = await session.get(KnowledgeGap, (network, query))
    if gap is None:
        session.add(KnowledgeGap(network=network, query=query, count=1, first_at=now, last_at=now))
    else:
        gap.count += 1
        gap.last_at = now
    day = now.astimezone(UTC).date()
    daily = await session.get(GapDay, (network, day, query))
    if daily is None:
        session.add(GapDay(network=network, day=day, query=query, count=1))
    else:
        daily.count += 1


async def count_lookup(session: AsyncSession, now: datetime, network: str, *, found: bool) -> None:
    """Count one lookup asked in ``network`` on ``now``'s UTC day (and whether it found
    nothing): numbers only."""
    day = now.astimezone(UTC).date()
    row = await session.get(LookupDay, (network, day))
    if row is None:
        row = LookupDay(network=network, day=day, asked=0, found_nothing=0)
        session.add(row)
    row.asked += 1
    if not found:
        row.found_nothing += 1


async def top_gaps(
    session: AsyncSession, *, limit: int, networks: Collection[str] | None = None
) -> list[Gap]:
    """The most asked lookups that found nothing (in ``networks`` if given, counted
    together), most frequent (then most recent) first."""
    total = func.sum(KnowledgeGap.count).label("total")
    last = func.max(KnowledgeGap.last_at).label("last")
    stmt = select(KnowledgeGap.query, total, last)
    if networks is not None:
        stmt = stmt.where(KnowledgeGap.network.in_(sorted(networks)))
    rows = await session.execute(
        stmt.group_by(KnowledgeGap.query)
        .order_by(total.desc(), last.desc(), KnowledgeGap.query)
        .limit(limit)
    )
    return [Gap(query=query, count=int(count), last_at=last_at) for query, count, last_at in rows]


async def free_id(session: AsyncSession, title: str) -> str:
    """A new id for ``title`` that no entry has, looking only at ids that could clash."""
    base = make_id(title, ())
    stmt = select(KnowledgeEntry.id).where(
        or_(KnowledgeEntry.id == base, KnowledgeEntry.id.like(f"{base}-%"))
    )
    taken = set(await session.scalars(stmt))
    return make_id(title, taken)


async def display_name(session: AsyncSession, person_id: int | None) -> str:
    """The name a person goes by (``""`` for nobody, or a person since forgotten)."""
    if person_id is None:
        return ""
    person = await session.get(Person, person_id)
    return person.display_name if person is not None else ""


async def recipient(
    session: AsyncSession, person_id: int | None, platform: str
) -> Recipient | None:
    """Where to reach a person: their account on ``platform`` if they have one, else any."""
    if person_id is None:
        return None
    identities = await identities_of(session, person_id)
    if not identities:
        return None
    chosen = next((i for i in identities if i.platform == platform), identities[0])
    return Recipient(platform=chosen.platform, user_id=chosen.user_id, name=chosen.display_name)


async def revision(session: AsyncSession) -> int:
    """The knowledge change counter (see :class:`.tables.KnowledgeRevision`)."""
    return int(await session.scalar(select(KnowledgeRevision.value)) or 0)


async def documents_like(
    session: AsyncSession, words: Sequence[str], *, limit: int
) -> list[Document]:
    """Up to ``limit`` published documents whose title or summary holds any of ``words``
    (case-insensitive substring): the slow path for lookups while the index loads."""
    if not words:
        return []
    matches = [
        func.lower(column).contains(word, autoescape=True)
        for word in words
        for column in (KnowledgeEntry.title, KnowledgeEntry.summary)
    ]
    stmt = (
        select(*_DOCUMENT_COLUMNS)
        .where(KnowledgeEntry.status == "published", or_(*matches))
        .limit(limit)
    )
    return [_document(row) for row in await session.execute(stmt)]
