"""Suggestions and their review: the queue coordinators work through, and edits.

``!tool suggest`` puts a link into the queue (status ``pending``); a coordinator approves
(publishes), rejects (with a reason the suggester is told), archives or edits entries. Every
change is one transaction that also writes the audit log; the lookup index follows after
the commit (:meth:`KnowledgeService.indexed <.service.KnowledgeService.indexed>`).

Failures the user can fix are raised as keyed ``NotFound`` / ``Conflict`` errors of
:mod:`bot.errors` or :class:`~.model.InvalidEntry`; outcomes are the values of :mod:`.model`.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz
from sqlalchemy.ext.asyncio import AsyncSession

from bot.actors import Actor
from bot.capabilities.knowledge import store as repo
from bot.capabilities.knowledge.model import (
    MAX_PENDING_PER_PERSON,
    SIMILAR_TITLE,
    InvalidEntry,
    Outcome,
    QueueItem,
    Suggested,
    field_label,
    field_name,
    shown_value,
)
from bot.capabilities.knowledge.service import KnowledgeService
from bot.capabilities.knowledge.tables import KnowledgeEntry
from bot.errors import Conflict, NotFound
from bot.messages import Msg
from bot.networks import check_scope, within
from bot.outbox import owe_dm
from bot.ports import Clock
from bot.settings import DEFAULT_NETWORK
from bot.store import Store
from bot.store.people import audit_by, ensure_person
from knowledge.errors import Problem
from knowledge.records import CONTENT_FIELDS, LIST_FIELDS, Entry, parse_content, url_key
from knowledge.text import tokenize


def _told(entry: Entry, action: str, reason: str) -> Msg:
    """What the suggester is told about their suggestion's review."""
    if action == "approve":
        return Msg.of("knowledge.approved_dm", title=entry.content.title, id=entry.id)
    return Msg.of(
        "knowledge.rejected_dm", title=entry.content.title, url=entry.content.url, reason=reason
    )


class ReviewService:
    """Suggestions, the review queue and coordinators' changes to entries.

    Shares the store, the clock and the lookup index of ``knowledge``.
    """

    def __init__(self, knowledge: KnowledgeService) -> None:
        self.knowledge = knowledge
        self.store: Store = knowledge.store
        self.clock: Clock = knowledge.clock

    async def suggest(
        self,
        actor: Actor,
        *,
        url: str,
        title: str,
        summary: str,
        network: str = DEFAULT_NETWORK,
    ) -> Suggested:
        """Put a suggestion made in ``network`` in that network's review queue (status
        ``pending``).

        Refused (``Conflict``) when its link is already in the store, published,
        waiting or archived (a rejected one may be suggested again), or when the person already
        has :data:`MAX_PENDING_PER_PERSON` suggestions waiting. A near-duplicate *title* is
        queued anyway and reported in ``similar``: two resources may share a name (national
        editions), and a coordinator decides.
        """
        content, problems = parse_content({"url": url, "title": title, "summary": summary})
        if content is None:
            raise InvalidEntry(problems)
        if not content.url:
            raise InvalidEntry([Problem(row=0, field="url", code="required")])
        now = self.clock.now()
        async with self.store.session() as session:
            await self._refuse_known_url(session, content.url, exclude=None)
            person = await ensure_person(session, actor.platform, actor.user_id, actor.name, now)
            if await repo.pending_by(session, person.id) >= MAX_PENDING_PER_PERSON:
                raise Conflict.keyed("knowledge.suggest_too_many", limit=MAX_PENDING_PER_PERSON)
            similar = await self._similar_titles(session, content.title, exclude=None)
            entry = await repo.add_suggestion(
                session, content, person_id=person.id, now=now, network=network
            )
        return Suggested(entry=entry, similar=similar)

    async def _refuse_known_url(self, session: AsyncSession, url: str, exclude: str | None) -> None:
        key = url_key(url)
        found = await repo.by_url_keys(
            session, {key}, statuses=("published", "pending", "archived")
        )
        for other in found.get(key, []):
            if other.id == exclude:
                continue
            raise Conflict.keyed(
                f"knowledge.duplicate_url_{other.status}", id=other.id, title=other.content.title
            )

    async def _similar_titles(
        self, session: AsyncSession, title: str, exclude: str | None
    ) -> tuple[Entry, ...]:
        index = self.knowledge.index
        ids = [hit.id for hit in index.suggest_similar(title, threshold=SIMILAR_TITLE)]
        wanted = " ".join(tokenize(title))
        for pending in await repo.with_status(session, "pending", limit=500):
            other = " ".join(tokenize(pending.content.title))
            if other and fuzz.token_sort_ratio(wanted, other) >= SIMILAR_TITLE:
                ids.append(pending.id)
        ids = [i for i in dict.fromkeys(ids) if i != exclude]
        found = await repo.get_many(session, ids)
        return tuple(found[i] for i in ids if i in found)

    async def review_queue(
        self, *, limit: int = 10, actor: Actor | None = None
    ) -> tuple[list[QueueItem], int]:
        """The oldest pending suggestions (up to ``limit``) and how many wait in all, of the
        actor's networks (``None``: every one)."""
        only = within(actor)
        async with self.store.session() as session:
            pending = await repo.with_status(session, "pending", limit=limit, networks=only)
            total = await repo.count(session, status="pending", networks=only)
            items: list[QueueItem] = []
            for entry in pending:
                name = await repo.display_name(session, entry.added_by)
                similar = tuple(
                    hit.id
                    for hit in self.knowledge.index.suggest_similar(
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
        await self._check(actor, entry_id, f"knowledge.{action}")
        now = self.clock.now()
        async with self.store.session() as session:
            row = await self._row(session, entry_id)
            previous = row.status
            if previous == status:
                raise Conflict.keyed(f"knowledge.already_{status}", id=row.id)
            if action == "reject" and previous != "pending":
                raise Conflict.keyed("knowledge.reject_not_pending", id=row.id, status=previous)
            if action == "approve" and previous == "pending":
                await self._refuse_known_url(session, row.url, exclude=row.id)
            reviewer = await ensure_person(session, actor.platform, actor.user_id, actor.name, now)
            row.status = status
            row.updated_at = now
            if action in ("approve", "reject"):
                row.reviewed_by, row.reviewed_at = reviewer.id, now
                row.review_note = note[:2000]
            await audit_by(
                session,
                actor,
                at=now,
                action=f"knowledge.{action}",
                target=row.id,
                detail={"from": previous, "to": status},
                note=note,
            )
            entry = repo.entry_of(row)
            notify = None
            if previous == "pending" and action in ("approve", "reject"):
                notify = await repo.recipient(session, row.added_by, actor.platform)
            if notify is not None:
                # The suggester is owed the outcome: written with the change (bot.outbox).
                await owe_dm(
                    session,
                    platform=notify.platform,
                    user_id=notify.user_id,
                    user_name=notify.name,
                    person_id=row.added_by,
                    text=_told(entry, action, note),
                    now=now,
                    key=f"knowledge-{action}-{row.id}-{now.isoformat()}",
                    topic="knowledge.review",
                )
        self.knowledge.indexed(entry)
        return Outcome(entry=entry, previous=previous, notify=notify)

    async def edit(
        self, actor: Actor, entry_id: str, changes: Sequence[tuple[str, str]]
    ) -> Outcome:
        """Change one or more fields of an entry at once (validated together, like an import
        row); returns each field's old and new value. Nothing is stored when any is invalid."""
        names: list[tuple[str, str]] = []
        for field, value in changes:
            name = field_name(field)
            if name is None:
                raise InvalidEntry(
                    [
                        Problem(
                            row=0,
                            field=field[:30],
                            code="not_a_field",
                            params={"fields": ", ".join(CONTENT_FIELDS)},
                        )
                    ]
                )
            names.append((name, value))
        await self._check(actor, entry_id, "knowledge.edit")
        now = self.clock.now()
        async with self.store.session() as session:
            row = await self._row(session, entry_id)
            current = repo.content_of(row)
            raw: dict[str, object] = current.as_dict()
            for name, value in names:
                if name in LIST_FIELDS:
                    separator = ";" if ";" in value else ","
                    raw[name] = [item for item in value.split(separator) if item.strip()]
                else:
                    raw[name] = value
            content, problems = parse_content(raw)
            if content is None:
                raise InvalidEntry(problems)
            if content == current:
                raise Conflict.keyed(
                    "knowledge.edit_unchanged", id=row.id, field=Msg.of(field_label(names[0][0]))
                )
            if content.url and url_key(content.url) != row.url_key:
                await self._refuse_known_url(session, content.url, exclude=row.id)
            changed = tuple(
                (name, shown_value(current, name), shown_value(content, name))
                for name in dict.fromkeys(name for name, _ in names)
                if shown_value(current, name) != shown_value(content, name)
            )
            repo.set_content(row, content)
            row.updated_at = now
            for name, old, new in changed:
                await audit_by(
                    session,
                    actor,
                    at=now,
                    action="knowledge.edit",
                    target=row.id,
                    detail={"field": name, "old": old, "new": new},
                )
            entry = repo.entry_of(row)
        self.knowledge.indexed(entry)
        return Outcome(entry=entry, previous=entry.status, changed=changed)

    async def _check(self, actor: Actor, entry_id: str, action: str) -> None:
        """Refuse (and audit) ``action`` on an entry of a network the actor does not act in
        (read in its own transaction; an unknown id is left for the operation to report)."""
        if actor.scope.every:
            return
        async with self.store.session() as session:
            key = entry_id.strip().lower()[:64]
            row = await repo.get(session, key) if key else None
            network = row.network if row is not None else None
        if network is not None:
            await check_scope(
                self.store, actor, self.clock.now(), [network], action=action, target=key
            )

    async def _row(self, session: AsyncSession, entry_id: str) -> KnowledgeEntry:
        key = entry_id.strip().lower()[:64]
        row = await repo.get(session, key) if key else None
        if row is None:
            raise NotFound.keyed("knowledge.unknown_id", id=entry_id.strip()[:40])
        return row
