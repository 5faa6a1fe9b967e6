"""Per-guild Discord role lists (``[discord.guilds."ID"] coordinator_roles / admin_roles``) and
the adapters ``vetbot run`` loads when several platforms are configured."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import App
from bot.errors import ConfigError
from bot.events import Message
from bot.permissions import Role, resolve_role
from bot.settings import Settings, load_settings

GUILD_A = "111111111111111111"
GUILD_B = "222222222222222222"
ROLE_ID = "333333333333333333"


def settings_from(tmp_path: Path, text: str) -> Settings:
    path = tmp_path / "bot.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path, {})


def in_guild(guild_id: str | None, *roles: str, is_direct: bool = False) -> Message:
    return Message(
        platform="discord",
        room_id="c",
        sender_id="9",
        text="!x",
        roles=frozenset(roles),
        guild_id=guild_id,
        is_direct=is_direct,
    )


PER_GUILD = f"""
[permissions]
coordinator_roles = ["coordinator"]
admin_roles = []

[discord.guilds."{GUILD_A}"]
language = "de"
coordinator_roles = ["Ausbildungsleitung", {ROLE_ID}]
admin_roles = ["Netzwerk-Admin"]
"""


def test_guild_role_lists_load_from_bot_toml_ids_as_text(tmp_path: Path) -> None:
    settings = settings_from(tmp_path, PER_GUILD)
    guild = settings.discord.guild(GUILD_A)
    assert guild.coordinator_roles == ("Ausbildungsleitung", ROLE_ID)
    assert guild.admin_roles == ("Netzwerk-Admin",)
    assert guild.language == "de"
    assert settings.discord.guild(GUILD_B).coordinator_roles == ()


def test_guild_roles_count_in_that_guild_only_on_top_of_the_global_lists(
    tmp_path: Path,
) -> None:
    settings = settings_from(tmp_path, PER_GUILD)

    def role(message: Message) -> Role:
        return resolve_role(message, settings.permissions, discord=settings.discord)

    assert role(in_guild(GUILD_A, "ausbildungsleitung")) is Role.COORDINATOR  # any case
    assert role(in_guild(GUILD_A, ROLE_ID)) is Role.COORDINATOR  # by id
    assert role(in_guild(GUILD_A, "Netzwerk-Admin")) is Role.ADMIN
    assert role(in_guild(GUILD_A, "coordinator")) is Role.COORDINATOR  # the global list too
    # Another guild: its own lists (none) and the global ones only.
    assert role(in_guild(GUILD_B, "Ausbildungsleitung", "Netzwerk-Admin")) is Role.TRAINER
    assert role(in_guild(GUILD_B, "coordinator")) is Role.COORDINATOR
    # Never in a direct message, and not without the [discord] settings.
    assert role(in_guild(None, "Netzwerk-Admin", is_direct=True)) is Role.TRAINER
    plain = resolve_role(in_guild(GUILD_A, "Netzwerk-Admin"), settings.permissions)
    assert plain is Role.TRAINER


def test_discord_guilds_scoping_still_decides_where_roles_count(tmp_path: Path) -> None:
    trusted_elsewhere = settings_from(
        tmp_path, PER_GUILD.replace("admin_roles = []", f'discord_guilds = ["{GUILD_B}"]', 1)
    )
    trusted_here = settings_from(
        tmp_path, PER_GUILD.replace("admin_roles = []", f'discord_guilds = ["{GUILD_A}"]', 1)
    )
    message = in_guild(GUILD_A, "Netzwerk-Admin")
    for_b = resolve_role(message, trusted_elsewhere.permissions, discord=trusted_elsewhere.discord)
    for_a = resolve_role(message, trusted_here.permissions, discord=trusted_here.discord)
    assert for_b is Role.TRAINER
    assert for_a is Role.ADMIN


@pytest.mark.parametrize(
    ("table", "needle"),
    [
        ('coordinator_roles = "Ausbildungsleitung"', "expected a list of role names or ids"),
        ("coordinator_roles = [true]", "expected role names or ids"),
        ('admin_roles = [" "]', "expected role names or ids"),
        ("admin_roles = [[1]]", "expected role names or ids"),
        ("moderator_roles = []", "unknown key"),
    ],
)
def test_bad_guild_role_lists_name_the_key(tmp_path: Path, table: str, needle: str) -> None:
    with pytest.raises(ConfigError) as err:
        settings_from(tmp_path, f'[discord.guilds."{GUILD_A}"]\n{table}\n')
    assert needle in str(err.value)
    assert f"discord.guilds.{GUILD_A}" in str(err.value)


async def test_with_discord_and_matrix_configured_run_loads_both_adapters(
    tmp_path: Path,
) -> None:
    settings = settings_from(
        tmp_path,
        f"""
[bot]
data_dir = "{tmp_path}"
[discord]
token = "discord-token"
[matrix]
homeserver = "http://127.0.0.1:1"
user_id = "@vetbot:localhost"
access_token = "matrix-token"
""",
    )
    assert settings.enabled_adapters == ("discord", "matrix")
    # What `vetbot run` does with that list, short of connecting.
    app = App(settings, interactive=False)
    try:
        for name in settings.enabled_adapters:
            app.load_adapter(name)
    finally:
        await app.store.close()
    assert {name: type(a).__name__ for name, a in app.adapters.items()} == {
        "discord": "DiscordAdapter",
        "matrix": "MatrixAdapter",
    }
    # A Matrix login by password counts as configured too; an explicit list wins.
    by_password = settings.replace("matrix", access_token="", password="secret")
    assert by_password.enabled_adapters == ("discord", "matrix")
    assert settings.replace("bot", adapters=("matrix",)).enabled_adapters == ("matrix",)
    assert settings.replace("matrix", homeserver="").enabled_adapters == ("discord",)
