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

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from bot.capabilities.reports.charts import Charts
    from bot.capabilities.reports.service import ReportService
    from bot.lazy import Handler
    from bot.runtime import Runtime

#: The services, by the import path of their class (built when first asked for).
SERVICE: Final = "bot.capabilities.reports.service.ReportService"
CHARTS: Final = "bot.capabilities.reports.charts.Charts"


def setup(runtime: Runtime) -> None:
    """Provide the service and register ``!report`` (coordinators); the service and the
    command's code are imported when first needed (they read every capability's tables)."""
    from bot.commands import Command
    from bot.lazy import Later
    from bot.permissions import Role

    def build() -> ReportService:
        from bot.capabilities.reports.service import ReportService

        return ReportService(runtime.store, runtime.clock, runtime.networks)

    def build_charts() -> Charts:
        from bot.capabilities.reports.charts import Charts

        return Charts(runtime.store, runtime.clock, runtime.networks)

    runtime.provide_later(SERVICE, build)
    # One for the process: it keeps the months' figures it read (the dashboard's overview).
    runtime.provide_later(CHARTS, build_charts)

    async def load() -> Handler:
        from bot.capabilities.reports.chat import ReportChat
        from bot.capabilities.reports.service import ReportService

        return ReportChat(runtime.get(ReportService)).report

    runtime.registry.add(
        Command(
            name="report",
            summary=(
                "Your networks' figures for a month: a summary here, the whole report as a file"
                " by direct message."
            ),
            usage="[YYYY-MM]",
            handler=Later(load),
            role=Role.COORDINATOR,
            personal=True,
        )
    )
