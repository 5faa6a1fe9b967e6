"""``!privacy``, ``!mydata`` and ``!forgetme`` through the console, on SQLite and PostgreSQL;
erasure is checked against every table of the database."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.privacy import PersonalDataRegistry, personal_data
from tests.botkit import FakeClock, exported, sent_files
from tests.mentoring.kit import MAX, MIA, NEED, Restartable, dm_to, every_table, proposal_id, rows
from tests.prompts.promptkit import engine, settings_for, start_bot


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
        await bots.say(f"!match feedback {first} 5 she was great", user="ana")
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
        assert dm.splitlines()[0].endswith(
            "Here is everything I store about you, as a file (JSON)."
        )
        data = exported(dm)
        assert data["identities"][0]["user_id"] == "mia"
        assert data["mentoring"]["profiles"][0]["bio"].endswith("Zephyrco")
        assert len(data["mentoring"]["proposals_to_you"]) == 2
        assert data["mentoring"]["requests"][0]["need"].startswith("peer review")
        assert data["knowledge"]["suggested"][0]["url"] == "https://example.org/peer-review"
        assert data["prompts"]["prompts_authored"][0]["text"] == "What helps peer review?"
        # What she did as coordinator, from the audit log (her account is under identities).
        assert {a["action"] for a in data["audit"]} == {"match.run", "prompt.schedule"}
        assert "mia" not in json.dumps(data["audit"])
        assert "I've sent you your data" in export
        assert _mentions(db_url, "mia", "zephyrco")

        # Asking first changes nothing.
        asked = await bots.say("!forgetme", user="mia")
        assert "!forgetme confirm" in asked and rows(db_url, "mentoring_profiles")
        await bots.restart()
        done = await bots.say("!forgetme confirm", user="mia")
        assert "erased everything" in done
        # Her match with ana ends, and ana (who keeps her own rating and comment) is told.
        (ended,) = dm_to(done, "ana")
        assert f"Match #{first} has ended" in ended and "erase their data" in ended
        # The proposal waiting on mia goes to the next candidate.
        assert proposal_id(done, "max") != pending
        assert _mentions(db_url, "mia", "zephyrco") == []
        # Anonymous counts stay: the match, its ratings, the cancelled request.
        assert {r["status"] for r in rows(db_url, "mentoring_requests")} >= {"matched", "cancelled"}
        ratings = {f["rating"]: f for f in rows(db_url, "mentoring_feedback")}
        assert sorted(ratings) == [4, 5] and ratings[4]["author_id"] is None
        assert ratings[4]["comment"] == ""
        assert ratings[5]["comment"] == "she was great" and ratings[5]["author_id"] is not None
        assert {a["actor_id"] for a in rows(db_url, "audit_log")} == {"forgotten"}
        assert [e["added_by"] for e in rows(db_url, "knowledge_entries")] == [None]
        assert [p["author_person_id"] for p in rows(db_url, "prompts")] == [None]
        # The others keep theirs, and mia is a stranger now.
        assert "since erased their data" in await bots.say("!match status", user="ana")
        assert "I store nothing about you" in await bots.say("!mydata", user="mia")
        assert "I store nothing about you" in await bots.say("!forgetme confirm", user="mia")
    finally:
        await bots.stop()


def _export(output: str, user: str) -> dict[str, Any]:
    """The JSON file sent to ``user`` by ``!mydata`` in ``output``."""
    (dm,) = dm_to(output, user)
    return exported(dm)


async def test_replies_in_prompt_threads_are_exported_and_erased(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bot = await start_bot(settings_for(tmp_path, db_url), clock)
    try:
        await bot.say(
            "!prompt schedule in: #peer; at: 2026-11-24 10:05; text: A tip?", role="coordinator"
        )
        clock.advance(minutes=5)
        await engine(bot).run_due()
        for user in ("bea", "bea", "carl"):
            await bot.say("my answer", user=user, room="peer", thread="t1")
        # bea never used a feature that stores a profile: she is known by her account only.
        data = _export("\n".join(await bot.say("!mydata", user="bea")), "bea")
        assert "person" not in data and "carl" not in json.dumps(data)
        (thread,) = data["prompts"]["replies_counted_in_open_threads"]
        assert (thread["prompt"], thread["room"], thread["replies"]) == (1, "peer", 2)
        assert thread["posted_at"].startswith("2026-11-24T09:05")

        assert "forgetme confirm" in "\n".join(await bot.say("!forgetme", user="bea"))
        assert "erased everything" in "\n".join(await bot.say("!forgetme confirm", user="bea"))
        assert [p["sender_id"] for p in rows(db_url, "prompt_participants")] == ["carl"]
        assert [d["replies"] for d in rows(db_url, "prompt_deliveries")] == [3]  # counts stay
        assert "I store nothing about you" in (await bot.say("!mydata", user="bea"))[0]
    finally:
        await bot.stop()


async def test_audit_rows_are_exported_and_erased_without_a_person_row(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    await bots.start()
    try:
        await bots.say("!match run", user="cora", role="coordinator")
        assert rows(db_url, "people") == []
        data = _export(await bots.say("!mydata", user="cora", role="coordinator"), "cora")
        (entry,) = data["audit"]
        assert (entry["action"], entry["role"]) == ("match.run", "coordinator")
        assert entry["at"] and "cora" not in json.dumps(data["audit"])
        await bots.say("!forgetme confirm", user="cora", role="coordinator")
        assert [a["actor_id"] for a in rows(db_url, "audit_log")] == ["forgotten"]
        assert "I store nothing" in await bots.say("!mydata", user="cora", role="coordinator")
    finally:
        await bots.stop()


async def test_a_prompt_added_to_someone_elses_series_is_its_authors(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    await bots.start()
    try:
        c = "coordinator"
        await bots.say("!series create title: Winter; in: #econf; opening: Hi", user="cora", role=c)
        await bots.say(
            "!series add 1 at: 2026-12-01 10:00; text: Dora's topic", user="dora", role=c
        )
        data = _export(await bots.say("!mydata", user="dora", role=c), "dora")
        assert [p["text"] for p in data["prompts"]["prompts_authored"]] == ["Dora's topic"]
        await bots.say("!forgetme confirm", user="dora", role=c)
        by_text = {p["text"]: p for p in rows(db_url, "prompts")}
        added = by_text["Dora's topic"]
        assert (added["author_user_id"], added["author_name"]) == ("", "")
        # The series and its link to cora are hers, and stay.
        assert added["author_person_id"] is not None
        assert [s["author_user_id"] for s in rows(db_url, "prompt_series")] == ["cora"]
        assert "dora" not in json.dumps(every_table(db_url), default=str)
    finally:
        await bots.stop()


async def test_a_requesters_erasure_ends_the_match_and_keeps_the_mentors_side(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    await bots.start()
    try:
        await bots.say(MIA, user="mia")
        match = proposal_id(await bots.say(NEED, user="ana"), "mia")
        await bots.say(f"!match accept {match}", user="mia")
        await bots.say(f"!match feedback {match} 5 thanks a lot", user="ana")
        await bots.say(f"!match feedback {match} 4 a keen learner", user="mia")

        done = await bots.say("!forgetme confirm", user="ana")
        (notice,) = dm_to(done, "mia")
        assert f"Match #{match} has ended" in notice and "erase their data" in notice
        # The request loses the need and ana; mia's proposal, rating and comment stay hers.
        (request,) = rows(db_url, "mentoring_requests")
        assert (request["need"], request["requester_id"]) == ("", None)
        (proposal,) = rows(db_url, "mentoring_proposals")
        assert proposal["mentor_id"] is not None and proposal["ended_at"] is not None
        ratings = {f["rating"]: f for f in rows(db_url, "mentoring_feedback")}
        assert (ratings[5]["author_id"], ratings[5]["comment"]) == (None, "")
        assert ratings[4]["author_id"] == proposal["mentor_id"]
        assert ratings[4]["comment"] == "a keen learner"
        # mia still has the match: ended, her place free, and in her data.
        assert "already ended" in await bots.say(f"!match end {match}", user="mia")
        assert "in use: 0" in await bots.say("!mentor me", user="mia")
        mine = _export(await bots.say("!mydata", user="mia"), "mia")["mentoring"]
        assert [p["id"] for p in mine["proposals_to_you"]] == [match]
        assert [f["comment"] for f in mine["feedback_given"]] == ["a keen learner"]
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
        data = _export(await bots.say("!mydata", user="ana"), "ana")
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


def test_export_file_is_readable_json_that_parses_back_exactly() -> None:
    from datetime import UTC, datetime

    from bot.actions import DirectMessage
    from bot.capabilities.privacy import export_file
    from bot.safety import sanitize_action

    data = {"user_id": "@mia:example.org", "note": "<@123> wrote to a@b.org", "city": "Łódź"}
    file = export_file(data, datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    assert (file.filename, file.mime) == ("mydata-2026-11-24.json", "application/json")
    text = file.content.decode()
    assert '  "city": "Łódź"' in text  # indented, letters as they are
    assert json.loads(text) == data
    # A file is data, not chat text: the outgoing sanitiser leaves its bytes alone.
    dm = DirectMessage(platform="console", user_id="mia", text="@everyone", attachment=file)
    clean = sanitize_action(dm)
    assert clean.attachment == file and clean.text != dm.text


async def test_mydata_is_a_private_file_a_person_can_read(tmp_path: Path, clock: FakeClock) -> None:
    """The console saves the export under the data directory, for its owner only, and prints
    its path; the file holds what the person wrote and chose, by the numbers they know, and
    none of the database's own ids or the matching scores."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"
    bots = Restartable(tmp_path, url, clock)
    await bots.start()
    try:
        await bots.say(MIA, user="mia")
        pid = proposal_id(await bots.say(NEED, user="ana"), "mia")
        await bots.say(f"!match accept {pid}", user="mia")
        await bots.say(f"!match feedback {pid} 5 very helpful", user="ana")

        output = await bots.say("!mydata", user="ana")
        (dm,) = dm_to(output, "ana")
        (path,) = sent_files(dm)
        assert dm.splitlines() == [
            "[dm @ana] vetbot: Here is everything I store about you, as a file (JSON).",
            f"  [file: {path}]",
        ]
        assert path.parent == tmp_path / "files" and path.name.startswith("ana-mydata-")
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.parent.stat().st_mode & 0o777 == 0o700
        text = path.read_text(encoding="utf-8")
        assert text.startswith('{\n  "person": {\n    "display_name": "ana"')  # indented
        data = json.loads(text)
        assert "id" not in data["person"]
        (request,) = data["mentoring"]["requests"]
        assert request["need"].startswith("designing") and request["status"] == "matched"
        assert not {"requester_id", "tries"} & set(request)
        (rating,) = data["mentoring"]["feedback_given"]
        # The rating is filed under the request's number: the one ana knows her match by.
        assert (rating["match"], rating["rating"], rating["comment"]) == (
            request["id"],
            5,
            "very helpful",
        )
        assert not {"id", "author_id", "proposal_id"} & set(rating)

        mine = exported(dm_to(await bots.say("!mydata", user="mia"), "mia")[0])["mentoring"]
        (proposal,) = mine["proposals_to_you"]
        assert proposal["id"] == pid and proposal["status"] == "accepted"
        assert not {"score", "request_id", "mentor_id"} & set(proposal)
        (profile,) = mine["profiles"]
        assert profile["kind"] == "mentor" and not {"id", "person_id"} & set(profile)
        # Asked again, the file is replaced, never left readable by others meanwhile.
        again = sent_files(await bots.say("!mydata", user="ana"))
        assert again == [path] and path.stat().st_mode & 0o777 == 0o600
    finally:
        await bots.stop()
