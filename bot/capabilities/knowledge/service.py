"""The knowledge service: the store and the lookup index kept in step, behind one API.

Chat, the command line and Discord autocomplete all go through :class:`KnowledgeService`, so
they rank alike. The index (:class:`~knowledge.engine.LookupIndex`) holds published entries
only; it is loaded from the database at start and updated after every change this process
commits (approve, edit, archive, import). Changes committed by another process (``vetbot
knowledge import`` beside a running bot) are picked up by :meth:`KnowledgeService.refresh`,
which the bot runs periodically: it reads no rows while the store's change counter and
latest change stand where the index last caught up, else only rows changed since the last
look.
Suggestions and their review are :class:`~bot.capabilities.knowledge.review.ReviewService`'s.

Each operation is one transaction and returns values of :mod:`.model`; nothing here writes
text a person reads (the import report is counts and coded problems).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy.engine import make_url

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
from knowledge import snapshot
from knowledge.engine import Document, Filters, LookupIndex, SearchResult
from knowledge.io import ImportReport, RawRow, read_file, read_seed, validate_rows, write_file
from knowledge.records import Entry, to_document
from knowledge.text import tokenize

log = logging.getLogger(__name__)

_SHOWN_MEMORY: Final = 5000
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_REFRESH_OVERLAP: Final = timedelta(minutes=5)
#: Above this many published entries the index is loaded (from a snapshot or built) in the
#: background (building 20,000 entries takes about 2 s).
BACKGROUND_BUILD_ABOVE: Final = 20_000
#: The slower path while the index loads: at most this many query words and matching rows.
_SLOW_WORDS: Final = 8
_SLOW_ROWS: Final = 500
#: Published entries read per transaction when the index is built.
_LOAD_PAGE: Final = 5000

Progress = Callable[[int, int], None]


class KnowledgeService:
    """Lookups, import and export of knowledge entries, over the store and the lookup index.

    Construct it with the store and clock; call :meth:`start` once (seeds an empty store,
    loads the index). Not thread-safe: use it from the bot's event loop.
    """

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        snapshot_path: Path | None = None,
        build_in_background_above: int = BACKGROUND_BUILD_ABOVE,
    ) -> None:
        self.store = store
        self.clock = clock
        self.index = LookupIndex()
        #: Where the index is saved between runs (``None``: never saved).
        self.snapshot_path = snapshot_path
        self.build_in_background_above = build_in_background_above
        #: How the index came to be: "snapshot", "build", or "" while not loaded yet.
        self.loaded_from = ""
        self._ready = False
        self._loading: asyncio.Task[int] | None = None
        self._saved_revision: int | None = None
        #: The change counter and latest change read before the rows the index was last
        #: brought in step with: while both stand there, it holds every change.
        self._caught_up: tuple[int, datetime | None] | None = None
        self._watermark: datetime | None = None
        self._shown: OrderedDict[tuple[str, str], float] = OrderedDict()
        self.load_seconds = 0.0

    @property
    def ready(self) -> bool:
        """Whether lookups are answered from the full index (else from the slower path)."""
        return self._ready

    # -- start and keeping in step --------------------------------------------------------------

    async def start(self, *, seed: bool, seed_path: Path | None = None) -> ImportReport | None:
        """Seed an empty store (when ``seed``), then load the index; returns the seed report.

        A store holding more than ``build_in_background_above`` published entries gets its
        index in the background (:meth:`wait_ready`) — from a current snapshot, else built
        anew — and lookups are answered from the slower path meanwhile; a smaller one has it
        before this returns.
        """
        report = None
        if seed:
            try:
                report = await self.seed_if_empty(seed_path)
            except StoreError:
                # Another process seeding the same database at the same moment wins; ours
                # rolled back whole, so the store holds exactly one copy of the seed.
                log.warning("knowledge seed not applied", exc_info=True)
        async with self.store.reading() as session:  # no writer waits for it, nor it for one
            published = await repo.count(session, status="published")
        if published > self.build_in_background_above:
            self._loading = asyncio.create_task(
                self._load_in_background(), name="knowledge-index-build"
            )
        elif not await self._load_snapshot():
            await self.load()
        return report

    async def _load_in_background(self) -> int:
        """The snapshot if current, else :meth:`load`, retried a minute later while it fails
        (lookups keep the slow path). Even a snapshot takes seconds at 100,000 entries."""
        if await self._load_snapshot():
            return len(self.index)
        while True:
            try:
                return await self.load()
            except StoreError:
                log.exception("knowledge index not built; retrying in a minute")
                await asyncio.sleep(60)

    async def wait_ready(self) -> None:
        """Return once the index is loaded (at once if it already is)."""
        if self._loading is not None:
            await asyncio.shield(self._loading)

    async def stop(self) -> None:
        """Save the index for the next start if the store changed since it was saved."""
        if self._loading is not None and not self._loading.done():
            self._loading.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._loading
        if not self._ready or self.snapshot_path is None:
            return
        async with self.store.reading() as session:
            revision = await repo.revision(session)
        if revision == self._saved_revision:
            return
        # Read the counter first: a change landing after it makes the snapshot look older
        # than it is (rebuilt once more), never newer.
        await self.refresh()
        self._save(self.index, revision, self._watermark)

    def _stamp(self, revision: int, watermark: datetime | None) -> snapshot.Stamp:
        seen = None if watermark is None else watermark.isoformat()
        return snapshot.Stamp(store=self._store_key(), revision=revision, watermark=seen)

    def _store_key(self) -> str:
        """Names the database (never its password), so a snapshot is used only with it."""
        url = make_url(self.store.url).render_as_string(hide_password=True)
        return hashlib.sha256(url.encode()).hexdigest()[:32]

    def _save(self, index: LookupIndex, revision: int, watermark: datetime | None) -> None:
        """Save ``index`` as built at ``revision``; only while nothing else changes it."""
        if self.snapshot_path is None:
            return
        try:
            size = snapshot.save(index, self.snapshot_path, self._stamp(revision, watermark))
        except OSError:
            log.warning("knowledge index snapshot not saved", exc_info=True)
            return
        self._saved_revision = revision
        log.info("knowledge index snapshot saved", extra={"bytes": size, "revision": revision})

    async def _load_snapshot(self) -> bool:
        """Serve the saved index if it is exactly what a build would give now; else False."""
        path = self.snapshot_path
        if path is None or not path.exists():
            return False
        started = time.perf_counter()
        async with self.store.reading() as session:
            revision = await repo.revision(session)
        try:
            stamp = snapshot.read_stamp(path)
            if stamp.store != self._store_key() or stamp.revision != revision:
                log.info("knowledge index snapshot is stale; rebuilding")
                return False
            index, stamp = await asyncio.to_thread(snapshot.load, path)
        except snapshot.SnapshotError as exc:
            log.warning("knowledge index snapshot not used; rebuilding", extra={"why": str(exc)})
            return False
        self.index, self._ready, self.loaded_from = index, True, "snapshot"
        self._saved_revision = revision
        self._watermark = (
            None if stamp.watermark is None else datetime.fromisoformat(stamp.watermark)
        )
        self._caught_up = (revision, self._watermark)
        self.load_seconds = time.perf_counter() - started
        log.info(
            "knowledge index loaded from its snapshot",
            extra={"entries": len(index), "seconds": round(self.load_seconds, 3)},
        )
        return True

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
        """(Re)build the index from the published entries in the database; returns their count.

        The build runs in a worker thread, so the bot keeps answering (from the slower path
        until the new index takes over); it is then saved as the snapshot for the next start.
        """
        started = time.perf_counter()
        async with self.store.reading() as session:
            # The counter is read before the rows: a change between makes the snapshot look
            # older than it is (rebuilt once more), never newer; the refresh below catches up.
            revision = await repo.revision(session)
            watermark = await repo.latest_change(session)
        docs: list[Document] = []
        while True:
            # A page per read session: on SQLite it takes no write lock (Store.reading), so
            # lookups on the slower path and writes never wait for the pages; a change
            # committed meanwhile moves the counter, and the catch-up below reads it.
            async with self.store.reading() as session:
                page = await repo.documents(
                    session, after=docs[-1].id if docs else None, limit=_LOAD_PAGE
                )
            docs.extend(doc for doc, _ in page)
            if len(page) < _LOAD_PAGE:
                break
        index = await asyncio.to_thread(self._build, docs, revision, watermark)
        del docs
        self.index, self._watermark, self._ready, self.loaded_from = index, watermark, True, "build"
        self._caught_up = (revision, watermark)
        # Changes committed while reading and building (this process's own included: they
        # went to the index just replaced) moved the counter; only then does this read rows.
        await self.refresh()
        self.load_seconds = time.perf_counter() - started
        log.info(
            "knowledge index loaded",
            extra={"entries": len(index), "seconds": round(self.load_seconds, 3)},
        )
        return len(index)

    def _build(
        self, docs: list[Document], revision: int, watermark: datetime | None
    ) -> LookupIndex:
        """Build the index and save it, before anything else can reach it (worker thread)."""
        index = LookupIndex.from_documents(docs)
        self._save(index, revision, watermark)
        return index

    async def refresh(self) -> int:
        """Catch up with changes committed elsewhere since the last load; returns how many
        entries it changed in the index.

        Two small queries when neither the store's change counter nor its latest change
        moved since the index last caught up. Else the rows changed since a little before
        the last change seen are read, and only those that differ from what the index holds
        are indexed again: after a large import they are all in that window, and indexing
        them anew would cost more than building the index did.
        """
        if not self._ready:
            return 0  # the load under way reads them
        # Look a little before the last change seen: a transaction stamps its rows before it
        # commits, so a slow import may land with times older than a change already read.
        since = (self._watermark or _EPOCH) - _REFRESH_OVERLAP
        async with self.store.reading() as session:  # reads only: waits for no writer
            # Read before the rows: a change committed after them moves the counter again,
            # and the next refresh reads it.
            mark = (await repo.revision(session), await repo.latest_change(session))
            if mark == self._caught_up:
                return 0
            changed = await repo.documents(session, changed_since=since)
        applied = 0
        for doc, status in changed:
            if status == "published":
                if self.index.get(doc.id) != doc:
                    self.index.upsert(doc)
                    applied += 1
            elif doc.id in self.index:
                self.index.remove(doc.id)
                applied += 1
        self._watermark, self._caught_up = mark[1], mark
        return applied

    def indexed(self, entry: Entry) -> None:
        """Bring the index in step with a change to ``entry`` just committed."""
        if entry.status == "published":
            self.index.upsert(to_document(entry.id, entry.content, network=entry.own_network))
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
        """Ranked published entries for ``query``; with ``record_gap`` (someone's lookup) it
        is counted for the reports, and one that finds nothing for ``!tool gaps`` too (numbers
        and the normalised query only, in the asker's ``network``).

        ``network``'s own entries come before shared ones of similar relevance; other
        networks' own entries are never returned."""
        index = self.index if self._ready else await self._slow_index(query)
        result: SearchResult = index.search(
            query,
            filters=filters,
            prefer_lang=prefer_lang,
            prefer_country=prefer_country,
            prefer_network=network,
            visible_to=network,
            limit=limit,
            offset=offset,
        )
        if record_gap and offset == 0:
            found = result.total > 0
            await self._count_lookup(None if found else normalise_query(query, filters), network)
        return await self._page(result, offset, network)

    async def _slow_index(self, query: str) -> LookupIndex:
        """While the index loads: a small index of the entries whose title or summary holds a
        word of ``query`` (a database scan), ranked as the full index would rank them."""
        words = list(dict.fromkeys(tokenize(query) or tokenize(query, keep_stop_words=True)))
        async with self.store.reading() as session:  # waits for no writer on SQLite
            docs = await repo.documents_like(session, words[:_SLOW_WORDS], limit=_SLOW_ROWS)
        return LookupIndex.from_documents(docs)

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
        """Published entries the filters alone select (no query), exact matches first, then
        ``network``'s own."""
        result = self.index.browse(
            filters=filters,
            prefer_lang=prefer_lang,
            prefer_country=prefer_country,
            prefer_network=network,
            visible_to=network,
            limit=limit,
            offset=offset,
        )
        return await self._page(result, offset, network)

    async def _page(self, result: SearchResult, offset: int, network: str) -> LookupPage:
        """The stored entries of ``result``'s hits, in its order, but for another network's
        own entries: a network's entries are found there only, unless shared (the index
        leaves them out already; the store decides, should the index lag behind it)."""
        ids = [hit.id for hit in result.hits]
        entries: dict[str, Entry] = {}
        if ids:
            async with self.store.reading() as session:  # a lookup waits for no writer
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

    async def _count_lookup(self, gap: str | None, network: str) -> None:
        """Count a lookup, and ``gap`` (its normalised query) when it found nothing; losing
        one count (two first askers at once) is acceptable, failing the user's lookup over it
        is not."""
        try:
            async with self.store.session() as session:
                now = self.clock.now()
                await repo.count_lookup(session, now, network, found=gap is None)
                if gap:
                    await repo.record_gap(session, gap, now, network)
        except StoreError:
            log.warning("lookup not counted", exc_info=True)

    def complete(
        self, prefix: str, *, limit: int = 25, network: str | None = None
    ) -> list[Completion]:
        """Entries for what is being typed (autocomplete); titles from the index, no I/O.
        Typed in ``network``, other networks' own entries are not offered."""
        out: list[Completion] = []
        for hit in self.index.complete(prefix, limit=limit, visible_to=network):
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
            own = plan.own_networks.get(entry_id, "")
            self.index.upsert(to_document(entry_id, content, network=own))
        return report

    async def export_file(self, path: Path) -> int:
        """Write every published entry to ``path`` (format by extension); returns the count."""
        async with self.store.session() as session:
            entries = await repo.published(session)
        write_file(path, [(e.id, e.content) for e in entries])
        return len(entries)
