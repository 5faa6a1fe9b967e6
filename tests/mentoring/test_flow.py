"""The whole mentoring flow through the console adapter, restarting the bot between steps,
on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from pathlib import Path

from tests.botkit import FakeClock, TestBot, make_settings
from tests.mentoring.kit import (
    LEA,
    MAX,
    MIA,
    NEED,
    Restartable,
    dm_to,
    proposal_id,
    rows,
)


async def test_join_request_decline_expire_accept_feedback_across_restarts(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    await bots.start()
    try:
        # Joining without consent shows what is stored and stores nothing.
        first = await bots.say(MIA.replace(" consent: yes;", ""), user="mia")
        assert "Before you join as a mentor" in first and "consent: yes" in first
        assert rows(db_url, "people") == [] and rows(db_url, "mentoring_profiles") == []
        assert "Welcome" in await bots.say(MIA, user="mia")
        await bots.restart()
        assert "Welcome" in await bots.say(MAX, user="max")
        assert "Welcome" in await bots.say(LEA, user="lea")
        await bots.restart()

        # The request goes to the best candidate, who sees the need but not who asks.
        out = await bots.say(NEED, user="ana")
        assert re.search(r"Request #1 saved\. I've asked a mentor", out)
        first_id = proposal_id(out, "mia")
        (proposal,) = dm_to(out, "mia")
        assert "assessment of apprentices" in proposal and "ana" not in proposal
        assert f"[Accept: !match accept {first_id}]" in proposal
        await bots.restart()

        # Decline: the next candidate is asked.
        out = await bots.say(f"!match decline {first_id}", user="mia")
        assert "declined" in out
        second = "lea" if dm_to(out, "lea") else "max"
        third = "max" if second == "lea" else "lea"
        second_id = proposal_id(out, second)
        assert second_id != first_id and not dm_to(out, third)
        await bots.restart()

        # Nobody answers before the deadline; the bot is down meanwhile and catches up at start.
        clock.advance(hours=47)
        bot = await bots.restart()
        assert not dm_to(bot.output(), third)
        clock.advance(hours=2)
        bot = await bots.restart()
        started = bot.output()
        assert "expired" in dm_to(started, second)[0]
        third_id = proposal_id(started, third)
        await bots.restart()

        # The old proposal cannot be answered any more.
        late = await bots.say(f"!match accept {second_id}", user=second)
        assert "expired" in late
        # Accept: both get an introduction naming the other.
        out = await bots.say(f"!match accept {third_id}", user=third)
        (to_ana,) = dm_to(out, "ana")
        (to_mentor,) = dm_to(out, third)
        assert third in to_ana and "ana" in to_mentor
        # ana knows the match by her request's number, the mentor by the proposal's.
        assert "!match feedback 1 1-5" in to_ana and f"!match feedback {third_id} 1-5" in to_mentor
        await bots.restart()

        status = await bots.say("!match status", user="ana")
        assert f"matched with {third}" in status
        out = await bots.say("!match feedback 1 5 very helpful", user="ana")
        assert "5/5" in out
        await bots.restart()
        (feedback,) = rows(db_url, "mentoring_feedback")
        assert feedback["rating"] == 5 and feedback["comment"] == "very helpful"
        stats = await bots.say("!match stats", user="cora", role="coordinator")
        assert "1 matched" in stats and "1 declined" in stats and "1 expired" in stats
        assert re.search(r"Median time to a match: 49\.\d h", stats)
        assert re.search(rf"{third} \(mentor\): 1/1", stats)
    finally:
        await bots.stop()


async def test_after_max_tries_the_requester_and_coordinators_are_told(
    tmp_path: Path, clock: FakeClock
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"
    bots = Restartable(
        tmp_path,
        url,
        clock,
        matching={"max_tries": 1},
        permissions={"coordinator_users": ("console:cora",)},
    )
    await bots.start()
    try:
        await bots.say(MIA, user="mia")
        await bots.say(MAX, user="max")
        out = await bots.say(NEED, user="ana")
        out = await bots.say(f"!match decline {proposal_id(out, 'mia')}", user="mia")
        (honest,) = dm_to(out, "ana")
        assert "none could take it on" in honest and "stays open" in honest
        (note,) = dm_to(out, "cora")
        assert "Request #1" in note and "ana" not in note
        assert not dm_to(out, "max")
        assert rows(url, "mentoring_requests")[0]["status"] == "open"
        # A new mentor joining is asked about the request that waits.
        out = await bots.say(LEA, user="lea")
        assert proposal_id(out, "lea")
        stats = await bots.say("!match stats", user="cora", role="coordinator")
        assert "1 proposed" in stats
    finally:
        await bots.stop()


async def test_no_candidate_keeps_the_request_open_until_someone_joins(
    tmp_path: Path, clock: FakeClock
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"
    bots = Restartable(tmp_path, url, clock)
    await bots.start()
    try:
        out = await bots.say(NEED, user="ana")
        assert "no mentor fits it right now" in out
        # Joining as the other kind does not serve a mentor request.
        out = await bots.say(MAX.replace("!mentor", "!expert"), user="max")
        assert "proposal #" not in out
        out = await bots.say(MIA, user="mia")
        assert proposal_id(out, "mia") == 1
        # A request for a peer expert goes to the expert, not to the mentor.
        out = await bots.say(NEED + "; kind: expert", user="ben")
        assert proposal_id(out, "max") == 2 and not dm_to(out, "mia")
    finally:
        await bots.stop()


async def test_leave_and_pause_withdraw_and_skip(tmp_path: Path, clock: FakeClock) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"
    bots = Restartable(tmp_path, url, clock)
    await bots.start()
    try:
        await bots.say(MIA, user="mia")
        await bots.say(LEA, user="lea")
        assert "Paused until Tue, 1 Dec 2026" in await bots.say(
            "!mentor pause until: 2026-12-01", user="lea"
        )
        out = await bots.say(NEED, user="ana")
        proposal_id(out, "mia")
        # Leaving withdraws the pending proposal; the paused mentor is not asked.
        out = await bots.say("!mentor leave confirm", user="mia")
        assert "Proposals withdrawn: 1" in out and not dm_to(out, "lea")
        assert rows(url, "mentoring_profiles")[0]["kind"] == "mentor"
        assert len(rows(url, "mentoring_profiles")) == 1
        # After the pause, a resume offers the waiting request.
        out = await bots.say("!mentor resume", user="lea")
        assert "Welcome back" in out and proposal_id(out, "lea")
        me = await bots.say("!mentor me", user="lea")
        assert "in use: 1" in me and "active" in me
    finally:
        await bots.stop()


async def test_interactive_bot_schedules_the_deadline_check(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, knowledge={"seed": False})
    bot = TestBot(settings, FakeClock(), interactive=True)
    await bot.start()
    try:
        scheduler = bot.app.runtime.scheduler
        assert scheduler.get_job("mentoring.deadlines") is not None
        assert scheduler.get_job("mentoring.anonymise") is not None
    finally:
        await bot.stop()
