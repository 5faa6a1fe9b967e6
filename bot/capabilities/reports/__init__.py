"""Reports for coordinators: per network and period, what happened in prompts, mentoring and
the knowledge store, as numbers only (``!report``, ``vetbot report``).

It reads the other capabilities' tables (read-only, aggregate queries) and keeps nothing of
its own: the counts it needs that nothing else kept (lookups asked per day) are recorded by
the knowledge capability (migration ``0011``).

::

    model     the period, figures and the fewer-than-5 rule
    queries   the aggregate queries, one per kind of figure
    service   the report for a period and networks
    charts    the dashboard's few figures over months, finished months kept in memory
    render    CSV, JSON, Markdown, HTML; the summary in chat
    chat      !report [YYYY-MM]
    cli       vetbot report
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.runtime import Runtime


def setup(runtime: Runtime) -> None:
    """Provide the service and register ``!report`` (coordinators)."""
    from bot.capabilities.reports.charts import Charts
    from bot.capabilities.reports.chat import ReportChat
    from bot.capabilities.reports.service import ReportService
    from bot.commands import Command
    from bot.permissions import Role

    service = runtime.provide(ReportService(runtime.store, runtime.clock, runtime.networks))
    runtime.provide(Charts(runtime.store, runtime.clock, runtime.networks))
    chat = ReportChat(service)
    runtime.registry.add(
        Command(
            name="report",
            summary=(
                "Your networks' figures for a month: a summary here, the whole report as a file"
                " by direct message."
            ),
            usage="[YYYY-MM]",
            handler=chat.report,
            role=Role.COORDINATOR,
            personal=True,
        )
    )
