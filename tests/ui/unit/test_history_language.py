"""The history panel switched between English and Thai at run time: headers, cells (the
app's words, the Buddhist-era date), the filter's items, the state-dependent lines (counts,
last refresh, several rows' actions) and the row details, re-rendered at once and back."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omise_token_gui.core import explanations, i18n
from omise_token_gui.core.history import HistoryStore, TokenRecord
from omise_token_gui.ui.history_model import COL, HistoryModel
from omise_token_gui.ui.history_view import HistoryPanel
from omise_token_gui.ui.i18n import apply_language
from tests.helpers import records
from tests.ui.unit.conftest import StoreFactory

WHEN = datetime(2026, 12, 2, 3, 15, 3, tzinfo=UTC)


def day(store: HistoryStore) -> list[TokenRecord]:
    """As expected, not as expected, and a typed-in card still unused."""
    base = records(3)
    made = [
        replace(
            base[0],
            created_at=WHEN,
            scenario="successful",
            scenario_label="Successful charge",
            expected_charge_status="successful",
            charge_status="successful",
            used=True,
        ),
        replace(
            base[1],
            created_at=WHEN.replace(second=4),
            scenario="insufficient_fund",
            scenario_label="Insufficient funds",
            expected_charge_status="failed",
            expected_failure_code="insufficient_fund",
            charge_status="successful",
            used=True,
        ),
        replace(base[2], created_at=WHEN.replace(second=5)),
    ]
    store.add_many(made)
    return made


def switch(language: str) -> None:
    """Choose ``language`` as Settings does; the widgets' LanguageChange is delivered."""
    apply_language(language)
    QApplication.processEvents()


@pytest.fixture
def english_back() -> Iterator[None]:
    yield
    switch(i18n.ENGLISH)


@pytest.fixture
def bangkok(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Bangkok's (TZ), for Python and SQLite alike."""
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def panel(qtbot: QtBot, make_store: StoreFactory, english_back: None) -> HistoryPanel:
    store = make_store(0)
    day(store)
    shown = HistoryPanel(HistoryModel(store))
    qtbot.addWidget(shown)
    return shown


def cell(panel: HistoryPanel, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    return str(panel.model.index(row, COL[key]).data(role))


def header(panel: HistoryPanel, key: str) -> str:
    return str(panel.model.headerData(COL[key], Qt.Orientation.Horizontal))


def test_a_switch_re_renders_the_history_in_thai_and_back(
    panel: HistoryPanel, qtbot: QtBot, bangkok: None
) -> None:
    panel.show_last_refreshed(datetime(2026, 12, 2, 10, 15, 3), 3, 1)
    english = {
        "header": header(panel, "verdict"),
        "verdict": cell(panel, 2, "verdict"),
        "created": cell(panel, 2, "created"),
    }
    assert english == {
        "header": "Verdict",
        "verdict": "✔ matches",
        "created": "2026-12-02 10:15:03 +07:00",
    }
    with (
        qtbot.waitSignal(panel.model.headerDataChanged),
        qtbot.waitSignal(panel.model.dataChanged),
    ):
        switch(i18n.THAI)
    assert header(panel, "verdict") == "ผลตรวจ"
    assert header(panel, "created") == "สร้างเมื่อ"
    assert cell(panel, 2, "verdict") == "✔ ตรงตามที่ควรเป็น"
    assert cell(panel, 1, "verdict") == "✘ ควรเป็น failed: insufficient_fund"
    assert cell(panel, 1, "scenario") == "ยอดเงินไม่เพียงพอ · failed: insufficient_fund"
    assert cell(panel, 0, "scenario") == "(บัตรที่พิมพ์เอง)"
    assert cell(panel, 0, "used") == "ยังไม่ใช้"
    assert cell(panel, 2, "created") == "2 ธ.ค. 2569 10:15:03 +07:00"
    assert [panel.used_filter.itemText(i) for i in range(3)] == [
        "โทเค็นทั้งหมด",
        "ยังไม่ใช้",
        "ใช้แล้ว",
    ]
    assert panel.last_refreshed.text() == "รีเฟรชล่าสุด: 10:15:03 (สำเร็จ 3, ไม่สำเร็จ 1)"
    assert panel.count_label.text() == "3 โทเค็น"
    assert panel.buttons["copy_id"].text() == "คัดลอก id (&I)"
    assert panel.buttons["copy_id"].accessibleName() == "คัดลอก id"

    switch(i18n.ENGLISH)
    assert header(panel, "verdict") == "Verdict"
    assert cell(panel, 2, "verdict") == english["verdict"]
    assert cell(panel, 2, "created") == english["created"]
    assert panel.used_filter.itemText(1) == "Unused"
    assert panel.last_refreshed.text() == "Last refreshed: 10:15:03 (3 ok, 1 failed)"
    assert panel.count_label.text() == "3 tokens"
    assert panel.buttons["copy_id"].text() == "Copy &id"


def test_several_rows_actions_and_the_no_match_note_follow_the_language(
    panel: HistoryPanel,
) -> None:
    panel.table.selectAll()
    switch(i18n.THAI)
    assert panel.buttons["copy_id"].text() == "คัดลอก id 3 รายการ (&I)"
    assert panel.buttons["delete"].text() == "ลบ 3 รายการ (&D)"
    panel.filter_edit.setText("ไม่มีคำนี้")
    assert panel.empty_note.label.text().startswith("ไม่มีโทเค็นที่ตรงกับ “ไม่มีคำนี้”")
    assert panel.count_label.text() == "0 จาก 3 โทเค็น"
    switch(i18n.ENGLISH)
    assert panel.empty_note.label.text().startswith("No tokens match “ไม่มีคำนี้”.")


def test_a_filter_on_during_a_switch_is_run_again_on_the_text_now_shown(
    panel: HistoryPanel,
) -> None:
    panel.filter_edit.setText("unused")
    assert panel.model.rowCount() == 1
    switch(i18n.THAI)
    assert panel.model.rowCount() == 1  # the English text still matches (one filter rule)
    panel.filter_edit.setText("ยังไม่ใช้")
    assert panel.model.rowCount() == 1
    switch(i18n.ENGLISH)
    assert panel.model.rowCount() == 0  # run again: no Thai is shown in English
    panel.filter_edit.setText("unused")
    assert panel.model.rowCount() == 1


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_row_details_explain_the_scenario_and_status(
    panel: HistoryPanel, language: str
) -> None:
    switch(language)
    tip = cell(panel, 2, "scenario", Qt.ItemDataRole.ToolTipRole)
    expected = explanations.scenario("successful")
    assert expected is not None
    assert expected.should in tip
    assert expected.check in tip
    for key in ("charge_status", "verdict"):
        assert expected.should in cell(panel, 2, key, Qt.ItemDataRole.ToolTipRole)
    status = explanations.charge_status("successful")
    if status is not None:
        assert status.should in cell(panel, 2, "charge_status", Qt.ItemDataRole.ToolTipRole)
    code = explanations.failure_code("insufficient_fund")
    if code is not None:
        assert code.should in cell(panel, 1, "charge_status", Qt.ItemDataRole.ToolTipRole)
    typed = cell(panel, 0, "scenario", Qt.ItemDataRole.ToolTipRole)
    assert typed.startswith(
        "ไม่ใช่บัตรทดสอบจากรายการบัตรทดสอบ" if language == i18n.THAI else "Not a catalog test card"
    )
