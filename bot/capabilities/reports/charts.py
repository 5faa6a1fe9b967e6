"""The few figures the dashboard's charts show, over consecutive months: accepted matches per
month, people answering the newest prompts, lookups and the most asked ones that found nothing
— the same numbers as :meth:`.service.ReportService.report` gives for those months, read with
one query per kind grouped by month (:mod:`.queries`) rather than a whole report per month.

**Finished months are kept** in the process's memory, for every network, and read again only
when they may have changed. Before using a kept month, one read of cheap *stamps* says so:

- its sent posts — how many, the sum and the largest of their ids — from the index of posts by
  state and time: a post sent late, a post deleted with its prompt, a post added all move it;
- how many of its posts still count who replies (summary not posted): a month with any is not
  kept at all, since a reply or ``!forgetme`` changes its people without changing its posts
  (once the summary is posted, the count on the post is final);
- its gap day rows, how many and their counts added up.

The current month is always read. The matches and lookups of every month are read each time
(one small GROUP BY each): proposals change state in place, which no cheap stamp sees. The
stamps are read before the figures, so a change between the two leaves a month kept with
newer figures than its stamp, and it is read again next time, never the other way round.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.capabilities.reports import queries
from bot.capabilities.reports.model import Period, Value, shown
from bot.capabilities.reports.service import GAP_WORDS
from bot.networks import Networks
from bot.ports import Clock
from bot.store import Store

#: Prompts a chart shows per network (the newest: the highest ids).
NEWEST_PROMPTS = 12


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
    """A finished month's posts and gaps, every network's, with the stamps they were read at."""

    people: tuple[tuple[str, str, int, int], ...]
    gaps: tuple[tuple[str, str, int], ...]
    stamp: tuple[tuple[int, int, int, int], tuple[int, int]]


class Charts:
    """The dashboard's chart figures, finished months kept per process."""

    def __init__(self, store: Store, clock: Clock, networks: Networks) -> None:
        self.store = store
        self.clock = clock
        self.networks = networks
        self.kept: dict[date, _Month] = {}
        #: Months read from the database (not taken from memory), for the tests and benchmark.
        self.reads = 0

    async def figures(
        self, months: Sequence[Period], networks: Sequence[str]
    ) -> list[NetworkCharts]:
        """The chart figures of ``months`` (consecutive, oldest first) for ``networks``."""
        months = list(months)
        now = self.clock.now()
        finished = [m for m in months if m.until <= now]
        async with self.store.session() as session:
            # Stamps first: see the module's docstring.
            posts_stamp = await queries.posts_stamp(session, finished) if finished else {}
            gaps_stamp = await queries.gaps_stamp(session, finished) if finished else {}
            stamps = [
                (posts_stamp.get(i, (0, 0, 0, 0)), gaps_stamp.get(i, (0, 0)))
                for i in range(len(finished))
            ]
            first = len(months)
            for i, month in enumerate(months):
                kept = self.kept.get(month.start)
                if i >= len(finished) or kept is None or kept.stamp != stamps[i]:
                    first = i
                    break
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
        read: dict[int, _Month] = {}
        by_month_people: defaultdict[int, list[tuple[str, str, int, int]]] = defaultdict(list)
        for m, platform, room, prompt, people in people_rows:
            by_month_people[m].append((platform, room, prompt, people))
        by_month_gaps: defaultdict[int, list[tuple[str, str, int]]] = defaultdict(list)
        for (m, network, words), count in gap_rows.items():
            by_month_gaps[m].append((network, words, count))
        for j, month in enumerate(fresh):
            i = first + j
            stamp = stamps[i] if i < len(finished) else ((0, 0, 0, 0), (0, 0))
            read[i] = _Month(tuple(by_month_people[j]), tuple(by_month_gaps[j]), stamp)
            if i < len(finished) and stamp[0][3] == 0:
                self.kept[month.start] = read[i]
            else:
                self.kept.pop(month.start, None)
        wanted = {m.start for m in months}
        for start in [s for s in self.kept if s not in wanted]:
            del self.kept[start]
        parts = [read[i] if i in read else self.kept[m.start] for i, m in enumerate(months)]
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
