"""Core tables: people, their platform identities, and the audit log.

One person may have several identities (a Discord account and a Matrix account). Capabilities
keep their own tables in their own modules and refer to ``people.id``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.store.base import Base, UTCDateTime


class Person(Base):
    """Someone the bot keeps data about (only once they use a feature that needs it)."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    country: Mapped[str | None] = mapped_column(String(8), nullable=True)
    #: The IANA time zone the person chose (``!timezone``); ``None``: the bot's.
    timezone: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    identities: Mapped[list[Identity]] = relationship(
        back_populates="person", cascade="all, delete-orphan", lazy="selectin"
    )


class Identity(Base):
    """A person's account on one platform; (platform, user_id) is unique."""

    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("platform", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    person: Mapped[Person] = relationship(back_populates="identities")


class AuditEntry(Base):
    """One coordinator or admin action: who, what, on which object, when."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor_platform: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(64), index=True)
    target: Mapped[str] = mapped_column(String(255), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")


class NetworkRecord(Base):
    """A network added with ``vetbot network add`` (those of ``bot.toml`` are not stored):
    the fields of :class:`bot.settings.NetworkSettings`, lists as JSON; a power level of 0
    means the network sets none of its own."""

    __tablename__ = "networks"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(8), default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Brussels")
    servers: Mapped[list[str]] = mapped_column(JSON, default=list)
    rooms: Mapped[list[str]] = mapped_column(JSON, default=list)
    coordinators: Mapped[list[str]] = mapped_column(JSON, default=list)
    admins: Mapped[list[str]] = mapped_column(JSON, default=list)
    prompt_channel: Mapped[str] = mapped_column(String(300), default="")
    coordinator_roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    admin_roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    coordinator_power_level: Mapped[int] = mapped_column(Integer, default=0)
    admin_power_level: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OutboxEntry(Base):
    """A message owed to someone, written in the same transaction as the change that owes it.

    ``key`` is its idempotency key (unique; the platform's transaction id or nonce, so a retry
    or a second process can never post it twice). ``body`` holds the text as a message value
    (:mod:`bot.messages`), rendered in the reader's language when delivered, and its choices;
    it is emptied once the message is sent, so the outbox keeps no words longer than needed.
    ``topic``/``ref`` name what owes it (``mentoring.proposal`` and the proposal id), for the
    owner's delivery hooks. See :mod:`bot.outbox`.
    """

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    topic: Mapped[str] = mapped_column(String(64), default="")
    ref: Mapped[int | None] = mapped_column(Integer, nullable=True)
    platform: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(8))
    target: Mapped[str] = mapped_column(String(255))
    target_name: Mapped[str] = mapped_column(String(200), default="")
    thread_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    body: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: When to try again after a failed attempt; NULL: at once (so a row written by a process
    #: whose clock differs is not held back).
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True, index=True)
    given_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    message_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    error: Mapped[str] = mapped_column(String(200), default="")


class ClusterMember(Base):
    """A running replica of a cluster (``[cluster] enabled``): who it is, since when, its last
    heartbeat and the roles it holds (``leader``). See :mod:`bot.cluster`."""

    __tablename__ = "cluster_members"

    replica_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    host: Mapped[str] = mapped_column(String(255), default="")
    pid: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    heartbeat_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)


class HandledMessage(Base):
    """A platform message one replica of a cluster took to answer: the first to insert its
    row answers it, the others see the row and stay silent. Only ids, never what was written;
    rows older than a day are removed by the leader."""

    __tablename__ = "handled_messages"

    platform: Mapped[str] = mapped_column(String(20), primary_key=True)
    message_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    replica_id: Mapped[str] = mapped_column(String(64), default="")
    handled_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class SyncPosition(Base):
    """Where the replicas of a cluster are in a platform's event stream, for one account: the
    platform's sync token, the ids of the events handled most recently and what else the
    adapter goes on from (the Matrix adapter's direct rooms and choices offered); written by
    the replica holding the sync lease after each handled batch, read by the one taking it
    over. Ids, tokens and the choices' commands, never what people wrote."""

    __tablename__ = "sync_positions"

    platform: Mapped[str] = mapped_column(String(20), primary_key=True)
    account: Mapped[str] = mapped_column(String(255), primary_key=True)
    token: Mapped[str | None] = mapped_column(Text, nullable=True)
    seen: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: What else the adapter goes on from (Matrix: direct rooms, choices offered).
    memory: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    replica_id: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RateWindow(Base):
    """One sender's rate-limit window, shared by the replicas of a cluster
    (:class:`bot.ratelimit.SharedRateLimiter`): the attempts in the window as
    ``[[epoch seconds, cost], …]`` and whether the sender was told to slow down. ``key`` is a
    digest of the platform and user id, never the id itself; idle rows are removed by the
    leader once their window has passed."""

    __tablename__ = "rate_windows"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    hits: Mapped[list[list[float]]] = mapped_column(JSON, default=list)
    warned: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
