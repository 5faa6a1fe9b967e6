"""The knowledge service: the store and the lookup index kept in step, behind one API.

Chat, the command line and Discord autocomplete all go through :class:`KnowledgeService`, so
they rank alike. The index (:class:`~knowledge.engine.LookupIndex`) holds published entries
only; it is loaded from the database at start and updated after every change this process
commits (approve, edit, archive, import). Changes committed by another process (``vetbot
knowledge import`` beside a running bot) are picked up by :meth:`KnowledgeService.refresh`,
which the bot runs periodically and which reads only rows changed since the last look.
Suggestions and their review are :class:`~bot.capabilities.knowledge.review.ReviewService`'s.

Each operation is one transaction and returns values of :mod:`.model`; nothing here writes
text a person reads (the import report is counts and coded problems).
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final

from bot.actors import Actor
from bot.capabilities.knowledge import importing
from bot.capabilities.knowledge import store as repo
from bot.capabilities.knowledge.model import (
    SHOWN_WINDOW_SECONDS,
    Completion,
    Found,
    Gap,
    LookupPage,
    normalise_query,
)
from bot.errors import StoreError
from bot.networks import within
from bot.ports import Clock
from bot.settings import DEFAULT_NETWORK
from bot.store import Store
from knowledge.engine import Filters, LookupIndex, SearchResult
from knowledge.io import ImportReport, RawRow, read_file, read_seed, validate_rows, write_file
from knowledge.records import Entry, to_document

log = logging.getLogger(__name__)

_SHOWN_MEMORY: Final = 5000
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_REFRESH_OVERLAP: Final = timedelta(minutes=5)

Progress = Callable[[int, int], None]


class KnowledgeService:
    """Lookups, import and export of knowledge entries, over the store and the lookup index.

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
        rows = read_seed() if path is None else read_file(path)
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

    def indexed(self, entry: Entry) -> None:
        """Bring the index in step with a change to ``entry`` just committed."""
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
        network: str = DEFAULT_NETWORK,
    ) -> LookupPage:
        """Ranked published entries for ``query``; with ``record_gap`` a lookup that finds
        nothing is counted (anonymously, in the asker's ``network``) for ``!tool gaps``."""
        result: SearchResult = self.index.search(
            query,
            filters=filters,
            prefer_lang=prefer_lang,
            prefer_country=prefer_country,
            limit=limit,
            offset=offset,
        )
        if record_gap and result.total == 0 and offset == 0:
            await self._record_gap(normalise_query(query, filters), network)
        return await self._page(result, offset, network)

    async def browse(
        self,
        *,
        filters: Filters,
        prefer_lang: str | None = None,
        prefer_country: str | None = None,
        limit: int = 5,
        offset: int = 0,
        network: str = DEFAULT_NETWORK,
    ) -> LookupPage:
        """Published entries the filters alone select (no query), exact matches first."""
        result = self.index.browse(
            filters=filters,
            prefer_lang=prefer_lang,
            prefer_country=prefer_country,
            limit=limit,
            offset=offset,
        )
        return await self._page(result, offset, network)

    async def _page(self, result: SearchResult, offset: int, network: str) -> LookupPage:
        """The stored entries of ``result``'s hits, in its order, but for another network's
        own entries: a network's entries are found there only, unless shared."""
        ids = [hit.id for hit in result.hits]
        entries: dict[str, Entry] = {}
        if ids:
            async with self.store.session() as session:
                entries = await repo.get_many(session, ids)
                for hidden in await repo.hidden_from(session, ids, network):
                    entries.pop(hidden, None)
        items = tuple(
            Found(entry=entries[hit.id], score=hit.score)
            for hit in result.hits
            if hit.id in entries
        )
        return LookupPage(
            items=items, total=result.total, offset=offset, suggestions=result.suggestions
        )

    async def _record_gap(self, gap: str, network: str) -> None:
        """Count a failed lookup; losing one count (two first askers at once) is acceptable,
        failing the user's lookup over it is not."""
        if not gap:
            return
        try:
            async with self.store.session() as session:
                await repo.record_gap(session, gap, self.clock.now(), network)
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

    async def get(self, entry_id: str, *, network: str | None = None) -> Entry | None:
        """The stored entry with this id, whatever its status, or ``None``; also ``None``
        for another network's own entry when ``network`` (the reader's) is given."""
        async with self.store.session() as session:
            row = await repo.get(session, entry_id.strip().lower()[:64])
            if row is None or (network is not None and not row.shared and row.network != network):
                return None
            return repo.entry_of(row)

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

    async def gaps(self, *, limit: int = 10, actor: Actor | None = None) -> list[Gap]:
        """The most frequent lookups that found nothing (in the actor's networks)."""
        async with self.store.session() as session:
            return await repo.top_gaps(session, limit=limit, networks=within(actor))

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
        async with self.store.session() as session:
            plan = await importing.plan(session, valid, via=via, now=self.clock.now())
            report = ImportReport(
                rows=len(rows),
                created=tuple(r["id"] for r in plan.creates),
                updated=tuple(r["id"] for r in plan.updates),
                unchanged=plan.unchanged,
                problems=(*problems, *plan.problems),
                dry_run=dry_run,
            )
            if dry_run:
                return report
            await importing.write(session, plan, progress)
        for entry_id, content in plan.changed:
            self.index.upsert(to_document(entry_id, content))
        return report

    async def export_file(self, path: Path) -> int:
        """Write every published entry to ``path`` (format by extension); returns the count."""
        async with self.store.session() as session:
            entries = await repo.published(session)
        write_file(path, [(e.id, e.content) for e in entries])
        return len(entries)
