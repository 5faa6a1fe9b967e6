"""``vetbot knowledge search|import|export``: the knowledge store from the command line.

::

    vetbot knowledge search "QUERY" [--limit N] [--lang xx] [--country XX] [--json]
    vetbot knowledge import FILE [--dry-run]
    vetbot knowledge export FILE

The subcommands get :class:`~.service.KnowledgeService` from the command line's wiring
(:class:`bot.capabilities.Services`); they never build the bot themselves. Arguments and
files are checked before the store is opened, so a typo never migrates or seeds a database.
Texts come from the ``knowledge.cli_*`` catalog entries in ``[bot] language``. Exit codes:
0 done, 1 the file or a row of it has a problem, 2 a bad argument.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.capabilities.knowledge.render import file_error_text, problem_text
from bot.capabilities.knowledge.service import KnowledgeService
from bot.i18n import t
from knowledge.codes import COUNTRIES, LANGUAGES
from knowledge.engine import Filters
from knowledge.errors import ImportFileError
from knowledge.io import ImportReport, file_format, read_file

if TYPE_CHECKING:
    from bot.capabilities import Services
    from bot.settings import Settings


class ProgressBar:
    """A one-line progress bar on ``stream``, drawn only when it is a terminal.

    Call it with ``(done, total)``; :meth:`close` ends the line. On a pipe or in a log file
    it prints nothing, so scripts and CI see only the final report.
    """

    def __init__(self, stream: TextIO | None = None, *, label: str = "importing") -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.label = label
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = min(width, width * done // total)
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total}")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def fill(parser: argparse.ArgumentParser) -> None:
    """``vetbot knowledge search|import|export``, each run with the CLI's services."""
    sub = parser.add_subparsers(dest="knowledge_command", metavar="ACTION", required=True)
    search = sub.add_parser("search", help="search the knowledge store as !tool does")
    search.add_argument("query")
    search.add_argument(
        "--limit", type=int, default=10, help="how many results (1-100, default 10)"
    )
    search.add_argument("--lang", help="only entries in this language (ISO 639-1)")
    search.add_argument("--country", help="only entries for this country (ISO 3166-1 or EU)")
    search.add_argument("--json", action="store_true", help="print one JSON array, best first")
    search.set_defaults(with_services=search_command)
    imp = sub.add_parser("import", help="import entries from a .csv, .json or .yaml file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="validate and report; change nothing")
    imp.set_defaults(with_services=import_command)
    exp = sub.add_parser("export", help="write published entries to a .csv, .json or .yaml file")
    exp.add_argument("file", type=Path)
    exp.set_defaults(with_services=export_command)


def _fail(text: str, code: int) -> int:
    print(f"vetbot: {text}", file=sys.stderr)
    return code


async def search_command(settings: Settings, args: argparse.Namespace, services: Services) -> int:
    """Print the ranked entries for a query, as lines or as one JSON array."""
    lang_of = settings.bot.language
    lang = (args.lang or "").strip().lower() or None
    country = (args.country or "").strip().upper() or None
    if lang is not None and lang not in LANGUAGES:
        return _fail(t("knowledge.cli_bad_lang", lang_of, value=lang), 2)
    if country is not None and country not in COUNTRIES:
        return _fail(t("knowledge.cli_bad_country", lang_of, value=country), 2)
    limit = max(1, min(100, args.limit))
    async with services.open(KnowledgeService) as service:
        page = await service.search(
            args.query,
            filters=Filters(lang=lang, country=country),
            prefer_lang=lang or settings.bot.language or None,
            prefer_country=country or settings.bot.country.upper() or None,
            limit=limit,
        )
    if args.json:
        out = [
            {
                "id": f.entry.id,
                "title": f.entry.content.title,
                "url": f.entry.content.url,
                "score": f.score,
                "type": f.entry.content.type,
                "languages": list(f.entry.content.languages),
                "summary": f.entry.content.summary,
            }
            for f in page.items
        ]
        print(json.dumps(out, ensure_ascii=False))
        return 0
    if not page.items:
        if page.suggestions:
            options = ", ".join(page.suggestions)
            print(t("knowledge.cli_nothing_did_you_mean", lang_of, options=options))
        else:
            print(t("knowledge.cli_nothing", lang_of))
        return 0
    for f in page.items:
        print(f"{f.score:6.1f}  {f.entry.id:<28}  {f.entry.content.title}  {f.entry.content.url}")
    return 0


async def import_command(settings: Settings, args: argparse.Namespace, services: Services) -> int:
    """Import a file and print the report; exit 1 when a row (or the file) has a problem."""
    lang = settings.bot.language
    try:
        rows = read_file(args.file)  # an unreadable file fails before the store is opened
    except ImportFileError as err:
        return _fail(file_error_text(err, lang), 1)
    bar = ProgressBar(sys.stderr, label=t("knowledge.cli_importing", lang))
    async with services.open(KnowledgeService) as service:
        try:
            report = await service.import_rows(rows, dry_run=args.dry_run, progress=bar)
        finally:
            bar.close()
    print(report_text(report, lang))
    return 1 if report.problems else 0


async def export_command(settings: Settings, args: argparse.Namespace, services: Services) -> int:
    """Write the published entries to a file in the format its extension names."""
    lang = settings.bot.language
    try:
        file_format(args.file)  # refuse an unknown extension before opening the store
        async with services.open(KnowledgeService) as service:
            count = await service.export_file(args.file)
    except ImportFileError as err:
        return _fail(file_error_text(err, lang), 1)
    print(t("knowledge.cli_exported", lang, count=count, path=args.file))
    return 0


def report_text(report: ImportReport, lang: str) -> str:
    """What an import did (or would do), then one line per problem: ``row  field  problem``."""
    counts = {
        "rows": report.rows,
        "created": len(report.created),
        "updated": len(report.updated),
        "unchanged": report.unchanged,
        "skipped": report.skipped,
    }
    key = "knowledge.cli_import_dry_run" if report.dry_run else "knowledge.cli_import_done"
    lines = [t(key, lang, **counts)]
    if report.problems:
        lines.append(t("knowledge.cli_problems_head", lang))
        for p in sorted(report.problems, key=lambda p: (p.row, p.field)):
            lines.append(f"{p.row:>6}  {p.field:<14}  {problem_text(p, lang)}")
    return "\n".join(lines)
