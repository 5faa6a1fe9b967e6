"""The knowledge lookup engine: an in-memory index that ranks tools for a typed query.

``!tool QUERY`` must answer instantly on a store of 100,000 entries, forgiving typos, accents,
case, word order and missing words. :class:`LookupIndex` gets there in two stages:

1. **Candidates from an index, never a scan.** Each query word is mapped to vocabulary words —
   itself, typo neighbours through the deletion index of :mod:`knowledge.vocabulary`, and longer
   words it begins ("mentor" → "mentoring"). Their postings (which document holds the word, in
   which field) are summed with numpy into a *coverage* per document: the share of the query's
   weight (rarer words weigh more, BM25's idf) that the document matches, a title match counting
   fully, an alias 0.9, a topic 0.7, a summary 0.5, and the type, target groups and publisher
   0.3 (so "mentoring guide" finds guides for mentors); a typo'd reading counts less than an
   exact one, another inflection of the word ("mentors" for "mentoring", same
   :func:`~knowledge.text.stem`) 0.9.
2. **Re-ranking with rapidfuzz.** The best :data:`POOL` documents are scored against the
   corrected query with rapidfuzz's token-set and token-sort ratios over titles and aliases.

A hit's score (0..100) is ``coverage × (70 + 30 × title similarity)``, raised by a preference
boost in per cent, so a query matched only in part never scores high however close one word is
to a title. Coverage is ranked (not selected) by the square root of the share of query words a
document matches at all, so weak matches of every word beat a strong match of one.
Filters are hard: a document that fails one is never returned. ``prefer_lang``,
``prefer_country`` and ``prefer_network`` only add a boost (:data:`LANG_BOOST`,
:data:`COUNTRY_BOOST`, :data:`NETWORK_BOOST` per cent of the hit's relevance), so matching
entries come first among comparably relevant ones — weak matches as much as strong ones —
without hiding better answers. ``prefer_network`` is the reader's network: the entries a
network keeps as its own (:attr:`Document.network`) come before the ones every network shares.
``visible_to`` (also the reader's network) is hard: other networks' own entries are left out,
as if absent — from the hits, the total and the "did you mean" titles.

Decisions: a filter also accepts the entries that apply everywhere — entries for the whole EU
(``"EU"``) pass a country filter, entries for ``all`` sectors (or naming no sector) a sector
filter, entries naming no target group a target-group filter — but entries matching the filter
*exactly* come first among the relevant hits (those covering at least
:data:`RELEVANT_SHARE` of the best hit's coverage): ``training; country: AT`` lists the
Austrian entries before the EU-wide ones. Sectors, target groups and types compare folded
(case and accents ignored). :meth:`LookupIndex.browse` lists what filters alone select.

Updates and removals mark the old slot dead at once (it can never be returned again) and the
postings are compacted when dead slots outnumber live ones. What the index keeps per entry
and per word lives in a few large buffers (:mod:`knowledge.columns`), frozen after a build, a
compaction and for a snapshot; live edits go to small recent parts beside them until the next
freeze. The index is not thread-safe: the bot calls it from one event loop.

Why one module of ~800 lines: :class:`LookupIndex` is one data structure — slots, postings,
facets and the vocabulary kept in step by every update, read by every query stage. Split
across modules, those private arrays would become a public contract between them; the
parts that stand alone already live apart (:mod:`knowledge.text`, :mod:`knowledge.vocabulary`).
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import pickle
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz

from knowledge.codes import TYPE_NAMES
from knowledge.columns import BytesColumn, Postings
from knowledge.concepts import ConceptMatcher
from knowledge.text import LANGUAGES, fold, tokenize
from knowledge.thesaurus import concepts as thesaurus_concepts
from knowledge.vocabulary import CONCEPT_PREFIX, Vocabulary, allowed_edits

__all__ = [
    "COUNTRY_BOOST",
    "GOOD_SCORE",
    "LANG_BOOST",
    "NETWORK_BOOST",
    "POOL",
    "RELEVANT_SHARE",
    "Document",
    "Filters",
    "Hit",
    "LookupIndex",
    "SearchResult",
    "Translation",
    "default_concepts",
]

#: Weight of a word found in each field; a document counts a word once, at its best field.
_FIELD_WEIGHTS: Final = {
    "facets": 0.3,  # type, target groups, publisher: what a tool is and for whom, not its name
    "summary": 0.5,
    "topics": 0.7,
    "aliases": 0.9,
    "title": 1.0,
}
#: How much another inflection of a query word counts ("mentors" read for "mentoring").
_INFLECTION: Final = 0.9
#: Postings at or above this weight come from a title or an alias (used by autocomplete).
_NAME_WEIGHT: Final = 0.85
#: How many top candidates are re-ranked with rapidfuzz.
POOL: Final = 100
#: Below this coverage a document does not count as a match at all.
_MIN_COVERAGE: Final = 0.15
#: How much of a word (rapidfuzz ratio) a "did you mean" correction keeps.
_SUGGEST_SIMILARITY: Final = 70.0

#: Below this best score the query "scored poorly" and gets "did you mean" suggestions.
GOOD_SCORE: Final = 50.0
#: Per cent added to the relevance of an entry in the preferred language / country (half the
#: country boost for an EU-wide entry).
LANG_BOOST: Final = 8.0
COUNTRY_BOOST: Final = 5.0
#: Per cent added to the relevance of an entry the reader's network keeps as its own: its
#: coordinators chose it for their trainers. More than a shared entry in the reader's language
#: and country gets (``LANG_BOOST + COUNTRY_BOOST``), so an own entry comes first among
#: comparably relevant ones whatever their languages; a much better match still wins.
NETWORK_BOOST: Final = 20.0
#: With an exact-match filter, hits covering at least this share of the best hit's coverage
#: are "relevant": among them exact matches (country AT) come before general ones (EU).
RELEVANT_SHARE: Final = 0.45
#: Facet value of entries that apply to every sector / target group.
_EVERY: Final = "*"
_ALL_SECTORS: Final = "all"
#: Per title word, how much less a candidate weighs when choosing the re-rank pool (ties only).
_TIE_BREAK: Final = 1e-3
#: Tier of hits that are not relevant enough for the exact-match ordering.
_WEAK_TIER: Final = (
    99  #: At most this many distinct words of a query are used (a pasted essay is not a lookup).
)
_MAX_QUERY_WORDS: Final = 16
#: Most longer words one query word may stand for as a prefix (search / autocomplete).
_STEM_LIMIT: Final = 8
_COMPLETE_LIMIT: Final = 48
_MAX_LIMIT: Final = 100
#: How many entries, and at most how many bytes of them, make the dictionary they are
#: compressed with (see _pack).
_ZDICT_DOCS: Final = 64
_ZDICT_BYTES: Final = 16 * 1024
#: Separates an entry's folded title from its folded aliases in one stored string.
_NAME_SEP: Final = "\x1f"


@dataclass(frozen=True, slots=True, kw_only=True)
class Translation:
    """An entry's title and summary in one more language (ISO 639-1, lower case); either may
    be empty."""

    lang: str
    title: str = ""
    summary: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """What the index needs of a knowledge entry; ``id`` is the store's identifier.

    ``translations`` are indexed like the title and summary they translate, each read in its
    own language. ``network`` names the network whose own entry this is (compared exactly);
    empty for an entry every network shares.
    """

    id: str
    title: str
    aliases: tuple[str, ...] = ()
    summary: str = ""
    topics: tuple[str, ...] = ()
    type: str = "other"
    languages: frozenset[str] = frozenset()  # ISO 639-1, lower case
    countries: frozenset[str] = frozenset()  # ISO 3166-1 alpha-2 upper case, or "EU"
    sectors: frozenset[str] = frozenset()  # "all" (or none): every sector
    target_groups: frozenset[str] = frozenset()  # none: every target group
    publisher: str = ""
    translations: tuple[Translation, ...] = ()
    network: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    """Hard restrictions on a search; ``None`` (or a blank string) leaves a facet open.

    ``lang`` is an ISO 639-1 code, ``country`` an ISO 3166-1 alpha-2 code (entries for the
    whole ``"EU"`` pass any country); entries for ``all`` sectors or naming none pass any
    ``sector``, entries naming no target group any ``target_group``. All values compare
    case-insensitively.
    """

    lang: str | None = None
    country: str | None = None
    sector: str | None = None
    type: str | None = None
    target_group: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    """One ranked document: its id and a score from 0 to 100, higher is better."""

    id: str
    score: float


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchResult:
    """A page of hits, how many documents matched in all, and "did you mean" suggestions.

    ``suggestions`` is filled only when nothing scored at least :data:`GOOD_SCORE`: a corrected
    query built from the index's own words first, then titles that the correction finds.
    """

    hits: tuple[Hit, ...]
    total: int
    suggestions: tuple[str, ...] = ()


def _pack(doc: Document, zdict: bytes) -> bytes:
    """Every field of ``doc`` but its id, as one compressed string (sets in sorted order).

    Queries read only an entry's id and folded names; the rest is kept packed for
    :meth:`LookupIndex.get`. Compressed alone, an entry of a few hundred bytes shrinks by a
    third; with ``zdict`` (:func:`_dictionary`, entries like it) by three quarters, and each
    entry still unpacks on its own.
    """
    raw = _pickled(doc)
    if not zdict:
        return zlib.compress(raw)
    packer = _primed(zdict).copy()
    return packer.compress(raw) + packer.flush()


@lru_cache(maxsize=2)  # the index serving and one being built: ~400 KiB of state each
def _primed(zdict: bytes) -> zlib._Compress:
    """A compressor that has read ``zdict`` and nothing else: a copy of it compresses an
    entry alike in half the time of a new one, which reads the dictionary again."""
    return zlib.compressobj(zdict=zdict)


def _dictionary(docs: Iterable[Document]) -> bytes:
    """A preset dictionary for :func:`_pack`: the pickled fields of ``docs`` (a sample),
    their last :data:`_ZDICT_BYTES` (zlib prefers a dictionary's end; a longer one costs more
    per entry to compress)."""
    return b"".join(_pickled(doc) for doc in docs)[-_ZDICT_BYTES:]


def _pickled(doc: Document) -> bytes:
    fields = (
        doc.title,
        doc.aliases,
        doc.summary,
        doc.topics,
        doc.type,
        tuple(sorted(doc.languages)),
        tuple(sorted(doc.countries)),
        tuple(sorted(doc.sectors)),
        tuple(sorted(doc.target_groups)),
        doc.publisher,
        tuple((t.lang, t.title, t.summary) for t in doc.translations),
        doc.network,
    )
    return pickle.dumps(fields, protocol=5)


def _unpack(doc_id: str, packed: bytes, zdict: bytes) -> Document:
    """The document :func:`_pack` packed with ``zdict`` (equal to it, not the same object)."""
    if zdict:
        unpacker = zlib.decompressobj(zdict=zdict)
        raw = unpacker.decompress(packed) + unpacker.flush()
    else:
        raw = zlib.decompress(packed)
    (
        title,
        aliases,
        summary,
        topics,
        kind,
        languages,
        countries,
        sectors,
        target_groups,
        publisher,
        translations,
        network,
    ) = pickle.loads(raw)
    return Document(
        id=doc_id,
        title=title,
        aliases=aliases,
        summary=summary,
        topics=topics,
        type=kind,
        languages=frozenset(languages),
        countries=frozenset(countries),
        sectors=frozenset(sectors),
        target_groups=frozenset(target_groups),
        publisher=publisher,
        translations=tuple(
            Translation(lang=lang, title=title, summary=summary)
            for lang, title, summary in translations
        ),
        network=network,
    )


#: The field weights a posting can carry, each with its own postings (see LookupIndex):
#: a posting is a slot alone, its weight the one of the list it is in.
_CODE_OF: Final = {weight: code for code, weight in enumerate(sorted(set(_FIELD_WEIGHTS.values())))}
_WEIGHT_OF: Final = tuple(np.float32(weight) for weight in _CODE_OF)


def _reading_langs(langs: Iterable[str]) -> tuple[str, ...]:
    """The languages a text is stemmed in: the ones named (of :data:`LANGUAGES`) and English,
    the field's common language; every language when none is named."""
    named = [lang.strip().lower() for lang in langs]
    known = [lang for lang in LANGUAGES if lang in named]
    if not known:
        return LANGUAGES
    return tuple(dict.fromkeys(("en", *known)))


def _doc_terms(doc: Document, matcher: ConceptMatcher | None) -> dict[str, float]:
    """Each indexed word and concept token of ``doc`` with the weight of its best field."""
    terms: dict[str, float] = {}
    kind = "" if fold(doc.type) == "other" else doc.type
    langs = _reading_langs(doc.languages)
    fields: list[tuple[str, Iterable[str], tuple[str, ...]]] = [
        ("facets", (kind, *doc.target_groups, doc.publisher), langs),
        ("summary", (doc.summary,), langs),
        ("topics", doc.topics, langs),
        ("aliases", doc.aliases, langs),
        ("title", (doc.title,), langs),
    ]
    for translation in doc.translations:
        own = _reading_langs((translation.lang, *doc.languages))
        fields.append(("summary", (translation.summary,), own))
        fields.append(("title", (translation.title,), own))
    for field, texts, field_langs in fields:
        weight = _FIELD_WEIGHTS[field]
        for text in texts:
            for word in _text_terms(text, field_langs, matcher):
                if terms.get(word, 0.0) < weight:
                    terms[word] = weight
    return terms


@lru_cache(maxsize=4096)
def _text_terms(
    text: str, langs: tuple[str, ...], matcher: ConceptMatcher | None
) -> tuple[str, ...]:
    """The words of one field text and the concept tokens read in it (cached: topics, types,
    target groups and publishers repeat across entries, and removal reads them again)."""
    words = tokenize(text)
    if matcher is None or not words:
        return tuple(words)
    concepts = [
        CONCEPT_PREFIX + concept
        for segment in matcher.scan(words, langs)
        for concept in segment.concepts
    ]
    return (*words, *concepts)


_DEFAULT_MATCHER: list[ConceptMatcher] = []


def default_concepts() -> ConceptMatcher:
    """The matcher of the shipped thesaurus and of the entry types' names
    (:data:`~knowledge.codes.TYPE_NAMES`, as concepts ``type_<name>``), built once."""
    if not _DEFAULT_MATCHER:
        merged: dict[str, Mapping[str, tuple[str, ...]]] = dict(thesaurus_concepts())
        for kind, names in TYPE_NAMES.items():
            merged[f"type_{kind}"] = names
        _DEFAULT_MATCHER.append(ConceptMatcher(merged))
    return _DEFAULT_MATCHER[0]


def _facet_keys(doc: Document) -> set[tuple[str, str]]:
    keys = {("type", fold(doc.type))}
    keys.update(("lang", lang.strip().lower()) for lang in doc.languages)
    keys.update(("country", country.strip().upper()) for country in doc.countries)
    sectors = {fold(sector) for sector in doc.sectors}
    keys.update(("sector", sector) for sector in sectors)
    if not sectors or _ALL_SECTORS in sectors:
        keys.add(("sector", _EVERY))
    keys.update(("target_group", fold(group)) for group in doc.target_groups)
    if not doc.target_groups:
        keys.add(("target_group", _EVERY))
    if doc.network.strip():
        keys.add(("network", doc.network.strip()))
    return keys


def _filter_keys(filters: Filters) -> list[tuple[tuple[str, str], ...]]:
    """Each active filter as the facet keys that satisfy it (any one of them will do).

    A blank value (``""``, spaces) leaves its facet open, like ``None``.
    """
    wanted: list[tuple[tuple[str, str], ...]] = []
    if filters.lang and filters.lang.strip():
        wanted.append((("lang", filters.lang.strip().lower()),))
    for exact in _exact_keys(filters):
        wanted.append((exact, (exact[0], "EU" if exact[0] == "country" else _EVERY)))
    if filters.type and filters.type.strip():
        wanted.append((("type", fold(filters.type)),))
    return wanted


def _exact_keys(filters: Filters) -> list[tuple[str, str]]:
    """The facet keys of the filters that also let general entries through (EU, all sectors)."""
    keys: list[tuple[str, str]] = []
    if filters.country and filters.country.strip():
        keys.append(("country", filters.country.strip().upper()))
    for facet, value in (("sector", filters.sector), ("target_group", filters.target_group)):
        if value and value.strip():
            keys.append((facet, fold(value)))
    return keys


def _similarity(word: str, term: str, edits: int) -> float:
    """How much a typo reading counts: one edit in a long word costs less than in a short one."""
    if edits == 0:
        return 1.0
    return max(0.4, 1.0 - 1.5 * edits / max(len(word), len(term)))


class LookupIndex:
    """Ranked, typo-tolerant lookup over knowledge entries, held in memory.

    Build it from any iterable of :class:`Document` (:meth:`from_documents`), keep it in step
    with the store through :meth:`upsert` and :meth:`remove`, and query it with :meth:`search`,
    :meth:`complete` and :meth:`suggest_similar`. No query text makes these raise.
    """

    def __init__(self, *, concepts: ConceptMatcher | None = None, thesaurus: bool = True) -> None:
        # Reads thesaurus concepts in entries and queries; ``thesaurus=False`` indexes words
        # only (a query then finds entries in its own language only). The shipped matcher is
        # built when first read, not with the index: a process that never looks anything up
        # (``vetbot say "!help"``) never pays for it.
        self._matcher = concepts
        self._thesaurus = thesaurus
        self._vocab = Vocabulary()
        # Per slot (a document's place; a removed one's stays, dead, until compaction): its
        # id, its folded title and aliases joined by _NAME_SEP, and the document packed with
        # _zdict — each column a few buffers (knowledge.columns), not objects per entry.
        self._ids = BytesColumn()
        self._names = BytesColumn()
        self._docs = BytesColumn()
        self._zdict = b""
        # Finding a slot by id: for the frozen slots, their ids' CRC-32 sorted with the slot
        # of each (a hit is confirmed against the id itself); a dictionary for the slots
        # placed since the last freeze.
        # (Arrays, not numpy: one bisection in C costs less than numpy's call for a scalar.)
        self._id_keys: array[int] = array("I")
        self._id_slots: array[int] = array("i")
        self._recent_slots: dict[str, int] = {}
        self._alive = bytearray()
        self._live = 0
        # Words in each slot's title: breaks coverage ties before re-ranking (see _rank).
        self._title_words: array[float] = array("f")
        # Per field weight (_WEIGHT_OF), term -> the slots holding it at that weight (a slot
        # holds a term once, at its best field: under one weight of the term only).
        self._postings = Postings(len(_WEIGHT_OF))
        self._facets: dict[tuple[str, str], array[int]] = {}
        self._dead = 0

    @property
    def _concepts(self) -> ConceptMatcher | None:
        if self._matcher is None and self._thesaurus:
            self._matcher = default_concepts()
        return self._matcher

    @classmethod
    def from_documents(
        cls, docs: Iterable[Document], *, concepts: ConceptMatcher | None = None
    ) -> LookupIndex:
        """Build an index from ``docs`` (later duplicates of an id replace earlier ones)."""
        index = cls(concepts=concepts)
        docs = iter(docs)
        head = list(itertools.islice(docs, _ZDICT_DOCS))
        index._zdict = _dictionary(head)
        index._vocab.defer_deletions()
        for doc in itertools.chain(head, docs):
            index.upsert(doc)
        index._vocab.file_deletions()
        index._freeze()
        return index

    def __len__(self) -> int:
        return self._live

    # -- persistence (see knowledge.snapshot) ----------------------------------------------

    def to_frames(self) -> Iterator[object]:
        """The index as picklable parts, for :mod:`knowledge.snapshot`: its structures, then
        its columns one by one. Freezes the index first (see :meth:`_freeze`)."""
        self._freeze()
        # One part for the vocabulary and the postings: pickled together, the terms they
        # share are stored, and loaded, once.
        yield (
            self._vocab,
            self._postings,
            self._zdict,
            self._id_keys,
            self._id_slots,
            self._alive,
            self._live,
            self._title_words,
            self._facets,
            self._dead,
        )
        yield self._ids
        yield self._names
        yield self._docs

    @classmethod
    def from_frames(cls, frames: Iterable[Any]) -> LookupIndex:
        """The index :meth:`to_frames` took apart; ``ValueError`` if the parts do not fit."""
        parts = iter(frames)
        index = cls()
        try:
            (
                index._vocab,
                index._postings,
                index._zdict,
                index._id_keys,
                index._id_slots,
                index._alive,
                index._live,
                index._title_words,
                index._facets,
                index._dead,
            ) = next(parts)
            index._ids, index._names, index._docs = next(parts), next(parts), next(parts)
        except (StopIteration, TypeError, ValueError) as exc:
            raise ValueError("not an index snapshot") from exc
        size = len(index._alive)
        columns = (index._ids, index._names, index._docs)
        if (
            next(parts, None) is not None
            or not all(isinstance(column, BytesColumn) for column in columns)
            or not isinstance(index._postings, Postings)
            or any(len(column) != size for column in columns)
            or len(index._title_words) != size
            or len(index._id_keys) != index._live
        ):
            raise ValueError("index snapshot is incomplete")
        return index

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and self._slot(doc_id) is not None

    def get(self, doc_id: str) -> Document | None:
        """The indexed document with this id, or ``None``."""
        slot = self._slot(doc_id)
        return None if slot is None else _unpack(doc_id, self._docs[slot], self._zdict)

    def _slot(self, doc_id: str) -> int | None:
        """The live slot of the document with this id, or ``None``."""
        slot = self._recent_slots.get(doc_id)
        if slot is not None:
            return slot
        keys = self._id_keys
        wanted = doc_id.encode()
        key = zlib.crc32(wanted)
        at = bisect.bisect_left(keys, key)
        while at < len(keys) and keys[at] == key:
            slot = self._id_slots[at]
            if self._alive[slot] and self._ids[slot] == wanted:
                return slot
            at += 1
        return None

    def _id(self, slot: int) -> str:
        return self._ids.text(slot)

    def _name_keys(self, slot: int) -> list[str]:
        """The slot's folded title, then its folded aliases."""
        return self._names.text(slot).split(_NAME_SEP)

    # -- keeping the index in step ------------------------------------------------------------

    def upsert(self, doc: Document) -> None:
        """Index ``doc``, replacing any earlier version with the same id."""
        self.remove(doc.id)
        terms = _doc_terms(doc, self._concepts)
        for term in terms:
            self._vocab.add(term)
        title_key = " ".join(tokenize(doc.title))
        alias_keys = [key for key in (" ".join(tokenize(a)) for a in doc.aliases) if key]
        slot = len(self._alive)
        self._ids.append(doc.id.encode())
        self._names.append(_NAME_SEP.join((title_key, *alias_keys)).encode())
        self._docs.append(_pack(doc, self._zdict))
        self._alive.append(1)
        self._live += 1
        self._title_words.append(float(len(title_key.split())))
        for term, weight in terms.items():
            self._postings.add(term, _CODE_OF[weight], slot)
        for key in _facet_keys(doc):
            self._facets.setdefault(key, array("i")).append(slot)
        self._recent_slots[doc.id] = slot

    def remove(self, doc_id: str) -> None:
        """Drop the document with this id; unknown ids are ignored."""
        slot = self._slot(doc_id)
        if slot is None:
            return
        self._recent_slots.pop(doc_id, None)
        self._alive[slot] = 0
        self._live -= 1
        self._dead += 1
        doc = _unpack(doc_id, self._docs[slot], self._zdict)
        for term in _doc_terms(doc, self._concepts):
            self._vocab.discard(term)
        if self._dead > 1024 and self._dead > self._live:
            self._compact()

    def _compact(self) -> None:
        """Drop the dead slots, numbering the live ones anew (the vocabulary is already
        exact), and freeze."""
        self._freeze(compact=True)
        self._vocab.file_deletions()

    def _freeze(self, *, compact: bool = False) -> None:
        """Move everything placed since the last freeze into the compact, frozen parts
        (:mod:`knowledge.columns`); with ``compact``, dead slots go and the live ones are
        numbered anew. Costs about a second at 100,000 entries: done after a bulk build, at
        compaction, and before a snapshot is written."""
        if not compact and not self._recent_slots and len(self._id_keys) == self._live:
            return  # nothing placed or removed since
        alive = np.frombuffer(self._alive, dtype=np.bool_)
        live = np.flatnonzero(alive).astype(np.int32)
        renumber = np.full(len(alive), -1, dtype=np.int32)
        renumber[live] = np.arange(live.size, dtype=np.int32) if compact else live
        self._postings = self._postings.frozen(self._vocab.terms(), renumber)
        if compact:
            kept = live.tolist()
            self._ids = self._ids.kept(kept)
            self._names = self._names.kept(kept)
            self._docs = self._docs.kept(kept)
            self._alive = bytearray(b"\x01") * live.size
            words = np.frombuffer(self._title_words, dtype=np.float32)[live]
            self._title_words = array("f", words.tobytes())
            facets: dict[tuple[str, str], array[int]] = {}
            for key, held in self._facets.items():
                moved = renumber[np.frombuffer(held, dtype=np.int32)]
                moved = moved[moved >= 0]
                if moved.size:
                    facets[key] = array("i", moved.tobytes())
            self._facets, self._dead = facets, 0
            live = np.arange(live.size, dtype=np.int32)
        keys = np.fromiter(
            (zlib.crc32(self._ids[slot]) for slot in live.tolist()), np.uint32, live.size
        )
        order = np.argsort(keys, kind="stable")
        self._id_keys = array("I", keys[order].tobytes())
        self._id_slots = array("i", live[order].tobytes())
        self._recent_slots = {}

    # -- reading a query ----------------------------------------------------------------------

    def _variants(
        self,
        word: str,
        *,
        stems: int,
        typing: bool = False,
        langs: tuple[str, ...] = ("en",),
        prefixes: bool = True,
    ) -> dict[str, float]:
        """Vocabulary words that ``word`` may stand for, with how much each reading counts.

        ``stems`` bounds how many longer words beginning with ``word`` count too ("mentor" →
        "mentoring"); with ``typing`` the word is still being typed, so any prefix qualifies.
        Inflections are the words sharing a stem in one of ``langs``.
        """
        found: dict[str, float] = {}
        exact = word in self._vocab
        for term, edits in self._vocab.typo_candidates(word, max_edits=allowed_edits(word)):
            # A word that exists is most likely meant as typed; its neighbours count less.
            found[term] = _similarity(word, term, edits) * (0.8 if exact and edits else 1.0)
        if stems:
            # Other forms of the word and of its typo readings: "mentoring" finds "mentors".
            readings = [(word, 1.0), *found.items()]
            for base, similarity in readings:
                for form in self._vocab.inflections(base, langs):
                    if found.get(form, 0.0) < similarity * _INFLECTION:
                        found[form] = similarity * _INFLECTION
        if stems and prefixes and (typing or len(word) >= 5):
            stem_similarity = 0.95 if typing else 0.85
            for term in self._vocab.with_prefix(word, limit=stems):
                if term not in found:
                    found[term] = stem_similarity
        return found

    def _coverage(
        self,
        groups: list[dict[str, float]],
        *,
        names_only: bool,
        matched: npt.NDArray[np.float32] | None = None,
    ) -> npt.NDArray[np.float32]:
        """Per slot, the weighted share of the query words that the document matches (0..1).

        ``matched``, if given (zeros, one per slot), receives how many query words each
        document matches at all.
        """
        size = len(self._alive)
        acc = np.zeros(size, dtype=np.float32)
        live = max(self._live, 1)
        idfs: list[float] = []
        unmatched = 0
        for variants in groups:
            if not variants:
                unmatched += 1
                continue
            df = min(live, sum(self._vocab.df(term) for term in variants))
            idf = math.log(1.0 + (live - df + 0.5) / (df + 0.5))
            idfs.append(idf)
            best = np.zeros(size, dtype=np.float32) if len(variants) > 1 else acc
            scale = 1.0 if len(variants) > 1 else idf
            for term, similarity in variants.items():
                factor = np.float32(similarity * scale)
                for code, slots in self._postings.held(term):
                    weight = _WEIGHT_OF[code]
                    if names_only and not weight >= _NAME_WEIGHT:
                        weight = weight * 0.3
                    value = weight * factor
                    if best is acc:
                        acc[slots] += value
                        if matched is not None:
                            matched[slots] += 1.0  # a word is posted once per slot
                    else:
                        best[slots] = np.maximum(best[slots], value)
            if best is not acc:
                acc += best * np.float32(idf)
                if matched is not None:
                    matched += best > 0
        # An unknown word lowers the coverage like an average word of the query would.
        norm = sum(idfs) + unmatched * (sum(idfs) / len(idfs) if idfs else 1.0)
        if not idfs:
            return np.zeros(size, dtype=np.float32)
        acc /= np.float32(norm)
        return acc

    def _mask(
        self, filters: Filters | None, visible_to: str | None = None
    ) -> npt.NDArray[np.bool_]:
        """Live slots passing ``filters``, and not kept as their own by a network other than
        ``visible_to`` (when given)."""
        mask = np.frombuffer(self._alive, dtype=np.bool_).copy()
        for keys in _filter_keys(filters) if filters is not None else ():
            allowed = np.zeros(len(mask), dtype=np.bool_)
            for key in keys:
                slots = self._facets.get(key)
                if slots:
                    allowed[np.frombuffer(slots, dtype=np.int32)] = True
            mask &= allowed
        if visible_to is not None:
            reader = visible_to.strip()
            for (facet, network), slots in self._facets.items():
                if facet == "network" and network != reader and slots:
                    mask[np.frombuffer(slots, dtype=np.int32)] = False
        return mask

    def _facet_member(
        self, key: tuple[str, str], slots: npt.NDArray[np.intp]
    ) -> npt.NDArray[np.bool_]:
        held = self._facets.get(key)
        if not held:
            return np.zeros(len(slots), dtype=np.bool_)
        member = np.zeros(len(self._alive), dtype=np.bool_)
        member[np.frombuffer(held, dtype=np.int32)] = True
        return member[slots]

    def _generality(
        self, slots: npt.NDArray[np.intp], filters: Filters | None
    ) -> npt.NDArray[np.int16] | None:
        """Per slot, how many filters it passes only as a general entry (EU, all sectors…);
        ``None`` when no such filter is set."""
        keys = _exact_keys(filters) if filters is not None else []
        if not keys:
            return None
        general = np.zeros(len(slots), dtype=np.int16)
        for key in keys:
            general += ~self._facet_member(key, slots)
        return general

    def _boosts(
        self,
        slots: npt.NDArray[np.intp],
        prefer_lang: str | None,
        prefer_country: str | None,
        prefer_network: str | None = None,
    ) -> npt.NDArray[np.float32]:
        boost = np.zeros(len(slots), dtype=np.float32)
        if prefer_network and prefer_network.strip():
            boost += NETWORK_BOOST * self._facet_member(("network", prefer_network.strip()), slots)
        if prefer_lang:
            boost += LANG_BOOST * self._facet_member(("lang", prefer_lang.strip().lower()), slots)
        if prefer_country:
            country = prefer_country.strip().upper()
            exact = self._facet_member(("country", country), slots)
            eu_wide = self._facet_member(("country", "EU"), slots) & ~exact
            boost += COUNTRY_BOOST * exact + (COUNTRY_BOOST / 2) * eu_wide
        return boost

    # -- queries ------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        filters: Filters | None = None,
        prefer_lang: str | None = None,
        prefer_country: str | None = None,
        prefer_network: str | None = None,
        visible_to: str | None = None,
        query_lang: str | None = None,
        limit: int = 5,
        offset: int = 0,
    ) -> SearchResult:
        """Rank the documents matching ``query``; return hits ``offset .. offset + limit``.

        ``query_lang`` (default ``prefer_lang``) is the language the query is read in, beside
        English: its stems join a word's inflections, and thesaurus terms are recognised in
        it (written as in the thesaurus, they are recognised in any language). Paging is
        stable: asking for the next page with a larger ``offset`` continues the same order.
        ``total`` counts every document that matches at all (after filters). With
        ``visible_to`` (a network id) the entries other networks keep as their own are left
        out; ``prefer_network`` lifts that network's own.
        """
        words = _query_words(query)
        return self._search(
            words,
            langs=_reading_langs((query_lang or prefer_lang or "",)),
            filters=filters,
            prefer_lang=prefer_lang,
            prefer_country=prefer_country,
            prefer_network=prefer_network,
            visible_to=visible_to,
            limit=max(0, min(limit, _MAX_LIMIT)),
            offset=max(0, offset),
            suggest=True,
        )

    def _search(
        self,
        words: list[str],
        *,
        langs: tuple[str, ...],
        filters: Filters | None,
        prefer_lang: str | None,
        prefer_country: str | None,
        limit: int,
        offset: int,
        suggest: bool,
        prefer_network: str | None = None,
        visible_to: str | None = None,
    ) -> SearchResult:
        if not words or not self._live:
            return SearchResult(hits=(), total=0)
        readings, groups = self._groups(words, langs)
        known = sum(1 for variants in groups if variants)
        # Counting matched words only matters (and is only paid for) with two or more words.
        matched = np.zeros(len(self._alive), dtype=np.float32) if known > 1 else None
        coverage = self._coverage(groups, names_only=False, matched=matched)
        coverage *= self._mask(filters, visible_to)
        candidates = np.flatnonzero(coverage >= _MIN_COVERAGE)
        ranked: list[Hit] = []
        if len(candidates):
            boosts = self._boosts(candidates, prefer_lang, prefer_country, prefer_network)
            covered = coverage[candidates]
            if matched is not None:
                # Ranked (not selected) by how many of the words a document matches at all:
                # weak matches of every word ("mentoring guide" in a guide for mentors)
                # outrank a strong match of one word alone.
                covered = covered * np.sqrt(matched[candidates] / np.float32(known))
            tiers = self._generality(candidates, filters)
            if tiers is not None:
                relevant = covered >= np.float32(RELEVANT_SHARE) * covered.max()
                tiers = np.where(relevant, tiers, np.int16(_WEAK_TIER)).astype(np.int16)
            ranked = self._rank(
                candidates,
                covered,
                boosts,
                self._reading(readings, groups),
                offset + limit,
                tiers,
            )
        suggestions: tuple[str, ...] = ()
        page = tuple(ranked[offset : offset + limit])
        if suggest and (not ranked or ranked[0].score < GOOD_SCORE):
            suggestions = self._did_you_mean(
                words, filters, langs, shown={hit.id for hit in page}, visible_to=visible_to
            )
        return SearchResult(
            hits=page,
            total=len(candidates),
            suggestions=suggestions,
        )

    def browse(
        self,
        *,
        filters: Filters,
        prefer_lang: str | None = None,
        prefer_country: str | None = None,
        prefer_network: str | None = None,
        visible_to: str | None = None,
        limit: int = 5,
        offset: int = 0,
    ) -> SearchResult:
        """Every document the filters select, without a query (``!tool target: mentor``).

        Order: exact filter matches before general ones (EU, all sectors), then the preferred
        language, country and network, then title. Scores only rank: 50 plus the preference
        boost, less 10 per general match, never rising down the list. No filter at all selects
        nothing.
        """
        limit, offset = max(0, min(limit, _MAX_LIMIT)), max(0, offset)
        if not self._live or not _filter_keys(filters):
            return SearchResult(hits=(), total=0)
        candidates = np.flatnonzero(self._mask(filters, visible_to))
        boosts = self._boosts(candidates, prefer_lang, prefer_country, prefer_network)
        tiers = self._generality(candidates, filters)
        rows: list[tuple[int, float, str, str]] = []
        for i, slot in enumerate(candidates.tolist()):
            tier = 0 if tiers is None else int(tiers[i])
            rows.append((tier, -float(boosts[i]), self._name_keys(slot)[0], self._id(slot)))
        best = heapq.nsmallest(offset + limit, rows)
        hits: list[Hit] = []
        floor = 100.0
        for tier, negative_boost, _, doc_id in best:
            floor = min(floor, max(0.0, 50.0 - negative_boost - 10.0 * tier))
            hits.append(Hit(id=doc_id, score=round(floor, 2)))
        return SearchResult(hits=tuple(hits[offset:]), total=len(rows))

    def _groups(
        self, words: list[str], langs: tuple[str, ...]
    ) -> tuple[list[str], list[dict[str, float]]]:
        """The query's units and, for each, the index terms it may stand for.

        A unit is a word, or a thesaurus phrase read as its concepts ("tutor aziendali" is
        ``~in_company_trainer``): a one-word phrase also keeps its own variants (typos,
        inflections), a longer one stands for its concepts only.
        """
        if self._concepts is None:
            return words, [self._variants(w, stems=_STEM_LIMIT, langs=langs) for w in words]
        readings: list[str] = []
        groups: list[dict[str, float]] = []
        for segment in self._concepts.scan(words, langs):
            span = words[segment.start : segment.end]
            variants: dict[str, float] = {}
            if len(span) == 1 and segment.concepts:
                # A thesaurus term means its concept: its inflections count, but not the
                # longer words it begins ("guida" is a guide, not "guidance").
                variants = self._variants(span[0], stems=1, langs=langs, prefixes=False)
            elif len(span) == 1:
                variants = self._variants(span[0], stems=_STEM_LIMIT, langs=langs)
            for concept in segment.concepts:
                token = CONCEPT_PREFIX + concept
                if token in self._vocab:
                    variants[token] = 1.0
            readings.append(" ".join(span))
            groups.append(variants)
        return readings, groups

    def _reading(self, words: list[str], groups: list[dict[str, float]]) -> str:
        """The query as the index reads it: each word replaced by its likeliest variant (a
        concept stands for the words it was read from)."""
        best: list[str] = []
        for word, variants in zip(words, groups, strict=True):
            plain = {t: v for t, v in variants.items() if not t.startswith(CONCEPT_PREFIX)}
            if plain:
                best.append(max(plain, key=lambda term: (plain[term], self._vocab.df(term))))
            else:
                best.append(word)
        return " ".join(best)

    def _rank(
        self,
        candidates: npt.NDArray[np.intp],
        coverage: npt.NDArray[np.float32],
        boosts: npt.NDArray[np.float32],
        reading: str,
        want: int,
        tiers: npt.NDArray[np.int16] | None = None,
    ) -> list[Hit]:
        """Order ``candidates``: the top :data:`POOL` re-ranked by title similarity, then the rest.

        ``tiers`` (lower first) outrank scores: exact filter matches before general ones. Only
        the first ``want`` hits are built. The rest keep their coverage order. A hit's score is
        never higher than the one before it, so scores never rise down the list.
        """
        lift = np.float32(1.0) + boosts / np.float32(100.0)
        key = coverage * np.float32(70.0) * lift
        # Among equal coverage (a one-word query held by hundreds of titles), the shorter
        # title is the likelier answer and the closer one after re-ranking: it enters the pool.
        lengths = np.frombuffer(self._title_words, dtype=np.float32)[candidates]
        order = key - np.float32(_TIE_BREAK) * lengths
        if tiers is not None:
            order -= tiers.astype(np.float32) * np.float32(1000.0)
        if len(candidates) > POOL:
            top = np.argpartition(-order, POOL - 1)[:POOL]
        else:
            top = np.arange(len(candidates))
        scored: list[tuple[int, float, float, str, str]] = []
        for i in top.tolist():
            slot = int(candidates[i])
            names = self._name_keys(slot)
            relevance = float(coverage[i]) * (70.0 + 0.3 * _name_similarity(reading, names))
            tier = 0 if tiers is None else int(tiers[i])
            # Ordered uncapped, so a boost still counts between two perfect matches.
            scored.append((tier, relevance * float(lift[i]), relevance, names[0], self._id(slot)))
        scored.sort(key=lambda s: (s[0], -s[1], -s[2], s[3], s[4]))
        hits: list[Hit] = []
        floor = 100.0
        for _, rank, _, _, doc_id in scored:
            floor = min(floor, rank)
            hits.append(Hit(id=doc_id, score=round(floor, 2)))
        if want > len(hits) and len(candidates) > len(top):
            rest = np.setdiff1d(np.arange(len(candidates)), top)
            rest = rest[np.argsort(-order[rest], kind="stable")][: want - len(hits)]
            for i in rest.tolist():
                floor = min(floor, float(key[i]))
                hits.append(Hit(id=self._id(int(candidates[i])), score=round(floor, 2)))
        return hits

    def _did_you_mean(
        self,
        words: list[str],
        filters: Filters | None,
        langs: tuple[str, ...],
        *,
        shown: set[str],
        visible_to: str | None = None,
    ) -> tuple[str, ...]:
        """The query rewritten with the index's nearest words, then titles that rewrite finds
        (not those already on the page, ``shown``).

        Only a rewrite that corrects a word is offered: one that merely drops an unknown word
        would offer the reader their own words back. Corrections are more tolerant than the
        search itself (they only propose: two edits from five letters), but not so tolerant
        that a word becomes another word: a correction must keep most of the word
        (:data:`_SUGGEST_SIMILARITY`; "sefty" is "safety", "hello" is not "helps")."""
        rewritten: list[str] = []
        corrected = False
        for word in words:
            if word in self._vocab or self._vocab.inflections(word, langs):
                rewritten.append(word)
                continue
            tolerance = 2 if len(word) >= 5 else (1 if len(word) >= 3 else 0)
            options = [
                option
                for option in (
                    self._vocab.corrections(word, max_edits=tolerance) if tolerance else []
                )
                if fuzz.ratio(word, option[0]) >= _SUGGEST_SIMILARITY
            ]
            if options:
                rewritten.append(options[0][0])
                corrected = True
        if not corrected or not rewritten:
            return ()
        suggestions = [" ".join(rewritten)]
        found = self._search(
            rewritten,
            langs=langs,
            filters=filters,
            prefer_lang=None,
            prefer_country=None,
            limit=3,
            offset=0,
            suggest=False,
            visible_to=visible_to,
        )
        for hit in found.hits:
            doc = self.get(hit.id)
            if (
                doc is not None
                and hit.score >= GOOD_SCORE
                and hit.id not in shown
                and doc.title not in suggestions
            ):
                suggestions.append(doc.title)
        return tuple(suggestions)

    def complete(
        self, prefix: str, *, limit: int = 25, visible_to: str | None = None
    ) -> tuple[Hit, ...]:
        """Titles for what is being typed (Discord autocomplete); the last word may be partial.

        Matches titles and aliases (other fields count little); an empty prefix gives nothing.
        With ``visible_to`` other networks' own entries are left out, as in :meth:`search`.
        """
        limit = max(0, min(limit, _MAX_LIMIT))
        folded = fold(prefix)
        if not folded or not limit or not self._live:
            return ()
        words = folded.split()
        partial = prefix[-1:].isalnum()
        head = words[:-1] if partial else words
        head_words = list(dict.fromkeys(tokenize(" ".join(head))))[: _MAX_QUERY_WORDS - 1]
        groups = [self._variants(word, stems=_STEM_LIMIT) for word in head_words]
        if partial:
            last = words[-1][:40]
            head_words.append(last)
            groups.append(self._variants(last, stems=_COMPLETE_LIMIT, typing=True))
        if not groups:
            return ()
        coverage = self._coverage(groups, names_only=True) * self._mask(None, visible_to)
        candidates = np.flatnonzero(coverage >= _MIN_COVERAGE)
        if len(candidates) > POOL:
            candidates = candidates[np.argpartition(-coverage[candidates], POOL - 1)[:POOL]]
        typed = " ".join(head_words)
        scored: list[tuple[float, str, str]] = []
        for slot in candidates.tolist():
            names = self._name_keys(slot)
            # Partial ratio finds the typed text inside a title; plain ratio prefers the title
            # that says little more than what is typed.
            similarity = max(
                0.8 * fuzz.partial_ratio(typed, name) + 0.2 * fuzz.ratio(typed, name)
                for name in names
            )
            score = min(100.0, 75.0 * float(coverage[slot]) + 0.25 * similarity)
            scored.append((score, names[0], self._id(slot)))
        scored.sort(key=lambda s: (-s[0], s[1], s[2]))
        return tuple(Hit(id=doc_id, score=round(score, 2)) for score, _, doc_id in scored[:limit])

    def suggest_similar(
        self, title: str, *, limit: int = 3, threshold: float = 90
    ) -> tuple[Hit, ...]:
        """Documents whose title or alias is a near duplicate of ``title`` (score >= threshold).

        The score is rapidfuzz's token-sort ratio over folded words: word order, case, accents
        and stop words do not matter, a typo or an extra word costs a few points.
        """
        limit = max(0, min(limit, _MAX_LIMIT))
        words = list(dict.fromkeys(tokenize(title)))[:_MAX_QUERY_WORDS]
        if not words or not limit or not self._live:
            return ()
        groups = [self._variants(word, stems=0) for word in words]
        coverage = self._coverage(groups, names_only=True) * self._mask(None)
        candidates = np.flatnonzero(coverage >= _MIN_COVERAGE)
        if len(candidates) > POOL:
            candidates = candidates[np.argpartition(-coverage[candidates], POOL - 1)[:POOL]]
        wanted = " ".join(words)
        scored: list[tuple[float, str]] = []
        for slot in candidates.tolist():
            ratio = max(fuzz.token_sort_ratio(wanted, name) for name in self._name_keys(slot))
            if ratio >= threshold:
                scored.append((ratio, self._id(slot)))
        scored.sort(key=lambda s: (-s[0], s[1]))
        return tuple(Hit(id=doc_id, score=round(ratio, 2)) for ratio, doc_id in scored[:limit])


def _query_words(query: str) -> list[str]:
    """The distinct words of a query, in order; stop words only if there is nothing else."""
    words = tokenize(query) or tokenize(query, keep_stop_words=True)
    return list(dict.fromkeys(words))[:_MAX_QUERY_WORDS]


def _name_similarity(reading: str, names: list[str]) -> float:
    """0..100: how close the query reads to the entry's title (or, slightly less, an alias).

    Token-set ratio forgives the title's extra words, token-sort ratio rewards a title that says
    no more than the query; averaging them ranks the closest title first among full matches.
    """
    title, *aliases = names
    best = 0.5 * (fuzz.token_set_ratio(reading, title) + fuzz.token_sort_ratio(reading, title))
    for alias in aliases:
        similarity = 0.5 * (
            fuzz.token_set_ratio(reading, alias) + fuzz.token_sort_ratio(reading, alias)
        )
        best = max(best, 0.95 * similarity)
    return best
