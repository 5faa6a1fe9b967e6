"""The dashboard in a real headless Chromium (Debian's ``chromium`` and ``chromium-driver``,
installed by ``scripts/browser.sh``; Selenium drives it): signing in through the link, the
charts drawn, a suggestion approved with the page's own form. Screenshots of the pages are
saved in the test's temporary folder (``.pytest-tmp/…/screenshots``).

Selenium blocks, and the bot serves the pages in this test's event loop, so every browser
step runs in a thread."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from tests.dashboard.kit import build_scenario, link_for
from tests.reports.scenario import Scenario

T = TypeVar("T")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="no chromium/chromedriver on this machine (scripts/browser.sh installs them as root)",
)


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
        from selenium.common.exceptions import StaleElementReferenceException
        from selenium.webdriver.support.ui import WebDriverWait

        def shown(driver: Any) -> str | bool:
            body = str(driver.find_element("tag name", "body").text)
            return body if text in body else False

        # The body found may be replaced by the next page before its text is read: look again.
        wait = WebDriverWait(
            self.driver,
            30,
            poll_frequency=0.05,
            ignored_exceptions=(StaleElementReferenceException,),
        )
        found = await self.run(wait.until, shown)
        return str(found)

    async def count(self, css: str) -> int:
        from selenium.webdriver.common.by import By

        return len(await self.run(self.driver.find_elements, By.CSS_SELECTOR, css))

    async def text(self) -> str:
        from selenium.webdriver.common.by import By

        body = await self.run(self.driver.find_element, By.TAG_NAME, "body")
        return str(await self.run(lambda: body.text))

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
    await browser.open(link)
    await browser.click("main form button[type=submit]")
    await browser.until("Mentoring matches accepted")
    await browser.open(link)
    await browser.click("main form button[type=submit]")
    await browser.until("has been used already")
    await browser.shot("used-link")
