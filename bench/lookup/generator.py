"""Seeded synthetic knowledge stores and query sets whose right answers are known.

A store looks like the real one: titles and summaries of VET tools in English, German, French,
Spanish, Italian and Dutch (accents included), built from a shared vocabulary of training words,
plus coined project and partner names and European cities — the rare words that tell one
real tool from another. Titles are unique once folded, so every query has one right answer.

Query sets, each made from a sample of the store's documents:

* ``typo_insert``, ``typo_delete``, ``typo_swap``, ``typo_substitute``: the full title with one
  typo of that kind in one word of four letters or more;
* ``missing_words``: the title with about half of its words left out (a coined name is kept,
  as people remember names);
* ``reordered``: the title's words shuffled;
* ``summary_only``: three words of the summary that are not in the title: the partner's name,
  the city and one more.

Across languages (:func:`generate_crosslang_store`, :func:`generate_crosslang_queries`):
entries written in one of the bot's eight languages from thesaurus concepts, and queries in
another language naming the same concepts, with a coined name that twenty entries share.

Same seed, same store, same queries.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass

from knowledge.engine import Document
from knowledge.text import fold, tokenize

__all__ = [
    "CROSS_LANGUAGES",
    "QUERY_SETS",
    "CrossQuery",
    "Query",
    "generate_crosslang_queries",
    "generate_crosslang_store",
    "generate_queries",
    "generate_store",
]

QUERY_SETS = (
    "typo_insert",
    "typo_delete",
    "typo_swap",
    "typo_substitute",
    "missing_words",
    "reordered",
    "summary_only",
)

_TYPES = ("guide", "toolkit", "checklist", "template", "course", "framework", "report", "other")

# Per language: kind of material (title noun), topics, audiences, a title pattern.
_LANGS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "nouns": (
            "toolkit",
            "guide",
            "handbook",
            "checklist",
            "template",
            "course",
            "framework",
            "report",
            "manual",
            "workbook",
            "curriculum",
            "catalogue",
            "webinar series",
            "self-assessment tool",
            "card game",
            "video collection",
            "quick reference",
        ),
        "topics": (
            "mentoring",
            "apprenticeship",
            "assessment",
            "digital skills",
            "onboarding",
            "coaching",
            "work-based learning",
            "tutoring",
            "validation",
            "micro-credentials",
            "competence development",
            "feedback",
            "reflection",
            "inclusion",
            "green skills",
            "occupational safety",
            "quality assurance",
            "learning outcomes",
            "peer learning",
            "career guidance",
            "recognition of prior learning",
            "motivation",
            "dropout prevention",
            "intercultural communication",
            "soft skills",
            "entrepreneurship",
            "sustainability",
            "blended learning",
            "e-learning",
            "simulation",
            "e-portfolio",
            "train the trainer",
            "workplace pedagogy",
            "artificial intelligence",
            "upskilling",
            "reskilling",
            "didactics",
            "lesson planning",
            "conflict resolution",
            "gamification",
        ),
        "audiences": (
            "in-company trainers",
            "VET teachers",
            "tutors",
            "mentors",
            "apprentices",
            "small businesses",
            "coordinators",
            "career counsellors",
            "newly arrived migrants",
            "young people",
            "adult learners",
            "workplace instructors",
            "learners with disabilities",
        ),
        "adjectives": (
            "practical",
            "interactive",
            "online",
            "quick",
            "European",
            "open",
            "step-by-step",
            "inclusive",
            "green",
            "basic",
            "advanced",
            "hands-on",
            "modular",
            "visual",
        ),
    },
    "de": {
        "nouns": ("Leitfaden", "Handbuch", "Checkliste", "Werkzeugkasten", "Vorlage", "Kurs"),
        "topics": (
            "Ausbildung",
            "Lernbegleitung",
            "Bewertung",
            "Kompetenzentwicklung",
            "Digitalisierung",
            "Praxisanleitung",
            "Prüfungsvorbereitung",
            "Berufsorientierung",
            "Einarbeitung",
            "Ausbildungsqualität",
            "Lernortkooperation",
            "Übungsfirma",
        ),
        "audiences": (
            "Ausbilderinnen und Ausbilder",
            "Auszubildende",
            "Berufsschullehrkräfte",
            "Betriebe",
            "Prüfer",
        ),
        "adjectives": ("praktischer", "digitaler", "kompakter", "interaktiver"),
    },
    "fr": {
        "nouns": ("guide", "boîte à outils", "référentiel", "fiche pratique", "manuel"),
        "topics": (
            "évaluation des compétences",
            "alternance",
            "tutorat",
            "apprentissage",
            "accompagnement",
            "insertion professionnelle",
            "pédagogie",
            "validation des acquis",
            "formation en entreprise",
            "numérique éducatif",
        ),
        "audiences": ("formateurs", "tuteurs", "apprentis", "maîtres d'apprentissage"),
        "adjectives": ("pratique", "numérique", "illustré", "complet"),
    },
    "es": {
        "nouns": ("guía", "herramienta", "manual", "plantilla", "curso"),
        "topics": (
            "evaluación",
            "formación dual",
            "competencias",
            "tutoría",
            "orientación laboral",
            "aprendizaje en el trabajo",
            "inclusión",
            "emprendimiento",
        ),
        "audiences": ("aprendices", "tutores de empresa", "docentes de FP", "pymes"),
        "adjectives": ("práctica", "digital", "básica", "interactiva"),
    },
    "it": {
        "nouns": ("guida", "manuale", "strumento", "kit", "corso"),
        "topics": (
            "valutazione",
            "apprendistato",
            "competenze trasversali",
            "tutoraggio",
            "alternanza scuola lavoro",
            "orientamento",
            "sicurezza sul lavoro",
        ),
        "audiences": ("formatori", "tutor aziendali", "apprendisti", "docenti"),
        "adjectives": ("pratico", "digitale", "operativo"),
    },
    "nl": {
        "nouns": ("handleiding", "werkboek", "toolkit", "checklist"),
        "topics": (
            "begeleiding",
            "beoordeling",
            "leerbedrijf",
            "praktijkopleiding",
            "loopbaanbegeleiding",
            "werkplekleren",
        ),
        "audiences": ("praktijkopleiders", "docenten", "studenten", "leerbedrijven"),
        "adjectives": ("praktische", "digitale"),
    },
}

_LANG_WEIGHTS = {"en": 50, "de": 14, "fr": 12, "es": 10, "it": 8, "nl": 6}

_CONNECT = {"en": "for", "de": "für", "fr": "pour les", "es": "para", "it": "per", "nl": "voor"}

_SECTORS = (
    "construction",
    "healthcare",
    "hospitality",
    "automotive",
    "ICT",
    "agriculture",
    "retail",
    "logistics",
    "metalworking",
    "elderly care",
    "tourism",
    "energy",
    "food processing",
    "textiles",
    "chemistry",
)

_CITIES = (
    ("Tartu", "EE"),
    ("Graz", "AT"),
    ("Porto", "PT"),
    ("Bilbao", "ES"),
    ("Lyon", "FR"),
    ("Turku", "FI"),
    ("Brno", "CZ"),
    ("Gdańsk", "PL"),
    ("Cluj-Napoca", "RO"),
    ("Kraków", "PL"),
    ("Málaga", "ES"),
    ("Göteborg", "SE"),
    ("Łódź", "PL"),
    ("Köln", "DE"),
    ("München", "DE"),
    ("Zaragoza", "ES"),
    ("Bologna", "IT"),
    ("Torino", "IT"),
    ("Utrecht", "NL"),
    ("Gent", "BE"),
    ("Liège", "BE"),
    ("Aarhus", "DK"),
    ("Maribor", "SI"),
    ("Pécs", "HU"),
    ("Debrecen", "HU"),
    ("Plovdiv", "BG"),
    ("Split", "HR"),
    ("Kaunas", "LT"),
    ("Rīga", "LV"),
    ("Limerick", "IE"),
    ("Nantes", "FR"),
    ("Besançon", "FR"),
    ("Thessaloníki", "GR"),
    ("Valletta", "MT"),
    ("Esch-sur-Alzette", "LU"),
    ("Košice", "SK"),
    ("Nicosia", "CY"),
    ("Linz", "AT"),
    ("Leipzig", "DE"),
    ("Coimbra", "PT"),
    ("Sevilla", "ES"),
    ("Palermo", "IT"),
    ("Eindhoven", "NL"),
    ("Oulu", "FI"),
    ("Umeå", "SE"),
    ("Brașov", "RO"),
    ("Ostrava", "CZ"),
)

_ORG_KINDS = ("Institute", "Academy", "Chamber of Crafts", "Training Centre", "Foundation")

_ONSETS = ("k", "v", "m", "t", "l", "pr", "tr", "d", "n", "s", "b", "gr", "z", "f", "qu", "st")
_VOWELS = ("a", "e", "i", "o", "u", "ia", "eo", "ou")
_CODAS = ("", "", "n", "r", "x", "l", "s", "m", "nt")
_SUFFIXES = ("", "", "lab", "net", "VET", "Q", "4all", "+", "hub", "go")

_FEATURES = (
    "worksheets",
    "case studies",
    "short videos",
    "a glossary",
    "self-check questions",
    "role plays",
    "observation grids",
    "a printable poster",
    "an online quiz",
    "podcasts",
)


_ORIGIN = re.compile(r"Developed by the (\S+) .* in (\S+) and tested")


@dataclass(frozen=True, slots=True, kw_only=True)
class Query:
    """One benchmark query, the set it belongs to, and the id of the one right answer."""

    set: str
    text: str
    answer: str


def _coin(rng: random.Random) -> str:
    """A made-up project or organisation name such as "Kovaro" or "TrimentQ"."""
    syllables = rng.randint(2, 3)
    word = "".join(
        rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
    )
    return word.capitalize() + rng.choice(_SUFFIXES)


def _title(rng: random.Random, lang: str, coined: str | None) -> str:
    words = _LANGS[lang]
    noun, topic = rng.choice(words["nouns"]), rng.choice(words["topics"])
    audience, adjective = rng.choice(words["audiences"]), rng.choice(words["adjectives"])
    connect = _CONNECT[lang]
    if lang != "en":
        title = f"{noun.capitalize()} {adjective} {topic} {connect} {audience}"
    else:
        pattern = rng.randrange(5)
        sector = rng.choice(_SECTORS)
        other = rng.choice(words["topics"])
        title = (
            f"{adjective.capitalize()} {topic} {noun} for {audience}",
            f"{topic.capitalize()} {noun} for {audience} in {sector}",
            f"{adjective.capitalize()} {noun} on {topic} and {other}",
            f"{topic.capitalize()} and {other}: a {noun} for {sector}",
            f"{noun.capitalize()}: {topic} in {sector}",
        )[pattern]
    return f"{coined}: {title}" if coined else title


def generate_store(size: int, *, seed: int = 7) -> Iterator[Document]:
    """Yield ``size`` synthetic documents with ids ``doc-0`` … and unique folded titles."""
    rng = random.Random(seed)
    names = [_coin(rng) for _ in range(max(300, size // 3))]
    langs, weights = list(_LANG_WEIGHTS), list(_LANG_WEIGHTS.values())
    seen: set[str] = set()
    for number in range(size):
        lang = rng.choices(langs, weights)[0]
        for attempt in range(50):
            coined = rng.choice(names) if rng.random() < 0.6 or attempt > 10 else None
            title = _title(rng, lang, coined)
            if fold(title) not in seen:
                break
        else:
            title = f"{title} {_coin(rng)}"
        seen.add(fold(title))
        city, country = rng.choice(_CITIES)
        partner = f"{rng.choice(names)} {rng.choice(_ORG_KINDS)}"
        topics = tuple(rng.sample(_LANGS[lang]["topics"], 2))
        sector = rng.choice(_SECTORS)
        audience = rng.choice(_LANGS["en"]["audiences"])
        summary = (
            f"Helps {audience} with {topics[0]} and {topics[1]} in {sector}. "
            f"Developed by the {partner} in {city} and tested with "
            f"{rng.randint(3, 90)} companies. Includes {rng.choice(_FEATURES)} and "
            f"{rng.choice(_FEATURES)}."
        )
        aliases: tuple[str, ...] = ()
        if coined and rng.random() < 0.3:
            aliases = ("".join(w[0] for w in tokenize(title)).upper(),)
        countries = frozenset({"EU"}) if rng.random() < 0.15 else frozenset({country})
        languages = frozenset({lang, "en"}) if rng.random() < 0.2 else frozenset({lang})
        yield Document(
            id=f"doc-{number}",
            title=title,
            aliases=aliases,
            summary=summary,
            topics=topics,
            type=rng.choice(_TYPES),
            languages=languages,
            countries=countries,
            sectors=frozenset({sector}),
            target_groups=frozenset({audience}),
        )


def _typo(rng: random.Random, word: str, kind: str) -> str:
    """``word`` with one typo of ``kind``; always different from ``word``."""
    letters = string.ascii_lowercase
    for _ in range(20):
        i = rng.randrange(len(word))
        if kind == "typo_insert":
            out = word[:i] + rng.choice(letters) + word[i:]
        elif kind == "typo_delete":
            out = word[:i] + word[i + 1 :]
        elif kind == "typo_swap":
            i = rng.randrange(len(word) - 1)
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        else:
            out = word[:i] + rng.choice(letters) + word[i + 1 :]
        if fold(out) != fold(word):
            return out
    return word + rng.choice(letters)


def generate_queries(docs: list[Document], *, per_set: int, seed: int = 11) -> list[Query]:
    """``per_set`` queries for each of :data:`QUERY_SETS`, built from a sample of ``docs``."""
    rng = random.Random(seed)
    queries: list[Query] = []
    for name in QUERY_SETS:
        for doc in rng.sample(docs, min(per_set, len(docs))):
            words = doc.title.replace(":", "").split()
            if name.startswith("typo_"):
                long_words = [i for i, w in enumerate(words) if len(w) >= 4]
                i = rng.choice(long_words) if long_words else 0
                words[i] = _typo(rng, words[i], name)
                text = " ".join(words)
            elif name == "missing_words":
                content = [w for w in words if tokenize(w)]
                keep = [w for w in content if rng.random() < 0.5 or w == content[0]]
                if len(keep) == len(content) and len(keep) > 2:
                    keep.pop(rng.randrange(1, len(keep)))
                text = " ".join(keep)
            elif name == "reordered":
                content = [w for w in words if tokenize(w)]
                shuffled = content[:]
                while len(content) > 1 and shuffled == content:
                    rng.shuffle(shuffled)
                text = " ".join(shuffled)
            else:
                # People recall the distinctive bits: who made it, where, and one more word.
                found = _ORIGIN.search(doc.summary)
                title_words = set(tokenize(doc.title))
                origin = list(found.groups()) if found else []
                pool = [
                    w
                    for w in dict.fromkeys(tokenize(doc.summary))
                    if w not in title_words and not w.isdigit() and w not in fold(" ".join(origin))
                ]
                text = " ".join([*origin, *rng.sample(pool, min(3 - len(origin), len(pool)))])
            queries.append(Query(set=name, text=text, answer=doc.id))
    return queries


# --- across languages -----------------------------------------------------------------------

#: The languages of entries and queries across languages (those the bot speaks).
CROSS_LANGUAGES = ("en", "de", "fr", "it", "es", "pl", "nl", "pt")
#: Whom a tool is for: thesaurus concepts of people.
_AUDIENCE_CONCEPTS = (
    "in_company_trainer",
    "vet_teacher",
    "mentoring",
    "tutoring",
    "coaching",
    "learner",
    "trainer",
)
#: Concepts too general to tell one tool from another.
_GENERAL_CONCEPTS = frozenset({"training", "vet", "trainthetrainer"})
#: "for" in each language, between a title's topic and its audience.
_FOR = {
    "en": "for",
    "de": "für",
    "fr": "pour",
    "it": "per",
    "es": "para",
    "pl": "dla",
    "nl": "voor",
    "pt": "para",
}
#: How many entries across languages share one coined name (only the concepts tell them apart).
CROSS_NAME_SHARE = 20


def _term(rng: random.Random, terms: tuple[str, ...], first: int) -> str:
    """One of the first ``first`` terms (the common ways to say it)."""
    return rng.choice(terms[:first])


def generate_crosslang_store(
    size: int,
    concepts: dict[str, dict[str, tuple[str, ...]]],
    type_names: dict[str, dict[str, tuple[str, ...]]],
    *,
    seed: int = 7,
) -> Iterator[tuple[Document, tuple[str, str, str]]]:
    """``size`` entries ``xl-0`` …, each with its (type, topic, audience) and written in one
    of :data:`CROSS_LANGUAGES`, its title made of a coined name and thesaurus concepts in that
    language: a type, a topic and an audience ("Kovaro: Leitfaden Prüfung für Ausbilder").
    Every coined name is shared by :data:`CROSS_NAME_SHARE` entries with different concept
    triples, so a query needs the concepts to find its one entry."""
    rng = random.Random(seed)
    audiences = [c for c in _AUDIENCE_CONCEPTS if c in concepts]
    topics = sorted(set(concepts) - set(audiences) - _GENERAL_CONCEPTS)
    kinds = sorted(type_names)
    names: list[str] = []
    seen_names: set[str] = set()
    while len(names) * CROSS_NAME_SHARE < size:
        name = _coin(rng)
        if fold(name) not in seen_names:
            seen_names.add(fold(name))
            names.append(name)
    for number in range(size):
        name = names[number // CROSS_NAME_SHARE]
        if number % CROSS_NAME_SHARE == 0:
            used: set[tuple[str, str, str]] = set()
        while True:
            triple = (rng.choice(kinds), rng.choice(topics), rng.choice(audiences))
            if triple not in used:
                used.add(triple)
                break
        kind, topic, audience = triple
        lang = rng.choice(CROSS_LANGUAGES)
        title = (
            f"{name}: {_term(rng, type_names[kind][lang], 1).capitalize()} "
            f"{_term(rng, concepts[topic][lang], 1)} {_FOR[lang]} "
            f"{_term(rng, concepts[audience][lang], 1)}"
        )
        city, country = rng.choice(_CITIES)
        doc = Document(
            id=f"xl-{number}",
            title=title,
            summary=f"{name}, {city}.",
            topics=(_term(rng, concepts[topic][lang], 1),),
            type=kind,
            languages=frozenset({lang}),
            countries=frozenset({country}),
            sectors=frozenset({"all"}),
        )
        yield doc, triple


@dataclass(frozen=True, slots=True, kw_only=True)
class CrossQuery:
    """A query in ``lang`` for the one entry ``answer``, written in ``doc_lang``."""

    lang: str
    doc_lang: str
    text: str
    answer: str


def generate_crosslang_queries(
    docs: list[tuple[Document, tuple[str, str, str]]],
    concepts: dict[str, dict[str, tuple[str, ...]]],
    type_names: dict[str, dict[str, tuple[str, ...]]],
    *,
    per_lang: int,
    seed: int = 11,
) -> list[CrossQuery]:
    """``per_lang`` queries in each of :data:`CROSS_LANGUAGES` for entries written in another:
    the entry's coined name and its type, topic and audience in the query's language, each a
    common term of the concept (one of its first three)."""
    rng = random.Random(seed)
    queries: list[CrossQuery] = []
    for lang in CROSS_LANGUAGES:
        others = [item for item in docs if lang not in item[0].languages]
        for doc, (kind, topic, audience) in rng.sample(others, per_lang):
            (doc_lang,) = doc.languages
            name = doc.title.partition(": ")[0]
            words = [
                name,
                _term(rng, type_names[kind][lang], 3),
                _term(rng, concepts[topic][lang], 3),
                _term(rng, concepts[audience][lang], 3),
            ]
            queries.append(
                CrossQuery(lang=lang, doc_lang=doc_lang, text=" ".join(words), answer=doc.id)
            )
    return queries
