"""The coordinators' dashboard over real HTTP on 127.0.0.1, the bot driven through the console:
signing in through the link sent by direct message, the charts' figures against the reports
service, approving a suggestion, and every way in that must be refused."""

from __future__ import annotations

import dataclasses
import os
import stat
from collections.abc import AsyncIterator
from html import escape
from pathlib import Path

import aiohttp
import pytest

from bot.capabilities.dashboard.access import Access, Signer
from bot.capabilities.dashboard.server import COOKIE
from bot.capabilities.reports.model import Period
from bot.capabilities.reports.service import ReportService
from bot.errors import ConfigError
from bot.events import Message
from bot.i18n import t
from bot.settings import load_settings
from tests.botkit import FakeClock, TestBot, make_settings
from tests.dashboard.kit import (
    Browser,
    audit,
    browser,
    build_scenario,
    link_for,
    status_of,
    table_of,
)
from tests.reports.scenario import Scenario


@pytest.fixture
async def world(tmp_path: Path, sqlite_url: str) -> AsyncIterator[tuple[Scenario, Browser, str]]:
    scenario, server, entry = await build_scenario(tmp_path, sqlite_url)
    try:
        async for client in browser(server):
            yield scenario, client, entry
    finally:
        await scenario.bot.stop()


async def with_cookie(client: Browser, value: str) -> tuple[int, str]:
    """``GET /`` from a fresh client holding only the session cookie ``value``."""
    async with (
        aiohttp.ClientSession() as http,
        http.get(client.base + "/", headers={"Cookie": f"{COOKIE}={value}"}) as r,
    ):
        return r.status, await r.text()


async def test_sign_in_and_the_charts_show_the_reports_figures(
    world: tuple[Scenario, Browser, str],
) -> None:
    scenario, client, _ = world
    status, page = await client.sign_in(await link_for(scenario.bot))
    assert status == 200, page
    assert '<html lang="en">' in page and 'name="viewport"' in page
    assert page.count("<svg") == 3  # AT only: matches, prompts, lookups that found nothing
    assert "Réseau France" not in page and "Netzwerk Österreich" in page

    reports = scenario.bot.app.runtime.get(ReportService)
    november = Period.month("2026-11")
    window = Period(Period.month("2026-06").start, november.end)
    month = (await reports.report(november, ["AT"])).networks[0]
    whole = (await reports.report(window, ["AT"])).networks[0]

    matches = table_of(page, "matches-AT-table")
    assert list(matches) == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
    assert matches["2026-11"] == str(month.value("matching", "accepted")) == "1"
    assert matches["2026-06"] == "0"

    people = table_of(page, "prompts-AT-table")
    assert people == {
        "Prompt #1": "fewer than 5",
        "Prompt #2": str(whole.value("prompts", "people_answering", "prompt:2")),
    }
    assert people["Prompt #2"] == "6"
    assert whole.value("prompts", "people_answering", "prompt:1") == "fewer than 5"

    gaps = table_of(page, "gaps-AT-table")
    assert gaps == {
        "safety videos welding": str(whole.value("knowledge", "safety videos welding", "gap"))
    }
    assert gaps["safety videos welding"] == "2"
    # A bar for each number, none for "fewer than 5".
    assert 'data-value="6"' in page and "classe" not in page


async def test_approve_on_the_review_page_then_tool_finds_it(
    world: tuple[Scenario, Browser, str],
) -> None:
    scenario, client, entry = world
    await client.sign_in(await link_for(scenario.bot))
    status, page = await client.get("/review")
    assert status == 200 and "Dual training handbook" in page and f"/review/{entry}/approve" in page
    status, page = await client.post(f"/review/{entry}/approve", {"csrf": client.csrf(page)})
    assert status == 200, page
    assert f"Approved and published: Dual training handbook ({entry})" in page
    assert await status_of(scenario.bot, entry) == "published"
    [row] = await audit(scenario.bot, "knowledge.approve")
    assert (row.actor_platform, row.actor_id, row.target) == ("console", "anna", entry)
    out = await scenario.bot.say("!tool dual training handbook", user="lena", room="at-lounge")
    assert any("Dual training handbook" in line for line in out), out
    # The suggester is told, as after !tool approve.
    await scenario.bot.app.relay.flush()
    told = [line for line in scenario.bot.console.printed if line.startswith("[dm @tom]")]
    assert any("was approved" in line and entry in line for line in told), told


@pytest.mark.postgres
async def test_sign_in_charts_and_approve_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    scenario, server, entry = await build_scenario(tmp_path, pg_url)
    try:
        async for client in browser(server):
            status, page = await client.sign_in(await link_for(scenario.bot))
            assert status == 200
            assert table_of(page, "prompts-AT-table")["Prompt #2"] == "6"
            assert table_of(page, "matches-AT-table")["2026-11"] == "1"
            _, page = await client.get("/review")
            status, page = await client.post(
                f"/review/{entry}/approve", {"csrf": client.csrf(page)}
            )
            assert status == 200 and "Approved and published" in page
            assert await status_of(scenario.bot, entry) == "published"
    finally:
        await scenario.bot.stop()


async def test_reject_needs_a_reason_and_tells_the_suggester(
    world: tuple[Scenario, Browser, str],
) -> None:
    scenario, client, entry = world
    await client.sign_in(await link_for(scenario.bot))
    _, page = await client.get("/review")
    token = client.csrf(page)
    status, page = await client.post(f"/review/{entry}/reject", {"csrf": token, "reason": " "})
    assert status == 409 and "Give a reason" in page
    assert await status_of(scenario.bot, entry) == "pending"
    status, page = await client.post(
        f"/review/{entry}/reject", {"csrf": token, "reason": "Already in the store"}
    )
    assert status == 200 and "Rejected: Dual training handbook" in page
    assert await status_of(scenario.bot, entry) == "rejected"


async def test_the_calendar_shows_the_coming_prompts_of_ones_networks(
    world: tuple[Scenario, Browser, str],
) -> None:
    scenario, client, _ = world
    for room, text in (("at-lounge", "Wie begleitet ihr Lernende?"), ("fr-salon", "Tutorat")):
        await scenario.bot.say(
            f"!prompt schedule in: #{room}; at: 2026-11-25 10:00; tz: UTC; text: {text}",
            user="erik",
            role="admin",
            room=room,
        )
    await client.sign_in(await link_for(scenario.bot))
    status, page = await client.get("/prompts")
    assert status == 200
    assert "Wie begleitet ihr Lernende?" in page and "Tutorat" not in page
    # In the reader's time zone (the bot's: Europe/Brussels).
    assert "<td>Wed, 25 Nov 2026, 11:00 CET</td><td>#4</td>" in page, page


async def test_a_link_works_once(world: tuple[Scenario, Browser, str]) -> None:
    scenario, client, _ = world
    link = await link_for(scenario.bot)
    status, _ = await client.sign_in(link)
    assert status == 200
    async for other in browser(client.server):
        status, page = await other.sign_in(link)
        assert status == 403 and "has been used already" in page
        status, page = await other.get("/")
        assert status == 403 and "not signed in" in page


async def test_an_expired_link_is_refused(world: tuple[Scenario, Browser, str]) -> None:
    scenario, client, _ = world
    link = await link_for(scenario.bot)
    scenario.clock.advance(minutes=10, seconds=1)
    status, page = await client.sign_in(link)
    assert status == 403 and "has expired" in page
    status, _ = await client.get("/")
    assert status == 403


async def test_a_coordinator_of_another_network_sees_and_changes_only_theirs(
    world: tuple[Scenario, Browser, str],
) -> None:
    scenario, client, entry = world
    status, page = await client.sign_in(await link_for(scenario.bot, "claire", "fr-salon"))
    assert status == 200
    assert "Réseau France" in page and "Netzwerk Österreich" not in page
    assert table_of(page, "prompts-FR-table") == {"Prompt #3": "7"}
    _, page = await client.get("/review")
    assert "Dual training handbook" not in page and "No suggestions are waiting" in page
    # The form of another network's page, posted anyway: refused and audited, nothing changed.
    _, overview = await client.get("/")
    status, page = await client.post(f"/review/{entry}/approve", {"csrf": client.csrf(overview)})
    assert status == 409 and "AT" in page
    assert await status_of(scenario.bot, entry) == "pending"
    [refused] = await audit(scenario.bot, "network.refused")
    assert refused.actor_id == "claire" and refused.detail["attempted"] == "knowledge.approve"


async def test_a_demoted_coordinator_loses_access(world: tuple[Scenario, Browser, str]) -> None:
    scenario, client, _ = world
    await client.sign_in(await link_for(scenario.bot))
    assert (await client.get("/"))[0] == 200
    # The platform gives anna no coordinator's role any more in the room she asked from.
    await scenario.bot.say("hello all", user="anna", role="trainer", room="at-lounge")
    status, page = await client.get("/")
    assert status == 403 and "no longer coordinate" in page


async def test_taken_off_the_networks_list_loses_access_at_once(
    world: tuple[Scenario, Browser, str],
) -> None:
    """A Discord coordinator listed by FR, who asked by direct message: their standing counts
    while FR lists them, and not a moment after."""
    scenario, _, _ = world
    runtime = scenario.bot.app.runtime
    networks = runtime.networks
    fr = networks.get("FR")
    assert fr is not None
    listed = dataclasses.replace(fr, coordinators=("discord:4242",))
    networks.update({**dict(networks.items()), "FR": listed})
    access = runtime.get(Access)
    asked = Message(platform="discord", room_id="dm-1", sender_id="4242", text="", is_direct=True)
    access.issue(77, asked)
    standing = access.standing_of(77)
    assert standing is not None and standing[0].scope.networks == frozenset({"FR"})
    networks.update({**dict(networks.items()), "FR": fr})
    assert access.standing_of(77) is None


async def test_forgetme_ends_the_session(world: tuple[Scenario, Browser, str]) -> None:
    scenario, client, _ = world
    await client.sign_in(await link_for(scenario.bot))
    out = await scenario.bot.say(
        "!forgetme confirm", user="anna", role="coordinator", room="at-lounge", dm=True
    )
    assert any("erased" in line.lower() or "deleted" in line.lower() for line in out), out
    assert (await client.get("/"))[0] == 403, out


async def test_a_trainer_gets_no_link(world: tuple[Scenario, Browser, str]) -> None:
    scenario, _, _ = world
    lines = await scenario.bot.say("!dashboard", user="lena", role="trainer", room="at-lounge")
    text = "\n".join(lines)
    assert "login?token=" not in text and "[dm @lena]" not in text
    assert "coordinator" in text.lower()


async def test_a_forged_cookie_is_refused(world: tuple[Scenario, Browser, str]) -> None:
    scenario, client, _ = world
    await client.sign_in(await link_for(scenario.bot))
    real = next(c for c in client.http.cookie_jar if c.key == COOKIE).value
    payload, _, mac = real.partition(".")
    access = scenario.bot.app.runtime.get(Access)
    other = access.signer.sign("session", {"p": 999, "s": "x", "e": 4102444800})
    forged_mac = "A" + mac[1:] if mac[0] != "A" else "B" + mac[1:]
    foreign = Signer(b"z" * 40).sign("session", {"p": 1, "s": "x", "e": 4102444800})
    for value in (f"{payload}.{forged_mac}", other, foreign, "garbage", payload):
        status, page = await with_cookie(client, value)
        assert status == 403 and "not signed in" in page, value


async def test_cross_site_posts_are_refused(world: tuple[Scenario, Browser, str]) -> None:
    scenario, client, entry = world
    await client.sign_in(await link_for(scenario.bot))
    _, page = await client.get("/review")
    token = client.csrf(page)
    path = f"/review/{entry}/approve"
    assert (await client.post(path, {}))[0] == 403
    assert (await client.post(path, {"csrf": token[:-2] + "xx"}))[0] == 403
    assert (await client.post(path, {"csrf": token}, origin="https://evil.example"))[0] == 403
    assert (await client.post(path, {"csrf": token}, origin=None))[0] == 403
    assert await status_of(scenario.bot, entry) == "pending"
    # The token of another session does not do either.
    async for other in browser(client.server):
        await other.sign_in(await link_for(scenario.bot))
        assert (await other.post(path, {"csrf": token}))[0] == 403
    assert await status_of(scenario.bot, entry) == "pending"
    # A sign-in from another site is refused too.
    link = await link_for(scenario.bot)
    token_value = link.split("token=")[1]
    assert (await client.post("/login", {"token": token_value}, origin="https://evil.example"))[
        0
    ] == 403


async def test_sign_in_attempts_are_limited(world: tuple[Scenario, Browser, str]) -> None:
    scenario, client, _ = world
    for _ in range(3):
        status, _ = await client.post("/login", {"token": "not-a-token"})
        assert status == 403
    status, page = await client.post("/login", {"token": "not-a-token"})
    assert status == 429 and "Too many" in page
    # Per address: ten attempts in ten minutes, whatever the token.
    for n in range(6):
        await client.post("/login", {"token": f"other-{n}"})
    status, _ = await client.sign_in(await link_for(scenario.bot))
    assert status == 429
    scenario.clock.advance(minutes=11)
    status, _ = await client.sign_in(await link_for(scenario.bot))
    assert status == 200


async def test_behind_a_proxy_the_limit_is_per_forwarded_address(
    world: tuple[Scenario, Browser, str],
) -> None:
    scenario, client, _ = world
    login = client.base + "/login"
    origin = {"Origin": client.server.origin}
    for n in range(10):
        headers = {**origin, "X-Forwarded-For": "198.51.100.7"}
        async with client.http.post(login, data={"token": f"x{n}"}, headers=headers) as r:
            assert r.status == 403
    async with client.http.post(
        login, data={"token": "x"}, headers={**origin, "X-Forwarded-For": "198.51.100.7"}
    ) as r:
        assert r.status == 429
    link = await link_for(scenario.bot)
    token = link.split("token=")[1]
    headers = {**origin, "X-Forwarded-For": "203.0.113.9, 198.51.100.8"}
    async with client.http.post(login, data={"token": token}, headers=headers) as r:
        assert r.status == 200 and "Mentoring matches accepted" in await r.text()


async def test_signing_out_ends_the_session(world: tuple[Scenario, Browser, str]) -> None:
    scenario, client, _ = world
    _, page = await client.sign_in(await link_for(scenario.bot))
    cookie = next(c for c in client.http.cookie_jar if c.key == COOKIE).value
    status, page = await client.post("/logout", {"csrf": client.csrf(page)})
    assert status == 200 and "signed out" in page
    assert (await with_cookie(client, cookie))[0] == 403


async def test_pages_are_in_the_readers_language(world: tuple[Scenario, Browser, str]) -> None:
    scenario, client, _ = world
    await scenario.bot.say("!language de", user="anna", room="at-lounge")
    _, page = await client.sign_in(await link_for(scenario.bot))
    assert '<html lang="de">' in page and "Übersicht" in page
    assert table_of(page, "prompts-AT-table")["Impuls #1"] == "weniger als 5"


@pytest.mark.parametrize("lang", ["en", "de", "fr", "it", "es", "pl", "nl", "pt"])
async def test_every_page_in_every_language(
    world: tuple[Scenario, Browser, str], lang: str
) -> None:
    scenario, client, _ = world
    await scenario.bot.say(f"!language {lang}", user="anna", room="at-lounge")
    await client.sign_in(await link_for(scenario.bot))
    for path, title in (
        ("/", "overview_title"),
        ("/review", "review_title"),
        ("/prompts", "prompts_title"),
    ):
        status, page = await client.get(path)
        assert status == 200, (lang, path)
        assert f'<html lang="{lang}">' in page
        assert f"<h1>{escape(t(f'dashboard.{title}', lang))}</h1>" in page
        if lang != "en":
            assert "Sign out" not in page and "The figures as a table" not in page


async def test_what_people_wrote_is_shown_as_text(world: tuple[Scenario, Browser, str]) -> None:
    scenario, client, _ = world
    out = await scenario.bot.say(
        '!tool suggest https://example.org/x <img src=x onerror=alert(1)> | "><script>x</script>',
        user="tom",
        room="at-lounge",
    )
    assert "review queue" in "\n".join(out), out
    await client.sign_in(await link_for(scenario.bot))
    _, page = await client.get("/review")
    assert "<img src=x" not in page and "<script>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


async def test_pages_load_nothing_from_elsewhere(world: tuple[Scenario, Browser, str]) -> None:
    _, client, _ = world
    async with client.http.get(client.base + "/login?token=x") as r:
        page = await r.text()
        assert r.headers["Content-Security-Policy"].startswith("default-src 'none'")
        assert r.headers["X-Frame-Options"] == "DENY"
        assert r.headers["Cache-Control"] == "no-store"
    assert "<script" not in page and "http" not in page.split("<main>")[0]


async def test_a_one_shot_run_gives_no_link(tmp_path: Path, sqlite_url: str) -> None:
    """``vetbot say "!dashboard"`` (not interactive: nothing served) has no link to give."""
    settings = make_settings(tmp_path / "data", sqlite_url, web={"listen": "127.0.0.1:0"})
    bot = TestBot(settings, FakeClock())
    await bot.start()
    try:
        out = "\n".join(await bot.say("!dashboard", user="anna", role="coordinator"))
        assert "not turned on" in out and "token=" not in out
    finally:
        await bot.stop()


async def test_off_by_default_and_the_secret_file(tmp_path: Path, sqlite_url: str) -> None:
    bot = TestBot(make_settings(tmp_path / "data", sqlite_url), FakeClock())
    await bot.start()
    try:
        out = "\n".join(await bot.say("!dashboard", user="anna", role="coordinator"))
        assert "not turned on" in out and "token=" not in out
        bot.app.runtime.get(Access).signer.mac("x", "y")
        secret = tmp_path / "data" / "dashboard.secret"
        assert stat.S_IMODE(os.stat(secret).st_mode) == 0o600
        assert len(secret.read_text().strip()) == 64
    finally:
        await bot.stop()


@pytest.mark.parametrize(
    ("env", "key"),
    [
        ({"VETBOT_WEB_LISTEN": "8080"}, "VETBOT_WEB_LISTEN"),
        ({"VETBOT_WEB_LISTEN": "127.0.0.1:99999"}, "VETBOT_WEB_LISTEN"),
        ({"VETBOT_WEB_PUBLIC_URL": "ftp://x.org"}, "VETBOT_WEB_PUBLIC_URL"),
        ({"VETBOT_WEB_SECRET": "short"}, "VETBOT_WEB_SECRET"),
    ],
)
def test_bad_web_settings_name_the_key(env: dict[str, str], key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(None, env)
    assert key in str(caught.value)


async def test_at_the_start_of_a_running_bot(tmp_path: Path, sqlite_url: str) -> None:
    """``vetbot run`` starts it with the other start hooks; a secure cookie behind https."""
    settings = make_settings(
        tmp_path / "data",
        sqlite_url,
        web={"listen": "127.0.0.1:0", "public_url": "https://dash.example.org/vetbot"},
    )
    bot = TestBot(settings, FakeClock(), interactive=True)
    await bot.start()
    try:
        from bot.capabilities.dashboard import DashboardChat

        server = bot.app.runtime.get(DashboardChat).server
        assert server is not None and server.port > 0
        out = "\n".join(await bot.say("!dashboard", user="op", role="admin"))
        assert "https://dash.example.org/vetbot/login?token=" in out
        token = out.split("token=")[1].split()[0]
        async with (
            aiohttp.ClientSession() as http,
            http.post(
                f"http://127.0.0.1:{server.port}/login",
                data={"token": token},
                headers={"Origin": "https://dash.example.org"},
                allow_redirects=False,
            ) as r,
        ):
            assert r.status == 303 and r.headers["Location"] == "/vetbot/"
            cookie = r.headers["Set-Cookie"]
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert "Path=/vetbot/" in cookie
    finally:
        await bot.stop()
