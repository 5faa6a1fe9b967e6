"""The survey tables: surveys, who has answered one, and the answers.

A survey posts in one room and belongs to that room's network. ``questions`` is the list of
questions as written (:class:`~.model.Question` as data). A respondent row is the one link
between a person and a survey: it makes "one answer per person" and ``!forgetme`` possible,
and results never read it — they count ``survey_answers`` only. Answers go with their
respondent (``ON DELETE CASCADE``), and respondents with their survey. The schema is created
by migration ``0011``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.settings import DEFAULT_NETWORK
from bot.store.base import Base, UTCDateTime

#: A survey's states: planned (before ``from``), open, closed (at ``to`` or by hand), cancelled.
PLANNED = "planned"
OPEN = "open"
CLOSED = "closed"
CANCELLED = "cancelled"
STATUSES = (PLANNED, OPEN, CLOSED, CANCELLED)


class Survey(Base):
    """One survey: its questions, its room, when it is open."""

    __tablename__ = "surveys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    network: Mapped[str] = mapped_column(String(32), default=DEFAULT_NETWORK, index=True)
    platform: Mapped[str] = mapped_column(String(32))
    room_id: Mapped[str] = mapped_column(String(200))
    room_name: Mapped[str] = mapped_column(String(200), default="")
    #: The zone its days were written in (the coordinator's), for showing them back.
    timezone: Mapped[str] = mapped_column(String(64))
    opens_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    status: Mapped[str] = mapped_column(String(12), index=True)
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    #: When the answers were deleted, ``[surveys] keep_answers_days`` after closing.
    answers_deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Respondent(Base):
    """That a person answers a survey, and the free-text question they were last asked."""

    __tablename__ = "survey_respondents"
    __table_args__ = (UniqueConstraint("survey_id", "person_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    #: The free-text question whose answer the person's next direct message is (1-based).
    awaiting: Mapped[int | None] = mapped_column(Integer, nullable=True)
    awaiting_since: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Answer(Base):
    """One answer to one question: a choice's number, a scale's value, or a text."""

    __tablename__ = "survey_answers"
    __table_args__ = (UniqueConstraint("respondent_id", "question"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), index=True)
    respondent_id: Mapped[int] = mapped_column(
        ForeignKey("survey_respondents.id", ondelete="CASCADE"), index=True
    )
    question: Mapped[int] = mapped_column(Integer)
    value: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    #: The respondent agreed that the text is shown (without their name) in the results.
    share: Mapped[bool] = mapped_column(Boolean, default=False)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime())
