"""A network's own role rules (``[networks.<id>]`` role names and power levels): they count in
that network's rooms and servers only, there in place of ``[permissions]``' rules of the same
kind; a network without its own keeps ``[permissions]``' rules; bad values name the key."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.events import Message
from bot.networks import Networks, Scope
from bot.permissions import Role, may_post_in, resolve_role
from bot.settings import Settings, load_settings

AT_ROOM, AT_ONLY, FR_ROOM = "!at:example.org", "!at-only:example.org", "!fr:example.org"
OTHER = "!other:example.org"
AT_GUILD, FR_GUILD, STRAY_GUILD = "111111", "222222", "333333"

CONFIG = f"""
[permissions]
coordinator_roles = ["Coordination"]
admin_roles = ["Direction"]
discord_guilds = ["{FR_GUILD}", "{AT_GUILD}"]
matrix_rooms = ["{AT_ROOM}", "{FR_ROOM}", "{OTHER}"]
coordinator_power_level = 50
admin_power_level = 100

[networks.AT]
servers = ["discord:{AT_GUILD}"]
rooms = ["matrix:{AT_ROOM}", "matrix:{AT_ONLY}"]
coordinator_roles = ["Koordination"]
admin_roles = ["Leitung"]
coordinator_power_level = 20
admin_power_level = 60

[networks.FR]
servers = ["discord:{FR_GUILD}"]
rooms = ["matrix:{FR_ROOM}"]
"""


@pytest.fixture
def config(tmp_path: Path) -> Settings:
    path = tmp_path / "bot.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return load_settings(path, {})


def judged(config: Settings, message: Message) -> tuple[Role, Scope]:
    """The sender's role and scope, as the core works them out."""
    networks = Networks(config.networks)
    role = max(
        resolve_role(message, config, networks.rules_of(message)),
        networks.listed_role(message, config),
    )
    return role, networks.scope_of(message, role, config)


def on_discord(config: Settings, guild: str, *roles: str, dm: bool = False) -> tuple[Role, Scope]:
    message = Message(
        platform="discord",
        room_id=f"{guild}9",
        sender_id="42",
        text="!prompt list",
        roles=frozenset(roles),
        server_id=None if dm else guild,
        is_direct=dm,
    )
    return judged(config, message)


def on_matrix(config: Settings, room: str, level: int, *, dm: bool = False) -> tuple[Role, Scope]:
    message = Message(
        platform="matrix",
        room_id=room,
        sender_id="@mod:example.org",
        text="!prompt list",
        sender_level=level,
        is_direct=dm,
    )
    return judged(config, message)


def of(*networks: str) -> Scope:
    return Scope(networks=frozenset(networks))


def test_a_networks_own_discord_roles_count_in_its_guild_only(config: Settings) -> None:
    # AT's own names make a coordinator or an admin of AT, in AT's guild.
    assert on_discord(config, AT_GUILD, "koordination") == (Role.COORDINATOR, of("AT"))
    assert on_discord(config, AT_GUILD, "Leitung") == (Role.ADMIN, of("AT"))
    # A role of the same name in FR's guild is nothing there.
    assert on_discord(config, FR_GUILD, "Koordination") == (Role.TRAINER, Scope())
    assert on_discord(config, FR_GUILD, "Leitung") == (Role.TRAINER, Scope())
    # FR has no names of its own: [permissions]' count in its guild, as before networks.
    assert on_discord(config, FR_GUILD, "Coordination") == (Role.COORDINATOR, of("FR"))
    assert on_discord(config, FR_GUILD, "Direction") == (Role.ADMIN, of("FR"))
    # In AT's guild, AT's names take the place of [permissions]'.
    assert on_discord(config, AT_GUILD, "Coordination", "Direction") == (Role.TRAINER, Scope())
    # A guild nobody configured, and a direct message, grant nothing.
    assert on_discord(config, STRAY_GUILD, "Koordination", "Coordination")[0] is Role.TRAINER
    assert on_discord(config, AT_GUILD, "Koordination", dm=True) == (Role.TRAINER, Scope())


def test_a_networks_own_power_levels_count_in_its_rooms_only(config: Settings) -> None:
    assert on_matrix(config, AT_ROOM, 20) == (Role.COORDINATOR, of("AT"))
    assert on_matrix(config, AT_ROOM, 60) == (Role.ADMIN, of("AT"))
    assert on_matrix(config, AT_ROOM, 19) == (Role.TRAINER, Scope())
    # A room AT claims but [permissions] matrix_rooms does not list: AT's levels count.
    assert on_matrix(config, AT_ONLY, 20) == (Role.COORDINATOR, of("AT"))
    # FR's room keeps [permissions]' levels: 20 or 60 is not enough there.
    assert on_matrix(config, FR_ROOM, 20) == (Role.TRAINER, Scope())
    assert on_matrix(config, FR_ROOM, 60) == (Role.COORDINATOR, of("FR"))
    assert on_matrix(config, FR_ROOM, 100) == (Role.ADMIN, of("FR"))
    # A room of no network: [permissions]' levels, the default network.
    assert on_matrix(config, OTHER, 20) == (Role.TRAINER, Scope())
    assert on_matrix(config, OTHER, 50) == (Role.COORDINATOR, of("default"))
    # Never in a direct room.
    assert on_matrix(config, AT_ROOM, 100, dm=True) == (Role.TRAINER, Scope())


def test_a_coordinator_by_a_networks_own_rule_may_name_its_rooms(config: Settings) -> None:
    networks = Networks(config.networks)
    message = Message(
        platform="matrix",
        room_id=AT_ROOM,
        sender_id="@mod:example.org",
        text="!prompt schedule",
        sender_level=20,
    )

    def may(room: str) -> bool:
        return may_post_in(message, "matrix", room, settings=config, rooms={}, networks=networks)

    # AT_ONLY is not in matrix_rooms, but AT claims it and has rules of its own.
    assert may(AT_ONLY)
    # FR's room is in matrix_rooms (the scope then says it is not hers); a stray room is not.
    assert may(FR_ROOM)
    assert not may("!stray:example.org")
    assert not may_post_in(message, "matrix", AT_ONLY, settings=config, rooms={})


def test_role_ids_may_be_written_without_quotes(tmp_path: Path) -> None:
    path = tmp_path / "bot.toml"
    path.write_text(
        '[networks.AT]\nservers = ["discord:1"]\ncoordinator_roles = [123456789012345678, "K"]\n',
        encoding="utf-8",
    )
    assert load_settings(path, {}).networks["AT"].coordinator_roles == ("123456789012345678", "K")


def test_without_own_rules_the_permissions_rules_count_as_before(tmp_path: Path) -> None:
    path = tmp_path / "bot.toml"
    path.write_text(CONFIG.split("[networks.AT]")[0], encoding="utf-8")
    single = load_settings(path, {})
    assert on_discord(single, AT_GUILD, "Coordination")[0] is Role.COORDINATOR
    assert on_discord(single, AT_GUILD, "Koordination")[0] is Role.TRAINER
    assert on_matrix(single, AT_ROOM, 50)[0] is Role.COORDINATOR
    assert on_matrix(single, AT_ONLY, 100)[0] is Role.TRAINER


@pytest.mark.parametrize(
    ("keys", "named"),
    [
        ("coordinator_power_level = -1", "networks.AT.coordinator_power_level"),
        ("admin_power_level = 5000", "networks.AT.admin_power_level"),
        (
            "coordinator_power_level = 80\nadmin_power_level = 60",
            "networks.AT.coordinator_power_level: must not be above admin_power_level",
        ),
        ('coordinator_power_level = "high"', "networks.AT.coordinator_power_level"),
        ('coordinator_roles = [""]', "networks.AT.coordinator_roles"),
        ("admin_roles = [true]", "networks.AT.admin_roles"),
        ('admin_roles = "Leitung"', "networks.AT.admin_roles"),
    ],
)
def test_bad_role_rules_name_the_key(tmp_path: Path, keys: str, named: str) -> None:
    path = tmp_path / "bot.toml"
    path.write_text(f'[networks.AT]\nrooms = ["console:at"]\n{keys}\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(path, {})
    assert named in str(caught.value), str(caught.value)


async def test_rules_stored_for_a_network_reach_the_running_bot(config: Settings) -> None:
    from bot.capabilities.networks.service import NetworkService
    from bot.settings import NetworkSettings
    from tests.botkit import TestBot

    bot = await TestBot(config).start()
    try:
        service = bot.app.runtime.get(NetworkService)
        room = "!de:example.org"
        message = Message(
            platform="matrix",
            room_id=room,
            sender_id="@mod:example.org",
            text="!x",
            sender_level=30,
        )
        served = bot.app.runtime.networks
        assert served.rules_of(message) is None
        await service.add("DE", NetworkSettings(rooms=(f"matrix:{room}",)))
        assert resolve_role(message, config, served.rules_of(message)) is Role.TRAINER
        await service.edit("DE", {"coordinator_power_level": 30, "admin_power_level": 90})
        role = resolve_role(message, config, served.rules_of(message))
        assert (role, served.scope_of(message, role, config)) == (Role.COORDINATOR, of("DE"))
        assert (await service.show("DE")).coordinator_power_level == 30
    finally:
        await bot.stop()


def test_a_prompt_channel_never_takes_a_room_of_another_network(config: Settings) -> None:
    # AT's prompt channel set, by mistake, to a channel of FR's guild: the channel stays FR's,
    # so AT's rules do not count there; a channel no network claims is AT's.
    at = dataclasses.replace(config.networks["AT"], prompt_channel=f"discord:{FR_GUILD}9")
    mistaken = dataclasses.replace(config, networks={**config.networks, "AT": at})
    assert on_discord(mistaken, FR_GUILD, "Koordination") == (Role.TRAINER, Scope())
    assert on_discord(mistaken, FR_GUILD, "Coordination") == (Role.COORDINATOR, of("FR"))
    networks = Networks(mistaken.networks)
    assert networks.of_room("discord", f"{FR_GUILD}9", FR_GUILD) == "FR"
    own = dataclasses.replace(at, prompt_channel="matrix:!prompts:example.org")
    assert Networks({"AT": own}).of_room("matrix", "!prompts:example.org") == "AT"
