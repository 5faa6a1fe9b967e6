"""The command registry, the command-line parser, and the context handlers receive.

A command is ``NAME [SUBCOMMAND] [POSITIONAL TEXT] [key: value; key: value …]``:

* positional words may be quoted (``"two words"``); unbalanced quotes are taken literally;
* options are the command's *declared* keys followed by ``:``; they are separated by ``;``.
  Undeclared ``word:`` text before the first option stays positional (so URLs and
  ``"need help with: x"`` survive), while an undeclared key after a ``;`` is a usage error
  naming the keys that exist;
* a key declared *greedy* (``text``, ``bio``…) takes everything to the end of the line,
  semicolons included.

Capabilities register commands in their ``setup`` function; help, "did you mean" and the
Discord slash commands are all generated from this registry.

Commands, subcommands and option keys are also understood in every shipped language: the
words are data, ``bot/locale/<lang>/commands.toml`` (:mod:`bot.words`), so ``!hilfe``,
``!aide``, ``!impuls planen … jeden: montag 09:00`` all resolve to the canonical names the
handlers see. :meth:`Registry.shown` gives the names a reader of a language is shown.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from bot.errors import UsageError
from bot.i18n import has_key, t
from bot.messages import Join, Param, Word
from bot.permissions import Role
from bot.words import Words
from bot.words import words as shipped_words

if TYPE_CHECKING:
    from bot.context import Context

Handler = Callable[["Context"], Awaitable[None]]

_NAME = re.compile(r"^[a-z][a-z0-9-]{0,31}$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Option:
    """A declared ``key: value`` option; ``greedy`` keys take the rest of the line."""

    name: str
    help: str = ""
    greedy: bool = False
    choices: tuple[str, ...] = ()
    autocomplete: str | None = None  # name of a completion source, for slash commands


@dataclass(frozen=True, slots=True, kw_only=True)
class Command:
    """A command or subcommand.

    ``usage`` is the argument part shown in help (``QUERY [lang: xx]``); ``summary`` one line;
    ``details`` optional longer help. ``handler`` may be ``None`` for a group that only has
    subcommands. ``argument`` names the positional argument for slash commands (``None``: none);
    ``personal`` answers are only for the sender (ephemeral where possible). A ``light``
    command gives a fixed read-only answer (help, privacy notice, the next page): it weighs a
    fraction of a command against the flood limit (:mod:`bot.ratelimit`). A command with
    ``confirm`` (the catalog key of its question) cannot be undone: the core takes a trailing
    ``confirm`` off the line (:func:`confirmed`) and the handler, once it has read its
    arguments, asks unless it was there (``Context.confirmed_or_ask``; the button sends the
    line confirmed).
    """

    name: str
    summary: str
    handler: Handler | None = None
    usage: str = ""
    details: str = ""
    role: Role = Role.TRAINER
    options: tuple[Option, ...] = ()
    argument: str | None = None
    argument_autocomplete: str | None = None
    personal: bool = False
    light: bool = False
    confirm: str | None = None
    aliases: tuple[str, ...] = ()
    subcommands: Mapping[str, Command] = field(default_factory=lambda: MappingProxyType({}))
    hidden: bool = False

    def option(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)

    def visible_subcommands(self, role: Role) -> list[Command]:
        return [c for c in self.subcommands.values() if c.role <= role and not c.hidden]


@dataclass(frozen=True, slots=True, kw_only=True)
class Invocation:
    """A parsed command line: the command chosen, its path, positional text and options."""

    command: Command
    path: tuple[str, ...]
    text: str
    args: tuple[str, ...]
    options: Mapping[str, str]


class Registry:
    """All commands by name (with aliases); built once at start-up by the capabilities."""

    def __init__(self, words: Words | None = None) -> None:
        self._commands: dict[str, Command] = {}
        self._aliases: dict[str, str] = {}
        self.words = words if words is not None else shipped_words()

    def add(self, command: Command) -> Command:
        """Register a top-level command; names and aliases must be unique."""
        for name in (command.name, *command.aliases):
            if not _NAME.match(name):
                raise ValueError(f"bad command name {name!r}")
            if name in self._commands or name in self._aliases:
                raise ValueError(f"command {name!r} registered twice")
        self._commands[command.name] = command
        for alias in command.aliases:
            self._aliases[alias] = command.name
        return command

    def extend(self, name: str, sub: Command) -> None:
        """Add a subcommand to an existing command (capabilities may extend each other's)."""
        parent = self._commands[name]
        subs = dict(parent.subcommands)
        subs[sub.name] = sub
        self._commands[name] = _replace_subs(parent, subs)

    def get(self, name: str) -> Command | None:
        """The command ``name`` stands for: its name, an alias, or its word in any language."""
        name = name.lower()
        found = self._commands.get(self._aliases.get(name, name))
        if found is None:
            canonical = self.words.find("commands", name)
            found = self._commands.get(canonical) if canonical is not None else None
        return found

    def subcommand(self, command: Command, word: str) -> Command | None:
        """The subcommand of ``command`` that ``word`` names (name, alias or any language)."""
        word = word.lower()
        sub = command.subcommands.get(word)
        if sub is None:
            sub = next((s for s in command.subcommands.values() if word in s.aliases), None)
        if sub is None:
            canonical = self.words.find("subcommands", word)
            sub = command.subcommands.get(canonical) if canonical is not None else None
        return sub

    def shown(self, path: Sequence[str], lang: str) -> tuple[str, ...]:
        """A command path (canonical names) as a reader of ``lang`` types it."""
        if not path:
            return ()
        head = self.words.shown("commands", path[0], lang)
        return (head, *(self.words.shown("subcommands", p, lang) for p in path[1:]))

    def summary(self, path: Sequence[str], command: Command, lang: str) -> str:
        """A command's one-line summary for a reader of ``lang``: the catalog's
        ``commands.PATH`` (``commands.tool.show``), else the summary the code gave."""
        return self._text(_text_key(path), command.summary, lang)

    def details(self, path: Sequence[str], command: Command, lang: str) -> str:
        """A command's longer help (``commands.PATH.details``), else the code's, maybe empty."""
        return self._text(_text_key(path, "details"), command.details, lang)

    def option_help(self, path: Sequence[str], option: Option, lang: str) -> str:
        """What an option takes (``commands.PATH.option.NAME``), else the code's text."""
        return self._text(_text_key(path, "option", option.name), option.help, lang)

    @staticmethod
    def _text(key: str, fallback: str, lang: str) -> str:
        return t(key, lang) if has_key(key) else fallback

    def option_shown(self, name: str, lang: str) -> str:
        """An option key as a reader of ``lang`` types it (``lang`` → ``sprache``)."""
        return self.words.shown("options", name, lang)

    def value_shown(self, value: str, lang: str) -> str:
        """An option value (``yes``) as a reader of ``lang`` writes it (``ja``); other values
        as they are."""
        return self.words.shown("values", value, lang)

    def usage(self, prefix: str, path: Sequence[str], command: Command, lang: str) -> str:
        """:func:`usage_line` in the words of ``lang``: ``!werkzeug SUCHBEGRIFF [sprache: xx
        …]``: option keys, placeholders (``commands.placeholder.*``) and the confirmation
        word as a reader of ``lang`` writes them."""
        usage = command.usage
        for option in command.options:
            shown = self.option_shown(option.name, lang)
            if shown != option.name:
                usage = re.sub(rf"(?<![\w-]){re.escape(option.name)}:", f"{shown}:", usage)
        usage = _PLACEHOLDER.sub(lambda found: _placeholder(found[0], lang), usage)
        usage = usage.replace(f"[{CONFIRM_WORD}]", f"[{t('core.confirm_word', lang)}]")
        return " ".join(p for p in (prefix + " ".join(self.shown(path, lang)), usage) if p)

    def spellings(self, table: str, name: str) -> list[str]:
        """Every word ``name`` is typed as, in every language (the name first)."""
        return self.words.all_words(table, name)

    def __iter__(self) -> Iterator[Command]:
        return iter(sorted(self._commands.values(), key=lambda c: c.name))

    def names_for(self, role: Role) -> list[str]:
        """Every command line prefix (``tool``, ``tool show``) a user with ``role`` may run."""
        names: list[str] = []
        for cmd in self:
            if cmd.role > role or cmd.hidden:
                continue
            names.append(cmd.name)
            names.extend(f"{cmd.name} {s.name}" for s in cmd.visible_subcommands(role))
        return names

    def parse(self, line: str) -> Invocation | None:
        """Parse a command line without the prefix; ``None`` when the first word is unknown."""
        head, rest = _first_word(line)
        command = self.get(head)
        if command is None:
            return None
        path = [command.name]
        while command.subcommands:
            word, tail = _first_word(rest)
            sub = self.subcommand(command, word) if word else None
            if sub is None:
                break
            command, rest = sub, tail
            path.append(command.name)
        text, options = parse_options(rest, command, self.words)
        return Invocation(
            command=command,
            path=tuple(path),
            text=text,
            args=tuple(split_words(text)),
            options=MappingProxyType(options),
        )


#: A usage line's placeholder: a word in capitals (``QUERY``, ``YYYY-MM-DD``).
_PLACEHOLDER = re.compile(r"(?<![\w-])[A-Z]{2,}(?:-[A-Z]{2,})*(?![\w-])")
#: Placeholders whose catalog key is not their own name in lower case.
_PLACEHOLDER_KEYS = {"YYYY-MM-DD": "date", "YYYY-MM": "month"}


def _placeholder(word: str, lang: str) -> str:
    """A usage line's placeholder as a reader of ``lang`` reads it; as written when the
    catalog has none for it (``ID``, ``URL``, a cron field)."""
    key = f"commands.placeholder.{_PLACEHOLDER_KEYS.get(word, word.lower())}"
    return t(key, lang) if has_key(key) else word


def _text_key(path: Sequence[str], *tail: str) -> str:
    """The catalog key of a command's text: ``commands.tool.show``, ``….details``,
    ``….option.lang``."""
    return ".".join(("commands", *path, *tail))


#: The word that confirms a command that cannot be undone, whatever the reader's language
#: (the button writes it; the catalog's own word for it is accepted too).
CONFIRM_WORD = "confirm"


def confirmed(invocation: Invocation, words: Sequence[str] = ()) -> Invocation | None:
    """``invocation`` without its trailing confirmation word, or ``None`` when it has none.

    ``words`` are further words that confirm (the reader's language's word)."""
    accepted = {CONFIRM_WORD, *(w.casefold() for w in words)}
    parts = invocation.text.rstrip().rsplit(maxsplit=1)
    if not parts or parts[-1].casefold() not in accepted:
        return None
    text = parts[0] if len(parts) == 2 else ""
    return replace(invocation, text=text, args=tuple(split_words(text)))


def _first_word(text: str) -> tuple[str, str]:
    """The first word of ``text`` and the rest, split on any whitespace (newlines, tabs)."""
    parts = text.strip().split(maxsplit=1)
    if not parts:
        return "", ""
    return parts[0], parts[1] if len(parts) > 1 else ""


def _replace_subs(cmd: Command, subs: dict[str, Command]) -> Command:
    from dataclasses import replace

    return replace(cmd, subcommands=MappingProxyType(subs))


def split_words(text: str) -> list[str]:
    """Split positional text into words, honouring quotes; never raises."""
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


def parse_options(
    text: str, command: Command, words: Words | None = None
) -> tuple[str, dict[str, str]]:
    """Split ``text`` into its positional part and the declared ``key: value`` options.

    An option starts at any declared key, in any shipped language, followed by ``:``
    (``lang: de``, ``sprache:de``, but not ``https://…``) at the start, after whitespace or
    after ``;``; its value runs to the next option, or to the end for a greedy key. The
    options come back under their canonical names. Text after a ``;`` that is not a declared
    option, a repeated key or an empty value is a usage error that names the options there are.
    """
    if not command.options:
        return text.strip(), {}
    table = words if words is not None else shipped_words()
    keys = table.option_keys(option.name for option in command.options)
    starts = list(re.finditer(rf"(?:^|(?<=[\s;]))({keys.pattern})\s*:(?!//)", text, re.IGNORECASE))
    positional = text[: starts[0].start()] if starts else text
    positional, _, stray = positional.partition(";")
    _refuse_stray(stray, command)
    options: dict[str, str] = {}
    for index, match in enumerate(starts):
        key = keys.name_of(match.group(1))
        option = command.option(key)
        assert option is not None
        if key in options:
            raise _option_error("core.option_repeated", command, option=Word("options", key))
        if option.greedy:
            value = text[match.end() :]
        else:
            end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
            value, _, stray = text[match.end() : end].partition(";")
            _refuse_stray(stray, command)
        value = _unquote(value.strip())
        if not value:
            raise _option_error("core.option_empty", command, option=Word("options", key))
        options[key] = value
        if option.greedy:
            break
    return positional.strip(), options


def _refuse_stray(stray: str, command: Command) -> None:
    """Text after a ``;`` that is not an option: name what it looked like."""
    stray = stray.strip().strip(";").strip()
    if not stray:
        return
    head = re.match(r"([A-Za-z_][\w-]*)\s*:", stray)
    if head:
        raise _option_error("core.option_unknown", command, option=head.group(1)[:30])
    raise _option_error("core.option_malformed", command, segment=stray[:40])


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def _option_error(key: str, command: Command, **params: Param) -> UsageError:
    """A keyed usage error about the options (rendered in the reader's language by the core),
    its hint naming the options there are, in the reader's words."""
    names = Join(tuple(Join((Word("options", o.name), ":"), sep="") for o in command.options), ", ")
    return UsageError(
        key=key, params={**params, "options": names}, hint_key="core.options_available"
    )


def usage_line(prefix: str, path: Sequence[str], command: Command) -> str:
    """``!tool show ID`` — the one-line usage of a command."""
    return " ".join(p for p in (prefix + " ".join(path), command.usage) if p)
