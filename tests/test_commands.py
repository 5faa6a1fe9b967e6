"""The command-line grammar: prefixes, subcommands, quoted words, options."""

from __future__ import annotations

import pytest

from bot.commands import Command, Option, Registry
from bot.errors import UsageError
from bot.i18n import t
from bot.messages import Msg, render


def english(err: UsageError) -> str:
    """A keyed usage error as an English reader reads it."""
    return t(err.key, **err.params)


async def _noop(ctx: object) -> None:
    return None


def registry() -> Registry:
    reg = Registry()
    show = Command(name="show", summary="show one", handler=_noop, usage="ID")
    reg.add(
        Command(
            name="tool",
            summary="find tools",
            handler=_noop,
            aliases=("tools",),
            options=(Option(name="lang"), Option(name="country"), Option(name="text", greedy=True)),
            subcommands={"show": show},
        )
    )
    return reg


def test_plain_query_with_options() -> None:
    inv = registry().parse("tool mentoring guide lang: de; country: AT")
    assert inv is not None
    assert inv.text == "mentoring guide"
    assert dict(inv.options) == {"lang": "de", "country": "AT"}


def test_option_without_space_after_colon_is_not_an_option_but_urls_survive() -> None:
    inv = registry().parse("tool https://example.org/x lang: fr")
    assert inv is not None
    assert inv.text == "https://example.org/x"
    assert inv.options["lang"] == "fr"


def test_undeclared_word_colon_stays_positional() -> None:
    inv = registry().parse("tool help with: assessment")
    assert inv is not None
    assert inv.text == "help with: assessment"
    assert not inv.options


def test_greedy_option_keeps_semicolons() -> None:
    inv = registry().parse("tool x lang: en; text: first; second: part")
    assert inv is not None
    assert inv.options["text"] == "first; second: part"


def test_unknown_option_after_semicolon_is_a_usage_error_listing_options() -> None:
    with pytest.raises(UsageError) as err:
        registry().parse("tool x lang: en; colour: red")
    assert "colour" in english(err.value)
    # The options there are, as the reader types them (rendered for them by the core).
    hint = Msg(err.value.hint_key or "", dict(err.value.params))
    assert "lang:, country:" in render(hint, "en", "!")
    assert "sprache:, land:" in render(hint, "de", "!")


def test_subcommand_and_alias_and_case() -> None:
    inv = registry().parse("TOOLS Show epale")
    assert inv is not None
    assert inv.path == ("tool", "show")
    assert inv.args == ("epale",)


def test_quoted_words_and_unbalanced_quotes() -> None:
    reg = registry()
    inv = reg.parse('tool show "two words" three')
    assert inv is not None and inv.args == ("two words", "three")
    inv = reg.parse('tool show "unbalanced')
    assert inv is not None and inv.args == ('"unbalanced',)


def test_unknown_command_is_none() -> None:
    assert registry().parse("nonsense x") is None


def test_duplicate_registration_is_refused() -> None:
    reg = registry()
    with pytest.raises(ValueError):
        reg.add(Command(name="tools", summary="dup", handler=_noop))


def test_options_without_semicolons_or_spaces_and_on_new_lines() -> None:
    reg = registry()
    for line in (
        "tool guide lang: de country: AT",
        "tool guide lang:de; country:AT",
        "tool guide\nlang: de\ncountry: AT",
        "tool\tguide lang: de;country: AT;",
    ):
        inv = reg.parse(line)
        assert inv is not None, line
        assert inv.text == "guide", line
        assert dict(inv.options) == {"lang": "de", "country": "AT"}, line


def test_repeated_and_empty_options_are_usage_errors() -> None:
    reg = registry()
    for line, fragment in (
        ("tool x lang: de; lang: fr", "twice"),
        ("tool x lang: ; country: AT", "needs a value"),
        ("tool x lang:", "needs a value"),
    ):
        with pytest.raises(UsageError) as err:
            reg.parse(line)
        assert fragment in english(err.value)


def test_quoted_option_values_and_stray_text() -> None:
    reg = registry()
    inv = reg.parse('tool x country: "AT"')
    assert inv is not None and inv.options["country"] == "AT"
    with pytest.raises(UsageError) as err:
        reg.parse("tool x; not an option")
    assert "couldn't read 'not an option'" in english(err.value)


def test_multi_line_command_keeps_its_name_and_subcommand() -> None:
    reg = registry()
    inv = reg.parse("tool\nshow\tepale")
    assert inv is not None and inv.path == ("tool", "show") and inv.args == ("epale",)
