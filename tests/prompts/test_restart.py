"""Real processes, real time: ``vetbot run --no-input`` killed with SIGKILL around a prompt's
time and restarted must post it exactly once (stdout and the delivery table agree)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.processes import VETBOT, bot_env

pytestmark = pytest.mark.slow

TEXT = "Restart probe: what did you try this week?"
POST = f"[#general] vetbot: {TEXT}"


class Bot:
    """One ``vetbot run --no-input`` process with its output collected line by line."""

    def __init__(self, tmp_path: Path, name: str) -> None:
        self.lines: list[str] = []
        self.log_path = tmp_path / f"{name}.log"
        self.errors = self.log_path.open("w", encoding="utf-8")
        self.proc = subprocess.Popen(
            [*VETBOT, "run", "--no-input"],
            cwd=tmp_path,
            env=bot_env(tmp_path / "bot.toml"),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8")

    def posts(self) -> int:
        return sum(line == POST for line in self.lines)

    def wait_for(self, check: object, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if check():  # type: ignore[operator]
                return True
            time.sleep(0.02)
        return False

    def kill(self, sig: int = signal.SIGKILL) -> None:
        self.proc.send_signal(sig)
        self.proc.wait(timeout=20)
        self._reader.join(timeout=5)
        self.errors.close()


def _setup(tmp_path: Path, seconds_ahead: float) -> datetime:
    """Write the config and schedule the probe ``seconds_ahead`` from now (UTC, with seconds)."""
    (tmp_path / "bot.toml").write_text(
        '[bot]\ndata_dir = "data"\nadapters = ["console"]\n'
        '[knowledge]\nseed = false\n[logging]\nformat = "text"\n',
        encoding="utf-8",
    )
    at = (datetime.now(UTC) + timedelta(seconds=seconds_ahead)).replace(microsecond=0)
    said = subprocess.run(
        [
            *VETBOT,
            "say",
            "--role",
            "coordinator",
            f"!prompt schedule at: {at:%Y-%m-%d %H:%M:%S}; tz: UTC; text: {TEXT}",
        ],
        cwd=tmp_path,
        env=bot_env(tmp_path / "bot.toml"),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert said.returncode == 0 and "Scheduled prompt 1" in said.stdout, said.stdout + said.stderr
    return at


def _rows(tmp_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(tmp_path / "data" / "vetbot.db") as conn:
        return conn.execute(
            "SELECT state, scheduled_at FROM prompt_deliveries WHERE prompt_id = 1"
        ).fetchall()


def test_killed_before_the_prompt_fires_posts_it_once_after_restart(tmp_path: Path) -> None:
    at = _setup(tmp_path, seconds_ahead=12)
    first = Bot(tmp_path, "first")
    assert first.wait_for(lambda: "vetbot running" in first.log(), 30), "did not start"
    first.kill()
    if datetime.now(UTC) >= at:
        pytest.skip("the machine was too slow to kill the bot before the prompt's time")
    assert first.posts() == 0 and _rows(tmp_path) == []
    second = Bot(tmp_path, "second")
    try:
        assert second.wait_for(lambda: second.posts() >= 1, 30), second.lines
        time.sleep(0.5)  # room for a (wrong) second post
    finally:
        second.kill(signal.SIGTERM)
    assert second.posts() == 1
    assert [state for state, _ in _rows(tmp_path)] == ["sent"]


def test_killed_right_after_posting_does_not_post_again(tmp_path: Path) -> None:
    # Far enough ahead that a slow, loaded machine still schedules it in the future.
    _setup(tmp_path, seconds_ahead=8)
    first = Bot(tmp_path, "first")
    try:
        assert first.wait_for(lambda: first.posts() >= 1, 30), first.lines
        assert first.wait_for(lambda: [s for s, _ in _rows(tmp_path)] == ["sent"], 10)
    finally:
        first.kill()
    second = Bot(tmp_path, "second")
    try:
        assert second.wait_for(lambda: "vetbot running" in second.log(), 30), second.log()
        assert "prompts loaded" in second.log()
        time.sleep(1.0)  # well past the moment a resend or catch-up would go out
    finally:
        second.kill(signal.SIGTERM)
    assert first.posts() == 1 and second.posts() == 0
    assert [state for state, _ in _rows(tmp_path)] == ["sent"]


def test_missed_while_down_is_reported_to_the_author_at_start(tmp_path: Path) -> None:
    at = _setup(tmp_path, seconds_ahead=4)
    while datetime.now(UTC) < at + timedelta(seconds=2):
        time.sleep(0.1)
    (tmp_path / "bot.toml").write_text(
        (tmp_path / "bot.toml").read_text(encoding="utf-8") + "[prompts]\ngrace_minutes = 0.01\n",
        encoding="utf-8",
    )
    bot = Bot(tmp_path, "late")
    try:
        assert bot.wait_for(lambda: any("offline" in line for line in bot.lines), 30), (
            bot.lines,
            bot.log(),
        )
    finally:
        bot.kill(signal.SIGTERM)
    notice = next(line for line in bot.lines if "offline" in line)
    assert notice.startswith("[dm @you] vetbot: Prompt 1 ")
    assert bot.posts() == 0
    assert [state for state, _ in _rows(tmp_path)] == ["missed"]
