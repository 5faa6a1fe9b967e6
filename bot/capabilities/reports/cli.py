"""``vetbot report``: the coordinators' report from the command line.

::

    vetbot report [--network ID] [--from YYYY-MM-DD --to YYYY-MM-DD | --month YYYY-MM]
                  [--format md|csv|json|html] [--out FILE]

Without a period: the current month (UTC); without ``--network``: every network the bot
serves and the default one. Bad dates, a half-given range or an unknown network are refused
with exit code 2 and a message in ``[bot] language``, before anything is written.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import UserError
from bot.i18n import t

if TYPE_CHECKING:
    from bot.capabilities import Services
    from bot.capabilities.reports.model import Period
    from bot.settings import Settings

_FORMATS = ("md", "csv", "json", "html")


def fill(report: argparse.ArgumentParser) -> None:
    report.add_argument("--network", metavar="ID", help="one network (default: every one)")
    report.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="the first day")
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="the last day")
    report.add_argument("--month", metavar="YYYY-MM", help="a whole month (default: this one)")
    report.add_argument("--format", choices=_FORMATS, default="md", help="default: md")
    report.add_argument("--out", metavar="FILE", help="write to FILE (default: standard output)")
    report.set_defaults(with_services=report_command)


def _refused(err: UserError, lang: str) -> int:
    print(f"vetbot: {t(err.key, lang, **err.params) if err.key else err}", file=sys.stderr)
    return 2


def _period(args: argparse.Namespace) -> Period | None:
    """The period asked for (``None``: the current month, known once the clock is)."""
    from bot.capabilities.reports.model import Period

    if args.month is not None and (args.start is not None or args.end is not None):
        raise UserError.keyed("reports.cli_month_or_range")
    if (args.start is None) != (args.end is None):
        raise UserError.keyed("reports.cli_from_and_to")
    if args.month is not None:
        return Period.month(args.month)
    if args.start is not None:
        return Period.between(args.start, args.end)
    return None


async def report_command(settings: Settings, args: argparse.Namespace, services: Services) -> int:
    from bot.capabilities.reports.model import Period
    from bot.capabilities.reports.render import WRITERS
    from bot.capabilities.reports.service import ReportService
    from bot.networks import EVERY

    lang = settings.bot.language
    try:
        period = _period(args)
    except UserError as err:
        return _refused(err, lang)
    async with services.open(ReportService) as service:
        try:
            networks = service.chosen(EVERY, args.network)
        except UserError as err:
            return _refused(err, lang)
        report = await service.report(
            period or Period.of_month(service.clock.now().date()), networks
        )
    text = WRITERS[args.format](report)
    if args.out:
        try:
            await asyncio.to_thread(Path(args.out).write_text, text, encoding="utf-8")
        except OSError as exc:
            problem = exc.strerror or str(exc)
            print(
                f"vetbot: {t('reports.cli_cannot_write', lang, path=args.out, problem=problem)}",
                file=sys.stderr,
            )
            return 2
    else:
        sys.stdout.write(text)
    return 0
