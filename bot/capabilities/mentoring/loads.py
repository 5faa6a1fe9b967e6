"""The mentors' loads kept in memory between requests, and the change counter that says when
they are stale.

Ranking needs every mentor's slots in use and when they were last proposed. Reading them whole
(an aggregate over every proposal, thousands of rows) cost more than everything else a
``!match`` does, yet between two requests they change by a proposal or two. So
:class:`LoadCache` keeps them, and re-reads them only when the counter ``mentoring_revision``
moved past what it holds.

The counter is bumped by every transaction that changed a proposal in a way a load can see
(status, end, mentor, request, creation time), in any vetbot process: the session hooks here
watch what a transaction flushes and executes, and bump the counter as its very last statement
before the commit (taken last, the row's lock is held only for the commit, so it never joins a
circle of waits). After the commit, the value the bump returned tells whether this process's
own transaction came right after the state the cache holds (``value == stamp + 1``): then its
own changes, followed attribute by attribute, are laid over the cache and nothing is re-read;
otherwise someone else changed proposals too, and the next request re-reads.

A stale load can only misrank: proposing counts the candidates' slots again under a lock
(:func:`.store.lock_free_slots`), so it never overbooks. A write made outside vetbot's code
(a hand-made SQL fix) does not bump the counter; kept loads are re-read at least every
:data:`MAX_AGE` seconds for that case.
"""

from __future__ import annotations

import functools
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from itertools import chain
from typing import Any

from sqlalchemy import event, update
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, attributes

from bot.capabilities.mentoring import store as repo
from bot.capabilities.mentoring.tables import (
    ACCEPTED,
    PENDING,
    PROFILES,
    PROPOSALS,
    MatchRequest,
    MentoringRevision,
    Profile,
    Proposal,
)
from bot.store.models import Person

#: Seconds kept loads are trusted without a re-read, for writers that do not bump the counter.
MAX_AGE = 600.0
#: Own changes laid over the cache before it starts a new generation (views rebuild once).
MAX_CHANGES = 1000
#: The proposal columns a load depends on (``sent_at``, ``deadline_at`` … do not count).
WATCHED = frozenset({"status", "ended_at", "mentor_id", "request_id", "created_at"})
#: Changing these may move a last-proposal time back: the loads are read again.
_MOVED = ("mentor_id", "request_id", "created_at")
_INFO = "mentoring.loads"


@dataclass(slots=True)
class Changes:
    """What one transaction did to the loads: slots in use gained or freed per (mentor, kind),
    new last-proposal times per mentor; ``unknown`` when it changed them in a way not followed
    (a bulk statement, a deleted row), so they must be read again."""

    load: dict[tuple[int, str], int] = field(default_factory=dict)
    last: dict[int, datetime] = field(default_factory=dict)
    unknown: bool = False
    #: Whether the transaction changed proposals at all, and profiles.
    proposals: bool = False
    profiles: bool = False
    #: The proposals' counter value the transaction's bump returned.
    revision: int | None = None

    def add(self, key: tuple[int, str] | None, delta: int) -> None:
        if key is not None and delta:
            self.load[key] = self.load.get(key, 0) + delta


class LoadCache:
    """Slots in use per (mentor, kind) and last proposals per mentor, kept between calls.

    ``keep=False`` reads them whole at every call (as before the cache; benchmarks compare).
    ``version`` changes at every whole read; ``changes`` lists the own transactions laid over
    the state since, in order, so a view built from an earlier state can catch up cheaply.
    """

    def __init__(self, *, keep: bool = True) -> None:
        self.keep = keep
        self.stamp: int | None = None
        self.load: dict[tuple[int, str], int] = {}
        self.last: dict[int, datetime] = {}
        self.version = 0
        self.changes: list[Changes] = []
        self._read_at = 0.0

    def clear(self) -> None:
        """Forget the kept state: the next call reads it whole."""
        self.stamp = None

    async def refresh(self, session: AsyncSession, revision: int | None) -> bool:
        """Bring the state up to date for the proposals' counter at ``revision`` (read by the
        caller): nothing to read when it did not move, else a whole read (true). A whole read
        inside a transaction that changed proposals already holds those uncommitted changes:
        it serves this call, and the next one reads again."""
        if not self.keep:
            self.load, self.last = await repo.loads(session)
            self.version += 1
            return True
        bind = session.bind
        watch(bind.sync_engine if isinstance(bind, AsyncEngine) else None, self)
        fresh = self.stamp is not None and time.monotonic() - self._read_at < MAX_AGE
        if fresh and revision == self.stamp:
            return False
        self.stamp, self.load, self.last = await repo.loads_at_revision(session)
        if pending(session) is not None:
            self.stamp = None
        self.version += 1
        self.changes = []
        self._read_at = time.monotonic()
        return True

    def committed(self, changes: Changes) -> None:
        """A transaction of this process committed ``changes``: lay them over the state when
        it is the very next change after it; otherwise the next call reads again."""
        if (
            self.stamp is None
            or changes.unknown
            or changes.revision is None
            or changes.revision != self.stamp + 1
        ):
            return
        for key, delta in changes.load.items():
            self.load[key] = self.load.get(key, 0) + delta  # 0 stays, as a whole read has it
        for person_id, when in changes.last.items():
            if person_id not in self.last or when > self.last[person_id]:
                self.last[person_id] = when
        self.stamp = changes.revision
        if len(self.changes) >= MAX_CHANGES:
            self.version += 1
            self.changes = []
        else:
            self.changes.append(changes)


# --- following every transaction's changes ----------------------------------------------------

#: The caches to tell about commits, per engine (each app's store has its own engine).
_caches: weakref.WeakKeyDictionary[Engine, weakref.WeakSet[LoadCache]] = weakref.WeakKeyDictionary()


def watch(engine: Engine | None, cache: LoadCache) -> None:
    """Tell ``cache`` about this process's commits on ``engine`` from now on."""
    if engine is not None:
        _caches.setdefault(engine, weakref.WeakSet()).add(cache)


def pending(session: AsyncSession) -> Changes | None:
    """The changes ``session``'s transaction made to proposals so far (flushed, not yet
    committed), or ``None``."""
    found = session.sync_session.info.get(_INFO)
    return found if isinstance(found, Changes) and found.proposals else None


def _changes(session: Session, *, proposals: bool = True) -> Changes:
    """The session's record of changes (``proposals``: one to proposals is being noted)."""
    found = session.info.get(_INFO)
    if found is None:
        found = session.info[_INFO] = Changes()
    assert isinstance(found, Changes)
    found.proposals |= proposals
    return found


def _value(state: Any, name: str, *, before: bool) -> Any:
    """A loaded row's attribute before or after the pending flush; ``KeyError`` if the
    value is not in memory."""
    history = state.attrs[name].history
    if not history.has_changes():
        if history.unchanged:
            return history.unchanged[0]
        raise KeyError(name)
    if before:
        if history.deleted:
            return history.deleted[0]
        raise KeyError(name)
    return history.added[0] if history.added else None


def _slot(session: Session, value: Callable[[str], Any]) -> tuple[int, str] | None:
    """The (mentor, kind) whose slot a proposal with these attribute values holds, or
    ``None`` when it holds none; ``KeyError`` when its request is not in memory."""
    status, ended, mentor = value("status"), value("ended_at"), value("mentor_id")
    if mentor is None or not (status == PENDING or (status == ACCEPTED and ended is None)):
        return None
    request_id = value("request_id")
    request = session.identity_map.get(Session.identity_key(MatchRequest, request_id))
    if not isinstance(request, MatchRequest):
        raise KeyError("request")
    return (int(mentor), request.kind)


def _proposals(session: Session) -> Iterator[tuple[Proposal, bool]]:
    """The proposals of the pending flush, each with whether it is a new row."""
    for obj in chain(session.new, session.dirty, session.deleted):
        if isinstance(obj, Proposal):
            yield obj, obj in session.new


def _after_flush(session: Session, _context: Any) -> None:
    if any(isinstance(o, Profile) for o in chain(session.new, session.dirty, session.deleted)):
        _changes(session, proposals=False).profiles = True
    for proposal, new in _proposals(session):
        if proposal in session.deleted:
            _changes(session).unknown = True
            continue
        state = attributes.instance_state(proposal)
        if not new and not any(state.attrs[name].history.has_changes() for name in WATCHED):
            continue  # only its delivery or deadline changed
        changes = _changes(session)
        try:
            if new:
                changes.add(_slot(session, state.dict.get), +1)
                mentor, when = proposal.mentor_id, proposal.created_at
                if mentor is not None and (
                    mentor not in changes.last or when > changes.last[mentor]
                ):
                    changes.last[mentor] = when
                continue
            if any(state.attrs[name].history.has_changes() for name in _MOVED):
                raise KeyError("moved")  # a last-proposal time may go back: read again
            changes.add(_slot(session, partial(_value, state, before=True)), -1)
            changes.add(_slot(session, partial(_value, state, before=False)), +1)
        except KeyError:
            changes.unknown = True


def _touches_loads(statement: Any) -> bool:
    """Whether a bulk UPDATE of proposals sets a column a load depends on (unsure: yes)."""
    values = getattr(statement, "_values", None)
    if not isinstance(values, dict) or not values:
        return True
    return any(getattr(column, "key", column) in WATCHED for column in values)


def _on_execute(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    table = getattr(getattr(state.statement, "table", None), "name", None)
    if table == Profile.__tablename__:
        _changes(state.session, proposals=False).profiles = True
        return
    if table == Proposal.__tablename__:
        if state.is_update and not _touches_loads(state.statement):
            return
    elif not state.is_delete or table not in (MatchRequest.__tablename__, Person.__tablename__):
        return
    # Deleting a request or a person cascades to proposals (and a person's profiles).
    changes = _changes(state.session)
    changes.unknown = True
    changes.profiles |= table == Person.__tablename__


def _before_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return
    session.flush()  # what commit would flush next: the counter must come after it
    changes = session.info.get(_INFO)
    if not isinstance(changes, Changes):
        return
    # One row at a time, in id order: two transactions bumping both never wait in a circle.
    for row, changed in ((PROPOSALS, changes.proposals), (PROFILES, changes.profiles)):
        if not changed:
            continue
        value = session.execute(_bump(row)).scalar()
        if row == PROPOSALS:
            changes.revision = None if value is None else int(value)


@functools.cache
def _bump(row: int) -> Any:
    """The counter ``row``'s bump, built once (it runs with every change to proposals)."""
    return (
        update(MentoringRevision)
        .where(MentoringRevision.id == row)
        .values(value=MentoringRevision.value + 1)
        .returning(MentoringRevision.value)
        .execution_options(synchronize_session=False)
    )


def _after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return
    changes = session.info.pop(_INFO, None)
    bind = session.bind
    if not isinstance(changes, Changes) or not isinstance(bind, Engine):
        return
    for cache in list(_caches.get(bind, ())):
        cache.committed(changes)


def _after_soft_rollback(session: Session, previous: SessionTransaction) -> None:
    changes = session.info.get(_INFO)
    if not isinstance(changes, Changes):
        return
    if previous.nested:
        changes.unknown = True  # what the savepoint undid is still counted: read again
    elif previous.parent is None:
        session.info.pop(_INFO, None)


def install() -> None:
    """Follow every session's proposal changes (once per process; idempotent)."""
    hooks = (
        ("after_flush", _after_flush),
        ("do_orm_execute", _on_execute),
        ("before_commit", _before_commit),
        ("after_commit", _after_commit),
        ("after_soft_rollback", _after_soft_rollback),
    )
    for name, hook in hooks:
        if not event.contains(Session, name, hook):
            event.listen(Session, name, hook)


install()
