"""Text normalisation shared by the lookup index and its queries.

Both sides of a lookup go through the same functions, so a word matches whatever case,
accents or punctuation it was written with: ``fold("Evaluación")`` and ``fold("EVALUACION")``
are both ``"evaluacion"``.

Contract:

* :func:`fold` casefolds, decomposes (NFKD), drops combining marks (accents) and replaces every
  character that is not a letter or digit with a space. It never raises, whatever the input:
  control characters, lone surrogates and emoji simply disappear.
* :func:`tokenize` splits folded text into words, dropping stop words and one-letter
  fragments such as the ``d`` of ``d'évaluation``; digits are kept (``"2030"``).
* :data:`STOP_WORDS` holds function words of English (required) and of the other languages
  most used by the trainers' networks (de, fr, es, it, nl, pt), all already folded. A function
  word that is also a topic of the field is left out: Italian "ai" ("to the") is "AI".
* :func:`stem` reduces a folded word to the form its English inflections share, so that
  "mentors", "mentoring" and "mentor" meet: plurals (``-s``, ``-es``, ``-ies``) and ``-ing``
  only. Derivations are kept apart on purpose — "trainer" (a person) is not "training" (an
  activity) — and so is anything shorter than five letters ("news" is not "new").
* :func:`clean_line` is how text typed by people is taken in: control characters (C0, C1),
  bidirectional overrides and other invisible format characters are removed, whitespace
  (newlines included) collapses to single spaces.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["MAX_TEXT_CHARS", "STOP_WORDS", "clean_line", "fold", "stem", "tokenize"]

#: Input beyond this many characters is ignored: no title or query needs more, and it bounds
#: the work a hostile 10,000-character message can cause.
MAX_TEXT_CHARS: Final = 4000

#: Longest token kept; longer runs of letters are cut (they are never real words).
_MAX_TOKEN_CHARS: Final = 40

# Letters and digits of any script; "_" is a word character for `\w` but not for us.
_WORD: Final = re.compile(r"[^\W_]+")

_STOP_WORDS_BY_LANG: Final[dict[str, str]] = {
    "en": """a about above after again against all also am an and any are as at be because been
        before being below between both but by can could did do does doing down during each few
        for from further had has have having he her here hers him his how i if in into is it its
        itself just me more most my no nor not of off on once only or other our ours out over own
        same she should so some such than that the their theirs them then there these they this
        those through to too under until up very was we were what when where which while who whom
        why will with would you your yours""",
    "de": """aber als am an auch auf aus bei bin bis das dass dem den der des die ein eine einem
        einen einer eines es fur hat ich im in ist mit nach nicht noch oder sie sind so uber um und
        uns vom von vor war wie wir zu zum zur""",
    "fr": """au aux avec ce ces dans de des du elle en et il ils je la le les leur lui ma mais me
        mes moi mon ne nos notre nous ou par pas pour qu que qui sa se ses son sur ta te tes toi
        ton tu un une vos votre vous""",
    "es": """al con como de del el en entre es esta este la las lo los mas para pero por que se
        sin sobre su sus un una uno unos y""",
    "it": """agli al alla alle con da dal dalla dei del della delle di e gli il in la le nei
        nel nella per su sul sulla tra un una uno""",
    "nl": """aan bij dat de die een en het in is met na naar niet of om op over te tot uit van
        voor zijn""",
    "pt": """ao aos com da das de do dos e em na nas no nos o os para pela pelo por que um uma""",
}

#: Folded function words never indexed nor searched for (a query made only of them keeps them).
STOP_WORDS: Final[frozenset[str]] = frozenset(
    word for words in _STOP_WORDS_BY_LANG.values() for word in words.split()
)


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


def tokenize(text: str, *, keep_stop_words: bool = False) -> list[str]:
    """Return the words of ``text`` in order, folded, without stop words and 1-letter fragments.

    Repeated words are kept (callers that need a set make one). With ``keep_stop_words`` the
    stop words stay, which is how a query made only of them still means something.
    """
    words = [word[:_MAX_TOKEN_CHARS] for word in fold(text).split()]
    return [
        word
        for word in words
        if (len(word) > 1 or word.isdigit()) and (keep_stop_words or word not in STOP_WORDS)
    ]


#: Consonants doubled before "-ing" ("planning" -> "plan", "setting" -> "set").
_UNDOUBLE: Final = frozenset("bdgmnprt")
_VOWELS: Final = frozenset("aeiouy")
#: Format characters that join letters in some scripts (Persian, Indic, emoji sequences).
_JOINERS: Final = frozenset("\u200c\u200d")


def stem(word: str) -> str:
    """The shared form of a folded word's English inflections (``"mentoring"`` -> ``"mentor"``).

    Only plural endings and ``-ing`` are taken off, and only from words of five letters or
    more whose rest keeps a vowel; every other word is returned unchanged. Two words with the
    same stem are treated as forms of one word by the lookup engine.
    """
    if len(word) < 5 or not word.isalpha() or not word.isascii():
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
