"""The mentors' loads kept between requests (:mod:`bot.capabilities.mentoring.loads`).

A process lays its own proposals, declines, accepts, ends and cancels over the loads it keeps
without reading them whole again, and they stay what a whole read finds — also the view of
the index it ranks from. A change made by another process (another engine on the same
database, running the same services) moves the change counter, and the next request reads
the loads again. Recording that a proposal's message was delivered moves nothing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np
from sqlalchemy import select

from bot.capabilities.mentoring import store as repo
from bot.capabilities.mentoring.batch import BatchService
from bot.capabilities.mentoring.population import IndexCache
from bot.capabilities.mentoring.proposals import ProposalService
from bot.capabilities.mentoring.proposing import Proposer
from bot.capabilities.mentoring.tables import PENDING, Proposal
from bot.store import Store
from bot.store.people import find_person
from tests.botkit import FakeClock, TestBot
from tests.mentoring.kit import LEA, MAX, MIA, NEED, Restartable, dm_to, proposal_id

OTHER_NEED = "!match assessment with digital tools lang: en"
MENTORS = ("mia", "max", "lea")


def _population(bot: TestBot) -> IndexCache:
    return bot.app.runtime.get(BatchService).proposer.population


async def _kept_is_true(bot: TestBot, now: datetime) -> None:
    """The kept loads are at the stored counter and equal a whole read; the index view
    ranked from equals the whole read laid over the index afresh."""
    population = _population(bot)
    kept = population.loads
    async with bot.app.store.session() as session:
        load, last = await repo.loads(session)
        assert kept.stamp == await repo.revision(session)
        assert (kept.load, kept.last) == (load, last)
        view = await population.index(session, now)
    fresh = view.with_state(load, last)
    np.testing.assert_array_equal(view.load, fresh.load)
    np.testing.assert_array_equal(view.free, fresh.free)
    np.testing.assert_array_equal(view.last_proposed, fresh.last_proposed)


async def _mentors(bots: Restartable) -> TestBot:
    bot = await bots.start()
    for line, user in ((MIA, "mia"), (MAX, "max"), (LEA, "lea")):
        assert "Welcome" in await bots.say(line, user=user)
    return bot


async def test_own_changes_are_laid_over_the_kept_loads_without_reading_them_again(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    bot = await _mentors(bots)
    try:
        out = await bots.say(NEED, user="ana")
        first = proposal_id(out, "mia")
        kept = _population(bot).loads
        version = kept.version
        await _kept_is_true(bot, clock.now())

        out = await bots.say(OTHER_NEED, user="bob")
        asked = "max" if dm_to(out, "max") else "lea"
        second = proposal_id(out, asked)
        await _kept_is_true(bot, clock.now())

        # A decline moves the request on inside the same transaction: the next candidate
        # is ranked with the decline counted, then both changes are laid over together.
        out = await bots.say(f"!match decline {first}", user="mia")
        assert "declined" in out
        await _kept_is_true(bot, clock.now())
        async with bot.app.store.session() as session:
            mia = await find_person(session, "console", "mia")
        assert mia is not None and kept.load.get((mia.id, "mentor"), 0) == 0

        out = await bots.say(f"!match accept {second}", user=asked)
        assert dm_to(out, "bob")
        await _kept_is_true(bot, clock.now())
        await bots.say(f"!match end {second}", user=asked)
        await _kept_is_true(bot, clock.now())
        await bots.say("!match cancel 1", user="ana")
        await _kept_is_true(bot, clock.now())

        assert kept.version == version, "the loads were read whole again"
        assert kept.changes, "nothing was laid over"
    finally:
        await bots.stop()


async def test_a_change_by_another_process_is_read_at_the_next_request(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    bot = await _mentors(bots)
    other = Store(db_url)
    try:
        out = await bots.say(NEED, user="ana")
        first = proposal_id(out, "mia")
        kept = _population(bot).loads
        version, stamp = kept.version, kept.stamp
        async with other.session() as session:
            mentor = await session.scalar(select(Proposal.mentor_id).where(Proposal.id == first))
        assert mentor is not None
        assert kept.load[(mentor, "mentor")] == 1

        # Another process (its own engine, the same services) declines the proposal.
        await ProposalService(other, Proposer(bot.app.settings, clock)).decline(
            mentor, first, clock.now()
        )
        async with bot.app.store.session() as session:
            assert await repo.revision(session) != stamp

        await bots.say(OTHER_NEED, user="bob")
        assert kept.version > version
        await _kept_is_true(bot, clock.now())
    finally:
        await other.close()
        await bots.stop()


async def test_only_changes_a_load_can_see_move_the_counter(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    await _mentors(bots)
    store = Store(db_url)
    try:
        async with store.session() as session:
            before = await repo.revision(session)
        await bots.say(NEED, user="ana")
        async with store.session() as session:
            proposed = await repo.revision(session)
            (waiting,) = (
                await session.scalars(select(Proposal).where(Proposal.status == PENDING))
            ).all()
        assert proposed > before

        # Delivery and its deadline, in bulk and through the ORM: no load changes.
        async with store.session() as session:
            await repo.start_deadline(session, waiting.id, clock.now(), clock.now())
        async with store.session() as session:
            row = await session.get(Proposal, waiting.id)
            assert row is not None
            row.sent_at = clock.now()
            row.score = 1.0
        async with store.session() as session:
            assert await repo.revision(session) == proposed

        # A change of status does.
        async with store.session() as session:
            row = await session.get(Proposal, waiting.id)
            assert row is not None
            row.status = "withdrawn"
        async with store.session() as session:
            assert await repo.revision(session) == proposed + 1

        # A transaction rolled back bumps nothing.
        try:
            async with store.session() as session:
                row = await session.get(Proposal, waiting.id)
                assert row is not None
                row.status = PENDING
                await session.flush()
                raise _Undo
        except _Undo:
            pass
        async with store.session() as session:
            assert await repo.revision(session) == proposed + 1
    finally:
        await store.close()
        await bots.stop()


class _Undo(Exception):
    pass


async def test_a_profile_changed_by_another_process_is_read_at_the_next_request(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    await _mentors(bots)
    other = Store(db_url)
    try:
        out = await bots.say(OTHER_NEED, user="bob")  # the profiles are kept from here on
        assert dm_to(out, "max") or dm_to(out, "lea")
        async with other.session() as session:
            proposals, profiles = await repo.revisions(session)
            for user in MENTORS:
                person = await find_person(session, "console", user)
                assert person is not None
                profile = await repo.profile_of(session, person.id, "mentor")
                assert profile is not None
                profile.paused = True
        async with other.session() as session:
            assert await repo.revisions(session) == (proposals, (profiles or 0) + 1)

        # Everyone paused elsewhere (no profile's count, id or update time moved): nobody
        # is asked.
        out = await bots.say(NEED, user="ana")
        assert "Request #2 saved" in out
        assert not any(dm_to(out, user) for user in MENTORS)
    finally:
        await other.close()
        await bots.stop()
