"""Text analysis for matching: from free text to comparable topic tokens.

A need ("help with assessing apprentices in e-learning") and a mentor's topics ("evaluation",
"dual training", "online learning") rarely share words verbatim. This module turns both into
the same kind of token sequence so the matcher can compare them:

1. ``normalise``: casefold, strip accents, keep letters and digits only (``"É-Learning"`` →
   ``"e learning"``).
2. Light plural stemming (``"apprentices"`` → ``"apprentice"``), so singular and plural meet.
3. Synonym phrases of the VET field collapse into one *concept token* (``"work based learning"``,
   ``"dual training"``, ``"apprentice"`` → ``"~apprenticeship"``). Concept tokens start with
   ``~`` so they can never collide with a plain word.
4. Stop words (and words that say *who* is wanted rather than *what*, like "mentor") go.

Contract: ``analyse`` is a pure function of its input; the same text always gives the same
tuple of tokens, in text order, duplicates kept. Input longer than ``MAX_TEXT_CHARS`` is cut,
so hostile input costs bounded time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

#: Longer input is cut: a need or a bio is a few sentences, never a book.
MAX_TEXT_CHARS = 4000

#: Prefix of concept tokens; ``normalise`` never produces it, so no plain word collides.
CONCEPT_PREFIX = "~"

_NON_WORD = re.compile(r"[^0-9a-z]+")

#: Words that carry no topic. Besides English function words, the words that say who is
#: wanted ("mentor", "expert") or that every request contains ("help", "looking").
_STOPWORD_TEXT = """
    a an and any are as at be been but by can could do does for from get got had has have
    he her him his how i if in into is it its me my need needed needs no not of on or our
    please she so some someone somebody than that the their them then there these they this
    those to too us very was we were what when where which who whom why will with would you
    your yours about also am want wanted looking look find help advice support ask asking
    mentor mentors expert experts peer peers person people anyone colleague colleagues
    experienced year years good best new like just know more other
    """
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())

#: VET synonym groups: concept name → phrases meaning the same thing for matching purposes.
#: Phrases are written plainly; they go through the same normalisation as any text. A few
#: common non-English terms are included because trainers write in their own language.
SYNONYMS: dict[str, tuple[str, ...]] = {
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


def normalise(text: str) -> str:
    """Casefold, strip accents, and keep only ``[0-9a-z]`` words separated by single spaces."""
    text = text[:MAX_TEXT_CHARS].casefold()
    if not text.isascii():  # most text is plain ASCII; skip the per-character pass for it
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately light English plural stemmer: enough for plurals to meet singulars."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("sses"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _words(text: str) -> list[str]:
    return [stem(w) for w in normalise(text).split()]


def _phrase_table(groups: dict[str, tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for concept, phrases in groups.items():
        token = CONCEPT_PREFIX + concept
        for phrase in (concept, *phrases):
            words = tuple(_words(phrase))
            if words:
                table[words] = token
    return table


_PHRASES = _phrase_table(SYNONYMS)
#: Longest phrase starting with each word, so most words need no phrase look-up at all.
_LONGEST_FROM: dict[str, int] = {}
for _phrase in _PHRASES:
    _LONGEST_FROM[_phrase[0]] = max(_LONGEST_FROM.get(_phrase[0], 0), len(_phrase))
# Stop words are checked after stemming ("needs" → "need", "does" → "doe"), so keep both forms.
_STOP = STOPWORDS | {stem(w) for w in STOPWORDS}
#: Single words that stand for a concept; fuzzy matching may aim at these too.
CONCEPT_WORDS: dict[str, str] = {p[0]: c for p, c in _PHRASES.items() if len(p) == 1}


def is_concept(token: str) -> bool:
    """Whether ``token`` is a synonym-group concept token rather than a plain word."""
    return token.startswith(CONCEPT_PREFIX)


def label(token: str) -> str:
    """A readable name for a token: the concept name without its prefix, or the word itself."""
    return token.removeprefix(CONCEPT_PREFIX)


def _scan(words: list[str]) -> list[tuple[str, int, int]]:
    """The tokens of a word sequence, each with the slice of ``words`` it came from.

    Phrases are matched longest first, left to right, so "recognition of prior learning"
    becomes one concept token rather than "recognition", "prior", "learning".
    """
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(words):
        longest = _LONGEST_FROM.get(words[i], 0)
        for size in range(min(longest, len(words) - i), 0, -1):
            concept = _PHRASES.get(tuple(words[i : i + size]))
            if concept is not None:
                out.append((concept, i, i + size))
                i += size
                break
        else:
            word = words[i]
            if word not in _STOP and len(word) > 1:
                out.append((word, i, i + 1))
            i += 1
    return out


@lru_cache(maxsize=16384)
def analyse(text: str) -> tuple[str, ...]:
    """The topic tokens of ``text``: normalised, stemmed, synonyms collapsed, stop words gone."""
    return tuple(token for token, _, _ in _scan(_words(text)))


_ORIGINAL_WORD = re.compile(r"\w+")


def sources(text: str) -> tuple[tuple[str, int, int], ...]:
    """Each topic token of ``text`` with where in ``text`` it came from (start, end).

    ``"I build Digital Tools"`` gives ``(("build", 2, 7), ("digital", 8, 15),
    ("tool", 16, 21))``: what a person wrote, for explaining a match in their own words.
    The tokens are those of ``analyse`` (bar exotic characters that only whole-text
    normalisation turns into letters).
    """
    text = text[:MAX_TEXT_CHARS]
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    for found in _ORIGINAL_WORD.finditer(text):
        for word in normalise(found.group()).split():
            words.append(stem(word))
            spans.append(found.span())
    return tuple(
        (token, spans[start][0], spans[stop - 1][1]) for token, start, stop in _scan(words)
    )


def analyse_all(texts: Iterable[str]) -> tuple[str, ...]:
    """The tokens of several texts (say, a candidate's topics), each analysed on its own."""
    return tuple(token for text in texts for token in analyse(text))
