"""``vetbot survey export`` in process, through the command line's own wiring (its
``Services``), against a database a bot filled through the console."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.settings import load_settings
from tests.botkit import TestBot
from tests.surveys.kit import CREATE, answer, create


def _config(tmp_path: Path) -> Path:
    path = tmp_path / "bot.toml"
    path.write_text(
        f'[bot]\ndata_dir = "{tmp_path / "data"}"\n[knowledge]\nseed = false\n'
        "[limits]\ncommands_per_window = 1000\n",
        encoding="utf-8",
    )
    return path


async def _fill(config: Path) -> None:
    bot = await TestBot(load_settings(config, {})).start()
    try:
        await create(bot, CREATE.replace("in: #at-lounge; ", ""))
        for n in range(6):
            choice = "1" if n < 5 else "2"
            await answer(bot, f"who-{n}", f"!survey answer 1 1 {choice}", "!survey answer 1 2 4")
            await answer(bot, f"who-{n}", f"Idea number {n}")
            await answer(bot, f"who-{n}", f"!survey share 1 3 {'yes' if n < 2 else 'no'}")
    finally:
        await bot.stop()


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    config = _config(tmp_path)
    asyncio.run(_fill(config))
    return config


def test_export_csv_and_json_hide_small_groups_and_names(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(filled), "survey", "export", "1", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["question", "option", "count"]
    assert ["", "(respondents)", "6"] in rows
    assert ["1. Did the workshop help?", "yes", "hidden"] in rows  # 6 - 5 would give it away
    assert ["1. Did the workshop help?", "no", "<5"] in rows
    assert ["1. Did the workshop help?", "partly", "0"] in rows
    assert ["2. How useful was it?", "4", "6"] in rows
    shared = [r[1] for r in rows if r[0] == "3. What would you change?" and r[2] == ""]
    assert shared == ["Idea number 0", "Idea number 1"]
    assert "who-" not in out and "Idea number 5" not in out

    target = tmp_path / "results.json"
    code = main(
        ["--config", str(filled), "survey", "export", "1", "--format", "json", "--out", str(target)]
    )
    assert code == 0
    assert "Results of survey 1 written to" in capsys.readouterr().out
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["respondents"] == 6
    assert data["questions"][0]["counts"][1] == {"option": "no", "count": "<5"}
    assert target.stat().st_mode & 0o077 == 0  # owner-only


def test_export_of_an_unknown_or_bad_id(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(filled), "survey", "export", "7"]) == 1
    assert "There is no survey 7." in capsys.readouterr().err
    assert main(["--config", str(filled), "survey", "export", "x7"]) == 2
    assert "`x7` is not a survey number." in capsys.readouterr().err
