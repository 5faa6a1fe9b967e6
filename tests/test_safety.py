"""Nothing the bot says may ping a crowd or a person."""

from __future__ import annotations

import re

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


CROWD = ["@everyone", "@here", "@room", "@EveryOne", "<@123>", "<@&5>", "<@!9>", "@ana:example.org"]


@given(st.lists(st.one_of(st.text(max_size=20), st.sampled_from(CROWD)), max_size=12))
def test_no_mention_survives_in_any_text_and_sanitize_is_idempotent(parts: list[str]) -> None:
    text = "".join(parts)
    once = sanitize(text)
    low = once.lower()
    assert "@everyone" not in low and "@here" not in low and "@room" not in low
    assert not re.search(r"<@[!&]?\d", once)  # no Discord user or role mention
    assert "@ana:" not in once
    assert sanitize(once) == once


def test_control_and_bidi_characters_are_removed_but_newlines_kept() -> None:
    out = sanitize("a\x1b]0;pwned\x07b\u202ec\nd\te")
    assert out == "a]0;pwnedbc\nd\te"


def test_every_text_field_of_an_action_is_sanitised() -> None:
    from bot.actions import Choice, Post, Reply
    from bot.safety import sanitize_action

    reply = sanitize_action(
        Reply(
            platform="x", room_id="r", text="@here", choices=(Choice(label="@room", command="!a"),)
        )
    )
    assert reply.text == "@" + ZWSP + "here" and reply.choices[0].label == "@" + ZWSP + "room"
    post = sanitize_action(Post(platform="x", room_id="r", text="ok", thread_title="@everyone"))
    assert post.thread_title == "@" + ZWSP + "everyone" and post.text == "ok"


def test_every_text_of_a_card_is_sanitised_but_its_link_kept() -> None:
    from bot.actions import Card, Reply
    from bot.safety import sanitize_action

    card = Card(
        number=1,
        title="Guide for @everyone",
        url="https://example.org/@here",
        tag="<@123>",
        line="for @room",
    )
    (clean,) = sanitize_action(Reply(platform="x", room_id="r", text="ok", cards=(card,))).cards
    assert clean.title == "Guide for @" + ZWSP + "everyone"
    assert clean.tag == "<" + ZWSP + "@123>" and clean.line == "for @" + ZWSP + "room"
    assert clean.url == card.url  # a link target, never shown as text
    assert card.domain == "example.org"


def test_clip_and_one_line() -> None:
    assert clip("abcdef", 4) == "abc…"
    assert clip("abc", 4) == "abc"
    assert one_line("a\n\tb\x00c   d", 50) == "a b c d"
