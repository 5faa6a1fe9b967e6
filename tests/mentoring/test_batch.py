"""Batch matching through chat (``!match run``) and the command line (``vetbot match run``):
optimal rather than first-come, and proposals made offline are delivered by the running bot."""

from __future__ import annotations

import asyncio
import multiprocessing
from pathlib import Path

from sqlalchemy import create_engine, pool, text

from bot.capabilities.mentoring import BatchService
from bot.store.database import sync_url
from tests.botkit import FakeClock
from tests.mentoring.kit import Restartable, dm_to, proposal_id, rows
from tests.processes import run_vetbot

# Xavi fits both needs, Yuki only the first; both take one person. First come, first served
# would give the first need to Xavi and leave the second without anyone.
XAVI = "!mentor join topics: assessment, welding; languages: en; capacity: 1; consent: yes"
YUKI = "!mentor join topics: assessment; languages: en; capacity: 1; consent: yes"
NEED_A = "!match assessment of apprentices"
NEED_B = "!match welding assessment"


async def _two_waiting_requests(bots: Restartable) -> None:
    """Both mentors paused until tomorrow, both requests open; then the pause runs out."""
    for user, line in (("xavi", XAVI), ("yuki", YUKI)):
        await bots.say(line, user=user)
        await bots.say("!mentor pause until: 2026-11-25", user=user)
    assert "no mentor fits" in await bots.say(NEED_A, user="ana")
    assert "no mentor fits" in await bots.say(NEED_B, user="ben")
    bots.clock.advance(days=1)


async def test_match_run_serves_every_request(tmp_path: Path, clock: FakeClock) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"
    bots = Restartable(tmp_path, url, clock)
    await bots.start()
    try:
        await _two_waiting_requests(bots)
        out = await bots.say("!match run", user="cora", role="coordinator")
        assert "2 open requests, 2 proposals sent, 0 without" in out
        to_yuki, to_xavi = dm_to(out, "yuki"), dm_to(out, "xavi")
        assert "assessment of apprentices" in to_yuki[0]
        assert "welding assessment" in to_xavi[0]
        assert [r["action"] for r in rows(url, "audit_log")] == ["match.run"]
        again = await bots.say("!match run", user="cora", role="coordinator")
        assert "0 open requests" in again
    finally:
        await bots.stop()


async def test_match_run_with_its_flows_in_a_solver_process(
    tmp_path: Path, clock: FakeClock
) -> None:
    """The batch of a running bot, its flow solved in a solver process (every flow, however
    small, once the threshold is 1): the same proposals as solved in the bot's own process;
    stopping the bot ends its solver processes."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"
    bots = Restartable(tmp_path, url, clock)
    bot = await bots.start()
    before = {p.pid for p in multiprocessing.active_children()}
    try:
        solver = bot.app.runtime.get(BatchService).solver
        assert solver is not None and solver.processes == 2  # [matching] solver_processes
        solver.min_arcs = 1
        await _two_waiting_requests(bots)
        out = await bots.say("!match run", user="cora", role="coordinator")
        assert {p.pid for p in multiprocessing.active_children()} - before
        assert "2 open requests, 2 proposals sent, 0 without" in out
        assert "assessment of apprentices" in dm_to(out, "yuki")[0]
        assert "welding assessment" in dm_to(out, "xavi")[0]
    finally:
        await bots.stop()
    assert {p.pid for p in multiprocessing.active_children()} == before


async def test_cli_match_run_leaves_delivery_to_the_running_bot(
    tmp_path: Path, clock: FakeClock
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"
    bots = Restartable(tmp_path, url, clock)
    await bots.start()
    try:
        await _two_waiting_requests(bots)
        await bots.stop()
        # The command line runs on the real clock: end the pauses outright.
        engine = create_engine(sync_url(url), poolclass=pool.NullPool)
        with engine.begin() as conn:
            conn.execute(text("UPDATE mentoring_profiles SET paused = false, paused_until = NULL"))
        engine.dispose()
        config = tmp_path / "bot.toml"
        config.write_text(f'[store]\nurl = "{url}"\n[knowledge]\nseed = false\n', encoding="utf-8")
        done = await asyncio.to_thread(run_vetbot, tmp_path, config, "match", "run")
        assert done.returncode == 0, done.stderr
        assert "2 proposals made" in done.stdout
        made = rows(url, "mentoring_proposals")
        assert len(made) == 2 and all(p["sent_at"] is None for p in made)
        # The bot delivers them when it starts, with the deadline counted from then.
        bot = await bots.start()
        started = bot.output()
        assert proposal_id(started, "xavi") and proposal_id(started, "yuki")
        assert all(p["sent_at"] is not None for p in rows(url, "mentoring_proposals"))
        bot = await bots.restart()
        assert "A trainer is looking" not in bot.output()
    finally:
        await bots.stop()


async def test_slash_commands_keep_asking_for_a_mentor_apart_from_the_batch(
    tmp_path: Path, clock: FakeClock
) -> None:
    from adapters.discord.slash import command_line, command_payload

    url = f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"
    bots = Restartable(tmp_path, url, clock)
    bot = await bots.start()
    try:
        registry = bot.app.runtime.registry
        payload = command_payload(registry.get("match"), registry)  # type: ignore[arg-type]
        names = [o["name"] for o in payload["options"]]
        assert names[0] == "run" and "batch" in names and names.count("run") == 1
        invoked = {
            "name": "match",
            "options": [
                {
                    "type": 1,
                    "name": "run",
                    "options": [{"type": 3, "name": "need", "value": "welding assessment"}],
                }
            ],
        }
        assert command_line(invoked, registry) == "match welding assessment"
        out = await bots.say("!match batch", user="cora", role="coordinator")
        assert "Batch matching: 0 open requests" in out
    finally:
        await bots.stop()
