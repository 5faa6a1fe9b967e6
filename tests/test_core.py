"""The core end to end through the console adapter: routing, help, errors, permissions,
mention safety and rate limiting."""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.actions import Reply
from bot.commands import Command, Option
from bot.context import Context
from bot.events import Message
from bot.permissions import Role
from tests.botkit import TestBot


async def test_help_lists_commands(bot: TestBot) -> None:
    lines = await bot.say("!help")
    text = "\n".join(lines)
    assert lines[0].startswith("[#general] vetbot: ")
    assert "!help [COMMAND]" in text
    assert not any(isinstance(a, Reply) and a.is_error for a in bot.last_actions)


async def test_typo_suggests_command(bot: TestBot) -> None:
    lines = await bot.say("!hlep")
    assert "Did you mean !help?" in lines[0]
    assert bot.last_actions[0].is_error  # type: ignore[union-attr]


async def test_unknown_command_says_how_to_get_help(bot: TestBot) -> None:
    lines = await bot.say("!nonsense")
    assert "I don't know the command 'nonsense'" in lines[0]
    assert "!help" in lines[0]


async def test_plain_chat_is_ignored_but_dm_and_mention_are_commands(bot: TestBot) -> None:
    assert await bot.say("hello everyone") == []
    assert await bot.say("!!!") == []
    dm = await bot.say("help", dm=True)
    assert dm[0].startswith("[dm @ana] vetbot:")
    mention = await bot.app.handle(
        Message(
            platform="console", room_id="general", sender_id="ana", text="help", mentions_bot=True
        )
    )
    assert mention and "commands you can use" in mention[0].text  # type: ignore[union-attr]


async def test_help_for_one_command_and_unknown_topic(bot: TestBot) -> None:
    assert "List the commands" in "\n".join(await bot.say("!help help"))
    lines = await bot.say("!help frobnicate")
    assert "There is no command 'frobnicate'" in lines[0]


def _add(bot: TestBot, command: Command) -> None:
    bot.app.runtime.registry.add(command)


async def test_coordinator_command_is_hidden_and_refused_for_trainers(bot: TestBot) -> None:
    async def secret(ctx: Context) -> None:
        ctx.reply("done")

    _add(
        bot,
        Command(name="secret", summary="coordinators only", handler=secret, role=Role.COORDINATOR),
    )
    assert "!secret" not in "\n".join(await bot.say("!help"))
    refused = await bot.say("!secret")
    assert "Only a coordinator can use !secret" in refused[0]
    assert await bot.say("!secret", role="coordinator") == ["[#general] vetbot: done"]
    assert await bot.say("!secret", role="admin") == ["[#general] vetbot: done"]
    # Suggestions never reveal commands the user may not run.
    assert "!secret" not in (await bot.say("!secrte"))[0]


async def test_platform_roles_map_through_settings(bot: TestBot) -> None:
    from bot.permissions import resolve_role

    perms = bot.app.settings.replace(
        "permissions",
        admin_users=("discord:1",),
        coordinator_roles=("Coordinator",),
        coordinator_power_level=50,
        discord_guilds=("42",),
        matrix_rooms=("c",),
    )

    def msg(**kw: object) -> Message:
        base: dict[str, object] = {
            "platform": "discord",
            "room_id": "c",
            "sender_id": "9",
            "text": "!x",
            "server_id": "42",  # the Discord guild
        }
        if "power_level" in kw:  # a Matrix power level is the sender's level in the room
            kw["sender_level"] = kw.pop("power_level")
        base.update(kw)
        return Message(**base)  # type: ignore[arg-type]

    assert resolve_role(msg(sender_id="1"), perms) is Role.ADMIN
    assert resolve_role(msg(roles=frozenset({"coordinator"})), perms) is Role.COORDINATOR
    assert resolve_role(msg(platform="matrix", power_level=50), perms) is Role.COORDINATOR
    assert resolve_role(msg(platform="matrix", power_level=10), perms) is Role.TRAINER
    # Only the console trusts a role name given by the user side.
    assert resolve_role(msg(roles=frozenset({"admin"})), perms) is Role.TRAINER


async def test_unexpected_error_gives_an_error_id_and_no_traceback(
    bot: TestBot, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(ctx: Context) -> None:
        raise RuntimeError("database exploded at /secret/path")

    _add(bot, Command(name="broken", summary="fails", handler=broken))
    with caplog.at_level(logging.ERROR):
        lines = await bot.say("!broken")
    assert "Sorry, something went wrong" in lines[0]
    assert "Traceback" not in lines[0] and "/secret/path" not in lines[0]
    error_id = lines[0].rsplit("error id ", 1)[1].rstrip(".")
    record = next(r for r in caplog.records if r.getMessage() == "command failed")
    assert record.error_id == error_id  # type: ignore[attr-defined]
    assert "RuntimeError" in record.traceback  # type: ignore[attr-defined]


async def test_replies_never_echo_mentions(bot: TestBot) -> None:
    async def echo(ctx: Context) -> None:
        ctx.reply(f"you said {ctx.text}")

    _add(bot, Command(name="echo", summary="echo", handler=echo))
    lines = await bot.say("!echo @everyone <@&123> @here @room")
    out = lines[0]
    assert "@everyone" not in out and "<@&" not in out and "@here" not in out and "@room" not in out


async def test_options_errors_reach_the_user_as_usage(bot: TestBot) -> None:
    async def opt(ctx: Context) -> None:
        ctx.reply(f"lang={ctx.options.get('lang')}")

    _add(bot, Command(name="opt", summary="o", handler=opt, options=(Option(name="lang"),)))
    assert await bot.say("!opt x lang: de") == ["[#general] vetbot: lang=de"]
    bad = await bot.say("!opt x lang: de; colour: red")
    assert "no option 'colour:'" in bad[0] and "lang:" in bad[0]


async def test_rate_limit_answers_once_then_stays_silent(bot: TestBot) -> None:
    limit = bot.app.settings.limits.commands_per_window
    for _ in range(limit):
        assert await bot.say("!tool mentoring")
    warned = await bot.say("!tool mentoring")
    assert "faster than I can keep up" in warned[0]
    assert await bot.say("!tool mentoring") == []
    # Another user is unaffected; after the window the first user is served again.
    assert await bot.say("!tool mentoring", user="ben")
    bot.clock.advance(seconds=bot.app.settings.limits.window_seconds + 1)
    assert await bot.say("!tool mentoring")


async def test_reading_the_help_never_meets_the_limit_but_a_flood_of_it_does(
    bot: TestBot,
) -> None:
    limit = bot.app.settings.limits.commands_per_window
    topics = [c.name for c in bot.app.runtime.registry]
    assert len(topics) > limit  # more pages than the limit allows commands
    for topic in topics:
        replies = await bot.say(f"!help {topic}")
        assert replies and "faster than I can keep up" not in replies[0], topic
    assert await bot.say("!privacy")
    # A flood of help is still a flood: five help pages weigh one command.
    replies = [await bot.say("!help") for _ in range(limit * 5)]
    assert any(r and "faster than I can keep up" in r[0] for r in replies)
    assert replies[-1] == []


async def test_too_long_command_gets_a_clear_reply(bot: TestBot) -> None:
    lines = await bot.say("!help " + "x" * 5000)
    assert "too long" in lines[0]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300), dm=st.booleans(), mention=st.booleans())
async def test_arbitrary_text_never_raises_out_of_the_core(
    bot: TestBot, text: str, dm: bool, mention: bool
) -> None:
    bot.clock.advance(seconds=60)  # stay clear of the rate limit
    message = Message(
        platform="console",
        room_id="general",
        sender_id="fuzz",
        text=text,
        is_direct=dm,
        mentions_bot=mention,
        roles=frozenset({"admin"}),
    )
    actions = await bot.app.handle(message)
    for action in actions:
        assert isinstance(action, Reply)
        assert "Traceback" not in action.text
        assert "Sorry, something went wrong" not in action.text


def test_roles_count_only_in_trusted_guilds_and_never_in_direct_rooms() -> None:
    from bot.permissions import resolve_role
    from bot.settings import Settings, load_settings

    def permissions(**keys: object) -> Settings:
        """The default settings with these ``[permissions]`` keys (the core's and the
        platforms')."""
        return load_settings(None, {}).replace("permissions", **keys)

    open_perms = permissions(coordinator_roles=("coordinator",), coordinator_power_level=50)
    scoped = permissions(
        coordinator_roles=("coordinator",),
        discord_guilds=("42",),
        matrix_rooms=("!ours:example.org",),
    )
    role = frozenset({"coordinator"})
    in_42 = Message(
        platform="discord", room_id="c", sender_id="9", text="", roles=role, server_id="42"
    )
    in_other = Message(
        platform="discord", room_id="c", sender_id="9", text="", roles=role, server_id="7"
    )
    # Deny by default: with no guild configured, a role in anyone's own server grants nothing.
    assert resolve_role(in_other, open_perms) is Role.TRAINER
    assert resolve_role(in_42, open_perms) is Role.TRAINER
    assert resolve_role(in_42, scoped) is Role.COORDINATOR
    assert resolve_role(in_other, scoped) is Role.TRAINER
    own_room = Message(
        platform="matrix", room_id="!theirs:x", sender_id="@m:x", text="", sender_level=100
    )
    assert resolve_role(own_room, scoped) is Role.TRAINER
    assert resolve_role(own_room, open_perms) is Role.TRAINER  # any room, when none configured
    ours = Message(
        platform="matrix", room_id="!ours:example.org", sender_id="@m:x", text="", sender_level=50
    )
    assert resolve_role(ours, scoped) is Role.COORDINATOR
    dm = Message(
        platform="matrix",
        room_id="!dm:x",
        sender_id="@m:x",
        text="",
        sender_level=100,
        is_direct=True,
    )
    assert resolve_role(dm, open_perms) is Role.TRAINER
    # Not even when the direct room is listed: there the other person holds every power.
    assert resolve_role(dm, permissions(matrix_rooms=("!dm:x",))) is Role.TRAINER


async def test_listener_and_extended_actions_are_sanitised_too(bot: TestBot) -> None:
    async def shout(message: Message) -> list[Reply]:
        return [Reply(platform=message.platform, room_id=message.room_id, text="@room listen")]

    async def raw(ctx: Context) -> None:
        ctx.extend([Reply(platform="console", room_id="general", text="@everyone <@1>")])

    bot.app.runtime.listen(shout)
    _add(bot, Command(name="raw", summary="raw actions", handler=raw))
    out = "\n".join(await bot.say("!raw"))
    assert "@room" not in out and "@everyone" not in out and "<@1" not in out
    assert "listen" in out


async def test_a_failing_rate_limiter_never_escapes_handle(bot: TestBot) -> None:
    class Broken:
        def check(self, key: str, now: float) -> object:
            raise OverflowError("boom")

    bot.app.core.limiter = Broken()  # type: ignore[assignment]
    assert await bot.say("!help") == []


async def test_actions_for_another_platform_leave_through_that_platforms_adapter(
    bot: TestBot,
) -> None:
    import io

    from adapters.console import ConsoleAdapter
    from bot.actions import DirectMessage

    other = ConsoleAdapter(out=io.StringIO())
    other.platform = "matrix"  # a second outlet standing in for another platform
    bot.app.add_adapter(other)

    async def tell(ctx: Context) -> None:
        ctx.reply("sent")
        ctx.extend([DirectMessage(platform="matrix", user_id="@m:x", text="hello from console")])

    _add(bot, Command(name="tell", summary="cross-platform", handler=tell))
    lines = await bot.say("!tell")
    assert lines == ["[#general] vetbot: sent"]
    assert other.printed == ["[dm @m:x] vetbot: hello from console"]


async def test_console_mention_works_like_a_platform_mention(bot: TestBot) -> None:
    lines = await bot.say("@vetbot help")
    assert lines and "commands you can use" in lines[0]
    assert await bot.say("@vetbotty help") == []


async def test_help_names_the_staff_subcommands_to_coordinators_only(bot: TestBot) -> None:
    async def noop(ctx: Context) -> None:
        ctx.reply("ok")

    _add(
        bot,
        Command(
            name="thing",
            summary="things",
            handler=noop,
            subcommands={
                "purge": Command(name="purge", summary="p", handler=noop, role=Role.COORDINATOR)
            },
        ),
    )
    trainer = "\n".join(await bot.say("!help"))
    coordinator = "\n".join(await bot.say("!help", role="coordinator"))
    assert "!thing purge" not in trainer
    assert "As coordinator you can also use:" in coordinator and "!thing purge" in coordinator


async def test_help_on_a_command_above_the_callers_role_names_the_role(bot: TestBot) -> None:
    async def noop(ctx: Context) -> None:
        ctx.reply("ok")

    purge = Command(name="purge", summary="p", handler=noop, role=Role.COORDINATOR)
    _add(bot, Command(name="thing", summary="t", handler=noop, subcommands={"purge": purge}))
    _add(bot, Command(name="staff", summary="s", handler=noop, role=Role.COORDINATOR))
    _add(bot, Command(name="ghost", summary="g", handler=noop, role=Role.ADMIN, hidden=True))
    assert (await bot.say("!help staff")) == ["[#general] vetbot: !staff is for coordinators."]
    assert (await bot.say("!help thing purge")) == [
        "[#general] vetbot: !thing purge is for coordinators."
    ]
    assert "There is no command 'ghost'" in (await bot.say("!help ghost"))[0]
    assert "!staff" in (await bot.say("!help staff", role="coordinator"))[0]
    assert "(for coordinators)" in (await bot.say("!help staff", role="coordinator"))[0]


async def test_an_unknown_subcommand_is_named_above_the_list(bot: TestBot) -> None:
    async def noop(ctx: Context) -> None:
        ctx.reply("ok")

    show = Command(name="show", summary="Show one.", handler=noop)
    _add(bot, Command(name="thing", summary="t", subcommands={"show": show}))
    lines = (await bot.say("!thing foo bar"))[0].splitlines()
    assert lines[0] == "[#general] vetbot: There is no subcommand 'foo' of !thing."
    assert lines[1] == "  !thing has these subcommands:"
    assert bot.last_actions[0].is_error  # type: ignore[union-attr]
    plain = (await bot.say("!thing"))[0].splitlines()
    assert plain[0] == "[#general] vetbot: !thing has these subcommands:"


async def test_a_keyed_error_from_a_service_is_written_in_the_readers_language(
    bot: TestBot,
) -> None:
    from bot.errors import NotFound
    from bot.messages import Cmd

    async def lookup(ctx: Context) -> None:
        raise NotFound.keyed("mentoring.request_unknown", id=7, command=Cmd("match status"))

    _add(bot, Command(name="lookup", summary="l", handler=lookup))
    [line] = await bot.say("!lookup")
    assert line == "[#general] vetbot: You have no request #7. !match status lists yours."
    assert bot.last_actions[0].is_error  # type: ignore[union-attr]
