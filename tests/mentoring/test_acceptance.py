"""What a user acceptance test found, through the console as a user would meet it: codes that
do not exist, the same request filed twice, numbers that look alike, honest replies, the
"Why you" line, assumed languages, control characters, and replies that say what to do."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.capabilities.mentoring import CandidateIndex
from tests.botkit import FakeClock
from tests.mentoring.kit import LEA, MAX, MIA, NEED, Restartable, dm_to, proposal_id, rows, snapshot

DUAL = "!mentor join topics: assessment, dual training; languages: en; capacity: 2; consent: yes"


async def _bots(tmp_path: Path, clock: FakeClock, **sections: Any) -> Restartable:
    url = f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"
    bots = Restartable(tmp_path, url, clock, **sections)
    await bots.start()
    return bots


@pytest.fixture
async def bots(tmp_path: Path, clock: FakeClock) -> AsyncIterator[Restartable]:
    bots = await _bots(tmp_path, clock)
    yield bots
    await bots.stop()


def _why(message: str) -> str:
    found = re.search(r"Why you: (.*)", message)
    assert found, message
    return found.group(1)


# --- 1. language and country codes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ("!match help with assessment; lang: xx", "'xx' is not an ISO 639-1 language code"),
        ("!match help with assessment; lang: en, qq", "'qq' is not an ISO 639-1 language code"),
        (MIA.replace("languages: en, de", "languages: en, zz"), "'zz' is not an ISO 639-1"),
        (MIA.replace("languages: en, de", "languages: eng"), "'eng' is not an ISO 639-1"),
        ("!match help with assessment; country: ZZ", "'ZZ' is not an ISO 3166-1 country code"),
        ("!match help with assessment; country: UK", "use GB"),
        (MIA.replace("country: DE", "country: XY"), "'XY' is not an ISO 3166-1 country code"),
    ],
)
async def test_made_up_codes_are_refused_with_the_right_form(
    bots: Restartable, line: str, reply: str
) -> None:
    await bots.say(MAX, user="max")
    before = snapshot(bots.settings.database_url)
    out = await bots.say(line, user="mia")
    assert reply in out, out
    assert "two-letter" in out or "use GB" in out
    assert snapshot(bots.settings.database_url) == before


async def test_real_codes_are_kept_in_their_iso_form(bots: Restartable) -> None:
    await bots.say(MAX, user="max")
    await bots.say("!mentor update languages: DE, pt-BR, en", user="max")
    (profile,) = rows(bots.settings.database_url, "mentoring_profiles")
    assert profile["languages"] in (["de", "pt", "en"], '["de", "pt", "en"]')
    await bots.say("!match help with assessment; lang: FR; country: at", user="ana")
    (request,) = rows(bots.settings.database_url, "mentoring_requests")
    assert request["country"] == "AT"
    assert "fr" in str(request["languages"])


# --- 2. the same request twice -------------------------------------------------------------


async def test_the_same_open_request_is_refused_with_what_to_do(bots: Restartable) -> None:
    await bots.say(MAX, user="max")
    first = await bots.say("!match @everyone please help with assessment", user="ana")
    assert "Request #1 saved" in first
    again = await bots.say("!match @everyone  Please help with ASSESSMENT!", user="ana")
    assert "already have an open request #1" in again
    assert "!match status" in again and "!match cancel 1" in again
    assert "@everyone" not in again.replace("@\u200beveryone", "")
    assert len(rows(bots.settings.database_url, "mentoring_requests")) == 1
    # Another need, or the same one once the first is withdrawn, is a new request.
    assert "Request #2 saved" in await bots.say("!match help with welding", user="ana")
    await bots.say("!match cancel 1 confirm", user="ana")
    assert "Request #3 saved" in await bots.say("!match please help with assessment", user="ana")


# --- 3. numbers that look alike -------------------------------------------------------------


async def test_status_names_ids_and_attempts_apart(bots: Restartable) -> None:
    await bots.say(MIA, user="mia")
    await bots.say(MAX, user="max")
    out = await bots.say(NEED, user="ana")
    first = proposal_id(out, "mia")
    out = await bots.say(f"!match decline {first}", user="mia")
    second = proposal_id(out, "max")
    assert second != 1
    status = await bots.say("!match status", user="ana")
    assert "2nd mentor asked" in status, status
    assert "(proposal 1)" not in status and "(proposal 2)" not in status
    assert "Request #1" in status and "!match cancel 1" in status
    # The mentor types the request number the trainer told them about: it names the one
    # proposal of that request waiting for them, so it is accepted.
    accepted = await bots.say("!match accept 1", user="max")
    assert f"accepted proposal #{second}" in accepted, accepted
    assert rows(bots.settings.database_url, "mentoring_requests")[0]["status"] == "matched"
    matched = await bots.say("!match status", user="ana")
    # The trainer meets one number: their request's.
    assert "!match feedback 1 1-5" in matched and "!match end 1" in matched, matched
    assert f"#{second}" not in matched
    rated = await bots.say("!match feedback 1 5", user="ana")
    assert "rating 5/5 for match #1 is saved" in rated, rated
    # The mentor rates with the number they know, the proposal's.
    assert f"match #{second} is saved" in await bots.say(f"!match feedback {second} 4", user="max")
    ended = await bots.say("!match end 1", user="ana")
    assert "Match #1 has ended" in ended
    (notice,) = dm_to(ended, "max")
    assert f"has ended match #{second}" in notice and f"!match feedback {second} 1-5" in notice
    # The status is no longer stale: ended and rated, nothing left to end.
    after = await bots.say("!match status", user="ana")
    assert "ended, rated 5/5" in after and "!match end" not in after, after


async def test_a_number_naming_two_matches_is_asked_about_not_guessed(
    bots: Restartable,
) -> None:
    ana = "!mentor join topics: assessment; languages: en; capacity: 1; consent: yes"
    await bots.say(MIA, user="mia")
    await bots.say(ana, user="ana")
    await bots.say(MAX, user="max")
    # bo's request #1 goes first to mia (the best fit), then, declined, to ana: proposal #2.
    first = proposal_id(await bots.say(NEED, user="bo"), "mia")
    second = proposal_id(await bots.say(f"!match decline {first}", user="mia"), "ana")
    assert (first, second) == (1, 2)
    await bots.say("!match accept 2", user="ana")
    # ana's own request is #2; max accepts it as proposal #3.
    third = proposal_id(await bots.say("!match help with digital tools", user="ana"), "max")
    assert third == 3
    await bots.say("!match accept 3", user="max")
    # For ana, "2" is her request #2 and the proposal #2 she accepted: two matches.
    unsure = await bots.say("!match feedback 2 5", user="ana")
    assert "can't tell which match you mean" in unsure and "saved" not in unsure, unsure
    assert not rows(bots.settings.database_url, "mentoring_feedback")
    # Each match's own number is unambiguous.
    assert "match #3 is saved" in await bots.say("!match feedback 3 5", user="ana")
    # For bo, "1" is his request; for mia, who declined, nothing.
    assert "match #1 is saved" in await bots.say("!match feedback 1 4", user="bo")


# --- 4. honest replies after a decline -------------------------------------------------------


async def test_nobody_left_is_said_honestly_to_both_sides(bots: Restartable) -> None:
    await bots.say(MAX, user="max")
    out = await bots.say(NEED, user="ana")
    out = await bots.say(f"!match decline {proposal_id(out, 'max')}", user="max")
    (to_ana,) = dm_to(out, "ana")
    assert "none could take it on" in to_ana
    assert "coordinators" not in to_ana  # [permissions] coordinator_users is empty
    reply = out.split("\n[dm")[0]
    assert "ask someone else" not in reply and "nobody else" in reply, reply


async def test_coordinators_are_mentioned_only_when_told(tmp_path: Path, clock: FakeClock) -> None:
    bots = await _bots(tmp_path, clock, permissions={"coordinator_users": ("console:cora",)})
    try:
        await bots.say(MAX, user="max")
        out = await bots.say(NEED, user="ana")
        out = await bots.say(f"!match decline {proposal_id(out, 'max')}", user="max")
        (to_ana,) = dm_to(out, "ana")
        assert "coordinators know" in to_ana and dm_to(out, "cora")
    finally:
        await bots.stop()


async def test_a_decline_with_someone_left_says_so(bots: Restartable) -> None:
    await bots.say(MIA, user="mia")
    await bots.say(LEA, user="lea")
    out = await bots.say(NEED, user="ana")
    out = await bots.say(f"!match decline {proposal_id(out, 'mia')}", user="mia")
    assert "asked someone else" in out and proposal_id(out, "lea")


async def test_an_expiry_with_nobody_left_says_so(bots: Restartable) -> None:
    await bots.say(MAX, user="max")
    await bots.say(NEED, user="ana")
    bots.clock.advance(hours=49)
    bot = await bots.restart()
    (to_max,) = dm_to(bot.output(), "max")
    assert "expired" in to_max and "asked someone else" not in to_max


# --- 5. "Why you" ----------------------------------------------------------------------------


async def test_why_you_quotes_the_mentors_own_topics(bots: Restartable) -> None:
    await bots.say(DUAL, user="dana")
    out = await bots.say("!match help with apprenticeship assessment", user="ana")
    why = _why(dm_to(out, "dana")[0])
    assert "dual training" in why and "assessment" in why
    assert "apprenticeship" not in why


async def test_why_you_is_in_the_proposal_to_a_mentor_who_just_joined(
    bots: Restartable,
) -> None:
    assert "no mentor fits" in await bots.say(
        "!match help with apprenticeship assessment", user="ana"
    )
    out = await bots.say(DUAL, user="dana")
    why = _why(dm_to(out, "dana")[0])
    assert "dual training" in why and "apprenticeship" not in why


async def test_why_you_names_words_from_the_bio(bots: Restartable) -> None:
    await bots.say(MAX, user="max")  # declares "digital tools", so the word is a topic
    await bots.say(
        "!mentor join topics: welding; languages: en; consent: yes;"
        " bio: I build Digital Tools for workshops",
        user="wim",
    )
    out = await bots.say("!match welding with digital tools", user="ana")
    why = _why(dm_to(out, "wim")[0])
    assert "welding" in why and "Digital Tools" in why, why


# --- 6. languages not given ---------------------------------------------------------------------


async def test_join_without_languages_says_which_it_assumed(bots: Restartable) -> None:
    asked = await bots.say("!mentor join topics: assessment", user="mia")
    assert "languages: en" in asked and "You gave no languages" in asked
    joined = await bots.say("!mentor join topics: assessment; consent: yes", user="mia")
    assert "You gave no languages" in joined and "!mentor update languages:" in joined
    assert "Languages: en" in joined


# --- 7. control characters -------------------------------------------------------------------


async def test_control_and_bidi_characters_are_stripped_on_the_way_in(bots: Restartable) -> None:
    await bots.say(
        "!mentor join topics: assess\x07ment; languages: en; consent: yes;"
        " bio: ring\x07 the \x1b[31mred\x1b[0m \u202egnitset\u202c bell",
        user="mia",
    )
    await bots.say("!match help\x07 with \x1b[1massessment\u202e now", user="ana")
    (profile,) = rows(bots.settings.database_url, "mentoring_profiles")
    (request,) = rows(bots.settings.database_url, "mentoring_requests")
    for text in (profile["bio"], request["need"], str(profile["topics"])):
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text)
        assert "[31m" not in text and "[1m" not in text
    assert profile["bio"] == "ring the red gnitset bell"
    assert request["need"] == "help with assessment now"


# --- 8. replies that say what to do ------------------------------------------------------------


async def test_wrong_verbs_point_to_the_right_one(bots: Restartable) -> None:
    await bots.say(MIA, user="mia")
    await bots.say(MAX, user="max")
    out = await bots.say(NEED, user="ana")
    first = proposal_id(out, "mia")
    out = await bots.say(f"!match decline {first}", user="mia")
    second = proposal_id(out, "max")
    await bots.say(f"!match accept {second}", user="max")
    cancel = await bots.say("!match cancel 1 confirm", user="ana")
    assert "already matched" in cancel and f"!match end {second}" in cancel
    decline = await bots.say(f"!match decline {second}", user="max")
    assert "already accepted" in decline and f"!match end {second}" in decline
    declined_again = await bots.say(f"!match decline {first}", user="mia")
    assert "!match pending" in declined_again
    assert "!match status" in await bots.say("!match cancel confirm", user="ana")


async def test_stats_say_plainly_what_waits_for_new_mentors(
    tmp_path: Path, clock: FakeClock
) -> None:
    bots = await _bots(tmp_path, clock, matching={"max_tries": 1})
    try:
        await bots.say(MAX, user="max")
        out = await bots.say(NEED, user="ana")
        await bots.say(f"!match decline {proposal_id(out, 'max')}", user="max")
        await bots.say("!match help with welding", user="ben")
        stats = await bots.say("!match stats", user="cora", role="coordinator")
        assert "after every try" not in stats
        assert "2 open" in stats
        assert "1 of them asked every fitting candidate" in stats, stats
    finally:
        await bots.stop()


# --- 9. [matching] recent_days ---------------------------------------------------------------


@pytest.mark.parametrize(("recent_days", "asked"), [(14, "lea"), (7, "mia")])
async def test_recent_days_sets_the_rest_window(
    tmp_path: Path, clock: FakeClock, recent_days: int, asked: str
) -> None:
    """Mia and Lea fit equally; Mia was asked ten days ago, Lea never. Within a 14-day window
    Lea has rested longer; with a 7-day window both are rested and the tie goes to Mia."""
    bots = await _bots(tmp_path, clock, matching={"recent_days": recent_days})
    try:
        same = "topics: assessment; languages: en; capacity: 2; consent: yes"
        await bots.say(f"!mentor join {same}", user="mia")
        await bots.say(f"!mentor join {same}", user="lea")
        proposal_id(await bots.say("!match help with assessment", user="ana"), "mia")
        await bots.say("!match cancel confirm", user="ana")
        clock.advance(days=10)
        out = await bots.say("!match assessment of apprentices", user="ben")
        proposal_id(out, asked)
    finally:
        await bots.stop()


# --- 10. the candidate index is kept between requests -----------------------------------------


async def test_the_index_is_built_once_and_follows_loads_and_profiles(
    bots: Restartable, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = 0
    original = CandidateIndex.build.__func__  # type: ignore[attr-defined]

    def counting(cls: type[CandidateIndex], *args: Any, **kw: Any) -> CandidateIndex:
        nonlocal built
        built += 1
        return original(cls, *args, **kw)  # type: ignore[no-any-return]

    monkeypatch.setattr(CandidateIndex, "build", classmethod(counting))
    one = "languages: en; capacity: 1; consent: yes"
    await bots.say(f"!mentor join topics: assessment; {one}", user="mia")
    await bots.say(f"!mentor join topics: assessment; {one}", user="lea")
    built = 0
    # Loads change with every proposal: the second request must not go to the full mentor.
    first = await bots.say("!match help with assessment", user="ana")
    second = await bots.say("!match assessment of apprentices", user="ben")
    third = await bots.say("!match assessment in welding", user="cai")
    assert proposal_id(first, "mia") and proposal_id(second, "lea")
    assert "no mentor fits" in third
    assert built == 1
    # A profile change is seen by the next request.
    await bots.say("!mentor update topics: welding; capacity: 2", user="mia")
    out = await bots.say("!match welding practice", user="dan")
    assert proposal_id(out, "mia")
    assert built == 2


def test_attempts_are_written_as_ordinals() -> None:
    from types import SimpleNamespace

    from bot.capabilities.mentoring.render import ordinal as _ordinal
    from bot.i18n import t

    ctx = SimpleNamespace(t=lambda key, **params: t(key, **params))
    got = [_ordinal(ctx, n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111)]  # type: ignore[arg-type]
    assert got == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th"
    ]  # fmt: skip


async def test_ending_a_match_tells_the_other_side(tmp_path: Path, clock: FakeClock) -> None:
    bots = Restartable(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'end.db'}", clock)
    await bots.start()
    try:
        await bots.say(MIA, user="mia")
        match = proposal_id(await bots.say(NEED, user="ana"), "mia")
        await bots.say(f"!match accept {match}", user="mia")
        ended = await bots.say(f"!match end {match}", user="ana")
        (notice,) = dm_to(ended, "mia")
        assert f"has ended match #{match}" in notice and f"!match feedback {match}" in notice
        again = await bots.say(f"!match end {match}", user="mia")
        assert "already ended" in again and not dm_to(again, "ana")
    finally:
        await bots.stop()


# --- 6. across languages --------------------------------------------------------------------


async def test_a_need_in_german_finds_the_english_profile_of_a_german_speaking_mentor(
    bots: Restartable,
) -> None:
    await bots.say(
        "!mentor join topics: assessment, exam preparation; languages: en, de; capacity: 2;"
        " consent: yes",
        user="greta",
    )
    await bots.say(
        "!mentor join topics: welding, green skills; languages: de; capacity: 2; consent: yes",
        user="otto",
    )
    out = await bots.say("!match brauche Hilfe bei der Prüfungsvorbereitung; lang: de", user="ana")
    assert dm_to(out, "greta"), out
    assert not dm_to(out, "otto")
    # The mentor reads why in the words of their own English profile.
    assert "exam preparation" in _why(dm_to(out, "greta")[0])
