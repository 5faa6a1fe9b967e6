"""A trainer's first ``!match``: their person is stored with the request, or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event

from tests.botkit import FakeClock
from tests.mentoring.kit import MIA, NEED, Restartable, dm_to, rows


class Refused(Exception):
    """The database failing in the middle of a transaction."""


async def test_a_first_request_failing_midway_keeps_no_person(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    bot = await bots.start()
    try:
        assert "Welcome" in await bots.say(MIA, user="mia")
        people = rows(db_url, "people")
        engine = bot.app.store.engine.sync_engine

        def fail_proposal(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if statement.startswith("INSERT INTO mentoring_proposals"):
                raise Refused(statement)

        event.listen(engine, "before_cursor_execute", fail_proposal)
        try:
            out = await bots.say(NEED, user="ana")
        finally:
            event.remove(engine, "before_cursor_execute", fail_proposal)
        # The person, identity and request written before the failure are gone with it.
        assert "saved" not in out and not dm_to(out, "mia")
        assert rows(db_url, "people") == people
        assert [r["user_id"] for r in rows(db_url, "identities")] == ["mia"]
        assert rows(db_url, "mentoring_requests") == []

        out = await bots.say(NEED, user="ana")
        assert "Request #" in out and dm_to(out, "mia")
        (ana,) = [r for r in rows(db_url, "identities") if r["user_id"] == "ana"]
        (request,) = rows(db_url, "mentoring_requests")
        assert request["requester_id"] == ana["person_id"]
        # Asked again, the same need is recognised as hers.
        assert "already" in await bots.say(NEED, user="ana")
    finally:
        await bots.stop()
