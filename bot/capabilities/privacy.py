"""Privacy: ``!privacy`` (what is stored and why), ``!mydata`` (everything about you, by direct
message, as JSON) and ``!forgetme`` (erase it, after a confirmation).

Capabilities that keep personal data plug into :class:`PersonalDataRegistry`, which this module
provides through the runtime; get it with :func:`personal_data` (safe in any setup order)::

    personal_data(runtime).register(
        "mentoring", export=export_fn, erase=erase_fn, description="mentoring.privacy_what"
    )

``export(session, person_id)`` returns JSON-serialisable data; ``erase(session, person_id)``
deletes or anonymises the capability's rows of that person and may return actions to carry
out once the erasure is committed (a withdrawn proposal moving on to the next mentor). All
erasers run in one transaction, capabilities first and the person, identities and audit actor
ids last, so a failure erases nothing. Only anonymous counts may be kept.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import outbox
from bot.actions import Action, Choice
from bot.commands import Command
from bot.context import Context
from bot.runtime import Runtime
from bot.store.models import AuditEntry, Identity, Person
from bot.store.people import identities_of

log = logging.getLogger(__name__)

Exporter = Callable[[AsyncSession, int], Awaitable[dict[str, Any]]]
Eraser = Callable[[AsyncSession, int], Awaitable[Sequence[Action] | None]]

#: What audit entries keep as the actor once the actor asked to be forgotten.
FORGOTTEN = "forgotten"


@dataclass(frozen=True, slots=True, kw_only=True)
class DataSource:
    """One capability's personal data: how to export it, how to erase it, and a text key
    saying what it is (shown by ``!privacy``)."""

    name: str
    export: Exporter
    erase: Eraser
    description: str = ""


class PersonalDataRegistry:
    """Every place personal data lives, so export and erasure cannot miss one."""

    def __init__(self) -> None:
        self._sources: dict[str, DataSource] = {}

    def register(
        self, name: str, *, export: Exporter, erase: Eraser, description: str = ""
    ) -> None:
        """Add a capability's export and erase functions; names are unique."""
        if name in self._sources or name in ("person", "identities"):
            raise ValueError(f"personal data source {name!r} registered twice")
        self._sources[name] = DataSource(
            name=name, export=export, erase=erase, description=description
        )

    @property
    def sources(self) -> tuple[DataSource, ...]:
        return tuple(self._sources.values())

    async def export(self, session: AsyncSession, person_id: int) -> dict[str, Any]:
        """Everything stored about the person: core data first, then each capability's."""
        person = await session.get(Person, person_id)
        if person is None:
            return {}
        out: dict[str, Any] = {
            "person": {
                "id": person.id,
                "display_name": person.display_name,
                "language": person.language,
                "country": person.country,
                "created_at": person.created_at.isoformat(),
            },
            "identities": [
                {
                    "platform": i.platform,
                    "user_id": i.user_id,
                    "display_name": i.display_name,
                    "created_at": i.created_at.isoformat(),
                    "last_seen_at": i.last_seen_at.isoformat(),
                }
                for i in await identities_of(session, person_id)
            ],
        }
        for source in self._sources.values():
            out[source.name] = await source.export(session, person_id)
        accounts = [(i.platform, i.user_id) for i in await identities_of(session, person_id)]
        out["messages_waiting"] = await outbox.export_person(session, person_id, accounts)
        return out

    async def erase(self, session: AsyncSession, person_id: int) -> list[Action]:
        """Erase the person everywhere (see the module doc); returns follow-up actions."""
        actions: list[Action] = []
        for source in self._sources.values():
            actions.extend(await source.erase(session, person_id) or ())
        identities = await identities_of(session, person_id)
        await outbox.erase_person(session, person_id, [(i.platform, i.user_id) for i in identities])
        for identity in identities:
            await session.execute(
                update(AuditEntry)
                .where(
                    AuditEntry.actor_platform == identity.platform,
                    AuditEntry.actor_id == identity.user_id,
                )
                .values(actor_id=FORGOTTEN)
            )
        await session.execute(delete(Identity).where(Identity.person_id == person_id))
        await session.execute(delete(Person).where(Person.id == person_id))
        return actions


def personal_data(runtime: Runtime) -> PersonalDataRegistry:
    """The runtime's registry, created on first use (so setup order does not matter)."""
    registry = runtime.find(PersonalDataRegistry)
    if registry is None:
        registry = runtime.provide(PersonalDataRegistry())
    return registry


def to_json(data: dict[str, Any]) -> str:
    """The export as indented JSON; datetimes and other values as strings.

    ``@`` and ``<`` are written as JSON escapes (``\\u0040``, ``\\u003c``): the text then holds
    no mention for the outgoing sanitiser to break, and the data parses back exactly.
    """
    text = json.dumps(data, indent=2, ensure_ascii=False, default=_plain)
    return text.replace("@", "\\u0040").replace("<", "\\u003c")


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
    person = await ctx.person(create=False)
    if person is None:
        ctx.reply(ctx.t("privacy.nothing_stored"))
        return
    async with ctx.runtime.store.session() as session:
        data = await personal_data(ctx.runtime).export(session, person.id)
    ctx.dm(ctx.t("privacy.export_intro") + "\n" + to_json(data))
    if not ctx.message.is_direct:
        ctx.reply(ctx.t("privacy.export_sent"))


async def _forgetme(ctx: Context) -> None:
    word = ctx.text.strip().lower()
    if word and word != "confirm":
        raise ctx.usage_error("privacy.forget_confirm_word")
    person = await ctx.person(create=False)
    if person is None:
        ctx.reply(ctx.t("privacy.nothing_stored"))
        return
    if word != "confirm":
        command = f"{ctx.prefix}forgetme confirm"
        ctx.reply(
            ctx.t("privacy.forget_ask", command=command),
            choices=[Choice(label=ctx.t("privacy.forget_button"), command=command)],
        )
        return
    async with ctx.runtime.store.session() as session:
        follow_up = await personal_data(ctx.runtime).erase(session, person.id)
    log.info("person erased on request", extra={"platform": ctx.message.platform})
    ctx.reply(ctx.t("privacy.forgotten"))
    ctx.extend(follow_up)


def setup(runtime: Runtime) -> None:
    personal_data(runtime)
    runtime.registry.add(
        Command(
            name="privacy",
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
