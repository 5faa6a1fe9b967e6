"""The mentoring tables: profiles, requests, proposals and feedback.

A *profile* is a person's opt-in as mentor or peer expert (one per kind). A *request* is a
trainer's need; it is ``open`` (waiting for someone), ``proposed`` (one proposal pending),
``matched`` (someone accepted) or ``cancelled``. A *proposal* asks one candidate to take one
request; it is ``pending`` until it is ``accepted``, ``declined``, ``expired`` (deadline
passed) or ``withdrawn`` (request cancelled, candidate left). An accepted proposal is the match
itself; ``ended_at`` frees the mentor's slot. Everything a person could be recognised by can
be cleared (``requester_id``/``mentor_id``/``author_id`` become NULL, texts empty), so counts
survive erasure and anonymisation. Schema: ``migrations/versions/0003_…``; the change counter
``mentoring_revision``: ``0010_…``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.settings import DEFAULT_NETWORK
from bot.store.base import Base, UTCDateTime

# Request statuses.
OPEN = "open"
PROPOSED = "proposed"
MATCHED = "matched"
CANCELLED = "cancelled"
ACTIVE_REQUEST = (OPEN, PROPOSED)

# Proposal statuses.
PENDING = "pending"
ACCEPTED = "accepted"
DECLINED = "declined"
EXPIRED = "expired"
WITHDRAWN = "withdrawn"


class Profile(Base):
    """A person's opt-in as ``mentor`` or ``expert``; paused profiles get no new proposals."""

    __tablename__ = "mentoring_profiles"
    __table_args__ = (UniqueConstraint("person_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    country: Mapped[str | None] = mapped_column(String(8), nullable=True)
    sector: Mapped[str | None] = mapped_column(String(100), nullable=True)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    bio: Mapped[str] = mapped_column(Text, default="")
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    consent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: The mentor's network; ``cross_border``: open to requests of other networks too.
    network: Mapped[str] = mapped_column(String(32), default=DEFAULT_NETWORK)
    cross_border: Mapped[bool] = mapped_column(Boolean, default=False)

    def is_active(self, now: datetime) -> bool:
        """Whether the profile may get new proposals at ``now``."""
        if not self.paused:
            return True
        return self.paused_until is not None and self.paused_until <= now


class MatchRequest(Base):
    """A trainer's request for a mentor or expert (see the module doc for statuses)."""

    __tablename__ = "mentoring_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    requester_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(10))
    need: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    country: Mapped[str | None] = mapped_column(String(8), nullable=True)
    sector: Mapped[str | None] = mapped_column(String(100), nullable=True)
    status: Mapped[str] = mapped_column(String(12), index=True)
    tries: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    matched_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    exhausted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    #: The asker's network (of the room the request was made in).
    network: Mapped[str] = mapped_column(String(32), default=DEFAULT_NETWORK, index=True)


class Proposal(Base):
    """One candidate asked to take one request; ``sent_at`` NULL means not delivered yet."""

    __tablename__ = "mentoring_proposals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("mentoring_requests.id", ondelete="CASCADE"), index=True
    )
    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    score: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(12), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    deadline_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True, index=True)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Feedback(Base):
    """A 1-5 rating (and optional comment) on a match by one of its two people."""

    __tablename__ = "mentoring_feedback"
    __table_args__ = (UniqueConstraint("proposal_id", "author_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("mentoring_proposals.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


#: The rows of ``mentoring_revision``: the proposals' change counter, the profiles'.
PROPOSALS = 1
PROFILES = 2


class MentoringRevision(Base):
    """Change counters (row :data:`PROPOSALS`, row :data:`PROFILES`): each bumped as the last
    statement of every transaction that changed a proposal, a profile (:mod:`.loads`), so a
    process keeping loads and profiles in memory knows when someone else changed them.
    Created by migration ``0010``."""

    __tablename__ = "mentoring_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)
