"""Text normalisation shared by the lookup index and its queries, for the eight languages.

Both sides of a lookup go through the same functions, so a word matches whatever case,
accents or punctuation it was written with: ``fold("Evaluación")`` and ``fold("EVALUACION")``
are both ``"evaluacion"``.

Contract:

* :func:`fold` casefolds, decomposes (NFKD), drops combining marks (accents) and replaces every
  character that is not a letter or digit with a space. It never raises, whatever the input:
  control characters, lone surrogates and emoji simply disappear.
* :func:`tokenize` splits folded text into words, dropping stop words and one-letter
  fragments such as the ``d`` of ``d'évaluation``; digits are kept (``"2030"``).
* :data:`STOP_WORDS_BY_LANG` holds the function words of each language the bot speaks
  (:data:`LANGUAGES`: en de fr it es pl nl pt), already folded; :data:`STOP_WORDS` is their
  union, which is what the index drops, as entries and queries mix languages (an English
  title with a German summary). A function word that is also a topic of the field is left
  out: Italian "ai" ("to the") is "AI".
* :func:`stem` reduces a folded word to its stem in one language: Snowball (PyStemmer, the C
  build of the Snowball stemmers, which has Polish too) for de fr it es pl nl pt, and for
  English a light inflection stemmer (plurals and ``-ing``), which keeps "trainer" apart
  from "training" and "digital" from "digit"; :func:`stems` gives a word's stem in several
  languages as language-tagged keys. Words shorter than five letters are kept whole ("news"
  is not "new"), and stems are cached.
* :func:`clean_line` is how text typed by people is taken in: control characters (C0, C1),
  bidirectional overrides and other invisible format characters are removed, whitespace
  (newlines included) collapses to single spaces.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Final

import Stemmer

__all__ = [
    "LANGUAGES",
    "MAX_TEXT_CHARS",
    "STOP_WORDS",
    "STOP_WORDS_BY_LANG",
    "clean_line",
    "fold",
    "fold_words",
    "stem",
    "stems",
    "tokenize",
]

#: The languages the text pipeline stems and knows the function words of (ISO 639-1).
LANGUAGES: Final = ("en", "de", "fr", "it", "es", "pl", "nl", "pt")

_SNOWBALL_NAMES: Final = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "it": "italian",
    "es": "spanish",
    "pl": "polish",
    "nl": "dutch",
    "pt": "portuguese",
}
_STEMMERS: Final = {lang: Stemmer.Stemmer(name) for lang, name in _SNOWBALL_NAMES.items()}
for _stemmer in _STEMMERS.values():
    # Stems are cached once, below (PyStemmer's own cache would keep another copy of each).
    _stemmer.maxCacheSize = 0
#: Shorter words are never stemmed.
_MIN_STEM_LEN: Final = 5
#: Consonants doubled before English "-ing" ("planning" -> "plan", "setting" -> "set").
_UNDOUBLE: Final = frozenset("bdgmnprt")
_VOWELS: Final = frozenset("aeiouy")

#: Input beyond this many characters is ignored: no title or query needs more, and it bounds
#: the work a hostile 10,000-character message can cause.
MAX_TEXT_CHARS: Final = 4000

#: Longest token kept; longer runs of letters are cut (they are never real words).
_MAX_TOKEN_CHARS: Final = 40

#: A lone letter joined by a hyphen to the word after it: "e-learning", "E-Book".
_LETTER_PREFIX: Final = re.compile(r"(?<![^\W_])([^\W\d_])-(?=[^\W_])")

# Letters and digits of any script; "_" is a word character for `\w` but not for us.
_WORD: Final = re.compile(r"[^\W_]+")

_STOP_TEXT: Final[dict[str, str]] = {
    "en": """a about above after again against all also am an and any are as at be because been
        before being below between both but by can could did do does doing down during each few
        for from further had has have having he her here hers him his how i if in into is it its
        itself just me more most my no nor not of off on once only or other our ours out over own
        same she should so some such than that the their theirs them then there these they this
        those through to too under until up very was we were what when where which while who whom
        why will with would you your yours""",
    "de": """aber als am an auch auf aus bei bin bis bist da damit dann das dass dem den denn der
        des dich die dir du ein eine einem einen einer eines er es euch euer fur hat hatte ich ihr
        ihre im in ist ja kann mich mein meine mit nach nicht noch nur oder sehr sein seine sich
        sie sind so uber um und uns unser vom von vor war waren was welche wenn werden wie wir
        wird wo zu zum zur""",
    "fr": """au aux avec ce ces cette dans de des du elle en est et etre il ils je la le les
        leur lui ma mais me mes moi mon ne nos notre nous ou par pas pour qu que qui sa se ses
        son sont sur ta te tes toi ton tu un une vos votre vous""",
    "es": """al como con de del el en entre es esta este esto la las lo los mas me mi mis muy
        para pero por que se sin sobre su sus un una uno unos unas y yo""",
    "it": """agli al alla alle anche che chi ci come con da dal dalla dei del della delle di
        e gli il in la le lo mi nei nel nella non per piu su sul sulla ti tra un una uno""",
    "pl": """ale bez by byc co czy dla do go jak jako jest jego jej ich juz ktora ktore ktory
        ma mi mnie na nad nie od oraz po pod przez przy sie sa ta te tego tej ten to tu w we
        za ze""",
    "nl": """aan al bij dat de der die dit een en er het hier hij hoe ik in is je me met mij na
        naar niet of om ook op over te tot uit van voor was wat we wij zijn ze zij""",
    "pt": """ao aos as com como da das de do dos e em entre esta este isso mais mas na
        nas no nos o os ou para pela pelo por que se sem seu sua um uma""",
}

#: Each language's folded function words, never indexed nor searched for.
STOP_WORDS_BY_LANG: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {lang: frozenset(words.split()) for lang, words in _STOP_TEXT.items()}
)

#: The function words of every language (a query made only of them keeps them).
STOP_WORDS: Final[frozenset[str]] = frozenset().union(*STOP_WORDS_BY_LANG.values())


def fold(text: str) -> str:
    """Return ``text`` casefolded, without accents, with only letters, digits and spaces."""
    text = text[:MAX_TEXT_CHARS].casefold()
    if text.isascii():  # the common case, and ten times faster than decomposing
        return " ".join(_WORD.findall(text))
    decomposed = unicodedata.normalize("NFKD", text)
    # Combining marks (category M*) are the accents split off by NFKD; dropping them turns
    # "évaluación" into "evaluacion". Casefold again: NFKD can expose new upper-case letters.
    stripped = "".join(ch for ch in decomposed if not unicodedata.category(ch).startswith("M"))
    return " ".join(_WORD.findall(stripped.casefold()))


def fold_words(text: str) -> list[str]:
    """The folded words of ``text``, a one-letter prefix joined to its word by a hyphen kept
    with it (``"E-Learning"`` is ``["elearning"]``, as "elearning" is written too)."""
    if "-" in text:
        text = _LETTER_PREFIX.sub(r"\1", text[:MAX_TEXT_CHARS])
    return fold(text).split()


def tokenize(text: str, *, keep_stop_words: bool = False) -> list[str]:
    """Return the words of ``text`` in order, folded, without stop words and 1-letter fragments.

    Repeated words are kept (callers that need a set make one). With ``keep_stop_words`` the
    stop words stay, which is how a query made only of them still means something. A
    one-letter prefix joined by a hyphen stays with its word (:func:`fold_words`).
    """
    words = [word[:_MAX_TOKEN_CHARS] for word in fold_words(text)]
    return [
        word
        for word in words
        if (len(word) > 1 or word.isdigit()) and (keep_stop_words or word not in STOP_WORDS)
    ]


#: Format characters that join letters in some scripts (Persian, Indic, emoji sequences).
_JOINERS: Final = frozenset("\u200c\u200d")


def stem(word: str, lang: str = "en") -> str:
    """The stem of a folded word in ``lang``: the form its inflections share.

    English (the default, and any code not in :data:`LANGUAGES`) takes off plurals (``-s``,
    ``-es``, ``-ies``) and ``-ing`` only, so "mentors", "mentoring" and "mentor" meet while
    derivations stay apart: "trainer" (a person) is not "training" (an activity), "digital" is
    not "digit" — Snowball's English stemmer would join both pairs, and the lookups of today
    rely on them being apart. The other seven languages use their Snowball stemmer.
    Words shorter than five letters, and words that are not all letters, are returned
    unchanged ("news" is not "new", "2030s" stays). Two words with the same stem in one
    language are treated as forms of one word by the lookup engine. Results are cached (each
    vocabulary word is stemmed once per language).
    """
    if len(word) < _MIN_STEM_LEN or not word.isalpha():
        return word
    if lang == "en" or lang not in _STEMMERS:
        return _english_stem(word)
    return _stem_cached(word, lang)


@lru_cache(maxsize=1 << 14)
def _english_stem(word: str) -> str:
    if not word.isascii():
        return word
    if word.endswith("ies") and len(word) > 5:
        word = word[:-3] + "y"  # companies -> company
    elif word.endswith(("sses", "ches", "shes", "xes", "zes")):
        word = word[:-2]  # coaches -> coach, boxes -> box
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]  # mentors -> mentor; class, campus, analysis stay
    if word.endswith("ing") and len(word) >= 6:
        base = word[:-3]
        if len(base) >= 3 and any(ch in _VOWELS for ch in base):
            if len(base) >= 4 and base[-1] == base[-2] and base[-1] in _UNDOUBLE:
                base = base[:-1]
            return base
    return word


@lru_cache(maxsize=1 << 14)
def _stem_cached(word: str, lang: str) -> str:
    stemmed: str = _STEMMERS[lang].stemWord(word)
    # A stem never drops below three letters: "gaps" may not become "ga".
    return stemmed if len(stemmed) >= 3 else word


def stems(word: str, langs: Iterable[str] = LANGUAGES) -> tuple[tuple[str, str], ...]:
    """``word``'s stem in each of ``langs``, as ``(lang, stem)`` keys (one per language).

    Keys carry their language, so a German stem never meets an English one: "trainer"
    (German stem "train") and "training" (English stem "train") stay apart.
    """
    return tuple((lang, stem(word, lang)) for lang in langs)


def clean_line(text: str) -> str:
    """``text`` as one clean line: invisible control and format characters removed (C0, C1,
    bidirectional overrides and isolates, zero-width spaces, soft hyphens), every run of
    whitespace — newlines and tabs included — made one space, the ends trimmed.

    Removing (rather than replacing) keeps a word whole: ``"Aus\u00adbildung"`` stays
    ``"Ausbildung"``. Zero-width (non-)joiners stay, as some scripts need them.
    """
    kept: list[str] = []
    for ch in text:
        if ch.isspace():
            kept.append(" ")
        elif ch in _JOINERS or not unicodedata.category(ch).startswith("C"):
            kept.append(ch)
    return " ".join("".join(kept).split())
