"""The one translation function for every user-facing text.

Catalogs live in ``bot/locale/<lang>/<domain>.toml``; a key is ``"<domain>.<name>"`` and its
value a ``str.format`` template. Each capability owns its own domain file, so adding text
never touches another capability's file; each platform brings its own texts in the same shape
(its declared ``catalogs``, :mod:`bot.platforms`). English is the fallback for every key.

Contract: ``t(key, **params)`` always returns a string. A missing key returns the key itself
(and logs once), so a forgotten entry shows up in tests instead of crashing a reply.
"""

from __future__ import annotations

import logging
import tomllib
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"


def _roots() -> list[Traversable]:
    """The core's catalogs, then the platforms' (imported late: their declarations import
    the core)."""
    from bot.platforms import catalogs

    return [resources.files("bot").joinpath("locale"), *catalogs()]


@cache
def _catalog(lang: str) -> dict[str, str]:
    catalog: dict[str, str] = {}
    for root in _roots():
        base = root.joinpath(lang)
        if not base.is_dir():
            continue
        for item in base.iterdir():
            if not item.name.endswith(".toml"):
                continue
            domain = item.name.removesuffix(".toml")
            data = tomllib.loads(item.read_text(encoding="utf-8"))
            for name, value in _flatten(data):
                catalog[f"{domain}.{name}"] = value
    return catalog


def _flatten(data: dict[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.extend(_flatten(value, f"{name}."))
        else:
            out.append((name, str(value)))
    return out


@cache
def _warn_missing(key: str, lang: str) -> None:
    log.warning("missing translation", extra={"key": key, "lang": lang})


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """Translate ``key`` into ``lang`` (falling back to English) and fill in ``params``."""
    template = _catalog(lang).get(key)
    if template is None and lang != DEFAULT_LANGUAGE:
        template = _catalog(DEFAULT_LANGUAGE).get(key)
    if template is None:
        _warn_missing(key, lang)
        return key
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        log.exception("bad translation template", extra={"key": key})
        return template


def has_key(key: str, lang: str = DEFAULT_LANGUAGE) -> bool:
    """Whether the catalog for ``lang`` defines ``key`` (used by the catalog tests)."""
    return key in _catalog(lang)
