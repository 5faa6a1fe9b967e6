"""``vetbot cpd framework import|list`` and ``vetbot cpd aggregates``: competence frameworks
and the networks' figures from the command line.

::

    vetbot cpd framework import FILE [--dry-run]   a .yaml, .yml or .json framework
    vetbot cpd framework list
    vetbot cpd aggregates [--network ID] [--format md|csv|json] [--out FILE]

The file is read and checked before the store is opened (a file over 1 MB is refused before
it is read); a framework with any problem is reported (where, field, problem) and nothing is
stored. ``aggregates`` counts the self-assessments of every network (or one) per network,
country and area, groups of fewer than ``[surveys] min_group`` people written ``<5``
(:mod:`.aggregates`). Texts in ``[bot] language``. Exit codes: 0 done, 1 the file has a
problem or there is no framework.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.capabilities.cpd import aggregates
from bot.capabilities.cpd.frameworks import (
    FrameworkFileError,
    Problem,
    parse,
    read_file,
    text_in,
)
from bot.capabilities.cpd.render import file_error_text, problem_text
from bot.capabilities.cpd.service import CpdService, ImportOutcome
from bot.errors import NotFound
from bot.i18n import t
from bot.private_files import private_file

if TYPE_CHECKING:
    from bot.capabilities import Services
    from bot.settings import Settings


def fill(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="cpd_command", metavar="ACTION", required=True)
    framework = sub.add_parser("framework", help="competence frameworks: import, list")
    fsub = framework.add_subparsers(dest="framework_command", metavar="ACTION", required=True)
    imp = fsub.add_parser("import", help="import a framework from a .yaml or .json file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check and report; change nothing")
    imp.set_defaults(with_services=import_command)
    lst = fsub.add_parser("list", help="the frameworks stored")
    lst.set_defaults(with_services=list_command)
    agg = sub.add_parser(
        "aggregates", help="self-assessments per network, country and area (small groups hidden)"
    )
    agg.add_argument("--network", help="only this network (default: every one)")
    agg.add_argument("--format", choices=("md", "csv", "json"), default="md")
    agg.add_argument("--out", type=Path, help="write to this file (default: print)")
    agg.set_defaults(with_services=aggregates_command)


async def aggregates_command(
    settings: Settings, args: argparse.Namespace, services: Services
) -> int:
    """Print (or write) the self-assessments counted per network, country and area."""
    lang = settings.bot.language
    only = frozenset({args.network}) if args.network else None
    try:
        async with services.open(CpdService) as service:
            framework, found = await service.aggregates(only)
    except NotFound as err:
        said = t(err.key, lang, **err.params) if err.key else err.message
        print(f"vetbot: {said}", file=sys.stderr)
        return 1
    text = aggregates.render(found, framework, args.format, lang)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    private_file(args.out)  # the networks' figures: owner-only, as every export
    args.out.write_text(text, encoding="utf-8")
    print(t("cpd.cli_written", lang, path=str(args.out)))
    return 0


async def import_command(settings: Settings, args: argparse.Namespace, services: Services) -> int:
    lang = settings.bot.language
    try:
        data = read_file(args.file)
    except FrameworkFileError as err:
        print(f"vetbot: {file_error_text(err, lang)}", file=sys.stderr)
        return 1
    _, problems = parse(data)
    if problems:  # refused before the store is opened
        print(report_text(_refused(data, problems, args.dry_run), lang))
        return 1
    async with services.open(CpdService) as service:
        outcome = await service.import_data(data, dry_run=args.dry_run)
    print(report_text(outcome, lang))
    return 1 if outcome.problems else 0


def _refused(data: object, problems: Sequence[Problem], dry_run: bool) -> ImportOutcome:
    fid = data.get("id") if isinstance(data, dict) else None
    return ImportOutcome(
        framework_id=str(fid or ""),
        replaced=False,
        competences=0,
        dropped_ratings=0,
        problems=tuple(problems),
        dry_run=dry_run,
    )


async def list_command(settings: Settings, args: argparse.Namespace, services: Services) -> int:
    lang = settings.bot.language
    async with services.open(CpdService) as service:
        found = await service.frameworks()
    if not found:
        print(t("cpd.cli_none", lang))
    for framework in found:
        count = sum(1 for _ in framework.competences())
        print(
            f"{framework.id:<28}  v{framework.version:<3}  "
            + t("cpd.cli_counts", lang, areas=len(framework.areas), competences=count)
            + f"  {text_in(framework.name, lang)}"
        )
    return 0


def report_text(outcome: ImportOutcome, lang: str) -> str:
    """What an import did, or the problems that stopped it (``where  field  problem``)."""
    if outcome.problems:
        lines = [t("cpd.cli_refused", lang, count=len(outcome.problems))]
        for p in outcome.problems:
            lines.append(f"{p.where or '-':<28}  {p.field or '-':<14}  {problem_text(p, lang)}")
        return "\n".join(lines)
    key = "cpd.cli_dry_run" if outcome.dry_run else "cpd.cli_imported"
    return t(
        key,
        lang,
        id=outcome.framework_id,
        competences=outcome.competences,
        replaced="yes" if outcome.replaced else "no",
        dropped=outcome.dropped_ratings,
    )
