"""The dashboard in a real headless Chromium (Debian's ``chromium`` and ``chromium-driver``,
installed by ``scripts/browser.sh``; Selenium drives it): signing in through the link, the
charts drawn, a suggestion approved with the page's own form; and what the browser is
refused: a used or an expired link, another network's suggestion, a forged cookie, another
site's page posting the approve form. Screenshots of the pages are saved in the test's
temporary folder (``.pytest-tmp/…/screenshots``).

Selenium blocks, and the bot serves the pages in this test's event loop, so every browser
step runs in a thread."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from html import escape
from pathlib import Path
from typing import Any, TypeVar

import pytest
from aiohttp import web

from bot.capabilities.dashboard import DashboardChat
from bot.capabilities.dashboard.access import Signer
from bot.capabilities.dashboard.server import COOKIE
from tests.dashboard.kit import audit, build_scenario, link_for, status_of
from tests.reports.scenario import Scenario

T = TypeVar("T")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="no chromium/chromedriver on this machine (scripts/browser.sh installs them as root)",
)


#: The page's visible text, read in one step (no element kept between two calls).
_PAGE_TEXT = "return document.body ? document.body.innerText : ''"


class Chromium:
    """A headless Chromium, each call run in a thread."""

    def __init__(self, shots: Path) -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        options = webdriver.ChromeOptions()
        assert CHROMIUM is not None and DRIVER is not None
        options.binary_location = CHROMIUM
        for flag in (
            "--headless=new",
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--window-size=412,915",  # a phone's screen
            "--lang=en",
        ):
            options.add_argument(flag)
        self.driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
        self.driver.set_page_load_timeout(30)
        self.shots = shots
        shots.mkdir(parents=True, exist_ok=True)

    async def run(self, step: Callable[..., T], *args: Any) -> T:
        return await asyncio.to_thread(step, *args)

    async def open(self, url: str) -> None:
        await self.run(self.driver.get, url)

    async def click(self, css: str) -> None:
        from selenium.webdriver.common.by import By

        element = await self.run(self.driver.find_element, By.CSS_SELECTOR, css)
        await self.run(element.click)

    async def until(self, text: str) -> str:
        """The page's text once it holds ``text`` (a click's page may still be on its way)."""
        from selenium.common.exceptions import (
            StaleElementReferenceException,
            TimeoutException,
            WebDriverException,
        )
        from selenium.webdriver.support.ui import WebDriverWait

        def shown(driver: Any) -> str | bool:
            body = str(driver.execute_script(_PAGE_TEXT))
            return body if text in body else False

        # The page may be replaced by the next one while it is read (Chromium then reports a
        # stale node, or a node that "does not belong to the document"): look again.
        wait = WebDriverWait(
            self.driver,
            30,
            poll_frequency=0.05,
            ignored_exceptions=(StaleElementReferenceException, WebDriverException),
        )
        try:
            found = await self.run(wait.until, shown)
        except TimeoutException:
            raise AssertionError(f"{text!r} not shown; the page: {await self.text()}") from None
        return str(found)

    async def sign_in(self, link: str) -> str:
        """Open the link and press the button: the overview's text."""
        await self.open(link)
        await self.until("Sign in")
        await self.click("main form button[type=submit]")
        return await self.until("Mentoring matches accepted")

    async def count(self, css: str) -> int:
        from selenium.webdriver.common.by import By

        return len(await self.run(self.driver.find_elements, By.CSS_SELECTOR, css))

    async def text(self) -> str:
        return str(await self.run(self.driver.execute_script, _PAGE_TEXT))

    async def value(self, css: str) -> str:
        """The ``value`` of the first element matching ``css`` (a form's hidden field)."""
        from selenium.webdriver.common.by import By

        element = await self.run(self.driver.find_element, By.CSS_SELECTOR, css)
        return str(await self.run(element.get_attribute, "value"))

    async def script(self, code: str, *args: Any) -> Any:
        return await self.run(self.driver.execute_script, code, *args)

    async def shot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        await self.run(self.driver.save_screenshot, str(path))
        return path

    def quit(self) -> None:
        self.driver.quit()


@pytest.fixture
async def world(tmp_path: Path, sqlite_url: str) -> AsyncIterator[tuple[Scenario, str, Chromium]]:
    scenario, _, entry = await build_scenario(tmp_path, sqlite_url)
    browser = await asyncio.to_thread(Chromium, tmp_path / "screenshots")
    try:
        yield scenario, entry, browser
    finally:
        await asyncio.to_thread(browser.quit)
        await scenario.bot.stop()


async def test_sign_in_see_the_charts_and_approve(
    world: tuple[Scenario, str, Chromium],
) -> None:
    scenario, entry, browser = world
    await browser.open(await link_for(scenario.bot))
    await browser.until("Sign in")
    await browser.click("main form button[type=submit]")
    assert "Netzwerk Österreich" in await browser.until("Mentoring matches accepted")
    # The overview: three charts of AT, each bar a rect, "fewer than 5" without one.
    assert await browser.count("svg.chart") == 3
    assert await browser.count("svg#prompts-AT rect.bar") == 1
    assert "Netzwerk Österreich" in await browser.text()
    shots = [await browser.shot("overview")]

    await browser.click('nav a[href="/review"]')
    await browser.until("Dual training handbook")
    shots.append(await browser.shot("review"))
    await browser.click(f'form[action="/review/{entry}/approve"] button')
    await browser.until(f"Approved and published: Dual training handbook ({entry})")
    shots.append(await browser.shot("approved"))
    out = await scenario.bot.say("!tool dual training handbook", user="lena", room="at-lounge")
    assert any("Dual training handbook" in line for line in out), out

    await browser.click('nav a[href="/prompts"]')
    await browser.until("No prompt is planned for the next 31 days.")
    shots.append(await browser.shot("prompts"))
    for path in shots:
        assert path.stat().st_size > 1000, path


async def test_a_used_link_shows_why_in_the_browser(
    world: tuple[Scenario, str, Chromium],
) -> None:
    scenario, _, browser = world
    link = await link_for(scenario.bot)
    await browser.sign_in(link)
    await browser.open(link)
    await browser.click("main form button[type=submit]")
    await browser.until("has been used already")
    await browser.shot("used-link")


async def test_an_expired_link_says_so_and_signs_nobody_in(
    world: tuple[Scenario, str, Chromium],
) -> None:
    scenario, _, browser = world
    await browser.open(await link_for(scenario.bot))
    await browser.until("Sign in")
    scenario.clock.advance(minutes=10, seconds=1)
    await browser.click("main form button[type=submit]")
    await browser.until("This sign-in link has expired")
    await browser.shot("expired-link")
    assert await browser.run(browser.driver.get_cookie, COOKIE) is None
    await browser.open(scenario_base(scenario) + "/")
    await browser.until("You are not signed in")


async def test_a_coordinator_of_another_network_cannot_approve_its_suggestion(
    world: tuple[Scenario, str, Chromium],
) -> None:
    scenario, entry, browser = world
    page = await browser.sign_in(await link_for(scenario.bot, "claire", "fr-salon"))
    assert "Réseau France" in page and "Netzwerk Österreich" not in page
    assert await browser.count("svg#prompts-FR") == 1
    assert await browser.count('svg[id$="-AT"]') == 0
    await browser.click('nav a[href="/review"]')
    page = await browser.until("No suggestions are waiting")
    assert "Dual training handbook" not in page
    assert await browser.count(f'form[action="/review/{entry}/approve"]') == 0
    # AT's approve form, written into the page with the page's own token and sent anyway.
    await browser.script(
        """const form = document.createElement("form");
        form.method = "post";
        form.action = arguments[0];
        const csrf = document.createElement("input");
        csrf.name = "csrf";
        csrf.value = document.querySelector('input[name="csrf"]').value;
        form.appendChild(csrf);
        document.body.appendChild(form);
        form.submit();""",
        f"/review/{entry}/approve",
    )
    await browser.until("That belongs to network AT; you act for FR only. Nothing was changed.")
    await browser.shot("other-network")
    assert await status_of(scenario.bot, entry) == "pending"
    [refused] = await audit(scenario.bot, "network.refused")
    assert refused.actor_id == "claire" and refused.detail["attempted"] == "knowledge.approve"


async def test_a_forged_cookie_is_signed_out(world: tuple[Scenario, str, Chromium]) -> None:
    scenario, _, browser = world
    await browser.sign_in(await link_for(scenario.bot))
    real = await browser.run(browser.driver.get_cookie, COOKIE)
    assert real is not None and real["httpOnly"] and real["sameSite"] == "Strict"
    payload, _, mac = str(real["value"]).partition(".")
    forged_mac = ("B" if mac[0] == "A" else "A") + mac[1:]
    foreign = Signer(b"z" * 40).sign("session", {"p": 1, "s": "x", "e": 4102444800})
    for name, value in (("forged-cookie", f"{payload}.{forged_mac}"), ("foreign-cookie", foreign)):
        await browser.run(browser.driver.delete_all_cookies)
        cookie = {"name": COOKIE, "value": value, "path": "/", "httpOnly": True}
        await browser.run(browser.driver.add_cookie, {**cookie, "sameSite": "Strict"})
        await browser.open(scenario_base(scenario) + "/review")
        page = await browser.until("You are not signed in")
        assert "Dual training handbook" not in page
        await browser.shot(name)


async def test_a_cross_site_post_approves_nothing(world: tuple[Scenario, str, Chromium]) -> None:
    """Another site's page, opened while signed in, posts the approve form on its own: the
    dashboard's own token in it (as if leaked), so only SameSite and the origin check stand in
    the way. From ``localhost`` (another site) the cookie is not even sent; from 127.0.0.1 on
    another port (the same site, another origin) it is, and the origin check refuses."""
    scenario, entry, browser = world
    base = scenario_base(scenario)
    await browser.sign_in(await link_for(scenario.bot))
    await browser.click('nav a[href="/review"]')
    await browser.until("Dual training handbook")
    token = await browser.value('input[name="csrf"]')
    async with elsewhere(f"{base}/review/{entry}/approve", token, base + "/review") as port:
        # A link from another site opens the dashboard without the (Strict) cookie.
        await browser.open(f"http://localhost:{port}/link")
        await browser.click("a#go")
        await browser.until("You are not signed in")
        for host, shot in (("localhost", "cross-site-post"), ("127.0.0.1", "cross-origin-post")):
            await browser.open(f"http://{host}:{port}/post")
            page = await browser.until("This request was refused.")
            assert "Approved" not in page
            await browser.shot(shot)
            assert await status_of(scenario.bot, entry) == "pending"
    # Still signed in, the suggestion still waiting; the tool does not know it.
    await browser.open(base + "/review")
    await browser.until("Dual training handbook")
    assert await browser.count(f'form[action="/review/{entry}/approve"]') == 1
    assert await audit(scenario.bot, "knowledge.approve") == []
    out = await scenario.bot.say("!tool dual training handbook", user="lena", room="at-lounge")
    assert not any("Dual training handbook" in line for line in out), out


def scenario_base(scenario: Scenario) -> str:
    """The dashboard's address (``http://127.0.0.1:<port>``)."""
    server = scenario.bot.app.runtime.get(DashboardChat).server
    assert server is not None
    return server.base_url


@asynccontextmanager
async def elsewhere(action: str, token: str, target: str) -> AsyncIterator[int]:
    """Another site on 127.0.0.1 (its own port): ``/post`` submits a form to ``action`` as
    soon as it loads; ``/link`` links to ``target``. Its port is yielded."""
    post = (
        "<!doctype html><title>Win a prize</title>"
        f'<form id="f" method="post" action="{escape(action)}">'
        f'<input type="hidden" name="csrf" value="{escape(token)}"></form>'
        '<script>document.getElementById("f").submit()</script>'
    )
    link = f'<!doctype html><title>Look</title><a id="go" href="{escape(target)}">Look</a>'

    pages = {"/post": post, "/link": link}

    async def page_of(request: web.Request) -> web.Response:
        return web.Response(text=pages[request.path], content_type="text/html")

    app = web.Application()
    for path in pages:
        app.router.add_get(path, page_of)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield int(runner.addresses[0][1])
    finally:
        await runner.cleanup()
