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
from typing import Any, Final, TypeAlias

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
_SPACES: Final = re.compile(r"\s+")

# The C parser when PyYAML was built with libyaml: the file holds thousands of terms.
try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


class ThesaurusError(KnowledgeError):
    """The thesaurus file is malformed; ``code`` is a key of :data:`THESAURUS_ERRORS`."""

    templates = THESAURUS_ERRORS


class _Loader(_BaseLoader):
    """A safe YAML loader that refuses a key written twice in one mapping.

    Plain YAML keeps the last of two equal keys: a concept written twice in a file of
    hundreds would silently lose the first one's terms.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Hashable] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            if isinstance(key, Hashable):
                if key in seen:
                    raise ThesaurusError("repeated_key", key=key, line=key_node.start_mark.line + 1)
                seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


@cache
def concepts() -> Concepts:
    """The shipped thesaurus: concept id → language → terms, read once and validated."""
    text = resources.files("knowledge").joinpath(THESAURUS_FILE).read_text(encoding="utf-8")
    return parse(text)


def parse(text: str) -> Concepts:
    """Read and validate a thesaurus written as YAML; raise :class:`ThesaurusError` if bad."""
    try:
        data = yaml.load(text, Loader=_Loader)  # a safe loader
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
        term = _SPACES.sub(" ", term).strip()
        if not any(ch.isalnum() for ch in term):
            raise ThesaurusError("empty_term", concept=concept, language=language)
        out.append(term)
    return tuple(out)
