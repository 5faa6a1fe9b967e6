"""A real Synapse homeserver, run as a subprocess on 127.0.0.1, for integration tests.

What it is for: adapter tests that must talk to a real Matrix server (sync, encryption, rate
limits, restarts) rather than to a mocked client. The pieces:

- `generate_base_config(directory)` runs Synapse's own ``--generate-config`` once and returns a
  `SynapseBaseConfig` (the generated YAML and signing key). Generating costs about two seconds,
  so a test session does it once and every server reuses the result.
- `SynapseServer` owns one homeserver: its working directory (SQLite database, media store,
  logs, the override YAML layered on top of the base config), its process and its port. It
  starts, stops and restarts the process, registers users through the shared-secret admin API
  and reports how long start-up took.
- `RegisteredUser` is what `SynapseServer.register` returns: enough to log a client in.

The server listens on ONE client-only HTTP listener on 127.0.0.1 (no federation resource,
federation and presence off, no key servers). By default every ``rc_*`` rate limit is raised far
beyond anything a test does; ``raised_rate_limits=False`` keeps Synapse's defaults (for example
``rc_message``: 0.2 per second, burst 10) for tests of rate-limit handling.

No homeserver outlives the Python process: `stop` kills the whole process group (SIGTERM, then
SIGKILL after a timeout), and an ``atexit`` hook stops any server still running.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import hashlib
import hmac
import itertools
import json
import logging
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import yaml

log = logging.getLogger(__name__)

SERVER_NAME = "localhost"
"""The server name every test homeserver uses; user ids look like ``@alice:localhost``."""

# Every rc_* limiter Synapse reads (synapse/config/ratelimiting.py), raised so that no test is
# slowed down or refused by them. Unknown keys are ignored by older Synapse versions.
_HIGH = {"per_second": 10_000, "burst_count": 100_000}
RAISED_RATE_LIMITS: Mapping[str, Any] = {
    "rc_message": _HIGH,
    "rc_registration": _HIGH,
    "rc_registration_token_validity": _HIGH,
    "rc_login": {"address": _HIGH, "account": _HIGH, "failed_attempts": _HIGH},
    "rc_admin_redaction": _HIGH,
    "rc_joins": {"local": _HIGH, "remote": _HIGH},
    "rc_joins_per_room": _HIGH,
    "rc_key_requests": _HIGH,
    "rc_3pid_validation": _HIGH,
    "rc_invites": {"per_room": _HIGH, "per_user": _HIGH, "per_issuer": _HIGH},
    "rc_third_party_invite": _HIGH,
    "rc_media_create": _HIGH,
    "rc_presence": {"per_user": _HIGH},
    "rc_delayed_event_mgmt": _HIGH,
    "rc_room_creation": _HIGH,
    "rc_reports": _HIGH,
    "rc_user_directory": _HIGH,
    "rc_profile": _HIGH,
}

_LOG_CONFIG_TEMPLATE = """\
version: 1
formatters:
  precise:
    format: '%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - %(request)s - %(message)s'
handlers:
  file:
    class: logging.FileHandler
    formatter: precise
    filename: {log_path}
    encoding: utf8
root:
  level: WARNING
  handlers: [file]
disable_existing_loggers: false
"""

_LIVE_SERVERS: set[SynapseServer] = set()


class SynapseError(RuntimeError):
    """The homeserver could not be generated, started or asked to do something."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SynapseBaseConfig:
    """The output of one ``--generate-config`` run, shared by every server of a session."""

    config_path: Path
    signing_key_path: Path


@dataclass(frozen=True, slots=True, kw_only=True)
class RegisteredUser:
    """A user created on the test homeserver, logged in on one device."""

    user_id: str
    password: str
    access_token: str
    device_id: str


def generate_base_config(directory: Path, *, python: str = sys.executable) -> SynapseBaseConfig:
    """Run Synapse's config generator in `directory` (once) and return what it produced.

    Calling it again on the same directory returns the cached result without running Synapse.
    """
    directory.mkdir(parents=True, exist_ok=True)
    config_path = directory / "homeserver.yaml"
    signing_key_path = directory / f"{SERVER_NAME}.signing.key"
    if not (config_path.exists() and signing_key_path.exists()):
        command = [
            python,
            "-m",
            "synapse.app.homeserver",
            "--generate-config",
            "--server-name",
            SERVER_NAME,
            "--report-stats=no",
            "--config-path",
            str(config_path),
            "--data-directory",
            str(directory),
        ]
        result = subprocess.run(
            command, cwd=directory, capture_output=True, text=True, timeout=120, check=False
        )
        if result.returncode != 0 or not signing_key_path.exists():
            raise SynapseError(
                f"synapse --generate-config failed (exit {result.returncode}):\n"
                f"{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
            )
    return SynapseBaseConfig(config_path=config_path, signing_key_path=signing_key_path)


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago (the kernel picked it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class SynapseServer:
    """One Synapse homeserver process with its own database, port and logs.

    Contract:
    - `start` returns once ``GET /_matrix/client/versions`` answers, or raises `SynapseError`
      with the tail of the homeserver's log (and stderr) if the process dies or times out.
    - `stop` is idempotent and leaves no process behind.
    - `restart` keeps the port, the database and so every user, device, access token and room.
    - `register` creates a user through the shared-secret admin API; it is not rate limited.
    The object is also a context manager that starts and stops the server.
    """

    def __init__(
        self,
        *,
        base: SynapseBaseConfig,
        workdir: Path,
        raised_rate_limits: bool = True,
        extra_config: Mapping[str, Any] | None = None,
        python: str = sys.executable,
        start_timeout: float = 60.0,
    ) -> None:
        """Prepare (but do not start) a server living in `workdir`.

        `extra_config` is merged last, at the top level, into the override YAML: use it for
        settings a particular test needs (for instance a single ``rc_message`` value).
        """
        self._base = base
        self.workdir = workdir
        self.raised_rate_limits = raised_rate_limits
        self._extra_config = dict(extra_config or {})
        self._python = python
        self._start_timeout = start_timeout
        self._shared_secret = secrets.token_hex(32)
        self._port: int | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._localparts = itertools.count(1)
        self.start_seconds: list[float] = []
        """How long each start took, from spawning the process to the first answer."""

    # -- where things are -------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port of the client listener; fixed at the first start, kept by restarts."""
        if self._port is None:
            raise SynapseError("the homeserver has not been started yet")
        return self._port

    @property
    def base_url(self) -> str:
        """The homeserver URL a Matrix client is given, e.g. ``http://127.0.0.1:41234``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def server_name(self) -> str:
        """The domain part of every user id and room alias on this server."""
        return SERVER_NAME

    @property
    def log_path(self) -> Path:
        """The homeserver's own log (WARNING and above)."""
        return self.workdir / "homeserver.log"

    @property
    def pid(self) -> int | None:
        """The homeserver's process id (also its process group id) while it runs."""
        return self._process.pid if self.running and self._process is not None else None

    @property
    def running(self) -> bool:
        """Whether the homeserver process is alive."""
        return self._process is not None and self._process.poll() is None

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Start the homeserver and wait until it serves client requests."""
        if self.running:
            return
        self.workdir.mkdir(parents=True, exist_ok=True)
        first_start = self._port is None
        # A port picked by free_port() can be taken by someone else before Synapse binds it;
        # on a first start pick another one. A restart must keep its port, so it does not retry.
        attempts = 3 if first_start else 1
        for attempt in range(1, attempts + 1):
            if first_start:
                self._port = free_port()
            try:
                self._spawn_and_wait()
                return
            except SynapseError as exc:
                if attempt < attempts and "Address already in use" in str(exc):
                    log.warning("port %s was taken, retrying with another one", self._port)
                    continue
                raise

    def stop(self, kill_after: float = 10.0) -> None:
        """Stop the homeserver: SIGTERM to its process group, SIGKILL after `kill_after` s."""
        process = self._process
        self._process = None
        _LIVE_SERVERS.discard(self)
        if process is None:
            return
        if process.poll() is None:
            _signal_group(process, signal.SIGTERM)
            try:
                process.wait(timeout=kill_after)
            except subprocess.TimeoutExpired:
                log.warning("synapse on port %s ignored SIGTERM; killing it", self._port)
                _signal_group(process, signal.SIGKILL)
                process.wait(timeout=kill_after)
        # Children of Synapse (there should be none) go with the group.
        _signal_group(process, signal.SIGKILL)

    def restart(self) -> None:
        """Stop and start again on the same port and database."""
        self.stop()
        self.start()

    # The async variants run the blocking work in a worker thread, so a bot running in the
    # same event loop keeps going (and sees the outage) while the homeserver stops or starts.

    async def astart(self) -> None:
        """`start` without blocking the event loop."""
        await asyncio.to_thread(self.start)

    async def astop(self, kill_after: float = 10.0) -> None:
        """`stop` without blocking the event loop."""
        await asyncio.to_thread(self.stop, kill_after)

    async def arestart(self) -> None:
        """`restart` without blocking the event loop."""
        await asyncio.to_thread(self.restart)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # -- users ------------------------------------------------------------------------------

    def unique_localpart(self, prefix: str = "user") -> str:
        """Return a localpart no earlier call on this server returned (``alice-3``).

        Session-scoped servers are shared by many tests, so each test should name its users
        with this rather than a fixed ``alice``.
        """
        return f"{prefix}-{next(self._localparts)}-{secrets.token_hex(3)}"

    def register(
        self,
        localpart: str,
        admin: bool = False,
        *,
        password: str | None = None,
        displayname: str | None = None,
    ) -> RegisteredUser:
        """Create a user with the shared-secret admin API and return its first login.

        Raises `SynapseError` if the server refuses (for example ``M_USER_IN_USE``).
        """
        password = password or secrets.token_urlsafe(16)
        url = f"{self.base_url}/_synapse/admin/v1/register"
        nonce = str(self._request("GET", url)["nonce"])
        # The MAC Synapse expects: HMAC-SHA1 over nonce, username, password and the admin
        # flag, joined by NUL bytes, keyed with registration_shared_secret.
        signed = b"\x00".join(
            part.encode() for part in (nonce, localpart, password, "admin" if admin else "notadmin")
        )
        mac = hmac.new(self._shared_secret.encode(), signed, digestmod=hashlib.sha1)
        body: dict[str, Any] = {
            "nonce": nonce,
            "username": localpart,
            "password": password,
            "admin": admin,
            "mac": mac.hexdigest(),
        }
        if displayname is not None:
            body["displayname"] = displayname
        answer = self._request("POST", url, body)
        return RegisteredUser(
            user_id=str(answer["user_id"]),
            password=password,
            access_token=str(answer["access_token"]),
            device_id=str(answer["device_id"]),
        )

    async def aregister(
        self,
        localpart: str,
        admin: bool = False,
        *,
        password: str | None = None,
        displayname: str | None = None,
    ) -> RegisteredUser:
        """`register` for async code: runs the blocking HTTP calls in a worker thread."""
        return await asyncio.to_thread(
            self.register, localpart, admin, password=password, displayname=displayname
        )

    def log_tail(self, lines: int = 60) -> str:
        """The last `lines` lines of the homeserver log and of its stderr, for error messages."""
        parts = []
        for path in (self.log_path, self.workdir / "stderr.log"):
            if path.exists():
                text = path.read_text(encoding="utf-8", errors="replace").splitlines()
                parts.append(f"--- {path.name} ---\n" + "\n".join(text[-lines:]))
        return "\n".join(parts) or "(no homeserver output)"

    # -- internals --------------------------------------------------------------------------

    def _write_override_config(self) -> Path:
        workdir = self.workdir
        log_config_path = workdir / "log.config.yaml"
        log_config_path.write_text(
            _LOG_CONFIG_TEMPLATE.format(log_path=json.dumps(str(self.log_path))),
            encoding="utf-8",
        )
        override: dict[str, Any] = {
            "server_name": SERVER_NAME,
            "public_baseurl": f"{self.base_url}/",
            "pid_file": str(workdir / "homeserver.pid"),
            "listeners": [
                {
                    "port": self.port,
                    "bind_addresses": ["127.0.0.1"],
                    "type": "http",
                    "tls": False,
                    "x_forwarded": False,
                    "resources": [{"names": ["client"], "compress": False}],
                }
            ],
            "database": {
                "name": "sqlite3",
                "args": {"database": str(workdir / "homeserver.db")},
            },
            "media_store_path": str(workdir / "media_store"),
            "log_config": str(log_config_path),
            "signing_key_path": str(self._base.signing_key_path),
            "report_stats": False,
            "trusted_key_servers": [],
            "suppress_key_server_warning": True,
            "federation_domain_whitelist": [],
            "federation_sender_instances": [],
            "serve_server_wellknown": False,
            "presence": {"enabled": False},
            "bcrypt_rounds": 4,
            "enable_registration": False,
            "registration_shared_secret": self._shared_secret,
            "url_preview_enabled": False,
            "enable_metrics": False,
            # A fresh SQLite database has nothing for background updates to do; don't let
            # them sleep between batches if a Synapse upgrade adds some.
            "background_updates": {"sleep_enabled": False},
        }
        if self.raised_rate_limits:
            override.update(RAISED_RATE_LIMITS)
        override.update(self._extra_config)
        path = workdir / "override.yaml"
        path.write_text(yaml.safe_dump(override, sort_keys=False), encoding="utf-8")
        return path

    def _spawn_and_wait(self) -> None:
        override_path = self._write_override_config()
        command = [
            self._python,
            "-m",
            "synapse.app.homeserver",
            "--config-path",
            str(self._base.config_path),
            "--config-path",
            str(override_path),
        ]
        stderr_path = self.workdir / "stderr.log"
        began = time.monotonic()
        with stderr_path.open("ab") as stderr:
            self._process = subprocess.Popen(
                command,
                cwd=self.workdir,
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
                # Its own process group, so stop() can take down anything it spawned.
                start_new_session=True,
            )
        _LIVE_SERVERS.add(self)
        deadline = began + self._start_timeout
        while True:
            if self._process.poll() is not None:
                code = self._process.returncode
                self.stop()
                raise SynapseError(
                    f"synapse exited with code {code} during start-up on port {self._port}\n"
                    f"{self.log_tail()}"
                )
            if self._answers_versions():
                break
            if time.monotonic() > deadline:
                self.stop()
                raise SynapseError(
                    f"synapse did not answer within {self._start_timeout:.0f} s "
                    f"on port {self._port}\n{self.log_tail()}"
                )
            time.sleep(0.05)
        elapsed = time.monotonic() - began
        self.start_seconds.append(elapsed)
        log.info("synapse ready on %s in %.2f s", self.base_url, elapsed)

    def _answers_versions(self) -> bool:
        try:
            with urllib.request.urlopen(
                f"{self.base_url}/_matrix/client/versions", timeout=2
            ) as response:
                return int(response.status) == 200
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return False

    def _request(self, method: str, url: str, body: Mapping[str, Any] | None = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            url, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode(errors="replace")
            raise SynapseError(f"{method} {url} -> {exc.code}: {detail}") from exc


def _signal_group(process: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    # The group id equals the pid because of start_new_session=True.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, sig)


@atexit.register
def _stop_live_servers() -> None:
    for server in list(_LIVE_SERVERS):
        with contextlib.suppress(Exception):
            server.stop(kill_after=5)


__all__ = [
    "RAISED_RATE_LIMITS",
    "SERVER_NAME",
    "RegisteredUser",
    "SynapseBaseConfig",
    "SynapseError",
    "SynapseServer",
    "free_port",
    "generate_base_config",
]
