"""A report written out: CSV, JSON, Markdown or a self-contained HTML page (the figures by
their stable names, for a spreadsheet or a dashboard), and the short summary a coordinator
reads in chat, in their language."""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable
from typing import Any

from bot.actions import Attachment
from bot.capabilities.reports.model import (
    FEWER,
    NOT_KNOWN,
    SECTIONS,
    Figure,
    NetworkReport,
    Report,
    Value,
)
from bot.formats import format_number
from bot.i18n import t

FORMATS = ("md", "csv", "json", "html")
COLUMNS = ("network", "section", "item", "figure", "value")
_MIME = {
    "md": "text/markdown",
    "csv": "text/csv",
    "json": "application/json",
    "html": "text/html",
}


def _text(value: Value) -> str:
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def to_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for f in report.figures:
        writer.writerow((f.network, f.section, f.item, f.name, _text(f.value)))
    return out.getvalue()


def to_json(report: Report) -> str:
    data: dict[str, Any] = {
        "period": {
            "from": report.period.start.isoformat(),
            "to": report.period.end.isoformat(),
            "label": report.period.label,
        },
        "made_at": report.made_at.isoformat(),
        "fewer_than_5": FEWER,
        "not_known": NOT_KNOWN,
        "networks": [
            {
                "id": n.network,
                "name": n.name,
                "figures": [
                    {"section": f.section, "item": f.item, "figure": f.name, "value": f.value}
                    for f in n.figures
                ],
            }
            for n in report.networks
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _grouped(network: NetworkReport) -> list[tuple[str, str, list[Figure]]]:
    """(section, item, figures) in report order."""
    groups: dict[tuple[str, str], list[Figure]] = {}
    for f in network.figures:
        groups.setdefault((f.section, f.item), []).append(f)
    order = {s: i for i, s in enumerate(SECTIONS)}
    keys = sorted(groups, key=lambda k: order.get(k[0], len(order)))
    return [(s, i, groups[(s, i)]) for s, i in keys]


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_md(report: Report) -> str:
    lines = [f"# Report {report.period.label}", ""]
    lines.append(
        f"From {report.period.start.isoformat()} to {report.period.end.isoformat()} (UTC days);"
        f" made {report.made_at:%Y-%m-%d %H:%M} UTC. “{FEWER}”: a figure about fewer than 5"
        f" people; “{NOT_KNOWN}”: nothing records it."
    )
    for network in report.networks:
        title = network.network + (f" — {network.name}" if network.name else "")
        lines += ["", f"## {_md_cell(title)}"]
        for section, item, figures in _grouped(network):
            lines += ["", f"### {section}: {_md_cell(item)}", "", "| figure | value |", "|---|---|"]
            lines += [f"| {_md_cell(f.name)} | {_md_cell(_text(f.value))} |" for f in figures]
    return "\n".join(lines) + "\n"


_STYLE = (
    "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
    "table{border-collapse:collapse;margin:.5em 0 1.5em}"
    "td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}"
    "td.n{text-align:right}"
)


def to_html(report: Report) -> str:
    e = html.escape
    label = e(report.period.label)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Report {label}</title><style>{_STYLE}</style></head><body>",
        f"<h1>Report {label}</h1>",
        f"<p>From {e(report.period.start.isoformat())} to {e(report.period.end.isoformat())}"
        f" (UTC days); made {e(f'{report.made_at:%Y-%m-%d %H:%M}')} UTC."
        f" “{e(FEWER)}”: a figure about fewer than 5 people; “{e(NOT_KNOWN)}”: nothing"
        " records it.</p>",
    ]
    for network in report.networks:
        title = network.network + (f" — {network.name}" if network.name else "")
        parts.append(f"<h2>{e(title)}</h2>")
        for section, item, figures in _grouped(network):
            parts.append(f"<h3>{e(section)}: {e(item)}</h3>")
            parts.append("<table><tr><th>figure</th><th>value</th></tr>")
            parts += [
                f'<tr><td>{e(f.name)}</td><td class="n">{e(_text(f.value))}</td></tr>'
                for f in figures
            ]
            parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


WRITERS: dict[str, Callable[[Report], str]] = {
    "md": to_md,
    "csv": to_csv,
    "json": to_json,
    "html": to_html,
}


def as_file(report: Report, fmt: str = "csv") -> Attachment:
    """The report as a file to send, named after its period."""
    return Attachment(
        filename=f"report-{report.period.label.replace('..', '_')}.{fmt}",
        content=WRITERS[fmt](report).encode(),
        mime=_MIME[fmt],
    )


# --- the summary in chat ----------------------------------------------------------------------

#: The figures the chat summary names: (section, figure, catalog key of its label).
SUMMARY = (
    ("prompts", "prompts_posted", "reports.prompts_posted"),
    ("prompts", "replies", "reports.replies"),
    ("matching", "requested", "reports.requested"),
    ("matching", "accepted", "reports.accepted"),
    ("matching", "feedback_average", "reports.feedback_average"),
    ("knowledge", "lookups_asked", "reports.lookups_asked"),
    ("knowledge", "lookups_found_nothing", "reports.lookups_found_nothing"),
    ("knowledge", "suggestions_made", "reports.suggestions_made"),
)


def value_text(value: Value | None, lang: str) -> str:
    """A figure as a reader of ``lang`` reads it."""
    if value == FEWER:
        return t("reports.fewer", lang)
    if value == NOT_KNOWN or value is None:
        return t("reports.not_known", lang)
    if isinstance(value, float):
        return format_number(value, lang)
    return str(value)


def summary_text(report: Report, lang: str) -> str:
    """The short reply to ``!report``: the period, then a line per network."""
    lines = [t("reports.summary_head", lang, period=report.period.label)]
    for network in report.networks:
        values = ", ".join(
            t(key, lang, value=value_text(network.value(section, name), lang))
            for section, name, key in SUMMARY
        )
        lines.append(f"{network.network}: {values}")
    if not report.networks:
        lines.append(t("reports.no_networks", lang))
    return "\n".join(lines)
