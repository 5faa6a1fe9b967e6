"""Run the scheduler benchmark: the prompt engine beside a naive once-a-second scan.

Usage::

    /work/venv/bin/python -m bench.scheduler.run [--prompts 10000] [--due 1000] [--lead 12]
        [--idle 10] [--write-results bench/RESULTS.md]

Each contender runs in its own child process (``--one engine|naive``) on its own SQLite
file filled with the same prompts (seed 7): ``--prompts`` active prompts across 24 time zones
— weekly crons, "every" recurrences and one-offs days ahead — of which ``--due`` fall due at
the same instant ``--lead`` seconds after the child starts (half one-offs ``at: … HH:MM:SS``,
half ``every: day HH:MM:SS``, in their own zones: the "Monday 09:00" burst).

Measured per contender:

* **load**: from reading the tables to every prompt's next time being scheduled;
* **lateness**: from each due prompt's scheduled instant to the moment the adapter's
  ``perform`` is called with its post (wall clock); p50, p99, max, and how many were early;
* **idle CPU**: process CPU seconds over ``--idle`` seconds after the burst, as a percentage
  of one core, with the other prompts still scheduled;
* **memory**: RSS growth from before loading to after the burst, and the process peak.

The engine is the real one (``bot.capabilities.prompts.engine`` on ``runtime.scheduler``,
through ``App.send`` to a recording adapter). The naive baseline keeps each prompt's next
time in a list and checks every prompt once a second, delivering through the same
claim/send path, so the difference is the scheduling alone.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import resource
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bench.report import cpu_model, in_child, rss_kib, write_section

RESULTS_HEADING = "## Scheduler"
ZONES = (
    "Europe/Brussels", "Europe/Lisbon", "Europe/Helsinki", "Europe/Berlin", "Europe/Madrid",
    "Europe/Warsaw", "Europe/Athens", "Europe/Dublin", "Europe/Rome", "Europe/Paris",
    "Europe/Bucharest", "Europe/Sofia", "Europe/Vienna", "Europe/Prague", "Europe/Riga",
    "Europe/Istanbul", "UTC", "America/New_York", "America/Sao_Paulo", "Asia/Tokyo",
    "Asia/Kolkata", "Australia/Sydney", "Africa/Nairobi", "Pacific/Auckland",
)  # fmt: skip
DAYS = ("mon", "tue", "wed", "thu", "fri")


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def make_schedules(
    count: int, due: int, at: datetime, now: datetime, seed: int = 7
) -> list[dict[str, Any]]:
    """``count`` schedules (``Schedule.to_dict`` form), the first ``due`` firing at ``at``."""
    from bot.capabilities.prompts.schedule import parse_schedule

    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for i in range(count):
        zone = ZONES[i % len(ZONES)]
        if i < due:
            local = at.astimezone(ZoneInfo(zone))
            if i % 2 == 0:
                schedule = parse_schedule(at=f"{local:%Y-%m-%d %H:%M:%S}", tz=zone, now=now)
            else:
                schedule = parse_schedule(every=f"day {local:%H:%M:%S}", tz=zone, now=now)
        elif i % 3 == 0:
            schedule = parse_schedule(
                cron=f"{rng.randrange(60)} {rng.randrange(7, 19)} * * {rng.choice(DAYS)}",
                tz=zone,
                now=now,
            )
        elif i % 3 == 1:
            weeks = rng.choice((1, 2, 3))
            schedule = parse_schedule(
                every=f"{weeks} weeks on {rng.choice(DAYS)} {rng.randrange(7, 19)}:30",
                tz=zone,
                now=now,
            )
        else:
            when = (
                now + timedelta(days=rng.randrange(2, 60), minutes=rng.randrange(1440))
            ).astimezone(ZoneInfo(zone))
            schedule = parse_schedule(at=f"{when:%Y-%m-%d %H:%M}", tz=zone, now=now)
        out.append(schedule.to_dict())
    return out


def fill(url: str, schedules: list[dict[str, Any]], now: datetime) -> None:
    """Migrate an empty database and insert one active prompt per schedule, room ``r<i%50>``."""
    from sqlalchemy import create_engine, insert

    from bot.capabilities.prompts.models import Prompt, Target
    from bot.store import migrate
    from bot.store.database import sync_url

    migrate.upgrade(url)
    engine = create_engine(sync_url(url))
    with engine.begin() as conn:
        conn.execute(
            insert(Prompt),
            [
                {
                    "id": i + 1,
                    "text": f"Prompt {i + 1}: what did you try this week?",
                    "part": "prompt",
                    "position": 0,
                    "schedule": s,
                    "status": "active",
                    "author_platform": "bench",
                    "author_user_id": "coordinator",
                    "author_name": "Coordinator",
                    "created_at": now,
                    "updated_at": now,
                }
                for i, s in enumerate(schedules)
            ],
        )
        conn.execute(
            insert(Target),
            [
                {"prompt_id": i + 1, "platform": "bench", "room_id": f"r{i % 50}", "room_name": ""}
                for i in range(len(schedules))
            ],
        )
    engine.dispose()


class RecordingAdapter:
    """A platform adapter that only notes when each post was handed to it."""

    platform = "bench"

    def __init__(self) -> None:
        self.handed: list[tuple[float, str]] = []
        self.all_handed = asyncio.Event()
        self._expected = 0
        self._ids = 0

    def expect(self, count: int) -> None:
        self._expected = count
        if len(self.handed) >= count:
            self.all_handed.set()

    async def start(self, handler: Any) -> None:
        return None

    async def perform(self, action: Any) -> Any:
        from bot.actions import Delivery

        self.handed.append((time.time(), getattr(action, "text", "")))
        if self._expected and len(self.handed) >= self._expected:
            self.all_handed.set()
        self._ids += 1
        return Delivery(message_id=f"m{self._ids}", thread_id=f"t{self._ids}")

    async def stop(self) -> None:
        return None

    def delivers(self) -> bool:
        return True

    def connected(self) -> bool:
        return True


async def _run_one(kind: str, args: argparse.Namespace) -> dict[str, Any]:
    from sqlalchemy import select

    from bot.app import App
    from bot.capabilities.prompts.engine import Occurrence, PromptEngine
    from bot.capabilities.prompts.models import Prompt
    from bot.capabilities.prompts.schedule import Schedule
    from bot.settings import load_settings

    tmp = Path(tempfile.mkdtemp(prefix=f"vetbot-bench-{kind}-"))
    url = f"sqlite+aiosqlite:///{tmp / 'bench.db'}"
    now = datetime.now(UTC)
    at = (now + timedelta(seconds=args.lead)).replace(microsecond=0)
    fill(url, make_schedules(args.prompts, args.due, at, now), now)
    settings = load_settings(None, {}).replace("store", url=url).replace("bot", data_dir=str(tmp))
    settings = settings.replace("knowledge", seed=False)
    adapter = RecordingAdapter()
    app = App(settings, interactive=kind == "engine")
    app.add_adapter(adapter)
    engine = app.runtime.get(PromptEngine)
    rss_before = rss_kib()
    result: dict[str, Any] = {"kind": kind, "prompts": args.prompts, "due": args.due}

    if kind == "engine":
        timed: dict[str, float] = {}
        hooks = app.runtime.lead_hooks

        async def timed_start() -> None:
            began = time.perf_counter()
            await engine.start()
            timed["load"] = time.perf_counter() - began

        app.runtime.lead_hooks = [
            (name, timed_start if name == "prompts" else start, stop) for name, start, stop in hooks
        ]
        await app.start()
        result["load_s"] = timed["load"]
        result["scheduled"] = len(engine.next_times)
        stop_naive = None
    else:
        await app.start()  # not interactive: the engine stays idle; the loop below schedules
        began = time.perf_counter()
        async with app.store.session() as session:
            rows = (await session.execute(select(Prompt.id, Prompt.schedule))).all()
        table = []
        for pid, data in rows:
            schedule = Schedule.from_dict(data)
            nxt = schedule.next_time(now)
            table.append([pid, schedule, nxt.astimezone(UTC) if nxt else None])
        result["load_s"] = time.perf_counter() - began
        result["scheduled"] = sum(1 for r in table if r[2] is not None)
        stop = asyncio.Event()

        async def naive_loop() -> None:
            # What many bots do: once a second, look at every prompt.
            while not stop.is_set():
                tick = datetime.now(UTC)
                due = []
                for row in table:
                    if row[2] is not None and row[2] <= tick:
                        due.append(Occurrence(prompt_id=row[0], scheduled_at=row[2]))
                        nxt = row[1].next_time(row[2])
                        row[2] = nxt.astimezone(UTC) if nxt else None
                if due:
                    await engine.deliver(due)
                await asyncio.sleep(1.0)

        task = asyncio.create_task(naive_loop())
        stop_naive = (stop, task)

    result["load_done_before_burst_s"] = at.timestamp() - time.time()
    adapter.expect(args.due)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(adapter.all_handed.wait(), timeout=at.timestamp() + 60 - time.time())
    late = sorted(t - at.timestamp() for t, _ in adapter.handed)
    result["handed"] = len(adapter.handed)
    result["early"] = sum(1 for x in late if x < 0)
    if late:
        result["lateness_ms"] = {
            "p50": statistics.median(late) * 1000,
            "p99": late[max(0, int(len(late) * 0.99) - 1)] * 1000,
            "max": late[-1] * 1000,
            "min": late[0] * 1000,
        }
    await asyncio.sleep(3.0)  # let the burst's bookkeeping (next jobs, summaries) settle
    cpu0, wall0 = _cpu(), time.perf_counter()
    await asyncio.sleep(args.idle)
    result["idle_cpu_pct"] = (_cpu() - cpu0) / (time.perf_counter() - wall0) * 100
    result["rss_growth_mib"] = (rss_kib() - rss_before) / 1024
    result["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if stop_naive is not None:
        stop_naive[0].set()
        await stop_naive[1]
    await app.stop()
    return result


def _child(kind: str, args: argparse.Namespace) -> dict[str, Any]:
    return in_child(
        "bench.scheduler.run", "--one", kind,
        "--prompts", str(args.prompts), "--due", str(args.due),
        "--lead", str(args.lead), "--idle", str(args.idle),
        timeout=900,
    )  # fmt: skip


def report(results: list[dict[str, Any]], args: argparse.Namespace) -> str:
    model = cpu_model(platform.processor() or platform.machine())
    lines = [
        RESULTS_HEADING,
        "",
        "Prompt scheduling (`bot.capabilities.prompts.engine` on APScheduler's AsyncIOScheduler,",
        "memory job store, one DateTrigger job per prompt's next occurrence) against a naive loop",
        "that checks every prompt once a second; both deliver through the same claim/send path",
        "(SQLite file, WAL) to a recording adapter. Made by `python -m bench.scheduler.run`:",
        f"{args.prompts:,} active prompts across {len(ZONES)} time zones (weekly crons,",
        f"every-N-weeks, one-offs days ahead), {args.due:,} of them due at the same instant",
        f"{args.lead:.0f} s after start (half one-offs, half daily recurrences, each in its own",
        "zone). Lateness: scheduled instant to the adapter's `perform` call. Idle CPU: "
        f"{args.idle:.0f} s after the burst has settled, % of one core.",
        "",
        f"Machine: {os.cpu_count()} cores (shared with other jobs), {model}, Python "
        f"{platform.python_version()}, {platform.system()} {platform.machine()}.",
        "",
        "| contender | load | delivered | early | lateness p50 | p99 | max | idle CPU "
        "| RSS growth | peak RSS |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lat = r.get("lateness_ms", {})
        lines.append(
            f"| {r['kind']} | {r['load_s']:.2f} s | {r['handed']:,}/{r['due']:,} | {r['early']} "
            f"| {lat.get('p50', float('nan')):.0f} ms | {lat.get('p99', float('nan')):.0f} ms "
            f"| {lat.get('max', float('nan')):.0f} ms | {r['idle_cpu_pct']:.2f} % "
            f"| {r['rss_growth_mib']:.0f} MiB | {r['peak_rss_mib']:.0f} MiB |"
        )
    lines += [
        "",
        "Reading the numbers: the engine's job fires 2 s ahead (`PREPARE_SECONDS`), claims the",
        "delivery rows then, and hands the posts over at the instant itself, so its lateness is",
        "the hand-off alone; the naive loop claims when its tick sees a prompt due, so its",
        "lateness is the tick's phase plus the claim of the whole burst. The engine's load",
        "includes building one APScheduler job per prompt; its idle CPU includes the 30 s look",
        "for prompts changed by other processes, when that falls in the window.",
    ]
    engine = next((r for r in results if r["kind"] == "engine"), None)
    if engine is not None and "lateness_ms" in engine:
        verdict = (
            "met" if engine["lateness_ms"]["p99"] <= 200 and engine["early"] == 0 else "NOT met"
        )
        lines += ["", f"Target p99 ≤ 200 ms, none early: {verdict} by the engine."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=int, default=10_000)
    parser.add_argument("--due", type=int, default=1_000)
    parser.add_argument("--lead", type=float, default=25.0, help="seconds until the burst")
    parser.add_argument("--idle", type=float, default=10.0, help="seconds of idle CPU sampling")
    parser.add_argument("--one", choices=("engine", "naive"), help=argparse.SUPPRESS)
    parser.add_argument("--write-results", type=Path)
    args = parser.parse_args(argv)
    if args.one:
        import logging

        logging.basicConfig(level=logging.WARNING)
        print(json.dumps(asyncio.run(_run_one(args.one, args))))
        return 0
    results = [_child(kind, args) for kind in ("engine", "naive")]
    text = report(results, args)
    print(text)
    if args.write_results:
        write_section(args.write_results, RESULTS_HEADING, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
