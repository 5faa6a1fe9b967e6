"""The transactional outbox: every message a state change owes someone, written with the change.

**Writing.** A service that owes a message (a proposal to a mentor, an introduction, "nobody
found", a notice to coordinators or to a prompt's author, a participation summary) calls
:func:`owe_dm` or :func:`owe_post` with the session of the change itself. The row commits or
rolls back with the change: nothing is owed that did not happen, nothing that happened is
owed silently. The text is a message value (:mod:`bot.messages`), rendered when delivered in
the reader's language. Each row has an idempotency key; writing the same key twice is a no-op.

**Delivering.** Only a process that holds the recipient's platform delivers (:class:`Relay`):
it claims due rows with one conditional ``UPDATE`` (with ``FOR UPDATE SKIP LOCKED`` on
PostgreSQL, so two processes never claim the same row; a claim is a lease that runs out, so a
row claimed by a process that died is taken over), hands each to the platform with the row's
key as the Matrix transaction id or Discord nonce (so a retry after a crash can never post
twice), marks it sent and empties its body. A failed delivery is retried with exponential
backoff; after ``MAX_ATTEMPTS`` the row is given up and the operator's coordinators are told.

**Hooks.** The capability that owes a message may register, for its topic, ``prepare`` (run
just before sending: extra parameters such as a deadline counted from delivery, or ``None``
when the message is no longer owed, e.g. a withdrawn proposal), ``delivered`` and
``abandoned`` (each in the transaction that records the outcome).

One-shot processes (``vetbot say``, CLI commands) write rows and deliver only what their own
command owes on the platform they hold; the running bot delivers the rest.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, and_, delete, false, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.actions import Action, Choice, Delivery, DirectMessage, Post
from bot.messages import Msg, Param, from_data, render, to_data
from bot.observability import redacted_traceback
from bot.ports import Clock
from bot.readers import Reader, moments_of, reader_for
from bot.settings import Settings
from bot.store import Store, dialect_insert
from bot.store.models import OutboxEntry, Person
from bot.store.people import find_person

log = logging.getLogger(__name__)

#: Attempts before a message is given up (about two hours of retries with the backoff below).
MAX_ATTEMPTS = 8
#: The first retry waits this long; each further one twice as long, at most ``MAX_BACKOFF``.
FIRST_BACKOFF = timedelta(seconds=30)
MAX_BACKOFF = timedelta(hours=1)
#: How long a claim holds: a process that died while sending loses its rows after this.
LEASE = timedelta(minutes=2)
#: Rows claimed at once.
BATCH = 50
#: Topic of the notice sent when a message is given up (never itself reported).
GAVE_UP = "outbox.gave_up"


@dataclass(frozen=True, slots=True, kw_only=True)
class Owed:
    """A row written while one incoming message was handled: its key and the platform it is
    delivered on (see :func:`collecting`)."""

    key: str
    platform: str


#: Rows written while one incoming message is handled (see :func:`collecting`).
_written: ContextVar[list[Owed] | None] = ContextVar("outbox_written", default=None)


def backoff(attempts: int) -> timedelta:
    """How long to wait before attempt ``attempts + 1``."""
    return cast(timedelta, min(FIRST_BACKOFF * (2 ** max(0, attempts - 1)), MAX_BACKOFF))


# --- writing ----------------------------------------------------------------------------------
async def owe_dm(
    session: AsyncSession,
    *,
    platform: str,
    user_id: str,
    text: Param,
    now: datetime,
    key: str | None = None,
    user_name: str = "",
    person_id: int | None = None,
    choices: Sequence[tuple[Param, Param, str | None]] = (),
    topic: str = "",
    ref: int | None = None,
) -> str:
    """Owe a direct message; ``choices`` are (label, command, emoji). Returns the key."""
    return await _owe(
        session,
        kind="dm",
        platform=platform,
        target=user_id,
        target_name=user_name,
        thread_id=None,
        person_id=person_id,
        body=_body(text, choices),
        now=now,
        key=key,
        topic=topic,
        ref=ref,
    )


async def owe_post(
    session: AsyncSession,
    *,
    platform: str,
    room_id: str,
    text: Param,
    now: datetime,
    key: str | None = None,
    room_name: str = "",
    thread_id: str | None = None,
    topic: str = "",
    ref: int | None = None,
    choices: Sequence[tuple[Param, Param, str | None]] = (),
) -> str:
    """Owe a post in a room (or a thread of it); ``choices`` are (label, command, emoji),
    offered to everyone in the room. Returns the key."""
    return await _owe(
        session,
        kind="post",
        platform=platform,
        target=room_id,
        target_name=room_name,
        thread_id=thread_id,
        person_id=None,
        body=_body(text, choices),
        now=now,
        key=key,
        topic=topic,
        ref=ref,
    )


def _body(text: Param, choices: Sequence[tuple[Param, Param, str | None]]) -> dict[str, Any]:
    body: dict[str, Any] = {"text": to_data(text)}
    if choices:
        body["choices"] = [
            {"label": to_data(label), "command": to_data(command), "emoji": emoji}
            for label, command, emoji in choices
        ]
    return body


async def _owe(session: AsyncSession, *, key: str | None, now: datetime, **values: Any) -> str:
    key = key or f"o-{uuid.uuid4().hex}"
    insert = dialect_insert(session)
    stmt = (
        insert(cast(Table, OutboxEntry.__table__))
        .values(
            key=key,
            created_at=now,
            due_at=None,
            attempts=0,
            error="",
            topic=values.pop("topic") or "",
            **values,
        )
        .on_conflict_do_nothing(index_elements=["key"])
    )
    await session.execute(stmt)
    written = _written.get()
    if written is not None:
        written.append(Owed(key=key, platform=values["platform"]))
    return key


async def in_flight(session: AsyncSession, key: str) -> bool:
    """Whether the message with ``key`` is claimed for delivery and not recorded as sent: being
    sent right now, or claimed by a process that died before it could record the outcome (it
    may have reached its reader)."""
    claimed = await session.scalar(
        select(OutboxEntry.id).where(
            OutboxEntry.key == key,
            OutboxEntry.sent_at.is_(None),
            OutboxEntry.claimed_until.is_not(None),
        )
    )
    return claimed is not None


@contextlib.contextmanager
def collecting() -> Any:
    """Collect the rows written inside the block (the messages one command owes), as
    :class:`Owed` values."""
    owed: list[Owed] = []
    token = _written.set(owed)
    try:
        yield owed
    finally:
        _written.reset(token)


# --- delivering -------------------------------------------------------------------------------
Prepare = Callable[[AsyncSession, OutboxEntry, datetime], Awaitable[Mapping[str, Param] | None]]
Outcome = Callable[[AsyncSession, OutboxEntry, datetime], Awaitable[None]]
Perform = Callable[[Action], Awaitable[Delivery | None]]


@dataclass(slots=True, kw_only=True)
class _Plan:
    """One claimed row on its way: the action rendered for it, then what became of it."""

    id: int
    attempts: int
    action: Action
    result: Delivery | None = None
    error: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Hooks:
    """What the owner of a topic wants done around a delivery (see the module doc)."""

    prepare: Prepare | None = None
    delivered: Outcome | None = None
    abandoned: Outcome | None = None

    @staticmethod
    def later(load: Callable[[], Hooks]) -> Hooks:
        """Hooks whose owner's code is imported at the first delivery of its topic: each
        runs the same hook of ``load()`` (a hook it has not: as if there were none)."""

        async def prepare(
            session: AsyncSession, entry: OutboxEntry, now: datetime
        ) -> Mapping[str, Param] | None:
            hook = load().prepare
            return {} if hook is None else await hook(session, entry, now)

        async def delivered(session: AsyncSession, entry: OutboxEntry, now: datetime) -> None:
            hook = load().delivered
            if hook is not None:
                await hook(session, entry, now)

        async def abandoned(session: AsyncSession, entry: OutboxEntry, now: datetime) -> None:
            hook = load().abandoned
            if hook is not None:
                await hook(session, entry, now)

        return Hooks(prepare=prepare, delivered=delivered, abandoned=abandoned)


class Relay:
    """Delivers owed messages for the platforms this process holds."""

    def __init__(
        self,
        *,
        store: Store,
        clock: Clock,
        settings: Settings,
        perform: Perform,
        held: Callable[[], Iterable[str]],
        hooks: dict[str, Hooks] | None = None,
        room_reader: Callable[[str, str], Reader] | None = None,
    ) -> None:
        self.store = store
        #: Whom a post in a room (platform, room id) is written for; ``None``: the bot's
        #: language and zone.
        self.room_reader = room_reader
        self.clock = clock
        self.settings = settings
        self.perform = perform
        self.held = held
        self.name = f"relay-{uuid.uuid4().hex[:12]}"
        self.hooks: dict[str, Hooks] = {} if hooks is None else hooks
        self._wake = asyncio.Event()
        self._finishing = False
        self._lock = asyncio.Lock()

    def finish(self) -> None:
        """Let :meth:`run` end after the round in hand (what it claimed is sent and recorded,
        not left to another process's lease)."""
        self._finishing = True
        self._wake.set()

    def kick(self) -> None:
        """Ask the running loop to look for due rows now."""
        self._wake.set()

    async def run(self, poll_seconds: float) -> None:
        """Deliver until cancelled: when kicked, and every ``poll_seconds`` for rows written by
        other processes or falling due after a backoff."""
        while True:
            try:
                await self.flush()
            except Exception as exc:
                log.error(
                    "outbox delivery round failed", extra={"traceback": redacted_traceback(exc)}
                )
            if self._finishing:
                return
            # asyncio.wait, not wait_for: on Python 3.11 wait_for can swallow a cancellation
            # that arrives as the event is set, and the loop would never end.
            woken = asyncio.ensure_future(self._wake.wait())
            try:
                await asyncio.wait({woken}, timeout=poll_seconds)
            finally:
                woken.cancel()
            self._wake.clear()

    def deliverable(self, owed: Iterable[Owed]) -> list[str]:
        """The keys of the ``owed`` rows this process delivers (on a platform it holds):
        a flush of the others would only look for rows it may not claim."""
        held = set(self.held())
        return [o.key for o in owed if o.platform in held]

    async def flush(self, keys: Sequence[str] | None = None) -> int:
        """Deliver the due rows (only those with ``keys`` when given); returns how many went
        out. Rounds run one at a time in this process; other processes skip claimed rows."""
        platforms = sorted(set(self.held()))
        if not platforms or (keys is not None and not keys):
            return 0
        sent = 0
        async with self._lock:
            while True:
                claimed = await self._claim(platforms, keys)
                if claimed:
                    sent += await self._deliver(claimed)
                if len(claimed) < BATCH:
                    return sent

    async def _claim(self, platforms: Sequence[str], keys: Sequence[str] | None) -> list[int]:
        """Claim up to ``BATCH`` due rows for this process (a lease of ``LEASE``)."""
        now = self.clock.now()
        async with self.store.session() as session:
            due = (
                select(OutboxEntry.id)
                .where(
                    OutboxEntry.sent_at.is_(None),
                    OutboxEntry.given_up_at.is_(None),
                    OutboxEntry.platform.in_(platforms),
                    or_(OutboxEntry.due_at.is_(None), OutboxEntry.due_at <= now),
                    or_(OutboxEntry.claimed_until.is_(None), OutboxEntry.claimed_until < now),
                )
                .order_by(OutboxEntry.id)
                .limit(BATCH)
            )
            if keys is not None:
                due = due.where(OutboxEntry.key.in_(list(keys)))
            if session.get_bind().dialect.name == "postgresql":
                due = due.with_for_update(skip_locked=True)
            # One conditional UPDATE: a row another process claimed meanwhile no longer matches.
            claimed = await session.execute(
                update(OutboxEntry)
                .where(
                    OutboxEntry.id.in_(due.scalar_subquery()),
                    OutboxEntry.sent_at.is_(None),
                    or_(OutboxEntry.claimed_until.is_(None), OutboxEntry.claimed_until < now),
                )
                .values(
                    claimed_by=self.name,
                    claimed_until=now + LEASE,
                    attempts=OutboxEntry.attempts + 1,
                )
                .returning(OutboxEntry.id)
                .execution_options(synchronize_session=False)
            )
            return sorted(claimed.scalars())

    async def _deliver(self, ids: Sequence[int]) -> int:
        """Deliver claimed rows one at a time: renew the row's lease and render it in one
        transaction, hand it to its platform, record the outcome in another.

        A batch can take longer than a lease (a platform's rate limit, a slow network), and a
        row whose lease ran out may be claimed by another process meanwhile: renewing the lease
        right before each send, and recording each outcome right after it, means this process
        sends a row only while it holds it, and never sends again a row it already sent."""
        sent = 0
        for entry_id in ids:
            plan = await self._prepare(entry_id)
            if plan is None:
                continue
            try:
                plan.result = await self.perform(plan.action)
                plan.error = "" if plan.result is not None else "not delivered"
            except Exception as exc:
                plan.error = exc.__class__.__name__
                log.warning(
                    "outbox delivery raised",
                    extra={"entry": plan.id, "platform": plan.action.platform, "error": plan.error},
                )
            async with self.store.session() as session:
                sent += await self._record(session, plan, self.clock.now())
        return sent

    async def _prepare(self, entry_id: int) -> _Plan | None:
        """Renew this process's lease on the row and render it; ``None`` when the row is no
        longer this process's to send (sent, or taken over after the lease ran out) or no
        longer owed (its hook says so: the row is closed as withdrawn)."""
        now = self.clock.now()
        async with self.store.session() as session:
            renewed = await session.execute(
                update(OutboxEntry)
                .where(
                    OutboxEntry.id == entry_id,
                    OutboxEntry.claimed_by == self.name,
                    OutboxEntry.sent_at.is_(None),
                    OutboxEntry.given_up_at.is_(None),
                )
                .values(claimed_until=now + LEASE)
                .returning(OutboxEntry.id)
                .execution_options(synchronize_session=False)
            )
            if renewed.scalar() is None:
                return None
            entry = await session.get(OutboxEntry, entry_id)
            if entry is None:
                return None
            hooks = self.hooks.get(entry.topic)
            extra: Mapping[str, Param] | None = {}
            if hooks is not None and hooks.prepare is not None:
                extra = await hooks.prepare(session, entry, now)
            if extra is None:  # no longer owed (withdrawn meanwhile)
                entry.given_up_at, entry.error, entry.body = now, "withdrawn", {}
                entry.target, entry.target_name, entry.person_id = "", "", None
                entry.claimed_until = None
                return None
            action = self._action(entry, await self._reader(session, entry), extra)
            return _Plan(id=entry.id, attempts=entry.attempts, action=action)

    async def _record(self, session: AsyncSession, plan: _Plan, now: datetime) -> int:
        """Write one delivery's outcome (and run its topic's hook); 1 if it went out."""
        entry = await session.get(OutboxEntry, plan.id, with_for_update=True)
        if entry is None or entry.claimed_by != self.name or entry.sent_at is not None:
            return 0
        hooks = self.hooks.get(entry.topic)
        entry.claimed_until = None
        if plan.result is not None:
            entry.sent_at, entry.message_id, entry.body = now, plan.result.message_id, {}
            # Sent: the key keeps it from being sent again; who it went to is not kept.
            entry.target, entry.target_name, entry.person_id = "", "", None
            entry.error = ""
            if hooks is not None and hooks.delivered is not None:
                await hooks.delivered(session, entry, now)
            return 1
        entry.error = plan.error[:200]
        if plan.attempts < MAX_ATTEMPTS:
            entry.due_at = now + backoff(plan.attempts)
            return 0
        entry.given_up_at = now
        log.error(
            "outbox gave up on a message",
            extra={"entry": plan.id, "topic": entry.topic, "platform": entry.platform},
        )
        if hooks is not None and hooks.abandoned is not None:
            await hooks.abandoned(session, entry, now)
        if entry.topic != GAVE_UP:
            await owe_coordinators(
                session,
                self.settings,
                Msg.of(
                    "core.outbox_gave_up",
                    platform=entry.platform,
                    attempts=plan.attempts,
                    what=entry.topic or entry.kind,
                ),
                now=now,
                topic=GAVE_UP,
            )
        return 0

    async def _reader(self, session: AsyncSession, entry: OutboxEntry) -> Reader:
        """Whom the row is rendered for (:mod:`bot.readers`): a direct message's recipient, by
        their person or, for someone known only by account (a coordinator named in
        ``bot.toml``), by that account; a post is written for its room (its language and zone,
        :func:`bot.readers.reader_of_room`)."""
        if entry.kind == "post":
            if self.room_reader is not None:
                return self.room_reader(entry.platform, entry.target)
            return reader_for(self.settings, None)
        person: Person | None = None
        if entry.person_id is not None:
            person = await session.get(Person, entry.person_id)
        elif entry.kind == "dm" and entry.target:
            person = await find_person(session, entry.platform, entry.target)
        return reader_for(self.settings, person)

    def _action(self, entry: OutboxEntry, reader: Reader, extra: Mapping[str, Param]) -> Action:
        prefix = self.settings.bot.prefix
        lang, zone = reader.lang, reader.zone
        # Moments in the text as the platform writes them (its clients show each reader their
        # own zone); button labels are plain text everywhere.
        moments = moments_of(self.settings, entry.platform)
        text = from_data(entry.body.get("text"))
        rendered = render(text, lang, prefix, extra, zone=zone, moments=moments)
        choices = tuple(
            Choice(
                label=render(from_data(c.get("label")), lang, prefix, zone=zone),
                command=render(from_data(c.get("command")), lang, prefix, zone=zone),
                emoji=c.get("emoji"),
            )
            for c in entry.body.get("choices", ())
        )
        if entry.kind == "post":
            return Post(
                platform=entry.platform,
                room_id=entry.target,
                room_name=entry.target_name,
                thread_id=entry.thread_id,
                text=rendered,
                key=entry.key,
                choices=choices,
            )
        return DirectMessage(
            platform=entry.platform,
            user_id=entry.target,
            user_name=entry.target_name,
            text=rendered,
            choices=choices,
            key=entry.key,
        )


async def owe_coordinators(
    session: AsyncSession,
    settings: Settings,
    text: Param,
    *,
    now: datetime,
    topic: str = "",
    key: str | None = None,
    network: str | None = None,
) -> int:
    """Owe ``text`` to the coordinators of ``network`` (its listed coordinators and admins)
    when networks are configured and it lists any, else to every ``[permissions]
    coordinator_users`` entry; returns how many."""
    count = 0
    users = settings.permissions.coordinator_users
    own = settings.networks.get(network) if network is not None else None
    if own is not None and (own.coordinators or own.admins):
        users = tuple(dict.fromkeys((*own.coordinators, *own.admins)))
    for entry in users:
        platform, sep, user_id = entry.partition(":")
        if sep and user_id:
            await owe_dm(
                session,
                platform=platform,
                user_id=user_id,
                text=text,
                now=now,
                topic=topic,
                key=f"{key}-{entry}" if key else None,
            )
            count += 1
    return count


# --- personal data ----------------------------------------------------------------------------
def _addressed_to(person_id: int | None, identities: Iterable[tuple[str, str]]) -> Any:
    conditions = [
        and_(OutboxEntry.platform == platform, OutboxEntry.target == user_id)
        for platform, user_id in identities
    ]
    if person_id is not None:
        conditions.append(OutboxEntry.person_id == person_id)
    return or_(false(), *conditions)


async def export_person(
    session: AsyncSession, person_id: int | None, identities: Iterable[tuple[str, str]]
) -> list[dict[str, Any]]:
    """The messages still owed to the person (for ``!mydata``): what and since when."""
    rows = await session.execute(
        select(OutboxEntry.topic, OutboxEntry.platform, OutboxEntry.created_at)
        .where(_addressed_to(person_id, list(identities)), OutboxEntry.sent_at.is_(None))
        .order_by(OutboxEntry.id)
    )
    return [
        {"about": topic or "message", "platform": platform, "written_at": created.isoformat()}
        for topic, platform, created in rows
    ]


async def erase_person(
    session: AsyncSession, person_id: int | None, identities: Iterable[tuple[str, str]]
) -> None:
    """Drop every outbox row addressed to the person (for ``!forgetme``)."""
    await session.execute(
        delete(OutboxEntry)
        .where(_addressed_to(person_id, list(identities)))
        .execution_options(synchronize_session=False)
    )
