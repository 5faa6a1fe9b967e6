"""The delivery engine: restarts, catch-up, crash recovery, threads and summaries, DST."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from bot.capabilities.privacy import PersonalDataRegistry
from bot.capabilities.prompts.deliveries import delivery_key
from bot.capabilities.prompts.engine import PREPARE_SECONDS, Occurrence
from bot.capabilities.prompts.models import Participant
from bot.capabilities.prompts.privacy import forget, personal_data
from bot.store.people import find_person
from tests.botkit import FakeClock
from tests.prompts.promptkit import (
    claimed,
    deliveries,
    drain,
    engine,
    posted,
    prompts,
    settings_for,
    start_bot,
)

C = "coordinator"


async def test_restart_posts_what_fell_due_within_grace_once(
    tmp_path: Path, clock: FakeClock
) -> None:
    settings = settings_for(tmp_path)
    bot = await start_bot(settings, clock)
    await bot.say("!prompt schedule at: 2026-11-24 10:30; text: Due while down", role=C)
    await bot.stop()
    clock.advance(minutes=50)  # 20 minutes late, grace is 60
    bot = await start_bot(settings, clock)
    await engine(bot).run_due()  # nothing left in jobs: catch-up went through the queue
    await drain(bot)
    assert next(line.split(":", 1)[1].strip() for line in posted(bot)).startswith("Due while down")
    await bot.stop()
    bot = await start_bot(settings, clock)  # a second restart posts nothing more
    await drain(bot)
    assert posted(bot) == []
    assert [r.state for r in await deliveries(bot)] == ["sent"]
    await bot.stop()


async def test_many_missed_occurrences_post_once_and_tell_the_author(
    tmp_path: Path, clock: FakeClock
) -> None:
    settings = settings_for(tmp_path)
    bot = await start_bot(settings, clock)
    await bot.say("!prompt schedule cron: 15 * * * *; text: Hourly", role=C, user="cora")
    await bot.stop()
    clock.advance(hours=5, minutes=20)  # 6 occurrences due (09:15 … 14:15 UTC)
    bot = await start_bot(settings, clock)
    await drain(bot)
    assert len(posted(bot)) == 1
    states = [r.state for r in await deliveries(bot)]
    assert states == ["missed"] * 5 + ["sent"]
    dms = [line for line in bot.console.printed if line.startswith("[dm @cora]")]
    assert len(dms) == 1 and "5 times" in dms[0]
    # The next job is the next hour's, not a repeat.
    assert engine(bot).next_times[1] == datetime(2026, 11, 24, 15, 15, tzinfo=UTC)
    await bot.stop()


async def test_beyond_grace_nothing_posts(tmp_path: Path, clock: FakeClock) -> None:
    settings = settings_for(tmp_path, grace_minutes=10)
    bot = await start_bot(settings, clock)
    await bot.say("!prompt schedule at: 2026-11-24 10:30; text: Too late", role=C)
    await bot.stop()
    clock.advance(hours=1)
    bot = await start_bot(settings, clock)
    await drain(bot)
    assert posted(bot) == []
    assert [r.state for r in await deliveries(bot)] == ["missed"]
    assert any("too long ago" in line for line in bot.console.printed)
    assert (await prompts(bot))[0].status == "finished"
    await bot.stop()


async def test_crash_between_claim_and_send_resends_with_the_same_key(
    tmp_path: Path, clock: FakeClock
) -> None:
    settings = settings_for(tmp_path)
    bot = await start_bot(settings, clock)
    await bot.say("!prompt schedule at: 2026-11-24 10:30; text: Interrupted", role=C)
    clock.advance(minutes=30)
    # Simulate the crash: claim as the engine does, then "die" before sending.
    when = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    sent_keys: list[str | None] = []
    real_send = bot.app.send

    async def die(actions):  # type: ignore[no-untyped-def]
        raise SystemExit("crash")

    bot.app.runtime.outbox = type("Dead", (), {"send": staticmethod(die)})()
    with contextlib.suppress(SystemExit):
        await engine(bot).deliver([Occurrence(prompt_id=1, scheduled_at=when)])
    [row] = await deliveries(bot)
    assert row.state == "sending"
    bot.app.runtime.outbox = bot.app
    await bot.stop()
    clock.advance(minutes=2)
    bot = await start_bot(settings, clock)

    async def spy(actions):  # type: ignore[no-untyped-def]
        sent_keys.extend(getattr(a, "key", None) for a in actions)
        return await real_send.__func__(bot.app, actions)  # type: ignore[attr-defined]

    bot.app.runtime.outbox = type("Spy", (), {"send": staticmethod(spy)})()
    await drain(bot)
    assert sent_keys == [delivery_key(1, "console", "general", when)] == [row.key]
    assert len(posted(bot)) == 1
    assert [r.state for r in await deliveries(bot)] == ["sent"]
    await bot.stop()


async def test_claims_are_unique_on_every_database(
    db_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    bot = await start_bot(settings_for(tmp_path, db_url), clock)
    await bot.say("!prompt schedule in: #x, #y; at: 2026-11-24 10:01; text: Once", role=C)
    clock.advance(minutes=1)
    when = datetime(2026, 11, 24, 9, 1, tzinfo=UTC)
    occurrence = Occurrence(prompt_id=1, scheduled_at=when)
    # The same occurrence twice in a batch, then again: two posts in all, one per room.
    first = await engine(bot).deliver([occurrence, occurrence])
    again = await engine(bot).deliver([occurrence])
    assert (first, again) == (2, 0)
    assert sorted(r.room_id for r in await deliveries(bot)) == ["x", "y"]
    await bot.stop()


async def test_thread_replies_are_counted_and_summarised(tmp_path: Path, clock: FakeClock) -> None:
    bot = await start_bot(settings_for(tmp_path, summary_after_hours=2), clock)
    await bot.say("!prompt schedule in: #peer; at: 2026-11-24 10:05; text: Share a tip", role=C)
    clock.advance(minutes=5)
    await engine(bot).run_due()
    for user in ("bea", "bea", "carl"):
        await bot.say("my answer", user=user, room="peer", thread="t1")
    await bot.say("!help", user="dan", room="peer", thread="t1")  # a command, not a reply
    await bot.say("elsewhere", user="eve", room="peer")  # not in the thread
    clock.advance(hours=1)
    assert await engine(bot).threads.summarise_due() == 0
    clock.advance(hours=1)
    assert await engine(bot).threads.summarise_due() == 1
    await bot.app.relay.flush()  # the summary goes out through the outbox
    assert bot.console.printed[-1] == (
        "[#peer/thread t1] vetbot: Participation: 2 people, 3 replies. Thank you for taking part!"
    )
    assert await engine(bot).threads.summarise_due() == 0
    [row] = await deliveries(bot)
    assert (row.replies, row.participants, row.summary_state) == (3, 2, "posted")
    async with bot.app.store.session() as s:
        assert (await s.execute(select(Participant))).first() is None  # who replied: gone
    await bot.stop()


async def test_weekly_jobs_keep_local_time_across_dst(tmp_path: Path) -> None:
    # Brussels leaves summer time on 2027-10-31 and enters it on 2027-03-28.
    clock = FakeClock(current=datetime(2027, 10, 20, 12, 0, tzinfo=UTC))
    bot = await start_bot(settings_for(tmp_path), clock)
    await bot.say("!prompt schedule every: monday 09:00; tz: Europe/Brussels; text: W", role=C)
    fired: list[datetime] = []
    for _ in range(3):
        when = engine(bot).next_times[1]
        clock.current = when
        assert await engine(bot).run_due() == 1
        fired.append(when)
    assert [w.isoformat() for w in fired] == [
        "2027-10-25T07:00:00+00:00",  # CEST
        "2027-11-01T08:00:00+00:00",  # CET
        "2027-11-08T08:00:00+00:00",
    ]
    await bot.stop()


async def test_daily_prompt_in_march_gap_fires_when_clocks_jump(tmp_path: Path) -> None:
    clock = FakeClock(current=datetime(2027, 3, 27, 12, 0, tzinfo=UTC))
    bot = await start_bot(settings_for(tmp_path), clock)
    await bot.say("!prompt schedule every: day 02:30; tz: Europe/Brussels; text: D", role=C)
    assert engine(bot).next_times[1] == datetime(2027, 3, 28, 1, 0, tzinfo=UTC)  # 03:00 CEST
    clock.current = datetime(2027, 3, 28, 1, 0, tzinfo=UTC)
    await engine(bot).run_due()
    assert engine(bot).next_times[1] == datetime(2027, 3, 29, 0, 30, tzinfo=UTC)
    await bot.stop()


async def test_series_opening_prompts_closing_in_order(tmp_path: Path, clock: FakeClock) -> None:
    bot = await start_bot(settings_for(tmp_path, summary_after_hours=24), clock)
    lines = await bot.say(
        "!series create title: Winter e-conference; in: #econf; opening: Welcome!; "
        "closing: Thanks; see you next time",
        role=C,
    )
    assert 'Series 1 "Winter e-conference" created' in lines[0]
    await bot.say("!series add 1 at: 2026-11-25 10:00; text: Second topic", role=C)
    await bot.say("!series add 1 at: 2026-11-24 12:00; text: First topic", role=C)
    shown = (await bot.say("!series show 1", role=C))[0].splitlines()
    assert [line.split(" · ")[1] for line in shown[2:-1]] == [
        "opening",
        "prompt 4",
        "prompt 1",
        "closing",
    ]
    assert "Thu, 26 Nov 2026, 10:00 CET · closing" in shown[-2]
    assert "!series edit 1 opening:" in shown[-1]
    assert "past" in (await bot.say("!series add 1 at: 2026-11-01 10:00; text: x", role=C))[0]
    out: list[str] = []
    while engine(bot).next_times:
        clock.current = min(engine(bot).next_times.values())
        before = len(bot.console.printed)
        await engine(bot).run_due()
        out.extend(posted(bot, before))
    assert [line.split("\n")[0] for line in out] == [
        "[#econf] vetbot: Welcome!",
        "[#econf] vetbot: First topic",
        "[#econf] vetbot: Second topic",
        "[#econf] vetbot: Thanks; see you next time",
    ]
    assert "(thread opened)" not in out[0] and "(thread opened)" in out[1]
    assert "finished" in (await bot.say("!series list", role=C))[0]
    await bot.stop()


async def test_series_cancel_stops_everything(tmp_path: Path, clock: FakeClock) -> None:
    bot = await start_bot(settings_for(tmp_path), clock)
    await bot.say("!series create title: S; opening: Hello", role=C)
    await bot.say("!series add 1 at: 2026-11-25 10:00; text: T", role=C)
    assert len(engine(bot).next_times) == 2
    assert "2 posts" in (await bot.say("!series cancel 1 confirm", role=C))[0]
    assert engine(bot).next_times == {}
    assert (
        "can no longer be changed"
        in (await bot.say("!series add 1 at: 2026-11-26 10:00; text: U", role=C))[0]
    )
    assert "no series 7" in (await bot.say("!series show 7", role=C))[0]
    await bot.stop()


async def test_personal_data_and_forget(tmp_path: Path, clock: FakeClock) -> None:
    bot = await start_bot(settings_for(tmp_path), clock)
    await bot.say("!prompt schedule in: #p; at: 2026-11-24 10:05; text: Mine", role=C, user="cora")
    clock.advance(minutes=5)
    await engine(bot).run_due()
    await bot.say("reply", user="cora", room="p", thread="t1")
    async with bot.app.store.session() as s:
        person = await find_person(s, "console", "cora")
        assert person is not None
        subject = await PersonalDataRegistry().subject(s, "console", "cora")
        data = await personal_data(s, subject)
        assert [p["text"] for p in data["prompts_authored"]] == ["Mine"]
        assert data["replies_counted_in_open_threads"][0]["replies"] == 1
        await forget(s, subject)
    async with bot.app.store.session() as s:
        assert await personal_data(s, subject) == {
            "prompts_authored": [],
            "series_authored": [],
            "replies_counted_in_open_threads": [],
        }
    [prompt] = await prompts(bot)
    assert (prompt.author_user_id, prompt.author_name, prompt.text) == ("", "", "Mine")
    await bot.stop()


async def test_unconfirmed_posts_are_retried_then_reported(
    tmp_path: Path, clock: FakeClock
) -> None:
    bot = await start_bot(settings_for(tmp_path), clock)
    await bot.say("!prompt schedule in: matrix:!r:x; at: 2026-11-24 10:05; text: M", role=C)
    clock.advance(minutes=5)
    await engine(bot).run_due()
    [row] = await deliveries(bot)
    assert (row.state, row.attempts) == ("sending", 1)
    for _ in range(4):
        await engine(bot).resend([row.id])
    [row] = await deliveries(bot)
    assert (row.state, row.attempts) == ("failed", 5)
    await bot.app.relay.flush()  # the notice to the author goes out through the outbox
    assert any("could not be posted" in line for line in bot.console.printed)
    await bot.stop()


async def test_claimed_ahead_posts_on_time_unless_cancelled_meanwhile(
    tmp_path: Path, clock: FakeClock
) -> None:
    import asyncio

    bot = await start_bot(settings_for(tmp_path), clock)
    await bot.say("!prompt schedule in: #lobby; at: 2026-11-24 10:30; text: Ahead", role=C)
    await bot.say("!prompt schedule in: #lobby; at: 2026-11-24 10:30; text: Kept", role=C)

    def lobby() -> list[str]:
        return [line.split("\n")[0] for line in bot.console.printed if line.startswith("[#lobby]")]

    when = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    # The job fires PREPARE_SECONDS ahead of the instant. Once it has claimed the posts, it
    # waits that long (less FINAL_CHECK_SECONDS) in real time, since the test clock stands
    # still: the cancel has all of that to arrive, however slowly the claim was made.
    clock.current = when - timedelta(seconds=PREPARE_SECONDS)
    batch = [Occurrence(prompt_id=p, scheduled_at=when) for p in (1, 2)]
    task = asyncio.create_task(engine(bot).deliver(batch))
    await claimed(bot, 2)
    assert lobby() == [] and [r.state for r in await deliveries(bot)] == ["sending"] * 2
    await bot.say("!prompt cancel 1 confirm", role=C)
    clock.current = when  # the instant comes: what is still claimed is posted right away
    await task
    assert lobby() == ["[#lobby] vetbot: Kept"]
    assert sorted(r.state for r in await deliveries(bot)) == ["sent", "skipped"]
    await bot.stop()


async def test_prompts_scheduled_by_another_process_are_picked_up(
    tmp_path: Path, clock: FakeClock
) -> None:
    from tests.botkit import TestBot

    settings = settings_for(tmp_path)
    running = await start_bot(settings, clock)
    other = TestBot(settings, clock)  # like `vetbot say`: not interactive, no engine running
    await other.start()
    await other.say("!prompt schedule in: #x; at: 2026-11-24 10:30; text: From elsewhere", role=C)
    await other.stop()
    assert engine(running).next_times == {}
    clock.advance(seconds=30)
    await engine(running).sync()
    assert engine(running).next_times == {1: datetime(2026, 11, 24, 9, 30, tzinfo=UTC)}
    await running.stop()
