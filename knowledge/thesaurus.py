"""The multilingual thesaurus of VET concepts: what trainers write for each, in eight languages.

``knowledge/thesaurus.yaml`` maps a *concept id* (snake_case ASCII, such as
``"apprenticeship"`` or ``"in_company_trainer"``) to the terms people write for that concept
in each language: ``en: [apprenticeship, apprentice, …]``, ``de: [Ausbildung, Lehre, Azubi,
…]``, ``fr: [apprentissage, alternance, …]``. Terms are written as a VET professional in each
country writes them — with accents and capitals, common variants, the inflected forms people
type, and abbreviations. They are data, not a pipeline: a caller folds and stems them with
the text pipeline it applies to queries, so a term and a query meet on equal terms.

Every concept has terms in all of :data:`LANGUAGES`; a concept may carry further languages
(any two-letter code) as they are written. A term stands for one concept: the tests report a
term (folded) found in two concepts unless it is listed there as truly ambiguous.

Contract: :func:`concepts` reads the shipped file once and returns read-only mappings, the
same object on every call. The file is validated as it is read; a defect raises
:class:`ThesaurusError` naming the concept and language. A defect is a bug in shipped data
(the tests load the file), so the error is for logs and developers, never shown in chat.
:func:`parse` reads and validates any thesaurus text the same way.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Final, TypeAlias

import yaml

from knowledge.errors import KnowledgeError

__all__ = ["LANGUAGES", "THESAURUS_ERRORS", "Concepts", "ThesaurusError", "concepts", "parse"]

#: The languages every concept has terms in, in the order the file writes them.
LANGUAGES: Final = ("en", "de", "fr", "it", "es", "pl", "nl", "pt")

#: The shipped thesaurus, beside this module (package data).
THESAURUS_FILE: Final = "thesaurus.yaml"

#: Concept id → language → terms.
Concepts: TypeAlias = Mapping[str, Mapping[str, tuple[str, ...]]]

#: Defects of a thesaurus file: code → English template (for logs and tests).
THESAURUS_ERRORS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "bad_syntax": "thesaurus: not valid YAML: {reason}",
        "not_mapping": "thesaurus: expected a mapping of concept ids to languages",
        "repeated_key": "thesaurus: {key!r} is written twice (line {line})",
        "id_form": "thesaurus: concept id {concept!r} must be snake_case ASCII, like 'dual_system'",
        "not_languages": "thesaurus: {concept}: expected a mapping of languages to terms",
        "language_form": "thesaurus: {concept}: {language!r} is not a two-letter language code",
        "missing_language": "thesaurus: {concept}: no terms in {language!r}",
        "not_terms": "thesaurus: {concept}.{language}: expected a non-empty list of terms",
        "term_not_text": "thesaurus: {concept}.{language}: {term!r} is not a text (quote it)",
        "empty_term": "thesaurus: {concept}.{language}: a term has no letters or digits",
    }
)

_ID: Final = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*\Z")
_LANGUAGE: Final = re.compile(r"[a-z]{2}\Z")
#: A letter or a digit, in any script.
_ALNUM: Final = re.compile(r"[^\W_]")

# The C parser when PyYAML was built with libyaml: the file holds thousands of terms.
_Parser: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR_TAG: Final = "tag:yaml.org,2002:str"
_RESOLVER: Final = yaml.resolver.Resolver()
#: First characters of the plain scalars YAML may read as something else (an empty one too).
_RESOLVED_FIRST: Final = frozenset(_RESOLVER.yaml_implicit_resolvers) | {""}


class ThesaurusError(KnowledgeError):
    """The thesaurus file is malformed; ``code`` is a key of :data:`THESAURUS_ERRORS`."""

    templates = THESAURUS_ERRORS


class _NotText:
    """A scalar YAML would read as something other than text (``no``, ``2020``, ``~``)."""

    __slots__ = ("written",)

    def __init__(self, written: str) -> None:
        self.written = written

    def __repr__(self) -> str:
        return repr(self.written)


def _scalar(event: yaml.ScalarEvent) -> str | _NotText:
    if not event.style and event.implicit[0]:  # plain: YAML may read it as a non-text
        if event.value[:1] not in _RESOLVED_FIRST:  # most terms: no resolver applies
            return event.value
        tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, (True, False))  # type: ignore[no-untyped-call]
    else:
        tag = event.tag if event.tag not in (None, "!") else _STR_TAG
    return event.value if tag == _STR_TAG else _NotText(event.value)


def _read(text: str) -> object:
    """The YAML document in ``text`` as dicts, lists and texts, built from the parser's events.

    Building the values straight from the (C) parser's events is several times faster than
    PyYAML's constructor and lets a key written twice be refused: plain YAML keeps the last
    of two equal keys, so a concept written twice would silently lose the first one's terms.
    """
    root: list[object] = []
    # Each open collection, with the key read for its next value (mappings only).
    open_: list[tuple[dict[object, object] | list[object], list[object]]] = []
    pending_key = object()

    def add(value: object, line: int) -> None:
        if not open_:
            root.append(value)
            return
        collection, key = open_[-1]
        if isinstance(collection, list):
            collection.append(value)
        elif key[0] is pending_key:
            if not isinstance(value, Hashable):
                raise ThesaurusError("not_mapping")
            if value in collection:
                raise ThesaurusError("repeated_key", key=value, line=line)
            key[0] = value
        else:
            collection[key[0]] = value
            key[0] = pending_key

    for event in yaml.parse(text, Loader=_Parser):
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.ScalarEvent):
            add(_scalar(event), line)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            collection: dict[object, object] | list[object] = (
                {} if isinstance(event, yaml.MappingStartEvent) else []
            )
            add(collection, line)
            open_.append((collection, [pending_key]))
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            open_.pop()
        elif isinstance(event, yaml.AliasEvent):
            raise ThesaurusError("bad_syntax", reason=f"line {line}: aliases are not used here")
    return root[0] if root else None


@cache
def concepts() -> Concepts:
    """The shipped thesaurus: concept id → language → terms, read once and validated."""
    text = resources.files("knowledge").joinpath(THESAURUS_FILE).read_text(encoding="utf-8")
    return parse(text)


def parse(text: str) -> Concepts:
    """Read and validate a thesaurus written as YAML; raise :class:`ThesaurusError` if bad."""
    try:
        data = _read(text)
    except yaml.YAMLError as exc:
        raise ThesaurusError("bad_syntax", reason=str(exc)) from exc
    if not isinstance(data, dict):
        raise ThesaurusError("not_mapping")
    return MappingProxyType(
        {_concept_id(concept): _languages(concept, entry) for concept, entry in data.items()}
    )


def _concept_id(concept: object) -> str:
    if not isinstance(concept, str) or not _ID.match(concept):
        raise ThesaurusError("id_form", concept=concept)
    return concept


def _languages(concept: str, entry: object) -> Mapping[str, tuple[str, ...]]:
    if not isinstance(entry, dict):
        raise ThesaurusError("not_languages", concept=concept)
    for language in LANGUAGES:
        if language not in entry:
            raise ThesaurusError("missing_language", concept=concept, language=language)
    languages: dict[str, tuple[str, ...]] = {}
    for language, terms in entry.items():
        if not isinstance(language, str) or not _LANGUAGE.match(language):
            raise ThesaurusError("language_form", concept=concept, language=language)
        languages[language] = _terms(concept, language, terms)
    return MappingProxyType(languages)


def _terms(concept: str, language: str, terms: object) -> tuple[str, ...]:
    if not isinstance(terms, list) or not terms:
        raise ThesaurusError("not_terms", concept=concept, language=language)
    out: list[str] = []
    for term in terms:
        # YAML reads an unquoted `no`, `on` or `2020` as a boolean or a number.
        if not isinstance(term, str):
            raise ThesaurusError("term_not_text", concept=concept, language=language, term=term)
        term = " ".join(term.split())
        if not _ALNUM.search(term):
            raise ThesaurusError("empty_term", concept=concept, language=language)
        out.append(term)
    return tuple(out)
