"""The controlled vocabularies of a knowledge entry, and the ISO code lists they use.

Entry types, target groups and review statuses are the knowledge library's own. Languages are
ISO 639-1 codes (lower case); countries ISO 3166-1 alpha-2 codes (upper case, plus ``XK`` for
Kosovo as the EU itself uses it) or ``EU`` for things that serve all of Europe. The lists are
complete rather than European-only: a Turkish or Ukrainian trainer is as welcome as a German
one, and a code that does not exist is still refused. The bot checks everything people type
against the same lists (:mod:`bot.codes` re-exports them).
"""

from __future__ import annotations

from typing import Final


def _code_set(text: str) -> frozenset[str]:
    """The codes of a space-separated list (kept as text: 250 quoted codes read badly)."""
    return frozenset(text.split())


LANGUAGES: Final[frozenset[str]] = _code_set(
    """aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh
    zu"""
)

COUNTRIES: Final[frozenset[str]] = _code_set(
    """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
    DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
    GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
    KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU
    MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW
    PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF
    TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT
    ZA ZM ZW EU"""
)

#: Codes people often write that ISO spells differently (EU usage vs ISO 3166-1).
COUNTRY_HINTS: Final[dict[str, str]] = {"UK": "GB", "EL": "GR"}

TYPES: Final[tuple[str, ...]] = (
    "guide",
    "toolkit",
    "checklist",
    "template",
    "course",
    "framework",
    "report",
    "video",
    "e-learning",
    "community",
    "other",
)

TARGET_GROUPS: Final[tuple[str, ...]] = (
    "in-company trainer",
    "VET teacher",
    "mentor",
    "tutor",
    "coach",
    "trainer of trainers",
    "coordinator",
)

STATUSES: Final[tuple[str, ...]] = ("published", "pending", "rejected", "archived")


def canonical_type(value: str) -> str | None:
    """The entry type ``value`` names (case, spaces and a plural ``s`` forgiven), or ``None``."""
    key = "".join(ch for ch in value.casefold() if ch.isalnum())
    for name in TYPES:
        plain = name.replace("-", "")
        if key in (plain, plain + "s"):
            return name
    return None


def canonical_target_group(value: str) -> str | None:
    """The target group ``value`` names (case, hyphens and a plural ``s`` forgiven), or ``None``."""
    key = " ".join(value.casefold().replace("-", " ").split())
    for name in TARGET_GROUPS:
        plain = name.casefold().replace("-", " ")
        if key in (plain, plain + "s"):
            return name
    return None


#: What people call each entry type in the bot's eight languages, so a query naming one
#: ("guida", "Leitfaden", "poradnik") finds entries of that type. Read as thesaurus concepts
#: ``type_<name>`` by the lookup (:func:`knowledge.engine.default_concepts`).
TYPE_NAMES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "guide": {
        "en": ("guide", "guides", "handbook", "handbooks", "guidebook"),
        "de": ("Leitfaden", "Leitfäden", "Handbuch", "Handreichung", "Ratgeber"),
        "fr": ("guide", "guides", "guide pratique", "manuel"),
        "it": ("guida", "guide", "manuale", "vademecum"),
        "es": ("guía", "guías", "manual"),
        "pl": ("przewodnik", "poradnik", "podręcznik"),
        "nl": ("handleiding", "gids", "handboek", "wegwijzer"),
        "pt": ("guia", "guias", "manual"),
    },
    "toolkit": {
        "en": ("toolkit", "toolkits", "toolbox", "tool kit"),
        "de": ("Werkzeugkasten", "Toolbox", "Toolkit", "Methodenkoffer"),
        "fr": ("boîte à outils", "kit pratique"),
        "it": ("cassetta degli attrezzi", "kit di strumenti", "toolkit"),
        "es": ("caja de herramientas", "kit de herramientas"),
        "pl": ("zestaw narzędzi", "skrzynka narzędziowa"),
        "nl": ("gereedschapskist", "toolkit", "toolbox"),
        "pt": ("caixa de ferramentas", "kit de ferramentas"),
    },
    "checklist": {
        "en": ("checklist", "checklists", "check list"),
        "de": ("Checkliste", "Checklisten"),
        "fr": ("liste de contrôle", "liste de vérification", "check-list"),
        "it": ("lista di controllo", "checklist"),
        "es": ("lista de verificación", "lista de control"),
        "pl": ("lista kontrolna", "lista kontrolna"),
        "nl": ("checklist", "controlelijst"),
        "pt": ("lista de verificação", "lista de controlo"),
    },
    "template": {
        "en": ("template", "templates"),
        "de": ("Vorlage", "Vorlagen", "Muster"),
        "fr": ("modèle", "modèles", "gabarit"),
        "it": ("modello", "modelli"),
        "es": ("plantilla", "plantillas"),
        "pl": ("szablon", "wzór", "wzory"),
        "nl": ("sjabloon", "sjablonen"),
        "pt": ("modelo", "modelos", "formulário"),
    },
    "course": {
        "en": ("course", "courses"),
        "de": ("Kurs", "Kurse", "Lehrgang", "Lehrgänge"),
        "fr": ("cours", "stage de formation"),
        "it": ("corso", "corsi"),
        "es": ("curso", "cursos"),
        "pl": ("kurs", "kursy"),
        "nl": ("cursus", "cursussen"),
        "pt": ("curso", "cursos"),
    },
    "report": {
        "en": ("report", "reports", "study"),
        "de": ("Bericht", "Berichte", "Studie"),
        "fr": ("rapport", "rapports", "étude"),
        "it": ("rapporto", "relazione", "studio"),
        "es": ("informe", "informes", "estudio"),
        "pl": ("raport", "raporty", "sprawozdanie"),
        "nl": ("rapport", "verslag", "studie"),
        "pt": ("relatório", "relatórios", "estudo"),
    },
    "video": {
        "en": ("video", "videos"),
        "de": ("Video", "Videos", "Lehrvideo"),
        "fr": ("vidéo", "vidéos"),
        "it": ("video", "videolezione"),
        "es": ("vídeo", "video", "vídeos"),
        "pl": ("wideo", "film", "filmy"),
        "nl": ("video", "video's", "filmpje"),
        "pt": ("vídeo", "vídeos"),
    },
}
