"""The console as a person at a terminal meets it: steering lines, what a prompt post prints,
and lines that arrive while they are typing."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from adapters.console.adapter import HELP, ROLE_HELP, ConsoleAdapter, _Terminal
from adapters.console.render import render
from bot.actions import Attachment, DirectMessage, Post


def test_an_unknown_role_names_the_roles_and_keeps_the_current_one() -> None:
    out = io.StringIO()
    console = ConsoleAdapter(out=out)
    console._steer("/role boss")
    assert console.role == "trainer"
    assert out.getvalue().strip() == ROLE_HELP
    assert "coordinator" in ROLE_HELP and "admin" in ROLE_HELP
    console._steer("/role coordinator")
    assert console.role == "coordinator"
    console._steer("/nonsense")
    assert out.getvalue().strip().endswith(HELP)


async def test_a_file_is_saved_for_its_owner_only_under_a_name_of_its_own(
    tmp_path: Path,
) -> None:
    out = io.StringIO()
    console = ConsoleAdapter(out=out, files_dir=tmp_path / "files")
    export = Attachment(filename="mydata-2026-11-24.json", content=b"{}\n")
    dm = DirectMessage(
        platform="console", user_id="../../ana", text="Your data:", attachment=export
    )
    await console.perform(dm)
    path = tmp_path / "files" / "ana-mydata-2026-11-24.json"  # no way out of the folder
    assert out.getvalue().splitlines() == [
        "[dm @../../ana] vetbot: Your data:",
        f"  [file: {path}]",
    ]
    assert path.read_bytes() == b"{}\n" and path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    # Without a folder of its own the console keeps files in a private temporary one.
    bare = ConsoleAdapter(out=io.StringIO())
    kept = bare.save(export, "ana")
    assert kept.parent.stat().st_mode & 0o777 == 0o700 and kept.read_bytes() == b"{}\n"
    shutil.rmtree(kept.parent)


def test_a_post_that_opens_a_thread_prints_its_text_once() -> None:
    post = Post(
        platform="console", room_id="peer", text="What went well?", thread_title="What went well?"
    )
    lines = render(post, thread_id="t1").splitlines()
    assert lines == ["[#peer] vetbot: What went well?", "[#peer/thread t1] vetbot: (thread opened)"]


def test_a_line_arriving_while_typing_goes_above_the_prompt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = io.StringIO()
    monkeypatch.setattr(sys, "stdout", screen)
    terminal = _Terminal()
    # Not at the prompt: written as it is.
    terminal.write_above(screen, "[#peer] vetbot: hello\n")
    assert screen.getvalue() == "[#peer] vetbot: hello\n"
    screen.seek(0)
    screen.truncate()
    # At the prompt: the input line is cleared, the text written, the prompt drawn again.
    terminal.prompt = "you (trainer) #general> "
    terminal.write_above(screen, '{"level": "info", "message": "posted"}\n')
    assert screen.getvalue() == (
        '\r\x1b[K{"level": "info", "message": "posted"}\nyou (trainer) #general> '
    )
