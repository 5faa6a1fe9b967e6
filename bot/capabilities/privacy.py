"""Privacy: ``!privacy`` (what is stored and why), ``!mydata`` (everything about you, by direct
message, as a JSON file) and ``!forgetme`` (erase it, after a confirmation).

Whom an export or erasure is about is a :class:`Subject`: their person row, if the bot made one,
and every platform account they are known by. Someone who never used a feature that makes a
person row (who only replied in a prompt's thread, say) is still a subject, by the account they
write from: data kept by a platform id is theirs too.

Capabilities that keep personal data plug into :class:`PersonalDataRegistry`, which this module
provides through the runtime; get it with :func:`personal_data` (safe in any setup order)::

    personal_data(runtime).register(
        "mentoring", export=export_fn, erase=erase_fn, description="mentoring.privacy_what"
    )

``register`` takes functions of ``(session, person_id)``, called only for subjects with a
person row; ``register_accounts`` takes functions of ``(session, subject)``, for data kept by
platform account. ``export`` returns JSON-serialisable data, written for the person to read:
their texts, dates and choices, and the numbers they use in commands (a request's or a
proposal's number), but no internal row ids or computed scores; ``erase`` deletes or anonymises the
capability's rows of that subject and may return actions to carry out once the erasure is
committed (a withdrawn proposal moving on to the next mentor, a notice that a match ended).
All erasers run in one transaction, capabilities first and the audit actor ids, identities and
person last, so a failure erases nothing. Only anonymous counts may be kept.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, false, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import outbox
from bot.actions import Action, Attachment, Choice
from bot.commands import Command
from bot.context import Context
from bot.runtime import Runtime
from bot.store.models import AuditEntry, Identity, Person
from bot.store.people import find_person, identities_of

log = logging.getLogger(__name__)

#: What audit entries keep as the actor once the actor asked to be forgotten.
FORGOTTEN = "forgotten"


@dataclass(frozen=True, slots=True, kw_only=True)
class Account:
    """One platform account: ``platform`` and the platform's id for the user."""

    platform: str
    user_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Subject:
    """Whom an export or an erasure is about: their person row (``None`` if the bot never made
    one) and every platform account they are known by (at least the one asking)."""

    person_id: int | None
    accounts: tuple[Account, ...]


Exporter = Callable[[AsyncSession, int], Awaitable[dict[str, Any]]]
Eraser = Callable[[AsyncSession, int], Awaitable[Sequence[Action] | None]]
AccountExporter = Callable[[AsyncSession, Subject], Awaitable[dict[str, Any]]]
AccountEraser = Callable[[AsyncSession, Subject], Awaitable[Sequence[Action] | None]]


@dataclass(frozen=True, slots=True, kw_only=True)
class DataSource:
    """One capability's personal data: how to export it, how to erase it, and a text key
    saying what it is (shown by ``!privacy``)."""

    name: str
    export: AccountExporter
    erase: AccountEraser
    description: str = ""


#: Names the registry's own parts of an export take.
_CORE_NAMES = ("person", "identities", "audit")


class PersonalDataRegistry:
    """Every place personal data lives, so export and erasure cannot miss one."""

    def __init__(self) -> None:
        self._sources: dict[str, DataSource] = {}

    def register(
        self, name: str, *, export: Exporter, erase: Eraser, description: str = ""
    ) -> None:
        """Add a capability whose data is keyed by person id; names are unique."""

        async def export_subject(session: AsyncSession, subject: Subject) -> dict[str, Any]:
            if subject.person_id is None:
                return {}
            return await export(session, subject.person_id)

        async def erase_subject(session: AsyncSession, subject: Subject) -> Sequence[Action]:
            if subject.person_id is None:
                return ()
            return await erase(session, subject.person_id) or ()

        self.register_accounts(
            name, export=export_subject, erase=erase_subject, description=description
        )

    def register_accounts(
        self, name: str, *, export: AccountExporter, erase: AccountEraser, description: str = ""
    ) -> None:
        """Add a capability that keeps data by platform account (see :class:`Subject`)."""
        if name in self._sources or name in _CORE_NAMES:
            raise ValueError(f"personal data source {name!r} registered twice")
        self._sources[name] = DataSource(
            name=name, export=export, erase=erase, description=description
        )

    @property
    def sources(self) -> tuple[DataSource, ...]:
        return tuple(self._sources.values())

    async def subject(self, session: AsyncSession, platform: str, user_id: str) -> Subject:
        """Who writes from ``platform``/``user_id``: their person and all their accounts, or
        only this account when the bot has no person row for it."""
        person = await find_person(session, platform, user_id)
        if person is None:
            return Subject(person_id=None, accounts=(Account(platform=platform, user_id=user_id),))
        identities = await identities_of(session, person.id)
        return Subject(
            person_id=person.id,
            accounts=tuple(Account(platform=i.platform, user_id=i.user_id) for i in identities),
        )

    async def export(self, session: AsyncSession, subject: Subject) -> dict[str, Any]:
        """Everything stored about the subject: core data first, then each capability's;
        empty when nothing is (see :func:`holds_data`)."""
        out: dict[str, Any] = {}
        person = await session.get(Person, subject.person_id) if subject.person_id else None
        if person is not None:
            out["person"] = {
                "display_name": person.display_name,
                "language": person.language,
                "timezone": person.timezone,
                "country": person.country,
                "created_at": person.created_at.isoformat(),
            }
            out["identities"] = [
                {
                    "platform": i.platform,
                    "user_id": i.user_id,
                    "display_name": i.display_name,
                    "created_at": i.created_at.isoformat(),
                    "last_seen_at": i.last_seen_at.isoformat(),
                }
                for i in await identities_of(session, person.id)
            ]
        out["audit"] = await _audit_of(session, subject)
        for source in self._sources.values():
            out[source.name] = await source.export(session, subject)
        out["messages_waiting"] = await outbox.export_person(
            session, subject.person_id, _pairs(subject)
        )
        return out if holds_data(out) else {}

    async def holds_data_of(self, session: AsyncSession, subject: Subject) -> bool:
        """Whether anything is stored about the subject (a person row is enough)."""
        return subject.person_id is not None or bool(await self.export(session, subject))

    async def erase(self, session: AsyncSession, subject: Subject) -> list[Action]:
        """Erase the subject everywhere (see the module doc); returns follow-up actions."""
        actions: list[Action] = []
        for source in self._sources.values():
            actions.extend(await source.erase(session, subject) or ())
        await outbox.erase_person(session, subject.person_id, _pairs(subject))
        if subject.accounts:
            await session.execute(
                update(AuditEntry).where(_actor_is(subject)).values(actor_id=FORGOTTEN)
            )
        if subject.person_id is not None:
            await session.execute(delete(Identity).where(Identity.person_id == subject.person_id))
            await session.execute(delete(Person).where(Person.id == subject.person_id))
        return actions


def _actor_is(subject: Subject) -> Any:
    return or_(
        false(),
        *(
            (AuditEntry.actor_platform == a.platform) & (AuditEntry.actor_id == a.user_id)
            for a in subject.accounts
        ),
    )


async def _audit_of(session: AsyncSession, subject: Subject) -> list[dict[str, Any]]:
    """What the subject did that the audit log recorded: when, as what, what, on what. The
    platform accounts are left out (the export has them once, under ``identities``)."""
    if not subject.accounts:
        return []
    rows = (
        await session.execute(
            select(AuditEntry).where(_actor_is(subject)).order_by(AuditEntry.at, AuditEntry.id)
        )
    ).scalars()
    return [
        {
            "at": row.at.isoformat(),
            "role": row.role,
            "action": row.action,
            "target": row.target,
            "detail": row.detail,
            "note": row.note,
        }
        for row in rows
    ]


def holds_data(value: object) -> bool:
    """Whether an export (or a part of it) holds anything: empty lists, dicts and texts and
    ``None`` do not count."""
    if isinstance(value, dict):
        return any(holds_data(v) for v in value.values())
    if isinstance(value, list | tuple | str):
        return bool(value)
    return value is not None


def _pairs(subject: Subject) -> list[tuple[str, str]]:
    return [(a.platform, a.user_id) for a in subject.accounts]


def personal_data(runtime: Runtime) -> PersonalDataRegistry:
    """The runtime's registry, created on first use (so setup order does not matter)."""
    registry = runtime.find(PersonalDataRegistry)
    if registry is None:
        registry = runtime.provide(PersonalDataRegistry())
    return registry


def to_json(data: dict[str, Any]) -> str:
    """The export as indented JSON, for a person to read in any text editor; datetimes and
    other values as strings, letters of every language as they are."""
    return json.dumps(data, indent=2, ensure_ascii=False, default=_plain) + "\n"


def export_file(data: dict[str, Any], day: datetime) -> Attachment:
    """The export as the JSON file ``!mydata`` sends, named after the day it was made."""
    return Attachment(
        filename=f"mydata-{day:%Y-%m-%d}.json",
        content=to_json(data).encode(),
        mime="application/json",
    )


def _plain(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


# --- commands -------------------------------------------------------------------------------


async def _privacy(ctx: Context) -> None:
    lines = [ctx.t("privacy.intro", name=ctx.runtime.settings.bot.name)]
    lines.append(ctx.t("privacy.core_what"))
    for source in personal_data(ctx.runtime).sources:
        if source.description:
            lines.append(ctx.t(source.description))
    lines.append(ctx.t("privacy.rights"))
    ctx.reply("\n".join(lines))


async def _mydata(ctx: Context) -> None:
    registry = personal_data(ctx.runtime)
    async with ctx.runtime.store.session() as session:
        subject = await registry.subject(session, ctx.message.platform, ctx.message.sender_id)
        data = await registry.export(session, subject)
    if not data:
        ctx.reply(ctx.t("privacy.nothing_stored"))
        return
    # A file, not a message: the export is long, and in a file nothing in it (an address, a
    # bio) is read as a mention or cut at a message's length.
    ctx.dm(ctx.t("privacy.export_intro"), attachment=export_file(data, ctx.now))
    if not ctx.message.is_direct:
        ctx.reply(ctx.t("privacy.export_sent"))


async def _forgetme(ctx: Context) -> None:
    word = ctx.text.strip().lower()
    if word and word != "confirm":
        raise ctx.usage_error("privacy.forget_confirm_word")
    registry = personal_data(ctx.runtime)
    async with ctx.runtime.store.session() as session:
        subject = await registry.subject(session, ctx.message.platform, ctx.message.sender_id)
        # One look and, when confirmed, the erasure in the same transaction: nothing written
        # in between is missed.
        stored = await registry.holds_data_of(session, subject)
        follow_up = await registry.erase(session, subject) if stored and word else []
    if not stored:
        ctx.reply(ctx.t("privacy.nothing_stored"))
        return
    if word != "confirm":
        command = f"{ctx.prefix}forgetme confirm"
        ctx.reply(
            ctx.t("privacy.forget_ask", command=command),
            choices=[Choice(label=ctx.t("privacy.forget_button"), command=command)],
        )
        return
    log.info("person erased on request", extra={"platform": ctx.message.platform})
    ctx.reply(ctx.t("privacy.forgotten"))
    ctx.extend(follow_up)


def setup(runtime: Runtime) -> None:
    personal_data(runtime)
    runtime.registry.add(
        Command(
            name="privacy",
            light=True,
            summary="What the bot stores about you, why, and how to get or erase it.",
            handler=_privacy,
        )
    )
    runtime.registry.add(
        Command(
            name="mydata",
            summary="Get everything the bot stores about you, by direct message.",
            handler=_mydata,
            personal=True,
        )
    )
    runtime.registry.add(
        Command(
            name="forgetme",
            summary="Erase everything the bot stores about you (asks to confirm first).",
            usage="[confirm]",
            argument="confirm",
            handler=_forgetme,
            personal=True,
        )
    )
