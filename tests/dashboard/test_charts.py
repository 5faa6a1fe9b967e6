"""The overview's figures, read once per month and kept, against the reports service's for the
same months after every kind of change: a post, replies in a thread whose summary is still to
come, ``!forgetme`` in a month already finished, the summary, lookups and a match."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.capabilities.dashboard.views import months_back
from bot.capabilities.reports.charts import NEWEST_PROMPTS, Charts, NetworkCharts
from bot.capabilities.reports.model import Period
from bot.capabilities.reports.service import ReportService
from tests.botkit import FakeClock
from tests.dashboard.kit import at, browser, link_for, served_bot, table_of
from tests.prompts.promptkit import engine
from tests.reports.kit import last_thread
from tests.reports.scenario import Scenario

_SCHEDULED = re.compile(r"Scheduled prompt (\d+)")


async def from_reports(
    reports: ReportService, months: Sequence[Period], networks: Sequence[str]
) -> list[NetworkCharts]:
    """The charts' figures as whole reports give them: one per month, one for all months."""
    window = Period(months[0].start, months[-1].end)
    whole = await reports.report(window, networks)
    monthly = [await reports.report(m, networks) for m in months]
    out = []
    for index, net in enumerate(whole.networks):
        prompts = sorted(
            (
                (int(f.item.partition(":")[2]), f.value)
                for f in net.figures
                if f.item.startswith("prompt:") and f.name == "people_answering"
            ),
            reverse=True,
        )[:NEWEST_PROMPTS]
        out.append(
            NetworkCharts(
                network=net.network,
                name=net.name or net.network,
                matches=tuple(
                    (m.label, monthly[i].networks[index].value("matching", "accepted") or 0)
                    for i, m in enumerate(months)
                ),
                prompts=tuple(sorted(prompts)),
                gaps=tuple((f.name, f.value) for f in net.figures if f.item == "gap"),
                lookups=(
                    net.value("knowledge", "lookups_asked") or 0,
                    net.value("knowledge", "lookups_found_nothing") or 0,
                ),
            )
        )
    return out


async def test_the_overview_equals_the_reports_after_changes_in_closed_and_open_months(
    tmp_path: Path, sqlite_url: str
) -> None:
    await changes_in_closed_and_open_months(tmp_path, sqlite_url)


@pytest.mark.postgres
async def test_the_overview_equals_the_reports_after_changes_on_postgresql(
    tmp_path: Path, pg_url: str
) -> None:
    await changes_in_closed_and_open_months(tmp_path, pg_url)


async def changes_in_closed_and_open_months(tmp_path: Path, db_url: str) -> None:
    clock = FakeClock(current=at(1, 8, month=10))
    bot, server = await served_bot(tmp_path, db_url, clock)
    s = Scenario(bot, clock)
    reports = bot.app.runtime.get(ReportService)
    charts = bot.app.runtime.get(Charts)
    networks = reports.known()
    try:
        # October: a prompt summarised (six people), lookups that found nothing.
        await s.prompt(at(3, month=10), ["a1", "a2", "a3", "a4", "a5", "a6"])
        await s.lookup("welding safety videos", found=False)
        await s.lookup("classe inversée", found=False, room="fr-salon", network="FR")
        # October 31, 23:00: a post whose six people replied; its summary comes two hours
        # later, in November.
        s.to(datetime(2026, 10, 30, 9, tzinfo=UTC))
        out = await s.say(
            "!prompt schedule in: #at-lounge; at: 2026-10-31 23:00; tz: UTC; text: Q",
            user="anna",
            role="coordinator",
        )
        late = int(_SCHEDULED.search(out)[1])  # type: ignore[index]
        s.to(datetime(2026, 10, 31, 23, tzinfo=UTC))
        assert await engine(bot).run_due() == 1
        thread = await last_thread(bot)
        for user in ("p1", "p2", "p3", "p4", "p5", "p6"):
            await s.say("Here is what worked for us", user=user, thread=thread)
        s.to(datetime(2026, 11, 1, 0, 30, tzinfo=UTC))

        async def same() -> list[NetworkCharts]:
            months = months_back(clock.now().date())
            assert [m.label for m in months][-2:] == ["2026-10", "2026-11"]
            figures = await charts.figures(months, networks)
            assert figures == await from_reports(reports, months, networks)
            return figures

        async for client in browser(server):
            await client.sign_in(await link_for(bot))
            _, page = await client.get("/")
            assert table_of(page, "prompts-AT-table")[f"Prompt #{late}"] == "6"
            read = charts.reads
            assert read == 6  # every month read once
            [at_figures] = [f for f in await same() if f.network == "AT"]
            assert dict(at_figures.prompts)[late] == 6
            assert at_figures.gaps == (("safety videos welding", 1),)
            assert charts.reads == read  # nothing changed: nothing read again

            # !forgetme of someone who replied in October's thread: October, finished,
            # changes (the summary is still to come), and is read again.
            out = await s.say("!forgetme confirm", user="p1", dm=True)
            assert "erased" in out.lower() or "deleted" in out.lower(), out
            figures = await same()
            assert dict(figures[0].prompts)[late] == 5
            assert charts.reads > read
            _, page = await client.get("/")
            assert table_of(page, "prompts-AT-table")[f"Prompt #{late}"] == "5"

            # The summary is posted: the count on the post is final, October read again.
            read = charts.reads
            s.to(datetime(2026, 11, 1, 3, tzinfo=UTC))
            assert await engine(bot).threads.summarise_due() == 1
            assert dict((await same())[0].prompts)[late] == 5
            assert charts.reads > read

            # November: a prompt, lookups that found nothing, a match.
            await s.prompt(at(4), ["b1", "b2", "b3", "b4", "b5", "b6", "b7"])
            await s.lookup("welding safety videos", found=False)
            await s.lookup("welding safety videos", found=False)
            await s.mentor("maria")
            await s.request("tom", ["accept"])
            read = charts.reads
            [at_figures] = [f for f in await same() if f.network == "AT"]
            assert charts.reads == read + 1  # November only
            assert at_figures.matches[-1] == ("2026-11", 1)
            assert at_figures.gaps == (("safety videos welding", 3),)
            assert len(at_figures.prompts) == 3
            await client.sign_in(await link_for(bot))  # the session of November 1 expired
            _, page = await client.get("/")
            assert table_of(page, "matches-AT-table")["2026-11"] == "1"
            assert table_of(page, "gaps-AT-table") == {"safety videos welding": "3"}
    finally:
        await bot.stop()


async def test_the_newest_prompts_of_a_network_over_several_months(
    tmp_path: Path, sqlite_url: str
) -> None:
    """More prompts than a chart shows, in two rooms of other networks and months: the
    newest of each network, as the reports count them."""
    clock = FakeClock(current=at(1, 8, month=9))
    bot, _ = await served_bot(tmp_path, sqlite_url, clock)
    s = Scenario(bot, clock)
    reports = bot.app.runtime.get(ReportService)
    charts = bot.app.runtime.get(Charts)
    try:
        people = ["a1", "a2", "a3", "a4", "a5"]
        for day in range(1, 15):  # more than a chart shows, in one room and month
            await s.prompt(at(day * 2, month=9), people[: 3 + day % 3])
        for day in range(1, 9):
            await s.prompt(
                at(day * 3, 15, month=10), people[: 2 + day % 4], room="fr-salon", network="FR"
            )
        for day in range(1, 8):
            await s.prompt(at(day * 2, month=11), people[: 4 + day % 2])
        months = months_back(clock.now().date())
        networks = reports.known()
        figures = await charts.figures(months, networks)
        assert figures == await from_reports(reports, months, networks)
        [at_figures] = [f for f in figures if f.network == "AT"]
        assert len(at_figures.prompts) == NEWEST_PROMPTS
        # Kept: the same again without reading a month.
        read = charts.reads
        assert await charts.figures(months, networks) == figures
        assert charts.reads == read
    finally:
        await bot.stop()
