"""A network's three months, done through the bot's own commands on a moved clock, with every
action written down as it is done; and what a report of any period must say, counted from
that list of actions (never from the store)."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from bot.capabilities.knowledge.model import normalise_query
from knowledge.engine import Filters
from tests.botkit import FakeClock, TestBot
from tests.prompts.promptkit import engine
from tests.reports.kit import last_thread, proposals_in, suggestion_id

FEWER = "fewer than 5"
NOT_KNOWN = "not known"
_SCHEDULED = re.compile(r"Scheduled prompt (\d+)")


@dataclass(frozen=True)
class Done:
    """One thing done: what, when, in which network, with what."""

    kind: str
    at: datetime
    network: str
    data: dict[str, Any] = field(default_factory=dict)


class Scenario:
    """Drives the bot and writes down what was done."""

    def __init__(self, bot: TestBot, clock: FakeClock) -> None:
        self.bot, self.clock = bot, clock
        self.done: list[Done] = []

    def to(self, when: datetime) -> None:
        assert when >= self.clock.current, (when, self.clock.current)
        self.clock.current = when

    def record(self, kind: str, network: str = "AT", **data: Any) -> None:
        self.done.append(Done(kind, self.clock.current, network, data))

    async def say(
        self,
        text: str,
        *,
        user: str,
        room: str = "at-lounge",
        role: str = "trainer",
        dm: bool = False,
        thread: str | None = None,
    ) -> str:
        self.clock.advance(seconds=5)
        lines = await self.bot.say(text, user=user, role=role, room=room, dm=dm, thread=thread)
        return "\n".join(lines)

    # -- prompts --------------------------------------------------------------------------
    async def prompt(
        self,
        when: datetime,
        replies: list[str],
        *,
        room: str = "at-lounge",
        network: str = "AT",
        coordinator: str = "anna",
    ) -> None:
        """Schedule a prompt the day before ``when``; at ``when`` it is posted and each of
        ``replies`` (a person each, repeated for several replies) answers in its thread."""
        self.to(when - timedelta(days=1))
        out = await self.say(
            f"!prompt schedule in: #{room}; at: {when:%Y-%m-%d %H:%M}; tz: UTC; text: Q",
            user=coordinator,
            role="coordinator",
            room=room,
        )
        found = _SCHEDULED.search(out)
        assert found, out
        self.to(when)
        assert await engine(self.bot).run_due() == 1
        self.record("post", network, prompt=int(found[1]))
        thread = await last_thread(self.bot)
        for user in replies:
            await self.say("Here is what worked for us", user=user, room=room, thread=thread)
            self.record("reply", network, prompt=int(found[1]), user=user)
        self.clock.advance(hours=3)
        assert await engine(self.bot).threads.summarise_due() == 1
        await self.bot.app.relay.flush()

    # -- mentoring ------------------------------------------------------------------------
    async def mentor(self, user: str, *, room: str = "at-lounge", network: str = "AT") -> None:
        out = await self.say(
            "!mentor join topics: assessment, apprenticeship; languages: en; capacity: 2;"
            " consent: yes",
            user=user,
            room=room,
        )
        assert "Welcome" in out, out
        self.record("mentor", network, user=user)

    async def request(
        self, trainer: str, answers: list[str], *, room: str = "at-lounge", network: str = "AT"
    ) -> int | None:
        """Ask for a mentor; each proposal gets the next of ``answers`` (``decline`` or
        ``accept``, hours later); the match's id, if one was accepted."""
        out = await self.say(
            "!match designing the assessment of apprentices lang: en", user=trainer, room=room
        )
        self.record("request", network)
        asked = self.clock.current
        for answer in answers:
            [(mentor, proposal)] = proposals_in(out)
            self.record("proposal", network)
            self.clock.advance(hours=7)
            out = await self.say(f"!match {answer} {proposal}", user=mentor, dm=True)
            if answer == "decline":
                self.record("declined", network)
                continue
            assert "accepted" in out.lower(), out
            hours = (self.clock.current - asked).total_seconds() / 3600
            self.record("accepted", network, match=proposal, mentor=mentor, hours=hours)
            return proposal
        return None

    async def feedback(self, user: str, match: int, rating: int, network: str = "AT") -> None:
        out = await self.say(f"!match feedback {match} {rating} helpful", user=user, dm=True)
        assert "error" not in out.lower(), out
        self.record("feedback", network, rating=rating)

    async def end(self, user: str, match: int, network: str = "AT") -> None:
        await self.say(f"!match end {match}", user=user, dm=True)
        self.record("ended", network, match=match)

    # -- knowledge ------------------------------------------------------------------------
    async def lookup(
        self, query: str, *, found: bool, room: str = "at-lounge", network: str = "AT"
    ) -> None:
        out = await self.say(f"!tool {query}", user="lena", room=room)
        assert ("Nothing found" in out) != found, out
        self.record("lookup", network, query=query, found=found)

    async def suggest(self, user: str, title: str, *, network: str = "AT") -> str:
        slug = title.lower().replace(" ", "-")
        out = await self.say(
            f"!tool suggest https://example.org/{slug} {title} | A guide", user=user
        )
        entry = suggestion_id(out)
        self.record("suggestion", network, id=entry)
        return entry

    async def approve(self, entry: str, *, network: str = "AT") -> None:
        out = await self.say(f"!tool approve {entry}", user="anna", role="coordinator")
        assert "Published" in out, out
        made = next(d.at for d in self.done if d.kind == "suggestion" and d.data["id"] == entry)
        self.record("reviewed", network, hours=(self.clock.current - made).total_seconds() / 3600)


# --- what a report must say --------------------------------------------------------------


def _shown(value: float | int | None, base: int) -> str:
    if base < 5:
        return FEWER
    if value is None:
        return "0"
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def expected(
    done: list[Done], start: date, end: date, network: str
) -> dict[tuple[str, str, str], str]:
    """Every figure of ``network``'s report for ``start``..``end``, from the actions alone:
    (section, item, figure) -> the value as the CSV writes it."""
    since = datetime.combine(start, time(), tzinfo=UTC)
    until = datetime.combine(end + timedelta(days=1), time(), tzinfo=UTC)
    mine = [d for d in done if d.network == network]
    inside = [d for d in mine if since <= d.at < until]

    def of(kind: str) -> list[Done]:
        return [d for d in inside if d.kind == kind]

    out: dict[tuple[str, str, str], str] = {}

    def put(section: str, name: str, value: str, item: str = "total") -> None:
        out[(section, item, name)] = value

    # Prompts: people are counted per prompt (who replied is not kept across prompts).
    posted = {d.data["prompt"] for d in of("post")}
    people = {
        p: {d.data["user"] for d in mine if d.kind == "reply" and d.data["prompt"] == p}
        for p in posted
    }
    replies = {
        p: sum(1 for d in mine if d.kind == "reply" and d.data["prompt"] == p) for p in posted
    }
    answers, most = (
        sum(len(x) for x in people.values()),
        max((len(x) for x in people.values()), default=0),
    )
    put("prompts", "prompts_posted", str(len(posted)))
    put("prompts", "posts", str(len(of("post"))))
    put("prompts", "answers", _shown(answers, most))
    put("prompts", "replies", _shown(sum(replies.values()), most))
    put("prompts", "people_answering_distinct", NOT_KNOWN)
    put("prompts", "answer_rate", NOT_KNOWN)
    for p in sorted(posted):
        item = f"prompt:{p}"
        put("prompts", "posts", "1", item)
        put("prompts", "people_answering", _shown(len(people[p]), len(people[p])), item)
        put("prompts", "replies", _shown(replies[p], len(people[p])), item)
        put("prompts", "answer_rate", NOT_KNOWN, item)

    # Matching.
    put("matching", "requested", str(len(of("request"))))
    put("matching", "proposed", str(len(of("proposal"))))
    put("matching", "accepted", str(len(of("accepted"))))
    put("matching", "declined", str(len(of("declined"))))
    put("matching", "expired", "0")
    put("matching", "withdrawn", "0")
    put("matching", "ended", str(len(of("ended"))))
    hours = [d.data["hours"] for d in of("accepted")]
    put(
        "matching",
        "median_hours_to_match",
        _shown(statistics.median(hours) if hours else None, len(hours)),
    )
    ratings = [d.data["rating"] for d in of("feedback")]
    put("matching", "feedback_count", _shown(len(ratings), len(ratings)))
    put(
        "matching",
        "feedback_average",
        _shown(sum(ratings) / len(ratings) if ratings else None, len(ratings)),
    )
    mentors = [d.data["user"] for d in mine if d.kind == "mentor" and d.at < until]
    ended = {d.data["match"] for d in mine if d.kind == "ended" and d.at < until}
    held = Counter(
        d.data["mentor"]
        for d in mine
        if d.kind == "accepted" and d.at < until and d.data["match"] not in ended
    )
    loads = [held[m] for m in mentors]
    active = len(mentors)
    put("matching", "mentors_active", _shown(active, active))
    put("matching", "load_average", _shown(sum(loads) / active if active else None, active))
    put("matching", "load_max", _shown(max(loads, default=0), active))
    put("matching", "slots_used", _shown(sum(loads), active))
    put("matching", "slots_total", _shown(2 * active, active))

    # Knowledge.
    lookups = of("lookup")
    empty = [d for d in lookups if not d.data["found"]]
    put("knowledge", "lookups_asked", str(len(lookups)))
    put("knowledge", "lookups_found_nothing", str(len(empty)))
    made, reviewed = of("suggestion"), [d.data["hours"] for d in of("reviewed")]
    put("knowledge", "suggestions_made", _shown(len(made), len(made)))
    put("knowledge", "suggestions_reviewed", _shown(len(reviewed), len(reviewed)))
    put(
        "knowledge",
        "median_review_hours",
        _shown(statistics.median(reviewed) if reviewed else None, len(reviewed)),
    )
    gaps = Counter(normalise_query(d.data["query"], Filters()) for d in empty)
    assert len(gaps) <= 10  # a report names the ten most asked
    for words, count in gaps.items():
        put("knowledge", words, str(count), "gap")
    return out
