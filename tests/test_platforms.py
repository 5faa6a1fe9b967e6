"""The adapter registry and the platforms' settings: each platform declares its section and its
keys of [permissions]; the loader reads them like the core's, errors naming key and file."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.discord.settings import DiscordSettings
from adapters.matrix.settings import MatrixPermissions, MatrixSettings
from bot.capabilities.prompts.targets import parse_targets
from bot.cli import main
from bot.errors import ConfigError, UsageError
from bot.events import Message
from bot.permissions import Role, resolve_role
from bot.platforms import SHIPPED, shipped
from bot.settings import load_settings
from bot.targets import RoomRef
from tests.adapters.lines import LINES

ROOT = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bot.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_shipped_platform_declares_itself_under_its_name() -> None:
    assert [p.name for p in shipped()] == list(SHIPPED) == ["console", "discord", "matrix"]
    settings = load_settings(None, {})
    assert list(settings.platforms) == list(SHIPPED)
    assert settings.section("discord", DiscordSettings) == DiscordSettings()
    with pytest.raises(TypeError):
        settings.section("discord", MatrixSettings)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "[discord]\napi_base = 'ftp://x'\n",
            "discord.api_base: must be a https:// or http:// URL",
        ),
        ("[discord]\ntokn = 'x'\n", "discord.tokn: unknown key (did you mean 'token'?)"),
        ("[matrix]\ntrust = 'some'\n", "matrix.trust: must be tofu, all or none"),
        ("[console]\nrole = 'king'\n", "console.role: must be one of"),
        ("[permissions]\nmatrix_rooms = '!r:x'\n", "permissions.matrix_rooms: expected a list"),
        ("[permissions]\nadmin_power_levl = 1\n", "permissions.admin_power_levl: unknown key"),
        ("[bot]\nadapters = ['slack']\n", "bot.adapters: unknown adapter 'slack' (choose from"),
        ("[permissions]\nadmin_users = ['slack:1']\n", "permissions.admin_users: 'slack:1' must"),
    ],
)
def test_platform_sections_are_checked_naming_the_key_and_the_file(
    tmp_path: Path, text: str, needle: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_settings(path, {})
    assert needle in str(err.value)
    assert str(path) in str(err.value)


def test_a_platforms_permission_keys_come_from_the_file_and_the_environment(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "[permissions]\ncoordinator_roles = ['c']\nadmin_power_level = 90\n")
    settings = load_settings(path, {"VETBOT_PERMISSIONS_MATRIX_ROOMS": "!a:x, !b:x"})
    keys = settings.permission_keys("matrix", MatrixPermissions)
    assert (keys.admin_power_level, keys.matrix_rooms) == (90, ("!a:x", "!b:x"))
    assert settings.permissions.coordinator_roles == ("c",)
    # `vetbot config check` shows them where they are written: in [permissions].
    shown = settings.effective()["permissions"]
    assert shown["admin_power_level"] == 90 and shown["matrix_rooms"] == ["!a:x", "!b:x"]
    assert shown["coordinator_roles"] == ["c"] and "discord" in settings.effective()
    # replace() puts a key where its platform keeps it.
    again = settings.replace("permissions", matrix_rooms=("!c:x",), admin_users=("matrix:@a:x",))
    assert again.permission_keys("matrix", MatrixPermissions).matrix_rooms == ("!c:x",)
    assert again.permissions.admin_users == ("matrix:@a:x",)
    with pytest.raises(TypeError):
        settings.replace("permissions", no_such_key=1)


def test_reading_the_configuration_imports_no_platform_library(tmp_path: Path) -> None:
    path = write(tmp_path, "[discord]\ntoken = 't'\n[matrix]\nhomeserver = 'http://h'\n")
    code = (
        "import sys\n"
        "from bot.settings import load_settings\n"
        f"s = load_settings({str(path)!r}, {{}})\n"
        "from bot.i18n import t\n"
        "assert t('discord.done') == 'Done.'\n"
        "print(s.enabled_adapters, 'discord' in sys.modules, 'nio' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "('discord',) False False"


def test_a_platform_without_a_declaration_grants_listed_roles_only() -> None:
    settings = load_settings(None, {}).replace(
        "permissions", coordinator_users=("discord:7",), coordinator_roles=("coordinator",)
    )
    facts = {"room_id": "r", "sender_id": "7", "text": "", "roles": frozenset({"admin"})}
    # "console" trusts the role a message names; a platform nobody declared trusts nothing.
    assert resolve_role(Message(platform="console", **facts), settings) is Role.ADMIN
    assert resolve_role(Message(platform="elsewhere", **facts), settings) is Role.TRAINER
    assert resolve_role(Message(platform="discord", **facts), settings) is Role.COORDINATOR


def test_room_syntax_is_the_platforms_own() -> None:
    # A channel mention is Discord's: elsewhere it is no room name at all.
    [mention] = parse_targets("<#123456>", platform="discord")
    assert mention == RoomRef(platform="discord", room_id="123456", room_name="123456")
    with pytest.raises(UsageError):
        parse_targets("<#123456>", platform="console")
    # Matrix keeps an alias as written; a plain name elsewhere loses its "#".
    assert parse_targets("#r:x.org", platform="matrix")[0].room_id == "#r:x.org"
    assert parse_targets("#r", platform="console")[0].room_id == "r"
    # A declared platform is a prefix one can name.
    with pytest.raises(UsageError):
        parse_targets("lines:#general", platform="console")
    [line] = parse_targets("lines:#general", platform="console", platforms=(*shipped(), LINES))
    assert line == RoomRef(platform="lines", room_id="general", room_name="general")


def test_discord_sync_without_a_token_says_so_and_migrates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, f'[bot]\ndata_dir = "{tmp_path / "data"}"\n')
    assert main(["--config", str(path), "discord", "sync"]) == 2
    assert "discord.token" in capsys.readouterr().err
    # The commands are read from a bot set up, not started: nothing migrated.
    database = tmp_path / "data" / "vetbot.db"
    with contextlib.closing(sqlite3.connect(database)) as db:
        assert db.execute("SELECT name FROM sqlite_master").fetchall() == []
