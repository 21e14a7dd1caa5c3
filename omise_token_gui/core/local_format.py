"""Dates, times and numbers as the chosen language shows them (display only).

Thai dates carry the Buddhist-era year (Gregorian + 543), as Thai readers expect in dates
(CLDR lists the Buddhist calendar first for Thailand; Thai Windows and macOS default to it):
``2 ธ.ค. 2569 10:15:03``. English: ``2 Dec 2026 10:15:03``. Times are the same in both. Numbers
use Western digits with comma grouping in both (Thai-script digits are rare in software).
Values sent to a vault, stored, exported or printed as JSON stay ISO 8601 Gregorian: only
what is shown goes through here. See docs/i18n.md.
"""

from __future__ import annotations

from datetime import datetime

from omise_token_gui.core import i18n

BUDDHIST_ERA_OFFSET = 543
MONTHS = {
    i18n.ENGLISH: (
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ),
    i18n.THAI: (
        "ม.ค.",
        "ก.พ.",
        "มี.ค.",
        "เม.ย.",
        "พ.ค.",
        "มิ.ย.",
        "ก.ค.",
        "ส.ค.",
        "ก.ย.",
        "ต.ค.",
        "พ.ย.",
        "ธ.ค.",
    ),
}


def shown_year(year: int, language: str | None = None) -> int:
    """The year as the language shows it (Thai: Buddhist era)."""
    return year + BUDDHIST_ERA_OFFSET if (language or i18n.current()) == i18n.THAI else year


def format_date(moment: datetime, language: str | None = None) -> str:
    """``2 Dec 2026`` / ``2 ธ.ค. 2569``."""
    lang = language or i18n.current()
    month = MONTHS.get(lang, MONTHS[i18n.ENGLISH])[moment.month - 1]
    return f"{moment.day} {month} {shown_year(moment.year, lang)}"


def format_time(moment: datetime) -> str:
    """``10:15:03`` (24 hours, in both languages)."""
    return moment.strftime("%H:%M:%S")


def format_datetime(moment: datetime, language: str | None = None) -> str:
    """``2 Dec 2026 10:15:03`` / ``2 ธ.ค. 2569 10:15:03`` (in the moment's own time zone)."""
    return f"{format_date(moment, language)} {format_time(moment)}"


def history_stamp(moment: datetime, language: str | None = None) -> str:
    """A moment as the history's Created column shows it, without its zone (the moment's own
    wall time): English keeps the sortable ISO form ``2026-12-02 10:15:03`` (what the
    history has always shown, and what testers paste into ``--filter``); Thai the Thai form
    with the Buddhist-era year ``2 ธ.ค. 2569 10:15:03``. ``core.history_columns`` renders
    the same text in SQLite from ``MONTHS`` and ``BUDDHIST_ERA_OFFSET``."""
    if (language or i18n.current()) == i18n.THAI:
        return format_datetime(moment, i18n.THAI)
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} {format_time(moment)}"


def format_number(value: int) -> str:
    """``1,234`` in both languages."""
    return f"{value:,}"
