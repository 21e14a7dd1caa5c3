"""HistoryModel on its own, over a real history in memory: sorting and filtering are the
store's SQL (ORDER BY, WHERE), pages are read on demand, changes are row-precise."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from pytestqt.qtbot import QtBot

from omise_token_gui.core import i18n
from omise_token_gui.core.history import HistoryFilter, HistoryStore
from omise_token_gui.ui import palette
from omise_token_gui.ui.history_model import COL, PAGE_SIZE, RECORD_ROLE, HistoryModel
from tests.helpers import records
from tests.ui.unit.conftest import StoreFactory


def ids(model: HistoryModel) -> list[str]:
    return [model.index(r, COL["token"]).data() for r in range(model.rowCount())]


def test_rows_come_newest_first_from_the_store(model: HistoryModel) -> None:
    assert model.rowCount() == 3
    assert ids(model) == [r.token_id for r in reversed(records(3))]
    assert model.index(0, COL["card"]).data() == "Visa •••• 0002"
    assert model.headerData(COL["card"], Qt.Orientation.Horizontal) == "Card"


def test_sorting_is_done_by_the_stores_sql(model: HistoryModel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(model.modelReset):
        model.sort(COL["token"], Qt.SortOrder.AscendingOrder)
    assert ids(model) == [r.token_id for r in records(3)]
    model.sort(COL["token"], Qt.SortOrder.DescendingOrder)
    assert ids(model) == [r.token_id for r in reversed(records(3))]


def test_sorting_one_column_orders_every_page_not_just_the_visible_one(
    make_store: StoreFactory,
) -> None:
    """A proxy sorting what it has read would order only the rows of pages already read;
    the SQL orders them all."""
    model = HistoryModel(make_store(PAGE_SIZE * 2 + 10))
    model.sort(COL["created"], Qt.SortOrder.AscendingOrder)
    last = model.rowCount() - 1
    assert model.index(0, COL["token"]).data() == "tokn_test_" + "0" * 11 + "x"
    assert model.index(last, COL["token"]).data() == f"tokn_test_{last:011d}x"


def test_filtering_is_the_stores_where(make_store: StoreFactory, qtbot: QtBot) -> None:
    store = make_store(30)
    model = HistoryModel(store)
    with qtbot.waitSignal(model.modelReset):
        model.set_filter(HistoryFilter(text="00000000012x"))
    assert ids(model) == ["tokn_test_00000000012x"]
    store.update_status("tokn_test_00000000003x", used=True, charge_status="successful")
    model.set_filter(HistoryFilter(used=True))
    assert ids(model) == ["tokn_test_00000000003x"]
    model.set_filter(HistoryFilter())
    assert model.rowCount() == 30


def test_paging_reads_rows_far_down_and_finds_rows_already_read(
    make_store: StoreFactory,
) -> None:
    count = PAGE_SIZE * 40  # more pages than the model keeps
    model = HistoryModel(make_store(count))
    assert model.rowCount() == count
    for row in (0, PAGE_SIZE - 1, PAGE_SIZE, count // 2, count - 1):
        record = model.index(row, 0).data(RECORD_ROLE)
        assert record.token_id == f"tokn_test_{count - 1 - row:011d}x"
        assert model.row_of(record.token_id) == row
    assert model.index(count, 0).data(RECORD_ROLE) is None  # past the end: nothing, no error


def test_a_new_token_is_one_inserted_row_at_the_top(
    model: HistoryModel, store: HistoryStore, qtbot: QtBot
) -> None:
    ids(model)
    new = records(4)[3]
    store.add(new)
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.token_added()
    assert inserted.args is not None
    assert inserted.args[1:] == [0, 0]
    assert model.rowCount() == 4
    assert model.index(0, COL["token"]).data() == new.token_id


def test_a_changed_token_is_one_data_changed_row(
    model: HistoryModel, store: HistoryStore, qtbot: QtBot
) -> None:
    ids(model)
    token_id = records(3)[1].token_id
    updated = store.update_status(token_id, used=True, charge_status="successful")
    assert updated is not None
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.token_changed(updated)
    assert changed.args is not None
    first, last = changed.args[0], changed.args[1]
    assert (first.row(), last.row()) == (1, 1)
    assert model.index(1, COL["used"]).data() == "used"


def test_a_removed_token_is_one_removed_row(
    model: HistoryModel, store: HistoryStore, qtbot: QtBot
) -> None:
    ids(model)
    token_id = records(3)[2].token_id
    store.delete(token_id)
    with qtbot.waitSignal(model.rowsRemoved):
        model.token_removed(token_id)
    assert token_id not in ids(model)


def test_sync_sees_what_another_program_wrote(model: HistoryModel, store: HistoryStore) -> None:
    assert model.sync() is False
    store.add(records(5)[4])
    assert model.sync() is True
    assert model.rowCount() == 4


def test_verdicts_are_painted_in_the_palettes_colours(
    make_store: StoreFactory,
) -> None:
    store = make_store(0)
    good, bad = records(2)
    store.add_many([replace(r, expected_charge_status="successful") for r in (good, bad)])
    store.update_status(good.token_id, used=True, charge_status="successful")
    store.update_status(bad.token_id, used=True, charge_status="failed", failure_code="x")
    model = HistoryModel(store)
    colours = {}
    for row in range(2):
        brush = model.index(row, COL["verdict"]).data(Qt.ItemDataRole.ForegroundRole)
        assert isinstance(brush, QBrush)
        colours[model.index(row, COL["verdict"]).data()[0]] = brush.color()
    now = palette.current()
    assert colours == {"✔": QColor(now.ok), "✘": QColor(now.error)}
    palette.use(palette.DARK)  # read at paint time: a scheme change repaints in its colours
    try:
        dark = model.index(0, COL["verdict"]).data(Qt.ItemDataRole.ForegroundRole)
        assert isinstance(dark, QBrush)
        assert dark.color() in (QColor(palette.DARK.ok), QColor(palette.DARK.error))
    finally:
        palette.use(now)


def test_the_model_is_flat(model: HistoryModel) -> None:
    parent = model.index(0, 0)
    assert model.rowCount(parent) == 0
    assert model.columnCount(parent) == 0
    assert model.columnCount(QModelIndex()) == len(COL)


def test_the_model_passes_qtmodeltester(model: HistoryModel, qtmodeltester: object) -> None:
    qtmodeltester.check(model)  # type: ignore[attr-defined]  # pytest-qt: ModelTester needs qt_api set


def test_created_times_say_their_zone_and_the_tooltip_the_iso_time(model: HistoryModel) -> None:
    import re

    newest = records(3)[2]
    cell = model.index(0, COL["created"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d", cell.data())
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == (
        f"Created {newest.created_at.isoformat(timespec='seconds')}"
    )


def test_each_verdict_has_its_symbol_colour_and_reason(make_store: StoreFactory) -> None:
    """✔ ◐ ✘ ◷ —: each in its palette colour (light and dark; none for a typed-in card),
    each cell's tooltip saying why (the rule's reason), in Thai too."""
    store = make_store(0)
    fund: dict[str, Any] = {
        "expected_charge_status": "failed",
        "expected_failure_code": "insufficient_fund",
    }
    base = records(5)
    store.add_many(
        [
            replace(base[0], expected_charge_status="successful", charge_status="successful"),
            replace(base[1], **fund, used=True, charge_status="failed"),  # no failure code seen
            replace(base[2], **fund, used=True, charge_status="failed", failure_code="x"),
            replace(base[3], **fund),  # not charged yet
            replace(base[4], used=True, charge_status="successful"),  # not a catalog card
        ]
    )
    model = HistoryModel(store)
    model.sort(COL["created"], Qt.SortOrder.AscendingOrder)

    def cells(role: Qt.ItemDataRole) -> list[object]:
        return [model.index(r, COL["verdict"]).data(role) for r in range(5)]

    assert [str(t)[0] for t in cells(Qt.ItemDataRole.DisplayRole)] == ["✔", "◐", "✘", "◷", "—"]
    for scheme in (palette.LIGHT, palette.DARK):
        was = palette.current()
        palette.use(scheme)
        try:
            brushes = cells(Qt.ItemDataRole.ForegroundRole)
        finally:
            palette.use(was)
        assert [b.color() if isinstance(b, QBrush) else None for b in brushes] == [
            QColor(scheme.ok),
            QColor(scheme.partial),
            QColor(scheme.error),
            QColor(scheme.muted),
            None,
        ]
    tips = [str(t) for t in cells(Qt.ItemDataRole.ToolTipRole)]
    assert "as this card promises" in tips[0]
    assert "public key cannot read the charge" in tips[1]
    assert "Expected failure code insufficient_fund; the charge failed with x." in tips[2]
    assert "Not charged yet" in tips[3]
    assert "Not a catalog card" in tips[4]
    with i18n.speaking(i18n.THAI):
        thai = str(model.index(1, COL["verdict"]).data(Qt.ItemDataRole.ToolTipRole))
    assert "คีย์สาธารณะ" in thai
