"""Every translation key used in the code exists in the English catalog."""

from __future__ import annotations

import re
from pathlib import Path

from bot.i18n import has_key, t

ROOT = Path(__file__).resolve().parents[1]
# t("domain.key"…), ctx.t("…"), ctx.usage_error("…") with a literal key, and keys handed
# over to be translated later (description="domain.key", NotFound.keyed("domain.key")).
KEY_USE = re.compile(
    r"""(?:(?:\bt|\.t|usage_error|keyed)\(\s*|description=)["']([a-z_][a-z0-9_]*\.[a-z0-9_.]+)["']"""
)


def used_keys() -> set[str]:
    keys: set[str] = set()
    for folder in ("bot", "knowledge", "adapters"):
        for path in (ROOT / folder).rglob("*.py"):
            keys.update(KEY_USE.findall(path.read_text(encoding="utf-8")))
    return keys


def test_all_used_keys_exist() -> None:
    keys = used_keys()
    assert "core.internal_error" in keys  # the scan itself works
    missing = sorted(k for k in keys if not has_key(k))
    assert missing == []


def test_missing_key_returns_the_key_and_params_fill_in() -> None:
    assert t("core.no_such_key_here") == "core.no_such_key_here"
    assert "abc123" in t("core.internal_error", error_id="abc123")
    # An unknown language falls back to English.
    assert t("core.internal_error", "xx", error_id="z") == t("core.internal_error", error_id="z")
