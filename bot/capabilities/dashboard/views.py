"""What each page shows, read through the services chat uses, within the reader's networks:
the reports service's figures (:class:`~bot.capabilities.reports.service.ReportService`), the
knowledge review queue (:class:`~bot.capabilities.knowledge.review.ReviewService`) and the
prompts' coming posts (:class:`~bot.capabilities.prompts.service.PromptService`)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from html import escape

from bot.capabilities.dashboard.access import Session
from bot.capabilities.dashboard.html import bar_chart, csrf_field, table
from bot.capabilities.knowledge.review import ReviewService
from bot.capabilities.prompts.service import PromptService
from bot.capabilities.reports.charts import Charts, NetworkCharts
from bot.capabilities.reports.model import Period
from bot.capabilities.reports.service import ReportService
from bot.formats import format_day, format_moment
from bot.i18n import t
from bot.safety import clip

#: Months the overview shows, this one included.
MONTHS = 6
#: Days ahead the calendar shows.
CALENDAR_DAYS = 31
#: Suggestions the review page lists at once.
QUEUE_PAGE = 25


def months_back(today: date, count: int = MONTHS) -> list[Period]:
    """The last ``count`` months, oldest first, this one last."""
    first = today.replace(day=1)
    out = []
    for _ in range(count):
        out.append(Period.of_month(first))
        first = (first - timedelta(days=1)).replace(day=1)
    return list(reversed(out))


async def overview_figures(
    reports: ReportService, charts: Charts, session: Session, today: date
) -> tuple[Period, list[NetworkCharts]]:
    """The figures of the overview, for the networks the session's reader reports on."""
    networks = reports.chosen(session.scope)
    months = months_back(today)
    window = Period(months[0].start, months[-1].end)
    return window, await charts.figures(months, networks)


async def overview_body(
    reports: ReportService, charts: Charts, session: Session, today: date
) -> str:
    lang = session.lang
    window, figures = await overview_figures(reports, charts, session, today)
    parts = [
        "<p>"
        + escape(
            t(
                "dashboard.overview_intro",
                lang,
                start=format_day(window.start, lang),
                end=format_day(window.end, lang),
            )
        )
        + "</p>",
        f'<p class="note">{escape(t("dashboard.fewer_note", lang))}</p>',
    ]
    for net in figures:
        nid = escape(net.network)
        parts.append(
            f'<section aria-labelledby="net-{nid}"><h2 id="net-{nid}">'
            f"{escape(t('dashboard.network', lang, name=net.name))}</h2>"
        )
        asked, empty = net.lookups
        parts.append(
            "<p>"
            + escape(t("dashboard.lookups", lang, asked=str(asked), empty=str(empty)))
            + "</p>"
        )
        shown_charts = (
            (
                "matches",
                t("dashboard.matches_chart", lang),
                list(net.matches),
                t("dashboard.month", lang),
                t("dashboard.matches", lang),
            ),
            (
                "prompts",
                t("dashboard.prompts_chart", lang),
                [(t("dashboard.prompt_label", lang, id=pid), v) for pid, v in net.prompts],
                t("dashboard.prompt", lang),
                t("dashboard.people", lang),
            ),
            (
                "gaps",
                t("dashboard.gaps_chart", lang),
                list(net.gaps),
                t("dashboard.lookup", lang),
                t("dashboard.times", lang),
            ),
        )
        for kind, caption, rows, label_head, value_head in shown_charts:
            chart_id = f"{kind}-{nid}"
            parts.append(f'<h3 id="{chart_id}-head">{escape(caption)}</h3>')
            parts.append(
                bar_chart(
                    chart_id,
                    caption,
                    rows,
                    label_head=label_head,
                    value_head=value_head,
                    lang=lang,
                )
            )
        parts.append("</section>")
    return "".join(parts)


async def review_body(review: ReviewService, session: Session, root: str = "") -> str:
    lang = session.lang
    items, total = await review.review_queue(limit=QUEUE_PAGE, actor=session.actor)
    if not items:
        return f"<p>{escape(t('dashboard.review_empty', lang))}</p>"
    parts = [f"<p>{escape(t('dashboard.review_count', lang, total=total, shown=len(items)))}</p>"]
    for item in items:
        entry = item.entry
        eid = escape(entry.id)
        url = entry.content.url
        link = (
            f'<a href="{escape(url)}" rel="noopener noreferrer nofollow">{escape(url)}</a>'
            if url.startswith(("https://", "http://"))
            else escape(url)
        )
        similar = (
            _p(t("dashboard.similar", lang, ids=", ".join(item.similar)), "muted")
            if item.similar
            else ""
        )
        by = t("dashboard.suggested_by", lang, name=item.suggested_by or "?")
        approve = _button(t("dashboard.approve", lang))
        reject = _button(t("dashboard.reject", lang))
        reason = escape(t("dashboard.reason", lang))
        csrf = csrf_field(session.csrf)
        parts.append(
            f'<article class="item" aria-labelledby="s-{eid}">'
            f'<h2 id="s-{eid}">{escape(entry.content.title)} '
            f'<span class="muted">({eid})</span></h2>'
            f"<p>{link}</p>{_p(clip(entry.content.summary, 400))}{_p(by, 'muted')}{similar}"
            f'<form method="post" action="{root}/review/{eid}/approve">{csrf}{approve}</form>'
            f'<form method="post" action="{root}/review/{eid}/reject">{csrf}'
            f'<label for="reason-{eid}">{reason}</label>'
            f'<input type="text" id="reason-{eid}" name="reason" required maxlength="500">'
            f"{reject}</form></article>"
        )
    return "".join(parts)


def _p(text: str, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return f"<p{cls}>{escape(text)}</p>"


def _button(label: str) -> str:
    return f'<button class="action" type="submit">{escape(label)}</button>'


async def calendar_body(prompts: PromptService, session: Session, now: datetime) -> str:
    lang = session.lang
    until = now + timedelta(days=CALENDAR_DAYS)
    coming: list[tuple[datetime, int, str]] = []
    for prompt in await prompts.coming(until, count=10, actor=session.actor):
        coming.extend((at, prompt.prompt_id, prompt.text) for at in prompt.times)
    coming.sort()
    if not coming:
        return f"<p>{escape(t('dashboard.calendar_empty', lang, days=CALENDAR_DAYS))}</p>"
    rows = [
        (format_moment(at, lang, session.zone), f"#{pid}", clip(" ".join(text.split()), 160))
        for at, pid, text in coming
    ]
    return table(
        (t("dashboard.when", lang), t("dashboard.prompt", lang), t("dashboard.text", lang)),
        rows,
        caption=t("dashboard.calendar_caption", lang, days=CALENDAR_DAYS),
    )
