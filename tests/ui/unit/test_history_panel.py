"""HistoryPanel on its own, over a model of a small real store: what it emits for the
selected row, its context menu as data, and what it shows when told."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from omise_token_gui.core.history import HistoryStore, TokenRecord
from omise_token_gui.ui.history_model import COL, HistoryModel
from omise_token_gui.ui.history_view import HistoryPanel
from tests.helpers import records


def make_panel(qtbot: QtBot, model: HistoryModel) -> HistoryPanel:
    panel = HistoryPanel(model)
    qtbot.addWidget(panel)
    return panel


def test_the_context_menu_is_the_row_actions_with_delete_set_apart(
    qtbot: QtBot, model: HistoryModel
) -> None:
    panel = make_panel(qtbot, model)
    entries = [
        a.text().replace("&", "") if a is not None else "---" for a in panel.context_menu_actions()
    ]
    assert entries == [
        "Copy id",
        "Copy JSON",
        "Copy curl",
        "Refresh",
        "Simulate charge",
        "---",
        "Delete",
    ]


def test_nothing_selected_means_no_row_action(qtbot: QtBot, model: HistoryModel) -> None:
    panel = make_panel(qtbot, model)
    assert panel.selected_record() is None
    assert not any(a.isEnabled() for a in panel.row_actions.values())
    assert panel.count_label.text() == "3 tokens"


def test_each_button_emits_its_signal_with_the_selected_record(
    qtbot: QtBot, model: HistoryModel
) -> None:
    panel = make_panel(qtbot, model)
    panel.table.selectRow(1)
    expected = records(3)[1].token_id
    for key, signal in (
        ("copy_id", panel.copy_id),
        ("copy_json", panel.copy_json),
        ("copy_curl", panel.copy_curl),
        ("refresh", panel.refresh_one),
        ("simulate", panel.simulate_charge),
        ("delete", panel.delete),
    ):
        with qtbot.waitSignal(signal) as emitted:
            panel.buttons[key].click()
        assert emitted.args is not None
        record = emitted.args[0]
        assert isinstance(record, TokenRecord), key
        assert record.token_id == expected, key


def test_simulate_charge_is_only_for_unused_sandbox_tokens(
    qtbot: QtBot, model: HistoryModel, store: HistoryStore
) -> None:
    panel = make_panel(qtbot, model)
    panel.table.selectRow(0)  # an unused Sandbox token (tests.helpers.records)
    assert panel.row_actions["simulate"].isEnabled()
    store.update_status(records(3)[2].token_id, used=True, charge_status="successful")
    model.reload()
    panel.table.selectRow(0)
    assert not panel.row_actions["simulate"].isEnabled()
    assert panel.row_actions["copy_id"].isEnabled()


def test_typing_a_filter_narrows_the_rows(qtbot: QtBot, model: HistoryModel) -> None:
    panel = make_panel(qtbot, model)
    panel.filter_edit.setText("00000000001x")
    assert model.rowCount() == 1
    assert panel.count_label.text() == "1 of 3 tokens"
    assert not panel.empty_note.label.isVisibleTo(panel)
    panel.used_filter.setCurrentIndex(2)  # "Used": none of them
    assert model.rowCount() == 0
    assert panel.count_label.text() == "0 of 3 tokens"


def test_a_filter_matching_nothing_says_so_in_the_table(qtbot: QtBot, model: HistoryModel) -> None:
    panel = make_panel(qtbot, model)
    panel.filter_edit.setText("visa 9999")
    assert model.rowCount() == 0
    note = panel.empty_note.label
    assert note.isVisibleTo(panel)
    assert note.parent() is panel.table.viewport()
    assert note.text().startswith("No tokens match “visa 9999”.")
    panel.filter_edit.setText("visa 0002")  # what the Card column shows: "Visa •••• 0002"
    assert model.rowCount() == 1
    assert not note.isVisibleTo(panel)
    panel.filter_edit.clear()
    assert panel.count_label.text() == "3 tokens"


def test_it_shows_what_it_is_told(qtbot: QtBot, model: HistoryModel) -> None:
    panel = make_panel(qtbot, model)
    panel.set_refreshing(True)
    assert not panel.refresh_all_button.isEnabled()
    panel.set_refreshing(False)
    assert panel.refresh_all_button.isEnabled()
    at = datetime(2026, 1, 1, 9, 30, 5)
    panel.show_last_refreshed(at, 0, 0)
    assert panel.last_refreshed.text() == "Last refreshed: 09:30:05"
    panel.show_last_refreshed(at, 2, 1)
    assert panel.last_refreshed.text() == "Last refreshed: 09:30:05 (2 ok, 1 failed)"
    panel.show_last_refreshed(at, 3, 0)
    assert panel.last_refreshed.text() == "Last refreshed: 09:30:05 (3 ok)"


def test_showing_the_setting_does_not_echo_it_back(qtbot: QtBot, model: HistoryModel) -> None:
    panel = make_panel(qtbot, model)
    toggles: list[bool] = []
    panel.auto_refresh_toggled.connect(toggles.append)
    panel.set_auto_refresh(True)
    assert panel.auto_refresh.isChecked()
    assert toggles == []
    panel.auto_refresh.setChecked(False)  # the user's click
    assert toggles == [False]


def test_select_token_selects_its_row(qtbot: QtBot, model: HistoryModel) -> None:
    panel = make_panel(qtbot, model)
    for row in range(model.rowCount()):
        model.index(row, 0).data()  # as the view does when it draws them
    target = records(3)[0].token_id  # the oldest: the last row
    panel.select_token(target)
    selected = panel.selected_record()
    assert selected is not None
    assert selected.token_id == target


def arrow_rows(panel: HistoryPanel) -> list[int]:
    """The widths, top to bottom, of the sort arrow drawn in the sorted header section."""
    header = panel.table.horizontalHeader()
    section = header.sortIndicatorSection()
    left, width = header.sectionPosition(section), header.sectionSize(section)
    image = header.grab().toImage()
    base = image.pixelColor(left + width // 2, 1).lightness()
    widths = []
    for y in range(image.height()):
        xs = [
            x
            for x in range(left + width - 25, left + width - 2)
            if abs(image.pixelColor(x, y).lightness() - base) > 40
        ]
        if xs and max(xs) - min(xs) < 15:  # the arrow, not the section's border line
            widths.append(max(xs) - min(xs))
    return widths


def test_newest_first_shows_a_down_arrow(qtbot: QtBot, model: HistoryModel) -> None:
    panel = make_panel(qtbot, model)
    panel.resize(1400, 300)
    assert panel.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    down = arrow_rows(panel)
    assert len(down) >= 3
    assert down == sorted(down, reverse=True)  # ▼: wide, then narrow
    assert down[0] > down[-1]
    panel.table.sortByColumn(COL["created"], Qt.SortOrder.AscendingOrder)
    up = arrow_rows(panel)
    assert up == sorted(up)  # ▲
    assert up[0] < up[-1]


def test_selecting_a_row_from_code_ignores_the_last_modifier_keys(
    qtbot: QtBot, model: HistoryModel
) -> None:
    """After Ctrl+Enter creates a token, its row is selected alone (the table allows several
    rows, and Qt's selectRow would read Ctrl as "add to the selection")."""
    panel = make_panel(qtbot, model)
    panel.table.selectRow(0)
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    panel.table.selectRow(1)
    assert [i.row() for i in panel.table.selectionModel().selectedRows()] == [1]
