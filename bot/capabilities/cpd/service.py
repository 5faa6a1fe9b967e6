"""The CPD service: frameworks, self-assessments and learning logs over the store.

Each operation is one transaction and returns values; refusals are keyed errors
(``NotFound.keyed("cpd.…")``), nothing here writes text a person reads.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from typing import Any, Final

from sqlalchemy import delete, func, select

from bot.capabilities.cpd.aggregates import Aggregates, Assessed, aggregate, level_of
from bot.capabilities.cpd.frameworks import Framework, Problem, parse, read_bytes
from bot.capabilities.cpd.tables import CpdFramework, CpdLogEntry, CpdMember, CpdRating
from bot.codes import PLACES
from bot.errors import NotFound, StoreError
from bot.messages import Cmd
from bot.networks import Networks
from bot.ports import Clock
from bot.settings import DEFAULT_NETWORK
from bot.store import Store
from bot.store.models import Person

log = logging.getLogger(__name__)

#: The sample framework shipped as package data.
SAMPLE: Final = "in_company_trainer.yaml"
#: Log entries one person may keep.
MAX_LOG: Final = 1000


def sample_data() -> Any:
    raw = resources.files("bot.capabilities.cpd.samples").joinpath(SAMPLE).read_bytes()
    return read_bytes(raw, json_format=False, name=SAMPLE)


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportOutcome:
    """What importing a framework did (or, dry, would do); ``problems`` empty when it went in."""

    framework_id: str
    replaced: bool
    competences: int
    dropped_ratings: int
    problems: tuple[Problem, ...]
    dry_run: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class LogItem:
    number: int
    what: str
    framework_id: str | None
    competence_id: str | None
    done_on: date | None
    evidence: str
    created_at: datetime


class CpdService:
    """Frameworks, self-assessments and learning logs."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        default_framework: str = "",
        min_group: int = 5,
        networks: Networks | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.default_framework = default_framework
        #: The smallest group reports show as a number (``[surveys] min_group``).
        self.min_group = min_group
        #: The networks served, for the country of people who set none of their own.
        self.networks = networks

    # --- frameworks -------------------------------------------------------------------------

    async def seed_if_empty(self) -> bool:
        """Store the sample framework when no framework is stored; whether it did."""
        try:
            async with self.store.session() as session:
                if await session.scalar(select(func.count()).select_from(CpdFramework)):
                    return False
            outcome = await self.import_data(sample_data())
        except StoreError:
            # Another process seeding at the same moment wins; ours rolled back whole.
            log.warning("cpd sample framework not stored", exc_info=True)
            return False
        return not outcome.problems

    async def import_data(self, data: Any, *, dry_run: bool = False) -> ImportOutcome:
        """Check ``data`` and store the framework whole, replacing one with the same id; the
        ratings of competences it no longer has go, the others stay. Any problem: nothing
        is stored."""
        framework, problems = parse(data)
        fid = data.get("id") if isinstance(data, Mapping) else None
        if framework is None:
            return ImportOutcome(
                framework_id=str(fid or ""),
                replaced=False,
                competences=0,
                dropped_ratings=0,
                problems=tuple(problems),
                dry_run=dry_run,
            )
        kept = {c.id for c in framework.competences()}
        async with self.store.session() as session:
            row = await session.get(CpdFramework, framework.id, with_for_update=True)
            stale = (
                await session.scalars(
                    select(CpdRating.competence_id).where(
                        CpdRating.framework_id == framework.id,
                        CpdRating.competence_id.not_in(kept),
                    )
                )
            ).all()
            if not dry_run:
                now = self.clock.now()
                if row is None:
                    session.add(
                        CpdFramework(
                            id=framework.id,
                            version=framework.version,
                            body=framework.to_data(),
                            imported_at=now,
                        )
                    )
                else:
                    row.version, row.body, row.imported_at = (
                        framework.version,
                        framework.to_data(),
                        now,
                    )
                if stale:
                    await session.execute(
                        delete(CpdRating).where(
                            CpdRating.framework_id == framework.id,
                            CpdRating.competence_id.not_in(kept),
                        )
                    )
        return ImportOutcome(
            framework_id=framework.id,
            replaced=row is not None,
            competences=len(kept),
            dropped_ratings=len(stale),
            problems=(),
            dry_run=dry_run,
        )

    async def frameworks(self) -> list[Framework]:
        async with self.store.session() as session:
            rows = (await session.scalars(select(CpdFramework).order_by(CpdFramework.id))).all()
        return [f for row in rows if (f := _framework(row)) is not None]

    async def framework(self, framework_id: str | None = None) -> Framework:
        """The framework named, else the configured one, else the first stored."""
        wanted = (framework_id or self.default_framework or "").strip().lower()
        async with self.store.session() as session:
            row = await session.get(CpdFramework, wanted) if wanted else None
            if row is None and not framework_id:
                row = await session.scalar(select(CpdFramework).order_by(CpdFramework.id))
        found = _framework(row) if row is not None else None
        if found is None:
            if framework_id:
                raise NotFound.keyed("cpd.framework_unknown", id=framework_id[:64])
            raise NotFound.keyed("cpd.no_framework")
        return found

    # --- self-assessment --------------------------------------------------------------------

    async def ratings(self, person_id: int | None, framework_id: str) -> dict[str, int | None]:
        """The person's answers by competence id (``None``: skipped)."""
        if person_id is None:
            return {}
        async with self.store.session() as session:
            rows = await session.execute(
                select(CpdRating.competence_id, CpdRating.level).where(
                    CpdRating.person_id == person_id, CpdRating.framework_id == framework_id
                )
            )
            return {c: level for c, level in rows}

    async def rate(
        self, person_id: int, framework: Framework, competence_id: str, level: int | None
    ) -> None:
        """Store (or change) one answer; ``None`` skips the competence."""
        if framework.competence(competence_id) is None:
            raise NotFound.keyed(
                "cpd.competence_unknown", id=competence_id[:64], command=Cmd("cpd assess")
            )
        if level is not None and framework.level(level) is None:
            raise NotFound.keyed("cpd.level_unknown", level=level, top=len(framework.scale))
        now = self.clock.now()
        async with self.store.session() as session:
            key = (person_id, framework.id, competence_id)
            row = await session.get(CpdRating, key, with_for_update=True)
            if row is None:
                session.add(
                    CpdRating(
                        person_id=person_id,
                        framework_id=framework.id,
                        competence_id=competence_id,
                        level=level,
                        rated_at=now,
                    )
                )
            else:
                row.level, row.rated_at = level, now

    async def strong_in(self, framework: Framework, area_id: str) -> frozenset[int]:
        """The people who rate themselves strong in an area: their level there (the average
        of their ratings of its competences, rounded to the nearest level) in the upper half
        of the scale (3 or 4 of 4)."""
        area = framework.area(area_id)
        if area is None:
            return frozenset()
        ids = [c.id for c in area.competences]
        stmt = select(CpdRating.person_id, CpdRating.level).where(
            CpdRating.framework_id == framework.id,
            CpdRating.competence_id.in_(ids),
            CpdRating.level.is_not(None),
        )
        levels: dict[int, list[int]] = {}
        async with self.store.session() as session:
            for pid, level in await session.execute(stmt):
                if level is not None:
                    levels.setdefault(pid, []).append(level)
        top = len(framework.scale)
        return frozenset(pid for pid, given in levels.items() if 2 * level_of(given) > top + 1)

    # --- the networks' reports -------------------------------------------------------------

    async def place(self, person_id: int, network: str) -> None:
        """Count the person's self-assessment in ``network`` from now on."""
        async with self.store.session() as session:
            row = await session.get(CpdMember, person_id, with_for_update=True)
            now = self.clock.now()
            if row is None:
                session.add(CpdMember(person_id=person_id, network=network, seen_at=now))
            elif row.network != network:
                row.network, row.seen_at = network, now

    async def aggregates(
        self, networks: Collection[str] | None, framework_id: str | None = None
    ) -> tuple[Framework, Aggregates]:
        """The self-assessments of the people of ``networks`` (``None``: every one), counted
        per network, country and area (:mod:`.aggregates`). A person counts in the network
        of :class:`CpdMember` (else the default one) and the country they set (else their
        network's)."""
        framework = await self.framework(framework_id)
        stmt = (
            select(
                CpdRating.person_id,
                CpdRating.competence_id,
                CpdRating.level,
                CpdMember.network,
                Person.country,
            )
            .join(Person, Person.id == CpdRating.person_id)
            .outerjoin(CpdMember, CpdMember.person_id == CpdRating.person_id)
            .where(CpdRating.framework_id == framework.id, CpdRating.level.is_not(None))
        )
        people: dict[int, tuple[str, str | None, dict[str, int]]] = {}
        async with self.store.session() as session:
            for pid, competence, level, network, country in await session.execute(stmt):
                home = network or DEFAULT_NETWORK
                if level is None or (networks is not None and home not in networks):
                    continue
                if pid not in people:
                    people[pid] = (home, self._country(country, home), {})
                people[pid][2][competence] = level
        assessed = [Assessed(network=n, country=c, ratings=r) for n, c, r in people.values()]
        return framework, aggregate(framework, assessed, self.min_group)

    def _country(self, own: str | None, network: str) -> str | None:
        """The person's own country, else their network's (never the European ``EU``)."""
        settings = self.networks.get(network) if self.networks is not None else None
        for hint in (own, settings.country if settings is not None else None):
            code = (hint or "").strip().upper()
            if code in PLACES:
                return code
        return None

    # --- learning log -----------------------------------------------------------------------

    async def add_log(
        self,
        person_id: int,
        *,
        what: str,
        framework_id: str | None,
        competence_id: str | None,
        done_on: date | None,
        evidence: str,
    ) -> int:
        """Add an entry to the person's log; its number."""
        async with self.store.session() as session:
            count = await session.scalar(
                select(func.count()).where(CpdLogEntry.person_id == person_id)
            )
            if (count or 0) >= MAX_LOG:
                raise NotFound.keyed("cpd.log_full", limit=MAX_LOG)
            top = await session.scalar(
                select(func.max(CpdLogEntry.number)).where(CpdLogEntry.person_id == person_id)
            )
            number = (top or 0) + 1
            session.add(
                CpdLogEntry(
                    person_id=person_id,
                    number=number,
                    what=what,
                    framework_id=framework_id,
                    competence_id=competence_id,
                    done_on=done_on,
                    evidence=evidence,
                    created_at=self.clock.now(),
                )
            )
        return number

    async def log_of(self, person_id: int | None) -> list[LogItem]:
        """The person's log, by date (undated last), then number."""
        if person_id is None:
            return []
        async with self.store.session() as session:
            rows = (
                await session.scalars(
                    select(CpdLogEntry)
                    .where(CpdLogEntry.person_id == person_id)
                    .order_by(CpdLogEntry.number)
                )
            ).all()
        items = [_item(r) for r in rows]
        return sorted(items, key=lambda i: (i.done_on is None, i.done_on or date.min, i.number))

    async def log_entry(self, person_id: int | None, number: int) -> LogItem:
        for item in await self.log_of(person_id):
            if item.number == number:
                return item
        raise NotFound.keyed("cpd.log_unknown", number=number, command=Cmd("cpd log list"))

    async def delete_log(self, person_id: int, number: int) -> None:
        async with self.store.session() as session:
            done = await session.execute(
                delete(CpdLogEntry).where(
                    CpdLogEntry.person_id == person_id, CpdLogEntry.number == number
                )
            )
            if not getattr(done, "rowcount", 0):
                raise NotFound.keyed("cpd.log_unknown", number=number, command=Cmd("cpd log list"))


def _framework(row: CpdFramework) -> Framework | None:
    framework, problems = parse(row.body)
    if framework is None:  # stored by an older release under other rules
        log.warning("stored cpd framework unreadable", extra={"problems": len(problems)})
    return framework


def _item(row: CpdLogEntry) -> LogItem:
    return LogItem(
        number=row.number,
        what=row.what,
        framework_id=row.framework_id,
        competence_id=row.competence_id,
        done_on=row.done_on,
        evidence=row.evidence,
        created_at=row.created_at,
    )
