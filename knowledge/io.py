"""Import and export files of knowledge entries: CSV, JSON and YAML, chosen by extension.

File format (all three carry the same columns, :data:`knowledge.records.FIELDS`):

* **CSV** — UTF-8 (a BOM is accepted), a header row naming the columns, any subset in any
  order; only ``title`` is required. Translations are columns ``title@xx`` and
  ``summary@xx`` (``title@de``, ``summary@fr``: an ISO 639-1 code after the ``@``). List
  fields (``aliases``, ``languages``, ``countries``, ``sectors``, ``target_groups``,
  ``topics``) are ``;``-separated in one cell. Rows are counted as a spreadsheet shows them:
  the header is row 1, the first entry row 2.
* **JSON** — a list of objects (or ``{"entries": [...]}``); lists as JSON arrays.
* **YAML** — a list of mappings, as in ``knowledge/seed/tools.yaml``.

In JSON and YAML every value but ``year`` must be text: ``{"title": 42}`` or an unquoted YAML
``no`` is reported (row, field, problem), never turned into ``"42"`` or ``"False"``. A list
field given as one string is read like a CSV cell — ``"languages": "it"`` is ``["it"]``,
``"languages": "it;de"`` is ``["it", "de"]``.

Reading never changes the store: :func:`read_file` gives raw rows, :func:`validate_rows` the
cleaned ones plus a report of every problem (row, field, problem). Unknown columns make the
whole file unreadable (a misspelt header would otherwise drop a column silently); a bad row is
reported and skipped. The service applies the valid rows in one transaction.

Upsert semantics: a row updates the fields it names; a column missing from the CSV header (or
a key missing from a JSON/YAML entry) keeps the stored value, an empty cell clears it.

Export writes published entries ordered by id, every column in the order above, lists in the
order stored, then in CSV a ``title@xx``/``summary@xx`` pair for every language any entry is
translated into (JSON and YAML carry each entry's own pairs); a file written by
:func:`write_file` imports back to the same entries and exports again byte for byte.

The curated seed (``knowledge/seed/tools.yaml``) is read with :func:`read_seed`. Errors come
out as :class:`~knowledge.errors.ImportFileError` and findings as
:class:`~knowledge.errors.Problem`, each with a code its caller puts into words.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Final

import yaml

from knowledge.errors import ImportFileError, Problem
from knowledge.records import (
    CONTENT_FIELDS,
    FIELDS,
    LIST_FIELDS,
    TRANSLATED_FIELDS,
    Content,
    parse_content,
    parse_id,
    translation_field,
    translation_key,
    url_key,
)

__all__ = [
    "FORMATS",
    "SEED_FILE",
    "ImportFileError",
    "ImportReport",
    "RawRow",
    "ValidRow",
    "file_format",
    "read_file",
    "read_seed",
    "read_text",
    "render_text",
    "validate_rows",
    "write_file",
]

FORMATS: Final = {".csv": "csv", ".json": "json", ".yaml": "yaml", ".yml": "yaml"}
#: A file larger than this is refused before it is parsed (the whole file is held in memory).
MAX_FILE_BYTES: Final = 200 * 1024 * 1024
#: The curated seed that fills an empty store, in the package ``knowledge.seed``.
SEED_FILE: Final = "tools.yaml"


@dataclass(frozen=True, slots=True, kw_only=True)
class RawRow:
    """One record as read from a file: its row number and its fields as found."""

    row: int
    fields: Mapping[str, object]


@dataclass(frozen=True, slots=True, kw_only=True)
class ValidRow:
    """A row that passed validation: the id it gave (if any) and its cleaned content."""

    row: int
    id: str | None
    content: Content
    present: frozenset[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportReport:
    """What an import did (or, for a dry run, would do), and every problem found."""

    rows: int
    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: int = 0
    problems: tuple[Problem, ...] = ()
    dry_run: bool = False

    @property
    def skipped(self) -> int:
        """How many rows were left out because of a problem."""
        return len({p.row for p in self.problems if p.row > 0})

    def summary(self) -> str:
        """One line in English (logs, scripts): counts of created, updated, unchanged and
        skipped rows. The bot words it in its reader's language from the counts."""
        verb = "would create" if self.dry_run else "created"
        upd = "would update" if self.dry_run else "updated"
        return (
            f"{self.rows} rows read: {verb} {len(self.created)}, {upd} {len(self.updated)}, "
            f"unchanged {self.unchanged}, skipped {self.skipped}"
        )

    def problem_table(self) -> str:
        """The validation report in English: one line per problem, ``row  field  problem``."""
        if not self.problems:
            return ""
        lines = [f"{'row':>6}  {'field':<14}  problem"]
        for p in sorted(self.problems, key=lambda p: (p.row, p.field)):
            lines.append(f"{p.row:>6}  {p.field:<14}  {p.message}")
        return "\n".join(lines)


def file_format(path: Path) -> str:
    """``csv``, ``json`` or ``yaml`` from the file's extension; ImportFileError otherwise."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ImportFileError("unknown_type", name=path.name, suffix=path.suffix or "(none)")
    return kind


def read_file(path: Path) -> list[RawRow]:
    """The raw rows of an import file; ImportFileError when the file as a whole is unusable."""
    kind = file_format(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError("too_large", name=path.name, mib=MAX_FILE_BYTES // 2**20)
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFileError("unreadable", name=path.name, reason=str(exc)) from exc
    return read_text(text, kind, name=path.name)


def read_seed() -> list[RawRow]:
    """The raw rows of the curated seed shipped with the library."""
    with resources.as_file(resources.files("knowledge.seed").joinpath(SEED_FILE)) as path:
        return read_file(Path(path))


def read_text(text: str, kind: str, *, name: str = "input") -> list[RawRow]:
    """The raw rows of ``text`` in format ``kind`` (``csv``, ``json`` or ``yaml``)."""
    if kind == "csv":
        return _read_csv(text, name)
    try:
        data: Any = json.loads(text) if kind == "json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise ImportFileError("bad_syntax", name=name, kind=kind.upper(), reason=str(exc)) from exc
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        data = data["entries"]
    if data is None:
        data = []
    if not isinstance(data, list):
        raise ImportFileError("not_a_list", name=name)
    rows: list[RawRow] = []
    for number, item in enumerate(data, start=1):
        rows.append(RawRow(row=number, fields=item if isinstance(item, dict) else {"": item}))
    return rows


def _read_csv(text: str, name: str) -> list[RawRow]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            return []
        columns = [column.strip().lower() for column in header]
        unknown = [c for c in columns if c and c not in FIELDS and translation_field(c) is None]
        if unknown:
            raise ImportFileError(
                "unknown_columns",
                name=name,
                columns=", ".join(map(repr, unknown)),
                known=",".join((*FIELDS, "title@xx", "summary@xx")),
            )
        if "title" not in columns:
            raise ImportFileError("no_title_column", name=name)
        if len(set(columns)) != len(columns):
            raise ImportFileError("repeated_column", name=name)
        rows: list[RawRow] = []
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue  # blank lines are common at the end of spreadsheet exports
            values: dict[str, object] = {}
            for column, cell in zip(columns, cells, strict=False):
                if column:
                    values[column] = cell
            if len(cells) > len(columns):
                values[""] = cells[len(columns) :]
            rows.append(RawRow(row=number, fields=values))
        return rows
    except csv.Error as exc:
        raise ImportFileError("bad_syntax", name=name, kind="CSV", reason=str(exc)) from exc


def validate_rows(rows: Sequence[RawRow]) -> tuple[list[ValidRow], list[Problem]]:
    """Clean every row; report problems, including ids and urls repeated within the file.

    A row with any problem is left out of the valid rows (and so will be skipped).
    """
    valid: list[ValidRow] = []
    problems: list[Problem] = []
    seen_ids: dict[str, int] = {}
    seen_urls: dict[str, int] = {}
    for raw in rows:
        found: list[Problem] = []
        if "" in raw.fields:
            code = "extra_cells" if isinstance(raw.fields[""], list) else "not_mapping"
            found.append(Problem(row=raw.row, field="-", code=code))
        unknown = sorted(
            k
            for k in raw.fields
            if k and k not in FIELDS and not (isinstance(k, str) and translation_field(k))
        )
        for key in unknown:
            found.append(Problem(row=raw.row, field=str(key)[:30], code="unknown_field"))
        entry_id, id_problem = parse_id(raw.fields.get("id"))
        if id_problem:
            found.append(Problem(row=raw.row, field="id", code=id_problem))
        content, content_problems = parse_content(raw.fields, row=raw.row)
        found.extend(content_problems)
        if entry_id is not None and entry_id in seen_ids:
            found.append(
                Problem(
                    row=raw.row, field="id", code="repeats_row", params={"row": seen_ids[entry_id]}
                )
            )
        key = url_key(content.url) if content is not None else ""
        if key and key in seen_urls:
            found.append(
                Problem(
                    row=raw.row, field="url", code="repeats_row", params={"row": seen_urls[key]}
                )
            )
        if found or content is None:
            problems.extend(found)
            continue
        if entry_id is not None:
            seen_ids[entry_id] = raw.row
        if key:
            seen_urls[key] = raw.row
        present = frozenset(
            k
            for k in raw.fields
            if k in CONTENT_FIELDS or (isinstance(k, str) and translation_field(k) is not None)
        )
        valid.append(ValidRow(row=raw.row, id=entry_id, content=content, present=present))
    return valid, problems


def _plain_rows(entries: Sequence[tuple[str, Content]]) -> list[dict[str, object]]:
    return [{"id": entry_id, **content.as_dict()} for entry_id, content in entries]


def render_text(entries: Sequence[tuple[str, Content]], kind: str) -> str:
    """``entries`` (id, content) as the text of a ``kind`` file."""
    rows = _plain_rows(entries)
    if kind == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if kind == "yaml":
        # Every field is written, empty ones too: on import a missing field means "keep the
        # stored value", so only an explicit empty value clears one.
        return str(yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=100))
    langs = sorted({t.lang for _, content in entries for t in content.translations})
    columns = (
        *FIELDS,
        *(translation_key(field, lang) for lang in langs for field in TRANSLATED_FIELDS),
    )
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(name, row.get(name, "")) for name in columns])
    return out.getvalue()


def _cell(name: str, value: object) -> str:
    if name in LIST_FIELDS and isinstance(value, list):
        return ";".join(str(item) for item in value)
    return "" if value is None else str(value)


def write_file(path: Path, entries: Sequence[tuple[str, Content]]) -> None:
    """Write ``entries`` to ``path`` in the format its extension names (atomically)."""
    text = render_text(entries, file_format(path))
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8", newline="")
        partial.replace(path)
    except OSError as exc:
        raise ImportFileError("unwritable", name=path.name, reason=str(exc)) from exc
