"""Competence frameworks as data: reading a framework file and checking it (pure, no store).

A framework file is YAML (``.yaml``/``.yml``) or JSON (``.json``) of this shape::

    id: in-company-trainer          # a slug: lower-case letters, digits and hyphens
    version: 1
    name: {en: "…", de: "…"}        # every text is a map language -> text; en is required
    scale:                          # ordered, lowest first; each level with a descriptor
      - level: 1
        label: {en: "…"}
        descriptor: {en: "…"}
    areas:
      - id: planning
        name: {en: "…"}
        topics: [planning, curriculum]   # words linking the area to tools and mentors
        competences:
          - id: planning-learning-plan   # unique across the framework
            name: {en: "…"}
            description: {en: "…"}
    competences:                    # optional: more competences, each naming its area
      - id: …
        area: planning
        name: {en: "…"}

A file larger than :data:`MAX_FILE_BYTES` is refused before it is read. Every problem is
reported as a :class:`Problem` (where, field, code, parameters); a framework with any problem
is not returned, so an import stores all of it or nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from dataclasses import field as default
from pathlib import Path
from typing import Any, Final

import yaml

#: The largest framework file read (1 MB).
MAX_FILE_BYTES: Final = 1_000_000
#: Texts longer than this are refused (a name, a descriptor).
MAX_TEXT: Final = 2000
#: At most this many levels, areas and competences.
MAX_LEVELS: Final = 10
MAX_COMPETENCES: Final = 500
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_LANG = re.compile(r"^[a-z]{2}$")

Texts = Mapping[str, str]


def text_in(texts: Texts, lang: str) -> str:
    """The text in ``lang``, else in English."""
    return texts.get(lang) or texts.get("en", "")


@dataclass(frozen=True, slots=True, kw_only=True)
class Level:
    level: int
    label: Texts
    descriptor: Texts


@dataclass(frozen=True, slots=True, kw_only=True)
class Competence:
    id: str
    area: str
    name: Texts
    description: Texts


@dataclass(frozen=True, slots=True, kw_only=True)
class Area:
    id: str
    name: Texts
    topics: tuple[str, ...]
    competences: tuple[Competence, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Framework:
    id: str
    version: int
    name: Texts
    scale: tuple[Level, ...]
    areas: tuple[Area, ...]
    _by_id: dict[str, Competence] = default(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({c.id: c for c in self.competences()})

    def competences(self) -> Iterator[Competence]:
        for area in self.areas:
            yield from area.competences

    def competence(self, competence_id: str) -> Competence | None:
        return self._by_id.get(competence_id.strip().lower())

    def area(self, area_id: str) -> Area | None:
        wanted = area_id.strip().lower()
        return next((a for a in self.areas if a.id == wanted), None)

    def level(self, value: int) -> Level | None:
        return next((lv for lv in self.scale if lv.level == value), None)

    def to_data(self) -> dict[str, Any]:
        """The framework as plain data of the file's shape (what the store keeps)."""
        return {
            "id": self.id,
            "version": self.version,
            "name": dict(self.name),
            "scale": [
                {"level": lv.level, "label": dict(lv.label), "descriptor": dict(lv.descriptor)}
                for lv in self.scale
            ],
            "areas": [
                {
                    "id": a.id,
                    "name": dict(a.name),
                    "topics": list(a.topics),
                    "competences": [
                        {"id": c.id, "name": dict(c.name), "description": dict(c.description)}
                        for c in a.competences
                    ],
                }
                for a in self.areas
            ],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """One thing wrong in a framework: ``where`` (``areas[2].competences[0]``), the field,
    a code (``cpd.problem.CODE`` in the catalogs) and its parameters."""

    where: str
    field: str
    code: str
    params: Mapping[str, str | int] = default(default_factory=dict)


class FrameworkFileError(Exception):
    """The file cannot be read as a framework at all (``cpd.file.CODE``)."""

    def __init__(self, code: str, **params: str | int) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def read_file(path: Path) -> Any:
    """The data of a framework file; its size is checked before anything is read."""
    suffix = path.suffix.lower()
    if suffix not in (".yaml", ".yml", ".json"):
        raise FrameworkFileError("bad_format", name=path.name)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FrameworkFileError("too_large", name=path.name, limit=MAX_FILE_BYTES)
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise FrameworkFileError("unreadable", name=path.name) from err
    if len(raw) > MAX_FILE_BYTES:  # grew while being read
        raise FrameworkFileError("too_large", name=path.name, limit=MAX_FILE_BYTES)
    return read_bytes(raw, json_format=suffix == ".json", name=path.name)


def read_bytes(raw: bytes, *, json_format: bool, name: str = "") -> Any:
    if len(raw) > MAX_FILE_BYTES:
        raise FrameworkFileError("too_large", name=name, limit=MAX_FILE_BYTES)
    try:
        text = raw.decode("utf-8-sig")
        return json.loads(text) if json_format else yaml.safe_load(text)
    except (UnicodeDecodeError, ValueError, yaml.YAMLError) as err:
        raise FrameworkFileError("bad_syntax", name=name) from err


class _Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, where: str, name: str, code: str, **params: str | int) -> None:
        self.problems.append(Problem(where=where, field=name, code=code, params=params))

    def texts(self, value: Any, where: str, name: str) -> dict[str, str]:
        if value is None:
            self.add(where, name, "required")
            return {}
        if isinstance(value, str):  # a bare text is the English one
            value = {"en": value}
        if not isinstance(value, Mapping):
            self.add(where, name, "not_texts")
            return {}
        out: dict[str, str] = {}
        for lang, text in value.items():
            if not isinstance(lang, str) or not _LANG.match(lang):
                self.add(where, name, "bad_language", value=str(lang)[:20])
            elif not isinstance(text, str) or not text.strip():
                self.add(where, f"{name}.{lang}", "empty")
            elif len(text) > MAX_TEXT:
                self.add(where, f"{name}.{lang}", "too_long", limit=MAX_TEXT)
            else:
                out[lang] = " ".join(text.split())
        if "en" not in out and not any(p.field == f"{name}.en" for p in self.problems):
            self.add(where, name, "missing_english")
        return out

    def slug(self, value: Any, where: str) -> str:
        if value is None:
            self.add(where, "id", "required")
            return ""
        if not isinstance(value, str) or not _SLUG.match(value):
            self.add(where, "id", "bad_id", value=str(value)[:64])
            return ""
        return value

    def items(self, value: Any, where: str, name: str, *, required: bool = True) -> list[Any]:
        if value is None:
            if required:
                self.add(where, name, "required")
            return []
        if not isinstance(value, list):
            self.add(where, name, "not_list")
            return []
        if required and not value:
            self.add(where, name, "empty")
        return value


def parse(data: Any) -> tuple[Framework | None, list[Problem]]:
    """The framework ``data`` describes, or ``None`` and every problem found."""
    check = _Checker()
    if not isinstance(data, Mapping):
        check.add("", "", "not_mapping")
        return None, check.problems
    unknown = sorted(set(data) - {"id", "version", "name", "scale", "areas", "competences"})
    for key in unknown:
        check.add("", str(key)[:40], "unknown_field")
    framework_id = check.slug(data.get("id"), "")
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        check.add("", "version", "bad_version")
        version = 1
    name = check.texts(data.get("name"), "", "name")
    scale = _scale(check, data.get("scale"))
    areas = _areas(check, data.get("areas"), data.get("competences"))
    if check.problems:
        return None, check.problems
    framework = Framework(id=framework_id, version=version, name=name, scale=scale, areas=areas)
    return framework, []


def _scale(check: _Checker, value: Any) -> tuple[Level, ...]:
    levels: list[Level] = []
    raw = check.items(value, "", "scale")
    if len(raw) == 1 or len(raw) > MAX_LEVELS:
        check.add("", "scale", "scale_size", most=MAX_LEVELS)
    for index, item in enumerate(raw):
        where = f"scale[{index}]"
        if not isinstance(item, Mapping):
            check.add(where, "", "not_mapping")
            continue
        number = item.get("level")
        if not isinstance(number, int) or isinstance(number, bool) or number != index + 1:
            check.add(where, "level", "bad_level", expected=index + 1)
        if item.get("descriptor") is None:
            check.add(where, "descriptor", "no_descriptor")
            descriptor: dict[str, str] = {}
        else:
            descriptor = check.texts(item.get("descriptor"), where, "descriptor")
        label = check.texts(item.get("label"), where, "label")
        levels.append(Level(level=index + 1, label=label, descriptor=descriptor))
    return tuple(levels)


def _areas(check: _Checker, value: Any, extra: Any) -> tuple[Area, ...]:
    seen: set[str] = set()
    areas: list[tuple[str, dict[str, str], tuple[str, ...], list[Competence]]] = []
    for index, item in enumerate(check.items(value, "", "areas")):
        where = f"areas[{index}]"
        if not isinstance(item, Mapping):
            check.add(where, "", "not_mapping")
            continue
        area_id = check.slug(item.get("id"), where)
        if area_id and area_id in seen:
            check.add(where, "id", "duplicate_id", value=area_id)
        seen.add(area_id)
        name = check.texts(item.get("name"), where, "name")
        topics = tuple(_topics(check, item.get("topics"), where))
        comps = [
            c
            for n, raw in enumerate(check.items(item.get("competences"), where, "competences"))
            if (c := _competence(check, raw, f"{where}.competences[{n}]", area_id, seen))
        ]
        areas.append((area_id, name, topics, comps))
    by_area = {a[0]: a[3] for a in areas}
    for index, raw in enumerate(check.items(extra, "", "competences", required=False)):
        where = f"competences[{index}]"
        area = raw.get("area") if isinstance(raw, Mapping) else None
        if not isinstance(area, str) or area not in by_area:
            check.add(where, "area", "unknown_area", value=str(area)[:64])
            continue
        competence = _competence(check, raw, where, area, seen, with_area=True)
        if competence is not None:
            by_area[area].append(competence)
    if len(seen) > MAX_COMPETENCES:
        check.add("", "competences", "too_many", most=MAX_COMPETENCES)
    return tuple(Area(id=i, name=n, topics=t, competences=tuple(c)) for i, n, t, c in areas if i)


def _topics(check: _Checker, value: Any, where: str) -> list[str]:
    out: list[str] = []
    for topic in check.items(value, where, "topics"):
        if not isinstance(topic, str) or not topic.strip() or len(topic) > 100:
            check.add(where, "topics", "bad_topic")
        else:
            out.append(" ".join(topic.split()).lower())
    return out


def _competence(
    check: _Checker,
    raw: Any,
    where: str,
    area: str,
    seen: set[str],
    *,
    with_area: bool = False,
) -> Competence | None:
    if not isinstance(raw, Mapping):
        check.add(where, "", "not_mapping")
        return None
    allowed = {"id", "name", "description"} | ({"area"} if with_area else set())
    for key in sorted(set(raw) - allowed):
        if key == "area":
            check.add(where, "area", "area_nested")
        else:
            check.add(where, str(key)[:40], "unknown_field")
    competence_id = check.slug(raw.get("id"), where)
    if competence_id and competence_id in seen:
        check.add(where, "id", "duplicate_id", value=competence_id)
    seen.add(competence_id)
    name = check.texts(raw.get("name"), where, "name")
    description = check.texts(raw.get("description"), where, "description")
    if not competence_id:
        return None
    return Competence(id=competence_id, area=area, name=name, description=description)


# --- what the ratings say (pure) ------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class AreaScore:
    area: Area
    rated: int
    average: float | None


def area_scores(framework: Framework, ratings: Mapping[str, int | None]) -> list[AreaScore]:
    """Each area with how many of its competences are rated and their average level."""
    out: list[AreaScore] = []
    for area in framework.areas:
        levels = [v for c in area.competences if (v := ratings.get(c.id)) is not None]
        average = sum(levels) / len(levels) if levels else None
        out.append(AreaScore(area=area, rated=len(levels), average=average))
    return out


def weakest(framework: Framework, ratings: Mapping[str, int | None], count: int = 2) -> list[Area]:
    """The ``count`` areas with the lowest average of rated competences (ties: framework
    order); areas with nothing rated are left out."""
    scored = [s for s in area_scores(framework, ratings) if s.average is not None]
    order = {a.id: i for i, a in enumerate(framework.areas)}
    scored.sort(key=lambda s: (s.average, order[s.area.id]))
    return [s.area for s in scored[:count]]


def next_question(
    framework: Framework,
    answered: Mapping[str, int | None],
    *,
    area: str | None = None,
    after: str | None = None,
) -> Competence | None:
    """The next competence to ask about.

    Without ``area``: the first one never answered (rated or skipped), so an assessment goes
    on where it stopped. With ``area`` (asking one area again): the one after ``after`` in
    that area, answered or not.
    """
    if area is None:
        return next((c for c in framework.competences() if c.id not in answered), None)
    chosen = framework.area(area)
    if chosen is None:
        return None
    ids = [c.id for c in chosen.competences]
    start = ids.index(after) + 1 if after in ids else 0
    return chosen.competences[start] if start < len(ids) else None
