"""The console's output format: one line per action, stable and documented.

::

    [#ROOM] vetbot: TEXT                 a message in a room
    [#ROOM/thread ID] vetbot: TEXT       a message in a thread
    [dm @USER] vetbot: TEXT              a direct message
    [#ROOM] vetbot reacted EMOJI to ID   a reaction

Further lines of a multi-line text are indented by two spaces under the first; list items
(:class:`bot.actions.Card`) follow, each as ``N. TITLE [TAG] — DOMAIN``, its short line and its
link, indented; quick-answer choices follow on an indented line as ``[Label: command]`` (the
command as shown, mentions neutralised: :attr:`bot.actions.Choice.shown`); a file sent with a
direct message as ``[file: PATH]`` where the console saved it. A prompt that opens a thread prints
its post line and then ``[#ROOM/thread ID] vetbot: (thread opened)`` — the thread's title is
the post's own text, so it is not printed twice.
"""

from __future__ import annotations

from pathlib import Path

from bot.actions import Action, Card, Choice, DirectMessage, Post, React, Reply


def _room(room: str) -> str:
    return room if room.startswith("#") else f"#{room}"


def _body(
    head: str,
    text: str,
    choices: tuple[Choice, ...] = (),
    cards: tuple[Card, ...] = (),
    file: Path | None = None,
) -> str:
    lines = text.splitlines() or [""]
    out = [f"{head} {lines[0]}".rstrip()]
    out.extend(f"  {line}".rstrip() for line in lines[1:])
    for card in cards:
        out.extend(f"  {line}".rstrip() for line in card.plain_lines())
    if choices:
        out.append("  " + " ".join(f"[{c.label}: {c.shown}]" for c in choices))
    if file is not None:
        out.append(f"  [file: {file}]")
    return "\n".join(out)


def where(room: str, thread_id: str | None) -> str:
    """``[#ROOM]`` or ``[#ROOM/thread ID]``."""
    return f"[{_room(room)}/thread {thread_id}]" if thread_id else f"[{_room(room)}]"


def render(
    action: Action,
    bot_name: str = "vetbot",
    *,
    thread_id: str | None = None,
    file: Path | None = None,
) -> str:
    """The console line(s) for one action. ``thread_id`` is the thread a Post opened, if any;
    ``file`` where a direct message's attachment was saved."""
    if isinstance(action, Reply):
        room = action.room_name or action.room_id
        if action.room_id.startswith("dm:"):
            head = f"[dm @{action.room_id[3:]}] {bot_name}:"
        else:
            head = f"{where(room, action.thread_id)} {bot_name}:"
        return _body(head, action.text, action.choices, action.cards)
    if isinstance(action, DirectMessage):
        return _body(
            f"[dm @{(action.user_name or action.user_id).lstrip('@')}] {bot_name}:",
            action.text,
            action.choices,
            file=file,
        )
    if isinstance(action, Post):
        room = action.room_name or action.room_id
        text = _body(f"{where(room, action.thread_id)} {bot_name}:", action.text, action.choices)
        if thread_id and action.thread_title:
            text += "\n" + f"{where(room, thread_id)} {bot_name}: (thread opened)"
        return text
    if isinstance(action, React):
        return (
            f"{where(action.room_id, None)} {bot_name} reacted {action.emoji} to {action.event_id}"
        )
    raise TypeError(f"unknown action {action!r}")
