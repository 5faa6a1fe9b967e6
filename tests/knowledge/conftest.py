"""Fixtures for knowledge tests: a small, purpose-built collection and bots that hold it."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.capabilities.knowledge.service import KnowledgeService
from knowledge.io import RawRow
from tests.botkit import FakeClock, TestBot, make_settings

# Each entry is here for a test: typos (apprenticeship toolkit), accents (évaluation), word
# order (quality framework), filters (types, sectors, target groups, countries), language and
# country preference (two editions of one title), paging (twelve onboarding parts).
ENTRIES: list[dict[str, Any]] = [
    {
        "id": "apprenticeship-toolkit",
        "title": "Apprenticeship Toolkit",
        "summary": "Templates and checklists to plan an apprenticeship in a small company.",
        "url": "https://example.org/apprenticeship-toolkit",
        "type": "toolkit",
        "languages": ["en"],
        "countries": ["EU"],
        "sectors": ["construction"],
        "target_groups": ["in-company trainer"],
        "topics": ["apprenticeships"],
    },
    {
        "id": "evaluation-formations",
        "title": "Évaluation des formations en entreprise",
        "summary": "Grille d'évaluation pour les tuteurs et formateurs.",
        "url": "https://example.fr/evaluation",
        "type": "checklist",
        "languages": ["fr"],
        "countries": ["FR"],
        "target_groups": ["tutor"],
        "topics": ["evaluation"],
    },
    {
        "id": "quality-wbl",
        "title": "Quality framework for work-based learning",
        "summary": "Criteria for good workplace learning.",
        "url": "https://example.org/quality-wbl",
        "type": "framework",
        "languages": ["en", "de"],
        "countries": ["EU"],
        "target_groups": ["coordinator", "VET teacher"],
        "topics": ["quality assurance"],
    },
    {
        "id": "safety-induction",
        "title": "Safety induction template for construction sites",
        "summary": "A first-day safety briefing to adapt.",
        "url": "https://example.org/safety-induction",
        "type": "template",
        "languages": ["en"],
        "countries": ["IE"],
        "sectors": ["construction"],
        "target_groups": ["in-company trainer"],
        "topics": ["health and safety"],
    },
    {
        "id": "mentoring-guide-en",
        "title": "Workplace mentoring guide",
        "summary": "How to mentor apprentices at work.",
        "url": "https://example.org/mentoring-en",
        "type": "guide",
        "languages": ["en"],
        "countries": ["IE"],
        "target_groups": ["mentor"],
        "topics": ["mentoring"],
    },
    {
        "id": "mentoring-guide-de",
        "title": "Workplace mentoring guide",
        "summary": "Wie man Auszubildende im Betrieb begleitet.",
        "url": "https://example.de/mentoring",
        "type": "guide",
        "languages": ["de"],
        "countries": ["AT"],
        "target_groups": ["mentor"],
        "topics": ["mentoring"],
    },
] + [
    {
        "id": f"onboarding-{n:02d}",
        "title": f"Onboarding new apprentices part {n}",
        "summary": "Part of a series on the first weeks.",
        "url": f"https://example.org/onboarding/{n}",
        "type": "course",
        "languages": ["en"],
        "countries": ["EU"],
    }
    for n in range(1, 13)
]

RESULT_LINE = re.compile(r"^\s*\d+\. .* \[([a-z0-9-]+)\](?: — \S+)?$")


def result_ids(lines: list[str]) -> list[str]:
    """The entry ids of a result list, in the order shown."""
    ids: list[str] = []
    for block in lines:
        for line in block.splitlines():
            found = RESULT_LINE.match(line)
            if found:
                ids.append(found.group(1))
    return ids


def service_of(bot: TestBot) -> KnowledgeService:
    return bot.app.runtime.get(KnowledgeService)


async def load_entries(bot: TestBot, entries: list[dict[str, Any]] | None = None) -> None:
    rows = [RawRow(row=i, fields=e) for i, e in enumerate(entries or ENTRIES, start=1)]
    report = await service_of(bot).import_rows(rows)
    assert not report.problems, report.problem_table()


async def start_bot(
    tmp_path: Path, clock: FakeClock, db_url: str | None = None, **sections: dict[str, Any]
) -> TestBot:
    """A started bot without seed and with a rate limit tests do not hit."""
    sections.setdefault("knowledge", {"seed": False})
    sections.setdefault("limits", {"commands_per_window": 10_000})
    testbot = TestBot(make_settings(tmp_path, db_url, **sections), clock)
    await testbot.start()
    return testbot


@pytest.fixture
async def kbot(tmp_path: Path, clock: FakeClock) -> AsyncIterator[TestBot]:
    """A bot on SQLite holding :data:`ENTRIES`."""
    testbot = await start_bot(tmp_path, clock)
    await load_entries(testbot)
    yield testbot
    await testbot.stop()


@pytest.fixture
async def dbbot(tmp_path: Path, clock: FakeClock, db_url: str) -> AsyncIterator[TestBot]:
    """A bot holding :data:`ENTRIES`, on SQLite and on PostgreSQL."""
    testbot = await start_bot(tmp_path, clock, db_url)
    await load_entries(testbot)
    yield testbot
    await testbot.stop()
