"""``vetbot match run``: a batch run from the command line.

::

    vetbot match run     match all open requests at once; the running bot sends the proposals

The command gets :class:`~.batch.BatchService` from the command line's wiring
(:class:`bot.capabilities.Services`); it never builds the bot itself. It only writes the
proposals and their messages (outbox); the running bot delivers them. The run goes to the
audit log as done by ``vetbot``. The report is in ``[bot] language``.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bot.capabilities.mentoring.model import Actor

if TYPE_CHECKING:
    from bot.capabilities import Services
    from bot.settings import Settings

#: Who the audit log names for a run from the command line.
CLI_ACTOR = Actor(platform="cli", actor_id="vetbot", role="admin")


def fill(match: argparse.ArgumentParser) -> None:
    """``vetbot match run``, run with the CLI's services."""
    sub = match.add_subparsers(dest="match_command", metavar="ACTION", required=True)
    run = sub.add_parser(
        "run", help="match all open requests at once (optimal); the running bot sends the proposals"
    )
    run.set_defaults(with_services=run_command)


async def run_command(settings: Settings, args: argparse.Namespace, services: Services) -> int:
    """Run the batch, print what it did."""
    # Here, not at the top: ``vetbot --help`` need not load the matching code (SciPy).
    from bot.capabilities.mentoring.batch import BatchService
    from bot.capabilities.mentoring.deadlines import SWEEP_MINUTES
    from bot.capabilities.mentoring.render import cli_run_text

    async with services.open(BatchService) as batch:
        result = await batch.run_batch(actor=CLI_ACTOR)
    print(cli_run_text(result, settings.bot.language, minutes=SWEEP_MINUTES))
    return 0
