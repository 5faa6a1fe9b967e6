"""``!report`` in chat: coordinators only, scoped to their networks (the European level sees
every one), the summary in the reader's language, the whole report as a CSV file by direct
message; the fewer-than-5 rule on one prompt's figures."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.capabilities.prompts.models import Delivery, Prompt
from tests.botkit import FakeClock, sent_files
from tests.prompts.promptkit import engine
from tests.reports.kit import Figures, parse_csv, started
from tests.reports.scenario import Scenario


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=UTC)


def the_file(lines: list[str]) -> Figures:
    (path,) = sent_files("\n".join(lines))
    assert path.name.endswith("report-2026-11.csv")
    return parse_csv(path.read_text(encoding="utf-8"))


@pytest.fixture
async def scenario(tmp_path: Path, sqlite_url: str) -> Scenario:
    clock = FakeClock(current=at(1, 8))
    bot = await started(tmp_path, sqlite_url, clock)
    s = Scenario(bot, clock)
    await s.prompt(at(3), ["a1", "a2", "a3", "a4", "a1"])  # 4 people
    await s.prompt(at(6), ["b1", "b2", "b3", "b4", "b5", "b6"])  # 6 people
    await s.prompt(at(9), ["f1", "f2", "f3", "f4", "f5", "f6", "f7"], room="fr-salon", network="FR")
    await s.lookup("welding safety videos", found=False)
    await s.lookup("classe inversée", found=False, room="fr-salon", network="FR")
    s.to(at(20))
    return s


async def test_an_at_coordinator_gets_at_only(scenario: Scenario) -> None:
    lines = await scenario.bot.say(
        "!report 2026-11", user="anna", role="coordinator", room="at-lounge"
    )
    text = "\n".join(lines)
    assert "Report for 2026-11:" in text
    assert "AT: prompts posted 2, replies 11" in text and "FR" not in text
    figures = the_file(lines)
    assert {k[0] for k in figures} == {"AT"}
    # The rule on one prompt: 4 people → "fewer than 5" (and their replies with them); 6 → 6.
    assert figures[("AT", "prompts", "prompt:1", "people_answering")] == "fewer than 5"
    assert figures[("AT", "prompts", "prompt:1", "replies")] == "fewer than 5"
    assert figures[("AT", "prompts", "prompt:2", "people_answering")] == "6"
    assert figures[("AT", "prompts", "prompt:2", "replies")] == "6"
    assert figures[("AT", "knowledge", "gap", "safety videos welding")] == "1"
    assert not any("invers" in k[3] for k in figures)


async def test_the_european_level_sees_every_network_and_france_its_own(
    scenario: Scenario,
) -> None:
    eu = the_file(await scenario.bot.say("!report", user="erik", role="admin", room="eu-hall"))
    assert {k[0] for k in eu} == {"AT", "EU", "FR", "default"}
    fr = the_file(
        await scenario.bot.say("!report", user="claire", role="coordinator", room="fr-salon")
    )
    assert {k[0] for k in fr} == {"FR"}
    assert fr[("FR", "prompts", "prompt:3", "people_answering")] == "7"


async def test_trainers_are_refused_and_bad_months_explained(scenario: Scenario) -> None:
    refused = await scenario.bot.say("!report", user="p1", room="at-lounge")
    assert "Only a coordinator" in "\n".join(refused)
    assert not sent_files("\n".join(refused))
    for bad in ("2026-13", "november", "2026-11 2026-12"):
        lines = await scenario.bot.say(
            f"!report {bad}", user="anna", role="coordinator", room="at-lounge"
        )
        text = "\n".join(lines)
        assert ("is not a month" in text) or ("at most one month" in text), text
        assert not sent_files(text)


async def test_the_summary_is_in_the_readers_language(scenario: Scenario) -> None:
    await scenario.bot.say("!language de", user="anna", role="coordinator", room="at-lounge")
    lines = await scenario.bot.say(
        "!bericht 2026-11", user="anna", role="coordinator", room="at-lounge"
    )
    text = "\n".join(lines)
    assert "Bericht für 2026-11:" in text and "Impulse gepostet 2" in text, text
    assert "Durchschnittsbewertung weniger als 5" in text


async def test_a_series_adds_up_its_prompts_not_its_opening_or_closing(
    tmp_path: Path, sqlite_url: str
) -> None:
    clock = FakeClock(current=at(1, 8))
    bot = await started(tmp_path, sqlite_url, clock)
    coordinator = {"user": "anna", "role": "coordinator", "room": "at-lounge"}
    created = await bot.say(
        "!series create title: Autumn; in: #at-lounge; opening: Welcome; closing: Thanks",
        **coordinator,
    )
    assert "Series 1" in created[0]
    await bot.say("!series add 1 at: 2026-11-10 10:00; text: First", **coordinator)
    await bot.say("!series add 1 at: 2026-11-12 10:00; text: Second", **coordinator)
    people = [["a1", "a2", "a3", "a4", "a5", "a5"], ["b1", "b2", "b3"]]
    seen: set[int] = set()
    while engine(bot).next_times:
        clock.current = min(engine(bot).next_times.values())
        await engine(bot).run_due()
        async with bot.app.store.session() as session:
            rows = (
                await session.execute(
                    select(Delivery.id, Delivery.thread_id, Prompt.part)
                    .join(Prompt, Prompt.id == Delivery.prompt_id)
                    .order_by(Delivery.scheduled_at, Delivery.id)
                )
            ).all()
        for delivery, thread, part in rows:
            if delivery not in seen and part == "prompt":
                for user in people.pop(0):
                    await bot.say("An answer", user=user, room="at-lounge", thread=thread)
            seen.add(delivery)
    assert people == []
    # No summary posted yet: who answered is counted from the threads as they stand.
    clock.current = at(20)
    figures = the_file(await bot.say("!report", **coordinator))
    series = {k[3]: v for k, v in figures.items() if k[2] == "series:1"}
    assert series == {
        "prompts_posted": "2",
        "posts": "2",
        "answers": "8",  # 5 + 3: a person is counted once per prompt
        "replies": "9",
        "people_answering_distinct": "not known",  # who answered is not kept across prompts
        "answer_rate": "not known",
    }
    assert figures[("AT", "prompts", "total", "prompts_posted")] == "2"  # not the opening
    await bot.stop()
