"""Every schedule text the code asks for exists in the English catalog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.i18n import has_key

SOURCES = sorted((Path(__file__).parents[2] / "bot/capabilities/prompts").glob("*.py"))
ERROR_NAMES = sorted(
    {
        name
        for path in SOURCES
        for name in re.findall(r'schedule_error\(\s*"(\w+)"', path.read_text())
    }
    | {"ends_before_first", "never_fires"}  # chosen by a conditional expression
)
DESCRIBE_FORMS = [
    "at", "cron", "day", "day_n", "week", "week_n", "workdays", "weekly", "weekly_n",
    "monthly", "monthly_n", "monthly_last", "monthly_last_n",
    "zone", "counting_from", "start", "end", "list_and",
]  # fmt: skip


def test_the_sources_were_found() -> None:
    assert len(ERROR_NAMES) > 20


@pytest.mark.parametrize("name", ERROR_NAMES)
def test_each_error_has_a_message_and_a_hint(name: str) -> None:
    assert has_key(f"prompts_schedule.error.{name}.message")
    assert has_key(f"prompts_schedule.error.{name}.hint")


@pytest.mark.parametrize("form", DESCRIBE_FORMS)
def test_each_description_form_exists(form: str) -> None:
    assert has_key(f"prompts_schedule.describe.{form}")


@pytest.mark.parametrize("day", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
def test_each_weekday_has_a_name(day: str) -> None:
    assert has_key(f"prompts_schedule.weekday.{day}")
