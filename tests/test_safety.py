"""Nothing the bot says may ping a crowd or a person."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.safety import ZWSP, clip, one_line, sanitize


def test_crowd_mentions_are_broken() -> None:
    for text in ("@everyone hi", "hey @here", "@room look", "@EVERYONE"):
        out = sanitize(text)
        assert "@" + ZWSP in out
        assert "@everyone" not in out.lower() and "@here" not in out and "@room" not in out


def test_discord_raw_mentions_are_broken() -> None:
    out = sanitize("<@123> <@!456> <@&789>")
    assert "<@1" not in out and "<@!" not in out and "<@&" not in out


def test_matrix_user_ids_are_broken_but_emails_kept() -> None:
    assert sanitize("ask @ana:example.org") == "ask @" + ZWSP + "ana:example.org"
    assert sanitize("mail ana@example.org") == "mail ana@example.org"


@given(st.text())
def test_sanitize_is_idempotent(text: str) -> None:
    once = sanitize(text)
    assert sanitize(once) == once


def test_clip_and_one_line() -> None:
    assert clip("abcdef", 4) == "abc…"
    assert clip("abc", 4) == "abc"
    assert one_line("a\n\tb\x00c   d", 50) == "a b c d"
