"""``!survey`` through the console: networks, bad input, and opening and closing by the
clock (moved by hand, as the prompt tests move it)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from bot.capabilities.surveys.tables import Survey
from tests.botkit import exported
from tests.networks.netkit import refusals
from tests.surveys.kit import ANNA, CLAIRE, CREATE, answer, create, results, run_due, start


async def test_a_coordinator_acts_only_in_their_own_network(tmp_path: Path) -> None:
    bot = await start(tmp_path)
    try:
        # AT's coordinator names FR's room: refused, nothing stored, audit-logged.
        out = await bot.say(CREATE.replace("#at-lounge", "#fr-salon"), **ANNA)
        assert out == [
            "[#at-lounge] vetbot: That belongs to network FR; you act for AT only. "
            "Nothing was changed."
        ]
        async with bot.app.store.session() as session:
            assert await session.get(Survey, 1) is None
        assert (await refusals(bot))[-1]["attempted"] == "survey.create"

        await create(bot)
        for n in range(6):
            await answer(bot, f"r{n}", "!survey answer 1 1 1")
        # FR's coordinator reads neither AT's results nor the survey itself.
        text = await results(bot, CLAIRE)
        assert "That belongs to network AT; you act for FR only." in text
        assert "yes:" not in text
        out = await bot.say("!survey show 1", **CLAIRE)
        assert "network AT" in out[0] and "Winter check-in" not in out[0]
        out = await bot.say("!survey close 1 confirm", **CLAIRE)
        assert "network AT" in out[0]
        assert [r["attempted"] for r in await refusals(bot)][-3:] == [
            "survey.results",
            "survey.show",
            "survey.close",
        ]
        assert (await bot.say("!survey list", **CLAIRE)) == [
            "[#fr-salon] vetbot: There are no surveys in your networks yet."
        ]
        assert "yes: 6" in await results(bot)
        # The European level's admin acts everywhere.
        assert "yes: 6" in await results(bot, {"user": "erik", "role": "admin", "room": "eu-hall"})
        # A trainer may answer, not read results.
        out = await bot.say("!survey results 1", user="r1", room="at-lounge")
        assert "coordinator" in out[0]
    finally:
        await bot.stop()


BAD_QUESTIONS = [
    ("Did it help? yes / no", "Question 1 (`Did it help? yes / no`) has no answers: put a | "),
    ("Did it help? | yes", "Question 1 (`Did it help? | yes`) needs at least two answers"),
    ("Help? | yes / no; Useful? | 3-5", "Question 2: `3-5` is not a scale I can use"),
    ("Help? | yes / no; | a / b", "Question 2 (`| a / b`) has answers but no question"),
    ("Help? | yes / Yes", "gives the same answer twice"),
    ("Help? |", "has nothing after the |"),
]


@pytest.mark.parametrize(("questions", "said"), BAD_QUESTIONS)
async def test_malformed_questions_are_refused_with_the_right_form(
    tmp_path: Path, questions: str, said: str
) -> None:
    bot = await start(tmp_path)
    try:
        out = await bot.say(
            f"!survey create title: T; to: 2026-12-10; questions: {questions}", **ANNA
        )
        text = "\n".join(out)
        assert said in text
        assert "Write each question as `Question? | a / b / c` (one choice)" in text
        async with bot.app.store.session() as session:
            assert await session.get(Survey, 1) is None
    finally:
        await bot.stop()


async def test_bad_days_ids_and_answers_get_a_short_reply(tmp_path: Path) -> None:
    bot = await start(tmp_path)
    try:
        line = "!survey create title: T; from: 2026-12-10; to: 2026-12-01; questions: A? | x / y"
        out = await bot.say(line, **ANNA)
        assert "The last day comes before the first" in out[0]
        out = await bot.say(line.replace("2026-12-10", "31.02.2026"), **ANNA)
        assert "from: `31.02.2026` is not a day" in out[0]
        out = await bot.say("!survey create title: T; questions: A? | x / y", **ANNA)
        assert "Say the survey's last day with to: YYYY-MM-DD." in out[0]
        out = await bot.say(
            "!survey create title: T; from: 2026-10-01; to: 2026-11-01; questions: A? | x / y",
            **ANNA,
        )
        assert "That survey would already be over" in out[0]
        out = await bot.say("!survey create to: 2026-12-10; questions: A? | x / y", **ANNA)
        assert "The survey needs a title" in out[0]
        # Options may come before or after questions:, each once.
        out = await bot.say(
            "!survey create questions: A? | x / y; title: T; to: 2026-12-10; to: 2026-12-11",
            **ANNA,
        )
        assert "The option to: is given twice." in out[0]

        assert "There is no survey 99." in (await bot.say("!survey results 99", **ANNA))[0]
        assert "There is no survey 99." in (await answer(bot, "r1", "!survey answer 99"))[0]
        assert "`abc` is not a survey number." in (await bot.say("!survey show abc", **ANNA))[0]

        await create(bot)
        out = await answer(bot, "r1", "!survey answer 1 1 maybe")
        assert (
            "That is not an answer to question 1. Choose one of: 1 (yes), 2 (no), 3 (partly)."
            in out[0]
        )
        out = await answer(bot, "r1", "!survey answer 1 2 9")
        assert "Choose one of: 1, 2, 3, 4, 5." in out[0]
        out = await answer(bot, "r1", "!survey answer 1 7 1")
        assert "Survey 1 has questions 1 to 3, not 7." in out[0]
    finally:
        await bot.stop()


async def test_a_survey_opens_and_closes_by_the_clock(tmp_path: Path, db_url: str) -> None:
    bot = await start(tmp_path, db_url)
    try:
        line = CREATE.replace("from: 2026-11-24", "from: 2026-11-26").replace(
            "2026-12-10", "2026-11-27"
        )
        out = await create(bot, line)
        assert "I'll announce it in the room on its first day." in "\n".join(out)
        assert not any("New survey" in x for x in bot.console.printed)
        out = await answer(bot, "r1", "!survey answer 1")
        assert "Survey 1 is planned: it cannot be answered now." in out[0]

        # The first day, midnight in the coordinator's zone (Europe/Brussels: 23:00 UTC).
        bot.clock.advance(hours=37, minutes=59)  # 2026-11-25 22:59 UTC
        assert (await run_due(bot)).opened == ()
        bot.clock.advance(minutes=1)
        assert (await run_due(bot)).opened == (1,)
        posts = [x for x in bot.console.printed if x.startswith("[#at-lounge]")]
        assert posts[-1] == (
            "[#at-lounge] vetbot: 📋 New survey: “Winter check-in” (3 questions), anonymous, "
            "open until Fri, 27 Nov 2026. To take part, send !survey answer 1 — I'll ask you "
            "the questions by direct message.\n  [Take part: !survey answer 1]"
        )
        assert (await run_due(bot)).opened == ()  # announced once
        await answer(bot, "r1", "!survey answer 1 1 1")

        bot.clock.advance(days=2)  # past the last day
        assert (await run_due(bot)).closed == (1,)
        assert "The survey “Winter check-in” (number 1) is closed." in bot.console.printed[-1]
        out = await answer(bot, "r1", "!survey answer 1 1 2")
        assert "Survey 1 is closed: it cannot be answered now." in out[0]
        out = await bot.say("!survey close 1 confirm", **ANNA)
        assert "Survey 1 is already closed." in out[0]
    finally:
        await bot.stop()


async def test_close_and_cancel_ask_first(tmp_path: Path) -> None:
    bot = await start(tmp_path)
    try:
        await create(bot)
        await answer(bot, "r1", "!survey answer 1 1 1")
        out = await bot.say("!survey close 1", **ANNA)
        assert "This closes the survey now" in out[0]
        assert "[Yes, go ahead: !survey close 1 confirm]" in out[0]
        out = await bot.say("!survey close 1 confirm", **ANNA)
        assert out[0] == "[#at-lounge] vetbot: Survey 1 “Winter check-in” is closed."
        out = await bot.say("!survey cancel 1", **ANNA)
        assert "deletes all its answers" in out[0]
        out = await bot.say("!survey cancel 1 confirm", **ANNA)
        assert "is cancelled and its answers are deleted" in out[0]
        out = await bot.say("!survey list", **ANNA)
        assert out == ["[#at-lounge] vetbot: There are no surveys in your networks yet."]
    finally:
        await bot.stop()


async def test_close_and_cancel_read_the_survey_once(tmp_path: Path, db_url: str) -> None:
    """Asking, and then the confirmed change, each read the survey's row once; another
    network's coordinator is refused after that one read and the survey stays as it was."""
    bot = await start(tmp_path, db_url)
    reads: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if re.search(r"\bFROM surveys\b", statement):
            reads.append(statement)

    engine = bot.app.store.engine.sync_engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        await create(bot)
        for line, who, said in [
            ("!survey close 1", ANNA, "This closes the survey now"),
            ("!survey close 1 confirm", CLAIRE, "network AT"),
            ("!survey close 1 confirm", ANNA, "is closed"),
            ("!survey cancel 1", ANNA, "deletes all its answers"),
            ("!survey cancel 1 confirm", CLAIRE, "network AT"),
            ("!survey cancel 1 confirm", ANNA, "is cancelled"),
        ]:
            reads.clear()
            out = await bot.say(line, **who)
            assert said in out[0], (line, out)
            assert len(reads) == 1, (line, reads)
            if who is CLAIRE:
                async with bot.app.store.session() as session:
                    survey = await session.get(Survey, 1)
                    assert survey is not None
                    assert survey.status == ("open" if "close" in line else "closed")
        assert [r["attempted"] for r in await refusals(bot)] == ["survey.close", "survey.cancel"]
    finally:
        event.remove(engine, "before_cursor_execute", note)
        await bot.stop()


async def test_answers_are_deleted_after_the_days_they_are_kept(
    tmp_path: Path, db_url: str
) -> None:
    bot = await start(tmp_path, db_url, keep_answers_days=30)
    try:
        await create(bot)
        for n in range(5):
            await answer(bot, f"r{n}", "!survey answer 1 1 1")
        bot.clock.advance(days=17)
        assert (await run_due(bot)).closed == (1,)
        assert "yes: 5" in await results(bot)
        bot.clock.advance(days=29)
        assert (await run_due(bot)).emptied == ()
        bot.clock.advance(days=1, seconds=1)
        assert (await run_due(bot)).emptied == (1,)
        assert "fewer than 5 people have answered" in await results(bot)
        out = await bot.say("!mydata", user="r1", dm=True)
        assert exported("\n".join(out))["surveys"]["answered"] == []
    finally:
        await bot.stop()


async def test_a_plain_direct_message_is_an_answer_only_just_after_the_question(
    tmp_path: Path,
) -> None:
    bot = await start(tmp_path)
    try:
        await create(bot)
        await answer(bot, "r1", "!survey answer 1 3")
        out = await answer(bot, "r1", "help with the timetable, please")
        assert "May I show this answer in the results" in out[0]
        await answer(bot, "r1", "!survey share 1 3 no")
        # Asked again, and then two hours pass: the next plain message is a question again.
        await answer(bot, "r1", "!survey answer 1 3")
        bot.clock.advance(hours=2, seconds=1)
        out = await answer(bot, "r1", "mentoring guide")
        assert "May I show" not in "\n".join(out)
        out = await bot.say("!survey list", **ANNA)
        assert out[0].endswith(
            "1. “Winter check-in” — open, Tue, 24 Nov 2026 to Thu, 10 Dec 2026; "
            "answered by: fewer than 5"
        )
    finally:
        await bot.stop()
