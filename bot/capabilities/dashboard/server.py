"""The dashboard's web server: an aiohttp application in the bot's own event loop.

Routes::

    GET  /login?token=…        a page with one button (link previews of chat platforms open
                               links; only the button's POST takes the token)
    POST /login                take the token (once), set the session cookie, go to /
    POST /logout               end the session
    GET  /                     the overview: the reports' figures as charts
    GET  /review               the review queue of the reader's networks
    POST /review/{id}/approve  approve, as ``!tool approve`` does
    POST /review/{id}/reject   reject with a reason, as ``!tool reject`` does
    GET  /prompts              the coming prompts of the reader's networks
    GET  /style.css            the stylesheet

Every page but the sign-in ones needs a session; every request resolves the reader's role and
networks again (:meth:`.access.Access.standing_of`). Every POST must come from the dashboard's
own origin (``Origin``, else ``Referer``), and every POST but the sign-in one must carry the
session's CSRF token.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from aiohttp import web

from bot.capabilities.dashboard.access import Access, Session, SignInRefused
from bot.capabilities.dashboard.html import STYLE, Nav, csrf_field, page
from bot.capabilities.dashboard.views import calendar_body, overview_body, review_body
from bot.capabilities.knowledge.review import ReviewService
from bot.capabilities.prompts.service import PromptService
from bot.capabilities.reports.charts import Charts
from bot.capabilities.reports.service import ReportService
from bot.errors import ConfigError, UserError
from bot.i18n import t
from bot.messages import Msg, render
from bot.readers import choose_language, reader_of_message
from bot.store.people import find_person

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

COOKIE = "vetbot_session"
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
        " frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    # Not "no-referrer": with it, browsers send "Origin: null" on the forms' POSTs.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Dashboard:
    """The web application and, once started, the server it runs on."""

    def __init__(self, runtime: Runtime, access: Access) -> None:
        self.runtime = runtime
        self.access = access
        self.runner: web.AppRunner | None = None
        self.port = 0
        #: What the next review page says, by session (after a change: post, redirect, get).
        self._said: dict[str, str] = {}

    # --- addresses -----------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        """Where people open the dashboard: ``[web] public_url``, else the listening address."""
        web_settings = self.runtime.settings.web
        if web_settings.public_url:
            return web_settings.public_url.rstrip("/")
        host = web_settings.host
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.port or web_settings.port}"

    @property
    def origin(self) -> str:
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}".lower()

    @property
    def secure(self) -> bool:
        return self.base_url.startswith("https://")

    def _prefix_path(self, path: str) -> str:
        """``path`` under the public address's own path (a proxy serving it at ``/vetbot``)."""
        base = urlsplit(self.base_url).path.rstrip("/")
        return f"{base}{path}"

    # --- the server ----------------------------------------------------------------------------
    def application(self) -> web.Application:
        app = web.Application(middlewares=[self._headers], client_max_size=64 * 1024)
        app.add_routes(
            [
                web.get("/login", self.login_page),
                web.post("/login", self.login),
                web.post("/logout", self.logout),
                web.get("/", self.overview),
                web.get("/review", self.review),
                web.post("/review/{entry}/{action:approve|reject}", self.decide),
                web.get("/prompts", self.prompts),
                web.get("/style.css", self.style),
            ]
        )
        return app

    async def start(self) -> None:
        settings = self.runtime.settings.web
        self.runner = web.AppRunner(self.application(), access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, settings.host, settings.port)
        try:
            await site.start()
        except OSError as exc:
            await self.runner.cleanup()
            raise ConfigError(
                f"cannot listen on {settings.listen}: {exc.strerror}", key="web.listen"
            ) from exc
        server = site._server
        sockets = getattr(server, "sockets", None) or ()
        self.port = sockets[0].getsockname()[1] if sockets else settings.port
        log.info("dashboard listening", extra={"host": settings.host, "port": self.port})

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None

    # --- middleware ----------------------------------------------------------------------------
    @web.middleware
    async def _headers(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.method == "POST" and not self._same_origin(request):
            response: web.StreamResponse = self._refused(request, "dashboard.forbidden", 403)
        else:
            try:
                response = await handler(request)
            except web.HTTPException as exc:
                if exc.status == 404:
                    response = self._refused(request, "dashboard.not_found", 404)
                else:
                    raise
        response.headers.update(_SECURITY_HEADERS)
        return response

    def _same_origin(self, request: web.Request) -> bool:
        origin = request.headers.get("Origin")
        if origin is not None:
            return origin.lower() == self.origin
        referer = request.headers.get("Referer")
        if referer:
            parts = urlsplit(referer)
            return f"{parts.scheme}://{parts.netloc}".lower() == self.origin
        return False

    def _address(self, request: web.Request) -> str:
        """The client's address; behind a proxy on this machine, the one it forwarded."""
        peer = request.remote or "?"
        forwarded = request.headers.get("X-Forwarded-For", "")
        if forwarded and peer in ("127.0.0.1", "::1"):
            return forwarded.split(",")[-1].strip() or peer
        return peer

    def _lang(self, request: web.Request) -> str:
        """A language for someone not signed in: the browser's first shipped one."""
        wanted = [
            part.split(";")[0].strip().split("-")[0].lower()
            for part in request.headers.get("Accept-Language", "").split(",")
        ]
        return choose_language(self.runtime.settings, *wanted[:5])

    def _refused(
        self,
        request: web.Request,
        key: str,
        status: int,
        lang: str = "",
        title: str = "dashboard.refused_title",
    ) -> web.Response:
        lang = lang or self._lang(request)
        text = t(key, lang, prefix=self.runtime.settings.bot.prefix)
        css = "notice error" if status >= 400 else "notice"
        body = f'<p class="{css}">{escape(text)}</p>'
        return _html(page(self._nav(lang), t(title, lang), body), status)

    def _nav(self, lang: str, current: str = "", session: Session | None = None) -> Nav:
        root = urlsplit(self.base_url).path.rstrip("/")
        return Nav(lang, current, session.csrf if session is not None else "", root)

    # --- sessions ------------------------------------------------------------------------------
    async def session(self, request: web.Request) -> Session | None:
        """The signed-in coordinator of ``request``, with their role and networks as of now."""
        held = self.access.session_of(request.cookies.get(COOKIE))
        if held is None:
            return None
        person_id, nonce = held
        standing = self.access.standing_of(person_id)
        if standing is None:
            return None
        actor, message = standing
        async with self.runtime.store.session() as db:
            person = await find_person(db, actor.platform, actor.user_id)
        if person is None or person.id != person_id:
            # Forgotten (!forgetme) since: the session ends with the person.
            self.access.forget(person_id)
            return None
        reader = reader_of_message(self.runtime.settings, message, person, self.runtime.networks)
        return Session(
            person_id=person_id,
            nonce=nonce,
            actor=actor,
            lang=reader.lang,
            zone=reader.zone,
            csrf=self.access.csrf(nonce),
        )

    async def _signed_in(self, request: web.Request) -> Session:
        found = await self.session(request)
        if found is None:
            raise _Stop(self._refused(request, "dashboard.no_access", 403))
        return found

    # --- sign-in ---------------------------------------------------------------------------------
    async def login_page(self, request: web.Request) -> web.StreamResponse:
        lang = self._lang(request)
        token = request.query.get("token", "")[:1000]
        body = (
            f"<p>{escape(t('dashboard.signin_text', lang))}</p>"
            f'<form method="post" action="{escape(self._prefix_path("/login"))}">'
            f'<input type="hidden" name="token" value="{escape(token)}">'
            f'<button class="action" type="submit">{escape(t("dashboard.signin_button", lang))}'
            "</button></form>"
        )
        return _html(page(self._nav(lang), t("dashboard.signin_title", lang), body))

    async def login(self, request: web.Request) -> web.StreamResponse:
        form = await request.post()
        token = str(form.get("token", ""))
        try:
            cookie = self.access.redeem(token, self._address(request))
        except SignInRefused as refused:
            log.info("dashboard sign-in refused", extra={"reason": refused.reason})
            status = 429 if refused.reason == "too_many" else 403
            return self._refused(request, f"dashboard.refused_{refused.reason}", status)
        response = web.Response(status=303, headers={"Location": self._prefix_path("/")})
        response.set_cookie(
            COOKIE,
            cookie,
            httponly=True,
            secure=self.secure,
            samesite="Strict",
            path=self._prefix_path("/") or "/",
        )
        return response

    async def logout(self, request: web.Request) -> web.StreamResponse:
        try:
            found = await self._signed_in(request)
            await self._check_csrf(request, found)
        except _Stop as stop:
            return stop.response
        self.access.end(found.nonce)
        self._said.pop(found.nonce, None)
        response = self._refused(
            request, "dashboard.signed_out", 200, found.lang, title="dashboard.sign_out"
        )
        response.del_cookie(COOKIE, path=self._prefix_path("/") or "/")
        return response

    async def _check_csrf(self, request: web.Request, session: Session) -> None:
        form = await request.post()
        if not self.access.csrf_ok(session.nonce, str(form.get("csrf", ""))):
            raise _Stop(self._refused(request, "dashboard.forbidden", 403, session.lang))

    # --- pages -----------------------------------------------------------------------------------
    async def overview(self, request: web.Request) -> web.StreamResponse:
        try:
            found = await self._signed_in(request)
        except _Stop as stop:
            return stop.response
        reports = self.runtime.get(ReportService)
        charts = self.runtime.get(Charts)
        body = await overview_body(reports, charts, found, self.runtime.clock.now().date())
        return _html(
            page(
                Nav(found.lang, "overview", found.csrf),
                t("dashboard.overview_title", found.lang),
                body,
            )
        )

    async def review(
        self, request: web.Request, note: str = "", status: int = 200
    ) -> web.StreamResponse:
        try:
            found = await self._signed_in(request)
        except _Stop as stop:
            return stop.response
        root = urlsplit(self.base_url).path.rstrip("/")
        note = note or self._said.pop(found.nonce, "")
        body = await review_body(self.runtime.get(ReviewService), found, root)
        return _html(
            page(
                self._nav(found.lang, "review", found),
                t("dashboard.review_title", found.lang),
                body,
                status_note=note,
            ),
            status,
        )

    async def decide(self, request: web.Request) -> web.StreamResponse:
        try:
            found = await self._signed_in(request)
            await self._check_csrf(request, found)
        except _Stop as stop:
            return stop.response
        form = await request.post()
        entry_id = request.match_info["entry"]
        action = request.match_info["action"]
        review = self.runtime.get(ReviewService)
        lang = found.lang
        try:
            if action == "approve":
                outcome = await review.approve(found.actor, entry_id)
                note = t(
                    "dashboard.approved",
                    lang,
                    title=outcome.entry.content.title,
                    id=outcome.entry.id,
                )
            else:
                reason = " ".join(str(form.get("reason", "")).split())
                if not reason:
                    raise UserError(t("dashboard.reason_needed", lang))
                outcome = await review.reject(found.actor, entry_id, reason)
                note = t(
                    "dashboard.rejected",
                    lang,
                    title=outcome.entry.content.title,
                    id=outcome.entry.id,
                )
        except UserError as err:
            return await self.review(request, self._error_text(err, found), 409)
        # What the change owes the suggester (the outbox row) goes out now.
        self.runtime.outbox.kick()
        # Post, redirect, get: reloading the page shows it again rather than repeating the change.
        self._said[found.nonce] = note
        return web.Response(status=303, headers={"Location": self._prefix_path("/review")})

    def _error_text(self, err: UserError, session: Session) -> str:
        if not err.key:
            return err.reply_text()
        params = dict(err.params)
        prefix = self.runtime.settings.bot.prefix
        return render(Msg(err.key, params), session.lang, prefix, zone=session.zone)  # type: ignore[arg-type]

    async def prompts(self, request: web.Request) -> web.StreamResponse:
        try:
            found = await self._signed_in(request)
        except _Stop as stop:
            return stop.response
        body = await calendar_body(self.runtime.get(PromptService), found, self.runtime.clock.now())
        return _html(
            page(
                Nav(found.lang, "prompts", found.csrf),
                t("dashboard.prompts_title", found.lang),
                body,
            )
        )

    async def style(self, request: web.Request) -> web.StreamResponse:
        return web.Response(text=STYLE, content_type="text/css")


class _Stop(Exception):
    """Answer with ``response`` instead of the page."""

    def __init__(self, response: web.Response) -> None:
        super().__init__()
        self.response = response


def _html(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


__all__ = ["COOKIE", "Dashboard", "csrf_field"]
