"""The knowledge tables: entries, their translations, and the anonymous log of lookups that
found nothing.

List fields are JSON columns (lists of strings): they are read whole, filtered in the
in-memory lookup index rather than in SQL, and kept in the order the curator wrote them.
``url_key`` is the normalised link (:func:`knowledge.records.url_key`) that imports upsert by
and suggestions are checked against. The schema is created by migration ``0002``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.settings import DEFAULT_NETWORK
from bot.store.base import Base, UTCDateTime
from knowledge.codes import STATUSES

_STATUS_CHECK = "status IN (" + ", ".join(f"'{s}'" for s in STATUSES) + ")"


class KnowledgeEntry(Base):
    """One tool or material. Only ``published`` entries are found by lookups."""

    __tablename__ = "knowledge_entries"
    __table_args__ = (CheckConstraint(_STATUS_CHECK, name="status"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    summary: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(String(1000), default="")
    url_key: Mapped[str] = mapped_column(String(1000), default="", index=True)
    type: Mapped[str] = mapped_column(String(20), default="other")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    publisher: Mapped[str] = mapped_column(String(300), default="")
    licence: Mapped[str] = mapped_column(String(200), default="")
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    added_by: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    added_via: Mapped[str] = mapped_column(String(16), default="import")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    reviewed_by: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    review_note: Mapped[str] = mapped_column(Text, default="")
    shown_count: Mapped[int] = mapped_column(Integer, default=0)
    last_shown_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    #: The network it was suggested in or belongs to; ``shared``: found in every network.
    network: Mapped[str] = mapped_column(String(32), default=DEFAULT_NETWORK, index=True)
    shared: Mapped[bool] = mapped_column(Boolean, default=True)
    translations: Mapped[list[KnowledgeTranslation]] = relationship(
        cascade="all, delete-orphan",
        lazy="selectin",
        passive_deletes=True,
        order_by="KnowledgeTranslation.lang",
    )


class KnowledgeTranslation(Base):
    """An entry's title and summary in one more language (schema: migration ``0008``)."""

    __tablename__ = "knowledge_translations"

    entry_id: Mapped[str] = mapped_column(
        ForeignKey("knowledge_entries.id", ondelete="CASCADE"), primary_key=True
    )
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(Text, default="")


class KnowledgeGap(Base):
    """A normalised lookup that found nothing, and how often it was asked. Never who asked."""

    __tablename__ = "knowledge_gaps"

    network: Mapped[str] = mapped_column(String(32), primary_key=True, default=DEFAULT_NETWORK)
    query: Mapped[str] = mapped_column(String(200), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    first_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_at: Mapped[datetime] = mapped_column(UTCDateTime())


class LookupDay(Base):
    """How many lookups were asked in a network on a UTC day, and how many found nothing:
    numbers only, for the coordinators' reports (schema: migration ``0011``)."""

    __tablename__ = "knowledge_lookup_days"

    network: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[date] = mapped_column(Date(), primary_key=True)
    asked: Mapped[int] = mapped_column(Integer, default=0)
    found_nothing: Mapped[int] = mapped_column(Integer, default=0)


class GapDay(Base):
    """How often a normalised lookup found nothing in a network on a UTC day (never who
    asked): :class:`KnowledgeGap` by day, for a report of one month (migration ``0011``)."""

    __tablename__ = "knowledge_gap_days"

    network: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[date] = mapped_column(Date(), primary_key=True)
    query: Mapped[str] = mapped_column(String(200), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class KnowledgeRevision(Base):
    """The change counter (one row, ``id`` 1): bumped by database triggers on every change to
    what a lookup can see (an entry's content or status; not ``shown_count``), whoever makes
    it. Created, with its triggers, by migration ``0009``."""

    __tablename__ = "knowledge_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class KnowledgePage(Base):
    """The search ``!more`` continues, kept in the database when replicas answer in turn
    (``[cluster] enabled``): one row per (platform, room, thread, user), by a digest of them
    (``key``), with a digest of the user alone (``user_key``) for ``!mydata`` and
    ``!forgetme``. Rows older than an hour are not read, and are removed by the next save."""

    __tablename__ = "knowledge_pages"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_key: Mapped[str] = mapped_column(String(64), index=True)
    search: Mapped[dict[str, object]] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
