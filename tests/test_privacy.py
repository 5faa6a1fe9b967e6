"""``!privacy``, ``!mydata`` and ``!forgetme`` through the console, on SQLite and PostgreSQL;
erasure is checked against every table of the database."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.privacy import PersonalDataRegistry, personal_data
from tests.botkit import FakeClock
from tests.mentoring.kit import MAX, MIA, NEED, Restartable, dm_to, every_table, proposal_id, rows


def _mentions(url: str, *needles: str) -> list[str]:
    """Every table.column whose value contains one of ``needles`` (case-insensitive)."""
    found = []
    for table, table_rows in every_table(url).items():
        for row in table_rows:
            for column, value in row.items():
                text = json.dumps(value, default=str).lower()
                if any(n.lower() in text for n in needles):
                    found.append(f"{table}.{column}={value!r}")
    return found


async def test_mydata_and_forgetme_leave_nothing_personal(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    await bots.start()
    try:
        # mia: mentor with one match (rated both ways), one pending proposal, a coordinator
        # action in the audit log, and a request of her own.
        await bots.say(MIA.replace("twelve years", "twelve years at Zephyrco"), user="mia")
        await bots.say(MAX, user="max")
        first = proposal_id(await bots.say(NEED, user="ana"), "mia")
        await bots.say(f"!match accept {first}", user="mia")
        await bots.say(f"!match feedback {first} 5 mia from Zephyrco was great", user="ana")
        await bots.say(f"!match feedback {first} 4 nice", user="mia")
        pending = proposal_id(
            await bots.say(NEED.replace("designing", "reviewing"), user="ben"), "mia"
        )
        await bots.say("!match peer review of a Zephyrco toolkit kind: mentor", user="mia")
        await bots.say("!match run", user="mia", role="coordinator")
        # ... and she suggested a tool and authored a prompt (the community keeps both).
        await bots.say(
            "!tool suggest https://example.org/peer-review Peer review toolkit | For peer review",
            user="mia",
        )
        await bots.say(
            "!prompt schedule in: #general; at: 2026-12-01 09:00; text: What helps peer review?",
            user="mia",
            role="coordinator",
        )
        await bots.restart()

        export = await bots.say("!mydata", user="mia")
        (dm,) = dm_to(export, "mia")
        data = json.loads(dm.split("\n", 1)[1])
        assert data["identities"][0]["user_id"] == "mia"
        assert data["mentoring"]["profiles"][0]["bio"].endswith("Zephyrco")
        assert len(data["mentoring"]["proposals_to_you"]) == 2
        assert data["mentoring"]["requests"][0]["need"].startswith("peer review")
        assert data["knowledge"]["suggested"][0]["url"] == "https://example.org/peer-review"
        assert data["prompts"]["prompts_authored"][0]["text"] == "What helps peer review?"
        assert "I've sent you your data" in export
        assert _mentions(db_url, "mia", "zephyrco")

        # Asking first changes nothing.
        asked = await bots.say("!forgetme", user="mia")
        assert "!forgetme confirm" in asked and rows(db_url, "mentoring_profiles")
        await bots.restart()
        done = await bots.say("!forgetme confirm", user="mia")
        assert "erased everything" in done
        # The proposal waiting on mia goes to the next candidate.
        assert proposal_id(done, "max") != pending
        assert _mentions(db_url, "mia", "zephyrco") == []
        # Anonymous counts stay: the match, its ratings, the cancelled request.
        assert {r["status"] for r in rows(db_url, "mentoring_requests")} >= {"matched", "cancelled"}
        assert sorted(f["rating"] for f in rows(db_url, "mentoring_feedback")) == [4, 5]
        assert {a["actor_id"] for a in rows(db_url, "audit_log")} == {"forgotten"}
        assert [e["added_by"] for e in rows(db_url, "knowledge_entries")] == [None]
        assert [p["author_person_id"] for p in rows(db_url, "prompts")] == [None]
        # The others keep theirs, and mia is a stranger now.
        assert "since erased their data" in await bots.say("!match status", user="ana")
        assert "I store nothing about you" in await bots.say("!mydata", user="mia")
        assert "I store nothing about you" in await bots.say("!forgetme confirm", user="mia")
    finally:
        await bots.stop()


async def test_privacy_text_and_registered_sources(tmp_path: Path, clock: FakeClock) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"
    bots = Restartable(tmp_path, url, clock)
    calls: list[tuple[str, int]] = []

    async def export(session: AsyncSession, person_id: int) -> dict[str, Any]:
        calls.append(("export", person_id))
        return {"suggestions": ["a tool"]}

    async def erase(session: AsyncSession, person_id: int) -> None:
        calls.append(("erase", person_id))

    bot = await bots.start()
    registry = personal_data(bot.app.runtime)
    assert bot.app.runtime.get(PersonalDataRegistry) is registry
    registry.register("example", export=export, erase=erase, description="privacy.core_what")
    try:
        text = await bots.say("!privacy", user="ana")
        assert "!mydata" in text and "!forgetme" in text and "Mentoring:" in text
        assert "Knowledge:" in text and "Prompts:" in text and "privacy_what" not in text
        await bots.say(NEED, user="ana")
        data = json.loads(dm_to(await bots.say("!mydata", user="ana"), "ana")[0].split("\n", 1)[1])
        assert data["example"] == {"suggestions": ["a tool"]}
        await bots.say("!forgetme confirm", user="ana")
        assert [c[0] for c in calls] == ["export", "erase"]
        assert rows(url, "people") == [] and rows(url, "identities") == []
        assert "confirm" in await bots.say("!forgetme now", user="ana")
    finally:
        await bots.stop()


async def test_closed_requests_are_anonymised_after_the_configured_days(
    tmp_path: Path, clock: FakeClock
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"
    bots = Restartable(tmp_path, url, clock, matching={"anonymise_after_days": 30})
    await bots.start()
    try:
        await bots.say(MIA, user="mia")
        pid = proposal_id(await bots.say(NEED, user="ana"), "mia")
        await bots.say(f"!match accept {pid}", user="mia")
        await bots.say(f"!match feedback {pid} 5 thanks mia", user="ana")
        await bots.say("!match still open need about assessment", user="ana")
        clock.advance(days=29)
        await bots.restart()
        assert rows(url, "mentoring_requests")[0]["need"]
        clock.advance(days=2)
        await bots.restart()
        closed, still_open = sorted(rows(url, "mentoring_requests"), key=lambda r: r["id"])
        assert closed["need"] == "" and closed["requester_id"] is None
        assert closed["anonymised_at"] is not None and closed["status"] == "matched"
        assert still_open["need"] and still_open["requester_id"] is not None
        (feedback,) = rows(url, "mentoring_feedback")
        assert feedback["rating"] == 5 and feedback["comment"] == ""
    finally:
        await bots.stop()


def test_export_json_has_no_mention_yet_parses_back_exactly() -> None:
    from bot.capabilities.privacy import to_json
    from bot.safety import sanitize

    data = {"user_id": "@mia:example.org", "note": "<@123> wrote to a@b.org"}
    text = to_json(data)
    assert sanitize(text) == text  # nothing for the outgoing sanitiser to break
    assert json.loads(text) == data
