"""Surveys' values and rules, without I/O: reading the questions a coordinator writes, and
counting answers into results that never show a group smaller than the threshold.

A question is written on one line, ``TEXT | ANSWERS``:

* ``Did it help? | yes / no / partly`` — one choice among 2 to :data:`MAX_OPTIONS` answers;
* ``How useful was it? | 1-5`` — a scale (from 0 or 1 up to at most 10);
* ``What would you change? | text`` — free text (the word ``text`` in any shipped language).

Questions are separated by ``;`` or new lines. Results (:func:`tally`) count answers only; a
count of 1 to ``min_group - 1`` is ``None`` ("fewer than N"), and so is everything of a
survey or question that fewer than ``min_group`` people answered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from bot.errors import UsageError
from bot.safety import one_line
from bot.small_groups import WITHHELD, protect
from bot.words import fold
from bot.words import words as command_words

Kind = Literal["choice", "scale", "text"]

MAX_QUESTIONS = 20
MAX_OPTIONS = 10
MAX_QUESTION = 300
MAX_OPTION = 80
MAX_TITLE = 200
#: Longest free-text answer.
MAX_TEXT = 1000

_SCALE = re.compile(r"([0-9]{1,2})\s*[-–—]\s*([0-9]{1,2})")


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    """One question: its text, its kind, and its options (choice) or range (scale)."""

    text: str
    kind: Kind
    options: tuple[str, ...] = ()
    low: int = 0
    high: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "options": list(self.options),
            "low": self.low,
            "high": self.high,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        kind = data.get("kind")
        return cls(
            text=str(data.get("text", "")),
            kind=kind if kind in ("choice", "scale", "text") else "text",
            options=tuple(str(o) for o in data.get("options", ())),
            low=int(data.get("low", 0)),
            high=int(data.get("high", 0)),
        )

    def labels(self) -> tuple[str, ...]:
        """What each possible answer is called: the options, or the scale's values."""
        if self.kind == "choice":
            return self.options
        if self.kind == "scale":
            return tuple(str(v) for v in range(self.low, self.high + 1))
        return ()

    def value_of(self, typed: str) -> int | None:
        """The stored value of an answer typed to this choice or scale question: an option's
        number (1-based) or its text, a scale's number; ``None`` when it is none of them."""
        typed = typed.strip()
        if self.kind == "choice":
            if typed.isascii() and typed.isdigit() and 1 <= int(typed) <= len(self.options):
                return int(typed)
            folded = fold(typed).casefold()
            for number, option in enumerate(self.options, start=1):
                if fold(option).casefold() == folded:
                    return number
            return None
        if self.kind == "scale" and typed.isascii() and typed.isdigit():
            value = int(typed)
            return value if self.low <= value <= self.high else None
        return None

    def shown(self, value: int | None) -> str:
        """A stored value as the respondent chose it."""
        if value is None:
            return ""
        if self.kind == "choice" and 1 <= value <= len(self.options):
            return self.options[value - 1]
        return str(value)


def _error(name: str, **params: object) -> UsageError:
    return UsageError(
        key=f"surveys.error.{name}", params=params, hint_key="surveys.error.questions_hint"
    )


def _text_words() -> set[str]:
    return {fold(w).casefold() for w in command_words().all_words("options", "text")} | {"text"}


def parse_questions(written: str) -> tuple[Question, ...]:
    """The questions ``written`` holds (one per ``;`` or line); a keyed ``UsageError`` that
    quotes the question at fault and shows the right form otherwise."""
    parts = [p.strip() for p in re.split(r"[;\n]", written) if p.strip()]
    if not parts:
        raise _error("no_questions")
    if len(parts) > MAX_QUESTIONS:
        raise _error("too_many_questions", limit=MAX_QUESTIONS)
    return tuple(parse_question(part, number) for number, part in enumerate(parts, start=1))


def parse_question(part: str, number: int) -> Question:
    """One question, ``TEXT | ANSWERS`` (see the module doc)."""
    quoted = one_line(part, 60)
    text, bar, spec = part.partition("|")
    text, spec = one_line(text.strip(), MAX_QUESTION + 1), spec.strip()
    if not bar:
        raise _error("no_bar", number=number, question=quoted)
    if not text:
        raise _error("no_text", number=number, question=quoted)
    if len(text) > MAX_QUESTION:
        raise _error("question_too_long", number=number, limit=MAX_QUESTION)
    if not spec:
        raise _error("no_answers", number=number, question=quoted)
    if fold(spec).casefold() in _text_words():
        return Question(text=text, kind="text")
    scale = _SCALE.fullmatch(spec)
    if scale is not None:
        low, high = int(scale[1]), int(scale[2])
        if low not in (0, 1) or not low < high <= 10:
            raise _error("bad_scale", number=number, scale=spec[:20])
        return Question(text=text, kind="scale", low=low, high=high)
    options = tuple(one_line(o.strip(), MAX_OPTION + 1) for o in spec.split("/") if o.strip())
    if len(options) < 2:
        raise _error("few_options", number=number, question=quoted)
    if len(options) > MAX_OPTIONS:
        raise _error("many_options", number=number, limit=MAX_OPTIONS)
    if any(len(o) > MAX_OPTION for o in options):
        raise _error("option_too_long", number=number, limit=MAX_OPTION)
    if len({fold(o).casefold() for o in options}) < len(options):
        raise _error("same_options", number=number, question=quoted)
    return Question(text=text, kind="choice", options=options)


# --- results ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True, kw_only=True)
class Count:
    """How many chose one answer; ``None``: fewer than the threshold (but at least one), or
    ``withheld``: not shown so that the hidden counts cannot be worked out from the total."""

    label: str
    count: int | None
    withheld: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class QuestionResult:
    """One question's results; ``answers`` ``None``: fewer than the threshold answered it,
    and nothing else of it is shown."""

    number: int
    question: Question
    answers: int | None
    counts: tuple[Count, ...] = ()
    average: float | None = None
    #: Free texts their writers agreed to share, in alphabetical order (never who wrote them).
    shared: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Results:
    """A survey's results as they may be shown: ``respondents`` ``None`` means fewer than
    ``min_group`` people answered, and no question is shown."""

    survey_id: int
    title: str
    status: str
    respondents: int | None
    min_group: int
    questions: tuple[QuestionResult, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Given:
    """One stored answer, as results read it (no respondent)."""

    question: int
    value: int | None
    text: str
    share: bool


def _counts(labels: Sequence[str], counts: Sequence[int], min_group: int) -> tuple[Count, ...]:
    return tuple(
        Count(
            label=label,
            count=None if shown in (None, WITHHELD) else shown,
            withheld=shown == WITHHELD,
        )
        for label, shown in zip(labels, protect(counts, min_group), strict=True)
    )


def tally(
    questions: Sequence[Question], given: Iterable[Given], respondents: int, min_group: int
) -> tuple[int | None, tuple[QuestionResult, ...]]:
    """Count ``given`` per question and answer, hiding every group under ``min_group``."""
    if respondents < min_group:
        return None, ()
    by_question: dict[int, list[Given]] = {}
    for answer in given:
        by_question.setdefault(answer.question, []).append(answer)
    out: list[QuestionResult] = []
    for number, question in enumerate(questions, start=1):
        mine = by_question.get(number, [])
        if len(mine) < min_group:
            out.append(QuestionResult(number=number, question=question, answers=None))
            continue
        counts: tuple[Count, ...] = ()
        average = None
        shared: tuple[str, ...] = ()
        if question.kind == "choice":
            chosen = [sum(a.value == n for a in mine) for n in range(1, len(question.options) + 1)]
            counts = _counts(question.options, chosen, min_group)
        elif question.kind == "scale":
            values = [a.value for a in mine if a.value is not None]
            scale = range(question.low, question.high + 1)
            counts = _counts([str(v) for v in scale], [values.count(v) for v in scale], min_group)
            # An average next to hidden counts would give them away: only with all shown.
            if values and all(c.count is not None for c in counts):
                average = round(sum(values) / len(values), 1)
        else:
            shared = tuple(sorted((a.text for a in mine if a.share and a.text), key=str.casefold))
        out.append(
            QuestionResult(
                number=number,
                question=question,
                answers=len(mine),
                counts=counts,
                average=average,
                shared=shared,
            )
        )
    return respondents, tuple(out)
