"""The ``vetbot`` command run in a child process, as an operator would run it.

The child sees the checkout on ``PYTHONPATH`` and only the config file a test names: database
URLs set in the environment of the test run are removed, so a child never reaches a database
the test did not make.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: What starts the bot in a child process; further arguments follow.
VETBOT = (sys.executable, "-m", "bot")


def bot_env(config: Path) -> dict[str, str]:
    """The environment of a child ``vetbot`` that reads ``config`` and no other store."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VETBOT_CONFIG": str(config)}
    env.pop("VETBOT_DATABASE_URL", None)
    env.pop("VETBOT_STORE_URL", None)
    return env


def run_vetbot(
    cwd: Path,
    config: Path,
    *args: str,
    input: str | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """``vetbot ARGS`` in ``cwd`` with ``config``, to its end; its output captured as text.

    ``input`` is what it reads on stdin; without it stdin is closed, so a console adapter sees
    end of input at once instead of waiting on the test's terminal.
    """
    return subprocess.run(
        [*VETBOT, *args],
        input=input,
        stdin=subprocess.DEVNULL if input is None else None,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=bot_env(config),
        timeout=timeout,
    )
