"""Numbers as people type them: ASCII digits only.

``str.isdigit``, ``int()`` and the regular expression ``\\d`` all accept any Unicode decimal
digit, so ``int("٣")`` is 3 and ``"١٢".isdigit()`` is true. An id written in Arabic-Indic,
Devanagari or full-width digits would then reach a proposal, a prompt or a Discord channel as
a number nobody typed in that form, and is quoted back in a form that does not match what is
stored. Every id, count and setting that must be a number is read through these helpers.
"""

from __future__ import annotations

import re


def is_number(text: str, *, max_digits: int | None = None) -> bool:
    """Whether ``text`` is a non-empty run of ASCII digits (at most ``max_digits`` of them)."""
    if not text or not text.isascii() or not text.isdigit():
        return False
    return max_digits is None or len(text) <= max_digits


def number(text: str, *, max_digits: int | None = None) -> int | None:
    """The whole number ``text`` spells in ASCII digits, else ``None`` (signs and spaces too)."""
    return int(text) if is_number(text, max_digits=max_digits) else None


# Day first, as written across Europe: 31.12.2026, 31/12/2026, 31-12-2026 (ASCII digits only).
_DAY_FIRST = re.compile(r"(?<![0-9.])([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{4})(?![0-9.])")


def iso_dates(text: str) -> str:
    """``text`` with every day-first date (``31.12.2026``, ``31/12/2026``, ``31-12-2026``)
    written ISO (``2026-12-31``); month-first dates are not read (Europe writes day first)."""
    return _DAY_FIRST.sub(lambda m: f"{m[4]}-{int(m[3]):02d}-{int(m[1]):02d}", text)
