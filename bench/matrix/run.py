"""Run the Matrix benchmark: vetbot through a real Synapse, beside a bare matrix-nio echo bot.

Usage::

    /work/venv/bin/python -m bench.matrix.run [--round-trips 200] [--burst 20]
        [--write-results bench/RESULTS.md]

What is measured, for each bot, on a Synapse on 127.0.0.1 (started here, in a temp dir):

- round trip: a person's client sends ``!help`` and long-polls ``/sync`` until the bot's answer
  arrives; p50 / p99 / max over ``--round-trips`` sequential commands;
- burst: ``--burst`` commands sent back to back; how many were answered, whether in order,
  and how long until the last answer — on a homeserver with raised limits and on one with
  Synapse's default ``rc_message`` (0.2/s, burst 10), where the person's own limit is lifted
  so that only the bot's sending is limited;
- quick restart (vetbot only): the bot is stopped and started again at once; how many of the
  commands it had already answered it answers again (should be 0).

The echo bot is the floor: a plain ``AsyncClient.sync_forever`` whose callback answers every
``m.text`` with an ``m.notice`` — no core, no store, no queue. It uses nio's defaults, which
retry a 429 after the time the homeserver asks for.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from nio import (
    AsyncClient,
    AsyncClientConfig,
    MatrixRoom,
    RoomCreateResponse,
    RoomMessageNotice,
    RoomMessageText,
    RoomSendResponse,
    SyncResponse,
)

from bench.report import cpu_model, percentile, write_section
from tests.integration.matrix_harness import BotRun, bot_settings, override_rate_limit
from tests.integration.synapse import RegisteredUser, SynapseServer, generate_base_config

RESULTS_HEADING = "## Matrix"
FILTER: dict[str, Any] = {
    "room": {"timeline": {"limit": 200}, "state": {"lazy_load_members": False}},
    "presence": {"not_types": ["*"]},
}


class Person:
    """The human side: sends commands and waits for the bot's notices that answer them."""

    def __init__(self, server: SynapseServer, user: RegisteredUser) -> None:
        self.client = AsyncClient(
            server.base_url,
            user.user_id,
            device_id=user.device_id,
            config=AsyncClientConfig(encryption_enabled=False, max_limit_exceeded=0),
        )
        self.client.restore_login(user.user_id, user.device_id, user.access_token)
        self.answers: dict[str, float] = {}
        self.answer_order: list[str] = []

    async def sync(self, timeout_ms: int) -> None:
        response = await self.client.sync(timeout=timeout_ms, sync_filter=FILTER)
        if not isinstance(response, SyncResponse):
            return
        now = time.perf_counter()
        for joined in response.rooms.join.values():
            for event in joined.timeline.events:
                if isinstance(event, RoomMessageNotice):
                    relation = event.source["content"].get("m.relates_to", {})
                    target = relation.get("m.in_reply_to", {}).get("event_id")
                    if target is None:
                        # The echo bot answers with the command's event id in the body.
                        target = event.body.removeprefix("echo ")
                    if target not in self.answers:
                        self.answers[target] = now
                        self.answer_order.append(target)

    async def send(self, room_id: str, body: str) -> tuple[str, float]:
        began = time.perf_counter()
        response = await self.client.room_send(
            room_id, "m.room.message", {"msgtype": "m.text", "body": body}
        )
        assert isinstance(response, RoomSendResponse), response
        return str(response.event_id), began

    async def wait_for(self, event_ids: list[str], within: float) -> None:
        deadline = time.monotonic() + within
        while not all(e in self.answers for e in event_ids) and time.monotonic() < deadline:
            await self.sync(timeout_ms=int(min(5, max(0.1, deadline - time.monotonic())) * 1000))


async def _room_with(person: Person, bot_user_id: str) -> str:
    created = await person.client.room_create(invite=[bot_user_id])
    assert isinstance(created, RoomCreateResponse), created
    room_id = str(created.room_id)
    for _ in range(200):
        await person.sync(timeout_ms=200)
        room = person.client.rooms.get(room_id)
        if room is not None and bot_user_id in room.users and bot_user_id not in room.invited_users:
            return room_id
    raise TimeoutError(f"{bot_user_id} did not join")


async def round_trips(person: Person, room_id: str, count: int) -> list[float]:
    """Milliseconds from sending ``!help`` to seeing its answer, ``count`` times in a row."""
    await person.sync(timeout_ms=0)
    times = []
    for _ in range(count):
        event_id, began = await person.send(room_id, "!help")
        await person.wait_for([event_id], within=30)
        if event_id in person.answers:
            times.append((person.answers[event_id] - began) * 1000)
    return times


async def burst(person: Person, room_id: str, count: int, within: float) -> dict[str, Any]:
    """Send ``count`` commands back to back; how many answers, in order, and how fast."""
    await person.sync(timeout_ms=0)
    sent = []
    began = time.perf_counter()
    for n in range(count):
        event_id, _ = await person.send(room_id, f"!help {n}" if n % 2 else "!help")
        sent.append(event_id)
    await person.wait_for(sent, within=within)
    answered = [e for e in person.answer_order if e in set(sent)]
    last = max((person.answers[e] for e in answered), default=began)
    return {
        "answered": len(answered),
        "count": count,
        "in_order": answered == sent[: len(answered)],
        "seconds": last - began,
    }


class EchoBot:
    """The floor: a bare matrix-nio bot answering every text with a notice."""

    def __init__(self, server: SynapseServer, user: RegisteredUser) -> None:
        self.client = AsyncClient(
            server.base_url,
            user.user_id,
            device_id=user.device_id,
            config=AsyncClientConfig(encryption_enabled=False),
        )
        self.client.restore_login(user.user_id, user.device_id, user.access_token)
        self.client.add_event_callback(self._on_text, RoomMessageText)
        self.task: asyncio.Task[None] | None = None

    async def _on_text(self, room: MatrixRoom, event: RoomMessageText) -> None:
        await self.client.room_send(
            room.room_id,
            "m.room.message",
            {"msgtype": "m.notice", "body": f"echo {event.event_id}"},
        )

    async def _on_invite(self, room: MatrixRoom, _event: Any) -> None:
        await self.client.join(room.room_id)

    async def start(self) -> None:
        from nio import InviteMemberEvent

        self.client.add_event_callback(self._on_invite, InviteMemberEvent)  # type: ignore[arg-type]
        await self.client.sync(timeout=0, sync_filter=FILTER)  # skip the backlog
        self.task = asyncio.create_task(
            self.client.sync_forever(timeout=30_000, sync_filter=FILTER)
        )

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
        await self.client.close()


def _stats(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    if not ordered:
        return {"n": 0, "p50": float("nan"), "p99": float("nan"), "max": float("nan")}
    p99 = percentile(ordered, 0.99)
    return {"n": len(ordered), "p50": statistics.median(ordered), "p99": p99, "max": ordered[-1]}


async def _with_bot(
    kind: str,
    server: SynapseServer,
    workdir: Path,
    measure: Callable[[Person, str, str], Awaitable[dict[str, Any]]],
) -> dict[str, Any]:
    bot_user = await server.aregister(server.unique_localpart(f"{kind}bot"))
    person_user = await server.aregister(server.unique_localpart("person"), admin=True)
    await asyncio.to_thread(override_rate_limit, server, person_user, person_user.user_id)
    person = Person(server, person_user)
    if kind == "vetbot":
        settings = bot_settings(workdir, server, bot_user, data_name=f"data-{bot_user.user_id}")
        settings = settings.replace("logging", level="WARNING")
        bot: Any = await BotRun.start(settings)
    else:
        bot = EchoBot(server, bot_user)
        await bot.start()
    try:
        room_id = await _room_with(person, bot_user.user_id)
        return await measure(person, room_id, bot_user.user_id)
    finally:
        await bot.stop()
        await person.client.close()


async def run(round_trip_count: int, burst_size: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="vetbot-bench-matrix-") as tmp:
        base = generate_base_config(Path(tmp) / "base")
        raised = SynapseServer(base=base, workdir=Path(tmp) / "raised")
        default = SynapseServer(base=base, workdir=Path(tmp) / "default", raised_rate_limits=False)
        await raised.astart()
        await default.astart()
        try:
            for kind in ("echo", "vetbot"):
                print(f"{kind}: round trips and bursts…", file=sys.stderr, flush=True)

                async def raised_run(person: Person, room_id: str, bot_id: str) -> dict[str, Any]:
                    await round_trips(person, room_id, 3)  # warm-up
                    times = await round_trips(person, room_id, round_trip_count)
                    return {
                        "rt": _stats(times),
                        "burst": await burst(person, room_id, burst_size, within=60),
                    }

                out = await _with_bot(kind, raised, Path(tmp), raised_run)

                async def default_run(person: Person, room_id: str, bot_id: str) -> dict[str, Any]:
                    return {"burst": await burst(person, room_id, burst_size, within=120)}

                limited = await _with_bot(kind, default, Path(tmp), default_run)
                out["burst_default"] = limited["burst"]
                results[kind] = out
            print("vetbot: quick restart…", file=sys.stderr, flush=True)
            results["restart"] = await quick_restart(raised, Path(tmp))
        finally:
            await raised.astop()
            await default.astop()
    return results


async def quick_restart(server: SynapseServer, workdir: Path) -> dict[str, Any]:
    """Answer 5 commands, restart the bot at once, count answers given twice."""
    bot_user = await server.aregister(server.unique_localpart("restartbot"))
    person_user = await server.aregister(server.unique_localpart("person"))
    person = Person(server, person_user)
    settings = bot_settings(workdir, server, bot_user, data_name="data-restart")
    settings = settings.replace("logging", level="WARNING")
    bot = await BotRun.start(settings)
    try:
        room_id = await _room_with(person, bot_user.user_id)
        await person.sync(timeout_ms=0)
        sent = [(await person.send(room_id, "!help"))[0] for _ in range(5)]
        await person.wait_for(sent, within=30)
        began = time.perf_counter()
        await bot.stop()
        bot = await BotRun.start(settings)
        restart_s = time.perf_counter() - began
        person.answer_order.clear()
        person.answers.clear()
        fresh, _ = await person.send(room_id, "!help")
        await person.wait_for([fresh], within=30)
        await person.wait_for(["(nothing)"], within=2)  # anything replayed would show up now
        replayed = [e for e in person.answer_order if e in set(sent)]
        return {
            "restart_s": restart_s,
            "replayed": len(replayed),
            "fresh_answered": fresh in person.answers,
        }
    finally:
        await bot.stop()
        await person.client.close()


def report(results: dict[str, Any], round_trip_count: int, burst_size: int) -> str:
    cpu = cpu_model("unknown CPU")
    from importlib.metadata import version

    lines = [
        RESULTS_HEADING,
        "",
        "vetbot's Matrix adapter (the whole bot: core, SQLite store, outgoing queue) beside a bare",
        "matrix-nio echo bot (`sync_forever` + `room_send` in the callback: the floor), both",
        "through one Synapse on 127.0.0.1, made by `python -m bench.matrix.run`. Round trip: a",
        "person's client sends `!help` and long-polls `/sync` until the answer arrives",
        f"({round_trip_count} sequential commands after 3 warm-up ones). Burst: {burst_size}",
        "commands sent back to back; raised limits, and Synapse's default `rc_message`",
        "(0.2/s, burst 10) with only the bot limited. Plain (unencrypted) rooms.",
        "",
        f"Machine: {os.cpu_count()} cores (shared with other jobs), {cpu}, Python "
        f"{platform.python_version()}, {platform.system()} {platform.machine()}; "
        f"matrix-nio {version('matrix-nio')}, Synapse {version('matrix-synapse')}.",
        "",
        "| bot | round trip p50 | p99 | max | burst (raised limits) | burst (default limits) |",
        "|---|---|---|---|---|---|",
    ]
    for kind, label in (("echo", "matrix-nio echo (floor)"), ("vetbot", "vetbot")):
        r = results[kind]
        rt = r["rt"]

        def fmt_burst(b: dict[str, Any]) -> str:
            order = "in order" if b["in_order"] else "**out of order**"
            return f"{b['answered']}/{b['count']} {order}, {b['seconds']:.1f} s"

        lines.append(
            f"| {label} | {rt['p50']:.1f} ms | {rt['p99']:.1f} ms | {rt['max']:.1f} ms | "
            f"{fmt_burst(r['burst'])} | {fmt_burst(r['burst_default'])} |"
        )
    restart = results["restart"]
    lines += [
        "",
        f"Quick restart (vetbot): stopped and started again in {restart['restart_s']:.2f} s; "
        f"commands answered again after it: {restart['replayed']} of 5; the next command "
        f"{'was' if restart['fresh_answered'] else '**was not**'} answered.",
        "",
        "Reference figures for other bots, not measured in this run: maubot ~51 ms median and",
        "20/20 in a burst; opsdroid ~52 ms but 10/20 in a burst, and it replays old commands",
        "after a quick restart. Under the default limits a burst of 20 cannot finish before",
        "~50 s: 10 go at once, then one every 5 s.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--round-trips", type=int, default=200)
    parser.add_argument("--burst", type=int, default=20)
    parser.add_argument("--write-results", type=Path, default=None)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    results = asyncio.run(run(args.round_trips, args.burst))
    section = report(results, args.round_trips, args.burst)
    print(section)
    if args.write_results is not None:
        write_section(args.write_results, RESULTS_HEADING, section)


if __name__ == "__main__":
    main()
