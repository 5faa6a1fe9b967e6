"""The prompt tables: the source of truth the scheduler is rebuilt from at every start.

::

    prompt_series        an e-conference: title, targets, opening and closing texts
    prompts              one prompt (or a series' opening/closing message): text, schedule, status
    prompt_targets       the rooms a prompt posts to, each on its own platform
    prompt_deliveries    one row per (prompt, platform, room, scheduled time): the delivery log
    prompt_participants  who replied in a prompt's thread, kept only until its summary is posted

The delivery log's UNIQUE constraint is what makes a post happen at most once: a row is
claimed (``sending``) and committed before the message goes out, and marked ``sent`` after.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.store.base import Base, UTCDateTime


class Status(StrEnum):
    """Where a prompt or a series stands.

    ``finished``: every occurrence was dealt with; ``skipped``: a one-off whose only post a
    coordinator skipped (it never posts).
    """

    ACTIVE = "active"
    PAUSED = "paused"
    CANCELLED = "cancelled"
    FINISHED = "finished"
    SKIPPED = "skipped"


class Part(StrEnum):
    """What a prompt row is: a discussion prompt, or a series' opening or closing message."""

    PROMPT = "prompt"
    OPENING = "opening"
    CLOSING = "closing"


class State(StrEnum):
    """A delivery's state.

    ``sending``: claimed, message may or may not have gone out (a crash leaves it so);
    ``sent``: the adapter confirmed it; ``missed``: due while the bot was down, beyond the
    grace period, never posted; ``skipped``: a coordinator skipped that occurrence;
    ``failed``: the platform refused it after every retry, or a stale ``sending`` row.
    """

    SENDING = "sending"
    SENT = "sent"
    MISSED = "missed"
    SKIPPED = "skipped"
    FAILED = "failed"


class Series(Base):
    """An e-conference: an ordered set of prompts with an opening and a closing message."""

    __tablename__ = "prompt_series"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    opening: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(Text, default="")
    tz: Mapped[str] = mapped_column(String(64))
    targets: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default=Status.ACTIVE)
    author_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    author_platform: Mapped[str] = mapped_column(String(20), default="")
    author_user_id: Mapped[str] = mapped_column(String(255), default="")
    author_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Prompt(Base):
    """One scheduled text. ``schedule`` is ``Schedule.to_dict()``; never a pickled callable.

    ``handled_until`` is the newest occurrence already dealt with (claimed, missed or
    skipped): catch-up after downtime starts after it (or after ``created_at``).
    """

    __tablename__ = "prompts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    part: Mapped[str] = mapped_column(String(16), default=Part.PROMPT)
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("prompt_series.id", ondelete="CASCADE"), nullable=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    schedule: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default=Status.ACTIVE, index=True)
    author_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    author_platform: Mapped[str] = mapped_column(String(20), default="")
    author_user_id: Mapped[str] = mapped_column(String(255), default="")
    author_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    handled_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    targets: Mapped[list[Target]] = relationship(
        back_populates="prompt",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="Target.id",
    )


class Target(Base):
    """A room a prompt posts to: ``room_id`` is the platform's id, ``room_name`` for display."""

    __tablename__ = "prompt_targets"
    __table_args__ = (UniqueConstraint("prompt_id", "platform", "room_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prompt_id: Mapped[int] = mapped_column(ForeignKey("prompts.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(20))
    room_id: Mapped[str] = mapped_column(String(255))
    room_name: Mapped[str] = mapped_column(String(255), default="")
    prompt: Mapped[Prompt] = relationship(back_populates="targets")


class Delivery(Base):
    """One occurrence of a prompt in one room. UNIQUE on (prompt, platform, room, time).

    ``key`` is the idempotency key handed to the adapter (the same on every resend);
    ``thread_id`` the thread opened for answers; ``replies``/``participants`` the counts the
    summary reports; ``summary_state`` ``None`` (no summary due), ``due``, ``posting``,
    ``posted``.
    """

    __tablename__ = "prompt_deliveries"
    __table_args__ = (
        UniqueConstraint("prompt_id", "platform", "room_id", "scheduled_at"),
        # The posts of a period by state, for the reports (migration 0011).
        Index("ix_prompt_deliveries_state_scheduled_at", "state", "scheduled_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prompt_id: Mapped[int] = mapped_column(ForeignKey("prompts.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(20))
    room_id: Mapped[str] = mapped_column(String(255))
    scheduled_at: Mapped[datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(16), index=True)
    key: Mapped[str] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    message_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    thread_id: Mapped[str | None] = mapped_column(String(255), nullable=True, index=True)
    replies: Mapped[int] = mapped_column(Integer, default=0)
    participants: Mapped[int] = mapped_column(Integer, default=0)
    summary_state: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)
    note: Mapped[str] = mapped_column(String(255), default="")


class Participant(Base):
    """One person's reply count in one prompt thread; deleted once the summary is posted."""

    __tablename__ = "prompt_participants"
    __table_args__ = (UniqueConstraint("delivery_id", "sender_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("prompt_deliveries.id", ondelete="CASCADE"))
    sender_id: Mapped[str] = mapped_column(String(255))
    replies: Mapped[int] = mapped_column(Integer, default=0)
