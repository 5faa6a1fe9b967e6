"""Self-assessments counted for the networks' reports: per network, country and area, with
every group of fewer than 5 people shown as "fewer than 5" (and a count withheld where the
total would give a hidden one away); a coordinator sees only their networks, a European
admin all; ``vetbot cpd aggregates`` writes the same figures as Markdown, CSV or JSON."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
from pathlib import Path

import pytest

from bot.capabilities.cpd.aggregates import Assessed, aggregate
from bot.capabilities.cpd.frameworks import Framework
from bot.capabilities.cpd.service import CpdService
from bot.cli import main
from bot.settings import load_settings
from bot.small_groups import WITHHELD
from tests.botkit import FakeClock, TestBot
from tests.networks.netkit import TWO_NETWORKS, network_settings

#: The sample framework's competences in its first area, "planning".
PLANNING = ("planning-learning-plan", "planning-learning-tasks", "planning-digital")


async def _rate(bot: TestBot, user: str, room: str, level: str, *, country: str = "") -> None:
    """``user`` starts in ``room`` and rates the planning area at ``level`` by DM."""
    await bot.say("!cpd assess planning", user=user, room=room)
    if country:  # a country of one's own
        await bot.say(f"!country {country}", user=user, dm=True)
    for competence in PLANNING:
        await bot.say(f"!cpd rate {competence} {level} planning", user=user, dm=True)


async def _framework(bot: TestBot) -> Framework:
    return await bot.app.runtime.get(CpdService).framework()


async def test_small_groups_and_withheld_counts(tmp_path: Path) -> None:
    bot = await TestBot(network_settings(tmp_path, own_languages=False), FakeClock()).start()
    try:
        framework = await _framework(bot)
    finally:
        await bot.stop()
    rated = {c: 3 for c in PLANNING}
    low = {c: 1 for c in PLANNING}
    people = [Assessed(network="AT", country="AT", ratings=rated) for _ in range(6)]
    people += [Assessed(network="AT", country="DE", ratings=low)]
    people += [Assessed(network="FR", country="FR", ratings=rated) for _ in range(4)]
    found = aggregate(framework, people, 5)
    groups = {(g.network, g.country): g for g in found.groups}
    at = groups[("AT", "")]
    assert at.people == 7
    planning = at.areas[0]
    assert planning.rated == 7
    # 6 at level 3, 1 at level 1: the 1 is hidden, and the 6 withheld (7 - 6 gives it away).
    assert planning.levels == (None, 0, WITHHELD, 0)
    assert planning.average is None
    assert all(a.rated == 0 and a.average is None for a in at.areas[1:])  # nor rated by anyone
    # AT's countries: DE (1) hidden, and AT (6) withheld, since 7 - 6 would show DE's one.
    assert groups[("AT", "AT")].people is None and groups[("AT", "AT")].withheld
    assert groups[("AT", "DE")].people is None and not groups[("AT", "DE")].withheld
    assert groups[("AT", "AT")].areas == ()
    assert groups[("FR", "")].people is None and groups[("FR", "")].areas == ()
    # A level hidden in the network's table cannot be worked out from its countries' either:
    # AT 5 at 2 and 5 at 3; DE 5 at 3 and 1 at 1. The network's 1 at level 1 is hidden and its
    # level 2 withheld; then AT's level 2 (5) with DE's (0) would give that away, so it goes.
    mixed = [Assessed(network="AT", country="AT", ratings={c: 2 for c in PLANNING})] * 5
    mixed += [Assessed(network="AT", country="AT", ratings=rated)] * 5
    mixed += [Assessed(network="AT", country="DE", ratings=rated)] * 5
    mixed += [Assessed(network="AT", country="DE", ratings=low)]
    table = {(g.network, g.country): g for g in aggregate(framework, mixed, 5).groups}
    assert table[("AT", "")].areas[0].levels == (None, WITHHELD, 10, 0)
    assert table[("AT", "AT")].areas[0].levels == (0, WITHHELD, 5, 0)
    assert table[("AT", "DE")].areas[0].levels == (None, 0, WITHHELD, 0)
    assert table[("AT", "AT")].areas[0].rated == 10 and table[("AT", "DE")].areas[0].rated == 6
    # Everyone at one level: every count shown, and the average.
    same = aggregate(framework, people[:6], 5)
    assert same.groups[0].areas[0].levels == (0, 0, 6, 0)
    assert same.groups[0].areas[0].average == 3.0


async def test_overview_in_chat_is_scoped_and_hides_small_groups(tmp_path: Path) -> None:
    bot = await TestBot(network_settings(tmp_path, own_languages=False), FakeClock()).start()
    try:
        for n in range(10):
            await _rate(bot, f"at-{n}", "at-lounge", "3" if n < 5 else "2")
        for n in range(3):
            await _rate(bot, f"fr-{n}", "fr-salon", "4")
        for user in ("at-0", "at-1"):  # two rate one more area
            await bot.say("!cpd rate guiding-instruct 3", user=user, dm=True)
        # Rating by DM after starting in a room counts in that room's network; a trainer
        # who only ever wrote by DM counts in the default network.
        await bot.say("!cpd rate planning-digital 1", user="dm-only", dm=True)

        anna = "\n".join(
            await bot.say("!cpd overview", user="anna", role="coordinator", room="at-lounge")
        )
        assert "Network AT — people who rated themselves: 10" in anna
        assert "rated by: 10; average level: 2.5" in anna
        assert "Network FR" not in anna and "default" not in anna
        assert "fewer than 5 people rated it" in anna  # guiding, by two
        assert "rated by: 0; average level: –" in anna  # the areas no one rated
        assert "at-0" not in anna

        erik = "\n".join(await bot.say("!cpd overview", user="erik", role="admin", room="eu-hall"))
        assert "Network AT — people who rated themselves: 10" in erik
        assert "Network FR — people who rated themselves: fewer than 5" in erik
        assert "Network default — people who rated themselves: fewer than 5" in erik

        trainer = "\n".join(await bot.say("!cpd overview", user="at-0", room="at-lounge"))
        assert "people who rated themselves" not in trainer

        await bot.say("!language de", user="anna", dm=True)
        german = "\n".join(
            await bot.say("!cpd überblick", user="anna", role="coordinator", room="at-lounge")
        )
        assert "Netzwerk AT — Personen mit Selbsteinschätzung: 10" in german
        assert "durchschnittliche Stufe: 2,5" in german
    finally:
        await bot.stop()


async def test_country_is_the_persons_own_else_the_networks(tmp_path: Path) -> None:
    bot = await TestBot(network_settings(tmp_path, own_languages=False), FakeClock()).start()
    try:
        for n in range(6):
            await _rate(bot, f"at-{n}", "at-lounge", "3")
        for n in range(5):
            await _rate(bot, f"de-{n}", "at-lounge", "2", country="DE")
        erik = "\n".join(await bot.say("!cpd overview", user="erik", role="admin", room="eu-hall"))
        assert "Network AT — people who rated themselves: 11" in erik
        assert re.search(r"By country \(people\): AT 6, DE 5", erik)
    finally:
        await bot.stop()


def _config(tmp_path: Path) -> Path:
    path = tmp_path / "bot.toml"
    path.write_text(TWO_NETWORKS.format(data=tmp_path / "data", store=""), encoding="utf-8")
    return path


async def _fill(config: Path) -> None:
    bot = await TestBot(load_settings(config, {}), FakeClock()).start()
    try:
        for n in range(6):
            await _rate(bot, f"at-{n}", "at-lounge", "3" if n < 5 else "1")
        await _rate(bot, "fr-0", "fr-salon", "4")
    finally:
        await bot.stop()


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    config = _config(tmp_path)
    asyncio.run(_fill(config))
    return config


def test_cli_writes_csv_json_and_markdown(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(filled), "cpd", "aggregates", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == [
        "network",
        "country",
        "area",
        "people",
        "level_1",
        "level_2",
        "level_3",
        "level_4",
        "average",
    ]
    assert ["AT", "*", "*", "6", "", "", "", "", ""] in rows
    assert ["AT", "*", "planning", "6", "<5", "0", "hidden", "0", ""] in rows
    assert ["FR", "*", "*", "<5", "", "", "", "", ""] in rows

    assert (
        main(["--config", str(filled), "cpd", "aggregates", "--network", "FR", "--format", "json"])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert [g["network"] for g in data["groups"]] == ["FR"]
    assert data["groups"][0]["people"] == "<5" and data["groups"][0]["areas"] == []

    target = tmp_path / "report.md"
    assert main(["--config", str(filled), "cpd", "aggregates", "--out", str(target)]) == 0
    assert "Written to" in capsys.readouterr().out
    text = target.read_text(encoding="utf-8")
    assert "## AT — people: 6" in text and "## FR — people: fewer than 5" in text
    assert "| fewer than 5 | 0 | not shown | 0 |" in text
    assert "at-" not in text
    assert target.stat().st_mode & 0o077 == 0
