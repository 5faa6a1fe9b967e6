"""Numbers as people type them: ASCII digits only.

``str.isdigit``, ``int()`` and the regular expression ``\\d`` all accept any Unicode decimal
digit, so ``int("٣")`` is 3 and ``"١٢".isdigit()`` is true. An id written in Arabic-Indic,
Devanagari or full-width digits would then reach a proposal, a prompt or a Discord channel as
a number nobody typed in that form, and is quoted back in a form that does not match what is
stored. Every id, count and setting that must be a number is read through these helpers.
"""

from __future__ import annotations


def is_number(text: str, *, max_digits: int | None = None) -> bool:
    """Whether ``text`` is a non-empty run of ASCII digits (at most ``max_digits`` of them)."""
    if not text or not text.isascii() or not text.isdigit():
        return False
    return max_digits is None or len(text) <= max_digits


def number(text: str, *, max_digits: int | None = None) -> int | None:
    """The whole number ``text`` spells in ASCII digits, else ``None`` (signs and spaces too)."""
    return int(text) if is_number(text, max_digits=max_digits) else None
