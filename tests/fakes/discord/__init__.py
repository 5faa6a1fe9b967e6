"""A protocol-level fake Discord (REST + gateway) for tests, spoken to by unmodified discord.py.

Modules: ``server`` (``FakeDiscord``, the entry point), ``rest`` (routes, Discord's errors,
rate-limit headers), ``gateway`` (HELLO/IDENTIFY/READY/RESUME, sequence numbers, intents),
``interactions`` (INTERACTION_CREATE payloads), ``state`` (the world and its wire shapes),
``recording`` (recorded requests, scripted 429s, waits), ``redirect`` (pointing discord.py).

Pointing discord.py at another server, without modifying it (details in ``redirect``):

1. ``discord.http.Route.BASE = api_base`` — e.g. ``http://127.0.0.1:PORT/api/v10``, no
   trailing slash. REST calls, the interaction callback and the interaction webhooks all build
   their URLs from it.
2. ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)`` — a plain
   ``discord.Client`` connects there and never calls ``GET /gateway/bot``; only an
   ``AutoShardedClient`` without ``shard_count`` reads ``url`` from ``GET /gateway/bot``
   (which must answer ``{"url", "shards", "session_start_limit"}``). Resumes go to READY's
   ``resume_gateway_url``.
3. Transport compression cannot be switched off from the client: discord.py always appends
   ``compress=zlib-stream`` (``zstd-stream`` if ``zstandard``/``compression.zstd`` is
   importable). The fake answers zlib-stream in kind (one zlib context per connection, a
   Z_SYNC_FLUSH after every payload) and anything else with plain text frames, which
   discord.py parses as well.
4. REST responses need ``Content-Type: application/json`` exactly, and 429s a ``Via`` header
   and a JSON ``retry_after``, or discord.py will not parse them / will not retry.

``point_discord_py_at(api_base, gateway_url)`` does 1 and 2 and can undo them.
"""

from tests.fakes.discord.gateway import IdentifyRecord, Intent
from tests.fakes.discord.recording import RecordedRequest
from tests.fakes.discord.redirect import DiscordPyTarget, point_discord_py_at
from tests.fakes.discord.server import DEFAULT_TOKEN, FakeDiscord
from tests.fakes.discord.state import FakeChannel, FakeGuild, FakeRole, FakeUser, SentInteraction

__all__ = [
    "DEFAULT_TOKEN",
    "DiscordPyTarget",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeRole",
    "FakeUser",
    "IdentifyRecord",
    "Intent",
    "RecordedRequest",
    "SentInteraction",
    "point_discord_py_at",
]
