"""Suggestions, the review queue and its permissions, edits, archiving and gaps — through the
bot, on SQLite and PostgreSQL, with the audit log checked in the database."""

from __future__ import annotations

from sqlalchemy import select

from bot.actions import Reply
from bot.capabilities.knowledge.tables import KnowledgeGap
from bot.store.models import AuditEntry
from tests.botkit import TestBot
from tests.knowledge.conftest import result_ids, service_of

SUGGESTION = (
    "!tool suggest https://example.org/peer-coaching Peer coaching handbook"
    " | How to run peer coaching circles."
)


def is_error(bot: TestBot) -> bool:
    return any(isinstance(a, Reply) and a.is_error for a in bot.last_actions)


async def audit_actions(bot: TestBot) -> list[tuple[str, str, str]]:
    async with bot.app.store.session() as session:
        rows = await session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(r.action, r.target, r.actor_id) for r in rows]


async def test_suggest_review_approve_and_reject(dbbot: TestBot) -> None:
    bot = dbbot
    lines = await bot.say(SUGGESTION, user="ana")
    assert "review queue as [peer-coaching-handbook]" in lines[0] and not is_error(bot)
    # Pending entries are not found, and trainers cannot see them by id.
    assert result_ids(await bot.say("!tool peer coaching handbook", user="ben")) == []
    assert "no tool with the id" in (await bot.say("!tool show peer-coaching-handbook"))[0]

    # A trainer can neither see the queue nor approve.
    denied = await bot.say("!tool approve peer-coaching-handbook", user="ben")
    assert "Only a coordinator can use !tool approve" in denied[0] and is_error(bot)
    assert "Only a coordinator" in (await bot.say("!tool review", user="ben"))[0]

    queue = "\n".join(await bot.say("!tool review", user="carla", role="coordinator"))
    assert "1 waiting" in queue
    assert "Peer coaching handbook [peer-coaching-handbook] — suggested by ana" in queue
    assert "[Approve peer-coaching-handbook: !tool approve peer-coaching-handbook]" in queue

    approved = await bot.say(
        "!tool approve peer-coaching-handbook", user="carla", role="coordinator"
    )
    assert "Published: Peer coaching handbook" in approved[0]
    # The suggester is told by direct message (through the outbox, right after the answer).
    dms = [line for line in approved if line.startswith("[dm ")]
    assert [(d.split("]")[0], "approved" in d) for d in dms] == [("[dm @ana", True)]
    assert result_ids(await bot.say("!tool peer coaching"))[0] == "peer-coaching-handbook"
    again = await bot.say("!tool approve peer-coaching-handbook", user="carla", role="coordinator")
    assert "already published" in again[0] and is_error(bot)

    await bot.say("!tool suggest https://example.org/x Shiny brochure", user="ben")
    no_reason = await bot.say("!tool reject shiny-brochure", user="carla", role="coordinator")
    assert "give a reason" in no_reason[0]
    rejected = await bot.say(
        "!tool reject shiny-brochure Advertising, not a training tool.",
        user="carla",
        role="coordinator",
    )
    room = [line for line in rejected if line.startswith("[#general]")]
    assert "The person who suggested it was told why" in room[0]
    assert "ben" not in room[0]  # the suggester is not named in the room
    dm_lines = [line for line in rejected if line.startswith("[dm @ben]")]
    assert len(dm_lines) == 1 and "Advertising, not a training tool." in dm_lines[0]
    entry = await service_of(bot).get("shiny-brochure")
    assert entry is not None and entry.status == "rejected" and entry.reviewed_by is not None

    assert await audit_actions(bot) == [
        ("knowledge.approve", "peer-coaching-handbook", "carla"),
        ("knowledge.reject", "shiny-brochure", "carla"),
    ]
    assert "review queue is empty" in (await bot.say("!tool review", role="coordinator"))[0]


async def test_duplicates_are_pointed_out(dbbot: TestBot) -> None:
    bot = dbbot
    dup = await bot.say(
        "!tool suggest https://www.example.org/apprenticeship-toolkit/ Toolkit for apprenticeships",
        user="ana",
    )
    assert "already in the collection: Apprenticeship Toolkit [apprenticeship-toolkit]" in dup[0]
    assert is_error(bot)
    await bot.say(SUGGESTION, user="ana")
    pending = await bot.say(SUGGESTION.replace("handbook", "guide"), user="ben")
    assert "already suggested and waits for review as [peer-coaching-handbook]" in pending[0]
    # A near-duplicate title with another link is queued, with a note for everyone.
    near = await bot.say(
        "!tool suggest https://other.example/at Apprenticeship toolkit", user="ben"
    )
    assert "review queue as [apprenticeship-toolkit-2]" in near[0]
    assert "very similar title: Apprenticeship Toolkit [apprenticeship-toolkit]" in near[0]
    queue = "\n".join(await bot.say("!tool review", role="coordinator"))
    assert "Looks like: apprenticeship-toolkit" in queue


async def test_tracking_parameters_and_a_trailing_slash_do_not_make_a_new_link(
    dbbot: TestBot,
) -> None:
    bot = dbbot
    await bot.say("!tool suggest https://example.org/mentor-kit Mentor kit", user="ana")
    for link in (
        "https://example.org/mentor-kit?utm_source=x",
        "https://example.org/mentor-kit/?utm_campaign=spring&fbclid=abc",
        "https://www.example.org/mentor-kit/#top",
    ):
        lines = await bot.say(f"!tool suggest {link} Mentor kit again", user="ben")
        assert "already suggested and waits for review as [mentor-kit]" in lines[0], link
        assert is_error(bot)
    # Another path (its case counts) or a real parameter is another link.
    for link in ("https://example.org/Mentor-Kit", "https://example.org/mentor-kit?lang=de"):
        lines = await bot.say(f"!tool suggest {link} Mentor kit variant", user="ben")
        assert "review queue as" in lines[0] and not is_error(bot), link


async def test_invisible_characters_are_removed_on_the_way_in(dbbot: TestBot) -> None:
    bot = dbbot
    await bot.say(
        "!tool suggest https://example.org/evil Evil\u202etitle\x07 kit"
        " | Sum\u00admary with\x1b[31m colour\u2066.",
        user="ana",
    )
    entry = await service_of(bot).get("eviltitle-kit")
    assert entry is not None
    assert entry.content.title == "Eviltitle kit"
    assert entry.content.summary == "Summary with[31m colour."
    await bot.say(
        "!tool reject eviltitle-kit Not\u202e a\x00 tool\u200f.", user="carla", role="coordinator"
    )
    entry = await service_of(bot).get("eviltitle-kit")
    assert entry is not None and entry.review_note == "Not a tool."
    async with bot.app.store.session() as session:
        notes = list(await session.scalars(select(AuditEntry.note)))
    assert notes == ["Not a tool."]


async def test_suggest_input_problems(dbbot: TestBot) -> None:
    bot = dbbot
    assert "start with the link" in (await bot.say("!tool suggest Great tool | nice"))[0]
    assert "give the tool's title" in (await bot.say("!tool suggest https://example.org/a"))[0]
    empty = await bot.say("!tool suggest")
    assert "e.g. !tool suggest https://example.org/guide Mentoring guide |" in empty[0]
    for command in ("approve", "archive", "reject"):
        lines = await bot.say(f"!tool {command}", role="coordinator")
        assert f"!tool {command} " in lines[0] and "e.g." in lines[0], lines
        assert is_error(bot)
    reason = await bot.say("!tool reject epale", role="coordinator")
    assert "e.g. !tool reject epale already in the collection" in reason[0]
    bad = await bot.say("!tool suggest https://nohost Title")
    assert "url: must be a full http(s) link" in bad[0] and is_error(bot)
    long_title = await bot.say("!tool suggest https://example.org/b " + "word " * 100)
    assert "title: longer than 300 characters" in long_title[0]


async def test_edit_and_archive(dbbot: TestBot) -> None:
    bot = dbbot
    edited = await bot.say(
        "!tool edit safety-induction languages: en, ga", user="carla", role="coordinator"
    )
    assert "Languages: en → en, ga" in edited[0]
    assert result_ids(await bot.say("!tool safety lang: ga")) == ["safety-induction"]
    title = await bot.say(
        "!tool edit safety-induction title: Site safety induction template", role="coordinator"
    )
    assert "→ Site safety induction template" in title[0]
    assert result_ids(await bot.say("!tool site safety"))[0] == "safety-induction"

    for command, expected in [
        ("!tool edit safety-induction languages: xyz", "unknown ISO 639-1 code 'xyz'"),
        (
            "!tool edit safety-induction colour: red",
            "colour: not a field of an entry (fields: title",
        ),
        # Several fields at once are checked together: one bad value stores none of them.
        ("!tool edit safety-induction title: New; year: 1200", "year:"),
        ("!tool edit safety-induction title:", "title: required"),
        ("!tool edit safety-induction", "Write the change as ID FIELD: VALUE"),
        ("!tool edit nope title: x", "no tool with the id 'nope'"),
        ("!tool edit safety-induction type: template", "Nothing changed"),
        ("!tool edit safety-induction url: https://example.org/quality-wbl", "already in"),
    ]:
        lines = await bot.say(command, role="coordinator")
        assert expected in lines[0], (command, lines)
        assert is_error(bot)
    assert "Only a coordinator" in (await bot.say("!tool edit safety-induction year: 2020"))[0]
    # Several fields in one edit, each shown under its label, not its internal name; a value
    # may hold semicolons when no field name follows them.
    several = (
        await bot.say(
            "!tool edit safety-induction type: guide; target groups: mentor; topics: a; b\n"
            "year: 2021",
            role="coordinator",
        )
    )[0]
    assert "Type: template → guide" in several and "Year: " in several and "→ 2021" in several
    assert "For: " in several and "target_groups" not in several
    assert "Topics: " in several and "→ a, b" in several
    assert "Title: " not in several  # unchanged fields are not listed

    archived = await bot.say("!tool archive safety-induction", role="coordinator")
    assert "Archived" in archived[0]
    assert "safety-induction" not in result_ids(await bot.say("!tool safety induction"))
    assert (
        "already archived"
        in (await bot.say("!tool archive safety-induction", role="coordinator"))[0]
    )
    restored = await bot.say("!tool approve safety-induction", role="coordinator")
    assert "Published" in restored[0]
    assert result_ids(await bot.say("!tool site safety"))[0] == "safety-induction"
    actions = [a for a, _t, _u in await audit_actions(bot)]
    # One audit line per field changed: two single edits, then four fields in one edit.
    assert actions == [*["knowledge.edit"] * 6, "knowledge.archive", "knowledge.approve"]


async def test_gaps_are_anonymous_and_counted(dbbot: TestBot) -> None:
    bot = dbbot
    await bot.say("!tool dual study programmes", user="ana")
    await bot.say("!tool Programmes, DUAL study!", user="ben")
    await bot.say("!tool study dual programmes lang: pl", user="ana")
    await bot.say("!tool apprenticeship toolkit", user="ana")  # found: not a gap
    await bot.say("!tool 🙂", user="ana")  # no words: not a gap
    assert "Only a coordinator" in (await bot.say("!tool gaps"))[0]
    text = "\n".join(await bot.say("!tool gaps", role="coordinator"))
    assert "1. “dual programmes study” — 2 times" in text
    assert "2. “dual programmes study [lang:pl]” — once" in text
    async with bot.app.store.session() as session:
        rows = list(await session.scalars(select(KnowledgeGap)))
    stored = {(r.query, r.count) for r in rows}
    assert stored == {("dual programmes study", 2), ("dual programmes study [lang:pl]", 1)}
    # Nothing about who asked is kept: no column holds a user.
    assert set(KnowledgeGap.__table__.columns.keys()) == {
        "network",
        "query",
        "count",
        "first_at",
        "last_at",
    }
    assert all("ana" not in r.query and "ben" not in r.query for r in rows)
