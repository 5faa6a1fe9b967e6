"""What the Matrix adapter keeps in the data directory between runs.

One JSON file (``<data_dir>/matrix/state.json``, mode 0600 because it holds the access token),
written atomically (a temporary file renamed over the old one), so a crash leaves either the
old or the new state, never half of one. It holds:

- the login: homeserver, user id, device id and access token, so a restart reuses the same
  device (and with it the end-to-end keys in the nio store next to this file);
- ``first_start_ms``: when the bot first ran, so the backlog from before it is never answered;
- the sync token, so a restart neither replays old commands nor misses new ones;
- recently handled event ids, because a homeserver may answer the first sync after a quick
  restart with a cached response that repeats events the previous run already handled;
- direct rooms: which room is the bot's direct chat with whom, and which rooms are direct;
- choices offered on recent messages, so a reaction can be turned into a command after a
  restart too.

The recent-event and choice memories are bounded (oldest forgotten first). With replicas
sharing the account, the sync token, recent events, direct rooms and choices are also kept in
the database by the syncing replica (:mod:`adapters.matrix.adapter`), and read from there by
the replica taking the sync over.
"""

from __future__ import annotations

import json
import logging
import os
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adapters.matrix.translate import OfferedChoice
from bot.private_files import private_dir

log = logging.getLogger(__name__)

SEEN_LIMIT = 5000
CHOICES_LIMIT = 1000


@dataclass(frozen=True, slots=True, kw_only=True)
class Credentials:
    """A login the adapter can restore without logging in again."""

    homeserver: str
    user_id: str
    device_id: str
    access_token: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ChoiceOffer:
    """The choices offered on one message, and who may pick one (``None``: anyone)."""

    room_id: str
    user_id: str | None
    choices: tuple[OfferedChoice, ...]


class AdapterState:
    """The adapter's persistent memory; ``save()`` writes it if anything changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.credentials: Credentials | None = None
        self.first_start_ms: int | None = None
        self.sync_token: str | None = None
        self._seen: OrderedDict[str, None] = OrderedDict()
        self.dm_rooms: dict[str, str] = {}
        self.direct_rooms: set[str] = set()
        self._choices: OrderedDict[str, ChoiceOffer] = OrderedDict()
        self._dirty = False
        #: Moves with every change of the direct rooms or the choices offered.
        self.memory_version = 0

    # --- loading and saving -------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> AdapterState:
        """The state stored at ``path``; a fresh one if there is none (or it is unreadable)."""
        state = cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return state
        except (OSError, ValueError):
            log.exception("matrix state unreadable; starting fresh", extra={"path": str(path)})
            return state
        state._read(data)
        return state

    def _read(self, data: dict[str, Any]) -> None:
        login = data.get("login")
        if isinstance(login, dict):
            try:
                self.credentials = Credentials(**{k: str(v) for k, v in login.items()})
            except TypeError:
                self.credentials = None
        first = data.get("first_start_ms")
        self.first_start_ms = int(first) if isinstance(first, int) else None
        token = data.get("sync_token")
        self.sync_token = token if isinstance(token, str) else None
        self._seen = OrderedDict.fromkeys(str(e) for e in data.get("seen", []))
        self._read_memory(data)

    def _read_memory(self, data: Mapping[str, Any]) -> None:
        self.dm_rooms = {str(k): str(v) for k, v in dict(data.get("dm_rooms", {})).items()}
        self.direct_rooms = {str(r) for r in data.get("direct_rooms", [])}
        self._choices = OrderedDict()
        for event_id, offer in dict(data.get("choices", {})).items():
            try:
                self._choices[str(event_id)] = ChoiceOffer(
                    room_id=str(offer["room_id"]),
                    user_id=offer.get("user_id"),
                    choices=tuple(OfferedChoice(**c) for c in offer["choices"]),
                )
            except (KeyError, TypeError):
                continue

    def memory(self) -> dict[str, Any]:
        """The direct rooms and the choices offered, as JSON (what replicas share)."""
        return {
            "dm_rooms": dict(self.dm_rooms),
            "direct_rooms": sorted(self.direct_rooms),
            "choices": {
                event_id: {
                    "room_id": offer.room_id,
                    "user_id": offer.user_id,
                    "choices": [
                        {"emoji": c.emoji, "label": c.label, "command": c.command}
                        for c in offer.choices
                    ],
                }
                for event_id, offer in self._choices.items()
            },
        }

    def restore_memory(self, data: Mapping[str, Any]) -> None:
        """Go on from the direct rooms and choices another replica saved (:meth:`memory`)."""
        self._read_memory(data)
        self.memory_version += 1
        self._dirty = True

    def save(self) -> None:
        """Write the state if it changed since the last save (atomically, owner-only)."""
        if not self._dirty:
            return
        data = {
            "login": None
            if self.credentials is None
            else {
                "homeserver": self.credentials.homeserver,
                "user_id": self.credentials.user_id,
                "device_id": self.credentials.device_id,
                "access_token": self.credentials.access_token,
            },
            "first_start_ms": self.first_start_ms,
            "sync_token": self.sync_token,
            "seen": list(self._seen),
            **self.memory(),
        }
        private_dir(self.path.parent)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(tmp, self.path)
        self._dirty = False

    # --- changes ------------------------------------------------------------------------
    def set_credentials(self, credentials: Credentials) -> None:
        self.credentials = credentials
        self._dirty = True

    def mark_first_start(self, now_ms: int) -> None:
        if self.first_start_ms is None:
            self.first_start_ms = now_ms
            self._dirty = True

    def set_sync_token(self, token: str) -> None:
        if token != self.sync_token:
            self.sync_token = token
            self._dirty = True

    def restore_position(self, token: str | None, seen: tuple[str, ...]) -> None:
        """Go on from a position other processes saved (replicas sharing the account): their
        sync token, and their handled events remembered besides this file's own."""
        if token is not None:
            self.set_sync_token(token)
        for event_id in seen:
            self.remember(event_id)

    def recent_events(self, limit: int) -> tuple[str, ...]:
        """The ids of the ``limit`` events handled most recently, oldest first."""
        return tuple(list(self._seen)[-limit:])

    def seen(self, event_id: str) -> bool:
        return event_id in self._seen

    def remember(self, event_id: str) -> None:
        """Record an event as handled (the oldest records are forgotten beyond a bound)."""
        self._seen[event_id] = None
        self._seen.move_to_end(event_id)
        while len(self._seen) > SEEN_LIMIT:
            self._seen.popitem(last=False)
        self._dirty = True

    def set_dm_room(self, user_id: str, room_id: str) -> None:
        self.dm_rooms[user_id] = room_id
        self.direct_rooms.add(room_id)
        self._dirty = True
        self.memory_version += 1

    def mark_direct(self, room_id: str) -> None:
        if room_id not in self.direct_rooms:
            self.direct_rooms.add(room_id)
            self._dirty = True
            self.memory_version += 1

    def forget_room(self, room_id: str) -> None:
        """The bot left ``room_id``: it is nobody's direct room any more."""
        self.direct_rooms.discard(room_id)
        for user, room in list(self.dm_rooms.items()):
            if room == room_id:
                del self.dm_rooms[user]
        for event_id, offer in list(self._choices.items()):
            if offer.room_id == room_id:
                del self._choices[event_id]
        self._dirty = True
        self.memory_version += 1

    def offer(self, event_id: str, offer: ChoiceOffer) -> None:
        self._choices[event_id] = offer
        while len(self._choices) > CHOICES_LIMIT:
            self._choices.popitem(last=False)
        self._dirty = True
        self.memory_version += 1

    def offer_on(self, event_id: str) -> ChoiceOffer | None:
        return self._choices.get(event_id)
