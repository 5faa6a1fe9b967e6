"""Outbox benchmark: what durability costs a message owed to someone.

For each database (a SQLite file, and PostgreSQL at 127.0.0.1:5432 when it answers) a bot with
the console adapter (printing into memory) measures, in one process:

- **owed, one at a time**: one transaction writes a direct message to the outbox, then the
  relay claims, renders, hands it to the adapter and marks it sent (what a command that owes
  a message pays before the message is out);
- **owed, burst**: ``count`` messages written first, then one relay round delivers them all
  (what a batch run or a catch-up at start pays), as messages per second;
- **baseline**: the same direct messages handed straight to the adapter (``App.send``), with
  no durability at all.

Usage: ``python -m bench.outbox.run [--count N] [--write]``.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import platform
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from adapters.console import ConsoleAdapter
from bench.report import cpu_model, percentile, scratch_postgres, write_section
from bot.actions import DirectMessage
from bot.app import App
from bot.messages import Cmd, Msg
from bot.outbox import owe_dm
from bot.settings import load_settings

RESULTS = Path(__file__).resolve().parents[1] / "RESULTS.md"
HEADING = "## Outbox"


def _text(n: int) -> Msg:
    return Msg.of("mentoring.withdrawn_to_mentor", id=n, command=Cmd("match pending"))


async def _measure(url: str, count: int, data_dir: Path) -> dict[str, float]:
    settings = load_settings(None, {}).replace("bot", data_dir=str(data_dir))
    settings = settings.replace("store", url=url).replace("knowledge", seed=False)
    app = App(settings, interactive=False)
    app.add_adapter(ConsoleAdapter(out=io.StringIO()))
    await app.start()
    try:
        now = app.runtime.clock.now()
        one: list[float] = []
        for n in range(count):
            started = time.perf_counter()
            async with app.store.session() as session:
                key = await owe_dm(
                    session, platform="console", user_id=f"u{n}", text=_text(n), now=now
                )
            sent = await app.relay.flush([key])
            one.append((time.perf_counter() - started) * 1000)
            assert sent == 1
        started = time.perf_counter()
        for n in range(count):
            async with app.store.session() as session:
                await owe_dm(session, platform="console", user_id=f"b{n}", text=_text(n), now=now)
        written = time.perf_counter() - started
        started = time.perf_counter()
        delivered = await app.relay.flush()
        burst = time.perf_counter() - started
        assert delivered == count, delivered
        base: list[float] = []
        for n in range(count):
            action = DirectMessage(platform="console", user_id=f"d{n}", text=f"plain {n}")
            started = time.perf_counter()
            await app.send([action])
            base.append((time.perf_counter() - started) * 1000)
    finally:
        await app.stop()
    return {
        "one_p50": percentile(one, 0.5),
        "one_p99": percentile(one, 0.99),
        "write_per_s": count / written,
        "burst_per_s": count / burst,
        "base_p50": percentile(base, 0.5),
        "base_p99": percentile(base, 0.99),
    }


async def table(count: int) -> str:
    rows: list[str] = []
    with tempfile.TemporaryDirectory(prefix="vetbot-outbox-") as tmp:
        sqlite = await _measure(f"sqlite+aiosqlite:///{tmp}/bench.db", count, Path(tmp))
        rows.append(_row("SQLite (file, WAL)", sqlite))
        pg = scratch_postgres()
        if pg is not None:
            url, drop = pg
            try:
                rows.append(_row("PostgreSQL 127.0.0.1", await _measure(url, count, Path(tmp))))
            finally:
                drop()
    return "\n".join(
        [
            HEADING,
            "",
            "Made by `python -m bench.outbox.run` (see its docstring): the cost of writing a",
            "message owed to someone into the outbox with its change and delivering it from",
            "there, against handing the same message straight to the adapter (no durability).",
            f"{count} direct messages per measurement, console adapter printing into memory.",
            f"Machine: {cpu_model()}, Python {platform.python_version()}, shared with other",
            "jobs while measuring.",
            "",
            "| database | owed, one at a time p50 / p99 | written per s | burst delivered per s "
            "| baseline `App.send` p50 / p99 |",
            "|---|---:|---:|---:|---:|",
            *rows,
            "",
        ]
    )


def _row(name: str, r: dict[str, float]) -> str:
    return (
        f"| {name} | {r['one_p50']:.2f} / {r['one_p99']:.2f} ms | {r['write_per_s']:,.0f} "
        f"| {r['burst_per_s']:,.0f} | {r['base_p50']:.3f} / {r['base_p99']:.3f} ms |"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args(argv)
    section = asyncio.run(table(args.count))
    print(section)
    if args.write:
        write_section(RESULTS, HEADING, section)


if __name__ == "__main__":
    main()
