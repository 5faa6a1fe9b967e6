"""Fixtures for tests against a real Synapse homeserver on 127.0.0.1.

- `synapse`: a session-wide homeserver with every rate limit raised. Shared by many tests, so
  name users with ``synapse.unique_localpart("alice")`` and never restart it.
- `synapse_default_limits`: a second session-wide homeserver that keeps Synapse's default rate
  limits (``rc_message`` 0.2/s, burst 10); limits count per user, so register fresh users.
- `synapse_factory`: builds private, started homeservers for one test (restart tests, special
  config); each is stopped when the test ends.
- `nio_client_factory`: logged-in matrix-nio clients for registered users, closed at the end.
- `fake`: a protocol-level fake Discord (REST and gateway) on 127.0.0.1 for one test.

If Synapse (or matrix-nio) cannot be imported, the tests that use these fixtures are skipped —
unless the environment variable ``CI`` is set: CI installs the test extras, so a missing
package there means a broken install and the tests fail instead.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.integration.synapse import (
    RegisteredUser,
    SynapseBaseConfig,
    SynapseServer,
    generate_base_config,
)

if TYPE_CHECKING:
    from nio import AsyncClient

    from tests.fakes.discord import FakeDiscord

log = logging.getLogger(__name__)

SynapseFactory = Callable[..., SynapseServer]
"""``synapse_factory(*, raised_rate_limits=True, extra_config=None) -> SynapseServer``."""

NioClientFactory = Callable[..., Awaitable["AsyncClient"]]
"""``await nio_client_factory(server, user, *, encrypted=False, store_path=None, **config)``."""


def require_module(module: str, why: str) -> None:
    """Skip the calling test (fail it when ``CI`` is set) if `module` cannot be imported."""
    try:
        found = importlib.util.find_spec(module) is not None
    except ImportError:
        found = False
    if found:
        return
    message = f"{module} is not importable: {why}"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set, so the test extras should have installed it)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def synapse_base_config(tmp_path_factory: pytest.TempPathFactory) -> SynapseBaseConfig:
    """Synapse's generated config and signing key, made once per test session."""
    require_module(
        "synapse.app.homeserver",
        "these tests run a real homeserver; install matrix-synapse (the 'test' extra)",
    )
    return generate_base_config(tmp_path_factory.mktemp("synapse-base"))


_STARTED: list[SynapseServer] = []


def _started(server: SynapseServer) -> SynapseServer:
    server.start()
    _STARTED.append(server)
    log.info("synapse started on %s in %.2f s", server.base_url, server.start_seconds[-1])
    return server


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Report how long the homeservers took to start (the cost every Matrix test pays)."""
    starts = [seconds for server in _STARTED for seconds in server.start_seconds]
    if starts:
        terminalreporter.write_line(
            f"synapse start-up: {len(starts)} starts, "
            f"min {min(starts):.2f} s, max {max(starts):.2f} s, "
            f"mean {sum(starts) / len(starts):.2f} s"
        )


@pytest.fixture(scope="session")
def synapse(
    synapse_base_config: SynapseBaseConfig, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SynapseServer]:
    """A running homeserver for the whole session, with every ``rc_*`` limit raised."""
    server = SynapseServer(base=synapse_base_config, workdir=tmp_path_factory.mktemp("synapse"))
    try:
        yield _started(server)
    finally:
        server.stop()


@pytest.fixture(scope="session")
def synapse_default_limits(
    synapse_base_config: SynapseBaseConfig, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SynapseServer]:
    """A running homeserver for the session that keeps Synapse's default rate limits."""
    server = SynapseServer(
        base=synapse_base_config,
        workdir=tmp_path_factory.mktemp("synapse-default-limits"),
        raised_rate_limits=False,
    )
    try:
        yield _started(server)
    finally:
        server.stop()


@pytest.fixture
def synapse_factory(
    synapse_base_config: SynapseBaseConfig, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SynapseFactory]:
    """Start private homeservers for one test; all of them are stopped when it ends."""
    servers: list[SynapseServer] = []

    def factory(
        *, raised_rate_limits: bool = True, extra_config: Mapping[str, Any] | None = None
    ) -> SynapseServer:
        server = SynapseServer(
            base=synapse_base_config,
            workdir=tmp_path_factory.mktemp("synapse-private"),
            raised_rate_limits=raised_rate_limits,
            extra_config=extra_config,
        )
        servers.append(server)
        return _started(server)

    try:
        yield factory
    finally:
        for server in servers:
            server.stop()


@pytest.fixture
async def nio_client_factory(tmp_path: Path) -> AsyncIterator[NioClientFactory]:
    """Make matrix-nio clients logged in as registered users (by access token, no /login).

    ``encrypted=True`` gives the client a persistent store (a fresh temp dir, or `store_path`)
    with ``store_sync_tokens=True, encryption_enabled=True`` and uploads its device keys.
    Extra keyword arguments go to ``AsyncClientConfig``; ``max_limit_exceeded=0`` makes a 429
    come back as an error instead of nio sleeping and retrying forever.
    """
    require_module("nio", "the Matrix tests drive matrix-nio clients; install the 'matrix' extra")
    from nio import AsyncClient, AsyncClientConfig, KeysUploadResponse

    clients: list[AsyncClient] = []

    async def factory(
        server: SynapseServer,
        user: RegisteredUser,
        *,
        encrypted: bool = False,
        store_path: Path | None = None,
        **config: Any,
    ) -> AsyncClient:
        if encrypted:
            require_module("vodozemac", "encrypted rooms need matrix-nio[e2e]")
            # Passing the store of an earlier client brings back its keys, trusted devices
            # and sync token: that is how a test simulates a client restart.
            store = store_path or tmp_path / f"nio-store-{len(clients)}"
            store.mkdir(parents=True, exist_ok=True)
            client = AsyncClient(
                server.base_url,
                user.user_id,
                device_id=user.device_id,
                store_path=str(store),
                config=AsyncClientConfig(store_sync_tokens=True, encryption_enabled=True, **config),
            )
        else:
            client = AsyncClient(
                server.base_url,
                user.user_id,
                device_id=user.device_id,
                config=AsyncClientConfig(encryption_enabled=False, **config),
            )
        clients.append(client)
        client.restore_login(user.user_id, user.device_id, user.access_token)
        if encrypted and client.should_upload_keys:
            uploaded = await client.keys_upload()
            assert isinstance(uploaded, KeysUploadResponse), f"keys_upload failed: {uploaded}"
        return client

    try:
        yield factory
    finally:
        for client in clients:
            await client.close()


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    """A started fake Discord server for this test, stopped when it ends."""
    from tests.fakes.discord import FakeDiscord

    async with FakeDiscord() as server:
        yield server
