"""The dashboard's pages as HTML: one layout, bar charts as inline SVG with a table of the same
figures, forms with their CSRF field. Every value is escaped here; no script, no outside
resource (the stylesheet is served by the dashboard itself)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from bot.capabilities.reports.model import FEWER, NOT_KNOWN, Value
from bot.formats import format_number
from bot.i18n import t

STYLE = """
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --bar: #1f6feb; --line: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
       color: var(--ink); background: #fff; }
header { background: #0b3d91; color: #fff; padding: .6rem 1rem; }
header a, header button { color: #fff; }
nav ul { list-style: none; margin: .3rem 0 0; padding: 0; display: flex; flex-wrap: wrap;
         gap: 1rem; }
nav form { display: inline; }
nav button { background: none; border: 1px solid #fff; border-radius: 4px; padding: .1rem .5rem;
             font: inherit; cursor: pointer; }
nav a[aria-current] { font-weight: bold; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
svg.chart { width: 100%; height: auto; max-width: 34rem; display: block; }
svg.chart text { font-size: 15px; fill: var(--ink); }
svg.chart rect.bar { fill: var(--bar); }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; }
td.num { text-align: right; }
.note, .muted { color: var(--muted); font-size: .9rem; }
.notice { border-left: 4px solid var(--bar); padding: .4rem .8rem; background: #f6f8fa; }
.error { border-left-color: #cf222e; }
.item { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; margin: .8rem 0; }
.item h2 { margin-top: 0; }
.item form { margin: .4rem 0; }
label { display: block; font-size: .9rem; }
input[type=text] { width: 100%; max-width: 30rem; font: inherit; padding: .3rem; }
button.action { font: inherit; padding: .3rem .9rem; margin-top: .3rem; cursor: pointer; }
"""


@dataclass(frozen=True, slots=True)
class Nav:
    """Who reads the page and what the layout needs: the reader's language, the current
    page, the CSRF token (``""``: not signed in)."""

    lang: str
    current: str = ""
    csrf: str = ""
    #: The path the dashboard is served under (``/vetbot`` behind a proxy), or ``""``.
    root: str = ""


_PAGES = (("overview", "/"), ("review", "/review"), ("prompts", "/prompts"))


def page(nav: Nav, title: str, body: str, *, status_note: str = "") -> str:
    """A whole page in the reader's language."""
    lang = nav.lang
    links = ""
    if nav.csrf:
        items = []
        for name, href in _PAGES:
            current = ' aria-current="page"' if name == nav.current else ""
            label = escape(t(f"dashboard.nav_{name}", lang))
            items.append(f'<li><a href="{nav.root}{href}"{current}>{label}</a></li>')
        sign_out = escape(t("dashboard.sign_out", lang))
        items.append(
            f'<li><form method="post" action="{nav.root}/logout">{csrf_field(nav.csrf)}'
            f'<button type="submit">{sign_out}</button></form></li>'
        )
        label = escape(t("dashboard.nav_label", lang))
        links = f'<nav aria-label="{label}"><ul>{"".join(items)}</ul></nav>'
    note = f'<p class="notice" role="status">{escape(status_note)}</p>' if status_note else ""
    app = escape(t("dashboard.title", lang))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="same-origin">'
        f"<title>{escape(title)} – {app}</title>"
        f'<link rel="stylesheet" href="{nav.root}/style.css"></head><body>'
        f"<header><strong>{app}</strong>{links}</header>"
        f"<main><h1>{escape(title)}</h1>{note}{body}</main></body></html>"
    )


def csrf_field(token: str) -> str:
    return f'<input type="hidden" name="csrf" value="{escape(token)}">'


def shown(value: Value, lang: str) -> str:
    """A figure as the reader reads it: a number, ``fewer than 5`` or ``not known``."""
    if value == FEWER:
        return t("dashboard.fewer", lang)
    if value == NOT_KNOWN:
        return t("dashboard.not_known", lang)
    if isinstance(value, float):
        return format_number(value, lang)
    return str(value)


def bar_chart(
    chart_id: str,
    caption: str,
    rows: Sequence[tuple[str, Value]],
    *,
    label_head: str,
    value_head: str,
    lang: str,
) -> str:
    """A horizontal bar chart as SVG (a bar per row; none for a figure that is not a
    number), followed by the same figures as a table for screen readers and copying."""
    if not rows:
        return f'<p class="muted">{escape(t("dashboard.nothing_yet", lang))}</p>'
    numbers = [float(v) for _, v in rows if isinstance(v, int | float)]
    top = max(numbers, default=0.0) or 1.0
    label_w, bar_w, row_h, value_w = 150, 200, 28, 100
    width = label_w + bar_w + value_w
    height = row_h * len(rows) + 8
    parts = [
        f'<svg class="chart" id="{chart_id}" role="img" aria-labelledby="{chart_id}-title"'
        f' viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
        ' xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(caption)}</title>',
    ]
    for index, (label, value) in enumerate(rows):
        y = 4 + index * row_h
        text = shown(value, lang)
        short = label if len(label) <= 18 else label[:17] + "…"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 19}" text-anchor="end">{escape(short)}</text>'
        )
        if isinstance(value, int | float):
            length = max(1.0, bar_w * float(value) / top) if value else 0.0
            parts.append(
                f'<rect class="bar" x="{label_w}" y="{y + 4}" width="{length:.1f}"'
                f' height="{row_h - 8}" data-value="{escape(str(value))}">'
                f"<title>{escape(label)}: {escape(text)}</title></rect>"
            )
            parts.append(f'<text x="{label_w + length + 6:.1f}" y="{y + 19}">{escape(text)}</text>')
        else:
            parts.append(
                f'<text x="{label_w + 6}" y="{y + 19}" class="muted">{escape(text)}</text>'
            )
    parts.append("</svg>")
    table_rows = "".join(
        f'<tr><th scope="row">{escape(label)}</th>'
        f'<td class="num">{escape(shown(value, lang))}</td></tr>'
        for label, value in rows
    )
    table = (
        f"<details><summary>{escape(t('dashboard.table', lang))}</summary>"
        f'<table id="{chart_id}-table"><caption>{escape(caption)}</caption>'
        f'<thead><tr><th scope="col">{escape(label_head)}</th>'
        f'<th scope="col">{escape(value_head)}</th></tr></thead>'
        f"<tbody>{table_rows}</tbody></table></details>"
    )
    return f"<figure>{''.join(parts)}{table}</figure>"


def table(heads: Sequence[str], rows: Sequence[Sequence[str]], caption: str = "") -> str:
    """A plain table of texts (each escaped here)."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in heads)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    cap = f"<caption>{escape(caption)}</caption>" if caption else ""
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
