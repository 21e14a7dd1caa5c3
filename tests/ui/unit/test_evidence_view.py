"""The window's evidence parts on their own (issue 16), over a real history in memory: the
Tokens / All attempts toggle, the details pane (no card data in any of its texts), the test
case and note edited in place and kept."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from omise_token_gui.core import attempts
from omise_token_gui.core.evidence import Attempt, Outcome
from omise_token_gui.core.history import HistoryStore, HistoryWriteError, TokenRecord
from omise_token_gui.ui.details_actions import DetailsActions, TableRows
from omise_token_gui.ui.details_pane import DetailsPane
from omise_token_gui.ui.evidence_log import HistoryEvidence
from omise_token_gui.ui.history_model import ATTEMPT_ROLE, COL, RECORD_ROLE, HistoryModel
from omise_token_gui.ui.history_view import HistoryPanel
from tests.helpers import records
from tests.ui.unit.conftest import FakeClipboard, FakeStatus

NUMBER = "4111111111140011"
CODE = "987"
T0 = datetime(2026, 12, 2, 7, 0, tzinfo=UTC)
CREATE_ANSWER = json.dumps({"object": "token", "id": "", "used": False, "charge_status": "unknown"})


def attempt(n: int, outcome: Outcome, **changes: object) -> Attempt:
    fields = {"name": "Somchai Prasert", "expiration_month": "10", "city": "Bangkok"}
    made = Attempt(
        attempt_id=f"atmp_{n:032x}",
        at=T0 + timedelta(minutes=n),
        profile="Sandbox",
        vault_url="http://127.0.0.1:9",
        outcome=outcome,
        duration_ms=40 + n,
        brand="Visa",
        last4="0011",
        request_json=json.dumps(fields),
    )
    return replace(made, **changes)  # type: ignore[arg-type]


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    """Two tokens (the second used and charged: its status changed) and one vault error."""
    store = HistoryStore(":memory:")
    for n, token in enumerate(records(2), start=1):
        token = replace(token, created_at=T0 + timedelta(minutes=n))
        made = attempt(
            n,
            Outcome.CREATED,
            token_id=token.token_id,
            answer_json=CREATE_ANSWER.replace('"id": ""', f'"id": "{token.token_id}"'),
        )
        attempts.record_created(store, token, made)
    second = records(2)[1].token_id
    store.update_status(
        second, used=True, charge_status="failed", failure_code="stolen_or_lost_card"
    )
    attempts.record(
        store,
        attempt(
            3,
            Outcome.VAULT_ERROR,
            error_code="invalid_card",
            error_message="number is invalid",
            answer_json=json.dumps({"object": "error", "code": "invalid_card"}),
        ),
    )
    yield store
    store.close()


class Rig:
    def __init__(self, qtbot: QtBot, store: HistoryStore) -> None:
        self.store = store
        self.model = HistoryModel(store, log=attempts)
        self.panel = HistoryPanel(self.model)
        self.pane = DetailsPane()
        self.status = FakeStatus()
        self.clipboard = FakeClipboard()
        self.actions = DetailsActions(
            log=HistoryEvidence(lambda: store),
            rows=TableRows(self.panel),
            pane=self.pane,
            clipboard=self.clipboard,
            status=self.status,
        )
        self.panel.table.selectionModel().selectionChanged.connect(self.actions.show_selected)
        self.model.modelReset.connect(self.actions.show_selected)
        qtbot.addWidget(self.panel)
        qtbot.addWidget(self.pane)

    def select(self, row: int) -> None:
        self.panel.table.selectRow(row)

    def row_of_attempt(self, outcome: Outcome) -> int:
        for row in range(self.model.rowCount()):
            found = self.model.index(row, 0).data(ATTEMPT_ROLE)
            if isinstance(found, Attempt) and found.outcome is outcome:
                return row
        raise AssertionError(f"no {outcome} row")


@pytest.fixture
def rig(qtbot: QtBot, store: HistoryStore) -> Rig:
    return Rig(qtbot, store)


def cell(model: HistoryModel, row: int, key: str) -> str:
    return str(model.index(row, COL[key]).data() or "")


def widget_texts(root: QWidget) -> list[str]:
    """Every text a widget under ``root`` shows or holds (labels, fields, editors, tooltips)."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
    return texts


def test_the_toggle_shows_every_attempt_and_back_only_tokens(rig: Rig) -> None:
    panel, model = rig.panel, rig.model
    assert model.rowCount() == 2
    assert panel.table.isColumnHidden(COL["outcome"])
    assert panel.count_label.text() == "2 tokens"
    panel.evidence_bar.attempts_button.click()
    assert model.all_attempts
    assert model.rowCount() == 3
    assert not panel.table.isColumnHidden(COL["outcome"])
    assert not panel.table.isColumnHidden(COL["error"])
    assert panel.count_label.text() == "3 attempts"
    failed = rig.row_of_attempt(Outcome.VAULT_ERROR)
    assert cell(model, failed, "outcome") == "vault error: invalid_card"
    assert cell(model, failed, "error") == "number is invalid"
    assert "number is invalid" in str(model.index(failed, COL["outcome"]).data(3))  # tooltip
    assert cell(model, failed, "used") == ""  # no token: nothing was used
    assert model.index(failed, 0).data(RECORD_ROLE) is None
    rig.select(failed)
    assert panel.selected_record() is None
    assert not panel.row_actions["copy_id"].isEnabled()
    created = rig.row_of_attempt(Outcome.CREATED)
    assert cell(model, created, "outcome") == "created"
    assert isinstance(model.index(created, 0).data(RECORD_ROLE), TokenRecord)
    panel.evidence_bar.tokens_button.click()
    assert not model.all_attempts
    assert model.rowCount() == 2
    assert panel.table.isColumnHidden(COL["outcome"])


def test_the_filter_finds_failed_attempts_by_their_error(rig: Rig) -> None:
    rig.panel.evidence_bar.attempts_button.click()
    rig.panel.filter_edit.setText("invalid_card")
    assert rig.model.rowCount() == 1
    assert rig.panel.count_label.text() == "1 of 3 attempts"


def test_the_details_of_a_used_token(rig: Rig) -> None:
    used = records(2)[1]
    rig.select(rig.model.row_of(used.token_id) or 0)
    pane = rig.pane
    assert pane.details is not None
    assert pane.details.token is not None
    assert pane.details.token.token_id == used.token_id
    assert used.token_id in pane.heading.text()
    assert "created" in pane.heading.text()
    assert "42 ms" in pane.heading.text()
    assert "Cardholder name: Somchai Prasert" in pane.request.text()
    events = pane.events.text().splitlines()
    assert len(events) == 2
    assert "created: unused, charge unknown" in events[0]
    assert "changed: used, charge failed: stolen_or_lost_card" in events[1]
    assert used.token_id in pane.created_view.toPlainText()  # the create answer
    assert pane.verdict.text().startswith(("✔", "◐", "✘", "◷", "—"))


def test_the_details_of_a_failed_attempt(rig: Rig) -> None:
    rig.panel.evidence_bar.attempts_button.click()
    rig.select(rig.row_of_attempt(Outcome.VAULT_ERROR))
    pane = rig.pane
    assert pane.heading.text().startswith("vault error: invalid_card")
    assert pane.message.text() == "Vault said: “number is invalid”"
    assert '"invalid_card"' in pane.created_view.toPlainText()
    assert not pane.has_latest()  # no token: never refreshed
    assert pane.events.text() == "(no status kept)"


def test_nothing_selected_shows_the_hint(rig: Rig) -> None:
    rig.select(0)
    rig.panel.table.clearSelection()
    assert rig.pane.details is None
    assert "Select a row" in rig.pane.heading.text()
    assert not rig.pane.tag_edit.isEnabled()


def test_copy_this_answer_copies_the_create_answer(rig: Rig) -> None:
    rig.select(0)
    rig.pane.copy_button.click()
    assert json.loads(rig.clipboard.text())["object"] == "token"
    assert rig.status.last == "Copied the vault's answer."


def test_no_card_number_or_security_code_in_any_text_of_the_pane(
    rig: Rig, store: HistoryStore
) -> None:
    """Even a request whose stored fields hold a number (a number pasted into the name
    field of an older file) shows it masked; the security code is never among the fields."""
    hostile = attempt(
        9,
        Outcome.REFUSED,
        error_code="invalid_card",
        error_message="the number is not valid",
        request_json=json.dumps({"name": "4111 1111 1114 0011", "city": NUMBER}),
    )
    attempts.record(store, hostile)
    rig.panel.evidence_bar.attempts_button.click()
    seen: list[str] = []
    for row in range(rig.model.rowCount()):
        rig.select(row)
        seen += widget_texts(rig.pane)
    text = "\n".join(seen)
    assert "••••0011" in text  # the masked number is what shows
    assert not re.search(r"\d(?:[ -]?\d){12,18}", text)
    assert CODE not in text


def test_a_tag_edited_in_place_is_kept_and_shown_in_the_row(rig: Rig, store: HistoryStore) -> None:
    token = records(2)[0]
    row = rig.model.row_of(token.token_id)
    assert row is not None
    rig.select(row)
    rig.pane.tag_edit.setText("QA-123")
    rig.pane.tag_edit.editingFinished.emit()  # Enter, or the focus leaving
    assert attempts.for_token(store, token.token_id)[0].test_key == "QA-123"
    stored = store.get(token.token_id)
    assert stored is not None
    assert stored.test_key == "QA-123"
    assert cell(rig.model, row, "tag") == "QA-123"
    assert rig.panel.table.selectionModel().isRowSelected(row)  # the row stays selected
    assert rig.status.last == "Test case saved: QA-123"
    rig.pane.tag_edit.editingFinished.emit()  # unchanged: not saved again
    assert rig.status.messages.count("Test case saved: QA-123") == 1


def test_a_note_of_a_failed_attempt_is_kept(rig: Rig, store: HistoryStore) -> None:
    rig.panel.evidence_bar.attempts_button.click()
    rig.select(rig.row_of_attempt(Outcome.VAULT_ERROR))
    rig.pane.note_edit.setText("expected: the vault refuses a bad number")
    rig.pane.note_edit.editingFinished.emit()
    kept = attempts.get(store, attempt(3, Outcome.VAULT_ERROR).attempt_id)
    assert kept is not None
    assert kept.note == "expected: the vault refuses a bad number"
    rig.panel.filter_edit.setText("refuses")  # the filter searches notes too
    assert rig.model.rowCount() == 1


def test_a_failed_save_says_so_and_keeps_nothing(
    rig: Rig, store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(history: HistoryStore, item_id: str, tag: str) -> None:
        raise HistoryWriteError("The history file is read-only.")

    monkeypatch.setattr(attempts, "set_tag", refuse)
    rig.select(0)
    rig.pane.tag_edit.setText("QA-9")
    rig.pane.tag_edit.editingFinished.emit()
    assert rig.status.last == "Not saved: The history file is read-only."
    assert all(not r.test_key for r in (store.get(t.token_id) for t in records(2)) if r)


def test_a_new_token_in_the_all_attempts_view_stays_selected(rig: Rig, store: HistoryStore) -> None:
    rig.panel.evidence_bar.attempts_button.click()
    token = replace(records(3)[2], created_at=T0 + timedelta(hours=1))
    made = attempt(4, Outcome.CREATED, token_id=token.token_id, at=token.created_at)
    attempts.record_created(store, token, made)
    rig.model.token_added()  # as CreateActions does for a new token…
    rig.panel.select_token(token.token_id)
    rig.model.attempt_ended()  # …then at the end of every attempt
    assert rig.panel.selected_record() == store.get(token.token_id)
    attempts.record(store, attempt(5, Outcome.CANCELLED, at=T0 + timedelta(hours=2)))
    rig.model.attempt_ended()  # an attempt that made no token: its row appears
    assert rig.model.rowCount() == 5


def test_a_refresh_of_the_row_does_not_undo_what_is_being_typed(
    rig: Rig, store: HistoryStore, qtbot: QtBot
) -> None:
    token = records(2)[0]
    row = rig.model.row_of(token.token_id)
    assert row is not None
    rig.select(row)
    qtbot.keyClicks(rig.pane.tag_edit, "QA-4")  # typing, not saved yet
    updated = store.update_status(token.token_id, used=True, charge_status="successful")
    assert updated is not None
    rig.model.token_changed(updated)  # an auto-refresh lands meanwhile
    rig.actions.show_selected()
    assert rig.pane.tag_edit.text() == "QA-4"
    assert "used" in rig.pane.events.text()  # the rest of the pane did follow
    rig.pane.tag_edit.editingFinished.emit()
    stored = store.get(token.token_id)
    assert stored is not None
    assert stored.test_key == "QA-4"
    rig.select(1 - row)  # another row: its own (empty) test case
    assert rig.pane.tag_edit.text() == ""


def test_at_200_percent_the_filter_keeps_room_to_type(rig: Rig, qtbot: QtBot) -> None:
    rig.panel.resize(930, 300)  # a 1920x1080 screen at 200 %: 960 logical pixels
    rig.panel.show()
    assert rig.panel.width() <= 930  # the bar fits: nothing is pushed off the side
    assert rig.panel.filter_edit.width() >= 60
    assert rig.panel.evidence_bar.test_key_edit.width() >= 60
    # Room left for one more button of about 80 px (the Export… of issue 16's export part).
    assert rig.panel.minimumSizeHint().width() <= 930 - 90
