"""The prompt and series services called directly, with no chat: the values they return,
the keyed errors they raise (no text), the audit log written with each change, and the engine
told to re-plan — on SQLite and PostgreSQL.

The fake clock starts at 2026-11-24 09:00 UTC = 10:00 in Brussels.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.actors import Actor
from bot.capabilities.prompts.models import Part, Status
from bot.capabilities.prompts.schedule import parse_schedule
from bot.capabilities.prompts.series_service import SeriesService
from bot.capabilities.prompts.service import PromptService
from bot.capabilities.prompts.values import BookendChange, ScheduleOptions
from bot.errors import Conflict, NotFound, UsageError
from bot.messages import Cmd, Msg
from bot.store.models import AuditEntry
from bot.targets import RoomRef
from tests.botkit import FakeClock, TestBot
from tests.prompts.promptkit import engine, prompts, settings_for, start_bot

CORA = Actor(platform="console", user_id="cora", name="Cora", role="coordinator")
PEER = (RoomRef(platform="console", room_id="peer", room_name="peer"),)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
async def pbot(tmp_path: Path, db_url: str, clock: FakeClock) -> AsyncIterator[TestBot]:
    bot = await start_bot(settings_for(tmp_path, db_url, summary_after_hours=24), clock)
    yield bot
    await bot.stop()


def services(bot: TestBot) -> tuple[PromptService, SeriesService]:
    runtime = bot.app.runtime
    return runtime.get(PromptService), runtime.get(SeriesService)


async def audit_log(bot: TestBot) -> list[tuple[str, str, str, dict[str, str]]]:
    async with bot.app.store.session() as session:
        rows = await session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(r.action, r.target, r.actor_id, dict(r.detail)) for r in rows]


async def daily(service: PromptService, clock: FakeClock) -> int:
    schedule = parse_schedule(every="day 11:00", tz="Europe/Brussels", now=clock.now())
    done = await service.schedule(CORA, text="Daily", schedule=schedule, targets=PEER)
    return done.prompt_id


async def test_schedule_returns_the_prompt_and_has_the_engine_plan_it(
    pbot: TestBot, clock: FakeClock
) -> None:
    service, _ = services(pbot)
    schedule = parse_schedule(every="day 11:00", tz="Europe/Brussels", now=clock.now())
    done = await service.schedule(CORA, text="Daily", schedule=schedule, targets=PEER)
    assert (done.prompt_id, done.schedule, done.targets) == (1, schedule, PEER)
    assert done.next_post is not None and done.next_post.astimezone(UTC) == utc(2026, 11, 24, 10)
    assert engine(pbot).next_times == {1: utc(2026, 11, 24, 10)}
    [row] = await prompts(pbot)
    assert (row.text, row.status, row.author_user_id, row.author_name) == (
        "Daily",
        "active",
        "cora",
        "Cora",
    )
    assert row.author_person_id is not None
    assert await audit_log(pbot) == [
        ("prompt.schedule", "prompt:1", "cora", {"schedule": "day 11:00"})
    ]


async def test_state_changes_return_values_and_refuse_by_key(
    pbot: TestBot, clock: FakeClock
) -> None:
    service, _ = services(pbot)
    prompt_id = await daily(service, clock)
    paused = await service.pause(CORA, prompt_id)
    assert (paused.prompt_id, paused.action, paused.emptied_series) == (1, "pause", None)
    assert engine(pbot).next_times == {}

    with pytest.raises(Conflict) as again:
        await service.pause(CORA, prompt_id)
    err = again.value
    assert (err.key, dict(err.params)) == (
        "prompts.error.already",
        {"id": 1, "status": Msg("prompts.status.paused")},
    )
    assert err.hint is None and err.message == "prompts.error.already"  # no text of its own

    with pytest.raises(Conflict) as cannot:
        await service.skip(CORA, prompt_id)
    assert cannot.value.key == "prompts.error.cannot_skip"

    with pytest.raises(NotFound) as missing:
        await service.show(99)
    assert (missing.value.key, dict(missing.value.params)) == (
        "prompts.error.not_found",
        {"id": 99},
    )

    assert (await service.resume(CORA, prompt_id)).action == "resume"
    assert engine(pbot).next_times == {1: utc(2026, 11, 24, 10)}
    assert [entry[0] for entry in await audit_log(pbot)] == [
        "prompt.schedule",
        "prompt.pause",
        "prompt.resume",
    ]


async def test_skip_then_edit_report_the_skips_kept_and_cleared(
    pbot: TestBot, clock: FakeClock
) -> None:
    service, _ = services(pbot)
    prompt_id = await daily(service, clock)
    skipped = await service.skip(CORA, prompt_id)
    assert (skipped.when, skipped.tz, skipped.ended) == (
        utc(2026, 11, 24, 10),
        "Europe/Brussels",
        None,
    )
    preview = await service.preview(prompt_id, 2)
    assert [w.astimezone(UTC) for w in preview.times] == [
        utc(2026, 11, 25, 10),
        utc(2026, 11, 26, 10),
    ]

    kept = await service.edit(CORA, prompt_id, schedule=ScheduleOptions(cron="0 11 * * *"))
    assert kept.kept == (utc(2026, 11, 24, 10),) and kept.cleared == ()
    assert kept.schedule is not None and kept.schedule.kind == "cron"
    assert kept.next_post is not None and kept.next_post.astimezone(UTC) == utc(2026, 11, 25, 10)
    assert (kept.targets, kept.text) == (None, None)

    moved = await service.edit(CORA, prompt_id, schedule=ScheduleOptions(tz="America/New_York"))
    assert moved.cleared == (utc(2026, 11, 24, 10),) and moved.old_tz == "Europe/Brussels"
    assert moved.schedule is not None and moved.schedule.spec == "0 11 * * *"

    worded = await service.edit(CORA, prompt_id, text="New words", targets=PEER)
    assert (worded.schedule, worded.text, worded.targets) == (None, "New words", PEER)
    edits = [entry[3] for entry in await audit_log(pbot) if entry[0] == "prompt.edit"]
    assert edits == [{"changed": "cron"}, {"changed": "tz"}, {"changed": "in,text"}]


async def test_series_operations_return_values_and_keep_the_bookends_planned(
    pbot: TestBot,
) -> None:
    prompt_service, series = services(pbot)
    created = await series.create(
        CORA, title="Winter\nschool", tz="Europe/Brussels", targets=PEER, opening="Hi"
    )
    assert (created.series_id, created.title, created.targets) == (1, "Winter school", PEER)

    dora = Actor(platform="console", user_id="dora", name="Dora", role="coordinator")
    added = await series.add(dora, 1, text="First", at="2026-11-25 10:00")
    assert (added.series_id, added.prompt_id, added.position, added.tz) == (
        1,
        1,
        1,
        "Europe/Brussels",
    )
    assert added.when.astimezone(UTC) == utc(2026, 11, 25, 9)
    # The prompt and its opening (ID 2) are planned, at the same instant.
    assert engine(pbot).next_times == {1: utc(2026, 11, 25, 9), 2: utc(2026, 11, 25, 9)}
    rows = {p.id: p for p in await prompts(pbot)}
    assert (rows[1].author_user_id, rows[2].part) == ("dora", "opening")

    view = await series.show(1)
    assert [(p.prompt_id, p.part, p.position) for p in view.parts] == [
        (2, Part.OPENING, 0),
        (1, Part.PROMPT, 1),
    ]
    assert view.has_prompts and view.status == Status.ACTIVE

    with pytest.raises(Conflict) as bookend:
        await prompt_service.cancel(CORA, 2)
    assert (bookend.value.key, dict(bookend.value.params)) == (
        "prompts.error.series_part",
        {
            "id": 2,
            "part": Msg("prompts.series.opening"),
            "series": 1,
            "show": Cmd("series show 1"),
            "edit": Cmd("series edit 1 opening"),
        },
    )
    with pytest.raises(UsageError) as recurring:
        await prompt_service.edit(CORA, 1, schedule=ScheduleOptions(every="monday 09:00"))
    assert (recurring.value.key, recurring.value.hint) == ("prompts.series.once_only", None)

    edited = await series.edit(CORA, 1, title="Winter", opening="", closing="Bye")
    assert (edited.title, edited.bookends) == (
        "Winter",
        (
            BookendChange(part=Part.OPENING, dropped=True),
            BookendChange(part=Part.CLOSING, dropped=False),
        ),
    )
    cancelled = await series.cancel(CORA, 1)
    assert (cancelled.series_id, cancelled.cancelled) == (1, 2)  # the prompt and the closing
    assert engine(pbot).next_times == {}
    with pytest.raises(Conflict) as again:
        await series.cancel(CORA, 1)
    assert again.value.key == "prompts.series.already"
    with pytest.raises(Conflict) as closed:
        await series.add(CORA, 1, text="Late", at="2026-12-01 10:00")
    assert (closed.value.key, dict(closed.value.params)) == (
        "prompts.series.not_active",
        {"id": 1, "status": Msg("prompts.status.cancelled")},
    )
    assert [(a, t) for a, t, _, _ in await audit_log(pbot)] == [
        ("series.create", "series:1"),
        ("series.add", "series:1"),
        ("series.edit", "series:1"),
        ("series.cancel", "series:1"),
    ]


async def test_a_refused_change_stores_nothing(pbot: TestBot, clock: FakeClock) -> None:
    service, series = services(pbot)
    await series.create(CORA, title="S", tz="Europe/Brussels", targets=PEER)
    await series.add(CORA, 1, text="First", at="2026-11-25 10:00")
    before = (await prompts(pbot))[0].schedule
    for options in (ScheduleOptions(cron="0 9 * * 1"), ScheduleOptions(at="2026-11-20 10:00")):
        with pytest.raises(UsageError):
            await service.edit(CORA, 1, text="Changed", schedule=options)
    [row] = await prompts(pbot)
    assert (row.text, row.schedule) == ("First", before)
    assert [entry[0] for entry in await audit_log(pbot)] == ["series.create", "series.add"]
