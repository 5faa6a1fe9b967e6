"""Bad input that used to end in "something went wrong": dates out of datetime's range,
undecodable text, ids in other scripts' digits, and a database that refuses a write.

Each answer must be a short reply saying how to do it right, and nothing half-written may stay
behind. The fake clock starts at 2026-11-24 09:00 UTC.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.actions import Reply
from bot.capabilities.prompts.schedule import parse_schedule
from bot.capabilities.prompts.targets import parse_targets
from bot.errors import UsageError
from bot.events import Message, storable, storable_text
from bot.i18n import t
from tests.botkit import TestBot

C = "coordinator"
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
WENT_WRONG = t("core.internal_error", error_id="").split("error id")[0]


async def answer(bot: TestBot, text: str, **kwargs: str) -> str:
    """The bot's whole answer, checked to be a clear reply rather than an apology."""
    reply = "\n".join(await bot.say(text, **kwargs))  # type: ignore[arg-type]
    assert reply, f"no answer to {text!r}"
    assert WENT_WRONG not in reply, reply
    return reply


def database(bot: TestBot) -> sqlite3.Connection:
    return sqlite3.connect(bot.app.settings.data_dir / "vetbot.db")


# --- dates far outside the calendar the zones know ------------------------------------------


@pytest.mark.parametrize("tz", ["Europe/Brussels", "Pacific/Kiritimati", "Etc/GMT+12"])
async def test_a_one_off_in_year_1_is_past_not_an_overflow(bot: TestBot, tz: str) -> None:
    reply = await answer(bot, f"!prompt schedule at: 0001-01-01 00:00; tz: {tz}; text: Hi", role=C)
    assert "0001-01-01 00:00" in reply and "is already past" in reply
    assert "YYYY-MM-DD HH:MM" in reply and "for example `at: 2026-11-2" in reply


async def test_start_and_end_in_year_1_are_refused_with_the_form(bot: TestBot) -> None:
    for option in ("start", "end"):
        reply = await answer(
            bot, f"!prompt schedule every: day 09:00; {option}: 0001-01-01; text: Hi", role=C
        )
        assert f"The {option}: date is more than 100 years ago" in reply
        assert f"`{option}: 2026-12-01`" in reply


async def test_series_add_and_prompt_edit_refuse_year_1_too(bot: TestBot) -> None:
    await answer(bot, "!series create title: Winter e-conference", role=C)
    added = await answer(bot, "!series add 1 at: 0001-01-01 00:00; text: First topic", role=C)
    assert "is already past" in added
    await answer(bot, "!prompt schedule every: day 09:00; text: Daily", role=C)
    for change in ("at: 0001-01-01 00:00", "every: day 10:00; start: 0001-01-01"):
        edited = await answer(bot, f"!prompt edit 1 {change}", role=C)
        assert "already past" in edited or "more than 100 years ago" in edited


DATES = st.builds(
    "{:04d}-{:02d}-{:02d}".format,
    st.integers(1, 9999),
    st.integers(1, 12),
    st.integers(1, 28),
)


@settings(max_examples=300, deadline=None)
@given(
    day=DATES,
    clock=st.sampled_from(["00:00", "12:30", "23:59"]),
    start=st.none() | DATES,
    end=st.none() | DATES,
    tz=st.sampled_from(["Europe/Brussels", "Pacific/Kiritimati", "Etc/GMT+12", "UTC"]),
    recurring=st.sampled_from([None, "day 09:00", "2 weeks on tuesday 10:00"]),
)
def test_any_date_on_the_calendar_is_a_schedule_or_a_usage_error(
    day: str, clock: str, start: str | None, end: str | None, tz: str, recurring: str | None
) -> None:
    kind = {"every": recurring} if recurring else {"at": f"{day} {clock}"}
    try:
        schedule = parse_schedule(tz=tz, start=start, end=end, now=NOW, **kind)
    except UsageError:
        return
    next(schedule.iter_times(NOW), None)
    schedule.trigger()


# --- text that cannot be stored as it came ----------------------------------------------------


def test_storable_text_replaces_lone_surrogates_and_drops_nul() -> None:
    assert storable_text("need \udcff help") == "need \ufffd help"
    assert storable_text("a\ud800b\udfffc") == "a\ufffdb\ufffdc"
    assert storable_text("\ud83d\ude00 ok") == "😀 ok"  # a pair split in two joins up again
    assert storable_text("hello @\x00everyone") == "hello @everyone"
    assert storable_text("plain\ttext\n") == "plain\ttext\n"


def test_every_text_of_a_message_is_made_storable() -> None:
    message = storable(
        Message(
            platform="matrix",
            room_id="!r\ud800:x",
            sender_id="@a\x00:x",
            sender_name="Ana \udcff",
            text="!help",
            roles=frozenset({"coord\ud800"}),
        )
    )
    assert message.room_id == "!r\ufffd:x" and message.sender_id == "@a:x"
    assert message.sender_name == "Ana \ufffd" and message.roles == {"coord\ufffd"}
    assert message.text == "!help"


async def test_lone_surrogates_reach_the_store_as_replacement_characters(bot: TestBot) -> None:
    reply = await answer(bot, "!match need \udcff help with plumbing", user="\udcffpr1")
    assert "Request #1 saved" in reply
    with database(bot) as db:
        assert db.execute("SELECT need FROM mentoring_requests").fetchone() == (
            "need \ufffd help with plumbing",
        )
        assert db.execute("SELECT user_id FROM identities").fetchone() == ("\ufffdpr1",)


async def test_a_nul_in_a_profile_is_dropped_and_no_mention_comes_out_of_it(bot: TestBot) -> None:
    reply = await answer(
        bot, "!mentor join topics: plumbing\x00; consent: yes; bio: hello @\x00everyone"
    )
    assert "@everyone" not in reply
    with database(bot) as db:
        ((topics, bio),) = db.execute("SELECT topics, bio FROM mentoring_profiles").fetchall()
    assert "\x00" not in topics + bio


# --- ids written in another script's digits ---------------------------------------------------


@pytest.mark.parametrize(
    ("command", "role", "refusal"),
    [
        ("!match accept ٣", "trainer", "'٣' is not an ID"),
        ("!match decline ١", "trainer", "'١' is not an ID"),
        ("!match cancel ٢", "trainer", "'٢' is not an ID"),
        ("!match end ٣", "trainer", "'٣' is not an ID"),
        ("!match feedback ٣ 5", "trainer", "'٣' is not an ID"),
        ("!prompt show ٣", C, "`٣` is not an ID"),
        ("!prompt cancel ١٢", C, "`١٢` is not an ID"),
        ("!series show ١", C, "`١` is not an ID"),
        ("!prompt show ３", C, "`３` is not an ID"),  # full-width digit
        ("!mentor join topics: plumbing; capacity: ٢; consent: yes", "trainer", "got '٢'"),
    ],
)
async def test_ids_in_other_digits_are_refused(
    bot: TestBot, command: str, role: str, refusal: str
) -> None:
    reply = await answer(bot, command, role=role)
    assert refusal in reply


def test_discord_channel_mentions_take_ascii_digits_only() -> None:
    assert parse_targets("<#123456789>", platform="discord")[0].room_id == "123456789"
    with pytest.raises(UsageError):
        parse_targets("<#١٢٣٤٥٦٧٨٩>", platform="discord")


# --- a database that refuses the write -------------------------------------------------------


def refuse_requests(bot: TestBot) -> None:
    """Make the database itself refuse new mentoring requests, as a full disk or a broken
    file would: the command fails after the caller's person was stored."""
    with database(bot) as db:
        db.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON mentoring_requests "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )


async def test_a_failed_first_command_leaves_no_person_behind(bot: TestBot) -> None:
    refuse_requests(bot)
    reply = await answer(bot, "!match need help with plumbing", user="newcomer")
    assert "I couldn't reach my database just now" in reply
    (answered,) = bot.last_actions
    assert isinstance(answered, Reply) and answered.is_error and answered.store_failed
    with database(bot) as db:
        assert db.execute("SELECT count(*) FROM people").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM identities").fetchone() == (0,)
    assert "I store nothing about you" in await answer(bot, "!mydata", user="newcomer", dm=True)


async def test_a_failed_command_keeps_the_person_who_has_data(bot: TestBot) -> None:
    await answer(bot, "!mentor join topics: plumbing; consent: yes", user="ana")
    refuse_requests(bot)
    await answer(bot, "!match need help with wiring", user="ana")
    with database(bot) as db:
        assert db.execute("SELECT count(*) FROM people").fetchone() == (1,)
        assert db.execute("SELECT count(*) FROM mentoring_profiles").fetchone() == (1,)


async def test_a_new_person_whose_data_was_stored_before_the_failure_is_kept(
    bot: TestBot,
) -> None:
    # Joining stores the profile, then asks the new mentor about a waiting request: that
    # second step fails, but the stored profile refers to the person, so both stay.
    await answer(bot, "!match need help with plumbing", user="trainer")
    with database(bot) as db:
        db.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON mentoring_proposals "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    await bot.say("!mentor join topics: plumbing; consent: yes", user="ben")
    with database(bot) as db:
        assert db.execute("SELECT count(*) FROM people").fetchone() == (2,)
        assert db.execute("SELECT count(*) FROM mentoring_profiles").fetchone() == (1,)


# --- option keys in letters that fold to ASCII without lowering to it --------------------------


@pytest.mark.parametrize(
    "line",
    [
        "!tool guide ſector: construction",
        "!survey create title: X; until: 2099-12-31; questions: Ok? | yes / no; tıtle: Y",
    ],
)
async def test_a_key_in_long_s_or_dotless_i_is_read_as_the_key(bot: TestBot, line: str) -> None:
    # The keys' pattern matches ``ſ`` as ``s`` and ``ı`` as ``i``; reading the key must too.
    await answer(bot, line, role=C)
