"""The lookup index's snapshot: the same answers as a fresh build, and never a wrong index."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest

from bench.lookup.generator import generate_queries, generate_store
from knowledge import snapshot
from knowledge.engine import Document, Filters, LookupIndex
from knowledge.snapshot import SnapshotError, Stamp

STAMP = Stamp(store="sqlite:///data/vetbot.db", revision=42, watermark="2026-12-03T12:00:00")


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return list(generate_store(1500, seed=3))


@pytest.fixture
def saved(tmp_path: Path, docs: list[Document]) -> Path:
    path = tmp_path / "lookup.snapshot"
    snapshot.save(LookupIndex.from_documents(docs), path, STAMP)
    return path


def test_a_loaded_snapshot_answers_every_query_as_the_fresh_build(
    saved: Path, docs: list[Document]
) -> None:
    fresh = LookupIndex.from_documents(docs)
    loaded, stamp = snapshot.load(saved)
    assert stamp == STAMP
    assert len(loaded) == len(fresh)
    for query in generate_queries(docs, per_set=15):
        for filters in (None, Filters(lang="de"), Filters(country="AT", sector="construction")):
            assert loaded.search(query.text, filters=filters, limit=10) == fresh.search(
                query.text, filters=filters, limit=10
            )
        assert loaded.complete(query.text[:7]) == fresh.complete(query.text[:7])
    assert loaded.browse(filters=Filters(type="guide")) == fresh.browse(
        filters=Filters(type="guide")
    )


def test_a_loaded_snapshot_keeps_step_with_updates_like_a_fresh_build(
    saved: Path, docs: list[Document]
) -> None:
    fresh = LookupIndex.from_documents(docs)
    loaded, _ = snapshot.load(saved)
    changed = Document(id=docs[0].id, title="Quokka welding passport", type="guide")
    for index in (fresh, loaded):
        index.upsert(changed)
        index.remove(docs[1].id)
    assert loaded.search("quokka").hits == fresh.search("quokka").hits
    assert loaded.search("quokka").hits[0].id == docs[0].id
    assert loaded.search(docs[1].title) == fresh.search(docs[1].title)
    assert docs[1].id not in loaded


def test_the_stamp_is_read_from_the_header_alone(saved: Path) -> None:
    assert snapshot.read_stamp(saved) == STAMP


def _rewrite_header(path: Path, **changes: object) -> None:
    raw = path.read_bytes()
    magic_end = raw.index(b"\n") + 1
    header_end = raw.index(b"\n", magic_end) + 1
    header = json.loads(raw[magic_end:header_end])
    header.update(changes)
    path.write_bytes(raw[:magic_end] + json.dumps(header).encode() + b"\n" + raw[header_end:])


@pytest.mark.parametrize(
    "damage",
    ["truncated", "flipped byte", "empty", "not a snapshot", "header cut", "missing"],
)
def test_a_damaged_snapshot_is_refused(saved: Path, damage: str) -> None:
    raw = saved.read_bytes()
    if damage == "truncated":
        saved.write_bytes(raw[: len(raw) * 2 // 3])
    elif damage == "flipped byte":
        at = len(raw) - 1000
        saved.write_bytes(raw[:at] + bytes([raw[at] ^ 0x20]) + raw[at + 1 :])
    elif damage == "empty":
        saved.write_bytes(b"")
    elif damage == "not a snapshot":
        saved.write_bytes(b"SQLite format 3\x00" + raw[16:])
    elif damage == "header cut":
        saved.write_bytes(raw[:40])
    else:
        saved.unlink()
    with pytest.raises(SnapshotError):
        snapshot.load(saved)


def test_a_body_rewritten_with_a_matching_checksum_but_wrong_parts_is_refused(
    saved: Path,
) -> None:
    body = b"\x80\x05K\x01."  # a pickled 1: not the parts of an index
    _rewrite_header(saved, frames=[len(body)], sha256=hashlib.sha256(body).hexdigest())
    raw = saved.read_bytes()
    magic_end = raw.index(b"\n") + 1
    header_end = raw.index(b"\n", magic_end) + 1
    saved.write_bytes(raw[:header_end] + body)
    with pytest.raises(SnapshotError):
        snapshot.load(saved)


def test_a_snapshot_of_another_pipeline_or_format_is_refused(saved: Path) -> None:
    _rewrite_header(saved, pipeline="0" * 64)
    with pytest.raises(SnapshotError, match="pipeline"):
        snapshot.load(saved)
    with pytest.raises(SnapshotError, match="pipeline"):
        snapshot.read_stamp(saved)
    _rewrite_header(saved, pipeline=snapshot.pipeline_fingerprint(), format=snapshot.FORMAT + 1)
    with pytest.raises(SnapshotError, match="format"):
        snapshot.load(saved)


def test_the_fingerprint_changes_with_the_text_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot.pipeline_fingerprint()
    snapshot.pipeline_fingerprint.cache_clear()
    monkeypatch.setattr(snapshot, "FORMAT", snapshot.FORMAT + 1)
    try:
        assert snapshot.pipeline_fingerprint() != before
    finally:
        snapshot.pipeline_fingerprint.cache_clear()


def test_saving_replaces_the_old_snapshot_whole(saved: Path, docs: list[Document]) -> None:
    smaller = LookupIndex.from_documents(docs[:10])
    snapshot.save(smaller, saved, Stamp(store=STAMP.store, revision=43))
    loaded, stamp = snapshot.load(saved)
    assert (len(loaded), stamp.revision) == (10, 43)
    assert [p.name for p in saved.parent.iterdir()] == [saved.name]


def test_a_networks_own_entries_survive_the_round_trip(
    tmp_path: Path, docs: list[Document]
) -> None:
    owned = [replace(doc, network="AT") if i % 3 == 0 else doc for i, doc in enumerate(docs)]
    fresh = LookupIndex.from_documents(owned)
    path = tmp_path / "owned.snapshot"
    snapshot.save(fresh, path, STAMP)
    loaded, _ = snapshot.load(path)
    assert loaded.get(owned[0].id) == owned[0]
    lifted = 0
    for query in generate_queries(owned, per_set=10):
        found = loaded.search(query.text, prefer_network="AT", limit=10)
        assert found == fresh.search(query.text, prefer_network="AT", limit=10)
        lifted += found != loaded.search(query.text, limit=10)
    assert lifted  # the preference was read from the loaded index, not merely absent
    assert loaded.browse(filters=Filters(type="guide"), prefer_network="AT") == fresh.browse(
        filters=Filters(type="guide"), prefer_network="AT"
    )


def test_edits_and_a_compaction_after_loading_answer_as_a_fresh_build_of_what_is_left(
    saved: Path, docs: list[Document]
) -> None:
    """A loaded index finds its entries by id, gives each back whole, and after removals
    enough to compact it (slots numbered anew) answers like a build of the entries left."""
    loaded, _ = snapshot.load(saved)
    assert all(loaded.get(doc.id) == doc for doc in docs)
    changed = replace(docs[5], title="Quokka welding passport", network="net-a")
    loaded.upsert(changed)
    gone = [doc.id for doc in docs[10:1200]]
    for doc_id in gone:  # 1,190 of 1,500: it compacts at the 1,024th
        loaded.remove(doc_id)
    loaded.upsert(docs[10])  # removed, then back
    # In the order the loaded index holds them, so ties are broken alike.
    left = [doc for doc in docs[:10] + docs[1200:] if doc.id != changed.id]
    left += [changed, docs[10]]
    fresh = LookupIndex.from_documents(left)
    assert len(loaded) == len(fresh) == len(left)
    assert all(loaded.get(doc.id) == doc for doc in left)
    assert not any(doc_id in loaded for doc_id in gone[1:])
    for query in generate_queries(left, per_set=10):
        for filters in (None, Filters(lang="de"), Filters(country="AT", sector="construction")):
            assert loaded.search(query.text, filters=filters, limit=10) == fresh.search(
                query.text, filters=filters, limit=10
            )
    assert loaded.search("quokka", visible_to="net-b").hits == ()
    assert loaded.search("quokka", visible_to="net-a").hits[0].id == changed.id
    assert loaded.browse(filters=Filters(type="guide"), limit=50) == fresh.browse(
        filters=Filters(type="guide"), limit=50
    )


def test_a_snapshot_saved_after_removals_alone_loads(
    tmp_path: Path, saved: Path, docs: list[Document]
) -> None:
    loaded, _ = snapshot.load(saved)
    loaded.remove(docs[0].id)
    again = tmp_path / "again.snapshot"
    snapshot.save(loaded, again, STAMP)
    reloaded, _ = snapshot.load(again)
    assert len(reloaded) == len(docs) - 1
    assert docs[0].id not in reloaded
    assert reloaded.get(docs[1].id) == docs[1]
