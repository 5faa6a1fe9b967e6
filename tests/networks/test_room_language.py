"""Posts in a room are written for the room: a prompt's participation summary in the language
of the room's network (else the bot's), on the console with SQLite; and the rule itself, with
a room's own platform setting before its network's."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime
from pathlib import Path

from bot.capabilities.prompts.deliveries import PromptRecord
from bot.capabilities.prompts.engine import thread_title
from bot.networks import Networks
from bot.readers import Reader, reader_of_room
from bot.settings import NetworkSettings
from tests.botkit import FakeClock
from tests.networks.netkit import network_settings
from tests.prompts.promptkit import drain, engine, start_bot

ROOMS = ("at-news", "fr-salon", "eu-hall", "general")
#: A post that opened a thread, and what the bot said in a thread (by room).
OPENED = re.compile(r"^\[#([\w-]+)/thread (t\d+)\] vetbot: \(thread opened\)$", re.M)
SAID = re.compile(r"^\[#([\w-]+)/thread t\d+\] vetbot: (.*)$", re.M)


async def test_each_rooms_summary_is_written_in_its_networks_language(
    tmp_path: Path, clock: FakeClock
) -> None:
    # AT writes German, FR French, EU names no language (so English); a room of no network
    # is written in [bot] language, Italian here.
    settings = network_settings(tmp_path).replace("bot", language="it")
    bot = await start_bot(settings, clock)
    try:
        rooms = ", ".join(f"#{room}" for room in ROOMS)
        await bot.say(
            f"!prompt schedule in: {rooms}; at: 2026-11-24 10:05; text: Teile einen Tipp",
            user="erik",  # an admin of the European level acts in every network
            role="admin",
            room="eu-hall",
        )
        assert not bot.last_actions[0].is_error  # type: ignore[union-attr]
        clock.advance(minutes=5)
        assert await engine(bot).run_due() == 1
        await drain(bot)
        threads = dict(OPENED.findall(bot.output()))
        assert sorted(threads) == sorted(ROOMS)
        # One reply in the Austrian room's thread, none elsewhere.
        await bot.say(
            "Am ersten Tag alles zeigen", user="bea", room="at-news", thread=threads["at-news"]
        )
        clock.advance(hours=24)
        assert await engine(bot).threads.summarise_due() == len(ROOMS)
        await bot.app.relay.flush()
        summaries = {
            room: text for room, text in SAID.findall(bot.output()) if text != "(thread opened)"
        }
    finally:
        await bot.stop()
    assert summaries == {
        "at-news": "Beteiligung: eine Person, eine Antwort. Danke fürs Mitmachen!",
        "fr-salon": "Pas encore de réponse dans ce fil. Il reste ouvert à vos réflexions.",
        "eu-hall": "No replies in this thread so far. It stays open for your thoughts.",
        "general": "Ancora nessuna risposta in questo thread. Resta aperto per le tue riflessioni.",
    }


async def test_a_room_is_read_in_its_networks_language_and_zone(
    tmp_path: Path, clock: FakeClock
) -> None:
    settings = network_settings(tmp_path).replace("bot", language="it", timezone="Europe/Rome")
    bot = await start_bot(settings, clock)
    try:
        runtime = bot.app.runtime
        assert runtime.room_reader("console", "at-news") == Reader(lang="de", zone="Europe/Vienna")
        assert runtime.room_reader("console", "fr-salon") == Reader(lang="fr", zone="Europe/Paris")
        # No network claims it: the bot's language and zone.
        assert runtime.room_reader("console", "general") == Reader(lang="it", zone="Europe/Rome")
        # The same room name on another platform is another room.
        assert runtime.room_reader("matrix", "at-news") == Reader(lang="it", zone="Europe/Rome")
    finally:
        await bot.stop()


def test_a_rooms_own_language_comes_before_its_networks(tmp_path: Path) -> None:
    settings = network_settings(tmp_path).replace(
        "matrix", rooms={"!wien:example.org": {"language": "pl"}, "!graz:example.org": {}}
    )
    at = NetworkSettings(
        language="de",
        timezone="Europe/Vienna",
        rooms=("matrix:!wien:example.org", "matrix:!graz:example.org"),
    )
    networks = Networks({"AT": at})
    # Its own [matrix.rooms."!ID"] language, in its network's zone.
    assert reader_of_room(settings, networks, "matrix", "!wien:example.org") == Reader(
        lang="pl", zone="Europe/Vienna"
    )
    # A room with a table but no language: its network's.
    assert reader_of_room(settings, networks, "matrix", "!graz:example.org").lang == "de"


def test_a_thread_without_a_first_line_is_titled_in_the_rooms_language() -> None:
    now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    blank = PromptRecord(
        id=7,
        text="   ",
        part="prompt",
        position=0,
        series_id=None,
        schedule={},
        status="active",
        created_at=now,
        updated_at=now,
        handled_until=None,
        author_platform="console",
        author_user_id="cora",
        author_name="cora",
    )
    assert thread_title(blank, "de") == "Impuls 7"
    assert thread_title(blank, "fr") == "Question 7"
    assert thread_title(dataclasses.replace(blank, text="Ein Tipp?\nMehr"), "fr") == "Ein Tipp?"
