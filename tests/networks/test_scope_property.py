"""A property: whatever networks a coordinator acts in, and whatever they type, their
command reads and changes nothing outside those networks.

One bot with three networks and rooms of none (the default network) is filled with prompts,
suggestions, lookups that found nothing and mentors in every network, each marked with its
network's tag. Hypothesis draws a coordinator (listed by some networks, typing in some room,
whose console role makes them a coordinator of that room's network) and a command; after it,
every stored row that changed belongs to one of their networks, a refused command changed
nothing, and no reply shows another network's tag.

A second property draws each network's own role rules (Discord role names, Matrix power
levels) and a sender's facts in a room of some network, or of none: the role is what that
room's network's rules grant (``[permissions]``' where it has none of the kind), never what
another network's rules would, and it makes a coordinator of that room's network only.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot.capabilities.knowledge.tables import KnowledgeEntry
from bot.capabilities.prompts.models import Prompt
from bot.events import Message
from bot.networks import Networks, Scope
from bot.permissions import Role, resolve_role
from bot.settings import NetworkSettings, load_settings
from knowledge.records import make_id
from tests.botkit import TestBot

NETWORKS = {"N1": ["n1-a", "n1-b"], "N2": ["n2-a"], "N3": ["n3-a"]}
LOOSE = ["loose"]  # a room of no network: the default one
ROOM_NETWORK = {room: net for net, rooms in NETWORKS.items() for room in rooms} | {
    "loose": "default"
}
#: Users and the networks that list them as coordinators.
LISTED = {"c1": {"N1"}, "c12": {"N1", "N2"}, "c3": {"N3"}, "nobody": set()}


def _toml_list(items: list[str]) -> str:
    return "[" + ", ".join(f'"console:{item}"' for item in items) + "]"


CONFIG = """
[bot]
data_dir = "{data}"
[knowledge]
seed = false
[limits]
commands_per_window = 1000000
""" + "".join(
    f"[networks.{net}]\nrooms = {_toml_list(rooms)}\n"
    f"coordinators = {_toml_list([u for u, n in LISTED.items() if net in n])}\n"
    for net, rooms in NETWORKS.items()
)


def tag(network: str) -> str:
    return f"zz{network.lower()}"


class World:
    def __init__(self, bot: TestBot, runner: asyncio.Runner) -> None:
        self.bot, self.runner = bot, runner

    def __repr__(self) -> str:
        return "World()"

    def say(self, line: str, *, user: str, room: str, role: str = "coordinator") -> str:
        return "\n".join(self.runner.run(self.bot.say(line, user=user, role=role, room=room)))

    def rows(self) -> dict[str, tuple[str, Any]]:
        """Every prompt and entry by key, with its network and its state."""

        async def read() -> dict[str, tuple[str, Any]]:
            out: dict[str, tuple[str, Any]] = {}
            async with self.bot.app.store.session() as session:
                for p in (await session.scalars(select(Prompt))).all():
                    rooms = sorted(t.room_id for t in p.targets)
                    nets = sorted({ROOM_NETWORK.get(r, "default") for r in rooms})
                    state = (p.status, p.text, rooms, p.schedule, p.handled_until)
                    out[f"prompt:{p.id}"] = (",".join(nets), state)
                for e in (await session.scalars(select(KnowledgeEntry))).all():
                    out[f"entry:{e.id}"] = (e.network, (e.status, e.title, e.summary))
            return out

        return self.runner.run(read())


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder: Path = tmp_path_factory.mktemp("scope")
    path = folder / "bot.toml"
    path.write_text(CONFIG.format(data=folder / "data"))
    runner = asyncio.Runner()
    bot = runner.run(TestBot(load_settings(path, {})).start())
    world = World(bot, runner)
    for room, net in ROOM_NETWORK.items():
        world.say(
            f"!prompt schedule every: day 09:00; text: {tag(net)} prompt",
            user="op",
            room=room,
            role="admin",
        )
        world.say(
            f"!tool suggest https://example.org/{room} Tool {tag(net)} {room.replace('-', '')}",
            user="t",
            room=room,
            role="trainer",
        )
        world.say(f"!tool {tag(net)}gap", user="t", room=room, role="trainer")
    try:
        yield world
    finally:
        runner.run(bot.stop())
        runner.close()


ROOMS = sorted(ROOM_NETWORK)
PROMPT_IDS = st.integers(1, len(ROOMS) + 2)
ENTRY_IDS = st.sampled_from(
    [make_id(f"Tool {tag(ROOM_NETWORK[r])} {r.replace('-', '')}", ()) for r in ROOMS]
)
COMMANDS = st.one_of(
    st.builds(
        lambda r: f"!prompt schedule in: #{r}; at: 2027-01-01 10:00; text: new",
        st.sampled_from(ROOMS),
    ),
    st.builds(
        lambda v, i: f"!prompt {v} {i}",
        st.sampled_from(["cancel", "pause", "resume", "skip", "show", "preview"]),
        PROMPT_IDS,
    ),
    st.builds(lambda i, r: f"!prompt edit {i} in: #{r}", PROMPT_IDS, st.sampled_from(ROOMS)),
    st.builds(lambda i: f"!prompt edit {i} text: changed", PROMPT_IDS),
    st.builds(lambda v, e: f"!tool {v} {e}", st.sampled_from(["approve", "archive"]), ENTRY_IDS),
    st.builds(lambda e: f"!tool reject {e} not now", ENTRY_IDS),
    st.builds(lambda e: f"!tool edit {e} summary: changed", ENTRY_IDS),
    st.sampled_from(["!prompt list", "!tool review", "!tool gaps", "!series list", "!match stats"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(user=st.sampled_from(sorted(LISTED)), room=st.sampled_from(ROOMS), line=COMMANDS)
def test_no_coordinator_reads_or_changes_anything_outside_their_networks(
    world: World, user: str, room: str, line: str
) -> None:
    # A console coordinator acts in the network of the room they type in, and in those
    # that list them.
    mine = LISTED[user] | {ROOM_NETWORK[room]}
    before = world.rows()
    reply = world.say(line, user=user, room=room)
    after = world.rows()
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    for key in changed:
        networks = set((after.get(key) or before[key])[0].split(","))
        assert networks <= mine, (line, key, networks, mine)
    if "belongs to network" in reply:
        assert not changed, (line, changed)
    # A row keeps its tag when a coordinator of both networks moves it (`edit … in:`): the
    # tag of another network may show only through a row that now belongs to one of theirs.
    visible = [str(state) for nets, state in after.values() if set(nets.split(",")) & mine]
    for net in {*NETWORKS, "default"} - mine:
        if any(tag(net) in text for text in visible):
            continue
        assert not re.search(tag(net), reply), (line, net, reply)


# --- a network's own role rules --------------------------------------------------------------
GUILDS = {"N1": "101", "N2": "102", "N3": "103"}
LEVEL_ROOMS = {"N1": "!n1:x.org", "N2": "!n2:x.org", "N3": "!n3:x.org"}
NAMES = ["Koordination", "Coordination", "Leitung", "Direction"]
OWN_RULES = st.fixed_dictionaries(
    {
        "coordinator_roles": st.lists(st.sampled_from(NAMES), max_size=2).map(tuple),
        "admin_roles": st.lists(st.sampled_from(NAMES), max_size=1).map(tuple),
        "coordinator_power_level": st.sampled_from([0, 10, 30, 50]),
        "admin_power_level": st.sampled_from([0, 60, 100]),
    }
).filter(lambda r: not (0 < r["admin_power_level"] < r["coordinator_power_level"]))


def expected(
    held: frozenset[str] | int, where: str | None, own: dict[str, Any], permitted: bool
) -> Role:
    """The role an oracle grants: the room's network's own rules of the kind (names or a
    level) if it has any, else [permissions]' (coordinator Coordination / 50, admin Direction
    / 100) where the place is listed there; nothing in a place of no network unlisted."""
    if isinstance(held, int):
        if where is not None and (own["coordinator_power_level"] or own["admin_power_level"]):
            admin, coordinator = own["admin_power_level"], own["coordinator_power_level"]
        elif permitted:
            admin, coordinator = 100, 50
        else:
            return Role.TRAINER
        if admin and held >= admin:
            return Role.ADMIN
        return Role.COORDINATOR if coordinator and held >= coordinator else Role.TRAINER
    if where is not None and (own["coordinator_roles"] or own["admin_roles"]):
        admins, coordinators = set(own["admin_roles"]), set(own["coordinator_roles"])
    elif permitted:
        admins, coordinators = {"Direction"}, {"Coordination"}
    else:
        return Role.TRAINER
    if held & {a.casefold() for a in admins}:
        return Role.ADMIN
    return Role.COORDINATOR if held & {c.casefold() for c in coordinators} else Role.TRAINER


@settings(max_examples=150, deadline=None)
@given(
    rules=st.fixed_dictionaries({net: OWN_RULES for net in NETWORKS}),
    listed=st.sets(st.sampled_from(sorted(NETWORKS))),
    platform=st.sampled_from(["discord", "matrix"]),
    where=st.sampled_from([*sorted(NETWORKS), None]),
    names=st.sets(st.sampled_from([n.lower() for n in NAMES])),
    level=st.sampled_from([0, 10, 20, 30, 50, 60, 99, 100]),
)
def test_a_networks_own_rules_never_count_outside_its_rooms(
    rules: dict[str, dict[str, Any]],
    listed: set[str],
    platform: str,
    where: str | None,
    names: set[str],
    level: int,
) -> None:
    base = load_settings(None, {}).replace(
        "permissions",
        coordinator_roles=("Coordination",),
        admin_roles=("Direction",),
        discord_guilds=(*(GUILDS[n] for n in sorted(listed)), "199"),
        matrix_rooms=(*(LEVEL_ROOMS[n] for n in sorted(listed)), "!loose:x.org"),
    )
    config = dataclasses.replace(
        base,
        networks={
            net: NetworkSettings(
                servers=(f"discord:{GUILDS[net]}",),
                rooms=(f"matrix:{LEVEL_ROOMS[net]}",),
                **rules[net],
            )
            for net in NETWORKS
        },
    )
    if platform == "discord":
        guild = GUILDS[where] if where else "199"
        message = Message(
            platform="discord",
            room_id=guild + "0",
            sender_id="1",
            text="!x",
            roles=frozenset(names),
            server_id=guild,
        )
        held: frozenset[str] | int = frozenset(names)
    else:
        room = LEVEL_ROOMS[where] if where else "!loose:x.org"
        message = Message(
            platform="matrix", room_id=room, sender_id="@m:x.org", text="!x", sender_level=level
        )
        held = level
    networks = Networks(config.networks)
    role = resolve_role(message, config, networks.rules_of(message))
    own = rules[where] if where else {}
    assert role is expected(held, where, own, permitted=where is None or where in listed)
    scope = networks.scope_of(message, role, config)
    # Whatever the rules, a role from a room acts in that room's network and no other.
    assert scope == (Scope(networks=frozenset({where or "default"})) if role else Scope())
