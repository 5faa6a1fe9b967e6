"""Moments as each platform writes them: Discord as its timestamps (each reader's client shows
them in their own zone), the console and Matrix in the reader's language and zone; and command
words as message values, in the reader's words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from adapters.console import PLATFORM as CONSOLE
from adapters.discord import PLATFORM as DISCORD
from adapters.matrix import PLATFORM as MATRIX
from bot.formats import format_day, format_moment
from bot.messages import Join, Msg, When, Word, fill, from_data, render, to_data
from bot.ports import Platform

AT = datetime(2026, 12, 5, 8, 4, tzinfo=UTC)
EPOCH = int(AT.timestamp())


def test_discord_writes_a_moment_as_its_timestamp() -> None:
    assert render(When(AT), "de", "!", zone="Europe/Vienna", moments=DISCORD.moment) == (
        f"<t:{EPOCH}:f>"
    )
    # A day is a date on the calendar: written by the core, never moved into another zone.
    day = When(AT, "day")
    assert render(day, "de", "!", zone="Europe/Vienna", moments=DISCORD.moment) == (
        format_day(AT, "de", "Europe/Vienna")
    )
    # A moment pinned to a schedule's zone is the same instant: the client shows it.
    pinned = When(AT, zone="America/New_York")
    assert render(pinned, "fr", "!", moments=DISCORD.moment) == f"<t:{EPOCH}:f>"
    # A naive moment is UTC, as stored rows are.
    naive = When(AT.replace(tzinfo=None))
    assert render(naive, "en", "!", moments=DISCORD.moment) == f"<t:{EPOCH}:f>"


@pytest.mark.parametrize("platform", [CONSOLE, MATRIX])
def test_console_and_matrix_keep_the_readers_text(platform: Platform) -> None:
    moments = platform.moment
    assert render(When(AT), "de", "!", zone="Europe/Vienna", moments=moments) == (
        format_moment(AT, "de", "Europe/Vienna")
    )
    assert render(When(AT, "day"), "fr", "!", zone="Europe/Paris", moments=moments) == (
        format_day(AT, "fr", "Europe/Paris")
    )


def test_a_moment_inside_a_message_is_written_by_the_platform() -> None:
    text = Msg.of("prompts.skipped", id=3, when=When(AT))
    assert f"<t:{EPOCH}:f>" in render(text, "en", "!", moments=DISCORD.moment)
    filled = fill({"when": When(AT), "count": 3}, "de", "!", "Europe/Vienna", DISCORD.moment)
    assert filled == {"when": f"<t:{EPOCH}:f>", "count": 3}


def test_a_command_word_is_written_in_the_readers_words() -> None:
    option = Join((Word("options", "lang"), ":"), sep="")
    assert render(option, "de", "!") == "sprache:"
    assert render(option, "fr", "!") == "langue:"
    assert render(option, "en", "!") == "lang:"
    assert render(Word("values", "yes"), "de", "!") == "ja"
    # Stored and read back unchanged, as an outbox row holds it.
    assert from_data(to_data(option)) == option
