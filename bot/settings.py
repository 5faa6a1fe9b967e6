"""The settings object: every section of ``bot.toml`` as a frozen, validated dataclass.

:func:`load_settings` is the only way to build one; see :mod:`bot.config` for the rules
(file, ``VETBOT_<SECTION>_<KEY>`` overrides, errors naming the key and the file). Adding a
setting means adding a field here (with a default that runs) and a commented line in the
example ``bot.toml``.
"""

from __future__ import annotations

import dataclasses
import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.codes import COUNTRIES, COUNTRY_HINTS, LANGUAGES
from bot.config import mask, parse_section, read_toml, resolve_config_path
from bot.errors import ConfigError
from bot.numbers import is_number

ROLES = ("trainer", "mentor", "expert", "coordinator", "admin")

#: Longest duration a setting may give, in days: longer is a typo, and would overflow dates.
MAX_DAYS = 3660

_MATRIX_USER_ID = re.compile(r"@[^:\s]+:[^\s]+")


def _between(key: str, value: float, low: float, high: float, *, above: bool = False) -> None:
    """Refuse ``value`` outside ``[low, high]`` (``(low, high]`` when ``above``)."""
    if (value <= low if above else value < low) or value > high:
        lower = f"more than {low:g}" if above else f"at least {low:g}"
        raise ConfigError(f"must be {lower} and at most {high:g}, got {value:g}", key=key)


def _url(key: str, value: str, schemes: tuple[str, ...], example: str) -> None:
    """Refuse ``value`` unless it is a URL with one of ``schemes`` and a host."""
    try:
        parts = urlsplit(value)
        ok = parts.scheme in schemes and bool(parts.hostname) and (parts.port or 1) > 0
    except ValueError:  # a bad port or an unclosed [IPv6 bracket
        ok = False
    if not ok:
        kinds = " or ".join(f"{scheme}://" for scheme in schemes)
        raise ConfigError(f"must be a {kinds} URL such as {example}, got {value!r}", key=key)


def _language(key: str, value: str) -> None:
    if value not in LANGUAGES:
        raise ConfigError(
            f"unknown language code {value!r} (use ISO 639-1 in lower case, such as 'de')",
            key=key,
        )


def _country(key: str, value: str) -> None:
    if value.upper() not in COUNTRIES:
        hint = COUNTRY_HINTS.get(value.upper())
        meant = f"; did you mean '{hint}'?" if hint else ""
        raise ConfigError(
            f"unknown country code {value!r} (use ISO 3166-1 alpha-2, such as 'AT'{meant})",
            key=key,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class BotSettings:
    name: str = "vetbot"
    prefix: str = "!"
    language: str = "en"
    country: str = ""
    timezone: str = "Europe/Brussels"
    data_dir: str = "data"
    adapters: tuple[str, ...] = ()

    def validate(self) -> None:
        if not self.name.strip() or len(self.name) > 64 or not self.name.isprintable():
            raise ConfigError("must be 1-64 printable characters on one line", key="name")
        if self.name != self.name.strip():
            raise ConfigError("must not start or end with a space", key="name")
        # Letters or digits would turn ordinary words into commands ("a" makes "and so…" one).
        if not 1 <= len(self.prefix) <= 3 or any(
            unicodedata.category(c)[0] not in "PS" for c in self.prefix
        ):
            raise ConfigError(
                f"must be 1-3 punctuation characters such as '!' or '?', got {self.prefix!r}",
                key="prefix",
            )
        _language("language", self.language)
        if self.country:
            _country("country", self.country)
        if not self.data_dir.strip():
            raise ConfigError("must name a folder, such as 'data'", key="data_dir")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(
                f"unknown time zone {self.timezone!r} (use an IANA name such as Europe/Brussels)",
                key="timezone",
            ) from exc
        for name in self.adapters:
            if name not in ("console", "discord", "matrix"):
                raise ConfigError(
                    f"unknown adapter {name!r} (choose from console, discord, matrix)",
                    key="adapters",
                )


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreSettings:
    url: str = ""
    auto_migrate: bool = True
    echo: bool = False

    def validate(self) -> None:
        if self.url and not self.url.startswith(("sqlite", "postgresql")):
            raise ConfigError(
                "must be a sqlite+aiosqlite:// or postgresql+psycopg:// URL", key="url"
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class PermissionSettings:
    admin_users: tuple[str, ...] = ()
    coordinator_users: tuple[str, ...] = ()
    admin_roles: tuple[str, ...] = ()
    coordinator_roles: tuple[str, ...] = ()
    admin_power_level: int = 100
    coordinator_power_level: int = 50
    discord_guilds: tuple[str, ...] = ()
    matrix_rooms: tuple[str, ...] = ()

    def validate(self) -> None:
        for key in ("admin_users", "coordinator_users"):
            for entry in getattr(self, key):
                platform, sep, user = entry.partition(":")
                if not sep or not user or platform not in ("console", "discord", "matrix"):
                    raise ConfigError(
                        f"{entry!r} must be written platform:id, e.g. discord:1234 or "
                        "matrix:@ana:example.org",
                        key=key,
                    )
        # Members have power level 0 unless given more: 0 or less would empower everyone.
        for key in ("admin_power_level", "coordinator_power_level"):
            if getattr(self, key) < 1:
                raise ConfigError(
                    f"must be at least 1 (members have 0), got {getattr(self, key)}", key=key
                )
        if self.coordinator_power_level > self.admin_power_level:
            raise ConfigError("must not be above admin_power_level", key="coordinator_power_level")


@dataclass(frozen=True, slots=True, kw_only=True)
class LimitSettings:
    commands_per_window: int = 8
    window_seconds: float = 30.0
    max_message_length: int = 4000

    def validate(self) -> None:
        if self.commands_per_window < 1:
            raise ConfigError("must be at least 1", key="commands_per_window")
        if self.window_seconds <= 0:
            raise ConfigError("must be positive", key="window_seconds")
        if self.max_message_length < 100:
            raise ConfigError("must be at least 100", key="max_message_length")


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsoleSettings:
    user: str = "you"
    role: str = "trainer"
    room: str = "general"
    history_file: str = "console_history"

    def validate(self) -> None:
        if self.role not in ROLES:
            raise ConfigError(f"must be one of {', '.join(ROLES)}", key="role")
        for key in ("user", "room"):
            value = getattr(self, key)
            if not value.strip() or not value.isprintable():
                raise ConfigError("must be a name on one line", key=key)


@dataclass(frozen=True, slots=True, kw_only=True)
class LoggingSettings:
    level: str = "INFO"
    format: str = "auto"

    def validate(self) -> None:
        if self.level.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            raise ConfigError("must be DEBUG, INFO, WARNING, ERROR or CRITICAL", key="level")
        if self.format not in ("auto", "json", "text"):
            raise ConfigError("must be auto, json or text", key="format")


@dataclass(frozen=True, slots=True, kw_only=True)
class MetricsSettings:
    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = 9108

    def validate(self) -> None:
        if not 1 <= self.port <= 65535:
            raise ConfigError("must be a port number from 1 to 65535", key="port")
        if not self.host.strip():
            raise ConfigError("must be a host name or address, such as 127.0.0.1", key="host")


@dataclass(frozen=True, slots=True, kw_only=True)
class KnowledgeSettings:
    seed: bool = True
    page_size: int = 5
    refresh_seconds: float = 60.0

    def validate(self) -> None:
        if not 1 <= self.page_size <= 10:
            raise ConfigError("must be between 1 and 10", key="page_size")
        if self.refresh_seconds < 0:
            raise ConfigError("must be 0 (off) or more", key="refresh_seconds")


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchingSettings:
    proposal_deadline_hours: float = 48.0
    max_tries: int = 5
    anonymise_after_days: int = 365
    recent_days: int = 14

    def validate(self) -> None:
        _between("proposal_deadline_hours", self.proposal_deadline_hours, 0, 24 * 365, above=True)
        if self.max_tries < 1:
            raise ConfigError("must be at least 1", key="max_tries")
        _between("anonymise_after_days", self.anonymise_after_days, 1, MAX_DAYS)
        _between("recent_days", self.recent_days, 0, MAX_DAYS, above=True)


@dataclass(frozen=True, slots=True, kw_only=True)
class PromptSettings:
    grace_minutes: float = 60.0
    summary_after_hours: float = 24.0
    default_room: str = ""

    def validate(self) -> None:
        _between("grace_minutes", self.grace_minutes, 0, MAX_DAYS * 24 * 60)
        _between("summary_after_hours", self.summary_after_hours, 0, 24 * 365, above=True)
        if any(c.isspace() for c in self.default_room) or not self.default_room.isprintable():
            raise ConfigError("must be a room id or name without spaces", key="default_room")


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscordGuildSettings:
    """``[discord.guilds."GUILD_ID"]``: defaults for one Discord server.

    ``language`` (ISO 639-1, lower case) and ``country`` (ISO 3166-1 alpha-2, upper case) are
    the hints messages from that guild carry for ranking results; ``prompt_channel`` (a channel
    id, or a channel name) is where prompts go that name no channel of their own.
    ``coordinator_roles`` / ``admin_roles`` (role names or ids) count in that guild only, in
    addition to the lists in ``[permissions]``. Having a table makes the guild a configured
    one, where roles count (see :mod:`bot.permissions`), as listing it in
    ``[permissions] discord_guilds`` does.
    """

    language: str = ""
    country: str = ""
    prompt_channel: str = ""
    coordinator_roles: tuple[str, ...] = ()
    admin_roles: tuple[str, ...] = ()


_GUILD_TEXT_KEYS = ("language", "country", "prompt_channel")
_GUILD_LIST_KEYS = ("coordinator_roles", "admin_roles")
_GUILD_KEYS = _GUILD_TEXT_KEYS + _GUILD_LIST_KEYS


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscordSettings:
    token: str = ""
    api_base: str = "https://discord.com/api/v10"
    gateway_url: str = ""
    application_id: str = ""
    message_content: bool = True
    guilds: Mapping[str, Any] = field(default_factory=dict)

    def validate(self) -> None:
        _url("api_base", self.api_base, ("https", "http"), "https://discord.com/api/v10")
        if self.gateway_url:
            _url("gateway_url", self.gateway_url, ("wss", "ws"), "wss://gateway.discord.gg")
        if self.application_id and not is_number(self.application_id, max_digits=25):
            raise ConfigError("must be the numeric application id (or empty)", key="application_id")
        for guild_id in self.guilds:
            self.guild(guild_id)

    def guild(self, guild_id: str | None) -> DiscordGuildSettings:
        """The validated settings of one guild (defaults when it has no table)."""
        raw = self.guilds.get(guild_id) if guild_id else None
        if raw is None:
            return DiscordGuildSettings()
        where = f"guilds.{guild_id}"
        if not is_number(str(guild_id), max_digits=25):
            raise ConfigError("guild keys must be numeric guild ids", key=where)
        if not isinstance(raw, Mapping):
            raise ConfigError("expected a table", key=where)
        values: dict[str, Any] = {}
        for key, value in raw.items():
            if key not in _GUILD_KEYS:
                raise ConfigError(f"unknown key (choose from {', '.join(_GUILD_KEYS)})", key=where)
            if key in _GUILD_LIST_KEYS:
                values[key] = _role_list(value, key=f"{where}.{key}")
            elif isinstance(value, str):
                values[key] = value
            else:
                raise ConfigError(f"expected a string, got {value!r}", key=f"{where}.{key}")
        guild = DiscordGuildSettings(**values)
        if guild.language:
            _language(f"{where}.language", guild.language)
        if guild.country and guild.country != guild.country.upper():
            raise ConfigError(
                "must be a two-letter country code in capitals such as 'AT'",
                key=f"{where}.country",
            )
        if guild.country:
            _country(f"{where}.country", guild.country)
        if guild.prompt_channel.startswith("#") or any(c.isspace() for c in guild.prompt_channel):
            raise ConfigError(
                "must be a channel id or a channel name without '#' and spaces",
                key=f"{where}.prompt_channel",
            )
        return guild


def _role_list(value: Any, *, key: str) -> tuple[str, ...]:
    """A guild's list of role names or ids (a TOML array of strings; ids may be numbers)."""
    if not isinstance(value, list | tuple):
        raise ConfigError(f"expected a list of role names or ids, got {value!r}", key=key)
    roles: list[str] = []
    for item in value:
        # A role id written without quotes arrives as an integer; bool is an int too.
        if isinstance(item, int) and not isinstance(item, bool):
            item = str(item)
        if not isinstance(item, str) or not item.strip():
            raise ConfigError(f"expected role names or ids, got {item!r}", key=key)
        roles.append(item.strip())
    return tuple(roles)


@dataclass(frozen=True, slots=True, kw_only=True)
class MatrixSettings:
    homeserver: str = ""
    user_id: str = ""
    access_token: str = ""
    password: str = ""
    device_name: str = "vetbot"
    auto_join: tuple[str, ...] = ()
    max_command_age_minutes: float = 10.0
    trust: str = "tofu"
    encryption: bool = True

    def validate(self) -> None:
        if self.trust not in ("tofu", "all", "none"):
            raise ConfigError("must be tofu, all or none", key="trust")
        if self.homeserver:
            _url("homeserver", self.homeserver, ("https", "http"), "https://matrix.example.org")
        if self.user_id and not _MATRIX_USER_ID.fullmatch(self.user_id):
            raise ConfigError(
                f"must be a Matrix user id such as @vetbot:example.org, got {self.user_id!r}",
                key="user_id",
            )
        if not self.device_name.strip():
            raise ConfigError("must not be empty", key="device_name")
        _between("max_command_age_minutes", self.max_command_age_minutes, 0, MAX_DAYS * 24 * 60)


SECTIONS: dict[str, type[Any]] = {
    "bot": BotSettings,
    "store": StoreSettings,
    "permissions": PermissionSettings,
    "limits": LimitSettings,
    "console": ConsoleSettings,
    "logging": LoggingSettings,
    "metrics": MetricsSettings,
    "knowledge": KnowledgeSettings,
    "matching": MatchingSettings,
    "prompts": PromptSettings,
    "discord": DiscordSettings,
    "matrix": MatrixSettings,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """The whole validated configuration. ``source`` is the file it came from, if any."""

    source: str | None
    bot: BotSettings
    store: StoreSettings
    permissions: PermissionSettings
    limits: LimitSettings
    console: ConsoleSettings
    logging: LoggingSettings
    metrics: MetricsSettings
    knowledge: KnowledgeSettings
    matching: MatchingSettings
    prompts: PromptSettings
    discord: DiscordSettings
    matrix: MatrixSettings

    @property
    def data_dir(self) -> Path:
        """The data directory, relative paths taken from the config file's folder."""
        path = Path(self.bot.data_dir).expanduser()
        if not path.is_absolute() and self.source:
            path = Path(self.source).resolve().parent / path
        return path

    @property
    def database_url(self) -> str:
        """The async SQLAlchemy URL: the configured one, else SQLite in the data directory."""
        if self.store.url:
            return self.store.url
        return f"sqlite+aiosqlite:///{self.data_dir / 'vetbot.db'}"

    @property
    def enabled_adapters(self) -> tuple[str, ...]:
        """Adapters to run: as configured, else each platform with credentials, else console."""
        if self.bot.adapters:
            return self.bot.adapters
        found = []
        if self.discord.token:
            found.append("discord")
        if self.matrix.homeserver and (self.matrix.access_token or self.matrix.password):
            found.append("matrix")
        return tuple(found) or ("console",)

    def replace(self, section: str, **changes: Any) -> Settings:
        """A copy with some fields of one section changed (used by the CLI's flags and tests)."""
        current = getattr(self, section)
        return dataclasses.replace(self, **{section: dataclasses.replace(current, **changes)})

    def effective(self) -> dict[str, dict[str, Any]]:
        """The configuration as plain data with secrets masked, for ``vetbot config check``."""
        out: dict[str, dict[str, Any]] = {}
        for name in SECTIONS:
            section = getattr(self, name)
            out[name] = {
                f.name: mask(f.name, _plain(getattr(section, f.name)))
                for f in dataclasses.fields(section)
            }
        out["store"]["effective_url"] = mask("url", self.database_url)
        return out


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return dict(value)
    return value


def load_settings(path: str | Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Load ``path`` (or the defaults when ``None``) with environment overrides; validate all."""
    env = os.environ if env is None else env
    raw: dict[str, Any] = {}
    source = str(path) if path is not None else None
    if path is not None:
        raw = read_toml(Path(path))
    try:
        for key, value in raw.items():
            if key not in SECTIONS:
                raise ConfigError("unknown section", key=key)
            if not isinstance(value, dict):
                raise ConfigError("expected a [table]", key=key)
        parsed = {
            name: parse_section(cls, name, raw.get(name, {}), env) for name, cls in SECTIONS.items()
        }
    except ConfigError as exc:
        if source and not exc.file:
            raise ConfigError(exc.detail, key=exc.key, file=source) from exc
        raise
    settings = Settings(source=source, **parsed)
    _check_data_dir(settings, env)
    return settings


def _check_data_dir(settings: Settings, env: Mapping[str, str]) -> None:
    """Refuse a data directory that is, or lies inside, a file (it is created when needed)."""
    folder = settings.data_dir
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is None or existing.is_dir():
        return
    what = "is a file" if existing == folder else f"lies inside {existing}, which is a file"
    detail = f"{folder} {what}, not a folder"
    if "VETBOT_BOT_DATA_DIR" in env:
        raise ConfigError(detail, key="VETBOT_BOT_DATA_DIR", file="environment")
    raise ConfigError(detail, key="bot.data_dir", file=settings.source)


def load_from_cli(cli_path: str | None) -> Settings:
    """Settings for the command line: ``--config``, ``VETBOT_CONFIG`` or ``./bot.toml``."""
    return load_settings(resolve_config_path(cli_path))
