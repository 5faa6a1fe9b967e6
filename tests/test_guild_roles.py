"""Per-guild Discord role lists (``[discord.guilds."ID"] coordinator_roles / admin_roles``) and
the adapters ``vetbot run`` loads when several platforms are configured."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.app import App
from bot.errors import ConfigError
from bot.events import Message
from bot.i18n import languages
from bot.permissions import Role, log_scope, resolve_role
from bot.settings import Settings, load_settings

GUILD_A = "111111111111111111"
GUILD_B = "222222222222222222"
GUILD_C = "444444444444444444"
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
        server_id=guild_id,
        is_direct=is_direct,
    )


#: A language with a catalog (a server's language must have one).
SHIPPED = languages()[-1]

PER_GUILD = f"""
[permissions]
coordinator_roles = ["coordinator"]
admin_roles = []

[discord.guilds."{GUILD_A}"]
language = "{SHIPPED}"
coordinator_roles = ["Ausbildungsleitung", {ROLE_ID}]
admin_roles = ["Netzwerk-Admin"]
"""


def test_guild_role_lists_load_from_bot_toml_ids_as_text(tmp_path: Path) -> None:
    settings = settings_from(tmp_path, PER_GUILD)
    guild = settings.discord.guild(GUILD_A)
    assert guild.coordinator_roles == ("Ausbildungsleitung", ROLE_ID)
    assert guild.admin_roles == ("Netzwerk-Admin",)
    assert guild.language == SHIPPED
    assert settings.discord.guild(GUILD_B).coordinator_roles == ()


def test_guild_roles_count_in_that_guild_only_on_top_of_the_global_lists(
    tmp_path: Path,
) -> None:
    # GUILD_A is configured by its own table, GUILD_B by [permissions] discord_guilds.
    settings = settings_from(
        tmp_path, PER_GUILD.replace("admin_roles = []", f'discord_guilds = ["{GUILD_B}"]', 1)
    )

    def role(message: Message) -> Role:
        return resolve_role(message, settings)

    assert role(in_guild(GUILD_A, "ausbildungsleitung")) is Role.COORDINATOR  # any case
    assert role(in_guild(GUILD_A, ROLE_ID)) is Role.COORDINATOR  # by id
    assert role(in_guild(GUILD_A, "Netzwerk-Admin")) is Role.ADMIN
    assert role(in_guild(GUILD_A, "coordinator")) is Role.COORDINATOR  # the global list too
    # Another guild: its own lists (none) and the global ones only.
    assert role(in_guild(GUILD_B, "Ausbildungsleitung", "Netzwerk-Admin")) is Role.TRAINER
    assert role(in_guild(GUILD_B, "coordinator")) is Role.COORDINATOR
    # A guild nobody configured: no role counts, not even from the global list.
    assert role(in_guild(GUILD_C, "coordinator")) is Role.TRAINER
    # Never in a direct message, and not without the [discord] settings.
    assert role(in_guild(None, "Netzwerk-Admin", is_direct=True)) is Role.TRAINER
    without_tables = settings.replace("discord", guilds={})
    plain = resolve_role(in_guild(GUILD_A, "Netzwerk-Admin"), without_tables)
    assert plain is Role.TRAINER


def test_a_guild_counts_when_listed_or_given_its_own_table_and_no_other(tmp_path: Path) -> None:
    # Deny by default: anyone can add the bot to a server of their own where they hold every
    # role, so only servers the operator configured grant any.
    nothing = settings_from(tmp_path, '[permissions]\ncoordinator_roles = ["coordinator"]\n')
    listed_b = settings_from(
        tmp_path, PER_GUILD.replace("admin_roles = []", f'discord_guilds = ["{GUILD_B}"]', 1)
    )

    def role(settings: Settings, message: Message) -> Role:
        return resolve_role(message, settings)

    for guild in (GUILD_A, GUILD_B, GUILD_C):
        assert role(nothing, in_guild(guild, "coordinator")) is Role.TRAINER
    assert role(listed_b, in_guild(GUILD_A, "Netzwerk-Admin")) is Role.ADMIN  # its own table
    assert role(listed_b, in_guild(GUILD_B, "coordinator")) is Role.COORDINATOR  # listed
    assert role(listed_b, in_guild(GUILD_C, "coordinator", "Netzwerk-Admin")) is Role.TRAINER


def test_listed_users_keep_their_role_everywhere(tmp_path: Path) -> None:
    settings = settings_from(
        tmp_path, '[permissions]\nadmin_users = ["discord:9"]\ncoordinator_users = ["discord:8"]\n'
    )
    anywhere = in_guild(GUILD_C)
    assert resolve_role(anywhere, settings) is Role.ADMIN
    other = Message(platform="discord", room_id="d", sender_id="8", text="!x", is_direct=True)
    assert resolve_role(other, settings) is Role.COORDINATOR


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


# --- start-up: where roles count ------------------------------------------------------------


def _scope_records(settings: Settings, caplog: pytest.LogCaptureFixture) -> list[str]:
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="test.scope"):
        log_scope(settings, logging.getLogger("test.scope"))
    return [
        f"{r.levelname} {r.getMessage()} {getattr(r, 'platform', '')} {getattr(r, 'where', '')}"
        for r in caplog.records
    ]


def test_start_up_says_where_roles_count_and_warns_when_nowhere(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    both = """
[discord]
token = "t"
[matrix]
homeserver = "http://127.0.0.1:1"
user_id = "@vetbot:localhost"
access_token = "m"
"""
    nowhere = _scope_records(settings_from(tmp_path, both), caplog)
    assert any(r.startswith("WARNING nobody is a coordinator") for r in nowhere)
    assert "INFO platform roles count only in the configured places discord none" in nowhere
    assert "INFO platform roles count only in the configured places matrix none" in nowhere

    configured = settings_from(
        tmp_path,
        f"""
[permissions]
discord_guilds = ["{GUILD_B}"]
matrix_rooms = ["!r:localhost"]
[discord.guilds."{GUILD_A}"]
language = "{SHIPPED}"
"""
        + both,
    )
    lines = _scope_records(configured, caplog)
    where = "INFO platform roles count only in the configured places"
    assert f"{where} discord {GUILD_A},{GUILD_B}" in lines
    assert f"{where} matrix !r:localhost" in lines
    assert not any("WARNING" in r for r in lines)

    # Users listed by id are coordinators anywhere: somebody is.
    listed = settings_from(tmp_path, '[permissions]\nadmin_users = ["discord:1"]\n' + both)
    assert not any("nobody" in r for r in _scope_records(listed, caplog))
    # An alias is not a room id: it would grant nothing, and the log says so.
    alias = settings_from(tmp_path, '[permissions]\nmatrix_rooms = ["#r:localhost"]\n' + both)
    assert any("not room ids" in r for r in _scope_records(alias, caplog))
    # A room id of room version 12 has no server part, and grants roles like any other.
    v12 = settings_from(tmp_path, '[permissions]\nmatrix_rooms = ["!AbCdEf123"]\n' + both)
    assert not any("not room ids" in r for r in _scope_records(v12, caplog))
    # The console alone: the operator picks the role, nothing to say.
    assert _scope_records(settings_from(tmp_path, ""), caplog) == []
    # A network with role rules of its own grants them in its server: somebody can be.
    own = settings_from(
        tmp_path,
        f'[networks.AT]\nservers = ["discord:{GUILD_A}"]\ncoordinator_roles = ["Koordination"]\n'
        + both,
    )
    lines = _scope_records(own, caplog)
    assert not any("nobody" in r for r in lines)
    assert (
        f"INFO networks' own role rules count in their rooms and servers  discord:{GUILD_A}"
        in lines
    )


async def test_a_running_bot_logs_it_at_start(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = settings_from(tmp_path, f'[bot]\ndata_dir = "{tmp_path}"\n[discord]\ntoken = "t"\n')
    app = App(settings, interactive=True)
    with caplog.at_level(logging.INFO, logger="bot.core"):
        try:
            await app.start()
        finally:
            await app.stop()
    assert any(r.getMessage().startswith("nobody is a coordinator") for r in caplog.records)
