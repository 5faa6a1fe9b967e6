"""Finding the thesaurus's VET concepts in text, in any of the eight languages.

One reader of :func:`knowledge.thesaurus.concepts` for lookups (:mod:`knowledge.engine`) and
matching (:mod:`knowledge.synonyms`): "apprendistato", "Lehrlingsausbildung" and
"apprenticeship" are all the concept ``apprenticeship``, so a query in one language finds an
entry written in another, and a need in German meets a mentor's English topics.

How a term is recognised, through the one text pipeline of :mod:`knowledge.text`:

* A term is read as its folded words without stop words (``"formation des formateurs"`` is
  ``formation formateurs``), each word stemmed in the term's own language; a text's words are
  stemmed in each language asked for, and a phrase matches when the stems of consecutive
  words are the term's (``"tutor aziendali"`` meets the term ``"tutor aziendale"``). Stems
  carry their language, so a French stem never meets an English word by accident of spelling
  across languages unless French is asked for. A term is also known as written (folded), in
  every language.
* Phrases match longest first, left to right; where one phrase names several concepts (a term
  the thesaurus lists as ambiguous), all of them are given.
* German and Dutch write compounds as one word: a long word that matches nothing is read as
  the concepts of the single-word terms it starts or ends with (``"Prüfungsvorbereitung"`` is
  ``assessment``, ``"Lehrlingsausbildung"`` is ``apprenticeship``).

A one-letter prefix joined by a hyphen stays with its word on both sides (``"e-learning"`` is
``elearning``, :func:`~knowledge.text.fold_words`). A single word that is its own stem in a
language matches a term of that language only as written: English "format" is not French
"formation" (stem ``format``), while "formations" is.

Contract: :meth:`ConceptMatcher.scan` is pure and cached per word; it never raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from knowledge.text import LANGUAGES, STOP_WORDS, fold, fold_words, stem

__all__ = ["COMPOUND_LANGUAGES", "ConceptMatcher", "Segment", "phrase_words"]

#: Languages that write compounds as one word, read by their parts.
COMPOUND_LANGUAGES: Final = ("de", "nl")
#: Shortest word read as a compound, and shortest part of one.
_MIN_COMPOUND: Final = 9
_MIN_PART: Final = 5
#: "as written" pseudo-language: the folded word itself.
_WRITTEN: Final = ""


#: A word joined by a hyphen to the word after it ("co-assessment", "EU-Förderung").
_HYPHEN_PREFIX: Final = re.compile(r"(?<![^\W_])([^\W_]+)-(?=[^\W_])")


def _loses_a_prefix(term: str) -> bool:
    """Whether reading ``term`` drops a hyphenated prefix as a stop word ("co-assessment"
    would read as "assessment"): such a term is not known, as it would stand for its rest."""
    return any(fold(found.group(1)) in STOP_WORDS for found in _HYPHEN_PREFIX.finditer(term))


@lru_cache(maxsize=1 << 16)
def phrase_words(text: str) -> tuple[str, ...]:
    """The words of a term or text as phrases are matched on: folded, without stop words and
    one-letter fragments (the same words :func:`knowledge.text.tokenize` keeps).

    Cached: every matcher built from the thesaurus (lookups', matching's) reads the same
    eighteen thousand terms, and a bot start builds more than one."""
    return tuple(w for w in fold_words(text) if len(w) > 1 and w not in STOP_WORDS)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of words ``start .. end`` (end exclusive) and the concepts it names (none for a
    plain word); ``compound`` when they were read from the parts of one long word."""

    concepts: tuple[str, ...]
    start: int
    end: int
    compound: bool = False


class ConceptMatcher:
    """Reads word sequences as thesaurus concepts; built once from a concept mapping.

    ``thesaurus`` maps a concept id to language → terms; terms of a language not in
    :data:`~knowledge.text.LANGUAGES` are known as written only.
    """

    def __init__(self, thesaurus: Mapping[str, Mapping[str, Iterable[str]]]) -> None:
        phrases: dict[tuple[str, tuple[str, ...]], list[str]] = {}
        singles: dict[str, dict[str, list[str]]] = {lang: {} for lang in COMPOUND_LANGUAGES}

        def file(lang: str, key: tuple[str, ...], concept: str) -> None:
            holders = phrases.setdefault((lang, key), [])
            if concept not in holders:
                holders.append(concept)

        for concept, by_lang in thesaurus.items():
            for lang, terms in by_lang.items():
                for term in terms:
                    words = phrase_words(term)
                    if not words or _loses_a_prefix(term):
                        continue
                    file(_WRITTEN, tuple(words), concept)
                    if lang in LANGUAGES:
                        file(lang, tuple(stem(w, lang) for w in words), concept)
                    if lang in singles and len(words) == 1 and len(words[0]) >= _MIN_PART:
                        for form in {words[0], stem(words[0], lang)}:
                            holders = singles[lang].setdefault(form, [])
                            if concept not in holders:
                                holders.append(concept)
        self._phrases: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {
            key: tuple(concepts) for key, concepts in phrases.items()
        }
        self._longest: dict[tuple[str, str], int] = {}
        for (lang, key), _ in self._phrases.items():
            first = (lang, key[0])
            self._longest[first] = max(self._longest.get(first, 0), len(key))
        self._singles = {lang: {k: tuple(v) for k, v in m.items()} for lang, m in singles.items()}
        self._compound = lru_cache(maxsize=65536)(self._read_compound)
        self._starts = lru_cache(maxsize=1 << 18)(self._read_starts)
        #: Every concept id known.
        self.concepts: frozenset[str] = frozenset(thesaurus)

    def scan(self, words: Sequence[str], langs: Iterable[str] = LANGUAGES) -> list[Segment]:
        """``words`` (folded, stop words already dropped) as segments, in order.

        Each word is in exactly one segment. ``langs`` are the languages whose stems are
        tried (terms as written are always tried); a word of no phrase is a segment of its
        own, with the concepts of its compound parts if it is a long word.
        """
        out: list[Segment] = []
        i = 0
        langs = tuple(langs)
        starts = self._starts
        while i < len(words):
            best_size = 0
            best: tuple[str, ...] = ()
            for lang, longest in starts(words[i], langs):
                for size in range(min(longest, len(words) - i), best_size, -1):
                    if size == 1 and lang != _WRITTEN and stem(words[i], lang) == words[i]:
                        continue  # uninflected: a one-word term of this language only as written
                    key = tuple(
                        w if lang == _WRITTEN else stem(w, lang) for w in words[i : i + size]
                    )
                    found = self._phrases.get((lang, key))
                    if found is not None:
                        best_size, best = size, found
                        break
            if best_size:
                out.append(Segment(best, i, i + best_size))
                i += best_size
                continue
            found_parts = self._compound(words[i], langs) if len(words[i]) >= _MIN_COMPOUND else ()
            out.append(Segment(found_parts, i, i + 1, compound=bool(found_parts)))
            i += 1
        return out

    def _read_starts(self, word: str, langs: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
        """The languages (``""``: as written) in which a phrase may start at ``word``, each with
        its longest phrase from there; most words start none."""
        found: list[tuple[str, int]] = []
        for lang in (_WRITTEN, *langs):
            head = word if lang == _WRITTEN else stem(word, lang)
            longest = self._longest.get((lang, head), 0)
            if not longest or (lang != _WRITTEN and head == word and longest == 1):
                continue
            found.append((lang, longest))
        return tuple(found)

    def concepts_of(self, text: str, langs: Iterable[str] = LANGUAGES) -> tuple[str, ...]:
        """The distinct concepts named in ``text``, in order."""
        found: dict[str, None] = {}
        for segment in self.scan(phrase_words(text), tuple(langs)):
            found.update(dict.fromkeys(segment.concepts))
        return tuple(found)

    def _read_compound(self, word: str, langs: tuple[str, ...]) -> tuple[str, ...]:
        """The concepts of the single-word terms a compound starts or ends with."""
        found: dict[str, None] = {}
        for lang in langs:
            singles = self._singles.get(lang)
            if not singles:
                continue
            for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
                head, tail = word[:cut], word[cut:]
                for part in (head, tail, stem(tail, lang)):
                    concepts = singles.get(part)
                    if concepts:
                        found.update(dict.fromkeys(concepts))
        return tuple(found)
