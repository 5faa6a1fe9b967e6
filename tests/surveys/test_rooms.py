"""Where a survey is announced: ``in:`` read as a prompt's rooms are (:mod:`bot.targets`),
refused by the same rule of where a platform role counts, and told in the survey's texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.actions import Reply
from bot.events import Message
from bot.settings import load_settings
from bot.targets import NotARoom, RoomRef, declared, read_room
from tests.botkit import FakeClock, TestBot
from tests.prompts.promptkit import settings_for, start_bot

OURS = "!ours:example.org"
ALSO_OURS = "!also:example.org"
CREATE = "!survey create title: Check-in; until: 2099-12-31; in: {room}; questions: Ok? | yes / no"


@pytest.mark.parametrize(
    ("word", "platform", "room"),
    [
        ("#peer-learning", "console", "peer-learning"),
        ("<#55555>", "discord", "55555"),
        ("!abc:example.org", "matrix", "!abc:example.org"),
        ("matrix:#room:example.org", "matrix", "#room:example.org"),
        ("discord:<#66666>", "discord", "66666"),
        ("console:general", "console", "general"),
    ],
)
def test_a_word_names_a_room_on_its_platform(word: str, platform: str, room: str) -> None:
    here = "console" if word.startswith("#") else platform
    assert read_room(word, here, declared()) == RoomRef(
        platform=platform, room_id=room, room_name=room
    )


@pytest.mark.parametrize(
    ("word", "unknown"), [("slack:#x", "slack"), ("matirx:!a:x", "matirx"), ("#", ""), ("a<b", "")]
)
def test_a_word_that_names_no_room_says_whether_its_platform_is_why(
    word: str, unknown: str
) -> None:
    with pytest.raises(NotARoom) as caught:
        read_room(word, "console", declared())
    assert caught.value.platform == unknown


async def _create(bot: TestBot, room: str) -> str:
    """``!survey create`` naming ``room``, from a Matrix moderator (power level 50) in ours."""
    message = Message(
        platform="matrix",
        room_id=OURS,
        sender_id="@cora:example.org",
        event_id="$e",
        sender_level=50,
        text=CREATE.format(room=room),
    )
    actions = await bot.app.handle(message)
    bot.clock.advance(seconds=10)  # clear of the rate limit
    return "\n".join(a.text for a in actions if isinstance(a, Reply))


async def test_a_survey_is_announced_only_where_the_senders_role_counts(
    tmp_path: Path, clock: FakeClock
) -> None:
    settings = settings_for(tmp_path).replace(
        "permissions", coordinator_power_level=50, matrix_rooms=(OURS, ALSO_OURS)
    )
    bot = await start_bot(settings, clock)
    try:
        refused = await _create(bot, "!theirs:x")
        assert "You cannot announce a survey in !theirs:x" in refused
        assert "`slack:#x` is not a room I can post to" in await _create(bot, "slack:#x")
        assert "`#a<b` is not a room" in await _create(bot, "#a<b")
        saved = await _create(bot, f"matrix:{ALSO_OURS}")
        assert "Survey 1 “Check-in” is saved" in saved
        assert f"announced in matrix:{ALSO_OURS}" in saved
    finally:
        await bot.stop()


AT_ROOM, AT_NEWS = "!at:example.org", "!at-news:example.org"

NETWORK_RULES = """
[bot]
data_dir = "{data}"
[knowledge]
seed = false
[limits]
commands_per_window = 1000

[networks.AT]
rooms = ["matrix:{at}", "matrix:{news}"]
coordinator_power_level = 50
"""


async def test_a_networks_own_role_rules_let_its_coordinator_name_its_rooms(
    tmp_path: Path, clock: FakeClock
) -> None:
    # Cora is a coordinator only by AT's own power levels ([permissions] lists no room), and
    # names another room of AT: allowed, as for a prompt.
    path = tmp_path / "bot.toml"
    path.write_text(NETWORK_RULES.format(data=tmp_path / "data", at=AT_ROOM, news=AT_NEWS))
    bot = await start_bot(load_settings(path, {}), clock)
    try:
        message = Message(
            platform="matrix",
            room_id=AT_ROOM,
            sender_id="@cora:example.org",
            event_id="$e",
            sender_level=50,
            text=CREATE.format(room=f"matrix:{AT_NEWS}"),
        )
        saved = "\n".join(a.text for a in await bot.app.handle(message) if isinstance(a, Reply))
        assert "Survey 1 “Check-in” is saved" in saved
        assert f"announced in matrix:{AT_NEWS}" in saved
    finally:
        await bot.stop()


async def test_a_backtick_in_a_word_that_names_no_room_does_not_end_the_quote(
    tmp_path: Path, clock: FakeClock
) -> None:
    settings = settings_for(tmp_path).replace(
        "permissions", coordinator_power_level=50, matrix_rooms=(OURS,)
    )
    bot = await start_bot(settings, clock)
    try:
        assert "`#a'<b` is not a room" in await _create(bot, "#a`<b")
    finally:
        await bot.stop()


async def test_a_survey_announced_on_a_platform_the_bot_does_not_run_says_so(
    tmp_path: Path, clock: FakeClock
) -> None:
    # The bot runs the console only; a coordinator names a Matrix room.
    bot = await start_bot(settings_for(tmp_path), clock)
    try:
        saved = "\n".join(
            await bot.say(CREATE.format(room="matrix:!far:example.org"), role="coordinator")
        )
        assert "Survey 1 “Check-in” is saved" in saved
        assert "this bot is not connected to matrix (it runs console)" in saved
        assert "announcement in matrix:!far:example.org will wait" in saved
        here = "\n".join(await bot.say(CREATE.format(room="#lounge"), role="coordinator"))
        assert "Survey 2" in here and "not connected" not in here
    finally:
        await bot.stop()
