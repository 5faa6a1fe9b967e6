"""``!cpd`` through the real core on the console: a self-assessment by direct message with
the buttons' commands, resumed, skipped and changed; a plan naming the two weakest areas with
seeded tools and a mentor who joined, in German and in French; a request opened from it; the
learning log, its export as HTML and Markdown, and the person's data in !mydata/!forgetme."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from tests.botkit import FakeClock, TestBot, exported, make_settings, sent_files
from tests.mentoring.kit import dm_to, rows
from tests.test_no_english_leaks import leaks

#: Scripted answers: assessing (1, 1, 2) and inclusion (1, 2) are the two weakest areas.
ANSWERS = {
    "planning-learning-plan": "3",
    "planning-learning-tasks": "3",
    "planning-digital": "4",
    "guiding-instruct": "2",
    "guiding-motivate": "3",
    "assessing-progress": "1",
    "assessing-feedback": "1",
    "assessing-final": "2",
    "cooperating-school": "skip",
    "cooperating-company": "3",
    "inclusion-needs": "1",
    "inclusion-climate": "2",
    "development-reflect": "3",
    "development-learn": "4",
}
MIA = (
    "!mentor join topics: assessment, feedback, inclusion, diversity; languages: en, de, fr;"
    " capacity: 3; consent: yes"
)
SEED = Path(__file__).resolve().parents[2] / "knowledge" / "seed" / "tools.yaml"
_CHOICE = re.compile(r"\[[^\]:]+: (!cpd rate (\S+) (\S+)(?: (\S+))?)\]")


@pytest.fixture
async def bot(tmp_path: Path, clock: FakeClock) -> AsyncIterator[TestBot]:
    settings = make_settings(tmp_path, limits={"commands_per_window": 1000})
    testbot = TestBot(settings, clock)
    await testbot.start()
    yield testbot
    await testbot.stop()


def said(lines: list[str]) -> str:
    return "\n".join(lines)


def choices(output: str) -> dict[str, str]:
    """The rate buttons offered: answer (level or skip) -> the command the button sends."""
    return {m[3]: m[1] for m in _CHOICE.finditer(output)}


async def answer_all(bot: TestBot, user: str, first: str, *, stop_after: int = 99) -> str:
    """Answer each question with the button for the scripted answer; the last output."""
    out = first
    for _ in range(stop_after):
        offered = choices(out)
        if not offered:
            return out
        competence = next(iter(_CHOICE.finditer(out)))[2]
        out = said(await bot.say(offered[ANSWERS[competence]], user=user, dm=True))
    return out


def seeded_ids() -> set[str]:
    return {entry["id"] for entry in yaml.safe_load(SEED.read_text(encoding="utf-8"))}


def plan_areas(output: str) -> list[str]:
    return re.findall(r"^ *[12]\. (.+?) [–—] ", output, re.MULTILINE)


def tool_ids(output: str) -> list[list[str]]:
    """The tool ids listed under each area of a plan, area by area."""
    parts = re.split(r"^ *[12]\. ", output, flags=re.MULTILINE)[1:]
    return [re.findall(r"• .*\[([a-z0-9-]+)\]", part) for part in parts]


async def test_assessment_resumes_skips_and_changes_and_stays_private(bot: TestBot) -> None:
    # Asked in a room: the room hears only that a direct message went.
    out = said(await bot.say("!cpd assess", user="ana", room="general"))
    room = [line for line in out.splitlines() if line.startswith("[#general]")]
    assert room == ["[#general] vetbot: I've sent you a direct message."]
    (question,) = dm_to(out, "ana")
    assert "Question 1 of 14" in question and "Plan learning at the workplace" in question
    assert set(choices(question)) == {"1", "2", "3", "4", "skip"}

    # Three answers, then a pause; asking again goes on with the fourth.
    await answer_all(bot, "ana", question, stop_after=3)
    again = said(await bot.say("!cpd assess", user="ana", dm=True))
    assert "Question 4 of 14" in again and "Instruct and demonstrate" in again
    status = said(await bot.say("!cpd", user="ana", dm=True))
    assert "Rated: 3 of 14 competences (skipped: 0)" in status
    assert "carry on where you stopped" in status

    last = await answer_all(bot, "ana", again)
    assert "You've answered every question (13 competences rated)" in last
    stored = {
        r["competence_id"]: r["level"] for r in rows(bot.app.settings.database_url, "cpd_ratings")
    }
    assert stored["cooperating-school"] is None and stored["assessing-feedback"] == 1

    # Changing later: an area asks its competences again, showing the answer so far.
    area = said(await bot.say("!cpd assess assessing", user="ana", dm=True))
    assert "Assess progress fairly" in area and "Your answer so far: 1 – Getting started" in area
    assert "!cpd rate assessing-progress 3 assessing" in area
    nxt = said(await bot.say("!cpd rate assessing-progress 3 assessing", user="ana", dm=True))
    assert "Saved: Assess progress fairly — 3 – Confident" in nxt and "Give constructive" in nxt
    one = said(await bot.say("!cpd assess inclusion-climate", user="ana", dm=True))
    assert "!cpd rate inclusion-climate 4 one" in one
    done = said(await bot.say("!cpd rate inclusion-climate 4 one", user="ana", dm=True))
    assert "Saved: Build an inclusive learning climate — 4 – Guiding others" in done
    assert "Question" not in done

    # The reader's own word for skip works too.
    skipped = said(
        await bot.say("!cpd rate guiding-motivate überspringen one", user="ana", dm=True)
    )
    assert "Saved: Support motivation and independence — skipped" in skipped

    # Wrong answers are explained; nothing of it reaches a room.
    bad = said(await bot.say("!cpd rate inclusion-climate 9", user="ana", dm=True))
    assert "answer with a number from 1 to 4, or skip" in bad
    unknown = said(await bot.say("!cpd assess nowhere", user="ana", dm=True))
    assert "Areas: planning, guiding, assessing, cooperating, inclusion, development" in unknown
    plan = said(await bot.say("!cpd plan", user="ana", room="general"))
    assert "[#general] vetbot: I've sent you a direct message." in plan
    assert not any("Inclusion" in line for line in plan.splitlines() if "[#general]" in line)


@pytest.mark.parametrize(
    ("lang", "areas", "mentors", "asked"),
    [
        (
            "de",
            ["Beurteilen und Feedback geben", "Inklusion und Vielfalt der Lernenden"],
            "Eine Mentorin oder ein Mentor mit freiem Platz",
            "Anfrage #1",
        ),
        (
            "fr",
            ["Évaluer et faire des retours", "Inclusion et diversité des apprenants"],
            "Un mentor disponible",
            "Demande n° 1",
        ),
    ],
)
async def test_plan_names_the_weakest_areas_with_tools_and_a_mentor(
    bot: TestBot, lang: str, areas: list[str], mentors: str, asked: str
) -> None:
    assert "Welcome" in said(await bot.say(MIA, user="mia"))
    # A mentor of other topics does not count for these areas.
    other = "!mentor join topics: welding; languages: de, fr; capacity: 2; consent: yes"
    assert "Welcome" in said(await bot.say(other, user="max"))
    await bot.say(f"!language {lang}", user="ana", dm=True)
    first = said(await bot.say("!cpd assess", user="ana", dm=True))
    await answer_all(bot, "ana", first)

    plan = said(await bot.say("!cpd plan", user="ana", dm=True))
    assert plan_areas(plan) == areas
    status = said(await bot.say("!cpd", user="ana", dm=True))
    log = said(await bot.say("!cpd log x; date: 01.01.2026", user="ana", dm=True))
    listed = said(await bot.say("!cpd log list", user="ana", dm=True))
    assert leaks(lang, "\n".join((first, plan, status, log, listed))) == []
    known = seeded_ids()
    per_area = tool_ids(plan)
    assert len(per_area) == 2
    for found in per_area:
        assert found and set(found) <= known
    assert plan.count(mentors) == 2
    assert "mia" not in plan  # how many fit, never who
    assert "!cpd plan accept 1" in plan and "!cpd plan accept 2" in plan

    out = said(await bot.say("!cpd plan accept 1", user="ana", dm=True))
    assert asked in out
    (proposal,) = dm_to(out, "mia")
    assert "assessment" in proposal and "ana" not in proposal
    (request,) = rows(bot.app.settings.database_url, "mentoring_requests")
    languages = request["languages"]
    assert (json.loads(languages) if isinstance(languages, str) else languages) == [lang]
    assert areas[0] in request["need"]
    # The same plan area again is the same request: mentoring refuses the duplicate.
    again = said(await bot.say("!cpd plan accept 1", user="ana", dm=True))
    assert "!match cancel 1" in again
    assert len(rows(bot.app.settings.database_url, "mentoring_requests")) == 1


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.links: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.links.extend(v or "" for k, v in attrs if k == "href")
        self.scripts += tag == "script"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


async def test_log_and_export_hold_only_ones_own_entries(bot: TestBot) -> None:
    await bot.say("!cpd rate assessing-feedback 2", user="ana", dm=True)
    saved = said(
        await bot.say(
            "!cpd log Course on feedback <script>alert(1)</script>; competence: assessing-feedback;"
            " date: 12.11.2026; evidence: https://example.org/cert?a=1&b=2",
            user="ana",
            dm=True,
        )
    )
    assert "Entry #1 is in your learning log" in saved
    await bot.say("!cpd log Peer visit at a bakery; date: 2026-10-01", user="ana", dm=True)
    await bot.say("!cpd log Ben's secret workshop; date: 2026-10-02", user="ben", dm=True)

    bad_date = said(await bot.say("!cpd log Something; date: 31.02.2026", user="ana", dm=True))
    assert "'31.02.2026' is not a date" in bad_date
    bad_link = said(await bot.say("!cpd log Something; evidence: not a link", user="ana", dm=True))
    assert "is not a web address" in bad_link
    bad_comp = said(await bot.say("!cpd log Something; competence: nope", user="ana", dm=True))
    assert "There's no competence 'nope'" in bad_comp

    listed = said(await bot.say("!cpd log list", user="ana", dm=True))
    assert listed.index("Peer visit") < listed.index("Course on feedback")  # by date
    assert "Give constructive feedback" in listed and "Ben" not in listed

    out = said(await bot.say("!cpd export", user="ana", room="general"))
    assert "[#general] vetbot: I've sent you a direct message." in out
    files = {p.suffix: p for p in sent_files(out)}
    assert set(files) == {".md", ".html"}
    html = files[".html"].read_text(encoding="utf-8")
    page = _Page()
    page.feed(html)
    page.close()
    text = "".join(page.text)
    assert page.scripts == 0 and "<script>alert(1)</script>" in text  # shown, never run
    assert "Course on feedback" in text and "Peer visit at a bakery" in text
    assert "Give constructive feedback" in text and "2 – Developing" in text
    assert "https://example.org/cert?a=1&b=2" in page.links
    assert "In-company trainer competences" in text
    assert "Ben" not in html and "secret" not in html
    markdown = files[".md"].read_text(encoding="utf-8")
    assert "Peer visit at a bakery" in markdown and "secret" not in markdown

    # Deleting asks first; confirmed, the entry is gone and the numbers stay.
    asked = said(await bot.say("!cpd log delete 1", user="ana", dm=True))
    assert "[Yes, go ahead: !cpd log delete 1 confirm]" in asked
    assert len(rows(bot.app.settings.database_url, "cpd_log")) == 3
    gone = said(await bot.say("!cpd log delete 1 confirm", user="ana", dm=True))
    assert "Entry #1 is deleted" in gone
    assert "no entry #1" in said(await bot.say("!cpd log delete 1", user="ana", dm=True))
    assert "#2" in said(await bot.say("!cpd log list", user="ana", dm=True))


async def test_ratings_and_log_are_in_mydata_and_erased_by_forgetme(bot: TestBot) -> None:
    await bot.say("!cpd rate assessing-feedback 2", user="ana", dm=True)
    await bot.say("!cpd rate guiding-instruct skip", user="ana", dm=True)
    await bot.say("!cpd log Course; date: 2026-11-01", user="ana", dm=True)
    await bot.say("!cpd log Ben's course", user="ben", dm=True)
    await bot.say("!cpd", user="ana", room="general")  # counts in the room's network
    privacy = said(await bot.say("!privacy", user="ana"))
    assert "Professional development: how you rate yourself" in privacy

    data = exported(said(await bot.say("!mydata", user="ana", dm=True)))["cpd"]
    assert {(r["competence"], r["level"]) for r in data["ratings"]} == {
        ("assessing-feedback", 2),
        ("guiding-instruct", None),
    }
    assert [e["what"] for e in data["learning_log"]] == ["Course"]
    assert data["counted_in_network"] == "default"
    assert data["learning_log"][0]["date"] == "2026-11-01"

    await bot.say("!forgetme confirm", user="ana", dm=True)
    url = bot.app.settings.database_url
    assert rows(url, "cpd_ratings") == [] and rows(url, "cpd_members") == []
    assert [r["what"] for r in rows(url, "cpd_log")] == ["Ben's course"]
    status = said(await bot.say("!cpd", user="ana", dm=True))
    assert "Rated: 0 of 14" in status and "learning log is empty" in status
