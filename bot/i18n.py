"""The one translation function for every user-facing text.

Catalogs are Fluent files (https://projectfluent.org): ``bot/locale/<lang>/<domain>.ftl``,
each platform bringing its own in the same shape (its declared ``catalogs``,
:mod:`bot.platforms`). The code names a text by its key, ``"<domain>.<name>"``; in the file the
message's identifier is the key with dots written as hyphens (``knowledge.more_done`` is
``knowledge-more_done`` in ``knowledge.ftl``). Plural forms, and any other choice that depends
on a parameter, are written in the catalog with Fluent selectors, so each language has the
forms it needs (Polish ``one``/``few``/``many``, French ``one`` for 0 and 1, …); the code only
passes the number.

Contract:

* ``t(key, lang, **params)`` always returns a string. Whole numbers are passed to Fluent as
  numbers (so plurals select on them), written without grouping (``#1234``, not ``#1,234``).
* A key missing in ``lang`` falls back to English, message by message, and is logged once per
  key and language; a key missing in English too returns the key itself (and logs once), so a
  forgotten entry shows in tests instead of crashing a reply. A translation that fails to
  format (a placeholder it does not get) falls back to English the same way.
* :func:`languages` lists the languages shipped (those with a core catalog); English is the
  reference every other catalog is checked against (``tests/test_catalogs.py``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from fluent.runtime import FluentBundle
from fluent.runtime.types import fluent_number
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"


def _roots() -> list[Traversable]:
    """The core's catalogs, then the platforms' (imported late: their declarations import
    the core)."""
    from bot.platforms import catalogs

    return [resources.files("bot").joinpath("locale"), *catalogs()]


def message_id(key: str) -> str:
    """The Fluent identifier of ``key`` (``"a.b.c"`` → ``"a-b-c"``)."""
    return key.replace(".", "-")


def _key(identifier: str) -> str:
    return identifier.replace("-", ".")


#: The locale whose plural rules a catalog follows, where the bare language code would pick
#: another country's: CLDR's ``pt`` is Brazil's (0 is singular), European Portuguese says
#: "0 pedidos".
_PLURAL_LOCALE = {"pt": "pt-PT"}


@dataclass(frozen=True, slots=True)
class Catalog:
    """One language's texts: the bundle that formats them and, per key, the names of the
    parameters its text uses."""

    lang: str
    bundle: FluentBundle
    variables: dict[str, frozenset[str]]
    #: The catalog files, by file name relative to its language folder (for the checks).
    sources: dict[str, str]


class _Variables(Visitor):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: fluent_ast.VariableReference) -> None:
        self.names.add(node.id.name)


def variables_of(entry: fluent_ast.Message) -> frozenset[str]:
    """The parameter names a parsed message uses, in every variant of its selectors."""
    finder = _Variables()
    finder.visit(entry)
    return frozenset(finder.names)


@cache
def _listing(lang: str) -> dict[str, Traversable]:
    """The catalog files of ``lang``, by file name (``help.ftl``), the core's first."""
    found: dict[str, Traversable] = {}
    for root in _roots():
        base = root.joinpath(lang)
        if not base.is_dir():
            continue
        for item in sorted(base.iterdir(), key=lambda i: i.name):
            if item.name.endswith(".ftl"):
                found.setdefault(item.name, item)
    return found


@cache
def _parsed(lang: str, name: str) -> tuple[str, fluent_ast.Resource] | None:
    """One catalog file of ``lang``, read and parsed once: its text and its tree (the tree is
    both the bundle's resource and where the variables are read; parsing is most of what
    the texts cost at start, so a file is parsed only when a text of its domain is needed)."""
    from fluent.syntax import FluentParser

    item = _listing(lang).get(name)
    if item is None:
        return None
    text = item.read_text(encoding="utf-8")
    return text, FluentParser(with_spans=False).parse(text)


def _build(lang: str, names: list[str]) -> Catalog:
    # No Unicode isolation marks around placeables: chat clients show them as stray
    # characters, and no shipped language is written right to left.
    bundle = FluentBundle([_PLURAL_LOCALE.get(lang, lang.replace("_", "-"))], use_isolating=False)
    variables: dict[str, frozenset[str]] = {}
    sources: dict[str, str] = {}
    for name in names:
        parsed = _parsed(lang, name)
        if parsed is None:
            continue
        text, resource = parsed
        sources[name] = text
        bundle.add_resource(resource)
        for entry in resource.body:
            if isinstance(entry, fluent_ast.Message):
                variables[_key(entry.id.name)] = variables_of(entry)
    return Catalog(lang=lang, bundle=bundle, variables=variables, sources=sources)


@cache
def catalog(lang: str) -> Catalog:
    """The whole catalog of ``lang``: every file (empty when nothing is shipped for it)."""
    return _build(lang, sorted(_listing(lang)))


@cache
def _domain(lang: str, domain: str) -> Catalog:
    """The texts of one domain of ``lang`` (the file ``<domain>.ftl``): what :func:`t` formats
    with, so a text costs the parse of its own file only. Every message of a file is named
    after it (``help-…`` in ``help.ftl``; ``tests/test_catalogs.py``), and none refers to
    another file's."""
    return _build(lang, [f"{domain}.ftl"])


@cache
def languages() -> tuple[str, ...]:
    """The language codes shipped: those with a core catalog, English first."""
    base = resources.files("bot").joinpath("locale")
    found = sorted(item.name for item in base.iterdir() if item.joinpath("core.ftl").is_file())
    return (DEFAULT_LANGUAGE, *(code for code in found if code != DEFAULT_LANGUAGE))


@cache
def _warn_missing(key: str, lang: str) -> None:
    log.warning("missing translation", extra={"key": key, "lang": lang})


@cache
def _warn_broken(key: str, lang: str, problem: str) -> None:
    log.warning("translation does not format", extra={"key": key, "lang": lang, "problem": problem})


def _argument(value: object) -> object:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return fluent_number(value, useGrouping=False)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return str(value)


def _format(cat: Catalog, key: str, params: dict[str, object]) -> str | None:
    identifier = message_id(key)
    if not cat.bundle.has_message(identifier):
        return None
    message = cat.bundle.get_message(identifier)
    if message.value is None:
        return None
    args = {name: _argument(value) for name, value in params.items()}
    text, errors = cat.bundle.format_pattern(message.value, args)
    if errors:
        _warn_broken(key, cat.lang, str(errors[0]))
        return None
    return str(text)


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """Translate ``key`` into ``lang`` (falling back to English) and fill in ``params``."""
    domain = key.partition(".")[0]
    if lang != DEFAULT_LANGUAGE:
        own = _domain(lang, domain)
        text = _format(own, key, params)
        if text is not None:
            return text
        if key not in own.variables:
            _warn_missing(key, lang)
    english = _domain(DEFAULT_LANGUAGE, domain)
    text = _format(english, key, params)
    if text is not None:
        return text
    if key not in english.variables:
        _warn_missing(key, DEFAULT_LANGUAGE)
        return key
    # English itself did not format (a parameter the code did not pass): show what it can.
    message = english.bundle.get_message(message_id(key))
    if message.value is None:
        return key
    partial, _ = english.bundle.format_pattern(
        message.value, {name: _argument(value) for name, value in params.items()}
    )
    return str(partial)


def has_key(key: str, lang: str = DEFAULT_LANGUAGE) -> bool:
    """Whether the catalog for ``lang`` defines ``key`` (used by the catalog tests)."""
    return key in _domain(lang, key.partition(".")[0]).variables


def variables(key: str, lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """The parameter names the text of ``key`` uses in ``lang`` (empty when it has none)."""
    return _domain(lang, key.partition(".")[0]).variables.get(key, frozenset())
