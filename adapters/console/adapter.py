"""The console adapter: a local chat with the real core, for people and for scripts.

Interactive lines are messages in the current room; lines starting with ``/`` steer the
console itself (``/as USER``, ``/role ROLE``, ``/room NAME``, ``/dm``, ``/thread ID``,
``/quit``). Output goes through :mod:`adapters.console.render`; a file sent with a direct
message (``!mydata``) is saved under ``files_dir``, readable by its owner only, and its path
printed.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import re
import sys
import tempfile
import threading
from pathlib import Path
from typing import TextIO

from adapters.console.platform import NAME
from adapters.console.render import render
from bot.actions import Action, Attachment, Delivery, DirectMessage, Post
from bot.events import ROLES, Message
from bot.ports import ChatAdapter, MessageHandler
from bot.private_files import FILE_MODE, private_dir, private_file

HELP = (
    "Console: type commands such as !help. Steering: /as USER, /role ROLE, /room NAME, "
    "/dm (talk to the bot in private), /thread ID (or /thread to leave), /quit."
)
ROLE_HELP = f"/role takes one of: {', '.join(ROLES)}."


class _Terminal:
    """Lines printed while the person is typing at the prompt (a scheduled post, a log line)
    go above the prompt: the input line is cleared, the text written, and the prompt with what
    was typed so far drawn again. Used only when standard input and output are a terminal."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.prompt: str | None = None  # set while input() waits for a line

    def write_above(self, stream: TextIO, text: str) -> None:
        with self.lock:
            if self.prompt is None:
                stream.write(text)
                stream.flush()
                return
            typed = _line_buffer()
            stream.write("\r\x1b[K" + text)
            if not text.endswith("\n"):
                stream.write("\n")
            stream.flush()
            sys.stdout.write(self.prompt + typed)
            sys.stdout.flush()


def _safe_name(name: str) -> str:
    """``name`` as one file name: letters, digits, ``.``, ``-`` and ``_`` only."""
    cleaned = re.sub(r"[^\w.-]+", "_", name).strip("._") or "file"
    return cleaned[:120]


def _line_buffer() -> str:
    try:
        import readline
    except ImportError:
        return ""
    return readline.get_line_buffer()


class _Above:
    """A text stream whose writes go above the prompt (for the log handlers' stderr)."""

    def __init__(self, terminal: _Terminal, stream: TextIO) -> None:
        self._terminal = terminal
        self._stream = stream

    def write(self, text: str) -> int:
        self._terminal.write_above(self._stream, text)
        return len(text)

    def flush(self) -> None:
        self._stream.flush()


class ConsoleAdapter(ChatAdapter):
    """Runs the core against standard input/output as one configurable user."""

    platform = NAME

    def __init__(
        self,
        *,
        user: str = "you",
        role: str = "trainer",
        room: str = "general",
        history_path: Path | None = None,
        bot_name: str = "vetbot",
        out: TextIO | None = None,
        files_dir: Path | None = None,
    ) -> None:
        self.user = user
        self.role = role
        self.room = room
        self.direct = False
        self.thread: str | None = None
        self.history_path = history_path
        self.bot_name = bot_name
        self.out = out or sys.stdout
        self.files_dir = files_dir
        self._events = itertools.count(1)
        self._threads = itertools.count(1)
        self.printed: list[str] = []
        self._terminal: _Terminal | None = None

    def message(self, text: str) -> Message:
        """The core event for a line typed as the current user in the current room.

        A line starting with ``@BOTNAME`` (``@vetbot tool mentoring``) mentions the bot, as a
        mention does on the chat platforms.
        """
        room = f"dm:{self.user}" if self.direct else self.room
        mention = re.match(rf"@{re.escape(self.bot_name)}\b[:,]?\s*", text, re.IGNORECASE)
        if mention:
            text = text[mention.end() :]
        return Message(
            platform=NAME,
            room_id=room,
            room_name=room,
            thread_id=None if self.direct else self.thread,
            sender_id=self.user,
            sender_name=self.user,
            text=text,
            is_direct=self.direct,
            event_id=f"c{next(self._events)}",
            roles=frozenset({self.role}),
            mentions_bot=mention is not None,
        )

    def emit(self, line: str) -> None:
        self.printed.append(line)
        if self._terminal is not None:
            self._terminal.write_above(self.out, line + "\n")
        else:
            print(line, file=self.out, flush=True)

    async def perform(self, action: Action) -> Delivery | None:
        thread_id = None
        if isinstance(action, Post) and action.thread_title:
            thread_id = f"t{next(self._threads)}"
        file = None
        if isinstance(action, DirectMessage) and action.attachment is not None:
            file = self.save(action.attachment, action.user_name or action.user_id)
        self.emit(render(action, self.bot_name, thread_id=thread_id, file=file))
        return Delivery(message_id=f"m{next(self._events)}", thread_id=thread_id)

    def save(self, attachment: Attachment, user: str) -> Path:
        """Write ``attachment`` under ``files_dir`` (a private temporary folder without one)
        as ``USER-FILENAME``, owner-only (0600): it holds what the bot stores about someone.
        A file of that name already there is replaced."""
        if self.files_dir is None:
            self.files_dir = Path(tempfile.mkdtemp(prefix="vetbot-files-"))
        folder = private_dir(self.files_dir)
        name = _safe_name(f"{user.lstrip('@')}-{attachment.filename}")
        path = folder / name
        path.unlink(missing_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "wb") as file:
            os.fchmod(file.fileno(), FILE_MODE)  # the umask may have cut the mode given
            file.write(attachment.content)
        return path

    async def say(self, handler: MessageHandler, text: str) -> list[Action]:
        """Send one line as the current user and print what the bot does."""
        actions = await handler.handle(self.message(text))
        for action in actions:
            await self.perform(action)
        # What the line owes others (direct messages, notices) is printed before the next one.
        await handler.settle()
        return actions

    async def start(self, handler: MessageHandler) -> None:
        """The interactive loop; returns when input ends or on /quit.

        Standard input is read by a daemon thread, so a stop signal never waits for a line;
        the thread reads the next line only after the previous one was handled, so prompts
        and answers stay in order. Without a terminal no prompt is printed, keeping the
        output in the stable line format.
        """
        self._setup_readline()
        self.emit(HELP)
        loop = asyncio.get_running_loop()
        lines: asyncio.Queue[str | None] = asyncio.Queue()
        ready = threading.Event()
        tty = sys.stdin.isatty()
        if tty and self.out is sys.stdout and sys.stdout.isatty():
            self._terminal = terminal = _Terminal()
            self._logs_above(terminal)

        def ask() -> str:
            prompt = self._prompt()
            if self._terminal is None:
                return input(prompt)
            with self._terminal.lock:
                self._terminal.prompt = prompt
            try:
                return input(prompt)
            finally:
                with self._terminal.lock:
                    self._terminal.prompt = None

        def read() -> None:
            while True:
                ready.wait()
                ready.clear()
                try:
                    line = ask() if tty else sys.stdin.readline()
                    if not tty and not line:
                        raise EOFError
                except (EOFError, OSError, ValueError):
                    loop.call_soon_threadsafe(lines.put_nowait, None)
                    return
                loop.call_soon_threadsafe(lines.put_nowait, line)

        threading.Thread(target=read, name="console-input", daemon=True).start()
        try:
            while True:
                ready.set()
                line = await lines.get()
                if line is None:
                    break
                line = line.strip()
                if not line:
                    continue
                if line.startswith("/"):
                    if not self._steer(line):
                        break
                    continue
                await self.say(handler, line)
        finally:
            self._save_history()

    async def stop(self) -> None:
        self._save_history()

    def _prompt(self) -> str:
        where = (
            "dm" if self.direct else f"#{self.room}" + (f"/{self.thread}" if self.thread else "")
        )
        return f"{self.user} ({self.role}) {where}> "

    def _steer(self, line: str) -> bool:
        word, _, arg = line[1:].partition(" ")
        arg = arg.strip()
        match word.lower():
            case "quit" | "exit":
                return False
            case "as" if arg:
                self.user = arg
            case "role" if arg in ROLES:
                self.role = arg
            case "role":
                self.emit(ROLE_HELP)
            case "room" if arg:
                self.room, self.direct, self.thread = arg.lstrip("#"), False, None
            case "dm":
                self.direct = not self.direct
            case "thread":
                self.thread = arg or None
            case _:
                self.emit(HELP)
        return True

    @staticmethod
    def _logs_above(terminal: _Terminal) -> None:
        """Log lines written to the terminal go above the prompt too."""
        import logging

        for handler in logging.getLogger().handlers:
            if isinstance(handler, logging.StreamHandler) and handler.stream in (
                sys.stderr,
                sys.stdout,
            ):
                handler.setStream(_Above(terminal, handler.stream))  # type: ignore[arg-type]

    def _setup_readline(self) -> None:
        try:
            import readline
        except ImportError:  # not on every platform; the console works without it
            return
        if self.history_path and self.history_path.exists():
            with contextlib.suppress(OSError):
                readline.read_history_file(self.history_path)

    def _save_history(self) -> None:
        try:
            import readline
        except ImportError:
            return
        if self.history_path:
            try:
                private_file(self.history_path)  # what was typed: the owner's eyes only
                readline.set_history_length(1000)
                readline.write_history_file(self.history_path)
            except OSError:
                pass
