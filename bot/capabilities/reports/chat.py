"""``!report [YYYY-MM]``: a coordinator's report of their networks — a short summary in chat,
the whole report as a CSV file by direct message."""

from __future__ import annotations

from bot.capabilities.reports.model import Period
from bot.capabilities.reports.render import as_file, summary_text
from bot.capabilities.reports.service import ReportService
from bot.context import Context


class ReportChat:
    def __init__(self, service: ReportService) -> None:
        self.service = service

    async def report(self, ctx: Context) -> None:
        words = ctx.args
        if len(words) > 1:
            raise ctx.usage_error("reports.usage")
        period = Period.month(words[0]) if words else Period.of_month(ctx.now.date())
        report = await self.service.report(period, self.service.chosen(ctx.scope))
        # A file, not a message: the full report is long and meant for a spreadsheet.
        ctx.dm(ctx.t("reports.file_intro", period=period.label), attachment=as_file(report))
        ctx.reply(summary_text(report, ctx.lang))
