"""Seeded synthetic populations for the matching benchmark: candidates and requests.

Shaped after the real thing: VET topics with a few popular ones and a long tail, topics
written in different words (synonyms) by mentors and trainers, occasional typos, EU
languages weighted by how many trainers use them (English as a common second language),
countries that go with the languages, sectors, capacities 1-5 with some mentors already
busy or full, and some mentors proposed recently.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from bot.capabilities.mentoring.model import Candidate, Need

#: Topic phrasings: each inner tuple is one topic as different people write it.
TOPICS: tuple[tuple[str, ...], ...] = (
    ("apprenticeship", "work-based learning", "dual training", "in-company training"),
    ("assessment", "evaluation", "assessing learners", "competence assessment"),
    ("e-learning", "online learning", "digital learning", "blended learning"),
    ("validation", "recognition of prior learning", "validation of non-formal learning"),
    ("career guidance", "vocational guidance", "counselling"),
    ("inclusion", "special needs", "learners with disabilities"),
    ("green skills", "sustainability", "green transition"),
    ("digital skills", "digital competence", "ICT skills"),
    ("quality assurance", "EQAVET", "quality management"),
    ("micro-credentials", "open badges", "digital badges"),
    ("health and safety", "occupational safety", "safety at work"),
    ("soft skills", "transversal skills", "key competences"),
    ("early leaving", "dropout prevention", "learner retention"),
    ("train the trainer", "teacher training", "trainer training"),
    ("curriculum design", "curriculum development", "training programme design"),
    ("mentoring skills", "coaching", "tutoring"),
    ("learning outcomes", "competence frameworks", "EQF levels"),
    ("erasmus mobility", "learner mobility", "international placements"),
    ("entrepreneurship", "entrepreneurial skills", "start-up training"),
    ("adult learning", "continuing training", "upskilling"),
    ("reskilling", "career change training", "retraining"),
    ("language learning", "vocational language training", "CLIL"),
    ("simulation training", "virtual reality training", "VR training"),
    ("project-based learning", "problem-based learning", "learning by doing"),
    ("workplace learning", "learning at the workplace", "informal learning"),
    ("skills forecasting", "labour market intelligence", "skills needs analysis"),
    ("migrants integration", "refugee training", "integration courses"),
    ("gender equality", "women in STEM", "gender balance"),
    ("company partnerships", "cooperation with employers", "business partnerships"),
    ("portfolio", "e-portfolio", "learning portfolio"),
    ("feedback techniques", "giving feedback", "formative feedback"),
    ("motivation", "learner motivation", "engagement"),
    ("classroom management", "group dynamics", "managing groups"),
    ("artificial intelligence", "AI in training", "generative AI"),
    ("robotics", "automation skills", "industry 4.0"),
    ("welding", "welding training", "metalwork"),
    ("culinary training", "kitchen skills", "cooking"),
    ("nursing education", "care training", "clinical placements"),
    ("agricultural training", "farming skills", "agritech"),
    ("logistics training", "warehouse skills", "supply chain skills"),
)
#: Popularity of topics: a few are asked about a lot, the rest form a long tail.
TOPIC_WEIGHTS = tuple(1.0 / (1 + i) ** 0.8 for i in range(len(TOPICS)))

#: EU languages with rough weights, and the countries where each is the main language.
LANGUAGES: dict[str, tuple[float, tuple[str, ...]]] = {
    "en": (10.0, ("IE", "MT")),
    "de": (16.0, ("DE", "AT", "LU")),
    "fr": (12.0, ("FR", "BE", "LU")),
    "it": (10.0, ("IT",)),
    "es": (9.0, ("ES",)),
    "pl": (7.0, ("PL",)),
    "nl": (5.0, ("NL", "BE")),
    "pt": (4.0, ("PT",)),
    "ro": (4.0, ("RO",)),
    "el": (2.5, ("GR", "CY")),
    "cs": (2.5, ("CZ",)),
    "hu": (2.0, ("HU",)),
    "sv": (2.0, ("SE",)),
    "bg": (1.5, ("BG",)),
    "da": (1.2, ("DK",)),
    "fi": (1.2, ("FI",)),
    "sk": (1.2, ("SK",)),
    "hr": (1.0, ("HR",)),
    "lt": (0.6, ("LT",)),
    "sl": (0.5, ("SI",)),
    "lv": (0.4, ("LV",)),
    "et": (0.3, ("EE",)),
}
SECTORS = (
    "construction",
    "hospitality",
    "health care",
    "ICT",
    "automotive",
    "agriculture",
    "retail",
    "logistics",
    "manufacturing",
    "energy",
    "tourism",
    "social care",
    "finance",
    "public administration",
    "crafts",
)
_BIO_OPENERS = (
    "In-company trainer for {years} years",
    "VET teacher with {years} years in the classroom",
    "Coordinator of a regional network, {years} years",
    "Tutor and coach for {years} years",
)
_NEED_TEMPLATES = (
    "Looking for someone who knows {a}",
    "I need help with {a} and {b}",
    "Advice on {a} for our {sector} apprentices please",
    "How do I start with {a}? We also struggle with {b}",
    "{a}",
    "Need a mentor for {a} in {sector}",
)

NOW = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)


def _typo(rng: random.Random, text: str) -> str:
    """Swap two neighbouring letters somewhere in a longer word, as fast typing does."""
    words = text.split()
    long = [i for i, w in enumerate(words) if len(w) >= 7]
    if not long:
        return text
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def _language(rng: random.Random) -> str:
    codes = list(LANGUAGES)
    return rng.choices(codes, weights=[LANGUAGES[c][0] for c in codes])[0]


def _topic(rng: random.Random) -> int:
    return rng.choices(range(len(TOPICS)), weights=TOPIC_WEIGHTS)[0]


def candidates(count: int, *, seed: int, now: datetime) -> list[Candidate]:
    """``count`` opted-in candidates, about 70% mentors and 30% experts."""
    rng = random.Random(seed)
    out = []
    for person in range(1, count + 1):
        native = _language(rng)
        langs = {native}
        if native != "en" and rng.random() < 0.6:
            langs.add("en")
        if rng.random() < 0.15:
            langs.add(_language(rng))
        topic_ids = {_topic(rng) for _ in range(rng.randint(2, 6))}
        topics = tuple(rng.choice(TOPICS[t]) for t in sorted(topic_ids))
        bio_topics = [rng.choice(TOPICS[_topic(rng)]) for _ in range(2)]
        bio = (
            rng.choice(_BIO_OPENERS).format(years=rng.randint(2, 30))
            + f"; I work on {bio_topics[0]} and sometimes {bio_topics[1]}."
        )
        capacity = rng.randint(1, 5)
        load = min(capacity, int(rng.random() ** 2 * (capacity + 1)))
        recent = rng.random() < 0.4
        out.append(
            Candidate(
                person_id=person,
                kind="mentor" if rng.random() < 0.7 else "expert",
                topics=topics,
                bio=bio,
                languages=frozenset(langs),
                country=rng.choice(LANGUAGES[native][1]) if rng.random() < 0.95 else None,
                sector=rng.choice(SECTORS) if rng.random() < 0.8 else None,
                capacity=capacity,
                load=load,
                last_proposed_at=now - timedelta(hours=rng.uniform(1, 30 * 24)) if recent else None,
            )
        )
    return out


def needs(count: int, *, seed: int, population: int) -> list[Need]:
    """``count`` open requests from trainers, some excluding people they were proposed before.

    Requesters are mostly trainers outside the candidate population (ids above it), but some
    are candidates themselves, which exercises the never-yourself rule.
    """
    rng = random.Random(seed)
    out = []
    for request in range(1, count + 1):
        sector = rng.choice(SECTORS)
        a = rng.choice(TOPICS[_topic(rng)])
        b = rng.choice(TOPICS[_topic(rng)])
        text = rng.choice(_NEED_TEMPLATES).format(a=a, b=b, sector=sector)
        if rng.random() < 0.15:
            text = _typo(rng, text)
        native = _language(rng)
        langs = {native} if rng.random() < 0.7 else {native, "en"}
        excluded = (
            frozenset(rng.randint(1, population) for _ in range(rng.randint(1, 3)))
            if rng.random() < 0.1
            else frozenset()
        )
        requester = (
            rng.randint(1, population)
            if rng.random() < 0.05
            else population + rng.randint(1, 10**6)
        )
        out.append(
            Need(
                request_id=request,
                requester_id=requester,
                text=text,
                kind="mentor" if rng.random() < 0.7 else "expert",
                languages=frozenset(langs),
                country=rng.choice(LANGUAGES[native][1]) if rng.random() < 0.5 else None,
                sector=sector if rng.random() < 0.4 else None,
                excluded=excluded,
            )
        )
    return out
