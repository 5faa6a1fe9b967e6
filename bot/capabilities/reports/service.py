"""The reporting service: every figure of a period for the networks asked, in one read-only
transaction of aggregate queries (:mod:`.queries`), the fewer-than-5 rule applied
(:func:`.model.shown`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.capabilities.reports import queries
from bot.capabilities.reports.model import (
    NOT_KNOWN,
    TOTAL,
    Figure,
    NetworkReport,
    Period,
    Report,
    Value,
    median,
    shown,
)
from bot.errors import NotFound
from bot.networks import Networks, Scope
from bot.ports import Clock
from bot.settings import DEFAULT_NETWORK
from bot.store import Store

#: How many normalised lookups that found nothing a report names per network.
GAP_WORDS = 10

_OUTCOMES = ("accepted", "declined", "expired", "withdrawn")


@dataclass
class _Posts:
    """A prompt's (or a series', or a network's) posts added up."""

    posts: int = 0
    replies: int = 0
    answers: int = 0
    most: int = 0
    prompts: set[int] = field(default_factory=set)

    def add(self, row: queries.PostRow) -> None:
        self.posts += row.posts
        self.replies += row.replies
        self.answers += row.participants
        self.most = max(self.most, row.most)
        self.prompts.add(row.prompt_id)


class _Figures:
    """A network's figures as they are added."""

    def __init__(self, network: str) -> None:
        self.network = network
        self.rows: list[Figure] = []

    def add(self, section: str, name: str, value: Value, item: str = TOTAL) -> None:
        self.rows.append(Figure(self.network, section, item, name, value))


class ReportService:
    """Reports for coordinators over the served :class:`Networks`."""

    def __init__(self, store: Store, clock: Clock, networks: Networks) -> None:
        self.store = store
        self.clock = clock
        self.networks = networks

    def known(self) -> tuple[str, ...]:
        """Every network a report may be about: those served, and the default one (the
        rooms no network claims)."""
        return tuple(sorted({*self.networks.ids, DEFAULT_NETWORK}))

    def chosen(self, scope: Scope, network: str | None = None) -> tuple[str, ...]:
        """The networks of a report for someone acting in ``scope``: ``network`` alone when
        given (unknown or outside the scope: not found), else every one of the scope."""
        known = self.known()
        mine = tuple(n for n in known if scope.covers(n))
        if network is None:
            return mine
        if network not in mine:
            raise NotFound.keyed("reports.unknown_network", id=network[:40], known=", ".join(mine))
        return (network,)

    async def report(self, period: Period, networks: Iterable[str]) -> Report:
        """Every figure of ``period`` for ``networks``."""
        wanted = tuple(sorted(set(networks)))
        now = self.clock.now()
        async with self.store.session() as session:
            read = _Read(
                posts=await queries.posts(session, period),
                requested=await queries.requests_made(session, period, wanted),
                proposed=await queries.proposals_made(session, period, wanted),
                answered=await queries.proposals_answered(session, period, wanted),
                ended=await queries.matches_ended(session, period, wanted),
                to_match=await queries.hours_to_match(session, period, wanted),
                ratings=await queries.feedback(session, period, wanted),
                # Loads as they stood at the period's end (or now, in a running period).
                loads=await queries.mentor_loads(session, min(period.until, now), wanted),
                lookups=await queries.lookups(session, period, wanted),
                gaps=await queries.gap_words(session, period, wanted, limit=GAP_WORDS),
                suggested=await queries.suggestions_made(session, period, wanted),
                reviews=await queries.review_hours(session, period, wanted),
            )
        by_network: dict[str, list[queries.PostRow]] = defaultdict(list)
        place: dict[tuple[str, str], str] = {}
        for row in read.posts:
            room = (row.platform, row.room_id)
            if room not in place:
                place[room] = self.networks.of_room(*room)
            by_network[place[room]].append(row)
        out = []
        for network in wanted:
            figures = _Figures(network)
            _prompts(figures, by_network.get(network, []))
            _matching(figures, read)
            _knowledge(figures, read)
            settings = self.networks.get(network)
            name = settings.name if settings else ""
            out.append(NetworkReport(network, name, tuple(figures.rows)))
        return Report(period=period, made_at=now, networks=tuple(out))


@dataclass(frozen=True)
class _Read:
    """What the queries returned, for every network asked."""

    posts: list[queries.PostRow]
    requested: dict[str, int]
    proposed: dict[str, int]
    answered: dict[tuple[str, str], int]
    ended: dict[str, int]
    to_match: dict[str, list[float]]
    ratings: dict[str, tuple[int, float]]
    loads: dict[str, list[tuple[int, int]]]
    lookups: dict[str, tuple[int, int]]
    gaps: dict[str, list[tuple[str, int]]]
    suggested: dict[str, int]
    reviews: dict[str, list[float]]


def _prompts(figures: _Figures, rows: list[queries.PostRow]) -> None:
    """Posts, answers and replies: the network's, each series', each prompt's."""
    add = figures.add
    total = _Posts()
    per_prompt: defaultdict[int, _Posts] = defaultdict(_Posts)
    per_series: defaultdict[int, _Posts] = defaultdict(_Posts)
    for row in rows:
        total.add(row)
        per_prompt[row.prompt_id].add(row)
        if row.series_id is not None:
            per_series[row.series_id].add(row)
    add("prompts", "prompts_posted", len(total.prompts))
    add("prompts", "posts", total.posts)
    add("prompts", "answers", shown(total.answers, total.most))
    add("prompts", "replies", shown(total.replies, total.most))
    add("prompts", "people_answering_distinct", NOT_KNOWN)
    add("prompts", "answer_rate", NOT_KNOWN)
    for series_id in sorted(per_series):
        s = per_series[series_id]
        item = f"series:{series_id}"
        add("prompts", "prompts_posted", len(s.prompts), item)
        add("prompts", "posts", s.posts, item)
        add("prompts", "answers", shown(s.answers, s.most), item)
        add("prompts", "replies", shown(s.replies, s.most), item)
        add("prompts", "people_answering_distinct", NOT_KNOWN, item)
        add("prompts", "answer_rate", NOT_KNOWN, item)
    for prompt_id in sorted(per_prompt):
        p = per_prompt[prompt_id]
        item = f"prompt:{prompt_id}"
        add("prompts", "posts", p.posts, item)
        add("prompts", "people_answering", shown(p.answers, p.answers), item)
        add("prompts", "replies", shown(p.replies, p.answers), item)
        add("prompts", "answer_rate", NOT_KNOWN, item)


def _matching(figures: _Figures, read: _Read) -> None:
    """Requests, proposals and their outcomes, time to a match, ratings, mentors' loads."""
    add, network = figures.add, figures.network
    add("matching", "requested", read.requested.get(network, 0))
    add("matching", "proposed", read.proposed.get(network, 0))
    for outcome in _OUTCOMES:
        add("matching", outcome, read.answered.get((network, outcome), 0))
    add("matching", "ended", read.ended.get(network, 0))
    hours = read.to_match.get(network, [])
    add("matching", "median_hours_to_match", shown(median(hours), len(hours)))
    count, average = read.ratings.get(network, (0, 0.0))
    add("matching", "feedback_count", shown(count, count))
    add("matching", "feedback_average", shown(average if count else None, count))
    mentors = read.loads.get(network, [])
    active = len(mentors)
    used = sum(load for load, _ in mentors)
    add("matching", "mentors_active", shown(active, active))
    add("matching", "load_average", shown(used / active if active else None, active))
    add("matching", "load_max", shown(max((x for x, _ in mentors), default=0), active))
    add("matching", "slots_used", shown(used, active))
    add("matching", "slots_total", shown(sum(c for _, c in mentors), active))


def _knowledge(figures: _Figures, read: _Read) -> None:
    """Lookups, the most asked that found nothing, suggestions and their review times."""
    add, network = figures.add, figures.network
    asked, empty = read.lookups.get(network, (0, 0))
    add("knowledge", "lookups_asked", asked)
    add("knowledge", "lookups_found_nothing", empty)
    made = read.suggested.get(network, 0)
    waited = read.reviews.get(network, [])
    add("knowledge", "suggestions_made", shown(made, made))
    add("knowledge", "suggestions_reviewed", shown(len(waited), len(waited)))
    add("knowledge", "median_review_hours", shown(median(waited), len(waited)))
    for words, times in read.gaps.get(network, []):
        add("knowledge", words, times, "gap")
