"""Two networks, AT and FR, and the European level, for the network tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.settings import Settings, load_settings
from bot.store.models import AuditEntry
from tests.botkit import TestBot

TWO_NETWORKS = """
[bot]
data_dir = "{data}"
{store}
[knowledge]
seed = false
[limits]
commands_per_window = 1000

[networks.AT]
name = "Netzwerk Österreich"
country = "AT"
language = "de"
timezone = "Europe/Vienna"
rooms = ["console:at-lounge", "console:at-news"]
coordinators = ["console:anna"]

[networks.FR]
name = "Réseau France"
country = "FR"
language = "fr"
timezone = "Europe/Paris"
rooms = ["console:fr-salon"]
coordinators = ["console:claire"]

[networks.EU]
name = "European network"
country = "EU"
rooms = ["console:eu-hall"]
admins = ["console:erik"]
"""


def network_settings(
    tmp_path: Path, db_url: str | None = None, extra: str = "", *, own_languages: bool = True
) -> Settings:
    """Settings from a ``bot.toml`` with the networks AT, FR and EU (and ``extra``).

    ``own_languages=False`` leaves out the networks' languages and time zones, so their rooms
    read English in the bot's zone: for the tests of what a coordinator may reach, which read
    the answers' English words (the networks' languages have tests of their own)."""
    store = f'[store]\nurl = "{db_url}"\n' if db_url else ""
    text = TWO_NETWORKS.format(data=tmp_path / "data", store=store)
    if not own_languages:
        text = "\n".join(
            line for line in text.splitlines() if not line.startswith(("language =", "timezone ="))
        )
    path = tmp_path / "bot.toml"
    path.write_text(text + extra)
    return load_settings(path, {})


async def refusals(bot: TestBot) -> list[dict[str, Any]]:
    """The audit log's ``network.refused`` entries, oldest first."""
    async with bot.app.store.session() as session:
        stmt = select(AuditEntry).where(AuditEntry.action == "network.refused")
        rows = (await session.execute(stmt.order_by(AuditEntry.id))).scalars().all()
        return [{"actor": r.actor_id, "target": r.target, **r.detail} for r in rows]
