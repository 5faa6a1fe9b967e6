"""What can go wrong in the knowledge library, as codes a caller can put into words.

The library knows no language and no chat. Every validation finding (:class:`Problem`) and
every exception (:class:`KnowledgeError`) carries a ``code`` — a stable name such as
``"required"`` — and the ``params`` its text needs. The bot maps each code to a catalog key
(``knowledge.problem.<code>`` for a finding, ``knowledge.file.<code>`` for a file error) and
renders it for its reader.

:data:`PROBLEMS` and :data:`FILE_ERRORS` hold the English description of each code: what
``str()`` of an exception and :attr:`Problem.message` give, for logs, scripts and tests. The
bot's English catalog holds the same templates (a test keeps them in step).

::

    KnowledgeError        root: a code and its params
    └── ImportFileError   a file as a whole cannot be read or written
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = ["FILE_ERRORS", "PROBLEMS", "ImportFileError", "KnowledgeError", "Problem"]

#: Validation findings: code -> English template (``str.format`` with the finding's params).
PROBLEMS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "required": "required",
        "too_long": "longer than {limit} characters",
        "not_single_text": "must be a single text, not a list",
        "not_text": "must be a text, not {kind} (quote it in YAML or JSON)",
        "not_text_bool": "must be a text, not true/false (quote it in YAML or JSON)",
        "not_text_number": "must be a text, not a number (quote it in YAML or JSON)",
        "id_not_text": "must be a text such as 'mentoring-guide' (quote it in YAML)",
        "id_form": "must be 2-63 lower-case letters, digits or hyphens, starting with one",
        "url_form": "must be a full http(s) link, like https://example.org/page",
        "url_spaces": "must not contain spaces",
        "unknown_type": "unknown type {value!r} (one of: {types})",
        "unknown_target_group": "unknown target group {value!r} (one of: {groups})",
        "item_not_text": "item {item} is not a text (quote it in YAML or JSON)",
        "item_semicolon": "item {item!r} must not contain ';'",
        "not_list": "must be a list or a ';'-separated text",
        "too_many_items": "more than {limit} items",
        "item_too_long": "an item is longer than {limit} characters",
        "code_hint": "{value!r} is written {code} in {standard}",
        "unknown_code": "unknown {standard} code {value!r}",
        "year_form": "must be a year such as 2021",
        "year_range": "must be between {low} and {high}",
        "extra_cells": "more cells than columns",
        "not_mapping": "entry is not a mapping of fields",
        "unknown_field": "unknown field",
        "repeats_row": "repeats row {row}",
        "same_entry": "same entry as row {row}",
        "url_taken": "already used by entry {id!r}",
        "not_a_field": "not a field of an entry (fields: {fields})",
    }
)

#: Errors of a whole file: code -> English template.
FILE_ERRORS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "unknown_type": "{name}: unknown file type {suffix!r}; use .csv, .json or .yaml",
        "too_large": "{name}: larger than {mib} MiB",
        "unreadable": "{name}: cannot read: {reason}",
        "unwritable": "{name}: cannot write: {reason}",
        "bad_syntax": "{name}: not valid {kind}: {reason}",
        "not_a_list": "{name}: expected a list of entries",
        "unknown_columns": "{name}: not known in the header: {columns}; the columns are {known}",
        "no_title_column": "{name}: the header must name a 'title' column",
        "repeated_column": "{name}: a column is named twice in the header",
    }
)


def _describe(templates: Mapping[str, str], code: str, params: Mapping[str, object]) -> str:
    template = templates.get(code)
    if template is None:  # a code without a description is a bug here, not the caller's
        return code
    return template.format(**params)


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """One validation finding: where (``row`` of the file, 0 for the file itself), which field,
    and what is wrong as a ``code`` (a key of :data:`PROBLEMS`) with its ``params``."""

    row: int
    field: str
    code: str
    params: Mapping[str, object] = dataclasses.field(default_factory=lambda: MappingProxyType({}))

    @property
    def message(self) -> str:
        """What is wrong, in English (for logs, scripts and tests; chat renders the code)."""
        return _describe(PROBLEMS, self.code, self.params)


class KnowledgeError(Exception):
    """Root of the library's errors: a ``code`` and the ``params`` its text needs."""

    templates: Mapping[str, str] = MappingProxyType({})

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params: Mapping[str, object] = MappingProxyType(params)
        super().__init__(_describe(self.templates, code, self.params))


class ImportFileError(KnowledgeError):
    """The file as a whole cannot be imported or written (unreadable, wrong shape, unknown
    columns); ``code`` is a key of :data:`FILE_ERRORS`."""

    templates = FILE_ERRORS
