"""The CPD tables: frameworks as imported, each person's self-assessment and learning log.

A framework is kept whole as the data of its file (``body``, JSON): it is read whole and
small. Ratings and log entries belong to a person and go with them (``ON DELETE CASCADE``);
a rating's ``level`` is ``NULL`` when the person skipped the competence. The schema is
created by migrations ``0013`` and ``0014``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.base import Base, UTCDateTime


class CpdFramework(Base):
    """A competence framework (:mod:`.frameworks`), by its id."""

    __tablename__ = "cpd_frameworks"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CpdRating(Base):
    """How a person rates themselves in one competence (``None``: skipped)."""

    __tablename__ = "cpd_ratings"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    framework_id: Mapped[str] = mapped_column(
        ForeignKey("cpd_frameworks.id", ondelete="CASCADE"), primary_key=True
    )
    competence_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CpdLogEntry(Base):
    """One entry of a person's learning log; ``number`` is what they call it by."""

    __tablename__ = "cpd_log"
    __table_args__ = (UniqueConstraint("person_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(Text)
    framework_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    competence_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    evidence: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CpdMember(Base):
    """Where a person's self-assessment counts in the network's reports: the network of the
    room they last used ``!cpd`` in (a direct message changes nothing). Without a row, the
    default network."""

    __tablename__ = "cpd_members"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    network: Mapped[str] = mapped_column(String(32), index=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
