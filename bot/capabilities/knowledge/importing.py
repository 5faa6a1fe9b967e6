"""How an import file's valid rows become entries: matched to the store, then written.

Upsert rules (see :mod:`knowledge.io` for the file format): a row with an id updates that
entry or creates it; a row without one updates the entry holding its link (a published one
first, :func:`~.model.owner_rank`) or creates a new entry with an id made from its title. A
link already held by another entry, or two rows landing on one entry, is a problem of the row,
which is skipped. Fields a row does not name keep their stored values; imported entries are
published.

:func:`plan` reads what it needs inside the caller's transaction and decides; :func:`write`
applies the plan in the same transaction, in chunks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.knowledge import store as repo
from bot.capabilities.knowledge.model import owner_rank
from knowledge.errors import Problem
from knowledge.io import ValidRow
from knowledge.records import CONTENT_FIELDS as FIELDS
from knowledge.records import Content, Entry, make_id, merge_translations, url_key

Progress = Callable[[int, int], None]


@dataclass(slots=True, kw_only=True)
class Plan:
    """What an import will do: rows to insert and to update, the entries whose content
    changes (for the index), how many rows change nothing, and the rows refused."""

    creates: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    changed: list[tuple[str, Content]] = field(default_factory=list)
    #: Of the changed entries, those a network keeps as its own, and that network (an import
    #: changes an entry's content, never whose it is).
    own_networks: dict[str, str] = field(default_factory=dict)
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)


async def plan(
    session: AsyncSession, valid: Sequence[ValidRow], *, via: str, now: datetime
) -> Plan:
    """Match each valid row to the entry it creates or updates."""
    out = Plan()
    by_id = await repo.get_many(session, [r.id for r in valid if r.id])
    by_url = await repo.by_url_keys(session, {url_key(r.content.url) for r in valid})
    taken: set[str] | None = None
    claimed: dict[str, int] = {}
    for item in valid:
        key = url_key(item.content.url)
        owners = sorted(by_url.get(key, []) if key else [], key=owner_rank)
        target: Entry | None = None
        if item.id is None:
            target = owners[0] if owners else None
        else:
            target = by_id.get(item.id)
            clash = next((e for e in owners if e.id != item.id and e.status != "rejected"), None)
            if clash is not None:
                out.problems.append(
                    Problem(row=item.row, field="url", code="url_taken", params={"id": clash.id})
                )
                continue
        entry_id = target.id if target is not None else item.id
        if entry_id is None:
            if taken is None:
                taken = await repo.all_ids(session) | {r.id for r in valid if r.id}
            entry_id = make_id(item.content.title, taken)
        if entry_id in claimed:
            out.problems.append(
                Problem(
                    row=item.row, field="id", code="same_entry", params={"row": claimed[entry_id]}
                )
            )
            continue
        claimed[entry_id] = item.row
        if taken is not None:
            taken.add(entry_id)
        if target is None:
            content = item.content
            out.creates.append(_new_row(entry_id, repo.content_columns(content), via, now))
            out.changed.append((entry_id, content))
            continue
        # Fields the row does not name keep their stored values, translations too.
        content = replace(
            target.content,
            **{name: getattr(item.content, name) for name in item.present if name in FIELDS},
            translations=merge_translations(
                target.content.translations, item.content.translations, item.present
            ),
        )
        if content == target.content and target.status == "published":
            out.unchanged += 1
        else:
            columns = repo.content_columns(content)
            out.updates.append(
                {"id": entry_id, **columns, "status": "published", "updated_at": now}
            )
            out.changed.append((entry_id, content))
            if target.own_network:
                out.own_networks[entry_id] = target.own_network
    return out


async def write(session: AsyncSession, planned: Plan, progress: Progress | None) -> None:
    """Insert and update the planned rows in chunks, reporting ``(done, total)`` rows."""
    total, done = len(planned.creates) + len(planned.updates), 0
    for batch in (planned.creates, planned.updates):
        for start in range(0, len(batch), repo.CHUNK):
            chunk = batch[start : start + repo.CHUNK]
            if batch is planned.creates:
                await repo.insert_many(session, chunk)
            else:
                await repo.update_many(session, chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    await repo.replace_translations(session, planned.changed)


def _new_row(entry_id: str, columns: dict[str, Any], via: str, now: datetime) -> dict[str, Any]:
    return {
        "id": entry_id,
        **columns,
        "status": "published",
        "added_by": None,
        "added_via": via,
        "created_at": now,
        "updated_at": now,
        "reviewed_by": None,
        "reviewed_at": None,
        "review_note": "",
        "shown_count": 0,
        "last_shown_at": None,
    }
