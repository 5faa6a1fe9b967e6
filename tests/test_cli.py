"""The `vetbot` command as users and scripts run it, in a separate process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

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


# --- bad surroundings: a data folder that cannot be, a database that stays busy ---------------


def _one_line(stderr: str) -> str:
    """The one line ``vetbot`` printed on stderr for an operator (logs are JSON lines)."""
    lines = [line for line in stderr.splitlines() if line and not line.startswith("{")]
    assert len(lines) == 1, stderr
    return lines[0]


def test_data_dir_that_is_a_file_is_a_configuration_error(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder", encoding="utf-8")
    for config in ('[bot]\ndata_dir = "data"\n', '[bot]\ndata_dir = "data/inner"\n'):
        (tmp_path / "bot.toml").write_text(config + "[knowledge]\nseed = false\n", "utf-8")
        proc = vetbot(tmp_path, "say", "!help")
        assert proc.returncode == 2
        line = _one_line(proc.stderr)
        assert line.startswith("vetbot: configuration error: ") and "bot.data_dir" in line
        assert str(tmp_path / "data") in line and "not a folder" in line
        assert proc.stdout == ""


def _read_only(folder: Path) -> list[str]:
    """A command prefix under which ``folder`` is read-only for the child (a read-only bind
    mount in a private mount namespace when running as root, who ignores permissions)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return []
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" "$0" && exec "$@"'
    prefix = ["unshare", "--mount", "sh", "-c", script, str(folder)]
    probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip("cannot make a read-only folder here (root without mount namespaces)")
    return prefix


@pytest.mark.parametrize("state", ["no data folder yet", "database already there"])
def test_read_only_file_system_is_a_database_error_naming_the_path(
    tmp_path: Path, state: str
) -> None:
    config = tmp_path / "bot.toml"
    config.write_text('[bot]\ndata_dir = "ro/data"\n[knowledge]\nseed = false\n', "utf-8")
    (tmp_path / "ro").mkdir()
    if state == "database already there":
        assert vetbot(tmp_path, "say", "!help").returncode == 0
    prefix = _read_only(tmp_path / "ro")
    try:
        proc = subprocess.run(
            [*prefix, *VETBOT, "say", "!match need help with plumbing"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=bot_env(config),
            timeout=120,
        )
    finally:
        (tmp_path / "ro").chmod(0o755)
    assert proc.returncode == 3, proc.stderr
    line = _one_line(proc.stderr)
    assert line.startswith("vetbot: database error: ")
    assert str(tmp_path / "ro" / "data") in line


def _hold_write_lock(database: Path) -> sqlite3.Connection:
    """Another process's write in progress: a connection holding SQLite's write lock."""
    holder = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_database_that_stays_locked_is_a_clear_reply_and_exit_3(tmp_path: Path) -> None:
    database = tmp_path / "data" / "vetbot.db"
    config = tmp_path / "bot.toml"
    config.write_text(
        f'[store]\nurl = "sqlite+aiosqlite:///{database}?timeout=0.5"\n[knowledge]\nseed = false\n',
        "utf-8",
    )
    assert vetbot(tmp_path, "say", "!help").returncode == 0
    holder = _hold_write_lock(database)
    try:
        proc = vetbot(tmp_path, "say", "--as", "pr1", "!match need help with plumbing")
    finally:
        holder.rollback()
        holder.close()
    # Every transaction takes the write lock, so the bot already waits for it while starting
    # (loading the knowledge index); a command that meets the lock gets a "try again" reply
    # instead (tests/test_bad_input.py). Either way: exit 3, one line naming the database.
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert _one_line(proc.stderr) == f"vetbot: database error: database is locked ({database})"
    assert "something went wrong" not in proc.stdout
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM people").fetchone() == (0,)
    # Once the other write is over, the same command goes through.
    again = vetbot(tmp_path, "say", "--as", "pr1", "!match need help with plumbing")
    assert again.returncode == 0 and "Request #1 saved" in again.stdout


def test_a_command_the_database_refuses_is_a_clear_reply_and_exit_3(tmp_path: Path) -> None:
    assert vetbot(tmp_path, "say", "!help").returncode == 0
    database = tmp_path / "data" / "vetbot.db"
    with sqlite3.connect(database) as db:  # as a full disk would, at the command's own write
        db.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON mentoring_requests "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    proc = vetbot(tmp_path, "say", "--as", "pr1", "!match need help with plumbing")
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert proc.stdout.startswith("[#general] vetbot: I couldn't reach my database just now")
    assert all(line.startswith("{") for line in proc.stderr.splitlines())  # log lines only
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM people").fetchone() == (0,)


@pytest.mark.slow
def test_a_write_waits_for_another_process_instead_of_failing(tmp_path: Path) -> None:
    import threading

    database = tmp_path / "data" / "vetbot.db"
    assert vetbot(tmp_path, "say", "!help").returncode == 0
    holder = _hold_write_lock(database)
    # The other process's write lasts longer than SQLite's usual 5 s wait, as a seed import or
    # a burst of twenty scripts on a busy machine may.
    release = threading.Timer(8.0, holder.rollback)
    release.start()
    try:
        proc = vetbot(tmp_path, "say", "--as", "pr1", "!match need help with plumbing")
    finally:
        release.join()
        holder.close()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Request #1 saved" in proc.stdout


def test_undecodable_bytes_on_the_command_line_are_stored_as_replacement_characters(
    tmp_path: Path,
) -> None:
    # A byte that is not UTF-8 reaches Python as a lone surrogate ("\udcff").
    proc = vetbot(tmp_path, "say", "!match need \udcff help with plumbing")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Request #1 saved" in proc.stdout
    with sqlite3.connect(tmp_path / "data" / "vetbot.db") as db:
        (need,) = db.execute("SELECT need FROM mentoring_requests").fetchone()
    assert need == "need \ufffd help with plumbing"


def test_db_current_on_a_fresh_data_folder_says_empty_and_creates_nothing(
    tmp_path: Path,
) -> None:
    cur = vetbot(tmp_path, "db", "current")
    assert cur.returncode == 0, cur.stderr
    assert cur.stdout.startswith("base (empty) (newest is ")
    assert not (tmp_path / "data").exists()


def test_a_reader_that_goes_away_is_no_traceback(tmp_path: Path) -> None:
    config = tmp_path / "bot.toml"
    config.write_text('[bot]\ndata_dir = "data"\n', encoding="utf-8")
    read, write = os.pipe()
    os.close(read)  # like `| head` that has already gone: every write fails with EPIPE
    proc = subprocess.run(
        [*VETBOT, "config", "check"],
        cwd=tmp_path,
        env=bot_env(config),
        stdout=write,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
    os.close(write)
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr
    assert proc.returncode == 1


def test_one_shot_commands_print_no_log_lines_unless_asked(tmp_path: Path) -> None:
    quiet = vetbot(tmp_path, "say", "!tool mentoring")
    assert quiet.returncode == 0 and quiet.stderr == "", quiet.stderr
    chatty = vetbot(tmp_path, "--log-level", "info", "say", "!tool mentoring")
    assert chatty.returncode == 0 and '"level": "info"' in chatty.stderr, chatty.stderr


def test_run_typed_into_on_a_terminal_shows_the_banner_and_no_working_notes(
    tmp_path: Path,
) -> None:
    # An operator trying the bot (`bash scripts/run.sh`) reads the banner and the prompt; the
    # bot's working notes (seeded, index loaded, running) are for services and --log-level.
    import pty
    import select
    import time

    config = tmp_path / "bot.toml"
    config.write_text('[bot]\ndata_dir = "data"\n', encoding="utf-8")
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [*VETBOT, "run"],
        cwd=tmp_path,
        env=bot_env(config),
        stdin=follower,
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    seen = b""

    def read_until(marker: bytes) -> None:
        nonlocal seen
        deadline = time.monotonic() + 90
        while marker not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 1.0)
            if ready:
                try:
                    seen += os.read(leader, 4096)
                except OSError:  # the child closed the terminal
                    return

    try:
        read_until(b"#general>")
        os.write(leader, b"!help\n")
        read_until(b"commands you can use")
        os.write(leader, b"/quit\n")
        assert proc.wait(timeout=30) == 0
        read_until(b"never")
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(leader)
    text = seen.decode("utf-8", "replace")
    assert text.lstrip().startswith("Console: type commands such as !help")
    assert "commands you can use" in text
    assert "INFO" not in text and "knowledge store seeded" not in text
    assert "vetbot running" not in text


@pytest.mark.parametrize("lang", ["de", "pl"])
def test_a_language_chosen_with_one_command_is_the_next_ones(tmp_path: Path, lang: str) -> None:
    # Two processes, as an operator types them: the choice is stored on the person.
    from bot.i18n import t

    chosen = vetbot(tmp_path, "say", "--as", "ute", f"!language {lang}")
    assert chosen.returncode == 0, chosen.stderr
    helped = vetbot(tmp_path, "say", "--as", "ute", "!help")
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("[#general] vetbot: " + t("help.header", lang, name="vetbot"))
    # Someone else still reads the bot's language.
    other = vetbot(tmp_path, "say", "--as", "ola", "!help")
    assert other.stdout.startswith("[#general] vetbot: " + t("help.header", "en", name="vetbot"))
