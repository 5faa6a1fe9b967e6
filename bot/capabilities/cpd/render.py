"""What people see of frameworks, ratings and logs, in the reader's language: the questions
of a self-assessment, the coded problems of an import, and the portfolio export (Markdown
and self-contained HTML)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from html import escape

from bot.capabilities.cpd.frameworks import (
    Framework,
    FrameworkFileError,
    Problem,
    area_scores,
    text_in,
)
from bot.capabilities.cpd.service import LogItem
from bot.formats import format_day, format_number
from bot.i18n import t


def problem_text(problem: Problem, lang: str) -> str:
    return t(f"cpd.problem.{problem.code}", lang, **problem.params)


def file_error_text(error: FrameworkFileError, lang: str) -> str:
    return t(f"cpd.file.{error.code}", lang, **error.params)


def level_text(framework: Framework, level: int | None, lang: str) -> str:
    """``3 – Confident`` for a level, the word for skipped for ``None``."""
    if level is None:
        return t("cpd.skipped", lang)
    found = framework.level(level)
    label = text_in(found.label, lang) if found is not None else ""
    return f"{level} – {label}" if label else str(level)


def competence_name(framework: Framework, competence_id: str | None, lang: str) -> str:
    if not competence_id:
        return ""
    found = framework.competence(competence_id)
    return text_in(found.name, lang) if found is not None else competence_id


def log_line(item: LogItem, framework: Framework | None, lang: str) -> str:
    """``#2 · Sat, 5 Dec 2026 · Course on feedback — Give constructive feedback · URL``."""
    parts = [f"#{item.number}"]
    if item.done_on is not None:
        parts.append(format_day(item.done_on, lang))
    parts.append(item.what)
    line = " · ".join(parts)
    if item.competence_id:
        name = (
            competence_name(framework, item.competence_id, lang)
            if framework is not None and item.framework_id == framework.id
            else item.competence_id
        )
        line += f" — {name}"
    if item.evidence:
        line += f" · {item.evidence}"
    return line


def _average(value: float | None, lang: str) -> str:
    return "–" if value is None else format_number(value, lang)


def portfolio_markdown(
    framework: Framework,
    ratings: Mapping[str, int | None],
    items: Sequence[LogItem],
    *,
    name: str,
    made: datetime,
    lang: str,
) -> str:
    """The person's portfolio as Markdown: the framework, their ratings per area, their log."""
    out = [
        f"# {t('cpd.export_title', lang, name=name)}",
        "",
        t("cpd.export_intro", lang, framework=text_in(framework.name, lang), day=_day(made, lang)),
        "",
        f"## {t('cpd.export_ratings', lang)}",
    ]
    for score in area_scores(framework, ratings):
        out += ["", f"### {text_in(score.area.name, lang)} ({_average(score.average, lang)})", ""]
        for competence in score.area.competences:
            answer = ratings.get(competence.id, 0)
            shown = t("cpd.not_rated", lang) if answer == 0 else level_text(framework, answer, lang)
            out.append(f"- {text_in(competence.name, lang)}: {shown}")
    out += ["", f"## {t('cpd.export_log', lang)}", ""]
    if not items:
        out.append(t("cpd.log_empty_plain", lang))
    for item in items:
        out.append(f"- {_md(log_line(item, framework, lang))}")
    out.append("")
    return "\n".join(out)


def _md(text: str) -> str:
    return text.replace("\n", " ")


def _day(at: datetime, lang: str) -> str:
    return format_day(at, lang)


def portfolio_html(
    framework: Framework,
    ratings: Mapping[str, int | None],
    items: Sequence[LogItem],
    *,
    name: str,
    made: datetime,
    lang: str,
) -> str:
    """The same portfolio as one self-contained HTML page (no scripts, nothing fetched);
    every text escaped."""
    e = escape
    title = t("cpd.export_title", lang, name=name)
    rows: list[str] = []
    for score in area_scores(framework, ratings):
        rows.append(
            f"<h3>{e(text_in(score.area.name, lang))} "
            f"<small>({e(_average(score.average, lang))})</small></h3>\n<table>"
        )
        for competence in score.area.competences:
            answer = ratings.get(competence.id, 0)
            shown = t("cpd.not_rated", lang) if answer == 0 else level_text(framework, answer, lang)
            rows.append(
                f'<tr><th scope="row">{e(text_in(competence.name, lang))}</th>'
                f"<td>{e(shown)}</td></tr>"
            )
        rows.append("</table>")
    log_rows: list[str] = []
    for item in items:
        day = format_day(item.done_on, lang) if item.done_on is not None else ""
        named = ""
        if item.competence_id:
            named = (
                competence_name(framework, item.competence_id, lang)
                if item.framework_id == framework.id
                else item.competence_id
            )
        evidence = ""
        if item.evidence.lower().startswith(("http://", "https://")):
            evidence = f'<a href="{e(item.evidence, quote=True)}">{e(item.evidence)}</a>'
        elif item.evidence:
            evidence = e(item.evidence)
        log_rows.append(
            f"<tr><td>{item.number}</td><td>{e(day)}</td><td>{e(item.what)}</td>"
            f"<td>{e(named)}</td><td>{evidence}</td></tr>"
        )
    heads = "".join(
        f"<th>{e(t(f'cpd.export_col_{c}', lang))}</th>"
        for c in ("number", "date", "what", "competence", "evidence")
    )
    log_table = (
        f"<table>\n<tr>{heads}</tr>\n" + "\n".join(log_rows) + "\n</table>"
        if log_rows
        else f"<p>{e(t('cpd.log_empty_plain', lang))}</p>"
    )
    intro = t(
        "cpd.export_intro", lang, framework=text_in(framework.name, lang), day=_day(made, lang)
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{e(title)}</h1>\n<p>{e(intro)}</p>\n"
        f"<h2>{e(t('cpd.export_ratings', lang))}</h2>\n" + "\n".join(rows) + "\n"
        f"<h2>{e(t('cpd.export_log', lang))}</h2>\n{log_table}\n</body>\n</html>\n"
    )


_STYLE = (
    "body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em;color:#222}"
    "table{border-collapse:collapse;width:100%;margin-bottom:1em}"
    "th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}"
    "small{color:#555;font-weight:normal}"
)
