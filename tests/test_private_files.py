"""What vetbot creates in its data directory is its owner's alone (0700 folders, 0600 files),
whatever the umask; folders that already exist keep the mode the operator gave them."""

from __future__ import annotations

import asyncio
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from adapters.console import ConsoleAdapter
from adapters.matrix.client import open_client
from adapters.matrix.state import AdapterState
from bot.settings import load_settings
from tests.botkit import FakeClock, TestBot, make_settings


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    """The usual umask, which would leave new files readable by everyone."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """An existing folder an operator made readable by others."""
    folder = tmp_path / "srv"
    folder.mkdir()
    folder.chmod(0o755)
    return folder


async def test_the_database_and_its_folders_are_created_owner_only(
    shared: Path, clock: FakeClock
) -> None:
    data = shared / "vetbot" / "data"
    bot = await TestBot(make_settings(data, knowledge={"seed": False}), clock).start()
    try:
        await bot.say("!mentor join topics: assessment; languages: en; consent: yes")
        created = [data / name for name in os.listdir(data) if name.startswith("vetbot.db")]
        assert data / "vetbot.db" in created
        assert {p.name: mode(p) for p in created} == {p.name: 0o600 for p in created}
    finally:
        await bot.stop()
    assert (mode(shared / "vetbot"), mode(data)) == (0o700, 0o700)
    assert mode(shared) == 0o755


async def test_the_console_history_is_owner_only(shared: Path) -> None:
    history = shared / "data" / "console_history"
    await ConsoleAdapter(history_path=history).stop()
    assert (mode(history.parent), mode(history)) == (0o700, 0o600)


async def test_the_matrix_store_folder_is_owner_only(shared: Path) -> None:
    settings = load_settings(
        None,
        {
            "VETBOT_MATRIX_HOMESERVER": "http://127.0.0.1:1",
            "VETBOT_MATRIX_USER_ID": "@vetbot:example.org",
            "VETBOT_MATRIX_PASSWORD": "secret",
        },
    ).matrix
    data = shared / "data"
    state = AdapterState.load(data / "matrix" / "state.json")
    with pytest.raises(asyncio.CancelledError):  # stopping before the login is tried
        await open_client(settings, data, state, stopping=lambda: True)
    assert [mode(p) for p in (data, data / "matrix", data / "matrix" / "store")] == [0o700] * 3
