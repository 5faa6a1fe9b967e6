"""Ranking one need: every hard rule, and the soft preferences a trainer would notice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import pytest

from bot.capabilities.mentoring import Candidate, CandidateIndex, Need, rank
from bot.capabilities.mentoring.scoring import candidate_pairs, reference_candidate_pairs
from bot.capabilities.mentoring.vocabulary import analyse, normalise
from tests.mentoring.kit import same_pairs

NOW = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)


def cand(person_id: int, topics: tuple[str, ...] = ("assessment",), **kw: Any) -> Candidate:
    values: dict[str, Any] = {
        "person_id": person_id,
        "kind": "mentor",
        "topics": topics,
        "bio": "",
        "languages": frozenset({"en"}),
        "country": None,
        "sector": None,
        "capacity": 3,
        "load": 0,
        "last_proposed_at": None,
    }
    values.update(kw)
    return Candidate(**values)


def need(text: str = "help with assessment", **kw: Any) -> Need:
    values: dict[str, Any] = {
        "request_id": 1,
        "requester_id": 1000,
        "text": text,
        "kind": "mentor",
        "languages": frozenset({"en"}),
        "country": None,
        "sector": None,
    }
    values.update(kw)
    return Need(**values)


def ids(result: list[Any]) -> list[int]:
    return [s.person_id for s in result]


def test_normalise_strips_accents_case_and_punctuation() -> None:
    assert normalise("Évaluation — É-Learning!") == "evaluation e learning"


def test_synonyms_collapse_to_one_concept() -> None:
    assert analyse("work-based learning") == analyse("Dual training") == analyse("apprentices")
    assert analyse("Recognition of prior learning") == analyse("validation")
    assert analyse("online learning") == analyse("e-learning") == analyse("digital learning")
    assert analyse("evaluation") == analyse("assessment")


def test_requester_is_never_proposed_to_themself() -> None:
    result = rank(need(requester_id=1), [cand(1), cand(2)], now=NOW)
    assert ids(result) == [2]


def test_excluded_people_are_never_proposed() -> None:
    result = rank(need(excluded=frozenset({2, 3})), [cand(1), cand(2), cand(3)], now=NOW)
    assert ids(result) == [1]


def test_kind_must_match() -> None:
    result = rank(need(kind="expert"), [cand(1), cand(2, kind="expert")], now=NOW)
    assert ids(result) == [2]


def test_full_candidates_are_excluded() -> None:
    people = [cand(1, capacity=2, load=2), cand(2, capacity=0, load=0), cand(3, capacity=2, load=1)]
    assert ids(rank(need(), people, now=NOW)) == [3]


def test_off_topic_candidates_are_not_proposed() -> None:
    people = [cand(1, topics=("welding",)), cand(2, topics=("assessment",))]
    assert ids(rank(need(), people, now=NOW)) == [2]


def test_language_is_hard_while_someone_shares_it() -> None:
    people = [
        cand(1, languages=frozenset({"de"}), country="DE", sector="ICT"),
        cand(2, languages=frozenset({"fr", "EN"})),
    ]
    # Candidate 1 would win on every soft point, but does not speak the need's language.
    result = rank(need(country="DE", sector="ICT"), people, now=NOW)
    assert ids(result) == [2]
    assert [r.detail for r in result[0].reasons if r.code == "language"] == ["en"]


def test_language_falls_back_to_everyone_when_nobody_shares_it() -> None:
    people = [cand(1, languages=frozenset({"de"})), cand(2, languages=frozenset({"fr"}))]
    result = rank(need(languages=frozenset({"fi"})), people, now=NOW)
    assert sorted(ids(result)) == [1, 2]
    assert not any(r.code == "language" for s in result for r in s.reasons)


def test_language_fallback_ignores_speakers_excluded_by_other_rules() -> None:
    # The only Finnish speaker is full, so the need falls back to the others.
    people = [cand(1, languages=frozenset({"fi"}), load=3), cand(2, languages=frozenset({"de"}))]
    assert ids(rank(need(languages=frozenset({"fi"})), people, now=NOW)) == [2]


def test_scattered_language_fallbacks_match_the_reference() -> None:
    # Every other need of one language group finds no speaker on its topic and falls back to
    # everyone: those needs are scored as rows picked apart, not as one run of the batch.
    welders = [cand(i, ("welding",), load=i % 3) for i in range(1, 9)]
    assessors = [cand(i, languages=frozenset({"fi"}), load=i % 2) for i in range(9, 15)]
    needs = [
        need(
            "help with welding" if row % 2 else "help with assessment",
            request_id=row,
            languages=frozenset({"fi"}),
            excluded=frozenset({row % 8 + 1}) if row % 3 == 0 else frozenset(),
        )
        for row in range(12)
    ]
    index = CandidateIndex.build(welders + assessors)
    for per_need in (1, 3):
        fast = candidate_pairs(index, needs, now=NOW, per_need=per_need)
        reference = reference_candidate_pairs(index, needs, now=NOW, per_need=per_need)
        assert same_pairs(fast, reference)
        welding = np.isin(fast.need, np.arange(1, 12, 2))
        assert set(index.person_ids[fast.candidate[welding]]) <= {c.person_id for c in welders}
        assert np.count_nonzero(welding) == 6 * per_need


def test_topic_synonyms_beat_unrelated_topics() -> None:
    people = [
        cand(1, topics=("curriculum design", "apprenticeship")),
        cand(2, topics=("evaluation",)),
        cand(3, topics=("welding",)),
    ]
    result = rank(need("How do I assess my learners?"), people, now=NOW)
    assert ids(result) == [2]
    assert result[0].reasons[0].code == "topic"
    assert result[0].reasons[0].detail == "evaluation"  # their own word, not the group's


def test_typos_in_the_need_are_forgiven() -> None:
    people = [cand(1, topics=("entrepreneurship",)), cand(2, topics=("robotics",))]
    assert ids(rank(need("entreprenuership for apprentices"), people, now=NOW)) == [1]


def test_a_typo_in_a_stemmed_word_is_forgiven_as_written() -> None:
    # "welding" reads as "weld" and "counselling" as the guidance concept; their typos are
    # compared with the words as written, which stemming would have cut shorter.
    people = [cand(1, topics=("welding",)), cand(2, topics=("counselling",)), cand(3)]
    assert ids(rank(need("weldnig for apprentices"), people, now=NOW)) == [1]
    assert ids(rank(need("counsellnig"), people, now=NOW)) == [2]


def test_a_declared_topic_beats_a_bio_mention() -> None:
    people = [
        cand(1, topics=("welding", "robotics"), bio="I also do some e-learning."),
        cand(2, topics=("welding", "online learning")),
    ]
    result = rank(need("online learning for welders"), people, now=NOW)
    assert ids(result) == [2, 1]
    assert result[0].score > result[1].score


def test_country_and_sector_are_bonuses_not_rules() -> None:
    people = [
        cand(1),
        cand(2, country="AT"),
        cand(3, country="AT", sector="Health care"),
        cand(4, sector="health-care"),
    ]
    result = rank(need(country="at", sector="health care"), people, now=NOW)
    assert ids(result)[0] == 3
    assert ids(result)[-1] == 1
    assert len(result) == 4


def test_lower_load_comes_first() -> None:
    people = [cand(1, capacity=4, load=3), cand(2, capacity=4, load=1), cand(3, capacity=4)]
    assert ids(rank(need(), people, now=NOW)) == [3, 2, 1]


def test_recently_proposed_come_later() -> None:
    people = [
        cand(1, last_proposed_at=NOW - timedelta(hours=2)),
        cand(2, last_proposed_at=NOW - timedelta(days=6)),
        cand(3, last_proposed_at=None),
        cand(4, last_proposed_at=NOW - timedelta(days=60)),
    ]
    result = rank(need(), people, now=NOW)
    assert ids(result) == [3, 4, 2, 1]
    assert result[0].score == result[1].score  # rested long enough counts as never proposed


def test_equal_candidates_are_ordered_by_person_id() -> None:
    people = [cand(7), cand(3), cand(5)]
    assert ids(rank(need(), people, now=NOW)) == [3, 5, 7]


def test_scores_stay_within_0_and_100_and_limit_holds() -> None:
    people = [cand(i, country="DE", sector="ICT") for i in range(1, 30)]
    result = rank(need("assessment", country="DE", sector="ICT"), people, now=NOW, limit=5)
    assert len(result) == 5
    assert all(0.0 <= s.score <= 100.0 for s in result)
    assert result[0].score == pytest.approx(100.0)


def test_a_prebuilt_index_ranks_like_the_plain_list() -> None:
    people = [
        cand(i, topics=("assessment", "e-learning")[: i % 2 + 1], load=i % 3) for i in range(9)
    ]
    index = CandidateIndex.build(people)
    assert rank(need(), index, now=NOW) == rank(need(), people, now=NOW)


def test_nothing_matches_gives_an_empty_list() -> None:
    assert rank(need("zzzz qqqq"), [cand(1)], now=NOW) == []
    assert rank(need(), [], now=NOW) == []


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        rank(need(), [cand(1)], now=datetime(2025, 1, 1))


def test_duplicate_person_of_one_kind_is_refused() -> None:
    with pytest.raises(ValueError):
        CandidateIndex.build([cand(1), cand(1)])
