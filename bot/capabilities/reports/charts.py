"""The few figures the dashboard's charts show, over consecutive months: accepted matches per
month, people answering the newest prompts, lookups and the most asked ones that found nothing
— the same numbers as :meth:`.service.ReportService.report` gives for those months, read with
one query per kind grouped by month (:mod:`.queries`) rather than a whole report per month.

**Months are kept** in the process's memory, for every network, and read again only when
they may have changed — a finished month too: a post sent late, a reply in a thread whose
summary is still to come, a ``!forgetme`` that deletes who replied there all change it. Before
using a kept month, one read of cheap *stamps* says whether it changed:

- how many posts it has sent, from the index of posts by state and time (a sent post stays
  sent and is never deleted, so the count moves with every change of them; and a post's
  count of people is final once its summary is posted);
- its posts whose summary is not posted yet, each with the people who replied so far (a few
  rows, by the index of summary states): a reply, a ``!forgetme`` or the summary changes it;
- its gap day rows: how many, their counts added up (counts only grow).

The matches and lookups of every month are read each time (one small GROUP BY each):
proposals change state in place, which no cheap stamp sees. The stamps are read before the
figures, so a change between the two leaves a month kept with newer figures than its stamp,
and it is read again next time, never the other way round.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.capabilities.prompts.models import State
from bot.capabilities.reports import queries
from bot.capabilities.reports.model import Period, Value, shown
from bot.capabilities.reports.service import GAP_WORDS
from bot.networks import Networks
from bot.ports import Clock
from bot.store import Store

#: Prompts a chart shows per network (the newest: the highest ids).
NEWEST_PROMPTS = 12

#: A month's stamp: its sent posts (how many), its posts still counting who
#: replies (id, people so far), its gap rows (count, counts added up).
_Stamp = tuple[int, tuple[tuple[int, int], ...], tuple[int, int]]


@dataclass(frozen=True, slots=True)
class NetworkCharts:
    """One network's chart figures over the months asked."""

    network: str
    name: str
    #: (month label, accepted matches), oldest first.
    matches: tuple[tuple[str, Value], ...]
    #: (prompt id, people answering) of the newest prompts posted in the months, by id.
    prompts: tuple[tuple[int, Value], ...]
    #: The most asked lookups that found nothing over the months, most asked first.
    gaps: tuple[tuple[str, Value], ...]
    #: Lookups asked, and those that found nothing, over the months.
    lookups: tuple[Value, Value]


@dataclass(frozen=True, slots=True)
class _Month:
    """A month's posts and gaps, every network's, with the stamp they were read at."""

    people: tuple[tuple[str, str, int, int], ...]
    gaps: tuple[tuple[str, str, int], ...]
    stamp: _Stamp


class Charts:
    """The dashboard's chart figures, months kept per process."""

    def __init__(self, store: Store, clock: Clock, networks: Networks) -> None:
        self.store = store
        self.clock = clock
        self.networks = networks
        self.kept: dict[Period, _Month] = {}
        #: Months read from the database (not taken from memory), for the tests and benchmark.
        self.reads = 0

    async def figures(
        self, months: Sequence[Period], networks: Sequence[str]
    ) -> list[NetworkCharts]:
        """The chart figures of ``months`` (consecutive, oldest first) for ``networks``."""
        months = list(months)
        if not months:
            return []
        async with self.store.session() as session:
            # Stamps first: see the module's docstring.
            posts = await queries.posts_stamp(session, months)
            counting: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
            for delivery, at, state, people in await queries.counting_posts(session):
                index = _index_of(months, at)
                if index is not None and state == State.SENT:
                    counting[index].append((delivery, people))
            gaps = await queries.gaps_stamp(session, months)
            stamps: list[_Stamp] = [
                (posts.get(i, 0), tuple(sorted(counting[i])), gaps.get(i, (0, 0)))
                for i in range(len(months))
            ]
            first = len(months)
            parts: list[_Month] = []
            for i, month in enumerate(months):
                kept = self.kept.get(month)
                if kept is None or kept.stamp != stamps[i]:
                    first = i
                    break
                parts.append(kept)
            fresh = months[first:]
            people_rows = (
                await queries.people_by_month(session, fresh, newest=NEWEST_PROMPTS)
                if fresh
                else []
            )
            gap_rows = await queries.gaps_by_month(session, fresh) if fresh else {}
            accepted = await queries.accepted_by_month(session, months)
            lookups = await queries.lookups_by_month(session, months)
        self.reads += len(fresh)
        by_month_people: defaultdict[int, list[tuple[str, str, int, int]]] = defaultdict(list)
        for m, platform, room, prompt, people in people_rows:
            by_month_people[m].append((platform, room, prompt, people))
        by_month_gaps: defaultdict[int, list[tuple[str, str, int]]] = defaultdict(list)
        for (m, network, words), count in gap_rows.items():
            by_month_gaps[m].append((network, words, count))
        for j, month in enumerate(fresh):
            part = _Month(tuple(by_month_people[j]), tuple(by_month_gaps[j]), stamps[first + j])
            self.kept[month] = part
            parts.append(part)
        for old in [k for k in self.kept if k not in months]:
            del self.kept[old]
        return self._compose(months, parts, accepted, lookups, networks)

    def _compose(
        self,
        months: list[Period],
        parts: list[_Month],
        accepted: dict[tuple[int, str], int],
        lookups: dict[tuple[int, str], tuple[int, int, int]],
        networks: Sequence[str],
    ) -> list[NetworkCharts]:
        people: defaultdict[str, defaultdict[int, int]] = defaultdict(lambda: defaultdict(int))
        gaps: defaultdict[str, defaultdict[str, int]] = defaultdict(lambda: defaultdict(int))
        place: dict[tuple[str, str], str] = {}
        for part in parts:
            for platform, room, prompt, count in part.people:
                room_key = (platform, room)
                if room_key not in place:
                    place[room_key] = self.networks.of_room(platform, room)
                people[place[room_key]][prompt] += count
            for network, words, count in part.gaps:
                gaps[network][words] += count
        out = []
        for network in sorted(set(networks)):
            newest = sorted(people[network].items(), reverse=True)[:NEWEST_PROMPTS]
            most = sorted(gaps[network].items(), key=lambda item: (-item[1], item[0]))
            asked = sum(lookups.get((i, network), (0, 0, 0))[0] for i in range(len(months)))
            empty = sum(lookups.get((i, network), (0, 0, 0))[1] for i in range(len(months)))
            settings = self.networks.get(network)
            out.append(
                NetworkCharts(
                    network=network,
                    name=(settings.name if settings else "") or network,
                    matches=tuple(
                        (m.label, accepted.get((i, network), 0)) for i, m in enumerate(months)
                    ),
                    prompts=tuple((pid, shown(n, n)) for pid, n in sorted(newest)),
                    gaps=tuple(most[:GAP_WORDS]),
                    lookups=(asked, empty),
                )
            )
        return out


def _index_of(months: Sequence[Period], at: datetime) -> int | None:
    for i, month in enumerate(months):
        if month.since <= at < month.until:
            return i
    return None
