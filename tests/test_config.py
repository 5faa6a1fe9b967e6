"""bot.toml parsing: defaults, overrides from the environment, errors naming key and file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bot.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_example_is_valid_and_runs_on_sqlite() -> None:
    settings = load_settings(ROOT / "bot.toml", {})
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.enabled_adapters == ("console",)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[limits]\nwindow_seconds = 'soon'\n", "limits.window_seconds: expected a number"),
        ("[bot]\nprefx = '!'\n", "bot.prefx: unknown key (did you mean 'prefix'?)"),
        ("[bot]\ntimezone = 'Mars/Olympus'\n", "bot.timezone: unknown time zone"),
        ("[nonsense]\n", "nonsense: unknown section"),
        ("[bot\n", "not valid TOML"),
        ("[console]\nrole = 'king'\n", "console.role: must be one of"),
        ("[limits]\nwindow_seconds = nan\n", "limits.window_seconds: expected a number"),
        ("[metrics]\nport = 99999\n", "metrics.port: must be a port number"),
        ("[permissions]\nadmin_users = ['ana']\n", "permissions.admin_users: 'ana' must be"),
        (
            "[permissions]\ncoordinator_power_level = 100\nadmin_power_level = 50\n",
            "permissions.coordinator_power_level: must not be above",
        ),
    ],
)
def test_bad_values_name_the_key_and_the_file(tmp_path: Path, text: str, needle: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_settings(path, {})
    assert needle in str(err.value)
    assert str(path) in str(err.value)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[bot]\nname = ''\n", "bot.name: must be 1-64 printable characters"),
        ('[bot]\nname = "vet\\tbot"\n', "bot.name: must be 1-64 printable characters"),
        ("[bot]\nprefix = 'a'\n", "bot.prefix: must be 1-3 punctuation characters"),
        ("[bot]\nprefix = '!1'\n", "bot.prefix: must be 1-3 punctuation characters"),
        ("[bot]\ncountry = 'ZZ'\n", "bot.country: unknown country code 'ZZ'"),
        ("[bot]\ncountry = 'UK'\n", "did you mean 'GB'?"),
        (
            "[bot]\nlanguage = 'deutsch'\n",
            "bot.language: no catalog for language 'deutsch'; available: en",
        ),
        ("[bot]\ndata_dir = ''\n", "bot.data_dir: must name a folder"),
        (
            "[permissions]\ncoordinator_power_level = -5\n",
            "permissions.coordinator_power_level: must be at least 1",
        ),
        (
            "[permissions]\ncoordinator_power_level = 0\n",
            "permissions.coordinator_power_level: must be at least 1",
        ),
        ("[matching]\nanonymise_after_days = -1\n", "matching.anonymise_after_days: must be at"),
        ("[matching]\nproposal_deadline_hours = 1e9\n", "matching.proposal_deadline_hours"),
        ("[matching]\nsolver_processes = -1\n", "matching.solver_processes: must be at least 0"),
        ("[matching]\nsolver_processes = 99\n", "matching.solver_processes: must be at least 0"),
        ("[prompts]\ngrace_minutes = -5\n", "prompts.grace_minutes: must be at least 0"),
        ("[prompts]\nsummary_after_hours = -1\n", "prompts.summary_after_hours: must be more"),
        ("[prompts]\nsummary_after_hours = 1e300\n", "prompts.summary_after_hours: must be"),
        ("[prompts]\nparallel_posts = 0\n", "prompts.parallel_posts: must be at least 1"),
        ("[prompts]\nparallel_posts = 500\n", "prompts.parallel_posts: must be"),
        ("[prompts]\nparallel_posts = 2.5\n", "prompts.parallel_posts"),
        ("[matrix]\nhomeserver = 'matrix.example.org'\n", "matrix.homeserver: must be a"),
        ("[matrix]\nhomeserver = 'ftp://matrix.example.org'\n", "matrix.homeserver: must be"),
        ("[matrix]\nhomeserver = 'https://'\n", "matrix.homeserver: must be a https://"),
        ("[matrix]\nuser_id = 'vetbot'\n", "matrix.user_id: must be a Matrix user id"),
        ("[discord]\napi_base = 'https://'\n", "discord.api_base: must be a https://"),
        ("[discord]\napplication_id = '١٢٣'\n", "discord.application_id: must be the numeric"),
        (
            "[discord.guilds.\"1\"]\ncountry = 'ZZ'\n",
            "discord.guilds.1.country: unknown country code",
        ),
        (
            "[matrix.rooms.\"!a:example.org\"]\nlanguage = 'deutsch'\n",
            "matrix.rooms.!a:example.org.language: no catalog for language 'deutsch'",
        ),
        (
            "[matrix.rooms.\"!a:example.org\"]\nlingo = 'en'\n",
            "matrix.rooms.!a:example.org: unknown key",
        ),
        (
            "[discord.guilds.\"1\"]\nlanguage = 'xx'\n",
            "discord.guilds.1.language: no catalog for language 'xx'",
        ),
        ("[cluster]\nheartbeat_seconds = 0\n", "cluster.heartbeat_seconds: must be at least"),
        ("[cluster]\nheartbeat_seconds = 60\n", "cluster.heartbeat_seconds: must be at least"),
        ("[cluster]\nreplica_id = 'bot 1'\n", "cluster.replica_id: must be at most 64"),
        ("[discord]\nshard_ids = [0]\n", "discord.shard_ids: needs shard_count"),
        ("[discord]\nshard_count = 2\nshard_ids = [2]\n", "discord.shard_ids: must be shard"),
        ("[discord]\nshard_count = 2\nshard_ids = [1, 1]\n", "discord.shard_ids: lists a"),
    ],
)
def test_settings_out_of_range_or_form_are_refused_naming_the_key(
    tmp_path: Path, text: str, needle: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_settings(path, {})
    assert needle in str(err.value)
    assert str(err.value).startswith(f"{path}: ")


def test_sensible_values_pass() -> None:
    env = {
        "VETBOT_BOT_PREFIX": "?",
        "VETBOT_BOT_COUNTRY": "AT",
        "VETBOT_MATRIX_HOMESERVER": "http://127.0.0.1:8008",
        "VETBOT_MATRIX_USER_ID": "@vetbot:example.org",
        "VETBOT_PROMPTS_GRACE_MINUTES": "0",
        "VETBOT_PERMISSIONS_COORDINATOR_POWER_LEVEL": "1",
    }
    settings = load_settings(None, env)
    assert settings.bot.prefix == "?" and settings.prompts.grace_minutes == 0


@pytest.mark.parametrize(
    ("variable", "value", "needle"),
    [
        ("VETBOT_MATCHING_MAX_TRIES", "0", "must be at least 1"),
        ("VETBOT_BOT_COUNTRY", "ZZ", "unknown country code"),
        ("VETBOT_MATRIX_HOMESERVER", "localhost", "must be a https:// or http:// URL"),
        ("VETBOT_PERMISSIONS_COORDINATOR_POWER_LEVEL", "-5", "must be at least 1"),
        ("VETBOT_DATABASE_URL", "mysql://x", "must be a sqlite+aiosqlite://"),
    ],
)
def test_range_errors_from_the_environment_name_the_variable(
    tmp_path: Path, variable: str, value: str, needle: str
) -> None:
    path = write(tmp_path, "[matching]\nmax_tries = 3\n")
    with pytest.raises(ConfigError) as err:
        load_settings(path, {variable: value})
    assert str(err.value).startswith(f"environment: {variable}: {needle}")
    assert str(path) not in str(err.value)


def test_environment_overrides_the_file_and_secrets_are_masked(tmp_path: Path) -> None:
    path = write(tmp_path, "[discord]\ntoken = 'from-file'\n[limits]\ncommands_per_window = 3\n")
    env = {
        "VETBOT_DISCORD_TOKEN": "from-env",
        "VETBOT_LIMITS_COMMANDS_PER_WINDOW": "5",
        "VETBOT_DATABASE_URL": "postgresql+psycopg://bot:hunter2@db/vetbot",
        "VETBOT_BOT_ADAPTERS": "discord, matrix",
    }
    settings = load_settings(path, env)
    assert settings.discord.token == "from-env"
    assert settings.limits.commands_per_window == 5
    assert settings.bot.adapters == ("discord", "matrix")
    shown = settings.effective()
    assert shown["discord"]["token"] == "****"
    assert "hunter2" not in str(shown)


def test_bad_environment_value_names_the_variable_not_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "")
    for value in ("many", "1e309"):
        with pytest.raises(ConfigError) as err:
            load_settings(path, {"VETBOT_LIMITS_COMMANDS_PER_WINDOW": value})
        assert "environment: VETBOT_LIMITS_COMMANDS_PER_WINDOW: expected an integer" in str(
            err.value
        )
        assert str(path) not in str(err.value)


def test_passwords_in_url_queries_are_masked() -> None:
    from bot.config import mask

    shown = mask("url", "postgresql+psycopg://u:pw@h/db?password=hunter2&sslmode=require")
    assert "hunter2" not in shown and "pw@" not in shown and "sslmode=require" in shown


def test_cli_exits_2_with_one_clear_line(tmp_path: Path) -> None:
    path = write(tmp_path, "[limits]\nwindow_seconds = 'soon'\n")
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(path), "config", "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert "limits.window_seconds" in proc.stderr and str(path) in proc.stderr


def test_a_language_without_a_catalog_exits_2_naming_the_key_and_the_codes(tmp_path: Path) -> None:
    from bot.i18n import languages

    path = write(tmp_path, "[bot]\nlanguage = 'deutsch'\n")
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(path), "config", "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "bot.language" in proc.stderr and "'deutsch'" in proc.stderr
    assert ", ".join(languages()) in proc.stderr
