"""The adapter's saved state survives a restart, stays private and stays bounded."""

from __future__ import annotations

import stat
from pathlib import Path

from adapters.matrix import state as state_module
from adapters.matrix.state import AdapterState, ChoiceOffer, Credentials
from adapters.matrix.translate import OfferedChoice


def test_state_round_trips_and_is_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "matrix" / "state.json"
    state = AdapterState.load(path)
    state.set_credentials(
        Credentials(homeserver="http://hs", user_id="@b:hs", device_id="DEV", access_token="tok")
    )
    state.mark_first_start(1000)
    state.mark_first_start(2000)  # the very first start is kept
    state.set_sync_token("s1")
    state.remember("$a")
    state.set_dm_room("@ana:hs", "!dm")
    offered = (OfferedChoice(emoji="✅", label="Yes", command="!yes"),)
    state.offer("$q", ChoiceOffer(room_id="!dm", user_id="@ana:hs", choices=offered))
    state.save()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    again = AdapterState.load(path)
    assert again.credentials == state.credentials
    assert (again.first_start_ms, again.sync_token) == (1000, "s1")
    assert again.seen("$a") and not again.seen("$b")
    assert again.dm_rooms == {"@ana:hs": "!dm"} and "!dm" in again.direct_rooms
    assert again.offer_on("$q") == ChoiceOffer(room_id="!dm", user_id="@ana:hs", choices=offered)

    again.forget_room("!dm")
    assert again.dm_rooms == {} and again.offer_on("$q") is None


def test_memory_of_events_is_bounded(tmp_path: Path) -> None:
    state = AdapterState(tmp_path / "s.json")
    limit = state_module.SEEN_LIMIT
    for n in range(limit + 10):
        state.remember(f"${n}")
    assert not state.seen("$0") and state.seen(f"${limit + 9}")


def test_unreadable_state_starts_fresh(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text("{not json", encoding="utf-8")
    assert AdapterState.load(path).sync_token is None


def test_a_position_saved_by_another_replica_is_gone_on_from(tmp_path: Path) -> None:
    """Replicas: the sync token and handled events another replica saved replace this file's
    token and join its memory; the most recent handled events are what is shared."""
    state = AdapterState.load(tmp_path / "matrix" / "state.json")
    state.set_sync_token("s1")
    state.remember("$old")
    state.remember("$mine")
    state.restore_position("s9", ("$theirs", "$mine"))
    assert state.sync_token == "s9"
    assert state.seen("$old") and state.seen("$theirs") and state.seen("$mine")
    assert state.recent_events(2) == ("$theirs", "$mine")
    state.restore_position(None, ())  # a position saved before any sync keeps this token
    assert state.sync_token == "s9"


def test_direct_rooms_and_choices_go_to_another_replica(tmp_path: Path) -> None:
    """The memory replicas share: what one records, the other reads back; each change moves
    the version (the adapter writes the memory only when it moved)."""
    mine = AdapterState.load(tmp_path / "one" / "state.json")
    start = mine.memory_version
    mine.set_dm_room("@ana:hs", "!dm")
    offered = (OfferedChoice(emoji="✅", label="Yes", command="!yes"),)
    mine.offer("$q", ChoiceOffer(room_id="!room", user_id="@ana:hs", choices=offered))
    assert mine.memory_version == start + 2

    theirs = AdapterState.load(tmp_path / "two" / "state.json")
    theirs.mark_direct("!stale")
    theirs.restore_memory(mine.memory())
    assert theirs.dm_rooms == {"@ana:hs": "!dm"}
    assert theirs.direct_rooms == {"!dm"}
    assert theirs.offer_on("$q") == mine.offer_on("$q")
    theirs.save()
    assert AdapterState.load(theirs.path).offer_on("$q") == mine.offer_on("$q")
