"""The VET thesaurus's concepts, and reading a text as topic tokens through them.

A need ("help with assessing apprentices in e-learning") and a mentor's topics ("evaluation",
"dual training", "online learning") rarely share words verbatim. :class:`TopicReader` turns
both into the same kind of token sequence, through the one text pipeline of
:mod:`knowledge.text`:

1. :func:`~knowledge.text.fold` (case, accents and punctuation gone) and
   :func:`~knowledge.text.stem` (plurals and ``-ing``: "apprentices" → "apprentice"), so a
   word reads the same here as in a ``!tool`` lookup;
2. the thesaurus's terms (:func:`knowledge.thesaurus.concepts`, in all eight languages, read
   by the same :class:`~knowledge.concepts.ConceptMatcher` as lookups) collapse into one
   *concept token* ("work based learning", "Lehrlingsausbildung", "apprendistato" →
   ``"~apprenticeship"``); concept tokens start with ``~`` so they never collide with a plain
   word; phrases are matched longest first, left to right, function words between their
   words skipped ("Prüfung der Lehrlinge" reads like "Prüfung Lehrlinge");
3. stop words go, compared before stemming as a lookup does: :data:`~knowledge.text.STOP_WORDS`
   plus any the caller adds (matching drops the words that say *who* is wanted, like
   "mentor" — alone; within a phrase such as "peer learning" they count), and one-letter
   fragments.

Contract: :meth:`TopicReader.analyse` is a pure function of its input; the same text always
gives the same tuple of tokens, in text order, duplicates kept. Input longer than
:data:`~knowledge.text.MAX_TEXT_CHARS` is cut, so hostile input costs bounded time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Final

from knowledge.concepts import ConceptMatcher, phrase_words
from knowledge.text import LANGUAGES, MAX_TEXT_CHARS, STOP_WORDS, fold, fold_words, stem
from knowledge.thesaurus import Concepts, concepts

__all__ = ["CONCEPT_PREFIX", "TopicReader", "is_concept", "label", "synonyms", "words"]

#: Prefix of concept tokens; :func:`~knowledge.text.fold` never produces it.
CONCEPT_PREFIX: Final = "~"


@cache
def synonyms() -> Mapping[str, tuple[str, ...]]:
    """VET synonym groups derived from the thesaurus: concept id → its terms in every language
    (the thesaurus keeps them by language; matching reads them all). Read when first asked."""
    return MappingProxyType(
        {
            concept: tuple(dict.fromkeys(term for terms in by_lang.values() for term in terms))
            for concept, by_lang in concepts().items()
        }
    )


# Topic texts repeat a lot (every candidate's topics, every need); stemming is pure.
_stem = lru_cache(maxsize=65536)(stem)
_ORIGINAL_WORD: Final = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The folded, stemmed words of ``text``, in order (stop words kept)."""
    return [_stem(word) for word in fold(text).split()]


def is_concept(token: str) -> bool:
    """Whether ``token`` is a synonym-group concept token rather than a plain word."""
    return token.startswith(CONCEPT_PREFIX)


def label(token: str) -> str:
    """A readable name for a token: the concept name without its prefix, or the word itself."""
    return token.removeprefix(CONCEPT_PREFIX)


class TopicReader:
    """Reads texts as topic tokens: words and thesaurus concepts, without stop words.

    ``stop_words`` are dropped besides :data:`~knowledge.text.STOP_WORDS`; like those, they are
    compared with a text's folded words before stemming, so each form to drop is listed; a
    stop word inside a thesaurus phrase still counts. ``thesaurus`` defaults to the shipped
    one (:func:`knowledge.thesaurus.concepts`).
    """

    def __init__(
        self,
        *,
        stop_words: Iterable[str] = (),
        thesaurus: Concepts | None = None,
        cache_size: int = 16384,
    ) -> None:
        thesaurus = concepts() if thesaurus is None else thesaurus
        self._matcher = ConceptMatcher(thesaurus)
        single: dict[str, str] = {}
        for concept, by_lang in thesaurus.items():
            token = CONCEPT_PREFIX + concept
            for lang, terms in by_lang.items():
                for term in terms:
                    key = phrase_words(term)
                    if len(key) == 1:
                        single.setdefault(key[0], token)  # as written: "assessing"
                        single.setdefault(stem(key[0], lang), token)
        # Compared with the folded words of a text, before stemming, so every form that is to
        # go is listed ("mentor", "mentors") and "mentoring" stays.
        self.stop_words: frozenset[str] = STOP_WORDS | {
            word for text in stop_words for word in fold(text).split()
        }
        #: Single words that stand for a concept, stemmed and as written ("assess",
        #: "assessing"): fuzzy matching may aim at these too.
        self.concept_words: Mapping[str, str] = MappingProxyType(single)
        self._analyse = lru_cache(maxsize=cache_size)(self._read)
        self._forms = lru_cache(maxsize=cache_size)(self._read_forms)

    def analyse(self, text: str) -> tuple[str, ...]:
        """The topic tokens of ``text``: folded, stemmed, synonyms collapsed, stop words gone."""
        return self._analyse(text)

    def analyse_forms(self, text: str) -> tuple[tuple[str, str], ...]:
        """The tokens of :meth:`analyse`, each with the folded words it was read from.

        ``"tarining"`` (a typo) is the token ``"tarin"`` read from ``"tarining"``: a caller
        forgiving typos compares what was written, which stemming would have cut shorter.
        """
        return self._forms(text)

    def analyse_all(self, texts: Iterable[str]) -> tuple[str, ...]:
        """The tokens of several texts (say, a candidate's topics), each analysed on its own."""
        return tuple(token for text in texts for token in self._analyse(text))

    def sources(self, text: str) -> tuple[tuple[str, int, int], ...]:
        """Each topic token of ``text`` with where in ``text`` it came from (start, end).

        ``"I build Digital Tools"`` gives ``(("build", 2, 7), ("digital", 8, 15),
        ("tool", 16, 21))``: what a person wrote, for explaining a match in their own words.
        The tokens are those of :meth:`analyse` (bar exotic characters that only whole-text
        folding turns into letters).
        """
        text = text[:MAX_TEXT_CHARS]
        folded: list[str] = []
        spans: list[tuple[int, int]] = []
        for found in _ORIGINAL_WORD.finditer(text):
            for word in fold(found.group()).split():
                folded.append(word)
                spans.append(found.span())
        return tuple(
            (token, spans[start][0], spans[stop - 1][1])
            for token, start, stop in self._scan(folded)
        )

    def _read(self, text: str) -> tuple[str, ...]:
        return tuple(token for token, _, _ in self._scan(fold_words(text)))

    def _read_forms(self, text: str) -> tuple[tuple[str, str], ...]:
        folded = fold_words(text)
        return tuple(
            (token, " ".join(folded[start:stop])) for token, start, stop in self._scan(folded)
        )

    def _scan(self, folded: list[str]) -> list[tuple[str, int, int]]:
        """The tokens of a folded word sequence, each with the slice it came from.

        Thesaurus phrases are matched in every language, longest first, left to right, so
        "recognition of prior learning" becomes one concept token rather than "recognition",
        "prior", "learning". Stop words are matched on the folded word, before stemming, as a
        lookup does: "mentor" is dropped, "mentoring" (a topic) is kept. A compound read as
        concepts ("Prüfungsvorbereitung") gives its concepts, then itself.
        """
        kept = [i for i, word in enumerate(folded) if len(word) > 1 and word not in STOP_WORDS]
        words = [folded[i] for i in kept]
        out: list[tuple[str, int, int]] = []
        for segment in self._matcher.scan(words, LANGUAGES):
            start, stop = kept[segment.start], kept[segment.end - 1] + 1
            single = segment.end - segment.start == 1
            if single and words[segment.start] in self.stop_words:
                continue
            out.extend((CONCEPT_PREFIX + c, start, stop) for c in segment.concepts)
            if single and (not segment.concepts or segment.compound):
                out.append((_stem(words[segment.start]), start, stop))
        return out
