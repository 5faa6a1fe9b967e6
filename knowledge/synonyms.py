"""Synonyms of the VET field, and reading a text as topic tokens through them.

A need ("help with assessing apprentices in e-learning") and a mentor's topics ("evaluation",
"dual training", "online learning") rarely share words verbatim. :class:`TopicReader` turns
both into the same kind of token sequence, through the one text pipeline of
:mod:`knowledge.text`:

1. :func:`~knowledge.text.fold` (case, accents and punctuation gone) and
   :func:`~knowledge.text.stem` (plurals and ``-ing``: "apprentices" → "apprentice"), so a
   word reads the same here as in a ``!tool`` lookup;
2. synonym phrases of the VET field (:data:`SYNONYMS`) collapse into one *concept token*
   ("work based learning", "dual training", "apprentice" → ``"~apprenticeship"``); concept
   tokens start with ``~`` so they never collide with a plain word; phrases are matched
   longest first, left to right;
3. stop words go, compared before stemming as a lookup does: :data:`~knowledge.text.STOP_WORDS`
   plus any the caller adds (matching drops the words that say *who* is wanted, like
   "mentor"), and one-letter fragments.

Contract: :meth:`TopicReader.analyse` is a pure function of its input; the same text always
gives the same tuple of tokens, in text order, duplicates kept. Input longer than
:data:`~knowledge.text.MAX_TEXT_CHARS` is cut, so hostile input costs bounded time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Final

from knowledge.text import MAX_TEXT_CHARS, STOP_WORDS, fold, stem

__all__ = ["CONCEPT_PREFIX", "SYNONYMS", "TopicReader", "is_concept", "label", "words"]

#: Prefix of concept tokens; :func:`~knowledge.text.fold` never produces it.
CONCEPT_PREFIX: Final = "~"

#: VET synonym groups: concept name → phrases meaning the same thing. Phrases are written
#: plainly; they go through the same pipeline as any text. Common non-English terms are
#: included because trainers write in their own language.
SYNONYMS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "apprenticeship": (
            "apprenticeship",
            "apprentice",
            "work-based learning",
            "workbased learning",
            "work based training",
            "wbl",
            "dual training",
            "dual system",
            "dual vocational training",
            "dual education",
            "on-the-job training",
            "in-company training",
            "ausbildung",
            "duale ausbildung",
            "lehrling",
            "alternance",
            "apprendistato",
            "aprendizaje dual",
            "formación dual",
            "apprentissage",
        ),
        "assessment": (
            "assessment",
            "assessing",
            "assess",
            "evaluation",
            "evaluating",
            "evaluate",
            "grading",
            "examination",
            "exam",
            "prüfung",
            "évaluation",
            "valutazione",
            "evaluación",
        ),
        "elearning": (
            "e-learning",
            "elearning",
            "online learning",
            "digital learning",
            "distance learning",
            "remote learning",
            "online teaching",
            "online course",
            "virtual classroom",
            "formation à distance",
            "formazione a distanza",
        ),
        "validation": (
            "validation",
            "recognition of prior learning",
            "rpl",
            "apel",
            "accreditation of prior learning",
            "validation of non-formal and informal learning",
            "vnfil",
            "vae",
            "validation des acquis",
            "anerkennung",
        ),
        "guidance": (
            "guidance",
            "career guidance",
            "vocational guidance",
            "career counselling",
            "career counseling",
            "counselling",
            "orientation",
        ),
        "inclusion": (
            "inclusion",
            "inclusive education",
            "special needs",
            "special educational needs",
            "disability",
            "disabilities",
            "learners with disabilities",
            "disadvantaged learners",
        ),
        "greenskills": (
            "green skills",
            "green transition",
            "sustainability",
            "sustainable development",
            "environmental education",
            "climate",
        ),
        "digitalskills": (
            "digital skills",
            "digital competence",
            "digital competences",
            "digcomp",
            "ict skills",
            "digital literacy",
        ),
        "quality": (
            "quality assurance",
            "quality management",
            "eqavet",
            "quality of training",
        ),
        "microcredential": (
            "micro-credential",
            "microcredential",
            "digital badge",
            "open badge",
        ),
        "safety": (
            "health and safety",
            "occupational safety",
            "occupational health",
            "osh",
            "safety at work",
            "workplace safety",
        ),
        "softskills": (
            "soft skills",
            "transversal skills",
            "key competences",
            "life skills",
        ),
        "dropout": (
            "early leaving",
            "early school leaving",
            "dropout",
            "drop-out",
            "drop out",
            "learner retention",
        ),
        "trainthetrainer": (
            "train the trainer",
            "training of trainers",
            "trainer training",
            "teacher training",
            "professional development of trainers",
            "cpd",
        ),
        "curriculum": (
            "curriculum",
            "curriculum design",
            "curriculum development",
            "training programme design",
            "lehrplan",
        ),
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
    """Reads texts as topic tokens: words and synonym concepts, without stop words.

    ``stop_words`` are dropped besides :data:`~knowledge.text.STOP_WORDS`; like those, they are
    compared with a text's folded words before stemming, so each form to drop is listed.
    ``synonyms`` defaults to :data:`SYNONYMS`.
    """

    def __init__(
        self,
        *,
        stop_words: Iterable[str] = (),
        synonyms: Mapping[str, tuple[str, ...]] = SYNONYMS,
        cache_size: int = 16384,
    ) -> None:
        self._phrases: dict[tuple[str, ...], str] = {}
        single: dict[str, str] = {}
        for concept, phrases in synonyms.items():
            token = CONCEPT_PREFIX + concept
            for phrase in (concept, *phrases):
                key = tuple(words(phrase))
                if key:
                    self._phrases[key] = token
                if len(key) == 1:
                    single[key[0]] = token
                    single.setdefault(fold(phrase), token)  # as written: "assessing"
        # Longest phrase starting with each word, so most words need no phrase look-up.
        self._longest_from: dict[str, int] = {}
        for key in self._phrases:
            self._longest_from[key[0]] = max(self._longest_from.get(key[0], 0), len(key))
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
        return tuple(token for token, _, _ in self._scan(fold(text).split()))

    def _read_forms(self, text: str) -> tuple[tuple[str, str], ...]:
        folded = fold(text).split()
        return tuple(
            (token, " ".join(folded[start:stop])) for token, start, stop in self._scan(folded)
        )

    def _scan(self, folded: list[str]) -> list[tuple[str, int, int]]:
        """The tokens of a folded word sequence, each with the slice it came from.

        Phrases are matched on stems, longest first, left to right, so "recognition of prior
        learning" becomes one concept token rather than "recognition", "prior", "learning".
        Stop words are matched on the folded word, before stemming, as a lookup does: "mentor"
        is dropped, "mentoring" (a topic) is kept.
        """
        stems = [_stem(word) for word in folded]
        out: list[tuple[str, int, int]] = []
        i = 0
        while i < len(stems):
            longest = self._longest_from.get(stems[i], 0)
            for size in range(min(longest, len(stems) - i), 0, -1):
                concept = self._phrases.get(tuple(stems[i : i + size]))
                if concept is not None:
                    out.append((concept, i, i + size))
                    i += size
                    break
            else:
                word = folded[i]
                if word not in self.stop_words and len(word) > 1:
                    out.append((stems[i], i, i + 1))
                i += 1
        return out
