"""Saving the lookup index to a file and loading it back, so a restart need not rebuild it.

Building :class:`~knowledge.engine.LookupIndex` from 100,000 entries takes 10-15 s of Python;
loading its snapshot about a second. A snapshot is only worth serving when it is exactly the
index a fresh build would give, so each one carries a header checked before anything is used:

* ``format`` and ``pipeline`` — :func:`pipeline_fingerprint`, a hash of this format's number,
  the Python version and every module and data file of the knowledge library (text folding,
  stop words, stemming, synonyms, the vocabulary, the engine, and whatever joins them). Any
  change to how text is read makes older snapshots unusable: they are rebuilt, never served.
* ``stamp`` — what the caller built it from (:class:`Stamp`: which store, its change counter,
  the latest change seen); the caller decides whether it is still current.
* the length and SHA-256 of the body, so a truncated or damaged file is refused before it is
  unpickled.

Layout: a magic line, one line of JSON (the header), then the body — the index's parts
(:meth:`~knowledge.engine.LookupIndex.to_frames`), each pickled, back to back. A file is
written beside its final name and renamed over it, so a reader sees the old snapshot or the
new one, never half of one.

Trust: the body is a pickle. The file lives in the bot's own data folder, written by the bot;
whoever can write there can change the database beside it too. The checksum guards against
damage, not against that person.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO, Final

from knowledge.engine import LookupIndex

__all__ = ["FORMAT", "SnapshotError", "Stamp", "load", "pipeline_fingerprint", "read_stamp", "save"]

#: Bump when the snapshot layout changes (the pipeline's own changes are hashed, see above).
FORMAT: Final = 2
_MAGIC: Final = b"vetbot-lookup-index\n"
_MAX_HEADER: Final = 64 * 1024
#: What the fingerprint reads from the knowledge library, and what it leaves out.
_PIPELINE_SUFFIXES: Final = frozenset({".py", ".json", ".yaml", ".yml", ".txt", ".csv", ".tsv"})
_NOT_PIPELINE: Final = frozenset({"seed", "__pycache__"})


class SnapshotError(Exception):
    """The file is no usable snapshot: missing, damaged, of another format or pipeline."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Stamp:
    """What a snapshot was built from: ``store`` names the database, ``revision`` is its
    knowledge change counter at the time, ``watermark`` the latest change seen (ISO time)."""

    store: str
    revision: int
    watermark: str | None = None


@cache
def pipeline_fingerprint() -> str:
    """A hash of everything that decides what an index built from given documents holds.

    Every module and data file of the knowledge library counts (the curated seed does not:
    it is documents, not pipeline), so a new word list or a new module of the text pipeline
    invalidates older snapshots without anyone remembering to bump :data:`FORMAT`.
    """
    digest = hashlib.sha256(f"format {FORMAT}; python {sys.version_info[:2]}".encode())
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if (
            not path.is_file()
            or relative.parts[0] in _NOT_PIPELINE
            or path.suffix not in _PIPELINE_SUFFIXES
        ):
            continue
        digest.update(str(relative.as_posix()).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def save(index: LookupIndex, path: Path, stamp: Stamp) -> int:
    """Write ``index`` to ``path`` with ``stamp`` (atomically); returns the bytes written."""
    frames = [pickle.dumps(frame, protocol=5) for frame in index.to_frames()]
    digest = hashlib.sha256()
    for frame in frames:
        digest.update(frame)
    header = {
        "format": FORMAT,
        "pipeline": pipeline_fingerprint(),
        "stamp": asdict(stamp),
        "entries": len(index),
        "frames": [len(frame) for frame in frames],
        "sha256": digest.hexdigest(),
    }
    head = _MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with partial.open("wb") as out:
            out.write(head)
            for frame in frames:
                out.write(frame)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return len(head) + sum(len(frame) for frame in frames)


def read_stamp(path: Path) -> Stamp:
    """The stamp of the snapshot at ``path``, reading only its header.

    Raises :class:`SnapshotError` if there is none, or it is of another format or pipeline.
    """
    with _open(path) as (header, _):
        return _stamp(header)


def load(path: Path) -> tuple[LookupIndex, Stamp]:
    """The index saved at ``path`` and its stamp.

    Raises :class:`SnapshotError` if the file is missing, of another format or pipeline,
    truncated, or its body does not match its checksum; nothing of it is used then.
    """
    with _open(path) as (header, body):
        stamp = _stamp(header)
        frames_of, expected = header.get("frames"), header.get("sha256")
        if not isinstance(frames_of, list) or not isinstance(expected, str):
            raise SnapshotError("damaged header")
        try:
            sizes = [int(size) for size in frames_of]
        except (TypeError, ValueError) as exc:
            raise SnapshotError("damaged header") from exc
        data = body.read()
    if len(data) != sum(sizes) or hashlib.sha256(data).hexdigest() != expected:
        raise SnapshotError("damaged body")
    view = memoryview(data)

    def frames() -> Iterator[object]:
        start = 0
        for size in sizes:
            yield pickle.loads(view[start : start + size])
            start += size

    try:
        index = LookupIndex.from_frames(frames())
    except (pickle.UnpicklingError, ValueError, TypeError, AttributeError, EOFError) as exc:
        raise SnapshotError("unreadable body") from exc
    if len(index) != header.get("entries"):
        raise SnapshotError("entry count differs from the header")
    return index, stamp


@contextmanager
def _open(path: Path) -> Iterator[tuple[dict[str, object], BinaryIO]]:
    """Open a snapshot, check its magic line and parse its header; yields both and the file."""
    try:
        file = path.open("rb")
    except OSError as exc:
        raise SnapshotError(f"cannot open {path.name}") from exc
    with file:
        try:
            magic = file.read(len(_MAGIC))
            header = json.loads(file.readline(_MAX_HEADER)) if magic == _MAGIC else None
        except (OSError, ValueError) as exc:
            raise SnapshotError("damaged header") from exc
        if magic != _MAGIC:
            raise SnapshotError("not a lookup index snapshot")
        if not isinstance(header, dict):
            raise SnapshotError("damaged header")
        yield header, file


def _stamp(header: dict[str, object]) -> Stamp:
    if header.get("format") != FORMAT:
        raise SnapshotError("another snapshot format")
    if header.get("pipeline") != pipeline_fingerprint():
        raise SnapshotError("built by another text pipeline")
    raw = header.get("stamp")
    if not isinstance(raw, dict):
        raise SnapshotError("damaged header")
    try:
        return Stamp(
            store=str(raw["store"]),
            revision=int(raw["revision"]),
            watermark=None if raw.get("watermark") is None else str(raw["watermark"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise SnapshotError("damaged header") from exc
