"""Input hygiene for the schedule options, and the one way schedule errors are built.

Every option a coordinator types (``at:``, ``cron:``, ``every:``, ``tz:``, ``start:``,
``end:``) passes through :func:`clean_option` first: it caps the length, refuses control
characters, emoji and other non-ASCII text, collapses white space and lowercases. What comes
out is short and plain, so later error messages may quote it without echoing anything
hostile (no mentions, no markup beyond ``* / , : -``).

:func:`schedule_error` builds the :class:`~bot.errors.UsageError` every validation failure
raises: keyed, a short message and a hint giving the right form, both catalog texts
(``prompts_schedule.ftl``) the core renders in the reader's language.

Words in other languages (``lunedì``, ``poniedziałek``) are folded to plain ASCII first (accents
dropped, :func:`bot.words.fold`), so the schedule grammars only ever see ASCII.
"""

from __future__ import annotations

import re

from bot.errors import UsageError
from bot.words import fold

#: Longest option text accepted. Real schedules are a few dozen characters.
MAX_OPTION_LENGTH = 120

# Printable ASCII only; anything else (control characters, emoji, look-alike digits such as
# Arabic-Indic numerals, which Python's \d and int() would happily accept) is refused.
_PLAIN = re.compile(r"[ -~]*")
_SPACES = re.compile(r"\s+")
_UNSAFE = re.compile(r"[^A-Za-z0-9 _:/,*+.-]")


def schedule_error(name: str, /, **params: object) -> UsageError:
    """The keyed ``UsageError`` for failure ``name``: message and hint from the catalog,
    rendered for the reader by the core.

    Text parameters are quoted back to the user, so anything but letters, digits and the
    characters of a schedule is replaced by ``?`` (no ``@`` mentions, no markup).
    """
    params = {k: _UNSAFE.sub("?", v) if isinstance(v, str) else v for k, v in params.items()}
    return UsageError(
        key=f"prompts_schedule.error.{name}.message",
        params=params,
        hint_key=f"prompts_schedule.error.{name}.hint",
    )


def clean_option(option: str, text: str, *, lower: bool = True) -> str:
    """``text`` stripped, single-spaced and (unless ``lower`` is false) lowercased.

    Raises ``UsageError`` for empty, over-long or non-plain-ASCII text (after accents are
    dropped); ``option`` names the option in the message (``"cron"``, ``"tz"`` …).
    """
    if len(text) > MAX_OPTION_LENGTH:
        raise schedule_error("too_long", option=option, limit=MAX_OPTION_LENGTH)
    text = fold(text) if lower else text
    if not _PLAIN.fullmatch(text.replace("\t", " ")):
        raise schedule_error("bad_characters", option=option)
    cleaned = _SPACES.sub(" ", text).strip()
    if not cleaned:
        raise schedule_error("empty", option=option)
    return cleaned.lower() if lower else cleaned
