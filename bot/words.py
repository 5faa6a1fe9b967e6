"""Command words in every shipped language: the data the registry and option readers use.

Each language has ``bot/locale/<lang>/commands.toml`` with the same tables:

* ``[commands]``, ``[subcommands]``, ``[options]``: canonical name → the words a reader of that
  language may type for it (the first one is shown: help, slash commands);
* ``[values]``: ``yes``/``no`` → the answers a yes/no option takes (``consent: oui``);
* ``[weekdays]``: ``mon``…``sun`` → weekday names for ``every:``;
* ``[every]``: a word of the English ``every:`` grammar → the words that stand for it
  (``täglich`` for ``daily``, ``tous les jours`` for ``daily``, ``um`` for ``at``).

Words are compared *folded*: lower case, accents dropped (``lunedì`` = ``lunedi``, ``ł`` =
``l``, ``ß`` = ``ss``), and German umlauts may also be written ``ae oe ue`` (``pruefen``).
Folding uses the canonical decomposition only, so look-alike digits (full-width, Arabic-Indic)
are never turned into ASCII.

Every language is understood everywhere: a German reader may type ``!aide`` too. What depends
on the reader's language is what is *shown* (:meth:`Words.shown`). A word never stands for two
different things of the same table across all languages (``tests/test_command_words.py``).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

#: The tables of a commands.toml file.
TABLES = ("commands", "subcommands", "options", "values", "weekdays", "every")

_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "’": "'"})
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def fold(text: str) -> str:
    """``text`` lower-cased, accents dropped (canonical decomposition only), spaces kept."""
    decomposed = unicodedata.normalize("NFD", text.lower().translate(_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def spellings(word: str) -> set[str]:
    """Every folded spelling ``word`` is recognised by (``prüfen``: ``prufen``, ``pruefen``)."""
    lowered = word.lower()
    return {fold(lowered), fold(lowered.translate(_UMLAUTS))}


@dataclass(frozen=True, slots=True)
class LanguageWords:
    """One language's tables, as written in its file."""

    lang: str
    tables: Mapping[str, Mapping[str, tuple[str, ...]]]

    def words(self, table: str, name: str) -> tuple[str, ...]:
        return self.tables.get(table, {}).get(name, ())


def _read(lang: str) -> LanguageWords | None:
    path = resources.files("bot").joinpath("locale", lang, "commands.toml")
    if not path.is_file():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    tables: dict[str, Mapping[str, tuple[str, ...]]] = {}
    for table in TABLES:
        raw = data.get(table, {})
        tables[table] = MappingProxyType(
            {str(k): tuple(str(w) for w in v) for k, v in raw.items() if isinstance(v, list)}
        )
    return LanguageWords(lang=lang, tables=MappingProxyType(tables))


@cache
def shipped() -> tuple[str, ...]:
    """The languages with a commands.toml, English first."""
    base = resources.files("bot").joinpath("locale")
    found = sorted(item.name for item in base.iterdir() if item.joinpath("commands.toml").is_file())
    return ("en", *(code for code in found if code != "en"))


class Words:
    """All languages' command words, with folded lookups from word to canonical name (built
    on the first lookup: a command typed by its own name needs none)."""

    def __init__(self, languages: Iterable[LanguageWords]) -> None:
        self.languages: dict[str, LanguageWords] = {w.lang: w for w in languages}
        self._index: dict[str, dict[str, str]] | None = None
        self._clashes: list[tuple[str, str, str, str]] = []

    @property
    def _lookup(self) -> dict[str, dict[str, str]]:
        if self._index is None:
            self._index = {table: {} for table in TABLES}
            for words in self.languages.values():
                for table in TABLES:
                    for name, listed in words.tables[table].items():
                        # The grammar's own words are English already; other names are words.
                        own = () if table == "every" else (name,)
                        for word in (*own, *listed):
                            for spelling in spellings(word):
                                self._add(self._index, table, spelling, name)
        return self._index

    @property
    def clashes(self) -> list[tuple[str, str, str, str]]:
        """Words that stand for two different names of one table (kept out of the lookup)."""
        _ = self._lookup
        return self._clashes

    def _add(self, index: dict[str, dict[str, str]], table: str, spelling: str, name: str) -> None:
        known = index[table].get(spelling)
        if known is None:
            index[table][spelling] = name
        elif known != name:
            self._clashes.append((table, spelling, known, name))

    def find(self, table: str, word: str) -> str | None:
        """The canonical name ``word`` stands for in ``table`` (any language), or ``None``."""
        return self._lookup[table].get(fold(word.strip()))

    def table(self, table: str) -> Mapping[str, str]:
        """Folded spelling → canonical name, for every word of ``table``."""
        return MappingProxyType(self._lookup[table])

    def shown(self, table: str, name: str, lang: str) -> str:
        """The word a reader of ``lang`` is shown for ``name`` (its first word, else ``name``)."""
        words = self.languages.get(lang)
        listed = words.words(table, name) if words is not None else ()
        return listed[0] if listed else name

    def all_words(self, table: str, name: str) -> list[str]:
        """Every word of every language for ``name``, as written (the name itself first)."""
        seen: dict[str, None] = {name: None}
        for words in self.languages.values():
            for word in words.words(table, name):
                seen.setdefault(word, None)
        return list(seen)

    def option_keys(self, names: Iterable[str]) -> OptionKeys:
        """The keys of the options ``names`` in every language, for reading them in text."""
        spellings: dict[str, str] = {}
        for name in names:
            for word in self.all_words("options", name):
                for spelling in (word.lower(), fold(word)):
                    spellings.setdefault(spelling, name)
        return OptionKeys(spellings=MappingProxyType(spellings))


@dataclass(frozen=True, slots=True, kw_only=True)
class OptionKeys:
    """Option keys as people write them: ``spellings`` maps each way to write one (any
    language, lower case, accents or not) to the option's name."""

    spellings: Mapping[str, str]

    @property
    def pattern(self) -> str:
        """A regular expression for any of the keys (to use case-insensitively); longer ones
        first, so that a key is never read as a shorter one it starts with."""
        ordered = sorted(self.spellings, key=lambda k: (-len(k), k))
        return "|".join(re.escape(k) for k in ordered)

    def name_of(self, written: str) -> str:
        """The name of the option whose key is ``written`` (as :attr:`pattern` found it).

        The pattern matches without regard to case by Unicode's simple case folding, under
        which ``ſ`` is an ``s`` and ``ı`` an ``i`` though neither lowers to one: a key the
        direct look-ups miss is the one the pattern accepts."""
        lowered = written.lower()
        found = self.spellings.get(lowered) or self.spellings.get(fold(lowered))
        if found is not None:
            return found
        for spelling, name in self.spellings.items():
            if re.fullmatch(re.escape(spelling), written, re.IGNORECASE):
                return name
        raise KeyError(written)


@cache
def words() -> Words:
    """The command words of every shipped language (read once)."""
    return Words(w for w in (_read(lang) for lang in shipped()) if w is not None)
