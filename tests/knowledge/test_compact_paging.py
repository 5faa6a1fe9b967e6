"""Compact ``!tool`` answers and paging both ways, through the console.

Each result is a title line (with its id and the link's domain), one short line and the link:
never the long lines of a full entry. ``!more`` goes forward, ``!more back`` back, and the
answer offers each as a choice only where it leads somewhere.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.actions import Reply
from bot.capabilities.knowledge.render import RESULT_LINE_CHARS
from tests.botkit import FakeClock, TestBot
from tests.knowledge.conftest import load_entries, result_ids, start_bot

ONBOARDING = [f"onboarding-{n:02d}" for n in range(1, 13)]
#: Lists exactly the twelve onboarding parts, in order.
COURSES = "!tool type: course"


@pytest.fixture
async def pager(tmp_path: Path, clock: FakeClock) -> AsyncIterator[TestBot]:
    """A bot holding the test entries, five results a page."""
    testbot = await start_bot(tmp_path, clock, knowledge={"seed": False, "page_size": 5})
    await load_entries(testbot)
    yield testbot
    await testbot.stop()


def _choices(lines: list[str]) -> str:
    """The choices line of an answer (``[Label: command] …``), empty without one."""
    found = [line.strip() for line in "\n".join(lines).splitlines() if line.startswith("  [")]
    return found[-1] if found else ""


async def test_each_result_is_three_short_lines(pager: TestBot) -> None:
    lines = "\n".join(await pager.say(COURSES)).splitlines()
    items = [i for i, line in enumerate(lines) if line.startswith("  ") and line[2:3].isdigit()]
    assert len(items) == 5
    for at in items:
        title, short, link = lines[at : at + 3]
        assert title.endswith("] — example.org")
        assert short.startswith("     course · EU · en · ")
        assert len(short.strip()) <= RESULT_LINE_CHARS
        assert link.startswith("     https://example.org/onboarding/")
    # Head and foot, five items of three lines, and the choices: nothing else.
    assert len(lines) == 2 + 5 * 3 + 1
    # No web address in the text itself: it travels with each item, for platforms to link.
    (reply,) = pager.last_actions
    assert isinstance(reply, Reply) and "https://" not in reply.text
    assert [c.url for c in reply.cards] == [
        f"https://example.org/onboarding/{tag.removeprefix('onboarding-').lstrip('0')}"
        for tag in result_ids(lines)
    ]


async def test_paging_forward_and_back(pager: TestBot) -> None:
    first = await pager.say(COURSES)
    assert len(result_ids(first)) == 5
    assert _choices(first) == "[More: !more]"  # no way back from the first page

    second = await pager.say("!more")
    assert len(result_ids(second)) == 5
    assert _choices(second) == "[Back: !more back] [More: !more]"

    last = await pager.say("!more")
    assert "(11–12 of 12)" in last[0]
    assert _choices(last) == "[Back: !more back]"  # nothing further
    pages = [result_ids(first), result_ids(second), result_ids(last)]
    assert sorted(tag for page in pages for tag in page) == ONBOARDING  # every part once

    assert result_ids(await pager.say("!more back")) == pages[1]
    back_to_first = await pager.say("!more back")
    assert result_ids(back_to_first) == pages[0]
    assert "(1–5 of 12)" in back_to_first[0]
    assert (await pager.say("!more back")) == [
        "[#general] vetbot: This is already the first page for “type: course”."
    ]
    # And forward again from there, as if the pages had never been left.
    assert result_ids(await pager.say("!more")) == pages[1]


async def test_back_is_per_person_and_room_and_understood_in_every_language(
    pager: TestBot,
) -> None:
    first = result_ids(await pager.say(COURSES))
    await pager.say("!more")
    # Someone else, or the same person elsewhere, has no search to go back in.
    assert "no search to continue" in (await pager.say("!more back", user="ben"))[0]
    assert "no search to continue" in (await pager.say("!more back", room="peer"))[0]
    # The way back in other languages' words goes back too.
    assert result_ids(await pager.say("!more zurück")) == first
    await pager.say("!more")
    assert result_ids(await pager.say("!more précédent")) == first


async def test_back_before_any_search_says_how_to_start(pager: TestBot) -> None:
    (answer,) = await pager.say("!more back")
    assert "no search to continue" in answer and "!tool QUERY" in answer
