"""Configuration loading: ``bot.toml`` plus ``VETBOT_*`` environment overrides.

The file is parsed once with :mod:`tomllib` into frozen, validated section dataclasses
(see :mod:`bot.settings`). Every problem becomes a :class:`~bot.errors.ConfigError` whose
message names the file and the key, e.g. ``bot.toml: limits.window_seconds: expected an
integer, got 'soon'``. Environment variables named ``VETBOT_<SECTION>_<KEY>`` override the
file (``VETBOT_DISCORD_TOKEN``, ``VETBOT_STORE_URL``); a few short aliases exist for common
secrets (``VETBOT_DATABASE_URL``). A value from the environment that is wrong, in type or in
range, is reported under its variable (``environment: VETBOT_MATCHING_MAX_TRIES: must be at
least 1``), since that is where the operator has to fix it.
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
import tomllib
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from bot.errors import ConfigError

T = TypeVar("T")

SECRET_WORDS = ("token", "password", "secret")

# Aliases: short environment names for values operators set most often.
ENV_ALIASES = {"VETBOT_DATABASE_URL": ("store", "url")}


def _suggest(word: str, choices: list[str]) -> str:
    from rapidfuzz import process  # here: only a mistyped key needs it

    match = process.extractOne(word, choices, score_cutoff=70)
    return f" (did you mean '{match[0]}'?)" if match else ""


def _coerce(value: Any, annotation: Any, where: str, from_env: bool) -> Any:
    """Check/convert one value against a field annotation; raise ConfigError naming ``where``."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (types.UnionType, typing.Union):
        non_none = [a for a in args if a is not type(None)]
        if value is None or (from_env and value == ""):
            return None
        return _coerce(value, non_none[0], where, from_env)
    if annotation is bool:
        if from_env and isinstance(value, str):
            low = value.strip().lower()
            if low in ("1", "true", "yes", "on"):
                return True
            if low in ("0", "false", "no", "off"):
                return False
        if isinstance(value, bool):
            return value
        raise ConfigError(f"expected true or false, got {value!r}", key=where)
    if annotation in (int, float):
        return _number(value, annotation, where, from_env)
    if annotation is str:
        if isinstance(value, str):
            return value
        raise ConfigError(f"expected a string, got {value!r}", key=where)
    if origin is tuple:
        item_type = args[0] if args else str
        if from_env and isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list | tuple):
            raise ConfigError(f"expected a list, got {value!r}", key=where)
        return tuple(_coerce(v, item_type, f"{where}[{i}]", from_env) for i, v in enumerate(value))
    if origin is dict or annotation is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"expected a table, got {value!r}", key=where)
        return types.MappingProxyType(dict(value))
    if origin is Mapping:
        if not isinstance(value, dict):
            raise ConfigError(f"expected a table, got {value!r}", key=where)
        return types.MappingProxyType(dict(value))
    raise ConfigError(f"unsupported setting type {annotation!r}", key=where)


def _number(value: Any, kind: type[int] | type[float], where: str, from_env: bool) -> Any:
    """An int or float setting; environment strings are converted, booleans refused."""
    if from_env and isinstance(value, str):
        try:
            number = kind(value.strip())
        except ValueError:
            pass
        else:
            if math.isfinite(number):
                return number
    accepted = (int,) if kind is int else (int, float)
    if isinstance(value, accepted) and not isinstance(value, bool) and math.isfinite(value):
        return kind(value)
    word = "an integer" if kind is int else "a number"
    raise ConfigError(f"expected {word}, got {value!r}", key=where)


def _from_env(env: Mapping[str, str], variable: str, annotation: Any) -> Any:
    """A value from the environment; errors name the variable, not the file."""
    try:
        return _coerce(env[variable], annotation, variable, True)
    except ConfigError as exc:
        raise ConfigError(exc.detail, key=variable, file="environment") from exc


def parse_section(cls: type[T], name: str, raw: Mapping[str, Any], env: Mapping[str, str]) -> T:
    """Build the section dataclass ``cls`` from the file's table ``raw`` and the environment."""
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    for key in raw:
        if key not in fields:
            raise ConfigError(f"unknown key{_suggest(key, list(fields))}", key=f"{name}.{key}")
    values: dict[str, Any] = {}
    # Which fields the environment set, and by which variable: their errors name it.
    variables: dict[str, str] = {}
    for fname in fields:
        env_name = f"VETBOT_{name}_{fname}".upper()
        if env_name in env:
            values[fname] = _from_env(env, env_name, hints[fname])
            variables[fname] = env_name
        elif fname in raw:
            values[fname] = _coerce(raw[fname], hints[fname], f"{name}.{fname}", False)
    for alias, (section, key) in ENV_ALIASES.items():
        if section == name and alias in env and f"VETBOT_{name}_{key}".upper() not in env:
            values[key] = _from_env(env, alias, hints[key])
            variables[key] = alias
    try:
        section_obj = cls(**values)
    except (TypeError, ValueError) as exc:
        raise ConfigError(str(exc), key=name) from exc
    validate = getattr(section_obj, "validate", None)
    if callable(validate):
        try:
            validate()
        except ConfigError as exc:
            field = re.split(r"[.\[]", exc.key or "", maxsplit=1)[0]
            if field in variables:
                raise ConfigError(exc.detail, key=variables[field], file="environment") from exc
            key = f"{name}.{exc.key}" if exc.key else name
            raise ConfigError(exc.detail, key=key) from exc
    return section_obj


def read_toml(path: Path) -> dict[str, Any]:
    """Read a TOML file; a missing or malformed file is a ConfigError naming it."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ConfigError(
            "file not found (use --config PATH or VETBOT_CONFIG)", file=str(path)
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", file=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError("not UTF-8 text", file=str(path)) from exc
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", file=str(path)) from exc


def resolve_config_path(cli_path: str | None, env: Mapping[str, str] | None = None) -> Path | None:
    """The config file: ``--config``, else ``VETBOT_CONFIG``, else ``./bot.toml`` if present."""
    env = os.environ if env is None else env
    if cli_path:
        return Path(cli_path)
    if env.get("VETBOT_CONFIG"):
        return Path(env["VETBOT_CONFIG"])
    default = Path("bot.toml")
    return default if default.exists() else None


def is_secret(key: str) -> bool:
    """Whether a setting named ``key`` holds a secret to mask in output."""
    return any(word in key.lower() for word in SECRET_WORDS)


def mask(key: str, value: Any) -> Any:
    """Mask secrets and passwords inside URLs for printing."""
    if isinstance(value, str) and value and is_secret(key):
        return "****"
    if isinstance(value, str) and "://" in value and "?" in value:
        base, query = value.split("?", 1)
        parts = [
            f"{k}=****" if is_secret(k) else f"{k}{sep}{v}"
            for k, sep, v in (p.partition("=") for p in query.split("&"))
        ]
        value = mask(key, base) + "?" + "&".join(parts)
        return value
    if isinstance(value, str) and "://" in value and "@" in value:
        scheme, rest = value.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        if ":" in creds:
            user = creds.split(":", 1)[0]
            return f"{scheme}://{user}:****@{host}"
    return value
