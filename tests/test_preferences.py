"""``!language`` and ``!timezone`` through the console: what is stored, what replies and owed
messages are then written in, and that ``!mydata`` shows and ``!forgetme`` erases both."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.formats import format_moment, language_name
from bot.i18n import languages, t
from tests.botkit import FakeClock, TestBot, exported
from tests.mentoring.kit import MIA, NEED, Restartable, dm_to, proposal_id, rows


def _people(bot: TestBot) -> list[dict[str, object]]:
    return rows(bot.app.settings.database_url, "people")


async def _say(bot: TestBot, text: str, **kw: object) -> str:
    bot.clock.advance(seconds=30)  # apart, so the rate limit never answers instead
    return "\n".join(await bot.say(text, **kw))  # type: ignore[arg-type]


async def test_language_alone_lists_every_shipped_language_in_its_own_name(bot: TestBot) -> None:
    out = await _say(bot, "!language")
    for code in languages():
        assert f"{language_name(code)} ({code})" in out
    assert "English (en)" in out
    assert _people(bot) == []  # looking stores nothing
    help_out = await _say(bot, "!help")
    assert "!language [CODE|auto]" in help_out and "!timezone [ZONE|auto]" in help_out


@pytest.mark.parametrize("lang", languages())
async def test_chosen_language_is_stored_and_help_answers_in_it(bot: TestBot, lang: str) -> None:
    out = await _say(bot, f"!language {lang}")
    assert (
        t("preferences.language_set", lang, name=language_name(lang), code=lang, prefix="!") in out
    )
    [person] = _people(bot)
    assert person["language"] == lang
    help_out = await _say(bot, "!help")
    assert help_out.startswith("[#general] vetbot: " + t("help.header", lang, name="vetbot"))


async def test_unknown_language_gets_the_list_and_changes_nothing(bot: TestBot) -> None:
    out = await _say(bot, "!language deutsch")
    assert "'deutsch'" in out and "English (en)" in out
    assert _people(bot) == []


async def test_language_auto_forgets_the_choice(bot: TestBot) -> None:
    await _say(bot, "!language en")
    await _say(bot, "!language auto")
    [person] = _people(bot)
    assert person["language"] is None


async def test_timezone_is_stored_and_times_are_shown_in_it(bot: TestBot) -> None:
    out = await _say(bot, "!timezone europe/vienna")
    assert format_moment(bot.clock.now(), "en", "Europe/Vienna") in out
    [person] = _people(bot)
    assert person["timezone"] == "Europe/Vienna"
    out = await _say(bot, "!timezone")
    assert "Europe/Vienna" in out and "auto" in out


async def test_a_bad_time_zone_gets_an_example_and_stores_nothing(bot: TestBot) -> None:
    out = await _say(bot, "!timezone Mars/Olympus")
    assert "'Mars/Olympus' is not a time zone" in out and "!timezone Europe/Vienna" in out
    out = await _say(bot, "!timezone Europe/Viena")
    assert "Did you mean" in out and "Europe/Vienna" in out
    assert _people(bot) == []


async def test_mydata_shows_and_forgetme_erases_language_and_zone(bot: TestBot) -> None:
    await _say(bot, "!language en")
    await _say(bot, "!timezone America/New_York")
    data = exported(await _say(bot, "!mydata", dm=True))
    assert data["person"]["language"] == "en"
    assert data["person"]["timezone"] == "America/New_York"
    await _say(bot, "!forgetme confirm")
    assert _people(bot) == []


async def test_a_proposal_is_written_in_the_mentors_zone_while_the_requester_reads_hers(
    tmp_path: Path, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, None, clock)  # type: ignore[arg-type]
    await bots.start()
    try:
        await bots.say("!timezone America/New_York", user="mia")
        await bots.say(MIA, user="mia")
        await bots.say("!timezone Asia/Tokyo", user="ana")
        out = await bots.say(NEED, user="ana")
        proposal_id(out, "mia")
        [proposal] = dm_to(out, "mia")
        deadline = clock.now() + timedelta(hours=48)
        assert format_moment(deadline, "en", "America/New_York") in proposal
        # The requester's own status shows the same deadline in her zone.
        status = await bots.say("!match status", user="ana")
        assert format_moment(deadline, "en", "Asia/Tokyo") in status
    finally:
        await bots.stop()
