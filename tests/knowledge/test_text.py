"""Folding and tokenising: the same word matches however it is written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.text import (
    LANGUAGES,
    MAX_TEXT_CHARS,
    STOP_WORDS,
    STOP_WORDS_BY_LANG,
    clean_line,
    fold,
    stem,
    stems,
    tokenize,
)


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Evaluación", "evaluacion"),
        ("ÉVALUATION", "evaluation"),
        ("Straße", "strasse"),
        ("Łódź", "łodz"),  # Ł has no decomposition; it stays a letter, folded to lower case
        ("ﬁle", "file"),
        ("work-based  learning!", "work based learning"),
        ("🎓 tools\x00\x1b[0m", "tools 0m"),
    ],
)
def test_fold(written: str, folded: str) -> None:
    assert fold(written) == folded


def test_tokenize_drops_stop_words_and_fragments_but_keeps_numbers() -> None:
    assert tokenize("The guide for d'évaluation of 2030 apprentices, 5 steps") == [
        "guide",
        "evaluation",
        "2030",
        "apprentices",
        "5",
        "steps",
    ]
    assert tokenize("für die Ausbildung") == ["ausbildung"]


def test_stop_words_are_kept_when_asked() -> None:
    assert tokenize("the of", keep_stop_words=True) == ["the", "of"]
    assert tokenize("the of") == []


def test_stop_words_are_folded_forms() -> None:
    assert all(fold(word) == word for word in STOP_WORDS)


@given(st.text(st.characters(exclude_categories=()), max_size=MAX_TEXT_CHARS + 50))
def test_fold_never_raises_and_leaves_only_words(text: str) -> None:
    folded = fold(text)
    assert all(ch.isalnum() or ch == " " for ch in folded)
    assert fold(folded) == folded


@pytest.mark.parametrize(
    ("forms", "same"),
    [
        (("mentor", "mentors", "mentoring", "mentorings"), True),
        (("tutor", "tutors", "tutoring"), True),
        (("train", "trains", "training", "trainings"), True),
        (("trainer", "trainers"), True),
        (("coach", "coaches", "coaching"), True),
        (("company", "companies"), True),
        (("plan", "planning"), True),
        # A person is not an activity, and short words keep their -s.
        (("trainer", "training"), False),
        (("news", "new"), False),
        (("class", "clas"), False),
        (("analysis", "analysi"), False),
    ],
)
def test_stem_joins_inflections_only(forms: tuple[str, ...], same: bool) -> None:
    stems = {stem(form) for form in forms}
    assert (len(stems) == 1) is same, stems


def test_stem_leaves_short_and_non_latin_words_alone() -> None:
    for word in ("thing", "bring", "string", "2030s", "ausbildung", "μαθητείας"):
        assert stem(word) == word


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("Evil\u202etitle", "Eviltitle"),  # bidi override
        ("Aus\u00adbildung", "Ausbildung"),  # soft hyphen: the word stays whole
        ("bell\x07 and\x1b[31m red", "bell and[31m red"),  # C0 controls
        ("a\x85b\x9bc", "a bc"),  # C1: NEL is a line break, CSI is dropped
        ("\u2066isolate\u2069 \u200bzero\ufeff", "isolate zero"),
        ("two\nlines\tand  spaces ", "two lines and spaces"),
        (
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        ),
    ],
)
def test_clean_line_removes_invisible_characters(typed: str, clean: str) -> None:
    assert clean_line(typed) == clean
    assert clean_line(clean) == clean


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        ("de", ("ausbilder", "ausbildern", "ausbilders")),
        ("fr", ("formateur", "formateurs")),
        ("it", ("aziendale", "aziendali")),
        ("es", ("formadores", "formador")),
        ("pl", ("szkolenie", "szkolenia")),
        ("nl", ("opleiders", "opleider")),
        ("pt", ("formadores", "formador")),
    ],
)
def test_each_language_joins_its_own_inflections(lang: str, forms: tuple[str, ...]) -> None:
    assert len({stem(form, lang) for form in forms}) == 1


def test_stems_keep_their_language_apart() -> None:
    # German reads "trainer" as "train", English reads "training" so: the keys differ.
    assert ("de", "train") in stems("trainer")
    assert ("en", "train") in stems("training")
    assert not set(stems("trainer")) & set(stems("training"))


def test_every_language_has_its_stop_words() -> None:
    assert set(STOP_WORDS_BY_LANG) == set(LANGUAGES)
    assert {"und", "les", "della", "para", "oraz", "een", "pelo"} <= STOP_WORDS
    assert all(fold(word) == word for words in STOP_WORDS_BY_LANG.values() for word in words)
