"""The multilingual VET thesaurus: complete in every language, one concept per term, and a
superset of the synonym groups lookups and matching used before it."""

from __future__ import annotations

from collections import defaultdict

import pytest

from knowledge.synonyms import synonyms
from knowledge.text import STOP_WORDS, fold
from knowledge.thesaurus import LANGUAGES, ThesaurusError, concepts, parse

#: Terms (folded) that truly mean two concepts, each with the concepts it may stand for. Any
#: other term found in two concepts is a mistake: it would join unrelated entries.
AMBIGUOUS: dict[str, frozenset[str]] = {
    # Italian IeFP (regional VET courses); Portuguese IEFP (the public employment service).
    "iefp": frozenset({"vet", "public_employment_services"}),
    # English end-point assessment; Spanish Educación de Personas Adultas.
    "epa": frozenset({"final_examination", "adult_learning"}),
    # A false friend: "autistic" in Spanish and Portuguese, "driver" in Italian.
    "autista": frozenset({"neurodiversity", "transport"}),
}

#: Terms the field's practitioners name first for a concept; each must stay in that concept.
EXPECTED: dict[str, dict[str, tuple[str, ...]]] = {
    "apprenticeship": {
        "en": ("apprenticeship", "apprentice"),
        "de": ("Ausbildung", "Lehre", "Lehrling", "Auszubildende", "Azubi", "Lehrlingsausbildung"),
        "fr": ("apprentissage", "alternance", "apprenti"),
        "it": ("apprendistato", "apprendista"),
        "es": ("aprendizaje", "aprendiz", "FP dual"),
        "pl": ("praktyka zawodowa", "uczeń", "nauka zawodu"),
        "nl": ("leerlingwezen", "leerling", "BBL"),
        "pt": ("aprendizagem", "aprendiz"),
    },
    "in_company_trainer": {
        "de": ("Ausbilder", "betrieblicher Ausbilder"),
        "fr": ("tuteur en entreprise", "maître d'apprentissage"),
        "it": ("tutor aziendale", "tutor aziendali"),
        "es": ("tutor de empresa",),
        "pl": ("instruktor praktycznej nauki zawodu",),
        "nl": ("praktijkopleider",),
        "pt": ("formador em contexto de trabalho",),
    },
    # Queries from the issue on lookups across languages.
    "exam_preparation": {"de": ("Prüfungsvorbereitung",)},
    "trainthetrainer": {"fr": ("formation des formateurs",)},
    "guide": {"it": ("guida",)},
    "validation": {"fr": ("VAE",), "nl": ("EVC",), "pt": ("RVCC",)},
    "qualifications_framework": {"en": ("EQF", "NQF"), "de": ("DQR",)},
}


def _folded(terms: tuple[str, ...]) -> set[str]:
    return {fold(term) for term in terms}


def test_every_concept_has_every_language_with_terms() -> None:
    for concept, languages in concepts().items():
        for language in LANGUAGES:
            terms = languages.get(language, ())
            assert terms, f"{concept} has no {language} terms"
            assert all(fold(term) for term in terms), f"{concept}.{language} has an empty term"


def test_there_are_several_hundred_concepts() -> None:
    assert len(concepts()) >= 300


def test_a_folded_term_stands_for_one_concept_unless_listed_as_ambiguous() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for concept, languages in concepts().items():
        for terms in languages.values():
            for term in _folded(terms):
                owners[term].add(concept)
    shared = {
        term: sorted(found)
        for term, found in owners.items()
        if len(found) > 1 and not found <= AMBIGUOUS.get(term, frozenset())
    }
    assert shared == {}, f"terms in several concepts: {shared}"
    # An allowance nobody needs any more is dropped rather than left to hide a new mistake.
    stale = {term for term, allowed in AMBIGUOUS.items() if len(owners[term] & allowed) < 2}
    assert stale == set()


def test_no_term_is_written_twice_in_one_language_of_a_concept() -> None:
    repeated = {
        f"{concept}.{language}": term
        for concept, languages in concepts().items()
        for language, terms in languages.items()
        for term in {fold(t) for t in terms}
        if [fold(t) for t in terms].count(term) > 1
    }
    assert repeated == {}


def test_no_term_is_only_stop_words() -> None:
    # A term made of function words ("de la") would make every text carry the concept.
    empty = {
        f"{concept}.{language}": term
        for concept, languages in concepts().items()
        for language, terms in languages.items()
        for term in terms
        if all(word in STOP_WORDS for word in fold(term).split())
    }
    assert empty == {}


def test_every_synonym_group_is_a_concept_with_all_its_phrases() -> None:
    thesaurus = concepts()
    for group, phrases in synonyms().items():
        assert group in thesaurus, f"synonym group {group!r} is not a concept"
        written = {fold(term) for terms in thesaurus[group].values() for term in terms}
        missing = [phrase for phrase in phrases if fold(phrase) not in written]
        assert missing == [], f"{group} lacks {missing}"


@pytest.mark.parametrize("concept", sorted(EXPECTED))
def test_the_terms_practitioners_name_first_are_in_their_concept(concept: str) -> None:
    languages = concepts()[concept]
    for language, terms in EXPECTED[concept].items():
        assert set(terms) <= set(languages[language]), (concept, language)


def test_the_thesaurus_is_read_once_and_cannot_be_changed() -> None:
    first = concepts()
    assert concepts() is first
    with pytest.raises(TypeError):
        first["new"] = {}  # type: ignore[index]
    with pytest.raises(TypeError):
        first["apprenticeship"]["en"] = ()  # type: ignore[index]
    assert isinstance(first["apprenticeship"]["en"], tuple)


def _one(**languages: str) -> str:
    """A one-concept thesaurus text with a term in every language, some replaced."""
    lines = ["mentoring:"]
    for language in LANGUAGES:
        lines.append(f"  {language}: {languages.get(language, '[mentor]')}")
    lines += [
        f"  {language}: {value}"
        for language, value in languages.items()
        if language not in LANGUAGES
    ]
    return "\n".join(lines) + "\n"


def test_a_valid_text_reads_as_concepts_with_extra_languages_kept() -> None:
    read = parse(_one(de="[Mentor, Mentorin]", sv="[mentor]"))
    assert read["mentoring"]["de"] == ("Mentor", "Mentorin")
    assert read["mentoring"]["sv"] == ("mentor",)
    assert tuple(read["mentoring"])[: len(LANGUAGES)] == LANGUAGES


def test_a_quoted_term_stays_text_and_spaces_are_tidied() -> None:
    read = parse(_one(nl='[\'nee\', "2020", "  Peer   Review "]', it="[on the job]"))
    assert read["mentoring"]["nl"] == ("nee", "2020", "Peer Review")
    assert read["mentoring"]["it"] == ("on the job",)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("- a list\n", "not_mapping"),
        ("mentoring: [\n", "bad_syntax"),
        ("Mentoring:\n  en: [mentor]\n", "id_form"),
        ("mentoring-x:\n  en: [mentor]\n", "id_form"),
        ("mentoring: [mentor]\n", "not_languages"),
        ("mentoring:\n  en: [mentor]\n", "missing_language"),
        (_one(de="[]"), "not_terms"),
        (_one(de="Mentor"), "not_terms"),
        (_one(nl="[mentor, no]"), "term_not_text"),
        (_one(pt="[mentor, 2020]"), "term_not_text"),
        (_one(pl="[mentor, ' - ']"), "empty_term"),
        (_one(xyz="[mentor]"), "language_form"),
        (_one() + _one(), "repeated_key"),
        (_one(en="&terms [mentor]", de="*terms"), "bad_syntax"),
    ],
)
def test_a_malformed_text_is_refused_naming_what_is_wrong(text: str, code: str) -> None:
    with pytest.raises(ThesaurusError) as raised:
        parse(text)
    assert raised.value.code == code
    assert str(raised.value).startswith("thesaurus:")
