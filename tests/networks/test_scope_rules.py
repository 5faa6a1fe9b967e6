"""Who acts in which network (:meth:`bot.networks.Networks.scope_of`), from the facts a
platform gives with a message: Matrix power levels in two rooms of two networks, Discord
roles, listed users, the European level, and an install without networks."""

from __future__ import annotations

from pathlib import Path

from bot.events import Message
from bot.networks import EVERY, Networks, Scope
from bot.permissions import Role, resolve_role
from bot.settings import Settings, load_settings

AT_ROOM, FR_ROOM, OTHER = "!at:example.org", "!fr:example.org", "!other:example.org"

CONFIG = f"""
[permissions]
matrix_rooms = ["{AT_ROOM}", "{FR_ROOM}", "{OTHER}"]
admin_users = ["matrix:@root:example.org"]
coordinator_users = ["matrix:@listed:example.org"]
[networks.AT]
rooms = ["matrix:{AT_ROOM}"]
coordinators = ["matrix:@anna:example.org"]
[networks.FR]
rooms = ["matrix:{FR_ROOM}"]
[networks.EU]
country = "EU"
admins = ["matrix:@erik:example.org"]
"""


def settings(tmp_path: Path, text: str = CONFIG) -> Settings:
    path = tmp_path / "bot.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path, {})


def scope(config: Settings, sender: str, room: str, level: int = 0, dm: bool = False) -> Scope:
    message = Message(
        platform="matrix",
        room_id=room,
        sender_id=sender,
        text="!prompt list",
        sender_level=level,
        is_direct=dm,
    )
    networks = Networks(config.networks)
    role = max(resolve_role(message, config), networks.listed_role(message, config))
    return networks.scope_of(message, role, config)


def test_a_power_level_makes_a_coordinator_of_that_rooms_network_only(tmp_path: Path) -> None:
    config = settings(tmp_path)
    assert scope(config, "@mod:example.org", AT_ROOM, 50) == Scope(networks=frozenset({"AT"}))
    assert scope(config, "@mod:example.org", FR_ROOM, 50) == Scope(networks=frozenset({"FR"}))
    # A room of no network belongs to the default one.
    assert scope(config, "@mod:example.org", OTHER, 50).networks == {"default"}
    # No power there, or in a direct room: no network.
    assert scope(config, "@mod:example.org", AT_ROOM, 0).empty
    assert scope(config, "@mod:example.org", AT_ROOM, 50, dm=True).empty


def test_listed_users_the_european_level_and_the_operators_lists(tmp_path: Path) -> None:
    config = settings(tmp_path)
    # Listed by AT: a coordinator wherever they write, of AT only.
    assert scope(config, "@anna:example.org", FR_ROOM, 0).networks == {"AT"}
    assert scope(config, "@anna:example.org", AT_ROOM, 0, dm=True).networks == {"AT"}
    anna = Message(platform="matrix", room_id=FR_ROOM, sender_id="@anna:example.org", text="x")
    assert Networks(config.networks).listed_role(anna, config) is Role.COORDINATOR
    assert scope(config, "@erik:example.org", FR_ROOM) is EVERY
    assert scope(config, "@root:example.org", OTHER) is EVERY
    # Listed in [permissions] only: a coordinator of no network once networks exist.
    assert scope(config, "@listed:example.org", OTHER, 0, dm=True).empty


def test_without_networks_everyone_acts_everywhere(tmp_path: Path) -> None:
    config = settings(tmp_path, f'[permissions]\nmatrix_rooms = ["{AT_ROOM}"]\n')
    assert scope(config, "@mod:example.org", AT_ROOM, 50) is EVERY
    assert scope(config, "@anyone:example.org", AT_ROOM, 0) is EVERY
