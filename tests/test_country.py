"""``!country`` through the console: a person's own country, set by code or by name in any
shipped language, named back in the reader's language; what counts when they set none; that
``!mydata`` shows and ``!forgetme`` erases it; and that the lookups and the networks' CPD
overview use it."""

from __future__ import annotations

import re
from pathlib import Path

from bot.actions import Card, Reply
from bot.events import Message
from bot.i18n import t
from tests.botkit import FakeClock, TestBot, exported, make_settings
from tests.knowledge.conftest import load_entries, start_bot
from tests.mentoring.kit import rows
from tests.networks.netkit import network_settings

#: An entry with a German title beside its English one.
GUIDE = {
    "id": "mentoring-small",
    "title": "Mentoring apprentices in small companies",
    "title@de": "Auszubildende in kleinen Betrieben begleiten",
    "summary": "A guide for in-company trainers.",
    "summary@de": "Ein Leitfaden für betriebliche Ausbilder.",
    "url": "https://example.org/mentoring",
    "type": "guide",
    "languages": ["en", "de"],
}


def _countries(bot: TestBot) -> list[object]:
    return [p["country"] for p in rows(bot.app.settings.database_url, "people")]


async def _say(bot: TestBot, text: str, **kw: object) -> str:
    bot.clock.advance(seconds=30)  # apart, so the rate limit never answers instead
    return "\n".join(await bot.say(text, **kw))  # type: ignore[arg-type]


async def test_alone_it_says_none_is_set_and_how_to_set_one(bot: TestBot) -> None:
    out = await _say(bot, "!country")
    assert t("preferences.country_none", "en", example="AT", prefix="!") in out
    assert _countries(bot) == []  # looking stores nothing
    assert "!country [CODE|auto]" in await _say(bot, "!help")


async def test_a_code_in_any_case_is_stored_and_named_back(bot: TestBot) -> None:
    out = await _say(bot, "!country at")
    assert t("preferences.country_set", "en", name="Austria", code="AT", prefix="!") in out
    assert _countries(bot) == ["AT"]
    out = await _say(bot, "!country")
    assert t("preferences.country_own", "en", name="Austria", code="AT", prefix="!") in out
    # The codes the EU writes for two member states are taken as ISO's.
    assert "United Kingdom (GB)" in await _say(bot, "!country UK")
    assert _countries(bot) == ["GB"]


async def test_a_name_in_any_shipped_language_is_taken_and_named_in_the_readers(
    bot: TestBot,
) -> None:
    assert "Austria (AT)" in await _say(bot, "!country Österreich")
    assert "Germany (DE)" in await _say(bot, "!country allemagne")  # French, accents optional
    assert "Bosnia & Herzegovina (BA)" in await _say(bot, "!country bosnia and herzegovina")
    assert _countries(bot) == ["BA"]
    await _say(bot, "!language de")
    out = await _say(bot, "!meinland Autriche")  # the German command word, a French name
    assert "Dein Land ab jetzt: Österreich (AT)" in out
    await _say(bot, "!language pl")
    assert "Niemcy (DE)" in await _say(bot, "!mójkraj Germany")
    assert _countries(bot) == ["DE"]


async def test_a_typo_gets_close_names_and_nothing_is_stored(bot: TestBot) -> None:
    out = await _say(bot, "!country Austira")
    assert "'Austira' is not a country I know. Did you mean Austria (AT)?" in out
    out = await _say(bot, "!country Narnia")
    assert t("preferences.country_unknown", "en", country="Narnia", example="AT", prefix="!") in out
    out = await _say(bot, "!country EU")
    assert "not for one country" in out
    await _say(bot, "!language fr")
    out = await _say(bot, "!country Alemagne")
    assert "Vouliez-vous dire Allemagne (DE)" in out
    assert _countries(bot) == [None]  # the person of !language, without a country


async def test_auto_forgets_it_and_the_bots_country_counts_again(
    tmp_path: Path, clock: FakeClock
) -> None:
    settings = make_settings(tmp_path, knowledge={"seed": False}, bot={"country": "BE"})
    bot = await TestBot(settings, clock).start()
    try:
        out = await _say(bot, "!country")
        assert "else the bot's: Belgium (BE)" in out and "You have not chosen" in out
        await _say(bot, "!country pt")
        out = await _say(bot, "!country auto")
        assert t("preferences.country_auto", "en", name="Belgium", code="BE") in out
        assert _countries(bot) == [None]
    finally:
        await bot.stop()


async def test_auto_without_any_country_set_says_so(bot: TestBot) -> None:
    await _say(bot, "!country FR")
    out = await _say(bot, "!country AUTO")
    assert t("preferences.country_auto_none", "en") in out
    assert _countries(bot) == [None]


async def test_without_a_choice_the_rooms_network_country_counts(tmp_path: Path) -> None:
    bot = await TestBot(network_settings(tmp_path, own_languages=False), FakeClock()).start()
    try:
        out = await _say(bot, "!country", room="fr-salon")
        assert "else the bot's: France (FR)" in out
        out = await _say(bot, "!country", dm=True)  # a direct room has no network
        assert "none is set here" in out
        # The European network's "EU" is no one's country: it is not taken as the reader's.
        out = await _say(bot, "!country", room="eu-hall")
        assert "none is set here" in out and "(EU)" not in out
        await _say(bot, "!country IT", room="fr-salon")
        out = await _say(bot, "!country", room="fr-salon")
        assert "Your country, as you chose: Italy (IT)" in out
    finally:
        await bot.stop()


async def test_mydata_shows_and_forgetme_erases_the_country(bot: TestBot) -> None:
    await _say(bot, "!country DE")
    data = exported(await _say(bot, "!mydata", dm=True))
    assert data["person"]["country"] == "DE"
    await _say(bot, "!forgetme confirm")
    assert _countries(bot) == []


async def test_the_cpd_overview_counts_people_in_the_country_they_set(tmp_path: Path) -> None:
    bot = await TestBot(network_settings(tmp_path, own_languages=False), FakeClock()).start()
    planning = ("planning-learning-plan", "planning-learning-tasks", "planning-digital")
    try:
        for n in range(11):
            user = f"t-{n}"
            await bot.say("!cpd assess planning", user=user, room="at-lounge")
            for competence in planning:
                await bot.say(f"!cpd rate {competence} 3 planning", user=user, dm=True)
        for n in range(5):  # set after rating: the overview reads the country when asked
            await bot.say("!country Deutschland", user=f"t-{n}", dm=True)
        erik = "\n".join(await bot.say("!cpd overview", user="erik", role="admin", room="eu-hall"))
        assert "Network AT — people who rated themselves: 11" in erik
        assert re.search(r"By country \(people\): AT 6, DE 5", erik)
    finally:
        await bot.stop()


async def _cards(bot: TestBot, sender: str, text: str, **hints: str) -> list[Card]:
    """The result cards of ``text`` from ``sender`` on the console, with the platform's
    ``hints`` (``language``, ``country``)."""
    message = Message(
        platform="console",
        room_id="general",
        sender_id=sender,
        sender_name=sender,
        text=text,
        **hints,  # type: ignore[arg-type]
    )
    actions = await bot.app.handle(message)
    bot.clock.advance(seconds=30)  # apart, so the rate limit never answers instead
    return [c for a in actions if isinstance(a, Reply) for c in a.cards]


async def test_a_lookup_puts_the_persons_own_country_before_the_platforms(
    tmp_path: Path, clock: FakeClock
) -> None:
    bot = await start_bot(tmp_path, clock)
    try:
        await load_entries(bot)

        async def ask() -> list[str]:
            # A French reader (no French edition) whose platform says Ireland.
            cards = await _cards(bot, "jonas", "!tool mentoring guide", language="fr", country="IE")
            return [c.tag for c in cards[:2]]

        assert await ask() == ["mentoring-guide-en", "mentoring-guide-de"]
        await bot.say("!country AT", user="jonas")
        assert await ask() == ["mentoring-guide-de", "mentoring-guide-en"]
    finally:
        await bot.stop()


async def test_a_lookup_puts_the_persons_own_language_before_the_platforms(
    tmp_path: Path, clock: FakeClock
) -> None:
    bot = await start_bot(tmp_path, clock)
    try:
        await load_entries(bot)

        async def ask() -> list[str]:
            # The platform says English; the person later chooses German for themselves.
            cards = await _cards(bot, "lena", "!tool mentoring guide", language="en")
            return [c.tag for c in cards[:2]]

        assert await ask() == ["mentoring-guide-en", "mentoring-guide-de"]
        await bot.say("!language de", user="lena")
        bot.clock.advance(seconds=30)
        assert await ask() == ["mentoring-guide-de", "mentoring-guide-en"]
    finally:
        await bot.stop()


async def test_titles_read_in_the_persons_own_language_when_it_is_english(
    tmp_path: Path, clock: FakeClock
) -> None:
    bot = await start_bot(tmp_path, clock)
    try:
        await load_entries(bot, [GUIDE])

        async def titles() -> list[str]:
            # A German platform; the person may choose English for themselves.
            return [
                c.title for c in await _cards(bot, "tom", "!tool small companies", language="de")
            ]

        assert await titles() == ["Auszubildende in kleinen Betrieben begleiten"]
        await bot.say("!language en", user="tom")
        bot.clock.advance(seconds=30)
        assert await titles() == ["Mentoring apprentices in small companies"]
    finally:
        await bot.stop()


async def test_common_names_outside_cldr_name_their_country(bot: TestBot) -> None:
    for word, name, code in [
        ("USA", "United States", "US"),
        ("England", "United Kingdom", "GB"),
        ("czech republic", "Czechia", "CZ"),
    ]:
        out = await _say(bot, f"!country {word}")
        assert t("preferences.country_set", "en", name=name, code=code, prefix="!") in out
