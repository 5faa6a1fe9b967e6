"""Folding and tokenising: the same word matches however it is written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.text import MAX_TEXT_CHARS, STOP_WORDS, fold, tokenize


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
