"""Every shipped catalog against the English one: the same keys, the same parameters, plural
forms for the language's CLDR categories; and a half-translated catalog never breaks a reply.

Parametrised over whatever is shipped (:func:`bot.i18n.languages`), so it passes with English
alone and checks each translation as it lands.
"""

from __future__ import annotations

import logging

import pytest
from babel import Locale
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

from bot import i18n
from bot.i18n import DEFAULT_LANGUAGE, catalog, has_key, languages, t, variables_of

OTHERS = [code for code in languages() if code != DEFAULT_LANGUAGE]
#: Variables English may use only to choose a plural form (a translation may write the
#: number out in words instead, so it need not use them).
PLURAL_ONLY = frozenset({"count", "total", "shown", "tries", "limit", "open", "proposed"})


def _entries(lang: str) -> dict[str, fluent_ast.Message]:
    parser = FluentParser(with_spans=False)
    found: dict[str, fluent_ast.Message] = {}
    for text in catalog(lang).sources.values():
        for entry in parser.parse(text).body:
            if isinstance(entry, fluent_ast.Message):
                found[entry.id.name] = entry
    return found


class _Selectors(Visitor):  # type: ignore[misc]
    """Every select expression of a message, with the variable it selects on."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[str], bool]] = []

    def visit_SelectExpression(self, node: fluent_ast.SelectExpression) -> None:
        if isinstance(node.selector, fluent_ast.VariableReference):
            keys = [
                v.key.name if isinstance(v.key, fluent_ast.Identifier) else str(v.key.value)
                for v in node.variants
            ]
            self.found.append((node.selector.id.name, keys, any(v.default for v in node.variants)))
        self.generic_visit(node)


class _References(Visitor):  # type: ignore[misc]
    """References to other messages and terms inside a message."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def visit_MessageReference(self, node: fluent_ast.MessageReference) -> None:
        self.found.append(node.id.name)

    def visit_TermReference(self, node: fluent_ast.TermReference) -> None:
        self.found.append(f"-{node.id.name}")


def _plural_selectors(entry: fluent_ast.Message) -> list[tuple[str, list[str], bool]]:
    """Selectors whose variants are plural categories (on a number, not a word like kind)."""
    visitor = _Selectors()
    visitor.visit(entry)
    categories = {"zero", "one", "two", "few", "many", "other"}
    return [s for s in visitor.found if set(s[1]) & categories and set(s[1]) <= categories]


@pytest.mark.parametrize("lang", languages())
def test_catalog_parses_without_junk(lang: str) -> None:
    parser = FluentParser(with_spans=True)
    for name, text in catalog(lang).sources.items():
        junk = [e for e in parser.parse(text).body if isinstance(e, fluent_ast.Junk)]
        assert junk == [], f"{lang}/{name}: {[j.content[:80] for j in junk]}"


@pytest.mark.parametrize("lang", languages())
def test_plural_selectors_have_the_languages_categories_and_a_default(lang: str) -> None:
    # The CLDR categories whole numbers a count in chat reaches select (French, Italian,
    # Spanish and Portuguese "many" is for millions; the default variant covers it).
    rule = Locale.parse(lang).plural_form
    tags = {rule(n) for n in range(10_000)}
    for name, entry in _entries(lang).items():
        for variable, keys, has_default in _plural_selectors(entry):
            assert has_default, f"{lang}: {name} selects on ${variable} without a default"
            assert set(keys) >= tags, f"{lang}: {name} lacks {sorted(tags - set(keys))}"


@pytest.mark.parametrize("lang", languages())
def test_every_message_is_named_after_its_file_and_refers_to_no_other(lang: str) -> None:
    # A text is formatted with its own file's bundle only (bot.i18n parses a file when a text
    # of its domain is first needed): a message elsewhere, or a reference to another
    # message or term, would not be found there.
    parser = FluentParser(with_spans=False)
    for name, text in catalog(lang).sources.items():
        domain = name.removesuffix(".ftl")
        for entry in parser.parse(text).body:
            if isinstance(entry, fluent_ast.Message | fluent_ast.Term):
                assert isinstance(entry, fluent_ast.Message), f"{lang}/{name}: a term"
                assert entry.id.name.startswith(f"{domain}-"), f"{lang}/{name}: {entry.id.name}"
                refs = _References()
                refs.visit(entry)
                assert refs.found == [], f"{lang}/{name}: {entry.id.name} refers to {refs.found}"
    # And a text of each domain formats from its file alone.
    for key in catalog(lang).variables:
        assert has_key(key, lang), f"{lang}: {key} not found through its domain"


@pytest.mark.parametrize("lang", OTHERS)
def test_catalog_has_exactly_the_english_keys(lang: str) -> None:
    english, other = set(catalog(DEFAULT_LANGUAGE).variables), set(catalog(lang).variables)
    assert sorted(english - other) == [], f"{lang} misses keys"
    assert sorted(other - english) == [], f"{lang} has keys English no longer has"


@pytest.mark.parametrize("lang", OTHERS)
def test_translations_use_the_english_parameters(lang: str) -> None:
    english = _entries(DEFAULT_LANGUAGE)
    for name, entry in _entries(lang).items():
        if name not in english:
            continue
        theirs, ours = variables_of(entry), variables_of(english[name])
        assert theirs <= ours, f"{lang}: {name} uses {sorted(theirs - ours)}, unknown in English"
        lost = ours - theirs - PLURAL_ONLY
        assert not lost, f"{lang}: {name} drops {sorted(lost)}"


def test_the_english_catalog_has_no_parenthesised_plurals() -> None:
    for name, text in catalog(DEFAULT_LANGUAGE).sources.items():
        # "http(s)" names two schemes, not a plural.
        assert "(s)" not in text.replace("http(s)", ""), f"en/{name}: a plural as (s)"


@pytest.mark.parametrize(("count", "expected"), [(1, "one result"), (3, "3 results")])
def test_a_plural_is_chosen_by_the_number(count: int, expected: str) -> None:
    assert expected in t("knowledge.more_done", total=count, query="q")


@pytest.mark.parametrize(("kind", "expected"), [("mentor", "a mentor"), ("expert", "an expert")])
def test_the_article_follows_the_kind(kind: str, expected: str) -> None:
    assert f"looking for {expected} " in t(
        "mentoring.proposal",
        kind=kind,
        id=1,
        need="n",
        asked="a",
        deadline="d",
        accept="x",
        decline="y",
    )


def test_a_key_only_english_has_falls_back_and_is_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # "xx" has no catalog at all: every key is one only English has.
    i18n._warn_missing.cache_clear()
    with caplog.at_level(logging.WARNING, logger="bot.i18n"):
        first = t("core.internal_error", "xx", error_id="e1")
        second = t("core.internal_error", "xx", error_id="e2")
    assert first == t("core.internal_error", error_id="e1")
    assert "e2" in second
    missing = [r for r in caplog.records if r.getMessage() == "missing translation"]
    assert len(missing) == 1
