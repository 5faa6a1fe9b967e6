"""Reading questions as coordinators write them, and counting answers without small groups."""

from __future__ import annotations

import pytest

from bot.capabilities.surveys.model import Given, Question, parse_questions, tally
from bot.errors import UsageError
from bot.small_groups import protect, protect_sums


def test_the_three_kinds_on_one_line_or_several() -> None:
    found = parse_questions(
        "Did it help? | yes / no / partly; How useful? | 1–5\nWas würdest du ändern? | Text"
    )
    assert found == (
        Question(text="Did it help?", kind="choice", options=("yes", "no", "partly")),
        Question(text="How useful?", kind="scale", low=1, high=5),
        Question(text="Was würdest du ändern?", kind="text"),
    )
    # The word for free text in any shipped language.
    assert parse_questions("Q? | texte")[0].kind == "text"
    assert parse_questions("Q? | tekst")[0].kind == "text"
    assert parse_questions("Q? | 0-10")[0].labels()[-1] == "10"


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("", "surveys.error.no_questions"),
        ("Q? | 2-5", "surveys.error.bad_scale"),
        ("Q? | 1-11", "surveys.error.bad_scale"),
        ("Q? | a", "surveys.error.few_options"),
        ("Q? | " + " / ".join(str(n) + "x" for n in range(11)), "surveys.error.many_options"),
        (";".join(f"Q{n}? | a / b" for n in range(21)), "surveys.error.too_many_questions"),
    ],
)
def test_malformed_questions_name_the_problem(written: str, key: str) -> None:
    with pytest.raises(UsageError) as err:
        parse_questions(written)
    assert err.value.key == key
    assert err.value.hint_key == "surveys.error.questions_hint"


def test_answers_are_read_by_number_or_by_their_words() -> None:
    choice = Question(text="Q", kind="choice", options=("Oui", "Non"))
    assert [choice.value_of(x) for x in ("1", "non", "NON", "3", "peut-être")] == [
        1,
        2,
        2,
        None,
        None,
    ]
    scale = Question(text="Q", kind="scale", low=1, high=5)
    assert [scale.value_of(x) for x in ("1", "5", "0", "6", "٣")] == [1, 5, None, None, None]


def test_every_group_under_the_threshold_is_hidden() -> None:
    questions = [
        Question(text="A", kind="choice", options=("x", "y", "z")),
        Question(text="B", kind="scale", low=1, high=3),
        Question(text="C", kind="text"),
    ]
    given = [Given(question=1, value=1 if n < 5 else 2, text="", share=False) for n in range(7)]
    given += [Given(question=2, value=3, text="", share=False) for _ in range(4)]
    given += [Given(question=3, value=None, text=f"t{n}", share=n % 2 == 0) for n in range(5)]
    respondents, results = tally(questions, given, 7, 5)
    assert respondents == 7
    # 7 answers minus the five x would give the two y away: x is withheld too.
    assert [(c.label, c.count, c.withheld) for c in results[0].counts] == [
        ("x", None, True),
        ("y", None, False),
        ("z", 0, False),
    ]
    assert results[1].answers is None and results[1].counts == ()
    assert results[2].shared == ("t0", "t2", "t4")
    assert tally(questions, given, 4, 5) == (None, ())


@pytest.mark.parametrize(
    ("counts", "shown"),
    [
        ((5, 0, 5), (5, 0, 5)),
        ((6, 1), (-1, None)),
        ((9, 6, 1), (9, -1, None)),
        ((5, 3, 2), (5, None, None)),  # the hidden ones add up to 5: nothing to give away
        ((1, 1), (None, None)),
        ((2, 5, 7, 1), (None, -1, 7, None)),
    ],
)
def test_hidden_counts_cannot_be_worked_out_from_the_total(
    counts: tuple[int, ...], shown: tuple[int | None, ...]
) -> None:
    assert protect(counts, 5) == shown


@pytest.mark.parametrize(
    "counts",
    [[6, 1, 0], [3, 3, 9], [5, 5], [1, 1, 1, 12], [0, 0, 7], [2, 8, 8, 8]],
)
def test_sums_protect_one_total_as_protect_does(counts: list[int]) -> None:
    values = {("part", n): c for n, c in enumerate(counts)}
    values[("total",)] = sum(counts)
    parts = [("part", n) for n in range(len(counts))]
    shown = protect_sums(values, [(("total",), parts)], 5)
    assert tuple(shown[p] for p in parts) == protect(counts, 5)
