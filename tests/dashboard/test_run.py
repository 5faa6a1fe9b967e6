"""``vetbot run`` serves the dashboard in its own process when ``[web] listen`` is set, and
stops it with the bot."""

from __future__ import annotations

import json
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

from tests.processes import VETBOT, bot_env

CONFIG = """
[bot]
data_dir = "data"
[knowledge]
seed = false
[web]
listen = "127.0.0.1:0"
"""


def test_vetbot_run_serves_the_dashboard(tmp_path: Path) -> None:
    config = tmp_path / "bot.toml"
    config.write_text(CONFIG, encoding="utf-8")
    proc = subprocess.Popen(
        [*VETBOT, "--log-level", "INFO", "run", "--no-input"],
        cwd=tmp_path,
        env=bot_env(config),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        deadline = time.monotonic() + 60
        port = 0
        seen = ""
        while "vetbot running" not in seen and time.monotonic() < deadline:
            line = proc.stderr.readline()
            seen += line
            if '"dashboard listening"' in line:
                port = json.loads(line)["port"]
        assert port > 0, seen
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login?token=x", timeout=30) as r:
            page = r.read().decode()
            assert r.status == 200 and '<html lang="en">' in page
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
        rest = proc.stderr.read()
        assert "vetbot stopped" in rest
        # No access log: a sign-in link's token never reaches the log.
        assert "token=x" not in seen + rest
    finally:
        if proc.poll() is None:
            proc.kill()


def test_a_bot_without_the_dashboard_never_imports_the_web_server(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from bot.app import App\n"
        "from bot.settings import load_settings\n"
        "App(load_settings(None, {}), interactive=True)\n"
        "web = ('aiohttp', 'bot.capabilities.dashboard.')\n"
        "print(sorted(m for m in sys.modules if m.startswith(web)))\n"
    )
    proc = subprocess.run(
        [VETBOT[0], "-c", code],
        cwd=tmp_path,
        env=bot_env(tmp_path / "bot.toml"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "['bot.capabilities.dashboard.access']"
