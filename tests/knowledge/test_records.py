"""The pure parts: validation and cleaning of entry fields, new ids, link comparison."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.records import Content, make_id, parse_content, parse_id, url_key


def test_cleaning_normalises_codes_and_lists() -> None:
    content, problems = parse_content(
        {
            "title": "  A   guide\n",
            "aliases": "One; Two ;; One",
            "languages": ["EN", "de", "en"],
            "countries": "at;eu",
            "target_groups": ["VET Teachers", "in company trainer"],
            "sectors": ["Construction"],
            "type": "Checklists",
            "year": " 2020 ",
        }
    )
    assert problems == []
    assert content == Content(
        title="A guide",
        aliases=("One", "Two"),
        languages=("en", "de"),
        countries=("AT", "EU"),
        target_groups=("VET teacher", "in-company trainer"),
        sectors=("construction",),
        type="checklist",
        year=2020,
    )


def test_every_problem_of_a_row_is_reported() -> None:
    content, problems = parse_content(
        {
            "title": ["not", "text"],
            "url": "ftp://example.org/x",
            "type": "poster",
            "languages": ["xx"],
            "countries": ["EL"],
            "target_groups": ["parents"],
            "year": 1850,
            "aliases": [True],
        },
        row=7,
    )
    assert content is None
    assert {(p.row, p.field) for p in problems} == {
        (7, "title"),
        (7, "url"),
        (7, "type"),
        (7, "languages"),
        (7, "countries"),
        (7, "target_groups"),
        (7, "year"),
        (7, "aliases"),
    }


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=";"), max_size=40
)


@settings(max_examples=150, deadline=None)
@given(
    title=_text.filter(lambda s: s.strip()),
    summary=_text,
    aliases=st.lists(_text, max_size=4),
    topics=st.lists(_text, max_size=4),
)
def test_cleaning_is_idempotent(
    title: str, summary: str, aliases: list[str], topics: list[str]
) -> None:
    raw = {"title": title, "summary": summary, "aliases": aliases, "topics": topics}
    first, problems = parse_content(raw)
    if first is None:
        assert problems
        return
    again, _ = parse_content(first.as_dict())
    assert again == first


def test_new_ids_are_short_typeable_and_free() -> None:
    assert make_id("Mentoring in the workplace: a guide", ()) == "mentoring-workplace"
    assert make_id("Peer coaching handbook", ()) == "peer-coaching-handbook"
    assert make_id("Évaluation des formations", ()) == "evaluation-formations"
    taken = {"europass", "europass-2"}
    assert make_id("Europass", taken) == "europass-3"
    long_id = make_id("Supercalifragilistic " * 5, ())
    assert len(long_id) <= 24
    greek = make_id("Οδηγός μαθητείας", ())
    assert greek.startswith("tool-") and len(greek) == 9 and greek.isascii()


def test_links_compare_without_scheme_www_case_and_trailing_slash() -> None:
    assert url_key("https://www.EPALE.eu/en/") == url_key("http://epale.eu/en")
    assert url_key("https://epale.eu/en?x=1") != url_key("https://epale.eu/en")
    assert url_key("https://epale.eu/en#top") == url_key("https://epale.eu/en")
    assert url_key("") == ""


def test_links_compare_without_tracking_parameters() -> None:
    plain = url_key("https://example.org/mentor-kit")
    for tracked in (
        "https://example.org/mentor-kit?utm_source=x",
        "https://example.org/mentor-kit/?utm_source=x&UTM_Medium=mail",
        "https://example.org/mentor-kit?fbclid=abc123",
        "https://example.org/mentor-kit?gclid=1&mc_cid=2#top",
    ):
        assert url_key(tracked) == plain, tracked
    # Real parameters stay, in their order, and the path keeps its case.
    assert url_key("https://example.org/kit?id=7&utm_source=x") == "example.org/kit?id=7"
    assert url_key("https://example.org/kit?id=7") != url_key("https://example.org/kit?id=8")
    assert url_key("https://example.org/Mentor-Kit") != plain


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"title": 42}, "title"),
        ({"title": True}, "title"),
        ({"title": "Ok", "summary": 3.5}, "summary"),
        ({"title": "Ok", "publisher": 1}, "publisher"),
        ({"title": "Ok", "type": 7}, "type"),
        ({"title": "Ok", "topics": ["fine", 2030]}, "topics"),
        ({"title": "Ok", "languages": [None]}, "languages"),
    ],
)
def test_values_that_are_not_text_are_problems(raw: dict[str, object], field: str) -> None:
    content, problems = parse_content(raw, row=3)
    assert content is None
    assert [(p.row, p.field) for p in problems] == [(3, field)]
    assert "text" in problems[0].message


def test_one_string_for_a_list_field_is_a_one_element_list() -> None:
    content, problems = parse_content({"title": "Ok", "languages": "it", "topics": "a;b"})
    assert problems == []
    assert content is not None
    assert content.languages == ("it",) and content.topics == ("a", "b")


def test_ids_must_be_text() -> None:
    assert parse_id(42)[0] is None and parse_id(42)[1]
    assert parse_id("mentoring-guide") == ("mentoring-guide", None)


def test_invisible_characters_are_removed_from_every_text_field() -> None:
    content, problems = parse_content(
        {
            "title": "Evil\u202etitle\x07",
            "summary": "sum\u00admary\x1b here",
            "aliases": ["al\u2066ias"],
            "publisher": "\u200fPub",
        }
    )
    assert problems == [] and content is not None
    assert (content.title, content.summary) == ("Eviltitle", "summary here")
    assert (content.aliases, content.publisher) == (("alias",), "Pub")


def test_progress_bar_draws_only_on_a_terminal() -> None:
    import io

    from bot.capabilities.knowledge.cli import ProgressBar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        bar = ProgressBar(stream)
        bar(500, 1000)
        bar(1000, 1000)
        bar.close()
    assert pipe.getvalue() == ""
    assert terminal.getvalue().endswith("] 1000/1000\n")
    assert "\rimporting [" + "#" * 15 + "-" * 15 + "] 500/1000" in terminal.getvalue()
