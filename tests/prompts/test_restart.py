"""Real processes, real time: ``vetbot run`` killed with SIGKILL around a prompt's time and
restarted must post it exactly once (stdout and the delivery table agree).

The prompt is scheduled through the console of a bot that is already running, a few seconds
ahead of the moment it reads the command, so how long a process takes to start on a busy
machine never decides whether the time is still in the future.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.capabilities.prompts.engine import PREPARE_SECONDS
from tests.processes import VETBOT, bot_env

pytestmark = pytest.mark.slow

TEXT = "Restart probe: what did you try this week?"
POST = f"[#general] vetbot: {TEXT}"


class Bot:
    """One ``vetbot run`` process with its output collected line by line.

    With ``console`` its console reads what :meth:`type` writes; without, it runs
    ``--no-input``, as a server does.
    """

    def __init__(self, tmp_path: Path, name: str, *, console: bool = False) -> None:
        self.lines: list[str] = []
        self.log_path = tmp_path / f"{name}.log"
        self.errors = self.log_path.open("w", encoding="utf-8")
        self.proc = subprocess.Popen(
            [*VETBOT, "run"] if console else [*VETBOT, "run", "--no-input"],
            cwd=tmp_path,
            env=bot_env(tmp_path / "bot.toml"),
            # A console's input stays open: its end would stop the bot.
            stdin=subprocess.PIPE if console else subprocess.DEVNULL,
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

    def type(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def wait_for(self, check: object, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if check():  # type: ignore[operator]
                return True
            time.sleep(0.02)
        return False

    def next_line(self, texts: tuple[str, ...], *, after: int, timeout: float) -> str | None:
        """The first line printed after the first ``after`` lines that holds one of ``texts``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.lines[after:]:
                if any(text in line for text in texts):
                    return line
            time.sleep(0.02)
        return None

    def kill(self, sig: int = signal.SIGKILL) -> None:
        self.proc.send_signal(sig)
        self.proc.wait(timeout=20)
        self._reader.join(timeout=5)
        self.errors.close()
        if self.proc.stdin is not None:
            self.proc.stdin.close()


def _config(tmp_path: Path) -> None:
    (tmp_path / "bot.toml").write_text(
        '[bot]\ndata_dir = "data"\nadapters = ["console"]\n'
        '[knowledge]\nseed = false\n[logging]\nformat = "text"\n',
        encoding="utf-8",
    )


def _schedule(bot: Bot, seconds_ahead: float) -> datetime:
    """Have ``bot`` (a console bot) schedule the probe about ``seconds_ahead`` from now.

    The time is taken once the bot is running, so however slowly it started the command
    reaches it with the time still ahead; should the machine stall even that long, the
    command is given again further ahead. Returns the prompt's time (UTC, whole seconds).
    """
    assert bot.wait_for(lambda: "vetbot running" in bot.log(), 60), bot.log()
    bot.type("/role coordinator")
    for _ in range(4):
        at = (datetime.now(UTC) + timedelta(seconds=seconds_ahead + 1)).replace(microsecond=0)
        before = len(bot.lines)
        bot.type(f"!prompt schedule at: {at:%Y-%m-%d %H:%M:%S}; tz: UTC; text: {TEXT}")
        answer = bot.next_line(("Scheduled prompt", "is already past"), after=before, timeout=30)
        assert answer is not None, (bot.lines, bot.log())
        if "Scheduled prompt 1:" in answer:
            return at
        seconds_ahead *= 2
    raise AssertionError(f"the prompt could not be scheduled ahead: {bot.lines}")


def _rows(tmp_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(tmp_path / "data" / "vetbot.db") as conn:
        return conn.execute(
            "SELECT state, scheduled_at FROM prompt_deliveries WHERE prompt_id = 1"
        ).fetchall()


def _too_late(at: datetime) -> bool:
    """True once the prompt's job may have claimed the post (it fires that much ahead)."""
    return datetime.now(UTC) >= at - timedelta(seconds=PREPARE_SECONDS)


def test_killed_before_the_prompt_fires_posts_it_once_after_restart(tmp_path: Path) -> None:
    _config(tmp_path)
    first = Bot(tmp_path, "first", console=True)
    try:
        at = _schedule(first, seconds_ahead=PREPARE_SECONDS + 3)
    finally:
        first.kill()
    if _too_late(at):
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
    _config(tmp_path)
    first = Bot(tmp_path, "first", console=True)
    try:
        _schedule(first, seconds_ahead=2)
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
    _config(tmp_path)
    first = Bot(tmp_path, "first", console=True)
    try:
        at = _schedule(first, seconds_ahead=PREPARE_SECONDS + 1)
    finally:
        first.kill()
    if _too_late(at):
        pytest.skip("the machine was too slow to stop the bot before the prompt's time")
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
