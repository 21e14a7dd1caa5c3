"""The history columns' shown text: one rule, read in Python (the table) and as SQL (the
filter), the same for any record, in any time zone; and the filter matches what is shown."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core import i18n, local_format
from omise_token_gui.core.history import HistoryFilter, HistoryStore, TokenRecord
from omise_token_gui.core.history_columns import COLUMN_TEXT, local_time, shown, stamp_sql
from omise_token_gui.core.verdict import CHARGE_STATUSES

ZONES = ("UTC", "Asia/Bangkok", "America/St_Johns", "Australia/Lord_Howe", "Pacific/Chatham")
T0 = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


@contextlib.contextmanager
def zone(name: str) -> Iterator[None]:
    """The process's local time zone set to ``name`` (TZ), for Python and SQLite alike."""
    mp = pytest.MonkeyPatch()
    mp.setenv("TZ", name)
    time.tzset()
    try:
        yield
    finally:
        mp.undo()
        time.tzset()


words = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12)
codes = st.none() | st.sampled_from(["", "insufficient_fund", "stolen_or_lost_card"])
statuses = st.sampled_from(CHARGE_STATUSES)


@st.composite
def token_records(draw: st.DrawFn) -> TokenRecord:
    return TokenRecord(
        token_id="tokn_test_" + draw(st.text("abc019", min_size=1, max_size=8)),
        created_at=draw(
            st.datetimes(datetime(1900, 1, 1), datetime(2200, 1, 1), timezones=st.just(UTC))
        ),
        profile=draw(words),
        vault_url="http://127.0.0.1:1",
        raw_json="{}",
        used=draw(st.booleans()),
        charge_status=draw(statuses),
        failure_code=draw(codes),
        brand=draw(words),
        last4=draw(st.text("0123456789", max_size=4)),
        scenario_label=draw(st.none() | words),
        expected_charge_status=draw(st.none() | statuses),
        expected_failure_code=draw(codes),
        authorized=draw(st.sampled_from([None, True, False])),
    )


def sql_texts(record: TokenRecord) -> dict[str, str]:
    with HistoryStore(":memory:") as store:
        store.add(record)
        exprs = ", ".join(text.sql() for text in COLUMN_TEXT.values())
        row = store._db.execute(f"SELECT {exprs} FROM tokens").fetchone()
    return dict(zip(COLUMN_TEXT, row, strict=True))


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@pytest.mark.parametrize("name", ZONES)
@given(record=token_records())
def test_every_column_reads_the_same_in_python_and_sql(
    name: str, language: str, record: TokenRecord
) -> None:
    with zone(name), i18n.speaking(language):
        stored = HistoryStore(":memory:")
        with stored:
            stored.add(record)
            read = stored.get(record.token_id)
        assert read is not None
        assert sql_texts(record) == {key: shown(read, key) for key in COLUMN_TEXT}


def test_created_time_carries_its_zone() -> None:
    with zone("Asia/Bangkok"):
        assert local_time(T0) == "2026-03-01 16:30:00 +07:00"
    with zone("America/St_Johns"):
        assert local_time(T0) == "2026-03-01 06:00:00 -03:30"
    assert local_time(datetime(1, 1, 1, tzinfo=UTC)) == "0001-01-01 00:00:00 UTC"


def test_created_time_in_thai_has_the_buddhist_era_year_and_thai_months() -> None:
    with i18n.speaking(i18n.THAI):
        with zone("Asia/Bangkok"):
            assert local_time(T0) == "1 มี.ค. 2569 16:30:00 +07:00"
            assert local_time(datetime(2026, 12, 2, 3, 15, 3, tzinfo=UTC)) == (
                "2 ธ.ค. 2569 10:15:03 +07:00"
            )
        assert local_time(datetime(1, 1, 1, tzinfo=UTC)) == "1 ม.ค. 544 00:00:00 UTC"


@pytest.mark.parametrize("month", range(1, 13))
def test_every_thai_month_reads_the_same_in_python_and_sql(month: int) -> None:
    """The SQL's month names and year offset are core.local_format's (one home)."""
    import sqlite3

    moment = datetime(2026, month, 28, 23, 59, 59)
    with contextlib.closing(sqlite3.connect(":memory:")) as db:
        sql = stamp_sql("?", language=i18n.THAI)
        row = db.execute(f"SELECT {sql}", [moment.isoformat()] * sql.count("?")).fetchone()
    assert row[0] == local_format.history_stamp(moment, i18n.THAI)
    assert local_format.MONTHS[i18n.THAI][month - 1] in row[0]
    assert str(2026 + local_format.BUDDHIST_ERA_OFFSET) in row[0]


def rec(i: int, **kw: object) -> TokenRecord:
    values: dict[str, object] = {
        "token_id": f"tokn_test_{i:04d}",
        "created_at": T0 + timedelta(minutes=i),
        "profile": "Sandbox",
        "vault_url": "http://127.0.0.1:1",
        "raw_json": "{}",
        "brand": "Visa",
        "last4": "4242",
    }
    values.update(kw)
    return TokenRecord(**values)  # type: ignore[arg-type]


def failing_day(store: HistoryStore) -> None:
    """Six tokens whose charge failed or will fail, as a tester's day leaves them."""
    fund = {"scenario": "insufficient_fund", "scenario_label": "Insufficient funds"}
    expect = {"expected_charge_status": "failed", "expected_failure_code": "insufficient_fund"}
    failed = {"used": True, "charge_status": "failed", "failure_code": "insufficient_fund"}
    store.add(rec(1, last4="0011", **fund, **expect, **failed))
    store.add(rec(2, last4="0011", **fund, **expect, **failed))
    store.add(rec(3, **fund, **expect, used=True, charge_status="failed", failure_code="x"))
    store.add(rec(4, last4="0011", **fund, **expect))  # unused: the failure is expected
    store.add(rec(5, **fund, **expect, used=True, charge_status="successful"))
    store.add(rec(6, used=True, charge_status="failed", failure_code="invalid_card"))
    store.add(rec(7, brand="JCB", last4="0000", used=True, charge_status="successful"))


def matching(store: HistoryStore, text: str) -> list[str]:
    return [r.token_id[-1] for r in store.page(where=HistoryFilter(text=text), descending=False)]


def test_the_filter_finds_what_the_table_shows(tmp_path: object) -> None:
    with zone("Asia/Bangkok"), HistoryStore(":memory:") as store:
        failing_day(store)
        assert matching(store, "failed") == ["1", "2", "3", "4", "5", "6"]
        assert matching(store, "unused") == ["4"]
        assert matching(store, "used") == ["1", "2", "3", "4", "5", "6", "7"]  # "unused" too
        assert matching(store, "expected") == ["3", "5"]  # the Verdict column: ✘ expected …
        assert matching(store, "matches") == ["1", "2"]  # ✔ matches
        assert matching(store, "pending") == ["4"]  # ◷ pending (not charged yet)
        assert matching(store, "—") == ["6", "7"]  # not a catalog card
        assert matching(store, "✘") == ["3", "5"]
        assert matching(store, "visa 0011") == ["1", "2", "4"]
        assert matching(store, "VISA   0011 unused") == ["4"]  # every word, any case
        assert matching(store, "16:31") == ["1"]  # the local time shown, not the stored UTC
        assert matching(store, "+07:00") == ["1", "2", "3", "4", "5", "6", "7"]
        assert matching(store, "typed-in") == ["6", "7"]
        assert matching(store, "insufficient_fund") == ["1", "2", "3", "4", "5"]
        assert matching(store, "visa jcb") == []
        assert store.count(HistoryFilter(text="failed unused")) == 1


def test_the_filter_finds_each_verdict_by_its_words() -> None:
    """The five verdicts' texts, as the Verdict column shows them, in English and Thai."""
    fund = {"scenario": "insufficient_fund", "scenario_label": "Insufficient funds"}
    expect = {"expected_charge_status": "failed", "expected_failure_code": "insufficient_fund"}
    with HistoryStore(":memory:") as store:
        store.add(rec(1, **fund, **expect, used=True, charge_status="failed"))  # no code seen
        store.add(rec(2, **fund, **expect, used=True, charge_status="failed", failure_code="x"))
        store.add(rec(3, **fund, **expect))
        store.add(rec(4, used=True, charge_status="successful"))
        store.add(
            rec(5, expected_charge_status="successful", charge_status="pending", authorized=True)
        )
        assert [shown(store.get(rec(i).token_id), "verdict") for i in range(1, 6)] == [
            "◐ status matches",
            "✘ expected failed: insufficient_fund",
            "◷ pending",
            "—",
            "✔ matches",
        ]
        assert matching(store, "◐") == matching(store, "status matches") == ["1"]
        assert matching(store, "matches") == ["1", "5"]
        assert matching(store, "✔") == ["5"]
        assert matching(store, "◷") == ["3"]
        with i18n.speaking(i18n.THAI):
            assert shown(store.get(rec(1).token_id), "verdict") == "◐ สถานะตรง"
            assert matching(store, "สถานะตรง") == ["1"]
            assert matching(store, "รอดำเนินการ") == ["3"]
            assert matching(store, "status matches") == ["1"]  # English words still work


def test_the_filter_finds_what_the_table_shows_in_thai() -> None:
    """The same day in Thai: the filter matches the Thai text shown (the app's words, the
    Thai catalog label, the Buddhist-era date), and the English text still (a script's
    filter finds the same rows whatever the language)."""
    with zone("Asia/Bangkok"), HistoryStore(":memory:") as store, i18n.speaking(i18n.THAI):
        failing_day(store)
        assert matching(store, "ยังไม่ใช้") == ["4"]
        assert matching(store, "ใช้แล้ว") == ["1", "2", "3", "5", "6", "7"]
        assert matching(store, "ใช้") == ["1", "2", "3", "4", "5", "6", "7"]  # "ยังไม่ใช้" too
        assert matching(store, "ควรเป็น") == ["1", "2", "3", "5"]  # ✔/✘ …ควรเป็น…
        assert matching(store, "ตรงตามที่ควรเป็น") == ["1", "2"]
        assert matching(store, "✘") == ["3", "5"]
        assert matching(store, "บัตรที่พิมพ์เอง") == ["6", "7"]
        assert matching(store, "ยอดเงินไม่เพียงพอ") == ["1", "2", "3", "4", "5"]  # the label
        assert matching(store, "มี.ค.") == ["1", "2", "3", "4", "5", "6", "7"]
        assert matching(store, "1 มี.ค. 2569 16:31") == ["1"]
        assert matching(store, "2569 16:31") == ["1"]
        assert matching(store, "+07:00") == ["1", "2", "3", "4", "5", "6", "7"]
        assert matching(store, "visa 0011 ยังไม่ใช้") == ["4"]
        assert matching(store, "insufficient_fund") == ["1", "2", "3", "4", "5"]  # Omise's code
        assert matching(store, "unused") == ["4"]  # the English words of the same rows
        assert matching(store, "2026-03-01") == ["1", "2", "3", "4", "5", "6", "7"]
        assert matching(store, "typed-in") == ["6", "7"]
        assert matching(store, "ยังไม่ใช้ unused") == ["4"]  # a word of each language
        with i18n.speaking(i18n.ENGLISH):
            assert matching(store, "ยังไม่ใช้") == []  # English rows show no Thai
        assert matching(store, "failed") == ["1", "2", "3", "4", "5", "6"]  # Omise's status


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_word_shown_finds_its_row(language: str) -> None:
    """Whatever a cell shows, each of its words typed into the filter finds its row."""
    with zone("Asia/Bangkok"), HistoryStore(":memory:") as store, i18n.speaking(language):
        failing_day(store)
        for record in store.page(descending=False):
            for key in COLUMN_TEXT:
                for word in shown(record, key).split():
                    assert record.token_id[-1] in matching(store, word), (key, word)


def test_hidden_fields_are_not_matched() -> None:
    with HistoryStore(":memory:") as store:
        store.add(rec(1, cardholder="Somchai", scenario="stolen_card"))
        for text in ("Somchai", "stolen_card", "http"):
            assert store.count(HistoryFilter(text=text)) == 0, text


def test_the_filter_searches_the_tag_and_the_note() -> None:
    """Issue 16: the test case (its Tag column) and the note (shown in the details pane)
    are searched; a word in neither finds nothing."""
    with HistoryStore(":memory:") as store:
        store.add(rec(1, note="retry after the 3DS page", test_key="QA-123"))
        store.add(rec(2))
        for text in ("QA-123", "qa-12", "3DS", "retry page"):
            assert [r.token_id[-1] for r in store.page(where=HistoryFilter(text=text))] == ["1"], (
                text
            )
        assert store.count(HistoryFilter(text="QA-999")) == 0
        assert shown(store.page()[-1], "tag") == "QA-123"
