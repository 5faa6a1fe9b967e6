"""The coordinators' dashboard: their networks' figures as charts, the review queue and the
prompt calendar in a browser, served by the running bot (``[web] listen``).

``!dashboard`` (coordinators) sends a one-time sign-in link by direct message. The web server
(aiohttp, :mod:`.server`) is imported and started only when ``[web] listen`` is set, and only
in a running bot (``vetbot run``), beside the platforms, in the same event loop.

::

    access   sign-in links, sessions, CSRF, the reader's role and networks on every request
    views    what each page shows, read through the reports, knowledge and prompts services
    html     the layout, SVG bar charts with their tables, forms
    server   the aiohttp application and its routes
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.capabilities.dashboard.access import LINK_MINUTES, Access

if TYPE_CHECKING:
    from bot.actions import Action
    from bot.capabilities.dashboard.server import Dashboard
    from bot.context import Context
    from bot.events import Message
    from bot.runtime import Runtime


class DashboardChat:
    """``!dashboard``: a sign-in link by direct message."""

    def __init__(self, runtime: Runtime, access: Access) -> None:
        self.runtime = runtime
        self.access = access
        self.server: Dashboard | None = None

    async def dashboard(self, ctx: Context) -> None:
        if self.server is None:
            # Links and sessions live in the memory of the process that serves the pages: a
            # process that does not (one-shot runs, no [web] listen) has no link to give.
            ctx.reply(ctx.t("dashboard.off"))
            return
        person = await ctx.person(create=True)
        assert person is not None
        token = self.access.issue(person.id, ctx.message)
        url = f"{self.server.base_url}/login?token={token}"
        ctx.dm(ctx.t("dashboard.link", url=url, minutes=LINK_MINUTES))
        if not ctx.message.is_direct:
            ctx.reply(ctx.t("dashboard.link_sent"))

    async def serve(self) -> Dashboard:
        """Start the web server (``[web] listen``) in this event loop."""
        # aiohttp (and the pages) only in a bot that serves the dashboard.
        from bot.capabilities.dashboard.server import Dashboard

        self.server = Dashboard(self.runtime, self.access)
        await self.server.start()
        return self.server

    async def close(self) -> None:
        if self.server is not None:
            await self.server.stop()
            self.server = None

    async def seen(self, message: Message) -> list[Action]:
        self.access.seen(message)
        return []


def setup(runtime: Runtime) -> None:
    """Register ``!dashboard`` (coordinators); start the web server with a running bot when
    ``[web] listen`` is set."""
    from bot.commands import Command
    from bot.permissions import Role

    access = runtime.provide(Access(runtime, runtime.clock))
    chat = runtime.provide(DashboardChat(runtime, access))
    runtime.listen(chat.seen)
    runtime.registry.add(
        Command(
            name="dashboard",
            summary=(
                "Your networks' dashboard in a browser: a one-time sign-in link by direct message."
            ),
            handler=chat.dashboard,
            role=Role.COORDINATOR,
            personal=True,
        )
    )
    if not runtime.settings.web.enabled or not runtime.interactive:
        return

    async def start() -> None:
        await chat.serve()

    runtime.on_start("dashboard", start)
    runtime.on_stop("dashboard", chat.close)
