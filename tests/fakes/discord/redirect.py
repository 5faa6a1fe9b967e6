"""Pointing an unmodified discord.py at another REST base and gateway (for tests).

discord.py (2.x, checked on 2.7) has no constructor option for its endpoints. It reads two class
attributes, and reassigning them redirects every client in the process:

- ``discord.http.Route.BASE`` (default ``https://discord.com/api/v10``): every REST URL is
  ``Route.BASE + path``. The interaction callback and the interaction webhooks
  (``discord.webhook.async_``) build their URLs with the same ``Route`` class, so they follow.
  ``discord.http._set_api_version`` would overwrite it; nothing calls that unless you do.
- ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`` (default ``wss://gateway.discord.gg/``,
  a ``yarl.URL``): a plain ``discord.Client`` connects there directly — it never asks
  ``GET /gateway/bot`` — and returns there after a non-resumable INVALID_SESSION. Resumes go to
  the ``resume_gateway_url`` from READY. Only ``AutoShardedClient`` without a fixed
  ``shard_count`` reads the gateway URL from ``GET /gateway/bot`` (keys ``url``, ``shards``,
  ``session_start_limit``).

discord.py appends ``?v=10&encoding=json&compress=zlib-stream`` to the gateway URL
(``zstd-stream`` when ``zstandard`` or ``compression.zstd`` is importable) and offers no
switch to turn transport compression off; the server must answer in kind or with plain text
frames (which discord.py accepts). Asset (CDN) URLs are not redirected.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType

import discord.gateway
import discord.http
import yarl


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscordPyTarget:
    """Where discord.py was pointed, and what to restore; usable as a context manager."""

    api_base: str
    gateway_url: str | None
    previous_api_base: str
    previous_gateway: yarl.URL

    def restore(self) -> None:
        """Point discord.py back where it was before."""
        discord.http.Route.BASE = self.previous_api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = self.previous_gateway

    def __enter__(self) -> DiscordPyTarget:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.restore()


def point_discord_py_at(api_base: str, gateway_url: str | None = None) -> DiscordPyTarget:
    """Send discord.py's REST calls to ``api_base`` (e.g. ``http://127.0.0.1:PORT/api/v10``)
    and, when given, its gateway connections to ``gateway_url`` (e.g. ``ws://127.0.0.1:PORT/ws``).

    Process-wide: it changes class attributes. Call it before ``Client.login``/``start``.
    """
    target = DiscordPyTarget(
        api_base=api_base.rstrip("/"),
        gateway_url=gateway_url,
        previous_api_base=discord.http.Route.BASE,
        previous_gateway=discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY,
    )
    discord.http.Route.BASE = target.api_base
    if gateway_url is not None:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
    return target
