"""Who may see the dashboard: one-time sign-in links, signed session cookies, CSRF tokens, and
the role and networks of the person behind a session, checked again on every request.

Nothing here is stored in the database; it lives in the running process (one process serves
the dashboard):

- **Sign-in links** carry a token signed with HMAC-SHA256 (the secret of ``[web] secret``, else
  ``<data_dir>/dashboard.secret``, made on first use with mode 0600): the person id, when it
  expires (:data:`LINK_MINUTES` after ``!dashboard``) and a random nonce. A token is taken once:
  its nonce is remembered until it expires (:attr:`Access.used`), so a link used twice, or
  after a restart with the same secret while still valid, is refused the second time. (A
  restart forgets the used nonces, but also every standing below, so such a link signs in
  nobody.)
- **Standing**: what ``!dashboard`` was asked with — the account and the facts the platform
  gave with that message (room, server, roles, power level), never its text. Every request
  resolves the role and the networks from those facts exactly as chat does
  (:func:`bot.permissions.resolve_role`, :meth:`bot.networks.Networks.scope_of`), against the
  networks and settings of that moment; a later message of the same person in the same room
  replaces the facts, so a coordinator whose platform role was taken loses access with
  their next message there, and one taken off a network's list at once.
- **Sessions**: a cookie ``person id . session nonce . expiry`` signed the same way; signing
  out forgets the nonce. Its CSRF token is an HMAC of the session nonce.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final

from bot.actors import Actor
from bot.events import Message
from bot.networks import Scope
from bot.permissions import Role, resolve_role
from bot.ports import Clock
from bot.ratelimit import RateLimiter, Verdict
from bot.runtime import Runtime

#: How long a sign-in link is valid.
LINK_MINUTES: Final = 10
#: How long a session lasts before signing in again.
SESSION_HOURS: Final = 12
#: Sign-in attempts per address and per token in :data:`ATTEMPT_WINDOW` seconds.
ATTEMPTS_PER_ADDRESS: Final = 10
ATTEMPTS_PER_TOKEN: Final = 3
ATTEMPT_WINDOW: Final = 600.0
#: The secret's file in the data folder.
SECRET_FILE: Final = "dashboard.secret"


def load_secret(runtime: Runtime) -> bytes:
    """``[web] secret``, else the data folder's secret file, made (mode 0600) when missing."""
    configured = runtime.settings.web.secret
    if configured:
        return configured.encode()
    folder = runtime.settings.data_dir
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SECRET_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_secret(path)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(secrets.token_hex(32))
    return _read_secret(path)


def _read_secret(path: Path) -> bytes:
    text = path.read_text(encoding="ascii").strip()
    if len(text) < 32:
        raise ValueError(f"{path} holds no usable secret; remove it to make a new one")
    return text.encode()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    """Signs and checks short values with HMAC-SHA256, each kind under its own label."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def mac(self, kind: str, payload: str) -> str:
        digest = hmac.new(self._secret, f"{kind}\n{payload}".encode(), hashlib.sha256).digest()
        return _b64(digest)

    def sign(self, kind: str, data: dict[str, object]) -> str:
        payload = _b64(json.dumps(data, separators=(",", ":"), sort_keys=True).encode())
        return f"{payload}.{self.mac(kind, payload)}"

    def check(self, kind: str, token: str) -> dict[str, object] | None:
        """The data of ``token`` if ``kind`` signed it here, else ``None``."""
        payload, _, mac = token.strip().partition(".")
        if not payload or not mac or len(token) > 1000:
            return None
        if not hmac.compare_digest(mac, self.mac(kind, payload)):
            return None
        try:
            data = json.loads(_unb64(payload))
        except ValueError:
            return None
        return data if isinstance(data, dict) else None


@dataclass(frozen=True, slots=True)
class Session:
    """A signed-in coordinator as one request sees them."""

    person_id: int
    nonce: str
    actor: Actor
    lang: str
    zone: str
    csrf: str

    @property
    def scope(self) -> Scope:
        return self.actor.scope


class SignInRefused(Exception):
    """A sign-in link that does not sign anyone in; ``reason`` says why (for the log and the
    page): ``invalid``, ``expired``, ``used``, ``unknown`` or ``too_many``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _facts(message: Message) -> Message:
    """``message`` without what was written: the account and the platform's facts only."""
    return dataclasses.replace(message, text="", event_id=None, thread_id=None)


class Access:
    """Links, sessions and standings of the running dashboard."""

    def __init__(self, runtime: Runtime, clock: Clock) -> None:
        self.runtime = runtime
        self.clock = clock
        self._signer: Signer | None = None
        #: Used link nonces, until they expire.
        self.used: dict[str, datetime] = {}
        #: Open sessions by nonce: the person id and when the session ends.
        self.sessions: dict[str, tuple[int, datetime]] = {}
        #: Per person id, the facts of their ``!dashboard`` (or later message in that room).
        self.standing: dict[int, Message] = {}
        self._accounts: dict[tuple[str, str], int] = {}
        self.by_address = RateLimiter(ATTEMPTS_PER_ADDRESS, ATTEMPT_WINDOW)
        self.by_token = RateLimiter(ATTEMPTS_PER_TOKEN, ATTEMPT_WINDOW)

    @property
    def signer(self) -> Signer:
        if self._signer is None:
            self._signer = Signer(load_secret(self.runtime))
        return self._signer

    # --- links --------------------------------------------------------------------------------
    def issue(self, person_id: int, message: Message) -> str:
        """A sign-in token for ``person_id``, who asked with ``message``."""
        self.standing[person_id] = _facts(message)
        self._accounts[(message.platform, message.sender_id)] = person_id
        expires = self.clock.now() + timedelta(minutes=LINK_MINUTES)
        return self.signer.sign(
            "login",
            {"p": person_id, "e": int(expires.timestamp()), "n": secrets.token_urlsafe(12)},
        )

    def seen(self, message: Message) -> None:
        """A message of someone with a standing, in the room of that standing: their facts as
        the platform gives them now (a role taken away counts from here on)."""
        person_id = self._accounts.get((message.platform, message.sender_id))
        if person_id is None:
            return
        held = self.standing.get(person_id)
        if held is not None and (held.room_id, held.is_direct) == (
            message.room_id,
            message.is_direct,
        ):
            self.standing[person_id] = _facts(message)

    def redeem(self, token: str, address: str) -> str:
        """Take a sign-in token (once): a new session cookie's value."""
        now = self.clock.now()
        mono = self.clock.monotonic()
        if self.by_address.check(address, mono) is not Verdict.ALLOW:
            raise SignInRefused("too_many")
        digest = hashlib.sha256(token.encode()).hexdigest()
        if self.by_token.check(digest, mono) is not Verdict.ALLOW:
            raise SignInRefused("too_many")
        data = self.signer.check("login", token)
        if data is None:
            raise SignInRefused("invalid")
        person_id, expires, nonce = data.get("p"), data.get("e"), data.get("n")
        if not isinstance(person_id, int) or not isinstance(expires, int) or not nonce:
            raise SignInRefused("invalid")
        if now.timestamp() >= expires:
            raise SignInRefused("expired")
        self.used = {k: v for k, v in self.used.items() if v > now}
        if str(nonce) in self.used:
            raise SignInRefused("used")
        self.used[str(nonce)] = datetime.fromtimestamp(expires, now.tzinfo)
        if person_id not in self.standing:
            raise SignInRefused("unknown")
        session = secrets.token_urlsafe(18)
        until = now + timedelta(hours=SESSION_HOURS)
        self.sessions = {k: v for k, v in self.sessions.items() if v[1] > now}
        self.sessions[session] = (person_id, until)
        return self.signer.sign(
            "session", {"p": person_id, "s": session, "e": int(until.timestamp())}
        )

    # --- sessions -----------------------------------------------------------------------------
    def session_of(self, cookie: str | None) -> tuple[int, str] | None:
        """The person id and session nonce of a cookie this process signed and still holds."""
        if not cookie:
            return None
        data = self.signer.check("session", cookie)
        if data is None:
            return None
        person_id, nonce, expires = data.get("p"), data.get("s"), data.get("e")
        if not isinstance(person_id, int) or not isinstance(expires, int) or not nonce:
            return None
        if self.clock.now().timestamp() >= expires:
            self.sessions.pop(str(nonce), None)
            return None
        held = self.sessions.get(str(nonce))
        if held is None or held[0] != person_id:
            return None
        return person_id, str(nonce)

    def end(self, nonce: str) -> None:
        self.sessions.pop(nonce, None)

    def csrf(self, nonce: str) -> str:
        return self.signer.mac("csrf", nonce)

    def csrf_ok(self, nonce: str, given: str) -> bool:
        return bool(given) and hmac.compare_digest(given, self.csrf(nonce))

    # --- role and networks, every request -----------------------------------------------------
    def standing_of(self, person_id: int) -> tuple[Actor, Message] | None:
        """The person's role and networks now, from their standing's facts, as chat resolves
        them; ``None`` unless they coordinate at least one network."""
        message = self.standing.get(person_id)
        if message is None:
            return None
        settings = self.runtime.settings
        networks = self.runtime.networks
        role = max(
            resolve_role(message, settings, networks.rules_of(message)),
            networks.listed_role(message, settings),
        )
        if role < Role.COORDINATOR:
            return None
        scope = networks.scope_of(message, role, settings)
        if scope.empty:
            return None
        actor = Actor(
            platform=message.platform,
            user_id=message.sender_id,
            name=message.sender_name,
            role=role.label,
            scope=scope,
        )
        return actor, message

    def forget(self, person_id: int) -> None:
        """End every session and the standing of a person (``!forgetme``, signing out)."""
        self.standing.pop(person_id, None)
        self._accounts = {k: v for k, v in self._accounts.items() if v != person_id}
        self.sessions = {k: v for k, v in self.sessions.items() if v[0] != person_id}
