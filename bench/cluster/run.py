"""Prompts due in a burst, with the leader of two replicas killed in the middle of it.

``python -m bench.cluster.run [--prompts 200] [--kill-after 40]`` runs two scenarios in one
run, each on a fresh PostgreSQL database and the protocol-level fake Discord on loopback
(every REST answer 20 ms late, as the way to Discord and back):

- **single**: one ``vetbot run --no-input``; every prompt due at the same minute;
- **failover**: two replicas with ``[cluster] enabled`` (heartbeat 1 s); once ``--kill-after``
  of the prompts are posted, the leader is killed with SIGKILL and the other takes over.

Lateness is when a post was first seen on the fake minus the minute it was due; the failover
time is from the kill to the other replica's ``leading`` log record. Duplicates are posts of
one prompt seen more than once. Prints a table and appends it to bench/RESULTS.md with
``--write``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg

from bench.report import cpu_model, percentile, write_section
from bot.store import Store, migrate
from tests.fakes.discord import FakeDiscord
from tests.integration.test_replicas import (
    Replica,
    answered_by,
    reply_to,
    say,
    store_due_prompts,
    until,
    write_config,
)

RESULTS = Path(__file__).resolve().parents[1] / "RESULTS.md"
ADMIN = os.environ.get("VETBOT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
HEARTBEAT = 1.0


async def scenario(kind: str, prompts: int, kill_after: int, folder: Path) -> dict[str, Any]:
    name = f"vetbot_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + "/" + name
    await asyncio.to_thread(folder.mkdir, parents=True, exist_ok=True)
    try:
        await asyncio.to_thread(migrate.upgrade, url)
        return await _run(kind, prompts, kill_after, folder, url)
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _run(kind: str, prompts: int, kill_after: int, folder: Path, url: str) -> dict[str, Any]:
    knowledge: tuple[float, int] | None = None
    async with FakeDiscord(broadcast_sessions=True, rest_latency=0.02) as fake:
        cora = fake.add_user("cora")
        names = ("a", "b") if kind == "failover" else ("a",)
        replicas = []
        for n in names:
            config = write_config(folder, n, fake, url, cora)
            text = config.read_text(encoding="utf-8")
            text = text.replace(f"heartbeat_seconds = {0.5}", f"heartbeat_seconds = {HEARTBEAT}")
            text = text.replace('level = "DEBUG"', 'level = "INFO"')
            if kind == "single":
                text = text.replace("enabled = true", "enabled = false")
            config.write_text(text, encoding="utf-8")
            replicas.append(Replica(n, config, folder))
        store = Store(url)
        seen: dict[str, list[float]] = {}
        try:
            for replica in replicas:
                await replica.start()
                await replica.until_logged("vetbot running", 120)
            if kind == "failover":
                knowledge = await knowledge_reach(fake, cora, url)
            now = datetime.now(UTC)
            due = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
            if (due - now).total_seconds() < 15:
                due += timedelta(minutes=1)
            channel = fake.channel_id
            await store_due_prompts(
                store,
                prompts,
                text="Bench prompt",
                due=due,
                channel=channel,
                author=cora,
                created_at=now,
                updated_at=now,
            )
            killed_at: float | None = None
            failover: float | None = None
            bot_id = str(fake.bot_user.id)
            counted: set[str] = set()
            deadline = due.timestamp() + 300
            while time.time() < deadline:
                for message in fake.messages_in(channel):
                    if message["author"]["id"] != bot_id or message["id"] in counted:
                        continue
                    if message["content"].startswith("Bench prompt"):
                        counted.add(message["id"])
                        seen.setdefault(message["content"], []).append(time.time())
                if kind == "failover" and killed_at is None and len(seen) >= kill_after:
                    killed_at = time.time()
                    replicas[0].kill()
                if killed_at is not None and failover is None:
                    took = replicas[1].logged("leading")
                    if took is not None:
                        failover = took["seen_at"] - killed_at
                if len(seen) >= prompts and (kind == "single" or failover is not None):
                    break
                await asyncio.sleep(0.01)
        finally:
            await store.close()
            for replica in replicas:
                await replica.stop()
    lateness = sorted(min(times) - due.timestamp() for times in seen.values())
    after = [min(t) - due.timestamp() for t in seen.values() if killed_at and min(t) >= killed_at]
    return {
        "kind": kind,
        "prompts": prompts,
        "posted": len(seen),
        "duplicates": sum(len(t) - 1 for t in seen.values()),
        "early": sum(1 for x in lateness if x < 0),
        "p50": percentile(lateness, 0.5) if lateness else float("nan"),
        "p99": percentile(lateness, 0.99) if lateness else float("nan"),
        "max": max(lateness) if lateness else float("nan"),
        "after_kill": len(after),
        "after_p99": percentile(after, 0.99) if after else float("nan"),
        "failover": failover,
        "knowledge": knowledge,
    }


async def knowledge_reach(fake: FakeDiscord, cora: Any, url: str) -> tuple[float, int]:
    """A tool approved on one replica, looked up until the other replica finds it: seconds
    from the approval's answer to the first lookup the other replica answered with the tool
    (an upper bound: lookups go one after the other), and how many lookups that took."""
    await say(fake, cora, "!tool suggest https://example.org/kit Bench kit | A kit.")
    approval = await fake.send_message(fake.channel_id, cora, "!tool approve bench-kit")
    await until("the approval answered", lambda: reply_to(fake, approval) is not None)
    approved_at = time.monotonic()
    approver = await answered_by(url, approval)
    tries = 0
    while True:
        tries += 1
        lookup = await fake.send_message(fake.channel_id, cora, "!tool bench kit")
        await until("the lookup answered", lambda m=lookup: reply_to(fake, m) is not None)
        if await answered_by(url, lookup) != approver and "bench-kit" in (
            reply_to(fake, lookup) or ""
        ):
            return time.monotonic() - approved_at, tries
        if tries >= 200:
            raise AssertionError("the other replica never found the tool")


def table(results: list[dict[str, Any]]) -> str:
    lines = [
        "| scenario | posted | duplicates | early | lateness p50 | p99 | max "
        "| posted after the kill (p99 lateness) | failover |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        failover = "—" if r["failover"] is None else f"{r['failover']:.2f} s"
        after = "—" if not r["after_kill"] else f"{r['after_kill']} ({r['after_p99']:.2f} s)"
        lines.append(
            f"| {r['kind']} | {r['posted']}/{r['prompts']} | {r['duplicates']} | {r['early']} "
            f"| {r['p50']:.2f} s | {r['p99']:.2f} s | {r['max']:.2f} s | {after} | {failover} |"
        )
    return "\n".join(lines)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--prompts", type=int, default=200)
    parser.add_argument("--kill-after", type=int, default=40)
    parser.add_argument("--write", action="store_true", help="append to bench/RESULTS.md")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="vetbot-cluster-bench-"))
    results = [
        await scenario("single", args.prompts, args.kill_after, folder / "single"),
        await scenario("failover", args.prompts, args.kill_after, folder / "failover"),
    ]
    text = table(results)
    reach = results[1]["knowledge"]
    if reach is not None:
        text += (
            f"\n\nA tool approved on one replica found by `!tool` on the other "
            f"(PostgreSQL LISTEN/NOTIFY, periodic refresh off): {reach[0]:.2f} s after the "
            f"approval's answer, at the {reach[1]}. lookup (lookups one after the other)."
        )
    print(text)
    if args.write:
        heading = "## Replicas: failover in a burst of prompts"
        write_section(
            RESULTS,
            heading,
            heading
            + "\n\n"
            + f"`python -m bench.cluster.run --prompts {args.prompts} --kill-after "
            f"{args.kill_after}` on {cpu_model()}, Python {platform.python_version()}, "
            f"PostgreSQL on loopback, fake Discord answering in 20 ms, heartbeat {HEARTBEAT} s. "
            "Every prompt due at the same minute; in *failover* the leader of two replicas is "
            "SIGKILLed once the given number is posted.\n\n" + text + "\n",
        )


if __name__ == "__main__":
    asyncio.run(main())
