"""The knowledge service: the store and the lookup index kept in step, behind one API.

Chat, the command line and (later) Discord autocomplete all go through
:class:`KnowledgeService`, so they rank alike. The index (:class:`~knowledge.engine.LookupIndex`)
holds published entries only; it is loaded from the database at start and updated after every
change this process commits (approve, edit, archive, import). Changes committed by another
process (``vetbot knowledge import`` beside a running bot) are picked up by :meth:`refresh`,
which the bot runs periodically and which reads only rows changed since the last look.

Failures the user can fix come out as :class:`KnowledgeNotFound` / :class:`KnowledgeConflict`
/ :class:`KnowledgeInvalid` (``UserError`` subclasses carrying a translation key and its
parameters, so a caller can render them in the user's language).
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any, Final

from rapidfuzz import fuzz
from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import Conflict, NotFound, StoreError, UsageError
from bot.i18n import t
from bot.ports import Clock
from bot.store import Store
from bot.store.models import Person
from bot.store.people import audit, ensure_person, identities_of
from knowledge import repository as repo
from knowledge.engine import Filters, LookupIndex, SearchResult
from knowledge.io import ImportReport, RawRow, read_file, validate_rows, write_file
from knowledge.models import KnowledgeEntry
from knowledge.records import (
    CONTENT_FIELDS,
    LIST_FIELDS,
    Content,
    Entry,
    Problem,
    make_id,
    parse_content,
    to_document,
    url_key,
)
from knowledge.text import fold, tokenize

log = logging.getLogger(__name__)

#: The curated seed that fills an empty store.
SEED_FILE: Final = "tools.yaml"
#: A person may have this many suggestions waiting for review at once.
MAX_PENDING_PER_PERSON: Final = 10
#: Near-duplicate threshold (rapidfuzz token-sort ratio over folded titles).
SIMILAR_TITLE: Final = 90.0
#: The same person viewing the same entry again within this many seconds is not counted again.
SHOWN_WINDOW_SECONDS: Final = 3600.0
_SHOWN_MEMORY: Final = 5000
_GAP_CHARS: Final = 200
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_REFRESH_OVERLAP: Final = timedelta(minutes=5)

#: What people may call a field in ``!tool edit`` -> the field.
FIELD_NAMES: Final[dict[str, str]] = {
    **{name: name for name in CONTENT_FIELDS},
    "alias": "aliases",
    "name": "title",
    "link": "url",
    "language": "languages",
    "lang": "languages",
    "country": "countries",
    "sector": "sectors",
    "target": "target_groups",
    "targets": "target_groups",
    "target_group": "target_groups",
    "topic": "topics",
    "license": "licence",
    "description": "summary",
}

Progress = Callable[[int, int], None]


class KnowledgeNotFound(NotFound):
    """No entry with that id (or none the caller may see)."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(t(key, prefix="!", **params))
        self.key, self.params = key, params


class KnowledgeConflict(Conflict):
    """The request clashes with the stored state (duplicate url, wrong status…)."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(t(key, prefix="!", **params))
        self.key, self.params = key, params


class KnowledgeInvalid(UsageError):
    """A value given for an entry does not pass validation; ``problems`` says where."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        text = "; ".join(f"{p.field}: {p.message}" for p in problems[:4])
        super().__init__(t("knowledge.invalid", problems=text))
        self.key, self.params = "knowledge.invalid", {"problems": text}
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """Who does something: a platform account, the display name, and the role it acted with."""

    platform: str
    user_id: str
    name: str = ""
    role: str = "trainer"


@dataclass(frozen=True, slots=True, kw_only=True)
class Recipient:
    """Someone to tell about an outcome by direct message."""

    platform: str
    user_id: str
    name: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Found:
    """One search result: the stored entry and its score (0..100)."""

    entry: Entry
    score: float


@dataclass(frozen=True, slots=True, kw_only=True)
class LookupPage:
    """One page of results; ``offset`` is where it starts in the ranked list."""

    items: tuple[Found, ...]
    total: int
    offset: int
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Completion:
    """An autocomplete choice: the entry id (the value) and its title (the label)."""

    id: str
    title: str
    score: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """What a review action did; ``notify`` is the suggester to tell, if any."""

    entry: Entry
    previous: str
    notify: Recipient | None = None
    changed: tuple[str, str] | None = None  # (old, new) shown for an edit


@dataclass(frozen=True, slots=True, kw_only=True)
class Suggested:
    """A suggestion taken into the review queue, and entries whose titles look the same."""

    entry: Entry
    similar: tuple[Entry, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class QueueItem:
    """A pending suggestion with who suggested it and published entries that look the same."""

    entry: Entry
    suggested_by: str
    similar: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Gap:
    """A normalised lookup that found nothing, how often, and when last."""

    query: str
    count: int
    last_at: datetime


def normalise_query(query: str, filters: Filters | None = None) -> str:
    """The anonymous form a failed lookup is counted under: its distinct words, sorted, plus
    the filters used; ``""`` when the query holds no words."""
    words = sorted(set(tokenize(query) or tokenize(query, keep_stop_words=True)))
    if not words:
        return ""
    text = " ".join(words)
    if filters is not None:
        extras = [
            f"{name}:{fold(value) if name != 'country' else value}"
            for name, value in (
                ("lang", filters.lang),
                ("country", filters.country),
                ("sector", filters.sector),
                ("type", filters.type),
                ("target", filters.target_group),
            )
            if value
        ]
        if extras:
            text = f"{text} [{' '.join(extras)}]"
    return text[:_GAP_CHARS].rsplit(" ", 1)[0] if len(text) > _GAP_CHARS else text


class KnowledgeService:
    """Lookups, suggestions, reviews, import and export of knowledge entries.

    Construct it with the store and clock; call :meth:`start` once (seeds an empty store,
    loads the index). Not thread-safe: use it from the bot's event loop.
    """

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self.index = LookupIndex()
        self._watermark: datetime | None = None
        self._shown: OrderedDict[tuple[str, str], float] = OrderedDict()
        self.load_seconds = 0.0

    # -- start and keeping in step --------------------------------------------------------------

    async def start(self, *, seed: bool, seed_path: Path | None = None) -> ImportReport | None:
        """Seed an empty store (when ``seed``), then load the index; returns the seed report."""
        report = None
        if seed:
            try:
                report = await self.seed_if_empty(seed_path)
            except StoreError:
                # Another process seeding the same database at the same moment wins; ours
                # rolled back whole, so the store holds exactly one copy of the seed.
                log.warning("knowledge seed not applied", exc_info=True)
        await self.load()
        return report

    async def seed_if_empty(self, path: Path | None = None) -> ImportReport | None:
        """Import the curated seed when the store holds no entry at all (of any status)."""
        async with self.store.session() as session:
            if await repo.count(session):
                return None
        if path is None:
            with resources.as_file(resources.files("knowledge.seed").joinpath(SEED_FILE)) as p:
                rows = read_file(Path(p))
        else:
            rows = read_file(path)
        report = await self.import_rows(rows, via="seed")
        if report.problems:
            log.warning("knowledge seed has problems", extra={"problems": len(report.problems)})
        log.info("knowledge store seeded", extra={"entries": len(report.created)})
        return report

    async def load(self) -> int:
        """(Re)build the index from the published entries in the database; returns their count."""
        started = time.perf_counter()
        async with self.store.session() as session:
            rows = await repo.documents(session)
            watermark = await repo.latest_change(session)
        index = LookupIndex.from_documents(doc for doc, _status in rows)
        self.index, self._watermark = index, watermark
        self.load_seconds = time.perf_counter() - started
        log.info(
            "knowledge index loaded",
            extra={"entries": len(index), "seconds": round(self.load_seconds, 3)},
        )
        return len(index)

    async def refresh(self) -> int:
        """Catch up with changes committed elsewhere since the last load; returns how many."""
        # Look a little before the last change seen: a transaction stamps its rows before it
        # commits, so a slow import may land with times older than a change already read.
        since = (self._watermark or _EPOCH) - _REFRESH_OVERLAP
        async with self.store.session() as session:
            changed = await repo.documents(session, changed_since=since)
            latest = await repo.latest_change(session)
        for doc, status in changed:
            if status == "published":
                self.index.upsert(doc)
            else:
                self.index.remove(doc.id)
        self._watermark = latest
        return len(changed)

    def _indexed(self, entry: Entry) -> None:
        if entry.status == "published":
            self.index.upsert(to_document(entry.id, entry.content))
        else:
            self.index.remove(entry.id)

    # -- lookups --------------------------------------------------------------------------------

    async def search(
        self,
        query: str,
        *,
        filters: Filters | None = None,
        prefer_lang: str | None = None,
        prefer_country: str | None = None,
        limit: int = 5,
        offset: int = 0,
        record_gap: bool = False,
    ) -> LookupPage:
        """Ranked published entries for ``query``; with ``record_gap`` a lookup that finds
        nothing is counted (anonymously) for ``!tool gaps``."""
        result: SearchResult = self.index.search(
            query,
            filters=filters,
            prefer_lang=prefer_lang,
            prefer_country=prefer_country,
            limit=limit,
            offset=offset,
        )
        if record_gap and result.total == 0 and offset == 0:
            await self._record_gap(normalise_query(query, filters))
        return await self._page(result, offset)

    async def browse(
        self,
        *,
        filters: Filters,
        prefer_lang: str | None = None,
        prefer_country: str | None = None,
        limit: int = 5,
        offset: int = 0,
    ) -> LookupPage:
        """Published entries the filters alone select (no query), exact matches first."""
        result = self.index.browse(
            filters=filters,
            prefer_lang=prefer_lang,
            prefer_country=prefer_country,
            limit=limit,
            offset=offset,
        )
        return await self._page(result, offset)

    async def _page(self, result: SearchResult, offset: int) -> LookupPage:
        """The stored entries of ``result``'s hits, in its order."""
        ids = [hit.id for hit in result.hits]
        entries: dict[str, Entry] = {}
        if ids:
            async with self.store.session() as session:
                entries = await repo.get_many(session, ids)
        items = tuple(
            Found(entry=entries[hit.id], score=hit.score)
            for hit in result.hits
            if hit.id in entries
        )
        return LookupPage(
            items=items, total=result.total, offset=offset, suggestions=result.suggestions
        )

    async def _record_gap(self, gap: str) -> None:
        """Count a failed lookup; losing one count (two first askers at once) is acceptable,
        failing the user's lookup over it is not."""
        if not gap:
            return
        try:
            async with self.store.session() as session:
                await repo.record_gap(session, gap, self.clock.now())
        except StoreError:
            log.warning("failed lookup not counted", exc_info=True)

    def complete(self, prefix: str, *, limit: int = 25) -> list[Completion]:
        """Entries for what is being typed (autocomplete); titles from the index, no I/O."""
        out: list[Completion] = []
        for hit in self.index.complete(prefix, limit=limit):
            doc = self.index.get(hit.id)
            if doc is not None:
                out.append(Completion(id=hit.id, title=doc.title, score=hit.score))
        return out

    async def get(self, entry_id: str) -> Entry | None:
        """The stored entry with this id, whatever its status, or ``None``."""
        async with self.store.session() as session:
            row = await repo.get(session, entry_id.strip().lower()[:64])
            return None if row is None else repo.entry_of(row)

    async def mark_shown(self, entry_id: str, viewer: str) -> bool:
        """Count that ``viewer`` looked at the entry, at most once per viewer and hour."""
        now = self.clock.monotonic()
        key = (viewer, entry_id)
        seen = self._shown.get(key)
        if seen is not None and now - seen < SHOWN_WINDOW_SECONDS:
            return False
        self._shown[key] = now
        self._shown.move_to_end(key)
        while len(self._shown) > _SHOWN_MEMORY:
            self._shown.popitem(last=False)
        try:
            async with self.store.session() as session:
                row = await repo.get(session, entry_id)
                if row is None:
                    return False
                row.shown_count += 1
                row.last_shown_at = self.clock.now()
        except StoreError:
            log.warning("view not counted", exc_info=True)  # the entry is still shown
            return False
        return True

    async def gaps(self, *, limit: int = 10) -> list[Gap]:
        """The most frequent lookups that found nothing."""
        async with self.store.session() as session:
            rows = await repo.top_gaps(session, limit=limit)
            return [Gap(query=r.query, count=r.count, last_at=r.last_at) for r in rows]

    # -- suggestions and review -----------------------------------------------------------------

    async def suggest(self, actor: Actor, *, url: str, title: str, summary: str) -> Suggested:
        """Put a suggestion in the review queue (status ``pending``).

        Refused (:class:`KnowledgeConflict`) when its link is already in the store, published,
        waiting or archived (a rejected one may be suggested again), or when the person already
        has :data:`MAX_PENDING_PER_PERSON` suggestions waiting. A near-duplicate *title* is
        queued anyway and reported in ``similar``: two resources may share a name (national
        editions), and a coordinator decides.
        """
        content, problems = parse_content({"url": url, "title": title, "summary": summary})
        if content is None:
            raise KnowledgeInvalid(problems)
        if not content.url:
            raise KnowledgeInvalid([Problem(row=0, field="url", message="required")])
        now = self.clock.now()
        async with self.store.session() as session:
            await self._refuse_known_url(session, content.url, exclude=None)
            person = await ensure_person(session, actor.platform, actor.user_id, actor.name, now)
            if await repo.pending_by(session, person.id) >= MAX_PENDING_PER_PERSON:
                raise KnowledgeConflict("knowledge.suggest_too_many", limit=MAX_PENDING_PER_PERSON)
            similar = await self._similar_titles(session, content.title, exclude=None)
            entry_id = await _free_id(session, content.title)
            row = KnowledgeEntry(
                id=entry_id,
                status="pending",
                added_by=person.id,
                added_via="chat",
                created_at=now,
                updated_at=now,
                review_note="",
                shown_count=0,
            )
            repo.set_content(row, content)
            session.add(row)
            await session.flush()
            entry = repo.entry_of(row)
        return Suggested(entry=entry, similar=similar)

    async def _refuse_known_url(self, session: AsyncSession, url: str, exclude: str | None) -> None:
        key = url_key(url)
        found = await repo.by_url_keys(
            session, {key}, statuses=("published", "pending", "archived")
        )
        for other in found.get(key, []):
            if other.id == exclude:
                continue
            raise KnowledgeConflict(
                f"knowledge.duplicate_url_{other.status}", id=other.id, title=other.content.title
            )

    async def _similar_titles(
        self, session: AsyncSession, title: str, exclude: str | None
    ) -> tuple[Entry, ...]:
        ids = [hit.id for hit in self.index.suggest_similar(title, threshold=SIMILAR_TITLE)]
        wanted = " ".join(tokenize(title))
        for pending in await repo.with_status(session, "pending", limit=500):
            other = " ".join(tokenize(pending.content.title))
            if other and fuzz.token_sort_ratio(wanted, other) >= SIMILAR_TITLE:
                ids.append(pending.id)
        ids = [i for i in dict.fromkeys(ids) if i != exclude]
        found = await repo.get_many(session, ids)
        return tuple(found[i] for i in ids if i in found)

    async def review_queue(self, *, limit: int = 10) -> tuple[list[QueueItem], int]:
        """The oldest pending suggestions (up to ``limit``) and how many wait in all."""
        async with self.store.session() as session:
            pending = await repo.with_status(session, "pending", limit=limit)
            total = await repo.count(session, status="pending")
            items: list[QueueItem] = []
            for entry in pending:
                name = ""
                if entry.added_by is not None:
                    person = await session.get(Person, entry.added_by)
                    name = person.display_name if person is not None else ""
                similar = tuple(
                    hit.id
                    for hit in self.index.suggest_similar(
                        entry.content.title, threshold=SIMILAR_TITLE
                    )
                )
                items.append(QueueItem(entry=entry, suggested_by=name, similar=similar))
        return items, total

    async def approve(self, actor: Actor, entry_id: str) -> Outcome:
        """Publish an entry (a pending suggestion, or a rejected or archived entry again)."""
        return await self._review(actor, entry_id, "approve", "published", note="")

    async def reject(self, actor: Actor, entry_id: str, reason: str) -> Outcome:
        """Turn down a pending suggestion, with the reason the suggester will be told."""
        return await self._review(actor, entry_id, "reject", "rejected", note=reason)

    async def archive(self, actor: Actor, entry_id: str) -> Outcome:
        """Take an entry out of lookups without deleting it."""
        return await self._review(actor, entry_id, "archive", "archived", note="")

    async def _review(
        self, actor: Actor, entry_id: str, action: str, status: str, *, note: str
    ) -> Outcome:
        now = self.clock.now()
        async with self.store.session() as session:
            row = await self._row(session, entry_id)
            previous = row.status
            if previous == status:
                raise KnowledgeConflict(f"knowledge.already_{status}", id=row.id)
            if action == "reject" and previous != "pending":
                raise KnowledgeConflict("knowledge.reject_not_pending", id=row.id, status=previous)
            if action == "approve" and previous == "pending":
                await self._refuse_known_url(session, row.url, exclude=row.id)
            reviewer = await ensure_person(session, actor.platform, actor.user_id, actor.name, now)
            row.status = status
            row.updated_at = now
            if action in ("approve", "reject"):
                row.reviewed_by, row.reviewed_at = reviewer.id, now
                row.review_note = note[:2000]
            await audit(
                session,
                at=now,
                platform=actor.platform,
                actor_id=actor.user_id,
                role=actor.role,
                action=f"knowledge.{action}",
                target=row.id,
                detail={"from": previous, "to": status},
                note=note,
            )
            entry = repo.entry_of(row)
            notify = None
            if previous == "pending" and action in ("approve", "reject"):
                notify = await _recipient(session, row.added_by, actor.platform)
        self._indexed(entry)
        return Outcome(entry=entry, previous=previous, notify=notify)

    async def edit(self, actor: Actor, entry_id: str, field: str, value: str) -> Outcome:
        """Change one field of an entry (validated like an import); returns old and new."""
        name = FIELD_NAMES.get(field.strip().lower().replace(" ", "_").replace("-", "_"))
        if name is None:
            raise KnowledgeInvalid(
                [
                    Problem(
                        row=0,
                        field=field[:30],
                        message=f"not a field of an entry (fields: {', '.join(CONTENT_FIELDS)})",
                    )
                ]
            )
        now = self.clock.now()
        async with self.store.session() as session:
            row = await self._row(session, entry_id)
            current = repo.content_of(row)
            raw: dict[str, object] = current.as_dict()
            if name in LIST_FIELDS:
                separator = ";" if ";" in value else ","
                raw[name] = [item for item in value.split(separator) if item.strip()]
            else:
                raw[name] = value
            content, problems = parse_content(raw)
            if content is None:
                raise KnowledgeInvalid(problems)
            if content == current:
                raise KnowledgeConflict("knowledge.edit_unchanged", id=row.id, field=name)
            if content.url and url_key(content.url) != row.url_key:
                await self._refuse_known_url(session, content.url, exclude=row.id)
            old, new = _shown_value(current, name), _shown_value(content, name)
            repo.set_content(row, content)
            row.updated_at = now
            await audit(
                session,
                at=now,
                platform=actor.platform,
                actor_id=actor.user_id,
                role=actor.role,
                action="knowledge.edit",
                target=row.id,
                detail={"field": name, "old": old, "new": new},
            )
            entry = repo.entry_of(row)
        self._indexed(entry)
        return Outcome(entry=entry, previous=entry.status, changed=(old, new))

    async def _row(self, session: AsyncSession, entry_id: str) -> KnowledgeEntry:
        key = entry_id.strip().lower()[:64]
        row = await repo.get(session, key) if key else None
        if row is None:
            raise KnowledgeNotFound("knowledge.unknown_id", id=entry_id.strip()[:40])
        return row

    # -- import and export ----------------------------------------------------------------------

    async def import_file(
        self, path: Path, *, dry_run: bool = False, progress: Progress | None = None
    ) -> ImportReport:
        """Import a CSV, JSON or YAML file (see :mod:`knowledge.io`)."""
        return await self.import_rows(read_file(path), dry_run=dry_run, progress=progress)

    async def import_rows(
        self,
        rows: Sequence[RawRow],
        *,
        dry_run: bool = False,
        via: str = "import",
        progress: Progress | None = None,
    ) -> ImportReport:
        """Validate ``rows`` and upsert the valid ones (by id, else by url) in one transaction.

        Invalid rows are reported and skipped; anything failing while writing rolls the whole
        import back. Imported entries are published: the operator vouches for the file.
        """
        valid, problems = validate_rows(rows)
        now = self.clock.now()
        creates: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        changed: list[tuple[str, Content]] = []
        unchanged = 0
        async with self.store.session() as session:
            by_id = await repo.get_many(session, [r.id for r in valid if r.id])
            by_url = await repo.by_url_keys(session, {url_key(r.content.url) for r in valid})
            taken: set[str] | None = None
            claimed: dict[str, int] = {}
            for item in valid:
                key = url_key(item.content.url)
                owners = sorted(by_url.get(key, []) if key else [], key=_owner_rank)
                target: Entry | None = None
                if item.id is None:
                    target = owners[0] if owners else None
                else:
                    target = by_id.get(item.id)
                    clash = next(
                        (e for e in owners if e.id != item.id and e.status != "rejected"), None
                    )
                    if clash is not None:
                        problems.append(
                            Problem(
                                row=item.row,
                                field="url",
                                message=f"already used by entry {clash.id!r}",
                            )
                        )
                        continue
                entry_id = target.id if target is not None else item.id
                if entry_id is None:
                    if taken is None:
                        taken = await repo.all_ids(session) | {r.id for r in valid if r.id}
                    entry_id = make_id(item.content.title, taken)
                if entry_id in claimed:
                    problems.append(
                        Problem(
                            row=item.row,
                            field="id",
                            message=f"same entry as row {claimed[entry_id]}",
                        )
                    )
                    continue
                claimed[entry_id] = item.row
                if taken is not None:
                    taken.add(entry_id)
                if target is None:
                    content = item.content
                    creates.append(_new_row(entry_id, repo.content_columns(content), via, now))
                    changed.append((entry_id, content))
                    continue
                # Fields the row does not name keep their stored values.
                content = replace(
                    target.content, **{name: getattr(item.content, name) for name in item.present}
                )
                if content == target.content and target.status == "published":
                    unchanged += 1
                else:
                    columns = repo.content_columns(content)
                    updates.append(
                        {"id": entry_id, **columns, "status": "published", "updated_at": now}
                    )
                    changed.append((entry_id, content))
            report = ImportReport(
                rows=len(rows),
                created=tuple(r["id"] for r in creates),
                updated=tuple(r["id"] for r in updates),
                unchanged=unchanged,
                problems=tuple(problems),
                dry_run=dry_run,
            )
            if dry_run:
                return report
            total, done = len(creates) + len(updates), 0
            for batch in (creates, updates):
                write = repo.insert_many if batch is creates else repo.update_many
                for start in range(0, len(batch), repo.CHUNK):
                    chunk = batch[start : start + repo.CHUNK]
                    await write(session, chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
        for entry_id, content in changed:
            self.index.upsert(to_document(entry_id, content))
        return report

    async def export_file(self, path: Path) -> int:
        """Write every published entry to ``path`` (format by extension); returns the count."""
        async with self.store.session() as session:
            entries = await repo.published(session)
        write_file(path, [(e.id, e.content) for e in entries])
        return len(entries)


def _owner_rank(entry: Entry) -> tuple[int, str]:
    """Which of several entries sharing a link an import without id updates: published first."""
    order = ("published", "pending", "archived", "rejected")
    return (order.index(entry.status) if entry.status in order else len(order), entry.id)


def _new_row(entry_id: str, columns: dict[str, Any], via: str, now: datetime) -> dict[str, Any]:
    return {
        "id": entry_id,
        **columns,
        "status": "published",
        "added_by": None,
        "added_via": via,
        "created_at": now,
        "updated_at": now,
        "reviewed_by": None,
        "reviewed_at": None,
        "review_note": "",
        "shown_count": 0,
        "last_shown_at": None,
    }


def _shown_value(content: Content, name: str) -> str:
    value = getattr(content, name)
    if isinstance(value, tuple):
        return ", ".join(value)
    return "" if value is None else str(value)


async def _free_id(session: AsyncSession, title: str) -> str:
    """A new id for ``title`` that no entry has, looking only at ids that could clash."""
    base = make_id(title, ())
    stmt = select(KnowledgeEntry.id).where(
        or_(KnowledgeEntry.id == base, KnowledgeEntry.id.like(f"{base}-%"))
    )
    taken = set(await session.scalars(stmt))
    return make_id(title, taken)


async def _recipient(
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


__all__ = [
    "Actor",
    "Completion",
    "Found",
    "Gap",
    "KnowledgeConflict",
    "KnowledgeInvalid",
    "KnowledgeNotFound",
    "KnowledgeService",
    "LookupPage",
    "Outcome",
    "QueueItem",
    "Recipient",
    "Suggested",
    "normalise_query",
]
