"""The command words of every language (bot/locale/<lang>/commands.toml): complete, never
ambiguous, and resolved by the one registry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.app import App
from bot.commands import Command, Registry
from bot.errors import UsageError
from bot.words import TABLES, fold, shipped, words
from tests.botkit import make_settings

LANGUAGES = ("en", "de", "fr", "it", "es", "pl", "nl", "pt")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    """The registry of a fully set-up bot (every capability's commands)."""
    settings = make_settings(tmp_path_factory.mktemp("words"), knowledge={"seed": False})
    return App(settings).runtime.registry


def _walk(registry: Registry) -> tuple[set[str], set[str], set[str]]:
    commands: set[str] = set()
    subs: set[str] = set()
    options: set[str] = set()

    def visit(command: Command, top: bool) -> None:
        (commands if top else subs).add(command.name)
        options.update(o.name for o in command.options)
        for sub in command.subcommands.values():
            visit(sub, False)

    for command in registry:
        visit(command, True)
    return commands, subs, options


def test_the_eight_languages_are_shipped() -> None:
    assert set(LANGUAGES) <= set(shipped())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_command_subcommand_and_option_has_words_in_each_language(
    registry: Registry, lang: str
) -> None:
    commands, subs, options = _walk(registry)
    tables = words().languages[lang].tables
    for table, names in (("commands", commands), ("subcommands", subs), ("options", options)):
        missing = sorted(n for n in names if not tables[table].get(n))
        assert missing == [], f"{lang} {table} lacks {missing}"
        # No entry for a name the code no longer has.
        assert sorted(set(tables[table]) - names) == [], f"{lang} {table} has stale entries"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_the_same_value_tables_as_english(lang: str) -> None:
    english = words().languages["en"].tables
    tables = words().languages[lang].tables
    for table in TABLES:
        assert set(tables[table]) == set(english[table]), f"{lang} [{table}]"
    assert tables["values"]["yes"] and tables["values"]["no"]
    assert all(tables["weekdays"][day] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
    if lang != "en":
        for word in ("every", "day", "daily", "weekdays", "weekly", "monthly"):
            assert tables["every"][word], f"{lang} [every] {word} is empty"


def test_no_word_stands_for_two_things() -> None:
    """Across all languages (and accents left out), a word is one command, one subcommand,
    one option, one answer, one weekday, one every: word."""
    assert words().clashes == []


def test_no_alias_is_another_commands_name(registry: Registry) -> None:
    for command in registry:
        for other in registry:
            if other is command:
                continue
            spelt = {fold(w) for w in registry.spellings("commands", other.name)}
            assert command.name not in spelt, f"{other.name} is also typed {command.name}"


def test_no_localised_word_breaks_the_english_names(registry: Registry) -> None:
    """Every canonical name still resolves to itself, whatever the other languages add."""
    for command in registry:
        assert registry.get(command.name) is command
        for sub in command.subcommands.values():
            assert registry.subcommand(command, sub.name) is sub


@pytest.mark.parametrize(
    ("typed", "path"),
    [
        ("hilfe", ("help",)),
        ("AIDE", ("help",)),
        ("aiuto", ("help",)),
        ("ayuda", ("help",)),
        ("pomoc", ("help",)),
        ("hulp", ("help",)),
        ("ajuda", ("help",)),
        ("narzędzie show 3", ("tool", "show")),
        ("narzedzie pokaz 3", ("tool", "show")),
        ("werkzeug zeigen 3", ("tool", "show")),
        ("werkzeug prüfen", ("tool", "review")),
        ("werkzeug pruefen", ("tool", "review")),
        ("vermittlung annehmen 4", ("match", "accept")),
        ("jumelage refuser 4", ("match", "decline")),
        ("mentore iscriviti", ("mentor", "join")),
        ("experto salir", ("expert", "leave")),
        ("vraag inplannen", ("prompt", "schedule")),
        ("vraag plannen", ("prompt", "schedule")),
        ("cpd plan", ("cpd", "plan")),
        ("weiterbildung einschätzen", ("cpd", "assess")),
        ("tema agendar", ("prompt", "schedule")),
        ("reeks maak", ("series", "create")),
        ("oubliez-moi", ("forgetme",)),
        ("olvidame", ("forgetme",)),
        ("mesdonnees", ("mydata",)),
        ("więcej", ("more",)),
        ("meinland AT", ("country",)),
        ("monpays auto", ("country",)),
        ("mipais", ("country",)),
    ],
)
def test_localised_commands_resolve_to_the_canonical_path(
    registry: Registry, typed: str, path: tuple[str, ...]
) -> None:
    invocation = registry.parse(typed)
    assert invocation is not None
    assert invocation.path == path


def test_localised_option_keys_arrive_under_their_canonical_names(registry: Registry) -> None:
    invocation = registry.parse(
        "impuls planen jeden: montag 09:00; zeitzone: Europe/Berlin; in: #forum; text: Was gab's?"
    )
    assert invocation is not None
    assert invocation.path == ("prompt", "schedule")
    assert dict(invocation.options) == {
        "every": "montag 09:00",
        "tz": "Europe/Berlin",
        "in": "#forum",
        "text": "Was gab's?",
    }
    french = registry.parse("outil tutorat langue: fr; pays: FR; secteur: bâtiment")
    assert french is not None
    assert french.text == "tutorat"
    assert dict(french.options) == {"lang": "fr", "country": "FR", "sector": "bâtiment"}
    polish = registry.parse("mentor dołącz tematy: ocena; języki: pl; zgoda: tak")
    assert polish is not None
    assert dict(polish.options) == {"topics": "ocena", "languages": "pl", "consent": "tak"}
    # Without the accents, and in capitals.
    plain = registry.parse("MENTOR DOLACZ TEMATY: ocena; JEZYKI: pl")
    assert plain is not None and dict(plain.options) == {"topics": "ocena", "languages": "pl"}


def test_a_localised_option_key_given_twice_is_refused(registry: Registry) -> None:
    with pytest.raises(UsageError):
        registry.parse("tool x lang: de; sprache: fr")


def test_option_words_of_other_commands_stay_text(registry: Registry) -> None:
    """``zeitzone:`` is no option of !tool, so it stays in the query (before any option)."""
    invocation = registry.parse("tool zeitzone: Europa")
    assert invocation is not None
    assert invocation.text == "zeitzone: Europa" and not invocation.options


@pytest.mark.parametrize(
    ("lang", "path", "shown"),
    [
        ("de", ("prompt", "schedule"), ("impuls", "planen")),
        ("fr", ("help",), ("aide",)),
        ("pl", ("tool", "show"), ("narzędzie", "pokaż")),
        ("en", ("tool", "show"), ("tool", "show")),
        ("xx", ("tool", "show"), ("tool", "show")),  # no words shipped: the names
    ],
)
def test_shown_names_are_the_readers_first_words(
    registry: Registry, lang: str, path: tuple[str, ...], shown: tuple[str, ...]
) -> None:
    assert registry.shown(path, lang) == shown


def test_usage_lines_use_the_readers_option_words(registry: Registry) -> None:
    tool = registry.get("tool")
    assert tool is not None
    usage = registry.usage("!", ("tool",), tool, "de")
    assert usage.startswith("!werkzeug ")
    assert "sprache:" in usage and "land:" in usage and "lang:" not in usage


def test_the_data_files_are_where_the_package_ships_them() -> None:
    root = Path(__file__).resolve().parents[1] / "bot" / "locale"
    for lang in LANGUAGES:
        assert (root / lang / "commands.toml").is_file()


def test_every_command_and_option_has_its_text_in_the_english_catalog(registry: Registry) -> None:
    from bot.i18n import has_key

    missing: list[str] = []

    def visit(command: Command, path: tuple[str, ...]) -> None:
        key = ".".join(("commands", *path))
        if not has_key(key):
            missing.append(key)
        options = (f"{key}.option.{o.name}" for o in command.options)
        missing.extend(k for k in options if not has_key(k))
        if command.details and not has_key(f"{key}.details"):
            missing.append(f"{key}.details")
        for sub in command.subcommands.values():
            visit(sub, (*path, sub.name))

    for command in registry:
        visit(command, (command.name,))
    assert missing == []


def test_help_summaries_come_from_the_readers_catalog(registry: Registry) -> None:
    help_command = registry.get("hilfe")
    assert help_command is not None
    german = registry.summary(("help",), help_command, "de")
    assert german == "Die Befehle auflisten oder einen erklären."
    assert registry.summary(("help",), help_command, "en") == "List the commands, or explain one."


def test_the_english_catalog_says_what_the_code_says(registry: Registry) -> None:
    """The code's texts are the fallback for a command without a catalog entry; where both
    exist they must not drift apart (the catalog is what readers get)."""
    drift: list[str] = []

    def same(a: str, b: str) -> bool:
        return " ".join(a.split()) == " ".join(b.split())

    def visit(command: Command, path: tuple[str, ...]) -> None:
        if not same(registry.summary(path, command, "en"), command.summary):
            drift.append(".".join(path))
        for option in command.options:
            if option.help and not same(registry.option_help(path, option, "en"), option.help):
                drift.append(f"{'.'.join(path)} {option.name}:")
        for sub in command.subcommands.values():
            visit(sub, (*path, sub.name))

    for command in registry:
        visit(command, (command.name,))
    assert drift == []


def test_option_keys_are_read_in_any_language_case_and_accents() -> None:
    keys = words().option_keys(["title", "until", "tz"])
    assert {keys.name_of(w) for w in ("TITRE", "Título", "titulo", "titel")} == {"title"}
    assert {keys.name_of(w) for w in ("Bis", "hasta", "jusqu'au", "to")} == {"until"}
    # The pattern finds the keys as written, in whichever language, in running text.
    found = re.findall(rf"\b({keys.pattern})\s*:", "titulo: a; zeitzone: b; to: c", re.I)
    assert [keys.name_of(w) for w in found] == ["title", "tz", "until"]


def test_an_option_key_the_pattern_finds_always_has_a_name() -> None:
    keys = words().option_keys(["sector", "title"])
    for written in ("ſector", "SECTOR", "tıtle", "TİTLE"):
        if re.fullmatch(keys.pattern, written, re.I):
            assert keys.name_of(written) in {"sector", "title"}
    assert keys.name_of("ſector") == "sector" and keys.name_of("tıtle") == "title"
