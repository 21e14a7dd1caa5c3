"""CardPicker, CardForm and CreatePanel each on their own, with the shipped catalog."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from omise_token_gui.core.catalog import Catalog, CatalogCard
from omise_token_gui.core.errors import ErrorKind, FieldProblem, VaultError
from omise_token_gui.ui import palette
from omise_token_gui.ui.card_form import CardForm
from omise_token_gui.ui.card_picker import CARD_ROLE, CardPicker
from omise_token_gui.ui.create_panel import CreatePanel
from tests.helpers import records


def picker_cards(picker: CardPicker) -> list[CatalogCard]:
    found = []
    proxy = picker.proxy
    for g in range(proxy.rowCount()):
        group = proxy.index(g, 0)
        for r in range(proxy.rowCount(group)):
            card = proxy.index(r, 0, group).data(CARD_ROLE)
            if isinstance(card, CatalogCard):
                found.append(card)
    return found


# ---------------------------------------------------------------- CardPicker
def test_the_picker_lists_every_catalog_card(qtbot: QtBot, catalog: Catalog) -> None:
    picker = CardPicker(catalog)
    qtbot.addWidget(picker)
    assert sorted(c.number for c in picker_cards(picker)) == sorted(c.number for c in catalog)


def test_searching_a_number_with_spaces_finds_that_card(qtbot: QtBot, catalog: Catalog) -> None:
    picker = CardPicker(catalog)
    qtbot.addWidget(picker)
    target = next(iter(catalog))
    picker.search.setText(target.display_number)
    assert [c.number for c in picker_cards(picker)] == [target.number]


def test_clicking_a_card_emits_it(qtbot: QtBot, catalog: Catalog) -> None:
    picker = CardPicker(catalog)
    qtbot.addWidget(picker)
    group = picker.proxy.index(0, 0)
    child = picker.proxy.index(0, 1, group)
    with qtbot.waitSignal(picker.card_picked) as picked:
        picker.tree.clicked.emit(child)
    assert picked.args is not None
    assert picked.args[0] == child.data(CARD_ROLE)
    with qtbot.assertNotEmitted(picker.card_picked):
        picker.tree.clicked.emit(group)  # a group header is not a card
        picker.tree.clicked.emit(QModelIndex())


# ---------------------------------------------------------------- CardForm
def fixed_clock() -> datetime:
    return datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def test_a_catalog_card_fills_a_valid_form(qtbot: QtBot, catalog: Catalog) -> None:
    form = CardForm(catalog, clock=fixed_clock)
    qtbot.addWidget(form)
    card = next(c for c in catalog if c.number != form.card_input().number.replace(" ", ""))
    with qtbot.waitSignal(form.changed):
        form.fill_from_catalog(card)
    assert form.card_input().number.replace(" ", "") == card.number
    assert form.problems() == []
    assert form.catalog_entry() == card
    assert card.scenario_label in form.scenario.text()


def test_an_empty_name_or_number_looks_empty(qtbot: QtBot, catalog: Catalog) -> None:
    form = CardForm(catalog, clock=fixed_clock)
    qtbot.addWidget(form)
    for name, sample in (("name", "Somchai Prasert"), ("number", "4242 4242 4242 4242")):
        form.edits[name].clear()
        placeholder = form.edits[name].placeholderText()
        assert placeholder.startswith("(empty")  # never sample data shown in grey
        assert sample not in placeholder


def test_problems_are_shown_at_their_field_in_the_palettes_colour(
    qtbot: QtBot, catalog: Catalog
) -> None:
    form = CardForm(catalog, clock=fixed_clock)
    qtbot.addWidget(form)
    form.show_problems([FieldProblem("expiration_month", "Expiry month must be 1 to 12.")])
    assert form.errors["expiration_month"].text() == "Expiry month must be 1 to 12."
    assert not form.errors["expiration_month"].isHidden()
    assert form.edits["expiration_month"].styleSheet() == palette.error_border()
    assert form.errors["number"].isHidden()
    form.show_problems([])
    assert form.edits["expiration_month"].styleSheet() == ""


def test_a_typed_number_outside_the_catalog_is_named_as_such(
    qtbot: QtBot, catalog: Catalog
) -> None:
    form = CardForm(catalog, clock=fixed_clock)
    qtbot.addWidget(form)
    form.edits["number"].setText("4000 0000 0000 0002 1")
    assert "not a catalog test card" in form.scenario.text()
    assert any(p.field == "number" for p in form.problems())


# ---------------------------------------------------------------- CreatePanel
def test_busy_shows_progress_and_cancel_only(qtbot: QtBot) -> None:
    panel = CreatePanel()
    qtbot.addWidget(panel)
    panel.set_busy(True)
    assert not panel.progress.isHidden()
    assert panel.cancel_button.isEnabled()
    assert not panel.create_button.isEnabled()
    panel.set_busy(False)
    assert panel.progress.isHidden()
    assert not panel.cancel_button.isEnabled()


def test_a_token_is_shown_with_its_summary_and_json(qtbot: QtBot) -> None:
    panel = CreatePanel()
    qtbot.addWidget(panel)
    record = records(1, raw_json='{"object":"token"}')[0]
    panel.show_token(record)
    assert panel.token_label.text() == record.token_id
    assert panel.copy_button.isEnabled()
    assert panel.summary.text().startswith("Visa •••• 0000 · typed-in card")
    assert '"object": "token"' in panel.json_view.toPlainText()


def test_an_error_says_whose_code_it_is(qtbot: QtBot) -> None:
    panel = CreatePanel()
    qtbot.addWidget(panel)
    for kind in (ErrorKind.LIVEMODE, ErrorKind.MALFORMED, ErrorKind.CONNECTION):
        panel.show_error(VaultError(kind=kind, human="Said."))
        assert panel.error.text() == f"app: {kind.value} · Said."  # the app's own name
    omise = VaultError(kind=ErrorKind.INVALID_CARD, human="Invalid card.", code="invalid_card")
    panel.show_error(omise)
    head, *rest = panel.error.text().splitlines()
    assert head == "Omise: invalid_card · Invalid card."
    assert rest  # the app's explanation of the code follows
    assert rest[0].startswith("What it means: ")


def test_errors_offer_retry_or_settings_as_they_help(qtbot: QtBot) -> None:
    panel = CreatePanel()
    qtbot.addWidget(panel)
    panel.show_error(VaultError(kind=ErrorKind.TIMEOUT, human="No answer."))
    assert panel.error.text() == "app: timeout · No answer."
    assert not panel.retry_button.isHidden()
    assert panel.settings_button.isHidden()
    panel.show_error(VaultError(kind=ErrorKind.AUTHENTICATION, human="Key refused."))
    assert panel.retry_button.isHidden()
    assert not panel.settings_button.isHidden()
    assert panel.error.styleSheet() == palette.error_text()


def test_a_failed_attempt_after_a_token_greys_the_previous_one(qtbot: QtBot) -> None:
    panel = CreatePanel()
    qtbot.addWidget(panel)
    panel.show_token(records(1)[0])
    panel.show_message("Cancelled.")
    assert panel.token_label.styleSheet() == palette.muted_text()
    assert panel.summary.text().startswith("Previous token")


def test_an_unsaved_token_is_shown_and_says_so(qtbot: QtBot) -> None:
    panel = CreatePanel()
    qtbot.addWidget(panel)
    record = records(1)[0]
    panel.show_unsaved(record, "The disk is full.")
    assert panel.token_label.text() == record.token_id
    assert "Not saved to history" in panel.error.text()
    assert "The disk is full." in panel.error.text()
