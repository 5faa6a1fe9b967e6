"""Helpers for the report tests: networks AT and FR (and the European level), a bot whose
prompt engine runs on a moved clock, and ``vetbot report`` run as an operator would."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from pathlib import Path

from sqlalchemy import select

from bot.capabilities.prompts.models import Delivery
from bot.settings import Settings, load_settings
from tests.botkit import FakeClock, TestBot
from tests.processes import run_vetbot
from tests.prompts.promptkit import start_bot

CONFIG = """
[bot]
data_dir = "{data}"
{store}
[knowledge]
seed = false
[limits]
commands_per_window = 10000
[prompts]
summary_after_hours = 2

[networks.AT]
name = "Netzwerk Österreich"
country = "AT"
rooms = ["console:at-lounge"]
coordinators = ["console:anna"]

[networks.FR]
name = "Réseau France"
country = "FR"
rooms = ["console:fr-salon"]
coordinators = ["console:claire"]

[networks.EU]
name = "European network"
country = "EU"
rooms = ["console:eu-hall"]
admins = ["console:erik"]
"""

#: A figure of a CSV report: (network, section, item, figure) -> value as written.
Figures = dict[tuple[str, str, str, str], str]

_PROPOSAL = re.compile(r"\[dm @(\w+)\] vetbot: A trainer is looking .*?proposal #(\d+)")
_SUGGESTED = re.compile(r"is in the review queue as \[([a-z0-9-]+)\]")


def config_path(tmp_path: Path, db_url: str | None = None) -> Path:
    store = f'[store]\nurl = "{db_url}"\n' if db_url else ""
    path = tmp_path / "bot.toml"
    path.write_text(CONFIG.format(data=tmp_path / "data", store=store), encoding="utf-8")
    return path


def settings_for(tmp_path: Path, db_url: str | None = None) -> Settings:
    return load_settings(config_path(tmp_path, db_url), {})


async def started(tmp_path: Path, db_url: str | None, clock: FakeClock) -> TestBot:
    return await start_bot(settings_for(tmp_path, db_url), clock)


def report(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``vetbot report ARGS`` on the test's database (the config written already)."""
    return run_vetbot(tmp_path, tmp_path / "bot.toml", "report", *args)


def said(proc: subprocess.CompletedProcess[str]) -> str:
    """What the operator reads on stderr (log lines are JSON)."""
    return "\n".join(line for line in proc.stderr.splitlines() if not line.startswith("{"))


def parse_csv(text: str) -> Figures:
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["network", "section", "item", "figure", "value"]
    out: Figures = {}
    for network, section, item, figure, value in rows[1:]:
        out[(network, section, item, figure)] = value
    return out


def proposals_in(output: str) -> list[tuple[str, int]]:
    """(mentor, proposal id) of every proposal sent in ``output``."""
    return [(m[1], int(m[2])) for m in _PROPOSAL.finditer(output)]


def suggestion_id(output: str) -> str:
    found = _SUGGESTED.search(output)
    assert found, output
    return found[1]


async def last_thread(bot: TestBot) -> str:
    """The thread of the newest post."""
    async with bot.app.store.session() as session:
        row = (
            await session.execute(select(Delivery).order_by(Delivery.id.desc()).limit(1))
        ).scalar_one()
    assert row.thread_id is not None
    return row.thread_id
