"""``vetbot report``: every format parses and says the same figures, the HTML page is
self-contained and escaped; bad input exits 2 with a clear message."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.botkit import FakeClock
from tests.processes import run_vetbot
from tests.reports.kit import config_path, parse_csv, report, said, started
from tests.reports.scenario import Scenario


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 10, day, hour, 0, tzinfo=UTC)


@pytest.fixture
async def played(tmp_path: Path, sqlite_url: str) -> Path:
    clock = FakeClock(current=at(1, 8))
    bot = await started(tmp_path, sqlite_url, clock)
    s = Scenario(bot, clock)
    await s.prompt(at(2), ["a1", "a2", "a3", "a4", "a5", "a5"])
    await s.lookup("welding safety videos", found=False)
    await bot.stop()
    added = run_vetbot(
        tmp_path, tmp_path / "bot.toml", "network", "add", "ZZ", "--name", "<i>A&B</i> | x",
        "--room", "console:zz",
    )  # fmt: skip
    assert added.returncode == 0, said(added)
    return tmp_path


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.cells: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        assert tag not in ("script", "link", "img", "i")  # nothing fetched, nothing injected

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_every_format_parses_and_agrees(played: Path) -> None:
    month = ("--month", "2026-10", "--network", "AT")
    figures = parse_csv(report(played, *month, "--format", "csv").stdout)
    assert figures[("AT", "prompts", "prompt:1", "people_answering")] == "5"
    assert figures[("AT", "prompts", "prompt:1", "replies")] == "6"

    data = json.loads(report(played, *month, "--format", "json").stdout)
    assert data["period"] == {"from": "2026-10-01", "to": "2026-10-31", "label": "2026-10"}
    [network] = data["networks"]
    from_json = {
        ("AT", f["section"], f["item"], f["figure"]): str(f["value"]) for f in network["figures"]
    }
    assert from_json == figures

    md = report(played, *month, "--format", "md").stdout
    rows = re.findall(r"^\| (.+?) \| (.+) \|$", md, re.MULTILINE)
    assert ("people_answering", "5") in rows and ("lookups_asked", "1") in rows
    assert len([r for r in rows if r[0] != "figure"]) == len(figures)

    out = played / "report.html"
    proc = report(played, "--month", "2026-10", "--format", "html", "--out", str(out))
    assert proc.returncode == 0 and proc.stdout == ""
    page = out.read_text(encoding="utf-8")
    parser = _Page()
    parser.feed(page)
    assert parser.tags[:4] == ["html", "head", "meta", "title"]
    assert "<i>" not in page and "&lt;i&gt;A&amp;B&lt;/i&gt;" in page
    assert "ZZ — <i>A&B</i> | x" in "".join(parser.text)  # the name, as text
    md_all = report(played, "--month", "2026-10").stdout  # md to stdout by default
    assert "## ZZ — <i>A&B</i> \\| x" in md_all  # a table's bar escaped


def test_bad_input_exits_2_with_a_clear_message(tmp_path: Path) -> None:
    config_path(tmp_path)
    cases = {
        ("--month", "2026-13"): "'2026-13' is not a month",
        ("--month", "Oct"): "'Oct' is not a month",
        ("--from", "2026-02-30", "--to", "2026-03-01"): "'2026-02-30' is not a date",
        ("--from", "2026-03-01"): "Give both --from and --to",
        ("--from", "2026-03-02", "--to", "2026-03-01"): "ends before it starts",
        ("--month", "2026-03", "--from", "2026-03-01", "--to", "2026-03-02"): "not both",
        ("--network", "XX"): "There is no network 'XX'",
        ("--format", "xml"): "invalid choice: 'xml'",
    }
    for args, message in cases.items():
        proc = report(tmp_path, *args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert message in said(proc), (args, said(proc))
        assert proc.stdout == ""
    unwritable = report(tmp_path, "--out", str(tmp_path / "no" / "such" / "dir.md"))
    assert unwritable.returncode == 2 and "Cannot write" in said(unwritable)
