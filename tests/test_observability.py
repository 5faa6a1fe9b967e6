"""Structured logs and the Prometheus endpoint."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import urllib.error
import urllib.request

from bot.actions import Action, Delivery
from bot.observability import JsonFormatter, Metrics
from bot.ports import ChatAdapter, MessageHandler
from bot.store import Store
from tests.botkit import TestBot


def test_json_log_lines_keep_extra_fields() -> None:
    record = logging.LogRecord("vetbot.x", logging.ERROR, __file__, 1, "command failed", (), None)
    record.error_id = "abcd1234"
    data = json.loads(JsonFormatter().format(record))
    assert data["message"] == "command failed"
    assert data["level"] == "error"
    assert data["error_id"] == "abcd1234"


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


async def test_metrics_endpoint_counts_messages_and_commands(bot: TestBot) -> None:
    metrics: Metrics = bot.app.metrics
    port = _free_port()
    metrics.serve("127.0.0.1", port)
    await bot.say("!help")
    await bot.say("!nonsense")
    body = await asyncio.to_thread(_fetch, f"http://127.0.0.1:{port}/metrics")
    assert 'vetbot_messages_handled_total{platform="console"} 2.0' in body
    assert 'vetbot_commands_total{command="help",outcome="ok"} 1.0' in body
    assert 'vetbot_commands_total{command="unknown",outcome="unknown"} 1.0' in body
    assert "vetbot_command_seconds_bucket" in body


def _status(url: str) -> tuple[int, dict[str, object]]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


async def test_health_and_readiness_probes(bot: TestBot) -> None:
    app = bot.app
    port = _free_port()
    app.metrics.serve("127.0.0.1", port, readiness=app.readiness, loop=asyncio.get_running_loop())
    try:
        status, body = await asyncio.to_thread(_status, f"http://127.0.0.1:{port}/healthz")
        assert (status, body) == (200, {"alive": True})
        status, body = await asyncio.to_thread(_status, f"http://127.0.0.1:{port}/readyz")
        assert status == 200, body
        assert body["checks"] == {
            "started": True,
            "store": True,
            "platform_console": True,
            "knowledge_index": True,
        }
        # The store gone: not ready, and the probe says which check failed.
        gone = Store("postgresql+psycopg://nobody@127.0.0.1:1/none")
        real, app.store = app.store, gone
        try:
            status, body = await asyncio.to_thread(_status, f"http://127.0.0.1:{port}/readyz")
        finally:
            app.store = real
            await gone.close()
        assert status == 503
        assert body["checks"]["store"] is False  # type: ignore[index]
    finally:
        app.metrics.close()


class Quiet(ChatAdapter):
    """An adapter that says nothing of its connection: the interface's default answers."""

    def __init__(self, platform: str) -> None:
        self.platform = platform

    async def start(self, handler: MessageHandler) -> None:
        return None

    async def perform(self, action: Action) -> Delivery | None:
        return None

    async def stop(self) -> None:
        return None


class Offline(Quiet):
    """An adapter whose session to its server is down."""

    def connected(self) -> bool:
        return False


async def test_readiness_asks_each_adapter_whether_it_is_connected(bot: TestBot) -> None:
    bot.app.add_adapter(Quiet("chatx"))
    bot.app.add_adapter(Offline("chaty"))
    checks = await bot.app.readiness()
    assert checks["platform_console"] is True
    assert checks["platform_chatx"] is True
    assert checks["platform_chaty"] is False


class Bare:
    """An adapter of the right shape in every way but the interface's own methods."""

    platform = "chatz"

    async def start(self, handler: MessageHandler) -> None:
        return None

    async def perform(self, action: Action) -> Delivery | None:
        return None

    async def stop(self) -> None:
        return None


async def test_an_adapter_without_the_whole_interface_is_refused_when_added(bot: TestBot) -> None:
    try:
        bot.app.add_adapter(Bare())  # type: ignore[arg-type]
    except TypeError as exc:
        assert "delivers, connected" in str(exc) and "ChatAdapter" in str(exc)
    else:
        raise AssertionError("an adapter without delivers() and connected() was taken")
    assert "chatz" not in bot.app.adapters
