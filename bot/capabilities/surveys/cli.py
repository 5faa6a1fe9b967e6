"""``vetbot survey export ID --format csv|json [--out FILE]``: a survey's results for a report.

The command gets :class:`~.service.SurveyService` from the command line's wiring
(:class:`bot.capabilities.Services`); it never builds the bot itself. The export hides what
results hide: a group of fewer than ``[surveys] min_group`` people is written ``<5`` (the
threshold), and only free texts their writers agreed to share appear, never with a name.
CSV rows are ``question, option, count``; a question's own row (option ``(answers)``) holds
how many answered it; a count withheld so that a hidden one cannot be worked out from the
total is written ``hidden``. Exit codes: 0 done, 1 no such survey, 2 a bad argument.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.capabilities.surveys.model import Count, Results
from bot.i18n import t

if TYPE_CHECKING:
    from bot.capabilities import Services
    from bot.settings import Settings

#: The option column of a question's own row: how many answered it.
ANSWERS = "(answers)"
#: The option column of the survey's row: how many people answered it.
RESPONDENTS = "(respondents)"


def fill(parser: argparse.ArgumentParser) -> None:
    """``vetbot survey export``, run with the CLI's services."""
    sub = parser.add_subparsers(dest="survey_command", metavar="ACTION", required=True)
    export = sub.add_parser("export", help="a survey's results (small groups hidden)")
    export.add_argument("id", help="the survey's number")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--out", type=Path, help="write to this file (default: print)")
    export.set_defaults(with_services=export_command)


#: A count withheld so that a hidden one cannot be worked out from the total.
WITHHELD = "hidden"


def _hidden(count: int | None, min_group: int) -> int | str:
    return f"<{min_group}" if count is None else count


def _cell(count: Count, min_group: int) -> int | str:
    return WITHHELD if count.withheld else _hidden(count.count, min_group)


def as_rows(results: Results) -> list[list[Any]]:
    """The results as ``question, option, count`` rows (a header first)."""
    hidden = results.min_group
    rows: list[list[Any]] = [["question", "option", "count"]]
    rows.append(["", RESPONDENTS, _hidden(results.respondents, hidden)])
    for q in results.questions:
        name = f"{q.number}. {q.question.text}"
        rows.append([name, ANSWERS, _hidden(q.answers, hidden)])
        rows.extend([name, c.label, _cell(c, hidden)] for c in q.counts)
        rows.extend([name, text, ""] for text in q.shared)
    return rows


def as_data(results: Results) -> dict[str, Any]:
    """The results as JSON-ready data, hidden groups written ``<5``."""
    hidden = results.min_group
    return {
        "survey": results.survey_id,
        "title": results.title,
        "status": results.status,
        "min_group": hidden,
        "respondents": _hidden(results.respondents, hidden),
        "questions": [
            {
                "number": q.number,
                "question": q.question.text,
                "kind": q.question.kind,
                "answers": _hidden(q.answers, hidden),
                "counts": [{"option": c.label, "count": _cell(c, hidden)} for c in q.counts],
                **({"average": q.average} if q.average is not None else {}),
                **({"shared": list(q.shared)} if q.question.kind == "text" else {}),
            }
            for q in results.questions
        ],
    }


def render(results: Results, kind: str) -> str:
    if kind == "json":
        return json.dumps(as_data(results), ensure_ascii=False, indent=2) + "\n"
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(as_rows(results))
    return out.getvalue()


async def export_command(settings: Settings, args: argparse.Namespace, services: Services) -> int:
    """Print (or write) one survey's results."""
    from bot.capabilities.surveys.service import SurveyService
    from bot.errors import NotFound

    lang = settings.bot.language
    word = str(args.id).lstrip("#")
    if not (word.isascii() and word.isdigit() and len(word) <= 12):
        print(f"vetbot: {t('surveys.cli_bad_id', lang, id=word[:20])}", file=sys.stderr)
        return 2
    try:
        async with services.open(SurveyService) as service:
            results = await service.results(int(word), None)
    except NotFound:
        print(f"vetbot: {t('surveys.error.unknown', lang, id=int(word))}", file=sys.stderr)
        return 1
    text = render(results, args.format)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    from bot.private_files import private_file

    private_file(args.out)  # results are the network's: owner-only, as every export
    args.out.write_text(text, encoding="utf-8")
    print(t("surveys.cli_written", lang, id=results.survey_id, path=str(args.out)))
    return 0
