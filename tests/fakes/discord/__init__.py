"""A protocol-level fake Discord (REST + gateway) for tests; see ``server`` and ``redirect``."""

from tests.fakes.discord.gateway import IdentifyRecord, Intent
from tests.fakes.discord.recording import RecordedRequest
from tests.fakes.discord.redirect import DiscordPyTarget, point_discord_py_at
from tests.fakes.discord.server import DEFAULT_TOKEN, FakeDiscord
from tests.fakes.discord.state import FakeChannel, FakeRole, FakeUser, SentInteraction

__all__ = [
    "DEFAULT_TOKEN",
    "DiscordPyTarget",
    "FakeChannel",
    "FakeDiscord",
    "FakeRole",
    "FakeUser",
    "IdentifyRecord",
    "Intent",
    "RecordedRequest",
    "SentInteraction",
    "point_discord_py_at",
]
