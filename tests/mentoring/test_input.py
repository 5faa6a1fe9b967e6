"""Wrong and hostile input gets a clear reply and changes nothing stored."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.botkit import FakeClock
from tests.mentoring.kit import MAX, MIA, NEED, Restartable, dm_to, proposal_id, snapshot


@pytest.fixture
async def bots(tmp_path: Path, clock: FakeClock) -> AsyncIterator[Restartable]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"
    bots = Restartable(tmp_path, url, clock)
    await bots.start()
    yield bots
    await bots.stop()


def _url(bots: Restartable) -> str:
    return bots.settings.database_url


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        (MIA.replace("capacity: 2", "capacity: -1"), "must be a whole number from 1 to 10"),
        (MIA.replace("capacity: 2", "capacity: 1e9"), "(got '1e9')"),
        (MIA.replace("capacity: 2", "capacity: 1000000000"), "from 1 to 10"),
        (MIA.replace("capacity: 2", "capacity: 0"), "from 1 to 10"),
        (MIA.replace("twelve years", "x" * 700), "please keep it to 600"),
        (MIA.replace("twelve years", "x" * 5000), "too long for a command"),
        (MIA.replace("languages: en, de", "languages: english!"), "not an ISO 639-1 language code"),
        (MIA.replace("country: DE", "country: Germany"), "not an ISO 3166-1 country code"),
        (MIA.replace("consent: yes", "consent: maybe"), "Consent is 'consent: yes'"),
        ("!mentor join languages: en; consent: yes", "Please give your topics"),
        ("!mentor join please", "I didn't expect 'please' here"),
        ("!mentor join topics: a; colour: red", "There is no option 'colour:'"),
        ("!mentor update capacity: 3", "no mentor profile"),
        ("!mentor pause until: yesterday", "not a date"),
        ("!match", "Please say what you need"),
        ("!match " + "help " * 120, "please keep it to 500"),
        ("!match help with tests kind: teacher", "is not a kind"),
        ("!match accept", "Please give the ID"),
        ("!match accept abc", "'abc' is not an ID"),
        ("!match accept 999", "There is no open proposal #999 for you"),
        ("!match decline -3", "is not an ID"),
        ("!match cancel 999 confirm", "You have no request #999"),
        ("!match feedback 1 4", "There is no match #1 of yours"),
        ("!match feedback 1 9", "(got '9')"),
        ("!match feedback 1 nine", "rating must be a whole number from 1 to 5"),
        ("!match run", "Only a coordinator"),
        ("!match stats", "Only a coordinator"),
    ],
)
async def test_bad_input_is_explained_and_stores_nothing(
    bots: Restartable, line: str, reply: str
) -> None:
    await bots.say(MAX, user="max")
    await bots.say(NEED, user="ana")
    before = snapshot(_url(bots))
    out = await bots.say(line, user="mia")
    assert reply in out, out
    assert "Traceback" not in out and "something went wrong" not in out
    assert snapshot(_url(bots)) == before


async def test_other_peoples_proposals_and_requests_are_out_of_reach(bots: Restartable) -> None:
    await bots.say(MIA, user="mia")
    out = await bots.say(NEED, user="ana")
    pid = proposal_id(out, "mia")
    before = snapshot(_url(bots))
    # The requester, a stranger, and a known person with no such proposal all get "not yours".
    for user in ("ana", "eve", "max"):
        for verb in ("accept", "decline"):
            reply = await bots.say(f"!match {verb} {pid}", user=user)
            assert f"There is no open proposal #{pid} for you" in reply
    assert "You have no request #1" in await bots.say("!match cancel 1 confirm", user="mia")
    assert "no match #" in await bots.say(f"!match feedback {pid} 4", user="eve")
    assert snapshot(_url(bots)) == before


async def test_accepting_twice_or_answering_after_cancel_changes_nothing(
    bots: Restartable,
) -> None:
    await bots.say(MIA, user="mia")
    pid = proposal_id(await bots.say(NEED, user="ana"), "mia")
    first = await bots.say(f"!match accept {pid}", user="mia")
    assert len(dm_to(first, "ana")) == 1
    before = snapshot(_url(bots))
    again = await bots.say(f"!match accept {pid}", user="mia")
    assert f"You already accepted proposal #{pid}" in again and not dm_to(again, "ana")
    assert "already accepted" in await bots.say(f"!match accept {pid}", user="mia")
    assert "already matched" in await bots.say("!match cancel 1 confirm", user="ana")
    assert snapshot(_url(bots)) == before
    # Rating before an introduction is refused; after it, once per person, replaced on repeat.
    out = await bots.say(NEED.replace("designing", "planning"), user="ana")
    pending = proposal_id(out, "mia")
    assert "not an accepted match" in await bots.say(f"!match feedback {pending} 3", user="ana")
    assert "Your rating" in await bots.say(f"!match feedback {pid} 3", user="ana")
    assert "is now 4/5" in await bots.say(f"!match feedback {pid} 4", user="ana")
    cancelled = await bots.say("!match cancel 2 confirm", user="ana")
    assert "Request #2 is cancelled" in cancelled
    assert "withdrew the request" in dm_to(cancelled, "mia")[0]
    assert "withdrawn" in await bots.say(f"!match accept {pending}", user="mia")


async def test_consent_no_and_double_join(bots: Restartable) -> None:
    out = await bots.say(MIA.replace("consent: yes", "consent: no"), user="mia")
    assert "nothing was stored" in out
    assert snapshot(_url(bots))["mentoring_profiles"] == []
    await bots.say(MIA, user="mia")
    before = snapshot(_url(bots))
    assert "already have a mentor profile" in await bots.say(MIA, user="mia")
    assert snapshot(_url(bots)) == before
    # The same person may also opt in as a peer expert (its own consent).
    out = await bots.say(MIA.replace("!mentor", "!expert"), user="mia")
    assert "You are now opted in as an expert" in out
