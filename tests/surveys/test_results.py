"""Results never show a group of fewer than 5 people, and ``!forgetme`` takes a respondent's
answers out of them — on SQLite and PostgreSQL, through the console and the real core."""

from __future__ import annotations

import json
from pathlib import Path

from bot.capabilities.surveys.cli import as_rows, render
from tests.botkit import exported
from tests.surveys.kit import ANNA, answer, create, results, service, start, stored


async def test_small_groups_are_hidden_and_forgetme_changes_the_counts(
    tmp_path: Path, db_url: str
) -> None:
    bot = await start(tmp_path, db_url)
    try:
        await create(bot)
        # Four people: every number would point at someone.
        for n in range(1, 5):
            await answer(bot, f"r{n}", "!survey answer 1 1 1", "!survey answer 1 2 4")
        text = await results(bot)
        assert "fewer than 5 people have answered, so no results are shown yet" in text
        assert "yes:" not in text
        # Six: the counts show; the single 5 does not, nor the count it could be worked out
        # from (6 answers minus five 4s), nor the average.
        await answer(bot, "r5", "!survey answer 1 1 yes", "!survey answer 1 2 5")
        await answer(bot, "r6", "!survey answer 1 1 1", "!survey answer 1 2 4")
        text = await results(bot)
        assert "6 people answered" in text
        assert "1. Did the workshop help? — 6 answers" in text
        assert "yes: 6 · no: 0 · partly: 0" in text
        assert "1: 0 · 2: 0 · 3: 0 · 4: not shown · 5: fewer than 5" in text
        assert "cannot be worked out from the total" in text
        assert "average" not in text
        assert "3. What would you change? — fewer than 5 answers, not shown" in text

        # r6 asks to be forgotten: their answers leave the counts (6 → 5).
        await bot.say("!forgetme confirm", user="r6", dm=True)
        text = await results(bot)
        assert "5 people answered" in text
        assert "yes: 5 · no: 0 · partly: 0" in text
        assert "4: fewer than 5 · 5: fewer than 5" in text
        assert await stored(bot) == (5, 10)
        # r5 too: four people are fewer than five again.
        await bot.say("!forgetme confirm", user="r5", dm=True)
        text = await results(bot)
        assert "fewer than 5 people have answered" in text
        assert await stored(bot) == (4, 8)
    finally:
        await bot.stop()


async def test_free_text_is_shown_only_when_shared_and_never_with_a_name(tmp_path: Path) -> None:
    bot = await start(tmp_path)
    try:
        await create(bot)
        shared = {"who-zora": "More time for practice", "who-yann": "Smaller groups"}
        private = {
            "who-xavi": "The trainer was late",
            "who-will": "Nothing",
            "who-vera": "Less theory",
        }
        for user, text in {**shared, **private}.items():
            out = await answer(bot, user, "!survey answer 1 1 1", "!survey answer 1 2 3")
            assert "Write your answer as your next message here" in "\n".join(out)
            # The answer is the next plain direct message, whatever words it starts with.
            out = await answer(bot, user, text)
            assert "May I show this answer in the results, without your name?" in "\n".join(out)
            if user in shared:
                await answer(bot, user, "!survey share 1 3 yes")
            elif user == "who-xavi":
                await answer(bot, user, "!survey share 1 3 no")
            # "who-will" and "who-vera" never say: not shared.
        text = await results(bot)
        assert "3. What would you change? — 5 answers" in text
        assert "2 answers shared:" in text
        assert "– More time for practice" in text and "– Smaller groups" in text
        for secret in private.values():
            assert secret not in text
        people = ("who-zora", "who-yann", "who-xavi", "who-will", "who-vera")
        assert not any(name in text for name in people)

        data = await service(bot).results(1, None)
        csv_text = render(data, "csv")
        json_text = render(data, "json")
        assert "3. What would you change?,More time for practice," in csv_text
        for secret in private.values():
            assert secret not in csv_text and secret not in json_text
        assert not any(name in csv_text or name in json_text for name in people)
        assert json.loads(json_text)["questions"][2]["shared"] == [
            "More time for practice",
            "Smaller groups",
        ]
    finally:
        await bot.stop()


async def test_a_respondent_sees_their_answers_in_mydata_and_changes_them_while_open(
    tmp_path: Path,
) -> None:
    bot = await start(tmp_path)
    try:
        await create(bot)
        out = await bot.say("!survey answer 1", user="ria", room="at-lounge")
        assert out[-1] == "[#at-lounge] vetbot: I've sent you the questions by direct message."
        assert out[0].startswith("[dm @ria] vetbot: Survey 1 “Winter check-in” — question 1 of 3:")
        assert "[yes: !survey answer 1 1 1]" in out[0]
        await answer(bot, "ria", "!survey answer 1 1 3", "!survey answer 1 2 2")
        # Resumable: asking again goes on where they stopped.
        out = await bot.say("!survey answer 1", user="ria", dm=True)
        assert "question 3 of 3" in out[0]
        await answer(bot, "ria", "Shorter sessions", "!survey share 1 3 no")
        # One answer per person: answering again changes it.
        out = await answer(bot, "ria", "!survey answer 1 1 yes")
        assert "You've answered all 3 questions of survey 1" in "\n".join(out)
        assert await stored(bot) == (1, 3)

        out = await bot.say("!mydata", user="ria", dm=True)
        data = exported("\n".join(out))["surveys"]["answered"]
        assert data[0]["title"] == "Winter check-in"
        assert [a["answer"] for a in data[0]["answers"]] == ["yes", "2", "Shorter sessions"]
        assert data[0]["answers"][2]["shared_in_results"] is False
        creator = exported("\n".join(await bot.say("!mydata", **ANNA)))
        assert creator["surveys"]["created"][0]["title"] == "Winter check-in"
    finally:
        await bot.stop()


def test_export_rows_write_hidden_counts_as_below_the_threshold() -> None:
    from bot.capabilities.surveys.model import Given, Question, Results, tally

    question = Question(text="Help?", kind="choice", options=("yes", "no"))
    given = [Given(question=1, value=1, text="", share=False) for _ in range(5)]
    given.append(Given(question=1, value=2, text="", share=False))
    respondents, questions = tally([question], given, 6, 5)
    rows = as_rows(
        Results(
            survey_id=1,
            title="T",
            status="open",
            respondents=respondents,
            min_group=5,
            questions=questions,
        )
    )
    # The 5 would give the 1 away (6 - 5): it is withheld too.
    assert rows == [
        ["question", "option", "count"],
        ["", "(respondents)", 6],
        ["1. Help?", "(answers)", 6],
        ["1. Help?", "yes", "hidden"],
        ["1. Help?", "no", "<5"],
    ]
