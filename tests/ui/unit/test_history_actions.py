"""HistoryActions on its own: a fake service over a small real store, a fake clipboard and
status line, the real panel and model. No window is built: the controller is handed only
its collaborators."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from omise_token_gui.core.catalog import Catalog, CatalogCard
from omise_token_gui.core.errors import ErrorKind, VaultError
from omise_token_gui.core.history import HistoryStore, TokenRecord
from omise_token_gui.ui.history_actions import AUTO_REFRESH_BATCH, HistoryActions
from omise_token_gui.ui.history_model import COL, HistoryModel
from omise_token_gui.ui.history_view import HistoryPanel
from omise_token_gui.ui.tasks import TaskRunner
from tests.helpers import records
from tests.ui.unit.conftest import FakeClipboard, FakeService, FakeStatus, storage_error


class Rig:
    """The controller and what it was handed."""

    def __init__(self, qtbot: QtBot, store: HistoryStore, catalog: Catalog) -> None:
        self.qtbot = qtbot
        self.store = store
        self.service: FakeService | None = FakeService(store)
        self.model = HistoryModel(store)
        self.panel = HistoryPanel(self.model)
        qtbot.addWidget(self.panel)
        self.clipboard = FakeClipboard()
        self.status = FakeStatus()
        self.tasks = TaskRunner()
        self.flashes: list[str] = []
        self.remade: list[CatalogCard] = []
        self.last: TokenRecord | None = None
        self.actions = HistoryActions(
            service=lambda: self.service,
            model=self.model,
            panel=self.panel,
            clipboard=self.clipboard,
            status=self.status,
            tasks=self.tasks,
            catalog=catalog,
            flash=self.flashes.append,
            remake=self.remade.append,
            last_token=lambda: self.last,
        )

    def wait_tasks(self) -> None:
        self.qtbot.waitUntil(lambda: not self.tasks._tasks, timeout=5000)


@pytest.fixture
def rig(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, store: HistoryStore, catalog: Catalog
) -> Iterator[Rig]:
    rig = Rig(qtbot, store, catalog)
    yield rig
    rig.panel.close()


def first() -> TokenRecord:
    return records(3)[0]


def test_copy_id_copies_and_confirms(rig: Rig) -> None:
    rig.actions.copy_token_id(first())
    assert rig.clipboard.copied == [first().token_id]
    assert rig.flashes == ["✔ Copied"]
    assert rig.status.last == f"Copied {first().token_id}."


def test_copy_id_reads_the_stored_record_and_warns_on_a_used_token(rig: Rig) -> None:
    rig.store.update_status(first().token_id, used=True, charge_status="successful")
    rig.actions.copy_token_id(first())  # the row as drawn still says unused
    assert rig.clipboard.copied == []
    box = rig.panel.findChild(QMessageBox, "usedTokenBox")
    assert isinstance(box, QMessageBox)
    buttons = {b.text(): b for b in box.buttons()}
    assert not buttons["Create a fresh token with the same card"].isEnabled()  # typed-in card
    buttons["Copy anyway"].click()
    assert rig.clipboard.copied == [first().token_id]
    assert rig.status.last == f"Copied used token {first().token_id}."


def test_a_used_catalog_token_can_be_remade_with_the_same_card(rig: Rig, catalog: Catalog) -> None:
    card = next(iter(catalog))
    used = replace(first(), scenario=card.scenario, brand=card.brand, last4=card.number[-4:])
    rig.store.delete(used.token_id)
    rig.store.add(used)
    rig.store.update_status(used.token_id, used=True, charge_status="successful")
    rig.actions.copy_token_id(used)
    box = rig.panel.findChild(QMessageBox, "usedTokenBox")
    assert isinstance(box, QMessageBox)
    fresh = next(b for b in box.buttons() if b.text().startswith("Create a fresh"))
    fresh.click()
    assert rig.remade == [card]
    assert rig.clipboard.copied == []


def test_copy_last_token_without_one_says_so(rig: Rig) -> None:
    rig.actions.copy_last_token()
    assert rig.status.last == "No token in the history yet: create one first."
    rig.last = first()
    rig.actions.copy_last_token()
    assert rig.clipboard.copied == [first().token_id]


def test_copy_curl_is_the_services_command(rig: Rig) -> None:
    rig.actions.copy_curl(first())
    assert rig.clipboard.copied == [f"curl {first().vault_url}/tokens/{first().token_id}"]
    assert rig.service is not None
    rig.service.fail = VaultError(kind=ErrorKind.URL_REJECTED, human="Not a usable URL.")
    rig.actions.copy_curl(first())
    assert rig.status.last == "No curl command copied: Not a usable URL."
    assert len(rig.clipboard.copied) == 1


def test_refresh_all_updates_rows_and_says_when(rig: Rig, qtbot: QtBot) -> None:
    rig.actions.refresh_all()
    rig.wait_tasks()
    assert rig.panel.refresh_all_button.isEnabled()
    assert rig.panel.last_refreshed.text().endswith("(3 ok)")
    assert {rig.model.index(r, COL["used"]).data() for r in range(3)} == {"used"}


def test_refresh_all_waits_while_a_refresh_is_in_flight(rig: Rig) -> None:
    assert rig.service is not None
    rig.service.hold = asyncio.Event()
    rig.actions.refresh_all()
    rig.qtbot.waitUntil(lambda: not rig.panel.refresh_all_button.isEnabled(), timeout=5000)
    rig.actions.auto_refresh()  # the timer fires meanwhile: no second refresh
    assert [c for c in rig.service.calls if c[0] == "auto_refresh_ids"] == []
    rig.service.hold.set()
    rig.wait_tasks()
    assert rig.panel.refresh_all_button.isEnabled()


def test_a_failed_refresh_is_counted_and_told(rig: Rig) -> None:
    assert rig.service is not None
    rig.service.fail = VaultError(kind=ErrorKind.TIMEOUT, human="The vault did not answer.")
    rig.actions.refresh_one(first())
    rig.wait_tasks()
    assert rig.panel.last_refreshed.text().endswith("(0 ok, 1 failed)")
    assert rig.status.last == "Refresh: The vault did not answer."


def test_auto_refresh_asks_the_service_which_tokens(rig: Rig) -> None:
    """The choice (which vault can know which token) is the service's, not the UI's."""
    assert rig.service is not None
    rig.service.auto_ids = [first().token_id]
    rig.actions.auto_refresh()
    rig.wait_tasks()
    assert ("auto_refresh_ids", str(AUTO_REFRESH_BATCH)) in rig.service.calls
    assert [c for c in rig.service.calls if c[0] == "refresh"] == [("refresh", first().token_id)]
    assert rig.status.messages == []  # quiet


def test_auto_refresh_shows_what_another_program_changed(rig: Rig) -> None:
    """``omise-token refresh`` made a token final while the window ran: the window's own
    refresh no longer asks about it, but its row shows the new status (it kept ◷ pending)."""
    token_id = first().token_id
    rows = {rig.model.record_at(r).token_id: r for r in range(rig.model.rowCount())}  # type: ignore[union-attr]
    cell = rig.model.index(rows[token_id], COL["charge_status"])
    assert cell.data() != "successful"
    rig.store.update_status(token_id, used=True, charge_status="successful")  # another program
    assert cell.data() != "successful"  # not read yet
    rig.actions.auto_refresh()
    assert rig.model.index(rows[token_id], COL["charge_status"]).data() == "successful"


def test_auto_refresh_with_nothing_to_ask_still_says_when(rig: Rig) -> None:
    rig.actions.auto_refresh()
    assert rig.panel.last_refreshed.text().startswith(
        f"Last refreshed: {datetime.now():%H:}"  # to the hour: the minute may turn
    )


def test_simulate_charge_updates_the_row_and_tells_the_outcome(rig: Rig) -> None:
    rig.actions.simulate_charge(first())
    rig.wait_tasks()
    assert rig.status.last.startswith("Charge failed: insufficient_fund · ")


def test_a_used_token_refused_by_the_charge_is_refreshed(rig: Rig) -> None:
    assert rig.service is not None
    rig.service.fail = VaultError(kind=ErrorKind.USED_TOKEN, human="Already used.")
    rig.actions.simulate_charge(first())
    rig.wait_tasks()
    assert ("refresh", first().token_id) in rig.service.calls


def test_delete_asks_then_goes_through_the_service(rig: Rig) -> None:
    rig.actions.delete(first())
    box = rig.panel.findChild(QMessageBox, "askBox")
    assert isinstance(box, QMessageBox)
    assert rig.service is not None
    assert rig.service.calls == []
    next(b for b in box.buttons() if b.text() == "Delete").click()
    assert rig.service.calls == [("delete", first().token_id)]
    assert rig.store.get(first().token_id) is None
    assert rig.model.rowCount() == 2


def test_a_refused_delete_is_a_message_and_keeps_the_row(rig: Rig) -> None:
    assert rig.service is not None
    rig.service.fail = storage_error()
    rig.actions.delete(first())
    box = rig.panel.findChild(QMessageBox, "askBox")
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "Delete").click()
    assert rig.status.last == "The history file is read-only."
    assert rig.model.rowCount() == 3


def test_before_the_network_side_is_up_nothing_is_started(rig: Rig) -> None:
    rig.service = None
    rig.actions.refresh_all()
    rig.actions.auto_refresh()
    rig.actions.simulate_charge(first())
    rig.actions.copy_curl(first())
    rig.actions.delete(first())
    assert not rig.tasks._tasks
    assert rig.panel.findChild(QMessageBox) is None
    assert rig.clipboard.copied == []


def test_the_panels_buttons_reach_the_controller(rig: Rig) -> None:
    rig.panel.table.selectRow(0)
    rig.panel.buttons["copy_json"].click()
    assert rig.status.last.startswith("Copied the JSON of ")


def select_rows(panel: HistoryPanel, *rows: int) -> None:
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection = panel.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(panel.model.index(row, 0), flags)


def test_several_selected_rows_copy_their_ids_one_a_line(rig: Rig) -> None:
    rig.store.update_status(records(3)[1].token_id, used=True, charge_status="successful")
    rig.model.reload()
    select_rows(rig.panel, 0, 1, 2)
    assert rig.panel.buttons["copy_id"].text() == "Copy 3 &ids"
    assert not rig.panel.buttons["copy_json"].isEnabled()  # one row's actions wait
    rig.panel.buttons["copy_id"].click()
    assert rig.clipboard.copied == ["\n".join(r.token_id for r in reversed(records(3)))]
    assert rig.status.last == (
        "Copied 3 token ids, one a line (1 already used: a checkout given a used id will fail)."
    )
    assert rig.panel.findChild(QMessageBox, "usedTokenBox") is None


def test_several_selected_rows_are_deleted_after_one_question(rig: Rig) -> None:
    select_rows(rig.panel, 0, 2)
    rig.panel.buttons["delete"].click()
    boxes = rig.panel.findChildren(QMessageBox, "askBox")
    assert len(boxes) == 1
    assert boxes[0].text().startswith("Delete 2 tokens from the history?")
    assert rig.service is not None
    assert rig.service.calls == []
    next(b for b in boxes[0].buttons() if b.text() == "Delete 2").click()
    assert rig.service.calls == [("delete", records(3)[2].token_id), ("delete", first().token_id)]
    assert rig.model.rowCount() == 1
    assert rig.status.last == "Deleted 2 tokens from the history."


def test_refresh_all_is_named_for_what_it_does(rig: Rig) -> None:
    button = rig.panel.refresh_all_button
    assert button.text() == "Refresh &unfinished"
    assert "not final" in button.toolTip()
