"""Self-assessments counted for a network's reports: per network, per country within it, and
per area — how many people rated the area, how many stand at each level of the scale, and
the average level — never showing a group of fewer than ``min_group`` people.

A person's level in an area is the average of their ratings of its competences, rounded to
the nearest level (halves up); skipped competences do not count. Small groups are hidden as
survey results hide them (:mod:`bot.small_groups`): a country of fewer than ``min_group``
people is not shown, nor a country whose count would give a hidden one away next to the
network's total; within a group, so are levels and areas. An average is shown only when
every level of its area is. Pure: the rows come from :class:`~.service.CpdService`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from bot.capabilities.cpd.frameworks import Framework, text_in
from bot.formats import format_number
from bot.i18n import t
from bot.small_groups import WITHHELD, protect_sums

#: How a hidden count is written in files: ``<5``; a withheld one: ``hidden``.
HIDDEN_WORD: Final = "hidden"


@dataclass(frozen=True, slots=True, kw_only=True)
class Assessed:
    """One person's self-assessment as the report counts it (no one is named)."""

    network: str
    country: str | None
    ratings: Mapping[str, int]


@dataclass(frozen=True, slots=True, kw_only=True)
class AreaFigures:
    """One area in one group. ``rated`` ``None``: fewer than the threshold rated it, and
    nothing else is shown; a count ``None``: hidden, :data:`WITHHELD`: withheld."""

    area_id: str
    rated: int | None
    levels: tuple[int | None, ...] = ()
    average: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupFigures:
    """A network (``country`` ``""``: all its people) or one country in it. ``people``
    ``None``: fewer than the threshold (or withheld, ``withheld``), and no area is shown."""

    network: str
    country: str
    people: int | None
    withheld: bool = False
    areas: tuple[AreaFigures, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Aggregates:
    framework_id: str
    scale: tuple[int, ...]
    min_group: int
    groups: tuple[GroupFigures, ...]


#: Written for a person whose country is not known.
UNKNOWN: Final = "?"


def level_of(levels: Sequence[int]) -> int:
    """A person's level in an area: the average of their ratings, rounded (halves up)."""
    return int(sum(levels) / len(levels) + 0.5)


def _area_level(framework: Framework, ratings: Mapping[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for area in framework.areas:
        levels = [ratings[c.id] for c in area.competences if c.id in ratings]
        if levels:
            out[area.id] = level_of(levels)
    return out


Key = tuple[str, ...]


def _network(
    framework: Framework,
    network: str,
    countries: Mapping[str, Sequence[dict[str, int]]],
    min_group: int,
) -> list[GroupFigures]:
    """A network's figures, then (with people of two countries or more) each country's.

    Every figure is a count of people, and many are sums of others: a network's people of
    its countries', an area's raters of its levels' and of the countries' raters, a level's
    count of the countries' counts. :func:`~bot.small_groups.protect_sums` hides what could
    be worked out from any of these sums, so no group under ``min_group`` shows."""
    scale = [str(lv.level) for lv in framework.scale]
    areas = [a.id for a in framework.areas]
    codes = sorted(countries, key=lambda c: (c == UNKNOWN, c)) if len(countries) > 1 else []
    groups: dict[str, Sequence[dict[str, int]]] = {
        "": [p for people in countries.values() for p in people],
        **{c: countries[c] for c in codes},
    }
    values: dict[Key, int] = {}
    for code, members in groups.items():
        values[(code,)] = len(members)
        for area in areas:
            given = [p[area] for p in members if area in p]
            values[(code, area)] = len(given)
            for v in scale:
                values[(code, area, v)] = given.count(int(v))
    sums: list[tuple[Key, Sequence[Key]]] = []
    for code in groups:
        sums += [((code, a), [(code, a, v) for v in scale]) for a in areas]
    if codes:
        sums.append((("",), [(c,) for c in codes]))
        for area in areas:
            sums.append((("", area), [(c, area) for c in codes]))
            sums += [(("", area, v), [(c, area, v) for c in codes]) for v in scale]
    # A group, or an area of one, under the threshold shows nothing more.
    hidden: list[Key] = []
    for code in groups:
        if values[(code,)] < min_group:
            hidden += [k for k in values if k[0] == code and len(k) > 1]
        for area in areas:
            if 0 < values[(code, area)] < min_group:
                hidden += [(code, area, v) for v in scale]
    shown = protect_sums(values, sums, min_group, hidden=hidden)
    out: list[GroupFigures] = []
    for code in groups:
        people = shown[(code,)]
        if people is None or people == WITHHELD:
            out.append(
                GroupFigures(
                    network=network, country=code, people=None, withheld=people == WITHHELD
                )
            )
            continue
        figures: list[AreaFigures] = []
        for area in areas:
            rated = shown[(code, area)]
            if rated is None:
                figures.append(AreaFigures(area_id=area, rated=None))
                continue
            levels = tuple(shown[(code, area, v)] for v in scale)
            average = None
            if all(c is not None and c != WITHHELD for c in levels) and values[(code, area)]:
                total = sum(int(v) * values[(code, area, v)] for v in scale)
                average = round(total / values[(code, area)], 1)
            figures.append(AreaFigures(area_id=area, rated=rated, levels=levels, average=average))
        out.append(GroupFigures(network=network, country=code, people=people, areas=tuple(figures)))
    return out


def aggregate(framework: Framework, assessed: Iterable[Assessed], min_group: int) -> Aggregates:
    """Every network's figures, then its countries' (by code, the unknown last)."""
    by_network: dict[str, dict[str, list[dict[str, int]]]] = {}
    for one in assessed:
        levels = _area_level(framework, one.ratings)
        if levels:
            country = one.country or UNKNOWN
            by_network.setdefault(one.network, {}).setdefault(country, []).append(levels)
    groups: list[GroupFigures] = []
    for network in sorted(by_network):
        groups += _network(framework, network, by_network[network], min_group)
    return Aggregates(
        framework_id=framework.id,
        scale=tuple(lv.level for lv in framework.scale),
        min_group=min_group,
        groups=tuple(groups),
    )


# --- files ---------------------------------------------------------------------------------------
def _cell(count: int | None, min_group: int, withheld: bool = False) -> int | str:
    if withheld or count == WITHHELD:
        return HIDDEN_WORD
    return f"<{min_group}" if count is None else count


def _country(group: GroupFigures) -> str:
    return group.country or "*"


def as_rows(found: Aggregates) -> list[list[Any]]:
    """``network, country, area, rated, level_1 … level_N, average`` rows, a header first;
    an area ``*`` row holds the group's people. ``country`` ``*``: the whole network."""
    head = ["network", "country", "area", "people", *(f"level_{v}" for v in found.scale)]
    rows: list[list[Any]] = [[*head, "average"]]
    blank = [""] * len(found.scale)
    m = found.min_group
    for g in found.groups:
        rows.append([g.network, _country(g), "*", _cell(g.people, m, g.withheld), *blank, ""])
        for a in g.areas:
            levels = [_cell(c, m) for c in a.levels] if a.rated is not None else blank
            average = "" if a.average is None else a.average
            rows.append([g.network, _country(g), a.area_id, _cell(a.rated, m), *levels, average])
    return rows


def as_data(found: Aggregates) -> dict[str, Any]:
    m = found.min_group
    return {
        "framework": found.framework_id,
        "min_group": m,
        "scale": list(found.scale),
        "groups": [
            {
                "network": g.network,
                "country": g.country or None,
                "people": _cell(g.people, m, g.withheld),
                "areas": [
                    {
                        "area": a.area_id,
                        "rated": _cell(a.rated, m),
                        "levels": {
                            str(v): _cell(c, m) for v, c in zip(found.scale, a.levels, strict=True)
                        },
                        "average": a.average,
                    }
                    for a in g.areas
                ],
            }
            for g in found.groups
        ],
    }


def as_markdown(found: Aggregates, framework: Framework, lang: str) -> str:
    m = found.min_group
    fewer = t("cpd.fewer_than", lang, min=m)
    hidden = t("cpd.agg_withheld", lang)

    def shown(count: int | None, withheld: bool = False) -> str:
        if withheld or count == WITHHELD:
            return hidden
        return fewer if count is None else str(count)

    out = [
        f"# {t('cpd.agg_title', lang, framework=text_in(framework.name, lang))}",
        "",
        t("cpd.agg_intro", lang, min=m),
    ]
    if not found.groups:
        out += ["", t("cpd.agg_none", lang)]
    names = {a.id: text_in(a.name, lang) for a in framework.areas}
    levels = " | ".join(str(v) for v in found.scale)
    for g in found.groups:
        where = g.network if not g.country else f"{g.network} · {g.country}"
        out += ["", f"## {where} — {t('cpd.agg_people', lang, people=shown(g.people, g.withheld))}"]
        if not g.areas:
            continue
        out += [
            "",
            f"| {t('cpd.agg_col_area', lang)} | {t('cpd.agg_col_rated', lang)} | {levels} "
            f"| {t('cpd.agg_col_average', lang)} |",
            "|" + "---|" * (len(found.scale) + 3),
        ]
        for a in g.areas:
            cells = (
                [shown(c) for c in a.levels] if a.rated is not None else ["–"] * len(found.scale)
            )
            average = "–" if a.average is None else format_number(a.average, lang)
            out.append(
                f"| {names.get(a.area_id, a.area_id)} | {shown(a.rated)} | "
                + " | ".join(cells)
                + f" | {average} |"
            )
    out.append("")
    return "\n".join(out)


def render(found: Aggregates, framework: Framework, kind: str, lang: str) -> str:
    if kind == "json":
        return json.dumps(as_data(found), ensure_ascii=False, indent=2) + "\n"
    if kind == "csv":
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(as_rows(found))
        return out.getvalue()
    return as_markdown(found, framework, lang)
