"""The settings object: every section of ``bot.toml`` as a frozen, validated dataclass.

:func:`load_settings` is the only way to build one; see :mod:`bot.config` for the rules
(file, ``VETBOT_<SECTION>_<KEY>`` overrides, errors naming the key and the file). Adding a
setting means adding a field here (with a default that runs) and a commented line in the
example ``bot.toml``.

The core's sections are here; each platform declares its own (``[discord]``, ``[matrix]``,
``[console]``) and the keys it adds to ``[permissions]`` (:class:`bot.ports.Platform`), and
the loader reads them for every platform it is given (:mod:`bot.platforms`). They are read
and checked the same way, with errors naming the key and the file.
"""

from __future__ import annotations

import dataclasses
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.codes import COUNTRIES, COUNTRY_HINTS, LANGUAGES
from bot.config import mask, parse_section, read_toml, resolve_config_path
from bot.errors import ConfigError

if TYPE_CHECKING:
    from bot.ports import Platform

T = TypeVar("T")


#: Longest duration a setting may give, in days: longer is a typo, and would overflow dates.
MAX_DAYS = 3660


def check_range(key: str, value: float, low: float, high: float, *, above: bool = False) -> None:
    """Refuse ``value`` outside ``[low, high]`` (``(low, high]`` when ``above``)."""
    if (value <= low if above else value < low) or value > high:
        lower = f"more than {low:g}" if above else f"at least {low:g}"
        raise ConfigError(f"must be {lower} and at most {high:g}, got {value:g}", key=key)


def check_url(key: str, value: str, schemes: tuple[str, ...], example: str) -> None:
    """Refuse ``value`` unless it is a URL with one of ``schemes`` and a host."""
    try:
        parts = urlsplit(value)
        ok = parts.scheme in schemes and bool(parts.hostname) and (parts.port or 1) > 0
    except ValueError:  # a bad port or an unclosed [IPv6 bracket
        ok = False
    if not ok:
        kinds = " or ".join(f"{scheme}://" for scheme in schemes)
        raise ConfigError(f"must be a {kinds} URL such as {example}, got {value!r}", key=key)


def check_language(key: str, value: str) -> None:
    if value not in LANGUAGES:
        raise ConfigError(
            f"unknown language code {value!r} (use ISO 639-1 in lower case, such as 'de')",
            key=key,
        )


def check_catalog_language(key: str, value: str) -> None:
    """Refuse a language the bot has no catalog for (a language it writes in, as opposed to
    a language someone speaks, which :func:`check_language` checks)."""
    from bot.i18n import languages

    shipped = languages()
    if value not in shipped:
        raise ConfigError(
            f"no catalog for language {value!r}; available: {', '.join(shipped)}", key=key
        )


def check_country(key: str, value: str) -> None:
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
        check_catalog_language("language", self.language)
        if self.country:
            check_country("country", self.country)
        if not self.data_dir.strip():
            raise ConfigError("must name a folder, such as 'data'", key="data_dir")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(
                f"unknown time zone {self.timezone!r} (use an IANA name such as Europe/Brussels)",
                key="timezone",
            ) from exc


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
    """The core's keys of ``[permissions]``: users listed by ``platform:id`` (valid on their
    platform everywhere) and the platform role names or ids that make a coordinator or an
    admin where a platform's roles count. Each platform adds its own keys to the table (where
    its roles count, its levels), declared with it (see :mod:`bot.permissions`)."""

    admin_users: tuple[str, ...] = ()
    coordinator_users: tuple[str, ...] = ()
    admin_roles: tuple[str, ...] = ()
    coordinator_roles: tuple[str, ...] = ()

    def validate(self) -> None:
        for key in ("admin_users", "coordinator_users"):
            for entry in getattr(self, key):
                platform, sep, user = entry.partition(":")
                if not sep or not platform or not user:
                    raise ConfigError(
                        f"{entry!r} must be written platform:id (the platform's name, a colon, "
                        "the user's id there)",
                        key=key,
                    )


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


_LISTEN = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$")


@dataclass(frozen=True, slots=True, kw_only=True)
class WebSettings:
    """``[web]``: the coordinators' dashboard (off unless ``listen`` is set).

    ``listen`` is ``host:port`` (port 0: any free port, for tests); ``public_url`` the address
    people open, as a reverse proxy serves it (default: ``http://`` + ``listen``); ``secret``
    the key that signs sign-in links and cookies (default: a random one kept in the data
    folder)."""

    listen: str = ""
    public_url: str = ""
    secret: str = ""

    def validate(self) -> None:
        if self.listen:
            found = _LISTEN.match(self.listen.strip())
            if found is None or int(found[2]) > 65535:
                raise ConfigError(
                    f"must be host:port such as 127.0.0.1:8080, got {self.listen[:60]!r}",
                    key="listen",
                )
        if self.public_url:
            check_url(
                "public_url", self.public_url, ("https", "http"), "https://vetbot.example.org"
            )
            if urlsplit(self.public_url).query or urlsplit(self.public_url).fragment:
                raise ConfigError(
                    "must be an address without ?query or #fragment", key="public_url"
                )
        if self.secret and len(self.secret) < 32:
            raise ConfigError(
                "must be at least 32 characters (or leave it out: one is made and kept in the"
                " data folder)",
                key="secret",
            )

    @property
    def enabled(self) -> bool:
        return bool(self.listen)

    @property
    def host(self) -> str:
        return self.listen.rpartition(":")[0].strip("[]")

    @property
    def port(self) -> int:
        return int(self.listen.rpartition(":")[2])


@dataclass(frozen=True, slots=True, kw_only=True)
class ClusterSettings:
    """``[cluster]``: several ``vetbot run`` replicas on one PostgreSQL (:mod:`bot.cluster`).

    ``heartbeat_seconds`` is how often a replica records that it is alive and a follower tries
    to become the leader; a leader that dies is replaced within about two of them.
    ``replica_id`` names this replica in ``vetbot cluster status`` (empty: host and process id).
    """

    enabled: bool = False
    heartbeat_seconds: float = 1.0
    replica_id: str = ""

    def validate(self) -> None:
        check_range("heartbeat_seconds", self.heartbeat_seconds, 0.1, 10.0)
        if len(self.replica_id) > 64 or any(c.isspace() for c in self.replica_id):
            raise ConfigError(
                "must be at most 64 characters without spaces, such as bot-1", key="replica_id"
            )


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
    solver_processes: int = 2

    def validate(self) -> None:
        check_range(
            "proposal_deadline_hours", self.proposal_deadline_hours, 0, 24 * 365, above=True
        )
        if self.max_tries < 1:
            raise ConfigError("must be at least 1", key="max_tries")
        check_range("anonymise_after_days", self.anonymise_after_days, 1, MAX_DAYS)
        check_range("recent_days", self.recent_days, 0, MAX_DAYS, above=True)
        check_range("solver_processes", self.solver_processes, 0, MAX_SOLVER_PROCESSES)


#: The most processes a batch's flows are solved in at once (more than the machine's cores
#: only compete for them).
MAX_SOLVER_PROCESSES = 16


@dataclass(frozen=True, slots=True, kw_only=True)
class CpdSettings:
    seed: bool = True
    framework: str = "in-company-trainer"

    def validate(self) -> None:
        if self.framework and not re.match(r"^[a-z0-9][a-z0-9-]{0,63}$", self.framework):
            raise ConfigError(
                "must be a framework id: lower-case letters, digits and hyphens", key="framework"
            )


#: The most prompt posts sent at once; more only meets the platforms' rate limits sooner.
MAX_PARALLEL_POSTS = 32


@dataclass(frozen=True, slots=True, kw_only=True)
class PromptSettings:
    grace_minutes: float = 60.0
    summary_after_hours: float = 24.0
    default_room: str = ""
    parallel_posts: int = 6

    def validate(self) -> None:
        check_range("grace_minutes", self.grace_minutes, 0, MAX_DAYS * 24 * 60)
        check_range("parallel_posts", self.parallel_posts, 1, MAX_PARALLEL_POSTS)
        check_range("summary_after_hours", self.summary_after_hours, 0, 24 * 365, above=True)
        if any(c.isspace() for c in self.default_room) or not self.default_room.isprintable():
            raise ConfigError("must be a room id or name without spaces", key="default_room")


#: The smallest group results may show: fewer respondents than this are shown as "fewer than".
MIN_SURVEY_GROUP = 5


@dataclass(frozen=True, slots=True, kw_only=True)
class SurveySettings:
    """``[surveys]``: how long answers are kept after a survey closes, and the smallest group
    (respondents of a survey, answers to a question, the count of one option) that results
    show as a number; smaller ones are shown as "fewer than N". Never below 5."""

    keep_answers_days: int = 365
    min_group: int = MIN_SURVEY_GROUP

    def validate(self) -> None:
        check_range("keep_answers_days", self.keep_answers_days, 1, MAX_DAYS)
        check_range("min_group", self.min_group, MIN_SURVEY_GROUP, 1000)


#: The id of the network every room belongs to that no ``[networks.<id>]`` claims.
DEFAULT_NETWORK = "default"

_NETWORK_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,31}")


def check_network_id(key: str, value: str) -> None:
    """Refuse a network id that is not a short word (letters, digits, ``-``, ``_``)."""
    if not _NETWORK_ID.fullmatch(value):
        raise ConfigError(
            f"{value[:40]!r} is not a network id: use 1-32 letters, digits, '-' or '_', "
            "starting with a letter, such as 'AT'",
            key=key,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class NetworkSettings:
    """``[networks.<id>]``: one national, sectoral or European network the bot serves.

    ``servers`` and ``rooms`` are written ``platform:id`` (a Discord server, a Discord channel,
    a Matrix room, a console room): every room of a listed server belongs to the network. A
    room belongs to at most one network; a room of none to the default one. ``coordinators``
    and ``admins`` are users written ``platform:id``; a platform role or power level held in
    one of the network's rooms makes a coordinator of it too.

    Its own role rules — ``coordinator_roles`` / ``admin_roles`` (platform role names or ids,
    Discord's) and ``coordinator_power_level`` / ``admin_power_level`` (Matrix power levels; 0:
    none of its own) — count in the network's rooms and servers only, and there take the place
    of ``[permissions]``' rules of the same kind; a network without its own keeps those (see
    :meth:`bot.networks.Networks.rules_of`). A network of ``country = "EU"`` is the European
    level: its admins see every network. ``prompt_channel`` (``platform:room``) is where its
    coordinators' prompts go without ``in:``.
    """

    name: str = ""
    country: str = ""
    language: str = "en"
    timezone: str = "Europe/Brussels"
    servers: tuple[str, ...] = ()
    rooms: tuple[str, ...] = ()
    coordinators: tuple[str, ...] = ()
    admins: tuple[str, ...] = ()
    prompt_channel: str = ""
    coordinator_roles: tuple[str, ...] = ()
    admin_roles: tuple[str, ...] = ()
    coordinator_power_level: int = 0
    admin_power_level: int = 0

    @property
    def european(self) -> bool:
        return self.country.upper() == "EU"

    @property
    def own_roles(self) -> bool:
        """Whether the network has role rules of its own (role names or power levels)."""
        return bool(
            self.coordinator_roles
            or self.admin_roles
            or self.coordinator_power_level
            or self.admin_power_level
        )

    def validate(self) -> None:
        if len(self.name) > 100 or not self.name.isprintable():
            raise ConfigError("must be at most 100 printable characters", key="name")
        if self.country and self.country.upper() != "EU":
            check_country("country", self.country)
        check_language("language", self.language)
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(
                f"unknown time zone {self.timezone!r} (use an IANA name such as Europe/Vienna)",
                key="timezone",
            ) from exc
        for key in ("servers", "rooms", "coordinators", "admins"):
            for entry in getattr(self, key):
                _check_place(key, entry)
        if self.prompt_channel:
            _check_place("prompt_channel", self.prompt_channel)
        for key in ("coordinator_roles", "admin_roles"):
            for entry in getattr(self, key):
                if not entry.strip() or len(entry) > 100 or not entry.isprintable():
                    raise ConfigError(
                        f"{entry[:60]!r} is not a role name or id: use 1-100 printable "
                        "characters, such as 'Koordination' or '123456789012345678'",
                        key=key,
                    )
        for key in ("coordinator_power_level", "admin_power_level"):
            level = getattr(self, key)
            if not 0 <= level <= 1000:
                raise ConfigError(
                    f"must be a power level from 1 to 1000 (0: none of the network's own; "
                    f"members have 0), got {level}",
                    key=key,
                )
        if 0 < self.admin_power_level < self.coordinator_power_level:
            raise ConfigError("must not be above admin_power_level", key="coordinator_power_level")


def _check_place(key: str, entry: str) -> None:
    platform, sep, ident = entry.partition(":")
    if not sep or not platform or not ident or any(c.isspace() for c in entry):
        raise ConfigError(
            f"{entry[:60]!r} must be written platform:id (the platform's name, a colon, "
            "the id there), such as 'discord:123456789012345678'",
            key=key,
        )


SECTIONS: dict[str, type[Any]] = {
    "bot": BotSettings,
    "store": StoreSettings,
    "permissions": PermissionSettings,
    "limits": LimitSettings,
    "logging": LoggingSettings,
    "metrics": MetricsSettings,
    "web": WebSettings,
    "knowledge": KnowledgeSettings,
    "matching": MatchingSettings,
    "prompts": PromptSettings,
    "surveys": SurveySettings,
    "cpd": CpdSettings,
    "cluster": ClusterSettings,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class PlatformSettings:
    """A declared platform with what ``bot.toml`` configures for it: its own section (the
    ``[name]`` table) and its keys of ``[permissions]``, each an instance of the class the
    declaration names (``None`` where it names none)."""

    declaration: Platform
    section: Any = None
    permission_keys: Any = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """The whole validated configuration. ``source`` is the file it came from, if any;
    ``platforms`` are the platforms it was read for, by name, each with its settings."""

    source: str | None
    bot: BotSettings
    store: StoreSettings
    permissions: PermissionSettings
    limits: LimitSettings
    logging: LoggingSettings
    metrics: MetricsSettings
    knowledge: KnowledgeSettings
    matching: MatchingSettings
    prompts: PromptSettings
    surveys: SurveySettings = field(default_factory=SurveySettings)
    cpd: CpdSettings = field(default_factory=CpdSettings)
    cluster: ClusterSettings = field(default_factory=ClusterSettings)
    web: WebSettings = field(default_factory=WebSettings)
    platforms: Mapping[str, PlatformSettings] = field(default_factory=dict)
    #: ``[networks.<id>]`` by id; empty: one community, every room in the default network.
    networks: Mapping[str, NetworkSettings] = field(default_factory=dict)

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
        """Adapters to run: as configured, else each platform with credentials, else the
        operator's own (the console)."""
        if self.bot.adapters:
            return self.bot.adapters
        found = [
            name for name, p in self.platforms.items() if p.declaration.has_credentials(p.section)
        ]
        operated = [name for name, p in self.platforms.items() if p.declaration.operated]
        return tuple(found or operated[:1])

    def platform(self, name: str) -> PlatformSettings | None:
        """The platform ``name`` with its settings; ``None`` when it was not declared."""
        return self.platforms.get(name)

    def section(self, name: str, kind: type[T]) -> T:
        """The ``[name]`` section of the platform ``name``, as its declared class ``kind``."""
        return _as(kind, self.platforms[name].section if name in self.platforms else None, name)

    def permission_keys(self, name: str, kind: type[T]) -> T:
        """The keys the platform ``name`` adds to ``[permissions]``, as its class ``kind``."""
        found = self.platforms[name].permission_keys if name in self.platforms else None
        return _as(kind, found, f"permissions of {name}")

    if not TYPE_CHECKING:
        # ``settings.discord``: a platform's section by its name, for tests and scripts. Typed
        # code asks :meth:`section`, so a misspelt section name stays a type error there.
        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            try:
                platforms = object.__getattribute__(self, "platforms")
            except AttributeError:
                raise AttributeError(name) from None
            if name in platforms and platforms[name].section is not None:
                return platforms[name].section
            raise AttributeError(f"no section {name!r}")

    def replace(self, section: str, **changes: Any) -> Settings:
        """A copy with some fields of one section changed (used by the CLI's flags and tests).

        ``section`` is a core section or a platform's; ``[permissions]`` keys a platform
        declared go to that platform's keys."""
        if section in SECTIONS:
            current = getattr(self, section)
            own = {f.name for f in dataclasses.fields(current)}
            mine = {k: v for k, v in changes.items() if k in own}
            platforms = self.platforms
            if section == "permissions" and len(mine) < len(changes):
                platforms = _with_permission_keys(
                    platforms, {k: v for k, v in changes.items() if k not in own}
                )
            return dataclasses.replace(
                self, platforms=platforms, **{section: dataclasses.replace(current, **mine)}
            )
        if section not in self.platforms or self.platforms[section].section is None:
            raise ValueError(f"no section {section!r}")
        configured = self.platforms[section]
        changed = dataclasses.replace(
            configured, section=dataclasses.replace(configured.section, **changes)
        )
        return dataclasses.replace(self, platforms={**self.platforms, section: changed})

    def effective(self) -> dict[str, dict[str, Any]]:
        """The configuration as plain data with secrets masked, for ``vetbot config check``."""
        out: dict[str, dict[str, Any]] = {}
        for name in SECTIONS:
            out[name] = _shown(getattr(self, name))
        for name, configured in self.platforms.items():
            if configured.permission_keys is not None:
                out["permissions"].update(_shown(configured.permission_keys))
            if configured.section is not None:
                out[name] = _shown(configured.section)
        for network_id, network in self.networks.items():
            out[f"networks.{network_id}"] = _shown(network)
        out["store"]["effective_url"] = mask("url", self.database_url)
        return out


def _as(kind: type[T], value: object, what: str) -> T:
    if not isinstance(value, kind):
        raise TypeError(f"the settings hold no {kind.__name__} for {what}")
    return value


def _shown(section: Any) -> dict[str, Any]:
    return {
        f.name: mask(f.name, _plain(getattr(section, f.name))) for f in dataclasses.fields(section)
    }


def _with_permission_keys(
    platforms: Mapping[str, PlatformSettings], changes: Mapping[str, Any]
) -> dict[str, PlatformSettings]:
    """``platforms`` with ``changes`` made to the ``[permissions]`` keys that declare them."""
    left = dict(changes)
    out = dict(platforms)
    for name, configured in platforms.items():
        keys = configured.permission_keys
        if keys is None:
            continue
        mine = {k: left.pop(k) for k in [f.name for f in dataclasses.fields(keys)] if k in left}
        if mine:
            out[name] = dataclasses.replace(
                configured, permission_keys=dataclasses.replace(keys, **mine)
            )
    if left:
        raise TypeError(f"no [permissions] key {', '.join(sorted(left))}")
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return dict(value)
    return value


def load_settings(
    path: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    *,
    platforms: Iterable[Platform] | None = None,
) -> Settings:
    """Load ``path`` (or the defaults when ``None``) with environment overrides; validate all.

    ``platforms`` are the platforms whose sections are read (default: the shipped ones,
    :func:`bot.platforms.shipped`); a table named after none of them or the core's sections
    is an unknown section.
    """
    env = os.environ if env is None else env
    if platforms is None:
        from bot.platforms import shipped

        platforms = shipped()
    declared = {p.name: p for p in platforms}
    raw: dict[str, Any] = {}
    source = str(path) if path is not None else None
    if path is not None:
        raw = read_toml(Path(path))
    try:
        for key, value in raw.items():
            if key not in SECTIONS and key not in declared and key != "networks":
                raise ConfigError("unknown section", key=key)
            if not isinstance(value, dict):
                raise ConfigError("expected a [table]", key=key)
        permissions = raw.get("permissions", {})
        owner = {
            f.name: p.name
            for p in declared.values()
            if p.permission_keys is not None
            for f in dataclasses.fields(p.permission_keys)
        }
        parsed = {
            name: parse_section(
                cls,
                name,
                {k: v for k, v in permissions.items() if k not in owner}
                if name == "permissions"
                else raw.get(name, {}),
                env,
            )
            for name, cls in SECTIONS.items()
        }
        configured = {
            name: PlatformSettings(
                declaration=p,
                section=None
                if p.section is None
                else parse_section(p.section, name, raw.get(name, {}), env),
                permission_keys=None
                if p.permission_keys is None
                else parse_section(
                    p.permission_keys,
                    "permissions",
                    {k: v for k, v in permissions.items() if owner.get(k) == name},
                    env,
                ),
            )
            for name, p in declared.items()
        }
        _check_platform_names(parsed["bot"], parsed["permissions"], tuple(declared))
        networks = _parse_networks(raw.get("networks", {}), env, tuple(declared))
    except ConfigError as exc:
        if source and not exc.file:
            raise ConfigError(exc.detail, key=exc.key, file=source) from exc
        raise
    settings = Settings(source=source, platforms=configured, networks=networks, **parsed)
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


def _parse_networks(
    raw: Mapping[str, Any], env: Mapping[str, str], platforms: tuple[str, ...]
) -> dict[str, NetworkSettings]:
    """The ``[networks.<id>]`` tables, each checked; a place claimed twice names both."""
    out: dict[str, NetworkSettings] = {}
    claimed: dict[str, str] = {}
    for network_id, table in raw.items():
        check_network_id("networks", network_id)
        if not isinstance(table, dict):
            raise ConfigError("expected a [table]", key=f"networks.{network_id}")
        # A Discord role id written without quotes arrives as an integer (bool is one too).
        table = {
            key: [str(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in value]
            if key in ("coordinator_roles", "admin_roles") and isinstance(value, list)
            else value
            for key, value in table.items()
        }
        network = parse_section(NetworkSettings, f"networks.{network_id}", table, env)
        for key in ("servers", "rooms", "coordinators", "admins", "prompt_channel"):
            value = getattr(network, key)
            for entry in value if isinstance(value, tuple) else (value,) if value else ():
                if entry.partition(":")[0] not in platforms:
                    raise ConfigError(
                        f"{entry[:60]!r}: unknown platform (choose from {', '.join(platforms)})",
                        key=f"networks.{network_id}.{key}",
                    )
        for entry in (*network.servers, *network.rooms):
            other = claimed.get(entry)
            if other is not None and other != network_id:
                raise ConfigError(
                    f"{entry!r} is claimed by two networks, {other} and {network_id}; "
                    "a room or server belongs to at most one",
                    key=f"networks.{network_id}",
                )
            claimed[entry] = network_id
        out[network_id] = network
    return out


def _check_platform_names(
    bot: BotSettings, permissions: PermissionSettings, names: tuple[str, ...]
) -> None:
    """Refuse adapters and user keys of platforms that were not declared."""
    known = ", ".join(names)
    for name in bot.adapters:
        if name not in names:
            raise ConfigError(f"unknown adapter {name!r} (choose from {known})", key="bot.adapters")
    for key in ("admin_users", "coordinator_users"):
        for entry in getattr(permissions, key):
            if entry.partition(":")[0] not in names:
                raise ConfigError(
                    f"{entry!r} must be written platform:id, the platform one of {known}",
                    key=f"permissions.{key}",
                )


def load_from_cli(cli_path: str | None) -> Settings:
    """Settings for the command line: ``--config``, ``VETBOT_CONFIG`` or ``./bot.toml``."""
    return load_settings(resolve_config_path(cli_path))
