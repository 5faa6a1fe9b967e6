"""The report's values and rules: a period, its figures, and which figures are about people.

A report covers whole UTC days, ``start`` to ``end`` inclusive (a month by default). It holds
numbers only, never a message, a name or an account.

**The fewer-than-5 rule.** A figure *about people* is shown as :data:`FEWER` when it rests on
fewer than :data:`MIN_PEOPLE` people; each such figure names its *base*, the number of people
it rests on:

============================================  =================================================
figure                                        base
============================================  =================================================
``people_answering`` of one prompt            itself (distinct people who replied in its
                                              thread, summed over its rooms)
``replies`` of one prompt                     that prompt's ``people_answering``
``answers`` and ``replies`` of a series       the most people who answered one prompt of the
                                              series (a lower bound of the people behind it)
``answers`` and ``replies`` of a network      the most people who answered one prompt
``median_hours_to_match``                     ``accepted`` in the period (one trainer each)
``feedback_count``, ``feedback_average``      ``feedback_count`` (one rating per person and match)
``mentors_active`` and every load figure      ``mentors_active``
``suggestions_made``                          itself
``suggestions_reviewed``, ``median_review…``  ``suggestions_reviewed``
============================================  =================================================

Counts of events (prompts posted, requests, proposals and their outcomes, lookups and the
normalised words of lookups that found nothing) are not about people and are shown as they
are, as ``!match stats`` and ``!tool gaps`` show them. Figures nothing records are
:data:`NOT_KNOWN`: the share of a room's members who answered (no platform's member count is
kept) and the distinct people who answered across several prompts (who replied is deleted once
a prompt's summary is posted).
"""

from __future__ import annotations

import calendar
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from bot.errors import UsageError

#: The fewest people a figure about people may rest on to be shown.
MIN_PEOPLE = 5
#: How a figure about fewer than :data:`MIN_PEOPLE` people is shown in a report file.
FEWER = "fewer than 5"
#: How a figure nothing records is shown in a report file.
NOT_KNOWN = "not known"

Value = int | float | str

#: The sections of a report, in order.
SECTIONS = ("prompts", "matching", "knowledge")
#: The item of a network's totals.
TOTAL = "total"

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Period:
    """Whole UTC days from ``start`` to ``end``, both included."""

    start: date
    end: date

    @property
    def since(self) -> datetime:
        return datetime.combine(self.start, time(), tzinfo=UTC)

    @property
    def until(self) -> datetime:
        """The first instant after the period."""
        return datetime.combine(self.end + timedelta(days=1), time(), tzinfo=UTC)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        if self.start.day == 1 and self.end == month_end(self.start):
            return f"{self.start:%Y-%m}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @classmethod
    def month(cls, text: str) -> Period:
        """The month ``YYYY-MM``; a usage error for anything else."""
        found = _MONTH.match(text.strip())
        if found is None or not 1 <= int(found[2]) <= 12 or int(found[1]) < 1:
            raise UsageError.keyed("reports.bad_month", value=text.strip()[:20])
        first = date(int(found[1]), int(found[2]), 1)
        return cls(first, month_end(first))

    @classmethod
    def of_month(cls, day: date) -> Period:
        first = day.replace(day=1)
        return cls(first, month_end(first))

    @classmethod
    def between(cls, start: str, end: str) -> Period:
        """The days ``start`` to ``end`` (``YYYY-MM-DD``, in order); a usage error else."""
        days = []
        for text in (start, end):
            try:
                if not _DAY.match(text.strip()):
                    raise ValueError(text)
                days.append(date.fromisoformat(text.strip()))
            except ValueError:
                raise UsageError.keyed("reports.bad_date", value=text.strip()[:20]) from None
        if days[1] < days[0]:
            raise UsageError.keyed("reports.bad_range", start=start, end=end)
        return cls(days[0], days[1])


def month_end(first: date) -> date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def shown(value: int | float | None, base: int) -> Value:
    """``value`` when it rests on at least :data:`MIN_PEOPLE` people (``base``), else
    :data:`FEWER`; ``None`` (nothing to compute from, with enough people) is 0."""
    if base < MIN_PEOPLE:
        return FEWER
    if value is None:
        return 0
    return round(value, 1) if isinstance(value, float) else value


def median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if values else None


@dataclass(frozen=True, slots=True)
class Figure:
    """One number of a report: in ``network``'s ``section``, of ``item`` (``total``,
    ``prompt:ID``, ``series:ID``, ``gap``), named ``name`` (for ``gap``: the normalised words)."""

    network: str
    section: str
    item: str
    name: str
    value: Value


@dataclass(frozen=True, slots=True)
class NetworkReport:
    network: str
    name: str
    figures: tuple[Figure, ...]

    def value(self, section: str, name: str, item: str = TOTAL) -> Value | None:
        for figure in self.figures:
            if (figure.section, figure.item, figure.name) == (section, item, name):
                return figure.value
        return None


@dataclass(frozen=True, slots=True)
class Report:
    """Every network's figures for one period."""

    period: Period
    made_at: datetime
    networks: tuple[NetworkReport, ...] = field(default_factory=tuple)

    @property
    def figures(self) -> list[Figure]:
        return [f for n in self.networks for f in n.figures]
