"""INTERACTION_CREATE payloads: slash commands, autocomplete and message components.

Options may be given as Discord's raw option objects or as a mapping from option name to value,
whose option type is inferred (str 3, int 4, bool 5, user 6, channel 7, role 8, float 10).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tests.fakes.discord.state import (
    FakeChannel,
    FakeRole,
    FakeUser,
    InteractionState,
    Json,
    World,
)

OptionValue = str | int | float | bool | FakeUser | FakeRole | FakeChannel
Options = Mapping[str, OptionValue] | Sequence[Json]

APPLICATION_COMMAND = 2
MESSAGE_COMPONENT = 3
AUTOCOMPLETE = 4
BUTTON = 2


def _option(
    world: World, name: str, value: OptionValue, resolved: Json, guild_id: int | None
) -> Json:
    if isinstance(value, FakeUser):
        resolved.setdefault("users", {})[str(value.id)] = value.payload()
        if guild_id is not None and world.is_member(value.id, guild_id):
            member = world.member_payload(value.id, with_user=False, guild_id=guild_id)
            member["permissions"] = str(world.permissions_of(value.id, guild_id))
            resolved.setdefault("members", {})[str(value.id)] = member
        return {"name": name, "type": 6, "value": str(value.id)}
    if isinstance(value, FakeRole):
        resolved.setdefault("roles", {})[str(value.id)] = value.payload()
        return {"name": name, "type": 8, "value": str(value.id)}
    if isinstance(value, FakeChannel):
        channel = world.channel_payload(value)
        channel["permissions"] = str(world.permissions_of(world.bot.id, value.guild_id))
        resolved.setdefault("channels", {})[str(value.id)] = channel
        return {"name": name, "type": 7, "value": str(value.id)}
    # bool before int: bool is an int subclass.
    kind = 5 if isinstance(value, bool) else 4 if isinstance(value, int) else 10
    if isinstance(value, str):
        kind = 3
    return {"name": name, "type": kind, "value": value}


def command_data(
    world: World,
    name: str,
    options: Options | None,
    *,
    guild_id: int | None,
    focused: tuple[str, str] | None = None,
) -> Json:
    """The ``data`` of an application-command or autocomplete interaction.

    ``guild_id`` is the guild the interaction happens in (``None``: a direct message).

    ``focused`` is (option name, partial value) for autocomplete: that option is appended as a
    string option marked ``focused``, as Discord sends the text typed so far.
    """
    resolved: Json = {}
    if options is None:
        raw: list[Json] = []
    elif isinstance(options, Mapping):
        raw = [_option(world, key, value, resolved, guild_id) for key, value in options.items()]
    else:
        raw = [dict(option) for option in options]
    if focused is not None:
        raw.append({"name": focused[0], "type": 3, "value": focused[1], "focused": True})
    data: Json = {
        "id": str(world.command_id(name, guild_id=guild_id)),
        "name": name,
        "type": 1,
        "options": raw,
    }
    # Discord names a guild only for commands registered in that guild, not for global ones.
    if guild_id is not None and (guild_id, 1, name) in world.command_ids:
        data["guild_id"] = str(guild_id)
    if resolved:
        data["resolved"] = resolved
    return data


def interaction_payload(
    world: World, interaction: InteractionState, *, data: Json, message: Json | None = None
) -> Json:
    """The INTERACTION_CREATE payload for an interaction the fake remembers."""
    channel = world.channels[interaction.channel_id]
    payload: Json = {
        "id": str(interaction.id),
        "application_id": str(world.application_id),
        "type": interaction.type,
        "data": data,
        "token": interaction.token,
        "version": 1,
        "channel_id": str(channel.id),
        "channel": world.channel_payload(channel),
        "locale": "en-US",
        "app_permissions": str(world.permissions_of(world.bot.id, channel.guild_id)),
        "entitlements": [],
        "attachment_size_limit": 10 * 1024 * 1024,
    }
    if channel.guild_id is not None:
        guild_id = channel.guild_id
        member = world.member_payload(interaction.user_id, guild_id=guild_id)
        member["permissions"] = str(world.permissions_of(interaction.user_id, guild_id))
        payload.update(
            guild_id=str(guild_id),
            guild_locale="en-US",
            guild={"id": str(guild_id), "locale": "en-US", "features": []},
            member=member,
            authorizing_integration_owners={"0": str(guild_id)},
            context=0,
        )
    else:
        payload.update(
            user=world.users[interaction.user_id].payload(),
            authorizing_integration_owners={"0": "0"},
            context=1,
        )
    if message is not None:
        payload["message"] = message
    return payload
