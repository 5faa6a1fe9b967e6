"""Choices carry a command as their payload; what is shown of it never pings anyone.

The command of a choice may hold user input (a misspelt query with its options, a bio), so it is
shown only as :attr:`bot.actions.Choice.shown`, while the payload a button or reaction carries
stays the command as typed."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from discord.ui import Button
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.console.render import render
from adapters.discord import translate as discord
from adapters.matrix import translate as matrix
from bot.actions import Choice, Reply
from bot.safety import ZWSP, sanitize_action
from tests.botkit import FakeClock, TestBot, make_settings

ROLE_MENTION = "<@&123456789012345678>"


def _no_live_mention(text: str) -> None:
    low = text.lower()
    assert "@everyone" not in low and "@here" not in low and "@room" not in low
    assert not re.search(r"<@[!&]?\d", text)


@pytest.fixture
async def seeded(tmp_path: Path, clock: FakeClock) -> AsyncIterator[TestBot]:
    """A bot with the curated seed, so a misspelt query gets a "did you mean" choice."""
    bot = await TestBot(make_settings(tmp_path), clock).start()
    yield bot
    await bot.stop()


async def test_a_did_you_mean_choice_shows_its_options_without_mentions(seeded: TestBot) -> None:
    lines = await seeded.say(f"!tool coachng sector: @everyone {ROLE_MENTION}")
    shown = "\n".join(lines)
    assert "Did you mean" in shown and "[coach: !tool coach" in shown
    _no_live_mention(shown)
    assert "@" + ZWSP + "everyone" in shown  # the reader still sees what was typed
    # The choice's payload is the command as typed, to be run when it is chosen.
    [reply] = seeded.last_actions
    assert isinstance(reply, Reply)
    [choice] = reply.choices
    assert choice.command == f"!tool coach; sector: @everyone {ROLE_MENTION}"


async def test_a_control_character_cannot_join_a_mention_in_the_consent_choice(
    bot: TestBot,
) -> None:
    lines = await bot.say("!mentor join topics: welding bio: hello @\x00everyone")
    shown = "\n".join(lines)
    assert "[I agree, join: !mentor join" in shown
    _no_live_mention(shown)
    assert "\x00" not in shown
    [reply] = bot.last_actions
    assert isinstance(reply, Reply)
    assert reply.choices[0].command.endswith("bio: hello @everyone")
    # Choosing it (typing the command shown, or the button's payload) joins with that bio.
    joined = await bot.say(reply.choices[0].command)
    assert "You are now opted in as a mentor" in joined[0]


def test_shown_is_sanitised_and_the_payload_is_left_alone() -> None:
    raw = "!tool x sector: @here <@!42> @\x00room"
    choice = sanitize_action(
        Reply(platform="x", room_id="r", text="t", choices=(Choice(label="@here", command=raw),))
    ).choices[0]
    assert choice.command == raw
    _no_live_mention(choice.shown)
    _no_live_mention(choice.label)
    assert "\x00" not in choice.shown


CROWD = ["@everyone", "@here", "@room", "<@123>", "<@&5>", "<@!9>", "@ana:example.org", "\x00"]


@settings(deadline=None, max_examples=100)
@given(
    st.lists(st.one_of(st.text(max_size=15), st.sampled_from(CROWD)), max_size=10),
    st.integers(0, 30),
)
def test_no_platform_shows_a_live_mention_from_any_choice(parts: list[str], extra: int) -> None:
    command = "!tool " + "".join(parts) + "x" * extra * 5  # some too long for a custom_id
    choices = tuple(Choice(label=p, command=command) for p in ("@here", "ok"))
    reply = sanitize_action(Reply(platform="x", room_id="r", text="Pick:", choices=choices))
    shown = [render(reply)]
    shown.append(
        matrix.message_content("Pick:", offered=matrix.offered_choices(reply.choices))["body"]
    )
    for kept in (None, discord.KeptCommands()):
        shown += [
            s["content"] for s in discord.message_kwargs("Pick:", choices=reply.choices, kept=kept)
        ]
        view = discord.buttons(reply.choices, kept)
        buttons = view.children if view is not None else []
        shown += [b.label or "" for b in buttons if isinstance(b, Button)]
    for text in shown:
        _no_live_mention(text)
        assert "\x00" not in text
