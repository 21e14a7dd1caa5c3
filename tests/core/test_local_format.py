"""core/local_format.py: dates as each language shows them (Thai: the Buddhist-era year and
Thai month abbreviations), times and numbers the same in both."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core import i18n, local_format

MOMENT = datetime(2026, 12, 2, 10, 15, 3, tzinfo=UTC)


def test_the_documented_examples() -> None:
    assert local_format.format_datetime(MOMENT, i18n.THAI) == "2 ธ.ค. 2569 10:15:03"
    assert local_format.format_datetime(MOMENT, i18n.ENGLISH) == "2 Dec 2026 10:15:03"
    assert local_format.format_date(MOMENT, i18n.THAI) == "2 ธ.ค. 2569"
    assert local_format.format_time(MOMENT) == "10:15:03"


def test_the_buddhist_era_year_is_the_gregorian_year_plus_543() -> None:
    assert local_format.BUDDHIST_ERA_OFFSET == 543
    assert local_format.shown_year(2026, i18n.THAI) == 2569
    assert local_format.shown_year(2026, i18n.ENGLISH) == 2026
    assert local_format.shown_year(2026, "xx") == 2026  # not Thai: Gregorian


def test_without_a_language_the_current_one_is_used() -> None:
    assert local_format.format_date(MOMENT) == "2 Dec 2026"
    with i18n.speaking(i18n.THAI):
        assert local_format.format_date(MOMENT) == "2 ธ.ค. 2569"
        assert local_format.shown_year(2026) == 2569
        assert local_format.format_date(MOMENT, i18n.ENGLISH) == "2 Dec 2026"  # named wins
    i18n.set_language(i18n.THAI)
    assert local_format.format_datetime(MOMENT) == "2 ธ.ค. 2569 10:15:03"


def test_an_unknown_language_shows_english_months_and_gregorian_years() -> None:
    assert local_format.format_date(MOMENT, "xx") == "2 Dec 2026"


@pytest.mark.parametrize(
    ("month", "thai", "english"),
    [(1, "ม.ค.", "Jan"), (2, "ก.พ.", "Feb"), (3, "มี.ค.", "Mar"), (4, "เม.ย.", "Apr"),
     (5, "พ.ค.", "May"), (6, "มิ.ย.", "Jun"), (7, "ก.ค.", "Jul"), (8, "ส.ค.", "Aug"),
     (9, "ก.ย.", "Sep"), (10, "ต.ค.", "Oct"), (11, "พ.ย.", "Nov"), (12, "ธ.ค.", "Dec")],
)  # fmt: skip
def test_every_month(month: int, thai: str, english: str) -> None:
    moment = datetime(2025, month, 15)
    assert local_format.format_date(moment, i18n.THAI) == f"15 {thai} 2568"
    assert local_format.format_date(moment, i18n.ENGLISH) == f"15 {english} 2025"


def test_the_moment_is_shown_in_its_own_time_zone() -> None:
    bangkok = MOMENT.astimezone(timezone(timedelta(hours=7)))
    assert local_format.format_datetime(bangkok, i18n.THAI) == "2 ธ.ค. 2569 17:15:03"
    late = datetime(2026, 12, 31, 20, 0, tzinfo=UTC).astimezone(timezone(timedelta(hours=7)))
    assert local_format.format_date(late, i18n.THAI) == "1 ม.ค. 2570"  # a new year there


def test_the_day_has_no_leading_zero_and_the_time_has() -> None:
    moment = datetime(2026, 1, 5, 7, 8, 9)
    assert local_format.format_datetime(moment, i18n.ENGLISH) == "5 Jan 2026 07:08:09"


@given(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)))
def test_any_date_in_both_languages(moment: datetime) -> None:
    thai = local_format.format_datetime(moment, i18n.THAI)
    english = local_format.format_datetime(moment, i18n.ENGLISH)
    day, month, year, time = thai.split(" ")
    assert (int(day), int(year)) == (moment.day, moment.year + 543)
    assert month == local_format.MONTHS[i18n.THAI][moment.month - 1]
    assert time == moment.strftime("%H:%M:%S")
    assert english.split(" ")[2] == str(moment.year)
    assert english.endswith(time)


@pytest.mark.parametrize(
    ("value", "shown"),
    [(0, "0"), (7, "7"), (1234, "1,234"), (1_234_567, "1,234,567"), (-4_500, "-4,500")],
)
def test_numbers_use_western_digits_and_comma_grouping(value: int, shown: str) -> None:
    assert local_format.format_number(value) == shown
    with i18n.speaking(i18n.THAI):
        assert local_format.format_number(value) == shown
