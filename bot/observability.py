"""Logs, metrics and health.

Logs are structured: JSON lines when stderr is not a terminal (or ``format = "json"``), readable
text on a terminal; extra fields given with ``extra={...}`` are kept. Metrics (Prometheus) are off
by default; when on, an HTTP endpoint on ``[metrics] host:port`` serves messages handled, command
latency and errors on ``/metrics`` (and any other path, as Prometheus' own server does), and two
probes for a supervisor or load balancer: ``/healthz`` (200 while the bot's event loop answers)
and ``/readyz`` (200 when every readiness check passes: the store answers, the platforms are
connected, the lookup index is loaded; else 503), each with a small JSON body.

Logs never hold what people wrote or who they are: no message text and no platform user ids,
at any level. A failure while handling someone's message is logged with an error id (also
shown to them), the command's name and :func:`redacted_traceback`, which keeps where it
happened and drops what the exceptions say (their messages may quote the input).
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import threading
import traceback
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry, Counter, Histogram

#: What ``/readyz`` asks: each check's name and whether it passes.
Readiness = Callable[[], Coroutine[Any, Any, dict[str, bool]]]
#: How long a probe waits for the bot's event loop to answer.
PROBE_SECONDS = 5.0

_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


def redacted_traceback(exc: BaseException) -> str:
    """The traceback of ``exc`` and of the exceptions behind it, without their messages: the
    type of each, and the file, line, function and source line of each frame."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        frames = traceback.StackSummary.extract(
            traceback.walk_tb(current.__traceback__), capture_locals=False
        )
        parts.append(
            "Traceback (most recent call last):\n"
            + "".join(frames.format())
            + f"{kind.__module__}.{kind.__qualname__} (message withheld)"
        )
        if current.__cause__ is not None:
            current = current.__cause__
        elif current.__suppress_context__:
            current = None
        else:
            current = current.__context__
    # Innermost first, as Python prints a chain.
    return "\n\nwhich caused:\n\n".join(reversed(parts))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, extra fields, exception."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                data[key] = (
                    value if isinstance(value, str | int | float | bool | None) else repr(value)
                )
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    """Human-readable lines with the extra fields appended as key=value."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S")

    def format(self, record: logging.LogRecord) -> str:
        base = super().format(record)
        extras = {
            k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")
        }
        # A multi-line field (a redacted traceback) goes below, as an exception would.
        below = [str(v) for v in extras.values() if isinstance(v, str) and "\n" in v]
        inline = {k: v for k, v in extras.items() if not (isinstance(v, str) and "\n" in v)}
        if inline:
            base += " " + " ".join(f"{k}={v}" for k, v in inline.items())
        return "\n".join((base, *below))


def configure_logging(level: str = "INFO", fmt: str = "auto") -> None:
    """Send logs to stderr, JSON unless stderr is a terminal (or as ``fmt`` forces)."""
    use_json = fmt == "json" or (fmt == "auto" and not sys.stderr.isatty())
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if use_json else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("apscheduler", "aiosqlite", "alembic", "discord", "nio", "asyncio", "peewee"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))


class Metrics:
    """The bot's counters; its own registry, so several bots (tests) never collide."""

    registry: CollectorRegistry
    messages: Counter
    commands: Counter
    errors: Counter
    latency: Histogram

    def __init__(self) -> None:
        from prometheus_client import CollectorRegistry, Counter, Histogram

        self.registry = CollectorRegistry()
        self.messages = Counter(
            "vetbot_messages_handled",
            "Messages the core looked at",
            ["platform"],
            registry=self.registry,
        )
        self.commands = Counter(
            "vetbot_commands",
            "Commands run, by name and outcome",
            ["command", "outcome"],
            registry=self.registry,
        )
        self.errors = Counter(
            "vetbot_errors",
            "Unexpected errors (each logged with an error id)",
            registry=self.registry,
        )
        self.latency = Histogram(
            "vetbot_command_seconds",
            "Time to handle a command",
            ["command"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
            registry=self.registry,
        )
        self._server: ThreadingHTTPServer | None = None

    def serve(
        self,
        host: str,
        port: int,
        *,
        readiness: Readiness | None = None,
        loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        """Serve ``/metrics``, ``/healthz`` and ``/readyz`` from a background thread;
        ``readiness`` runs on ``loop`` (the bot's)."""
        from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

        registry = self.registry

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                if path == "/healthz":
                    alive = _probe(loop, _nothing) is not None
                    self._json(200 if alive else 503, {"alive": alive})
                elif path == "/readyz":
                    checks = None if readiness is None else _probe(loop, readiness)
                    if checks is None:
                        checks = {"loop": False} if readiness is not None else {}
                    ready = all(checks.values())
                    self._json(200 if ready else 503, {"ready": ready, "checks": checks})
                else:
                    body = generate_latest(registry)
                    self.send_response(200)
                    self.send_header("Content-Type", CONTENT_TYPE_LATEST)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)

            def _json(self, status: int, data: dict[str, Any]) -> None:
                body = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # probes every few seconds would bury the bot's own log

        server = ThreadingHTTPServer((host, port), Handler)
        server.daemon_threads = True
        self._server = server
        threading.Thread(target=server.serve_forever, name="metrics", daemon=True).start()

    def close(self) -> None:
        """Stop serving (the bot is stopping)."""
        server = getattr(self, "_server", None)
        if server is not None:
            server.shutdown()
            server.server_close()
            self._server = None


async def _nothing() -> dict[str, bool]:
    return {}


def _probe(loop: asyncio.AbstractEventLoop | None, check: Readiness) -> dict[str, bool] | None:
    """``check`` run on ``loop`` from the server's thread; ``None`` when the loop does not
    answer in time (or is gone)."""
    if loop is None or loop.is_closed():
        return None
    try:
        future = asyncio.run_coroutine_threadsafe(check(), loop)
        result: dict[str, bool] = future.result(timeout=PROBE_SECONDS)
    except Exception:
        return None
    return result


class _Nothing:
    """A metric that keeps nothing: any label, any count."""

    def labels(self, *values: str) -> _Nothing:
        return self

    def inc(self, amount: float = 1.0) -> None:
        pass

    def observe(self, value: float) -> None:
        pass


class Unserved(Metrics):
    """The metrics of a run that can never serve them (a one-shot command: only the running
    bot serves its endpoint): the same calls, nothing kept, Prometheus not imported."""

    def __init__(self) -> None:
        nothing: Any = _Nothing()
        self.messages = self.commands = self.errors = self.latency = nothing

    def serve(
        self,
        host: str,
        port: int,
        *,
        readiness: Readiness | None = None,
        loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        raise RuntimeError("a one-shot run serves no metrics")
