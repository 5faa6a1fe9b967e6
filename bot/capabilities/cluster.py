"""``vetbot cluster status``: the replicas running on this database (see :mod:`bot.cluster`),
which one leads, how long ago each was last heard from, and the roles each holds.

Texts are in ``[bot] language``; a replica silent for more than three heartbeats is marked
as such (it died, or is cut off from the database).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import datetime

from bot.capabilities import Services
from bot.cluster import LEADER, Member, members
from bot.i18n import t
from bot.ports import Clock
from bot.runtime import Runtime
from bot.settings import Settings
from bot.store import Store


@dataclass(frozen=True, slots=True)
class ClusterStatus:
    """What ``vetbot cluster status`` reads: the members' rows."""

    store: Store
    clock: Clock

    async def members(self) -> list[Member]:
        return await members(self.store)


def setup(runtime: Runtime) -> None:
    """Provide the status service for the command line."""
    runtime.provide(ClusterStatus(runtime.store, runtime.clock))


def fill(cluster: argparse.ArgumentParser) -> None:
    """``vetbot cluster status``."""
    sub = cluster.add_subparsers(dest="cluster_command", metavar="ACTION", required=True)
    status = sub.add_parser("status", help="the replicas, the leader and their heartbeats")
    status.set_defaults(with_services=status_command)


async def status_command(settings: Settings, args: argparse.Namespace, services: Services) -> int:
    lang = settings.bot.language
    async with services.open(ClusterStatus) as status:
        found = await status.members()
        now = status.clock.now()
    print(render(found, now, settings, lang))
    return 0


def render(found: list[Member], now: datetime, settings: Settings, lang: str) -> str:
    """The status as printed: one line per replica, then who leads."""
    lines: list[str] = []
    if not settings.cluster.enabled:
        lines.append(t("cluster.cli.off", lang))
    if not found:
        lines.append(t("cluster.cli.none", lang))
        return "\n".join(lines)
    silent_after = settings.cluster.heartbeat_seconds * 3
    leaders: list[str] = []
    for member in found:
        age = max(0.0, (now - member.heartbeat_at).total_seconds())
        # Other leases are shown by their names (``matrix-sync``), as in the logs.
        roles = ", ".join(
            t("cluster.cli.role.leader", lang) if role == LEADER else role for role in member.roles
        )
        alive = age <= silent_after + 1
        if LEADER in member.roles and alive:
            leaders.append(member.replica_id)
        lines.append(
            t(
                "cluster.cli.line",
                lang,
                replica=member.replica_id,
                host=member.host,
                pid=member.pid,
                started=member.started_at.strftime("%Y-%m-%d %H:%M:%S UTC"),
                age=f"{age:.1f}",
                roles=roles or "-",
            )
            + ("" if alive else " " + t("cluster.cli.silent", lang))
        )
    if leaders:
        lines.append(t("cluster.cli.leader", lang, replica=", ".join(leaders)))
    else:
        lines.append(t("cluster.cli.no_leader", lang))
    return "\n".join(lines)
