"""One text pipeline: synonyms and topic tokens in the library, read by lookups and matching
alike, so a word means the same in ``!tool`` and ``!match``."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.capabilities.mentoring import vocabulary
from knowledge.synonyms import TopicReader, is_concept, label
from knowledge.text import stem, tokenize

READER = TopicReader()


def test_matching_reads_a_word_as_a_lookup_does() -> None:
    text = "Boats, ropes and Harbours for Sailors"
    # The lookup's words, stemmed, are exactly matching's tokens (no thesaurus term here).
    assert vocabulary.analyse(text) == tuple(stem(w) for w in tokenize(text))
    assert vocabulary.analyse(text) == ("boat", "rope", "harbour", "sailor")
    assert vocabulary.normalise("Évaluation — É-Learning!") == "evaluation e learning"


def test_ai_is_a_topic_in_lookups_and_matching() -> None:
    # Italian "ai" ("to the") is no stop word: it would hide "AI" from both.
    assert tokenize("AI in training") == ["ai", "training"]
    assert vocabulary.analyse("AI") == ("~artificial_intelligence",)


def test_synonym_phrases_collapse_into_one_concept() -> None:
    assert READER.analyse("Recognition of prior learning for apprentices") == (
        "~validation",
        "~apprenticeship",
    )
    assert READER.analyse("évaluation") == READER.analyse("Assessing") == ("~assessment",)
    token = READER.analyse("dual training")[0]
    assert is_concept(token) and label(token) == "apprenticeship"
    assert not is_concept("dual")


def test_stop_words_are_matched_before_stemming() -> None:
    # Matching drops who is wanted ("mentor", "mentors") but keeps the topic "mentoring".
    assert vocabulary.analyse("mentors for mentoring") == ("~mentoring",)
    assert vocabulary.analyse("a mentor") == ()
    # Without matching's own stop words, "mentors" is the thesaurus concept.
    assert READER.analyse("the mentors") == ("~mentoring",)


def test_forms_keep_what_was_written() -> None:
    assert READER.analyse_forms("tarining in boats") == (
        ("tarin", "tarining"),
        ("boat", "boats"),
    )
    assert READER.analyse_forms("dual training") == (("~apprenticeship", "dual training"),)


def test_sources_point_into_the_original_text() -> None:
    text = "I build Wooden Boats"
    assert READER.sources(text) == (("build", 2, 7), ("wooden", 8, 14), ("boat", 15, 20))


@given(st.text(max_size=300))
def test_reading_never_raises_and_is_stable(text: str) -> None:
    tokens = READER.analyse(text)
    assert tokens == READER.analyse(text)
    assert tokens == tuple(token for token, _ in READER.analyse_forms(text))
    assert all(token and " " not in token for token in tokens)
