"""The `vetbot` command as users and scripts run it, in a separate process."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.processes import VETBOT, bot_env, run_vetbot


def vetbot(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "bot.toml"
    if not config.exists():
        config.write_text('[bot]\ndata_dir = "data"\n[knowledge]\nseed = false\n', encoding="utf-8")
    return run_vetbot(tmp_path, config, *args)


def test_say_help_hlep_and_nonsense(tmp_path: Path) -> None:
    ok = vetbot(tmp_path, "say", "!help")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("[#general] vetbot: ")
    assert "!help [COMMAND]" in ok.stdout
    typo = vetbot(tmp_path, "say", "!hlep")
    assert typo.returncode == 1 and "Did you mean !help?" in typo.stdout
    bad = vetbot(tmp_path, "say", "!nonsense")
    assert bad.returncode == 1 and "!help" in bad.stdout
    assert (tmp_path / "data" / "vetbot.db").exists()


def test_say_in_dm_room_and_thread_formats(tmp_path: Path) -> None:
    dm = vetbot(tmp_path, "say", "--dm", "--as", "ben", "help")
    assert dm.stdout.startswith("[dm @ben] vetbot: ")
    room = vetbot(tmp_path, "say", "--room", "#peer-learning", "--thread", "t7", "!help")
    assert room.stdout.startswith("[#peer-learning/thread t7] vetbot: ")
    # Multi-line replies are indented under the first line.
    assert all(line.startswith("  ") for line in room.stdout.splitlines()[1:])


def test_db_commands(tmp_path: Path) -> None:
    up = vetbot(tmp_path, "db", "upgrade")
    assert up.returncode == 0, up.stderr
    cur = vetbot(tmp_path, "db", "current")
    assert "(head)" in cur.stdout
    down = vetbot(tmp_path, "db", "downgrade", "base")
    assert down.returncode == 0 and "base" in down.stdout


def test_run_without_input_ends_cleanly_on_end_of_input(tmp_path: Path) -> None:
    proc = vetbot(tmp_path, "run")
    assert proc.returncode == 0, proc.stderr
    assert "Console:" in proc.stdout


def test_piped_console_prints_only_the_stable_format(tmp_path: Path) -> None:
    config = tmp_path / "bot.toml"
    config.write_text('[bot]\ndata_dir = "data"\n[knowledge]\nseed = false\n', encoding="utf-8")
    proc = run_vetbot(tmp_path, config, "run", input="!help\n/room peer\n!hlep\n")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[1].startswith("[#general] vetbot: ")
    assert any(line.startswith("[#peer] vetbot: I don't know the command 'hlep'") for line in lines)
    assert not any("(trainer)" in line for line in lines)


def test_bad_revision_is_one_line_and_exit_3(tmp_path: Path) -> None:
    proc = vetbot(tmp_path, "db", "upgrade", "nonsense")
    assert proc.returncode == 3
    assert proc.stderr.strip().splitlines() == [
        "vetbot: database error: cannot migrate to 'nonsense': "
        "Can't locate revision identified by 'nonsense'"
    ]


def test_interactive_console_stops_on_sigterm_while_waiting_for_input(tmp_path: Path) -> None:
    import signal
    import time

    config = tmp_path / "bot.toml"
    config.write_text('[bot]\ndata_dir = "data"\n[knowledge]\nseed = false\n', encoding="utf-8")
    proc = subprocess.Popen(
        [*VETBOT, "run"],
        cwd=tmp_path,
        env=bot_env(config),
        stdin=subprocess.PIPE,  # kept open: the console is waiting for a line
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("Console:")
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        if proc.stdin:
            proc.stdin.close()


def test_run_no_input_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    import signal
    import time

    config = tmp_path / "bot.toml"
    config.write_text('[bot]\ndata_dir = "data"\n[knowledge]\nseed = false\n', encoding="utf-8")
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
        seen = ""
        while "vetbot running" not in seen and time.monotonic() < deadline:
            seen += proc.stderr.readline()
        assert "vetbot running" in seen
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
        assert "vetbot stopped" in proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
