"""Slash commands generated from the core's registry, and their interactions read back.

Both directions live here because they must mirror each other exactly:

* :func:`command_payloads` turns every visible :class:`~bot.commands.Command` into a Discord
  application command: a command with subcommands becomes a group (one level of nesting more
  becomes a subcommand group), the positional argument a string option named after
  ``Command.argument``, each declared option a string option (with its choices, or
  autocomplete when it names a completion source);
* :func:`command_line` turns an invoked slash command back into the command text the ``!``
  form would be (``tool show 12``, ``tool mentoring lang: de; country: AT``), so the core
  runs it exactly as if it had been typed;
* :func:`autocomplete_target` says which completion source answers the focused field.

Discord cannot invoke a command that has subcommands, so a group that also runs on its own
(``!tool QUERY`` beside ``!tool show ID``) gets one more subcommand, :data:`RUN`, standing for
the group itself. Nothing here knows any command by name.

Every command, subcommand and option carries ``name_localizations`` and
``description_localizations`` for the Discord locales of the shipped languages
(:data:`LOCALES`): the reader's command words (``bot/locale/<lang>/commands.toml``) and the
catalog's ``commands.PATH`` texts, the same the ``!`` form and ``!help`` use. Discord shows each
user the names in their client's language and still sends the canonical names back, so
reading an invocation needs nothing localised. (These are the fields discord.py's
``app_commands.Translator`` fills for a ``CommandTree``; the payloads here are built from the
registry directly, so the localisations are put there directly too.) A localised name Discord
would refuse (not lower case, characters outside its pattern) or one a sibling already uses in
that locale is left out; Discord then shows the canonical name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.commands import Command, Option
from bot.permissions import Role
from bot.ports import CommandCatalog

#: The subcommand standing for a group's own handler (``/tool run query: …`` = ``!tool …``).
RUN = "run"

# Discord application-command option types.
SUB_COMMAND = 1
SUB_COMMAND_GROUP = 2
STRING = 3

_MAX_DESCRIPTION = 100
_MAX_OPTIONS = 25
_OPTION_NAME = re.compile(r"^[-_a-z0-9]{1,32}$")
# Discord's name pattern for localised names: letters and digits of any script, - and _.
_LOCAL_NAME = re.compile(r"^[-_\w]{1,32}$")

#: Shipped language → the Discord locales it is offered in (Discord has no pt-PT).
LOCALES: Mapping[str, tuple[str, ...]] = {
    "de": ("de",),
    "fr": ("fr",),
    "it": ("it",),
    "es": ("es-ES", "es-419"),
    "pl": ("pl",),
    "nl": ("nl",),
    "pt": ("pt-BR",),
}

Json = dict[str, Any]


def _description(text: str, fallback: str) -> str:
    """1-100 characters, as Discord requires."""
    text = " ".join((text or fallback).split()) or fallback
    return text if len(text) <= _MAX_DESCRIPTION else text[: _MAX_DESCRIPTION - 1] + "…"


def _positional_usage(usage: str) -> str:
    """The positional part of a usage line: ``QUERY`` of ``QUERY [lang: xx]``."""
    words: list[str] = []
    for word in usage.split():
        if word.startswith("[") or word.endswith(":"):
            break
        words.append(word)
    return " ".join(words)


def _visible(command: Command) -> list[Command]:
    return [c for c in command.subcommands.values() if not c.hidden]


def _names(shown: Mapping[str, str], canonical: str) -> Json:
    """``name_localizations`` from the name each language shows (valid, differing ones)."""
    found: Json = {}
    for lang, locales in LOCALES.items():
        name = shown.get(lang, canonical)
        if name != canonical and name == name.lower() and _LOCAL_NAME.match(name):
            found.update({locale: name for locale in locales})
    return found


def _descriptions(texts: Mapping[str, str], english: str, fallback: str) -> Json:
    """``description_localizations`` from each language's text (those translated)."""
    found: Json = {}
    for lang, locales in LOCALES.items():
        text = texts.get(lang, english)
        if text and text != english:
            found.update({locale: _description(text, fallback) for locale in locales})
    return found


def _localise(
    body: Json, catalog: CommandCatalog, path: Sequence[str], command: Command | None
) -> Json:
    """``body`` (a command or subcommand named ``path[-1]``) with its localisations."""
    canonical = path[-1]
    shown = {lang: catalog.shown(path, lang)[-1] for lang in LOCALES}
    body["name_localizations"] = _names(shown, canonical)
    if command is not None:
        english = catalog.summary(path, command, "en")
        texts = {lang: catalog.summary(path, command, lang) for lang in LOCALES}
        body["description_localizations"] = _descriptions(texts, english, canonical)
    return body


def _localise_option(
    option: Json, catalog: CommandCatalog, path: Sequence[str], declared: Option
) -> Json:
    shown = {lang: catalog.option_shown(declared.name, lang) for lang in LOCALES}
    option["name_localizations"] = _names(shown, declared.name)
    english = catalog.option_help(path, declared, "en")
    texts = {lang: catalog.option_help(path, declared, lang) for lang in LOCALES}
    option["description_localizations"] = _descriptions(texts, english, declared.name)
    return option


def _choice_names(catalog: CommandCatalog, value: str) -> Json:
    """A choice's name in each locale whose language writes it otherwise (``yes``: ``ja``)."""
    found: Json = {}
    for lang, locales in LOCALES.items():
        shown = catalog.value_shown(value, lang)
        if shown != value:
            found.update({locale: shown[:100] for locale in locales})
    return found


def _unique_names(siblings: list[Json]) -> list[Json]:
    """Drop a localised name that another sibling already has in the same locale (its own
    canonical name, or a localised one listed first): Discord refuses such a set."""
    for locale in {loc for locales in LOCALES.values() for loc in locales}:
        # Names shown as they are in this locale are taken first; localised ones after.
        taken = {
            str(s["name"]) for s in siblings if locale not in (s.get("name_localizations") or {})
        }
        for sibling in siblings:
            local = sibling.get("name_localizations") or {}
            if locale not in local:
                continue
            name = str(local[locale])
            if name in taken:
                del local[locale]
                name = str(sibling["name"])
            taken.add(name)
    return siblings


def _leaf_options(command: Command, catalog: CommandCatalog, path: Sequence[str]) -> list[Json]:
    """The string options of a runnable command: its argument first, then declared options."""
    options: list[Json] = []
    taken: set[str] = set()
    if command.argument and _OPTION_NAME.match(command.argument):
        positional = _positional_usage(command.usage)
        option: Json = {
            "type": STRING,
            "name": command.argument,
            "description": _description(positional, command.argument),
            # A bracketed usage (``[COMMAND]``) means the argument may be left out.
            "required": bool(positional) and not positional.startswith("["),
        }
        if command.argument_autocomplete:
            option["autocomplete"] = True
        options.append(option)
        taken.add(command.argument)
    for declared in command.options:
        if declared.name in taken or not _OPTION_NAME.match(declared.name):
            continue
        option = {
            "type": STRING,
            "name": declared.name,
            "description": _description(catalog.option_help(path, declared, "en"), declared.name),
            "required": False,
        }
        _localise_option(option, catalog, path, declared)
        if declared.choices:
            option["choices"] = [
                {
                    "name": c,
                    "value": c,  # what comes back, whatever the client showed
                    "name_localizations": _choice_names(catalog, c),
                }
                for c in declared.choices[:25]
            ]
        elif declared.autocomplete:
            option["autocomplete"] = True
        options.append(option)
        taken.add(declared.name)
    return _unique_names(options[:_MAX_OPTIONS])


def _own_run(command: Command, catalog: CommandCatalog, path: Sequence[str]) -> Json:
    return {
        "type": SUB_COMMAND,
        "name": RUN,
        "description": _description(catalog.summary(path, command, "en"), command.name),
        "options": _leaf_options(command, catalog, path),
    }


def _subcommand(
    command: Command, catalog: CommandCatalog, parent: Sequence[str], *, depth: int
) -> Json:
    """A subcommand (leaf) or, one level down from the top, a subcommand group."""
    path = (*parent, command.name)
    description = _description(catalog.summary(path, command, "en"), command.name)
    subs = _visible(command)
    if subs and depth == 1:
        options = [_subcommand(sub, catalog, path, depth=2) for sub in subs]
        if command.handler is not None and command.subcommands.get(RUN) is None:
            options.insert(0, _own_run(command, catalog, path))
        group = {
            "type": SUB_COMMAND_GROUP,
            "name": command.name,
            "description": description,
            "options": _unique_names(options[:_MAX_OPTIONS]),
        }
        return _localise(group, catalog, path, command)
    # Deeper subcommands are reached through the positional text (``registry.parse`` walks
    # the words), so a leaf keeps its argument even when it has subcommands of its own.
    leaf = {
        "type": SUB_COMMAND,
        "name": command.name,
        "description": description,
        "options": _leaf_options(command, catalog, path),
    }
    return _localise(leaf, catalog, path, command)


def command_payload(command: Command, catalog: CommandCatalog) -> Json:
    """The application-command body for one top-level command, localised."""
    path = (command.name,)
    body: Json = {
        "type": 1,
        "name": command.name,
        "description": _description(catalog.summary(path, command, "en"), command.name),
        # Usable in servers and in direct messages with the bot (personal commands work there).
        "contexts": [0, 1],
    }
    subs = _visible(command)
    if subs:
        options = [_subcommand(sub, catalog, path, depth=1) for sub in subs]
        if command.handler is not None and command.subcommands.get(RUN) is None:
            options.insert(0, _own_run(command, catalog, path))
        body["options"] = _unique_names(options[:_MAX_OPTIONS])
    else:
        body["options"] = _leaf_options(command, catalog, path)
    return _localise(body, catalog, path, command)


def command_payloads(registry: CommandCatalog) -> list[Json]:
    """Every visible command, as the body of a bulk overwrite (``PUT …/commands``).

    Commands for coordinators and admins are registered too: Discord's own permission system
    knows nothing of vetbot's roles, so the core checks the role when they are run.
    """
    commands = [c for c in registry if not c.hidden and c.role <= Role.ADMIN]
    return _unique_names([command_payload(c, registry) for c in commands])


@dataclass(frozen=True, slots=True, kw_only=True)
class Invoked:
    """A slash command as the core sees it: the command, its path and the typed values."""

    command: Command
    path: tuple[str, ...]
    values: Mapping[str, str]
    focused: str | None = None


def _walk(data: Mapping[str, Any], registry: CommandCatalog) -> Invoked | None:
    command = registry.get(str(data.get("name", "")))
    if command is None:
        return None
    path = [command.name]
    options: Sequence[Mapping[str, Any]] = data.get("options") or []
    while options and int(options[0].get("type", STRING)) in (SUB_COMMAND, SUB_COMMAND_GROUP):
        name = str(options[0].get("name", ""))
        nested: Sequence[Mapping[str, Any]] = options[0].get("options") or []
        sub = command.subcommands.get(name)
        if sub is None and name == RUN:
            options = nested
            break
        if sub is None:
            return None
        command = sub
        path.append(sub.name)
        options = nested
    values: dict[str, str] = {}
    focused: str | None = None
    for option in options:
        name = str(option.get("name", ""))
        values[name] = str(option.get("value", ""))
        if option.get("focused"):
            focused = name
    return Invoked(command=command, path=tuple(path), values=values, focused=focused)


def command_line(data: Mapping[str, Any], registry: CommandCatalog) -> str | None:
    """The command text (without prefix) an invoked slash command stands for.

    ``None`` when the command is not (or no longer) in the registry. Options follow the
    positional text as ``key: value`` separated by ``;``, greedy ones last, as typed by hand.
    """
    invoked = _walk(data, registry)
    if invoked is None:
        return None
    command = invoked.command
    words = list(invoked.path)
    if command.argument and invoked.values.get(command.argument, "").strip():
        words.append(invoked.values[command.argument].strip())
    plain: list[str] = []
    greedy: list[str] = []
    for declared in command.options:
        value = invoked.values.get(declared.name, "").strip()
        if value and declared.name != command.argument:
            (greedy if declared.greedy else plain).append(f"{declared.name}: {value}")
    tail = "; ".join(plain + greedy)
    return " ".join(words) + (f" {tail}" if tail else "")


@dataclass(frozen=True, slots=True, kw_only=True)
class AutocompleteTarget:
    """The field being typed into and the completion source that answers it."""

    source: str
    path: tuple[str, ...]
    field: str
    typed: str


def autocomplete_target(
    data: Mapping[str, Any], registry: CommandCatalog
) -> AutocompleteTarget | None:
    """Which completion source answers an autocomplete interaction (``None``: none does)."""
    invoked = _walk(data, registry)
    if invoked is None or invoked.focused is None:
        return None
    command, name = invoked.command, invoked.focused
    source: str | None = None
    if name == command.argument:
        source = command.argument_autocomplete
    else:
        declared = command.option(name)
        source = declared.autocomplete if declared is not None else None
    if source is None:
        return None
    return AutocompleteTarget(
        source=source, path=invoked.path, field=name, typed=invoked.values.get(name, "")
    )


def personal(line: str, registry: CommandCatalog) -> bool:
    """Whether the command a line runs answers only its sender (decided before it runs, for
    the ephemeral flag of a deferred interaction response)."""
    try:
        invocation = registry.parse(line)
    except Exception:  # a usage error is answered by the core; here it only means "not known"
        return False
    return invocation is not None and invocation.command.personal
