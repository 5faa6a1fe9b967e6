"""Three months of a network, done through the bot's own commands on a moved clock: the
figures of ``vetbot report --format csv`` for the whole period and for each month equal those
counted from the scenario's own list of actions; FR's activity is in FR's figures only."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from tests.botkit import FakeClock
from tests.reports.kit import parse_csv, report, said, started
from tests.reports.scenario import Scenario, expected

MONTHS = ((2026, 9), (2026, 10), (2026, 11))
_LAST = {9: 30, 10: 31, 11: 30}


def at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


async def play(s: Scenario) -> None:
    # September: five mentors join; two prompts (6 people, then 4); matches; lookups.
    s.to(at(9, 1))
    for mentor in ("m1", "m2", "m3", "m4", "m5"):
        await s.mentor(mentor)
    await s.prompt(at(9, 3), ["p1", "p2", "p2", "p3", "p4", "p5", "p6", "p1", "p3"])
    await s.prompt(at(9, 10), ["p1", "p2", "p3", "p4"])
    first = await s.request("t1", ["accept"])
    second = await s.request("t2", ["decline", "accept"])
    await s.request("t3", ["decline", "decline", "accept"])
    assert first and second
    await s.feedback("t1", first, 5)
    await s.feedback("t2", second, 3)
    await s.lookup("welding safety videos", found=False)
    await s.lookup("dual study contracts", found=False)
    await s.lookup("welding safety videos", found=False)
    toolkit = await s.suggest("s1", "Apprenticeship toolkit")
    handbook = await s.suggest("s2", "Peer coaching handbook")
    s.to(at(9, 20))
    await s.approve(toolkit)
    await s.lookup("apprenticeship toolkit", found=True)
    # FR: its own prompt, a request and a lookup, in its own room.
    await s.prompt(at(9, 22), ["f1", "f2", "f3", "f4", "f5", "f6"], room="fr-salon", network="FR")
    await s.request("tf", [], room="fr-salon", network="FR")
    await s.lookup("classe inversée", found=False, room="fr-salon", network="FR")

    # October: one prompt (5 people); more matches and ratings; one match ends.
    await s.prompt(at(10, 6), ["p1", "p2", "p3", "p4", "p5", "p5"])
    await s.approve(handbook)
    third = await s.request("t4", ["accept"])
    fourth = await s.request("t5", ["accept"])
    assert third and fourth
    for rater, match, rating in (("t3", 3, 4), ("t4", third, 4), ("t5", fourth, 2)):
        await s.feedback(rater, match, rating)
    await s.end("t1", first)
    for title, user in (("Assessment grid", "s3"), ("Onboarding checklist", "s4")):
        await s.suggest(user, title)
    await s.lookup("apprenticeship toolkit", found=True)
    await s.lookup("dual study contracts", found=False)

    # November: one prompt (7 people), more requests, ratings, suggestions and reviews.
    await s.prompt(at(11, 4), ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p7"])
    fifth = await s.request("t6", ["decline", "accept"])
    assert fifth
    await s.feedback("t6", fifth, 5)
    await s.feedback("m1", first, 4)
    await s.end("t2", second)
    for title, user in (("Mentoring guide", "s5"), ("Feedback cards", "s6")):
        await s.suggest(user, title)
    s.to(at(11, 20))
    for entry in ("assessment-grid", "onboarding-checklist", "mentoring-guide", "feedback-cards"):
        await s.approve(entry)
    await s.lookup("welding safety videos", found=False)
    await s.lookup("assessment grid", found=True)
    await s.lookup("sign language interpreters", found=False)


async def test_csv_totals_equal_what_was_done(tmp_path: Path, db_url: str) -> None:
    clock = FakeClock(current=at(9, 1, 8))
    bot = await started(tmp_path, db_url, clock)
    scenario = Scenario(bot, clock)
    try:
        await play(scenario)
    finally:
        await bot.stop()
    done = scenario.done

    periods = [
        (["--from", "2026-09-01", "--to", "2026-11-30"], date(2026, 9, 1), date(2026, 11, 30))
    ]
    periods += [
        (["--month", f"{y}-{m:02d}"], date(y, m, 1), date(y, m, _LAST[m])) for y, m in MONTHS
    ]
    for args, start, end in periods:
        proc = report(tmp_path, *args, "--format", "csv")
        assert proc.returncode == 0, said(proc)
        figures = parse_csv(proc.stdout)
        assert {n for n, *_ in figures} == {"AT", "EU", "FR", "default"}
        for network in ("AT", "FR"):
            got = {k[1:]: v for k, v in figures.items() if k[0] == network}
            assert got == expected(done, start, end, network), (args, network)

    # The scenario reaches both sides of the rule and every kind of figure.
    whole = expected(done, date(2026, 9, 1), date(2026, 11, 30), "AT")
    assert whole[("prompts", "prompt:2", "people_answering")] == "fewer than 5"
    assert whole[("prompts", "prompt:1", "people_answering")] == "6"
    assert whole[("matching", "total", "feedback_count")] == "7"
    assert (
        expected(done, date(2026, 9, 1), date(2026, 9, 30), "AT")[
            ("matching", "total", "feedback_count")
        ]
        == "fewer than 5"
    )
    assert int(whole[("knowledge", "total", "lookups_asked")]) == 9
