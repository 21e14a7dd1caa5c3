"""CreateActions on its own: the real form, panel and history parts, a fake service that
stores into a small real history. No window."""

from __future__ import annotations

import asyncio

import pytest
from pytestqt.qtbot import QtBot

from omise_token_gui.core.cards import CardInput
from omise_token_gui.core.catalog import Catalog
from omise_token_gui.core.errors import ErrorKind, FieldProblem, VaultError
from omise_token_gui.core.history import HistoryStore, TokenRecord
from omise_token_gui.core.service import TokenNotSaved
from omise_token_gui.core.settings import Profile, sandbox_profile
from omise_token_gui.ui import reasons
from omise_token_gui.ui.card_form import CardForm
from omise_token_gui.ui.create_actions import TOO_MANY_PROBLEMS, CreateActions
from omise_token_gui.ui.create_panel import CreatePanel
from omise_token_gui.ui.history_model import HistoryModel
from omise_token_gui.ui.history_view import HistoryPanel
from omise_token_gui.ui.tasks import TaskRunner
from tests.helpers import records
from tests.ui.unit.conftest import FakeClipboard, FakeStatus, StoreFactory


class FakeCreator:
    def __init__(self, store: HistoryStore) -> None:
        self.store = store
        self.sent: list[tuple[CardInput, str, bool]] = []
        self.fail: Exception | None = None
        self.hold: asyncio.Event | None = None
        self.next = records(1)[0]

    async def create(
        self, card: CardInput, profile: Profile, *, allow_invalid: bool = False, test_key: str = ""
    ) -> TokenRecord:
        self.sent.append((card, profile.name, allow_invalid))
        if self.hold is not None:
            await self.hold.wait()
        if self.fail is not None:
            raise self.fail
        self.store.add(self.next)
        return self.next


class Rig:
    def __init__(self, qtbot: QtBot, store: HistoryStore, catalog: Catalog) -> None:
        self.qtbot = qtbot
        self.service: FakeCreator | None = FakeCreator(store)
        self.form = CardForm(catalog)
        self.panel = CreatePanel()
        self.model = HistoryModel(store)
        self.history_panel = HistoryPanel(self.model)
        for widget in (self.form, self.panel, self.history_panel):
            qtbot.addWidget(widget)
        self.clipboard = FakeClipboard()
        self.status = FakeStatus()
        self.tasks = TaskRunner()
        self.created: list[TokenRecord] = []
        self.finished = 0
        self.actions = CreateActions(
            service=lambda: self.service,
            profile=sandbox_profile,
            form=self.form,
            panel=self.panel,
            history_model=self.model,
            history_panel=self.history_panel,
            clipboard=self.clipboard,
            status=self.status,
            tasks=self.tasks,
            created=self.created.append,
            finished=self.done,
        )
        self.actions.update_enabled()

    def done(self) -> None:
        self.finished += 1

    def create(self) -> None:
        self.panel.create_button.click()
        self.qtbot.waitUntil(lambda: self.finished > 0, timeout=5000)


@pytest.fixture
def rig(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, make_store: StoreFactory, catalog: Catalog
) -> Rig:
    return Rig(qtbot, make_store(), catalog)


def test_a_created_token_is_shown_copied_added_and_told(rig: Rig) -> None:
    rig.create()
    record = records(1)[0]
    assert rig.panel.token_label.text() == record.token_id
    assert rig.clipboard.copied == [record.token_id]
    assert rig.model.rowCount() == 1
    assert rig.created == [record]
    assert rig.actions.last_token == record
    assert rig.status.last == f"Created {record.token_id} — copied to the clipboard."
    assert rig.panel.create_button.isEnabled()


def test_a_new_token_the_filter_hides_is_announced(rig: Rig) -> None:
    rig.history_panel.filter_edit.setText("JCB")  # the new token is a Visa
    rig.create()
    assert rig.model.rowCount() == 0
    assert rig.history_panel.hidden_label.text() == "1 new token hidden by the filter"
    assert rig.history_panel.count_label.text() == "0 of 1 token"
    rig.history_panel.filter_edit.clear()
    assert rig.history_panel.hidden_label.text() == ""
    assert rig.history_panel.count_label.text() == "1 token"


def test_without_copy_on_create_nothing_is_copied(rig: Rig) -> None:
    rig.panel.copy_on_create.setChecked(False)
    rig.create()
    assert rig.clipboard.copied == []
    assert rig.status.last == f"Created {records(1)[0].token_id}."


def test_an_invalid_card_is_not_sent_unless_asked(rig: Rig) -> None:
    rig.form.edits["expiration_month"].setText("13")
    assert not rig.panel.create_button.isEnabled()
    rig.actions.create_token()  # Ctrl+Enter
    assert rig.panel.error.text() == TOO_MANY_PROBLEMS
    assert rig.service is not None
    assert rig.service.sent == []
    rig.panel.send_anyway.setChecked(True)
    rig.create()
    assert [allow for _, _, allow in rig.service.sent] == [True]


def test_a_vault_error_is_shown_at_the_panel_and_the_fields(rig: Rig) -> None:
    assert rig.service is not None
    problem = FieldProblem("number", "The vault says this number is invalid.")
    rig.service.fail = VaultError(
        kind=ErrorKind.INVALID_INPUT, human="Invalid card.", problems=(problem,)
    )
    rig.create()
    assert "Invalid card." in rig.panel.error.text()
    assert rig.form.errors["number"].text() == problem.message
    assert rig.status.last == "Not created: Invalid card."
    assert rig.created == []


def test_a_token_the_history_refused_is_shown_and_kept_as_last(rig: Rig) -> None:
    assert rig.service is not None
    record = records(1)[0]
    rig.service.fail = TokenNotSaved(record, "The disk is full.")
    rig.create()
    assert rig.actions.last_token == record
    assert "Not saved to history" in rig.panel.error.text()
    assert rig.clipboard.copied == [record.token_id]
    assert rig.created == []


def test_cancel_stops_the_request_in_flight(rig: Rig) -> None:
    assert rig.service is not None
    rig.service.hold = asyncio.Event()
    rig.panel.create_button.click()
    assert rig.actions.creating
    assert rig.panel.cancel_button.isEnabled()
    rig.actions.create_token()  # a second Create while one is in flight: ignored
    rig.qtbot.waitUntil(lambda: len(rig.service.sent) == 1 if rig.service else False)
    rig.panel.cancel_button.click()
    rig.qtbot.waitUntil(lambda: rig.finished == 1, timeout=5000)
    assert not rig.actions.creating
    assert rig.panel.error.text().startswith("Cancelled.")
    assert rig.model.rowCount() == 0
    assert len(rig.service.sent) == 1


def test_cancel_at_once_ends_the_attempt_too(rig: Rig) -> None:
    """Esc pressed in the same event as Ctrl+Enter: the task is cancelled before it first
    runs; the panel must not stay busy."""
    rig.panel.create_button.click()
    rig.actions.cancel()
    rig.qtbot.waitUntil(lambda: rig.finished == 1, timeout=5000)
    assert not rig.actions.creating
    assert not rig.panel.cancel_button.isEnabled()
    assert rig.panel.create_button.isEnabled()
    assert rig.panel.error.text().startswith("Cancelled.")
    assert rig.service is not None
    assert rig.service.sent == []


def test_creates_tooltip_says_why_it_is_disabled(rig: Rig) -> None:
    assert rig.panel.create_button.toolTip().startswith("Create a token from the card form")
    rig.form.edits["number"].setText("4242 4242 4242 4241")
    assert rig.panel.create_button.toolTip() == reasons.CREATE_INVALID
    rig.panel.send_anyway.setChecked(True)
    assert rig.panel.create_button.toolTip().startswith("Send this card with its problems")
    rig.service = None
    rig.actions.update_enabled()
    assert rig.panel.create_button.toolTip() == "Create is disabled until the Sandbox has started"


def test_before_the_network_side_is_up_create_is_disabled(rig: Rig) -> None:
    rig.service = None
    rig.actions.update_enabled()
    assert not rig.panel.create_button.isEnabled()
    rig.actions.create_token()
    assert rig.finished == 0


def test_a_picked_card_fills_the_form_and_is_described(rig: Rig, catalog: Catalog) -> None:
    card = list(catalog)[-1]
    rig.actions.card_picked(card)
    assert rig.form.catalog_entry() == card
    assert rig.status.last.startswith(f"{card.brand} {card.display_number}: ")


def test_picking_a_card_after_stale_fields_gives_a_sendable_card(
    rig: Rig, catalog: Catalog
) -> None:
    rig.form.edits["name"].clear()
    rig.form.edits["expiration_year"].setText("2020")  # expired
    rig.panel.send_anyway.setChecked(True)
    card = next(c for c in catalog if c.expected_outcome == "successful")
    rig.actions.card_picked(card)
    assert rig.form.problems() == []
    assert rig.form.card_input().name  # the default name, not the stale empty one
    assert not rig.panel.send_anyway.isChecked()
    assert rig.panel.create_button.isEnabled()
    rig.actions.create_token()  # the next Ctrl+Enter
    rig.qtbot.waitUntil(lambda: rig.finished > 0, timeout=5000)
    assert rig.service is not None
    sent, _, allow_invalid = rig.service.sent[0]
    assert not allow_invalid
    assert sent.expiration_year != "2020"


def test_reset_form_puts_the_default_card_back(rig: Rig) -> None:
    rig.form.edits["name"].clear()
    rig.form.edits["city"].setText("Chiang Mai")
    rig.form.edits["number"].setText("4000 0000 0000 0002")
    rig.panel.send_anyway.setChecked(True)
    rig.panel.reset_button.click()
    fresh = CardForm(rig.form.catalog)
    rig.qtbot.addWidget(fresh)
    assert rig.form.card_input() == fresh.card_input()
    assert not rig.panel.send_anyway.isChecked()
    assert rig.form.problems() == []
