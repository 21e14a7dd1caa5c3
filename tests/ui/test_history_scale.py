from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from omise_token_gui.core import paths
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.ui.history_model import COL, MAX_PAGES, PAGE_SIZE
from tests.helpers import records

ROWS = 100_000


def fill(rows: int) -> None:
    store = HistoryStore(paths.history_path())
    store.add_many(records(rows))
    store.close()


def test_100k_rows_open_and_scroll_reading_only_visible_pages(open_app: Any, qtbot: QtBot) -> None:
    fill(ROWS)
    app = open_app()
    model = app.window.history_model
    table = app.window.history_panel.table
    assert model.rowCount() == ROWS
    queries: list[tuple[int, int]] = []
    original = model.store.page

    def counting(offset: int, limit: int, *args: Any) -> Any:
        queries.append((offset, limit))
        return original(offset, limit, *args)

    model.store.page = counting
    bar = table.verticalScrollBar()
    for fraction in (0.25, 0.5, 0.75, 1.0):
        bar.setValue(int(bar.maximum() * fraction))
        qtbot.wait(1)  # let the view paint the rows now in sight
    assert model.index(ROWS - 1, COL["token"]).data() == f"tokn_test_{0:011d}x"
    assert len(queries) <= 12  # a handful of 200-row pages, not 100,000 rows
    assert all(limit == PAGE_SIZE for _, limit in queries)
    assert model.pages_held <= MAX_PAGES
    # Sorting by another column stays in SQL and keeps paging.
    table.sortByColumn(COL["card"], table.horizontalHeader().sortIndicatorOrder())
    assert model.rowCount() == ROWS
    assert len(queries) <= 20
