"""The pure parts of the Discord adapter: text splitting, mentions, nonces, buttons, locales,
the slash-command schema and its way back to command text, and per-guild settings."""

from __future__ import annotations

from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adapters.discord import slash, translate
from bot.actions import Attachment, Card, Choice, Reply
from bot.commands import Command, Option, Registry
from bot.errors import ConfigError
from bot.i18n import languages
from bot.safety import sanitize_action
from bot.settings import load_settings


async def _nothing(ctx: object) -> None:
    return None


@given(st.text(alphabet=st.sampled_from("ab \n"), max_size=900), st.integers(20, 200))
def test_split_keeps_every_character_and_respects_the_limit(text: str, limit: int) -> None:
    parts = translate.split_text(text, limit)
    assert all(len(p) <= limit for p in parts)
    # Only whitespace at the cuts may go; the words and their order stay.
    assert "".join(" ".join(parts).split()) == "".join(text.split())


def test_split_cuts_at_line_boundaries_when_lines_fit() -> None:
    lines = [f"line {i} " + "w" * 50 for i in range(10)]
    parts = translate.split_text("\n".join(lines), 200)
    assert len(parts) > 1
    assert [line for p in parts for line in p.split("\n")] == lines


def test_mention_is_stripped_in_both_forms() -> None:
    assert translate.strip_mention("<@42> !tool x", 42) == ("!tool x", True)
    assert translate.strip_mention("hey <@!42>  help", 42) == ("hey help", True)
    assert translate.strip_mention("<@43> hi", 42) == ("<@43> hi", False)


def test_locale_gives_a_language() -> None:
    assert translate.language_of("pt-BR") == "pt"
    assert translate.language_of("de") == "de"
    assert translate.language_of("zz-top-1") == "zz"
    assert translate.language_of("") is None and translate.language_of(None) is None


def test_nonce_is_short_stable_and_differs_per_part_and_key() -> None:
    key = "prompt:123:2026-11-24T09:00:00+00:00/series-autumn"
    assert len(translate.nonce_for(key)) <= 25
    assert translate.nonce_for(key) == translate.nonce_for(key)
    assert translate.nonce_for(key, 1) != translate.nonce_for(key)
    assert translate.nonce_for(key + "x") != translate.nonce_for(key)


def test_message_kwargs_disable_mentions_and_put_buttons_on_the_last_part() -> None:
    text = "\n".join("y" * 1500 for _ in range(2))
    sends = translate.message_kwargs(
        text, choices=[Choice(label="Accept", command="!match accept 12")], key="k"
    )
    assert len(sends) == 2
    assert all(
        s["allowed_mentions"] is translate.NO_MENTIONS and not s["mention_author"] for s in sends
    )
    assert "view" not in sends[0]
    view = sends[1]["view"]
    assert [item.custom_id for item in view.children] == ["vetbot:!match accept 12"]
    assert not view.is_dispatchable()
    assert translate.button_command("vetbot:!match accept 12") == "!match accept 12"
    assert translate.button_command("other:thing") is None


def _card(n: int, **fields: str) -> Card:
    values = {"title": f"Guide {n}", "url": f"https://example.org/{n}", "tag": f"g-{n}"}
    values.update(fields)
    return Card(number=n, line=f"guide · EU · en · part {n}", **values)


def test_cards_are_embeds_on_the_last_part_titles_linking_to_the_items() -> None:
    text = "\n".join("y" * 1500 for _ in range(2))
    sends = translate.message_kwargs(
        text, cards=[_card(1), _card(2)], choices=[Choice(label="More", command="!more")]
    )
    assert "embeds" not in sends[0]
    first, second = (e.to_dict() for e in sends[1]["embeds"])
    assert first["title"] == "1. Guide 1" and first["url"] == "https://example.org/1"
    assert first["description"] == "`g-1` · guide · EU · en · part 1"
    assert second["title"] == "2. Guide 2"
    assert "https://" not in sends[0]["content"] + sends[1]["content"]
    assert sends[1]["view"] is not None  # buttons beside the embeds


def test_an_address_discord_would_refuse_is_no_link_and_long_titles_are_cut() -> None:
    (send,) = translate.message_kwargs(
        "Tools:", cards=[_card(1, url="javascript:alert(1)", title="T" * 300)]
    )
    (embed,) = send["embeds"]
    assert embed.url is None and embed.title is not None and len(embed.title) == 256


def test_more_cards_than_a_message_holds_follow_as_text_lines_with_quiet_links() -> None:
    (send,) = translate.message_kwargs("Tools:", cards=[_card(n) for n in range(1, 13)])
    assert len(send["embeds"]) == 10
    assert "[11. Guide 11](<https://example.org/11>) · `g-11`" in send["content"]
    assert "12. Guide 12" in send["content"]


def test_an_interaction_answer_carries_the_embeds_too() -> None:
    (send,) = translate.response_kwargs("Tools:", cards=[_card(1)], ephemeral=True)
    assert send["ephemeral"] and send["embeds"][0].title == "1. Guide 1"


def test_an_attachment_is_a_file_on_the_last_part() -> None:
    export = Attachment(filename="mydata-2026-11-24.json", content=b'{"a": 1}\n')
    sends = translate.message_kwargs("x" * 2500, attachment=export, key="k")
    assert "file" not in sends[0]
    file = sends[-1]["file"]
    assert file.filename == "mydata-2026-11-24.json" and file.fp.read() == b'{"a": 1}\n'


MENTIONS = "sector: @everyone <@&123456789012345678> @\x00here"


def _no_live_mention(text: str) -> None:
    low = text.lower()
    assert "@everyone" not in low and "@here" not in low and "<@&1" not in text
    assert "\x00" not in text


def test_a_choice_with_mentions_is_a_button_whose_command_is_only_its_payload() -> None:
    raw = f"!tool coach; {MENTIONS}"
    [choice] = sanitize_action(
        Reply(
            platform="discord",
            room_id="c",
            text="Did you mean coach?",
            choices=(Choice(label="coach", command=raw),),
        )
    ).choices
    [send] = translate.message_kwargs("Did you mean coach?", choices=[choice])
    assert send["content"] == "Did you mean coach?"  # the command is not message text
    [button] = send["view"].children
    assert button.custom_id == "vetbot:" + raw  # the payload: run as typed when clicked
    assert translate.button_command(button.custom_id) == raw


def test_a_long_command_is_kept_by_the_adapter_never_shown_raw() -> None:
    raw = "!mentor join topics: welding; languages: en; consent: yes; bio: hello " + MENTIONS
    assert len("vetbot:" + raw) > 100
    choice = Choice(label="I agree, join", command=raw)
    kept = translate.KeptCommands()
    for sends in (
        translate.message_kwargs("Please read this first.", choices=[choice], kept=kept),
        translate.response_kwargs(
            "Please read this first.", choices=[choice], ephemeral=True, kept=kept
        ),
    ):
        [send] = sends
        assert send["content"] == "Please read this first."
        [button] = send["view"].children
        assert len(button.custom_id) <= 100 and translate.is_kept_button(button.custom_id)
        assert translate.button_command(button.custom_id, kept) == raw
    # Forgotten (a restart): not run, not mistaken for a command either.
    assert translate.button_command(button.custom_id, translate.KeptCommands()) is None
    assert translate.button_command(button.custom_id) is None


def test_without_a_keeper_a_long_command_is_shown_sanitised() -> None:
    raw = "!tool suggest " + "u" * 120 + " " + MENTIONS
    long = Choice(label="Long", command=raw)
    [send] = translate.message_kwargs("Pick:", choices=[long])
    assert "view" not in send
    assert send["content"].startswith("Pick:\nLong: !tool suggest uuu")
    _no_live_mention(send["content"])


def test_keeper_is_bounded_and_gives_one_id_per_command() -> None:
    kept = translate.KeptCommands(limit=2)
    first = kept.keep("!a " + "x" * 200)
    assert kept.keep("!a " + "x" * 200) == first
    kept.keep("!b " + "x" * 200)
    kept.keep("!c " + "x" * 200)
    assert len(kept) == 2 and kept.get(first) is None


def test_choices_beyond_25_are_listed_as_sanitised_text() -> None:
    choices = [Choice(label=f"n{i}", command=f"!x {i} @everyone") for i in range(27)]
    [send] = translate.message_kwargs("Pick:", choices=choices, kept=translate.KeptCommands())
    assert len(send["view"].children) == 25
    assert send["content"].startswith("Pick:\nn25: !x 25 @")
    _no_live_mention(send["content"])


def _registry() -> Registry:
    registry = Registry()
    show = Command(name="show", summary="Show one.", usage="ID", argument="id", handler=_nothing)
    registry.add(
        Command(
            name="tool",
            summary="Find tools.",
            usage="QUERY [lang: xx]",
            argument="query",
            argument_autocomplete="tools",
            options=(
                Option(name="lang", help="language", choices=("de", "en")),
                Option(name="sector", help="sector", autocomplete="sectors"),
                Option(name="text", help="free text", greedy=True),
            ),
            handler=_nothing,
            subcommands=MappingProxyType({"show": show}),
        )
    )
    group = Command(
        name="series",
        summary="E-conferences.",
        subcommands=MappingProxyType(
            {
                "plan": Command(
                    name="plan",
                    summary="Plan one.",
                    subcommands=MappingProxyType(
                        {"add": Command(name="add", summary="Add.", argument="x", handler=_nothing)}
                    ),
                ),
                "secret": Command(name="secret", summary="Hidden.", hidden=True, handler=_nothing),
            }
        ),
    )
    registry.add(group)
    registry.add(Command(name="hidden", summary="No.", hidden=True, handler=_nothing))
    return registry


def test_payloads_make_groups_and_string_options() -> None:
    payloads = {p["name"]: p for p in slash.command_payloads(_registry())}
    assert set(payloads) == {"tool", "series"}
    tool = payloads["tool"]
    assert [(o["type"], o["name"]) for o in tool["options"]] == [(1, "run"), (1, "show")]
    run = {o["name"]: o for o in tool["options"][0]["options"]}
    assert list(run) == ["query", "lang", "sector", "text"]
    assert run["query"]["required"] and run["query"]["autocomplete"]
    assert "autocomplete" not in run["lang"] and len(run["lang"]["choices"]) == 2
    assert run["sector"]["autocomplete"] is True
    series = payloads["series"]
    assert [(o["type"], o["name"]) for o in series["options"]] == [(2, "plan")]
    assert series["options"][0]["options"][0]["name"] == "add"


def test_an_invoked_slash_command_becomes_the_prefix_form() -> None:
    registry = _registry()
    data = {
        "name": "tool",
        "options": [
            {
                "type": 1,
                "name": "run",
                "options": [
                    {"name": "text", "type": 3, "value": "a; b"},
                    {"name": "query", "type": 3, "value": "peer learning"},
                    {"name": "lang", "type": 3, "value": "de"},
                ],
            }
        ],
    }
    line = slash.command_line(data, registry)
    assert line == "tool peer learning lang: de; text: a; b"
    invocation = registry.parse(line)
    assert invocation is not None and invocation.path == ("tool",)
    assert invocation.text == "peer learning"
    assert dict(invocation.options) == {"lang": "de", "text": "a; b"}
    show = {
        "name": "tool",
        "options": [
            {"type": 1, "name": "show", "options": [{"name": "id", "type": 3, "value": "12"}]}
        ],
    }
    assert slash.command_line(show, registry) == "tool show 12"
    nested = {
        "name": "series",
        "options": [
            {
                "type": 2,
                "name": "plan",
                "options": [
                    {"type": 1, "name": "add", "options": [{"name": "x", "type": 3, "value": "y"}]}
                ],
            }
        ],
    }
    assert slash.command_line(nested, registry) == "series plan add y"
    assert slash.command_line({"name": "gone"}, registry) is None


def test_autocomplete_target_names_the_source_of_the_focused_field() -> None:
    registry = _registry()
    data = {
        "name": "tool",
        "options": [
            {
                "type": 1,
                "name": "run",
                "options": [{"name": "sector", "type": 3, "value": "heal", "focused": True}],
            }
        ],
    }
    target = slash.autocomplete_target(data, registry)
    assert target is not None
    assert (target.source, target.field, target.typed, target.path) == (
        "sectors",
        "sector",
        "heal",
        ("tool",),
    )
    data["options"][0]["options"][0]["name"] = "lang"  # choices, no source
    assert slash.autocomplete_target(data, registry) is None


def test_guild_settings_are_validated() -> None:
    env: dict[str, str] = {}
    ok = load_settings(None, env).discord
    assert ok.guild("123").language == ""

    def with_guilds(guilds: dict[str, object]) -> None:
        from adapters.discord.settings import DiscordSettings
        from bot.config import parse_section

        parse_section(DiscordSettings, "discord", {"guilds": guilds}, env)

    with_guilds(
        {"123": {"language": languages()[-1], "country": "AT", "prompt_channel": "prompts"}}
    )
    for bad, key in (
        ({"abc": {}}, "discord.guilds.abc"),
        ({"1": {"language": "German"}}, "discord.guilds.1.language"),
        ({"1": {"country": "at"}}, "discord.guilds.1.country"),
        ({"1": {"prompt_channel": "#prompts"}}, "discord.guilds.1.prompt_channel"),
        ({"1": {"colour": "red"}}, "discord.guilds.1"),
        ({"1": {"language": 5}}, "discord.guilds.1.language"),
    ):
        with pytest.raises(ConfigError) as err:
            with_guilds(bad)
        assert err.value.key == key
