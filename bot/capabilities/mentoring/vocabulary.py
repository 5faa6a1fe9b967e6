"""Text analysis for matching: the knowledge library's text pipeline, with matching's words.

A need and a mentor's topics are read as topic tokens by :class:`knowledge.synonyms.TopicReader`
— the same folding, stemming, stop words and VET synonyms as ``!tool`` lookups use, so a word
reads the same in ``!tool`` and ``!match``. Matching adds one rule of its own: the words that
say *who* is wanted ("mentor", "expert") or that every request holds ("help", "looking") carry
no topic (:data:`REQUEST_WORDS`).

The names the matcher uses are kept here: ``normalise`` (folding), ``stem``, ``analyse``,
``analyse_all``, ``analyse_forms`` (tokens with the words they were read from, for typo
tolerance), ``sources``, ``is_concept``, ``label`` and ``concept_words``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Final

from knowledge.synonyms import CONCEPT_PREFIX, TopicReader, is_concept, label
from knowledge.text import MAX_TEXT_CHARS, STOP_WORDS, stem
from knowledge.text import fold as normalise

__all__ = [
    "CONCEPT_PREFIX",
    "MAX_TEXT_CHARS",
    "REQUEST_WORDS",
    "STOPWORDS",
    "analyse",
    "analyse_all",
    "analyse_forms",
    "concept_words",
    "is_concept",
    "label",
    "normalise",
    "sources",
    "stem",
]

_REQUEST_WORDS_TEXT = """
    get gets got need needed needs please someone somebody us want wants wanted looking look
    looks find finds help helps advice support supports ask asks asking mentor mentors expert
    experts peer peers person persons people anyone colleague colleagues experienced year
    years good best new like likes just know knows more other
    brauche brauchen hilfe suche suchen unterstutzung besoin aide cherche aiuto cerco bisogno
    ayuda busco necesito pomocy pomoc potrzebuje szukam hulp zoek nodig ajuda preciso procuro
    """
#: Words of a request that carry no topic: who is wanted, and what every request says (also
#: "I need help" in the other languages of the bot, folded).
REQUEST_WORDS: Final[frozenset[str]] = frozenset(_REQUEST_WORDS_TEXT.split())


@cache
def reader() -> TopicReader:
    """Matching's reader, built when first needed (reading the thesaurus takes a moment that
    a process which never matches should not pay)."""
    return TopicReader(stop_words=REQUEST_WORDS)


#: Every word matching drops: the shared function words and :data:`REQUEST_WORDS`.
STOPWORDS: Final[frozenset[str]] = STOP_WORDS | REQUEST_WORDS


def concept_words() -> Mapping[str, str]:
    """Single words that stand for a concept; fuzzy matching may aim at these too."""
    return reader().concept_words


def analyse(text: str) -> tuple[str, ...]:
    """The topic tokens of ``text`` (:meth:`TopicReader.analyse`)."""
    return reader().analyse(text)


def analyse_all(texts: Iterable[str]) -> tuple[str, ...]:
    """The tokens of several texts, each analysed on its own."""
    return reader().analyse_all(texts)


def analyse_forms(text: str) -> tuple[tuple[str, str], ...]:
    """The tokens of ``text``, each with the folded words it was read from."""
    return reader().analyse_forms(text)


def sources(text: str) -> tuple[tuple[str, int, int], ...]:
    """Each topic token of ``text`` with where in ``text`` it came from."""
    return reader().sources(text)
