"""The one exception tree of vetbot.

::

    VetbotError                 root: everything vetbot raises on purpose
    ├── UserError               the user can fix it; its text is shown in chat as is
    │   ├── UsageError          malformed command or option (says the right form)
    │   ├── PermissionDenied    the user's role does not allow the command
    │   ├── NotFound            an ID or name that does not exist
    │   └── Conflict            the request clashes with the stored state
    ├── ConfigError             bad or missing configuration (names the key and the file)
    └── StoreError              the database failed or is out of date

Only a ``UserError`` ever reaches chat with its own text. Anything else that escapes a
command handler is logged with an error id, and the user gets a short apology naming that
id. Lower-layer errors are re-raised with ``raise ... from exc`` so the cause stays in logs.

Services never write text: they raise a ``UserError`` by catalog key (``NotFound.keyed(
"knowledge.unknown_id", id=…)``; a command in the text is a ``bot.messages.Cmd``), and the
core renders it in the reader's language, with the command prefix, before it reaches chat.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Self


class VetbotError(Exception):
    """Root of all errors raised on purpose by vetbot."""


class UserError(VetbotError):
    """An error the user can fix; ``str(err)`` is a short, translated reply for chat.

    Raised by a service it carries no text yet: ``key`` names the catalog text and ``params``
    fill it in (``message`` is then the key itself, for logs); ``hint_key`` names the text of
    the hint, filled in from the same ``params``. The core renders both for the reader.
    """

    def __init__(
        self,
        message: str = "",
        *,
        hint: str | None = None,
        key: str = "",
        params: Mapping[str, object] | None = None,
        hint_key: str = "",
    ) -> None:
        super().__init__(message or key)
        self.message = message or key
        self.hint = hint
        self.key = key
        self.hint_key = hint_key
        self.params: Mapping[str, object] = MappingProxyType(dict(params or {}))

    @classmethod
    def keyed(cls, key: str, /, **params: object) -> Self:
        """The error that catalog text ``key`` with ``params`` will explain to its reader."""
        return cls(key=key, params=params)

    def reply_text(self) -> str:
        """The full text to show in chat: the problem, then how to do it right."""
        return self.message if not self.hint else f"{self.message}\n{self.hint}"


class UsageError(UserError):
    """A command or option was malformed; the hint gives the right form."""


class PermissionDenied(UserError):
    """The user's role does not allow this command."""


class NotFound(UserError):
    """The ID or name given does not exist (or is not visible to this user)."""


class Conflict(UserError):
    """The request clashes with stored state (already done, duplicate, wrong status)."""


class ConfigError(VetbotError):
    """Bad or missing configuration. The message names the key and the file."""

    def __init__(self, message: str, *, key: str | None = None, file: str | None = None) -> None:
        where = ""
        if key and file:
            where = f"{file}: {key}: "
        elif key:
            where = f"{key}: "
        elif file:
            where = f"{file}: "
        super().__init__(f"{where}{message}")
        self.detail = message
        self.key = key
        self.file = file


class StoreError(VetbotError):
    """The database failed, or its schema is not at the version this code expects."""
