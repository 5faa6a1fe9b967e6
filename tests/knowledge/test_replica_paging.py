"""``!more`` on replicas (``[cluster] enabled``): the search is kept in the database, so the
next page comes whichever replica answers; it is part of ``!mydata`` and erased with the
person's data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.botkit import FakeClock
from tests.knowledge.conftest import load_entries, result_ids, start_bot

pytestmark = [pytest.mark.postgres]


async def test_more_continues_on_the_other_replica(
    tmp_path: Path, clock: FakeClock, pg_url: str
) -> None:
    a = await start_bot(tmp_path / "a", clock, pg_url, cluster={"enabled": True})
    await load_entries(a)
    b = await start_bot(tmp_path / "b", clock, pg_url, cluster={"enabled": True})
    try:
        first = await a.say("!tool onboarding new")
        assert "(1–5 of 12)" in first[0]
        second = await b.say("!more")
        assert "(6–10 of 12)" in second[0], second
        third = await a.say("!more")
        assert len(result_ids(third)) == 2
        back = await b.say("!more back")
        assert "(6–10 of 12)" in back[0], back
        # Per user and room, as in one process.
        assert "no search to continue" in (await b.say("!more", user="ben"))[0]
        assert "no search to continue" in (await a.say("!more", room="peer-learning"))[0]

        await b.say("!mydata", dm=True)
        (export,) = (tmp_path / "b" / "files").glob("ana-mydata-*.json")
        searches = json.loads(export.read_text(encoding="utf-8"))["knowledge_searches"]
        assert [s["query"] for s in searches["searches"]] == ["onboarding new"]

        assert "I store nothing" not in "\n".join(await a.say("!forgetme", dm=True))
        assert "erased everything" in "\n".join(await a.say("!forgetme confirm", dm=True))
        assert "no search to continue" in (await b.say("!more"))[0]

        # An hour later the search is gone by itself.
        await a.say("!tool onboarding new")
        clock.advance(seconds=3601)
        assert "no search to continue" in (await b.say("!more"))[0]
    finally:
        await a.stop()
        await b.stop()
