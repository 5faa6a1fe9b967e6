"""The Matrix translation rules, on raw events shaped as the homeserver sends them."""

from __future__ import annotations

from typing import Any

import pytest

from adapters.matrix import translate
from adapters.matrix.client import invite_allowed
from bot.actions import Card, Choice

BOT = translate.BotIdentity(user_id="@vetbot:example.org", display_name="VET Bot")
ROOM = translate.RoomFacts(room_id="!r:example.org", name="Trainers", sender_power_level=50)


def _event(body: str, **content: Any) -> dict[str, Any]:
    return {"type": "m.room.message", "content": {"msgtype": "m.text", "body": body, **content}}


def _message(body: str, sender: str = "@ana:example.org", **content: Any) -> Any:
    return translate.message_from_event("$e1", sender, _event(body, **content), ROOM, BOT)


def test_a_plain_command_keeps_its_text_and_room_facts() -> None:
    message = _message("!tool checklist")
    assert message is not None
    assert (message.text, message.mentions_bot, message.room_name) == (
        "!tool checklist",
        False,
        "Trainers",
    )
    assert (message.event_id, message.sender_level, message.thread_id) == ("$e1", 50, None)


@pytest.mark.parametrize(
    "body",
    ["vetbot: help", "VET Bot, help", "@vetbot:example.org help", "@vetbot: help", "@vetbot help"],
)
def test_the_bots_name_at_the_start_is_a_mention_and_is_removed(body: str) -> None:
    message = _message(body)
    assert message is not None and message.mentions_bot and message.text == "help"


@pytest.mark.parametrize("body", ["vetbots are great", "vetbot is great", "vetbot"])
def test_talking_about_the_bot_is_no_mention(body: str) -> None:
    message = _message(body)
    assert message is not None and not message.mentions_bot and message.text == body


def test_a_pill_anywhere_is_a_mention() -> None:
    message = _message(
        "please VET Bot help",
        format="org.matrix.custom.html",
        formatted_body='please <a href="https://matrix.to/#/@vetbot:example.org">VET Bot</a> help',
    )
    assert message is not None and message.mentions_bot and message.text == "please help"


def test_a_pill_to_someone_else_is_no_mention() -> None:
    message = _message(
        "ask Ben",
        formatted_body='ask <a href="https://matrix.to/#/@ben:example.org">Ben</a>',
    )
    assert message is not None and not message.mentions_bot


def test_reply_fallback_is_dropped_and_thread_is_read() -> None:
    message = _message(
        "> <@vetbot:example.org> Shall I help?\n\n!help",
        **{
            "m.relates_to": {
                "rel_type": "m.thread",
                "event_id": "$root",
                "m.in_reply_to": {"event_id": "$q"},
            }
        },
    )
    assert message is not None and message.text == "!help" and message.thread_id == "$root"


@pytest.mark.parametrize(
    ("sender", "source"),
    [
        ("@vetbot:example.org", _event("!help")),  # the bot itself
        (
            "@ana:example.org",
            {"type": "m.room.message", "content": {"msgtype": "m.notice", "body": "!help"}},
        ),
        (
            "@ana:example.org",
            _event("* !help", **{"m.relates_to": {"rel_type": "m.replace", "event_id": "$x"}}),
        ),
        ("@ana:example.org", _event("   ")),
    ],
)
def test_bots_notices_edits_and_empty_messages_are_not_handled(
    sender: str, source: dict[str, Any]
) -> None:
    assert translate.message_from_event("$e", sender, source, ROOM, BOT) is None


def test_reaction_becomes_the_choices_command() -> None:
    offered = translate.offered_choices(
        [
            Choice(label="Accept", command="!match accept 3"),
            Choice(label="Decline", command="!match decline 3"),
        ]
    )
    assert [c.emoji for c in offered] == ["✅", "❌"]
    accept = translate.message_from_reaction(
        reacts_to="$offer",
        key="✅\ufe0f",
        sender="@ana:example.org",
        offered=offered,
        room=ROOM,
        reaction_id="$reaction",
    )
    assert accept is not None
    # The answer quotes the question; replicas claim the reaction itself (each reaction to
    # one question is a command of its own).
    assert (accept.text, accept.event_id, accept.claim_id, accept.mentions_bot) == (
        "!match accept 3",
        "$offer",
        "$reaction",
        True,
    )
    other = translate.message_from_reaction(
        reacts_to="$offer", key="👍", sender="@ana:example.org", offered=offered, room=ROOM
    )
    assert other is None


def test_choices_with_own_or_clashing_emojis_get_distinct_reactions() -> None:
    offered = translate.offered_choices(
        [
            Choice(label="a", command="!a", emoji="👍"),
            Choice(label="b", command="!b", emoji="👍"),
            Choice(label="c", command="!c"),
        ]
    )
    assert len({c.emoji for c in offered}) == 3 and offered[0].emoji == "👍"


def test_a_choice_line_shows_the_command_without_mentions_and_the_reaction_runs_it_raw() -> None:
    raw = "!tool coach; sector: @room @ana:example.org <@&123456789012345678> @\x00everyone"
    offered = translate.offered_choices([Choice(label="coach", command=raw)])
    content = translate.message_content("Did you mean coach?", offered=offered)
    for shown in (content["body"], content["formatted_body"]):
        low = shown.lower()
        assert "@room" not in low and "@everyone" not in low and "@ana:" not in low
        assert "<@&1" not in shown and "&lt;@&amp;1" not in shown and "\x00" not in shown
    assert "!tool coach; sector: @\u200broom" in content["body"]
    chosen = translate.message_from_reaction(
        reacts_to="$q", key="✅", sender="@ana:example.org", offered=offered, room=ROOM
    )
    assert chosen is not None and chosen.text == raw


def test_content_is_a_quiet_html_notice_replying_in_thread() -> None:
    offered = translate.offered_choices([Choice(label="Yes", command="!yes")])
    content = translate.message_content(
        "**Hi** <b>@room</b>\nline `code`", reply_to="$q", thread_id="$root", offered=offered
    )
    assert content["msgtype"] == "m.notice" and content["m.mentions"] == {}
    assert content["format"] == "org.matrix.custom.html"
    html = content["formatted_body"]
    assert "<strong>Hi</strong>" in html and "&lt;b&gt;" in html and "<code>code</code>" in html
    assert "<br/>" in html and "<b>" not in html
    assert "!yes" in content["body"] and "✅" in content["body"]
    relation = content["m.relates_to"]
    assert relation["rel_type"] == "m.thread" and relation["event_id"] == "$root"
    assert relation["m.in_reply_to"] == {"event_id": "$q"} and relation["is_falling_back"] is False


def test_plain_reply_and_reaction_content() -> None:
    assert translate.message_content("x", reply_to="$q")["m.relates_to"] == {
        "m.in_reply_to": {"event_id": "$q"}
    }
    assert "m.relates_to" not in translate.message_content("x")
    assert translate.reaction_content("$m", "✅")["m.relates_to"] == {
        "rel_type": "m.annotation",
        "event_id": "$m",
        "key": "✅",
    }


def test_transaction_ids_follow_the_key() -> None:
    assert translate.txn_id_for_key("prompt-1") == translate.txn_id_for_key("prompt-1")
    assert translate.txn_id_for_key("prompt-1") != translate.txn_id_for_key("prompt-2")


def test_post_title_is_added_once() -> None:
    assert translate.post_text("Week 3: what worked?", "Week 3") == "Week 3: what worked?"
    assert translate.post_text("What worked?", "Week 3") == "**Week 3**\nWhat worked?"
    assert translate.post_text("What worked?", None) == "What worked?"


@pytest.mark.parametrize(
    ("entries", "inviter", "room", "aliases", "allowed"),
    [
        ((), "@ana:example.org", "!r:example.org", (), True),  # own server by default
        ((), "@eve:evil.test", "!r:evil.test", (), False),
        (("partner.eu",), "@ana:partner.eu", "!r:partner.eu", (), True),
        (("@eve:evil.test",), "@eve:evil.test", "!r:evil.test", (), True),
        (("!r:evil.test",), "@eve:evil.test", "!r:evil.test", (), True),
        (
            ("#trainers:evil.test",),
            "@eve:evil.test",
            "!r:evil.test",
            ("#trainers:evil.test",),
            True,
        ),
        (("partner.eu",), "@eve:evil.test", "!r:partner.eu", (), False),
        (("*",), "@eve:evil.test", "!r:evil.test", (), True),
    ],
)
def test_invite_allow_list(
    entries: tuple[str, ...], inviter: str, room: str, aliases: tuple[str, ...], allowed: bool
) -> None:
    assert (
        invite_allowed(
            entries, inviter=inviter, room_id=room, room_aliases=aliases, own_server="example.org"
        )
        is allowed
    )


def test_creators_outrank_every_level_from_room_version_12() -> None:
    create = {
        "type": "m.room.create",
        "sender": "@ana:example.org",
        "content": {"room_version": "12", "additional_creators": ["@ben:example.org"]},
    }
    creators = translate.room_creators(create)
    assert creators == {"@ana:example.org", "@ben:example.org"}
    for version, expected in (("12", translate.CREATOR_POWER_LEVEL), ("11", 0)):
        level = translate.power_level(
            "@ben:example.org", listed_level=0, room_version=version, creators=creators
        )
        assert level == expected
    assert (
        translate.power_level(
            "@eve:example.org", listed_level=50, room_version="12", creators=creators
        )
        == 50
    )


def test_cards_link_their_titles_in_html_and_name_only_the_domain_in_the_plain_body() -> None:
    card = Card(
        number=3,
        title="Guide <b>&</b>",
        url="https://www.example.org/guide?a=1&b=2",
        tag="guide-1",
        line="guide · EU · en · How to <mentor>",
    )
    content = translate.message_content("Tools for “guide” (3–3 of 3):", cards=[card])
    assert content["body"] == (
        "Tools for “guide” (3–3 of 3):\n"
        "3. Guide <b>&</b> [guide-1] — example.org\n"
        "   guide · EU · en · How to <mentor>"
    )
    assert content["formatted_body"] == (
        "Tools for “guide” (3–3 of 3):<br/>"
        '3. <a href="https://www.example.org/guide?a=1&amp;b=2">Guide &lt;b&gt;&amp;&lt;/b&gt;</a>'
        " <code>guide-1</code><br/>guide · EU · en · How to &lt;mentor&gt;"
    )


def test_only_web_addresses_become_links() -> None:
    for url in ("javascript:alert(1)", "https://example.org/a b", ""):
        card = Card(number=1, title="Guide", url=url)
        content = translate.message_content("Tools:", cards=[card])
        assert "<a " not in content["formatted_body"] and "1. Guide" in content["formatted_body"]


def test_cards_come_before_the_choices() -> None:
    offered = translate.offered_choices([Choice(label="More", command="!more")])
    content = translate.message_content(
        "Tools:", cards=[Card(number=1, title="Guide")], offered=offered
    )
    assert content["body"].splitlines() == [
        "Tools:",
        "1. Guide",
        "",
        "✅ More: react ✅ or type !more",
    ]


def test_a_file_is_an_m_file_plain_or_with_its_keys() -> None:
    plain = translate.file_content(
        "mydata.json", mime="application/json", size=12, url="mxc://example.org/abc"
    )
    assert plain == {
        "msgtype": "m.file",
        "body": "mydata.json",
        "filename": "mydata.json",
        "info": {"mimetype": "application/json", "size": 12},
        "m.mentions": {},
        "url": "mxc://example.org/abc",
    }
    keys = {"v": "v2", "key": {"k": "secret"}, "iv": "iv", "hashes": {"sha256": "h"}}
    secret = translate.file_content(
        "mydata.json",
        mime="application/json",
        size=12,
        encrypted_file={**keys, "url": "mxc://example.org/abc"},
    )
    assert "url" not in secret and secret["file"]["url"] == "mxc://example.org/abc"
    assert secret["file"]["key"] == {"k": "secret"}
