"""The keyboard flow, driven by key events only: each key goes to the focused widget
(``QApplication.focusWidget()``), as a tester's keyboard would send it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from omise_token_gui.emulator import Faults
from omise_token_gui.ui import reasons, shortcuts
from omise_token_gui.ui.history_model import COL, RECORD_ROLE
from omise_token_gui.ui.main_window import MainWindow
from tests.helpers import press_charge
from tests.ui.conftest import Harness

README = Path(__file__).resolve().parents[2] / "README.md"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, keys: str) -> None:
    """Press one key combination ("Ctrl+K", "Down", "Shift+F10") on the focused widget."""
    combo = QKeySequence(keys)[0]  # type: ignore[index]  # indexable at run time, not in the stubs
    qtbot.keyClick(focused(), combo.key(), combo.keyboardModifiers())


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.form.edits["name"].setFocus()  # where a tester's first click would land
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)


def test_search_down_enter_fills_the_form_and_ctrl_enter_creates(
    app: Harness, qtbot: QtBot
) -> None:
    w = app.window
    activate(qtbot, w)
    press(qtbot, "Ctrl+K")
    assert focused() is w.picker.search
    type_text(qtbot, "insufficient")
    press(qtbot, "Down")
    assert focused() is w.picker.tree
    first = w.picker.highlighted()
    assert first is not None
    assert first.scenario == "insufficient_fund"
    assert w.form.catalog_entry() == first  # the highlight filled the form
    press(qtbot, "Down")  # moving the highlight fills the form
    second = w.picker.highlighted()
    assert second is not None
    assert second != first
    assert w.form.catalog_entry() == second
    press(qtbot, "Up")
    press(qtbot, "Return")
    assert w.form.catalog_entry() == first == w.picker.highlighted()
    assert w.form.problems() == []
    with qtbot.waitSignal(w.create_finished, timeout=10_000):
        press(qtbot, "Ctrl+Return")
    record = w.history_model.index(0, 0).data(RECORD_ROLE)
    assert record.scenario == "insufficient_fund"
    assert record.last4 == first.number[-4:]
    assert app.history_count() == 1
    selected = w.history_panel.selected_record()  # the new token is the selected row
    assert selected is not None
    assert selected.token_id == record.token_id
    tab_to(qtbot, w.history_panel.table)
    press(qtbot, "Ctrl+Shift+J")
    assert f'"id": "{record.token_id}"' in w.clipboard.text()


def test_the_arrows_step_over_the_group_titles(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    activate(qtbot, w)
    press(qtbot, "Ctrl+K")
    type_text(qtbot, "visa")  # one Visa per group: every other row is a group title
    press(qtbot, "Down")
    seen = [w.picker.highlighted()]
    for _ in range(3):
        press(qtbot, "Down")
        seen.append(w.picker.highlighted())
    assert None not in seen
    assert len({c.scenario for c in seen if c is not None}) >= 3  # into the next groups
    assert w.form.catalog_entry() == seen[-1]
    for _ in range(3):
        press(qtbot, "Up")
        assert w.picker.highlighted() is not None
        assert w.form.catalog_entry() == w.picker.highlighted()
    assert w.picker.highlighted() == seen[0]


def test_enter_in_the_search_goes_into_the_results_too(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    activate(qtbot, w)
    press(qtbot, "Ctrl+K")
    type_text(qtbot, "stolen")
    press(qtbot, "Enter")
    assert focused() is w.picker.tree
    card = w.picker.highlighted()
    assert card is not None
    assert card.scenario == "stolen_or_lost_card"
    assert w.form.catalog_entry() == card


def test_typing_in_the_search_never_changes_the_form(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    activate(qtbot, w)
    before = w.form.card_input()
    visa = w.form.catalog_entry()
    press(qtbot, "Ctrl+K")
    type_text(qtbot, "jcb")  # the filter hides the form's Visa 4242
    assert w.form.card_input() == before
    assert w.picker.highlighted() is None  # no other card is highlighted instead
    for _ in range(3):
        press(qtbot, "Backspace")
    assert w.picker.highlighted() == visa  # shown again, highlighted again
    type_text(qtbot, "visa")
    press(qtbot, "Down")  # the form's card is among the results: the list starts there
    assert focused() is w.picker.tree
    assert w.picker.highlighted() == visa
    assert w.form.card_input() == before


def test_down_with_no_result_stays_in_the_search(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    activate(qtbot, w)
    press(qtbot, "Ctrl+K")
    type_text(qtbot, "no such card")
    press(qtbot, "Down")
    assert focused() is w.picker.search


def test_esc_cancels_a_slow_create(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    activate(qtbot, w)
    app.emulator.set_faults(Faults(latency_ms=4000))
    press(qtbot, "Ctrl+Return")
    assert w.creating
    assert w.panel.cancel_button.toolTip().startswith("Cancel the token being created")
    assert w.panel.create_button.toolTip() == reasons.CREATE_BUSY
    with qtbot.waitSignal(w.create_finished, timeout=3000):
        press(qtbot, "Esc")
    assert "Cancelled" in w.panel.error.text()
    assert app.history_count() == 0
    assert w.panel.cancel_button.toolTip() == reasons.CANCEL_IDLE


def test_esc_is_left_to_the_window_while_nothing_is_created(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    activate(qtbot, w)
    cancelled: list[bool] = []
    w.keyboard.cancel_shortcut.activated.connect(lambda: cancelled.append(True))
    press(qtbot, "Esc")
    assert cancelled == []
    assert w.panel.cancel_button.toolTip() == reasons.CANCEL_IDLE


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 60) -> None:
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, "Tab")
    pytest.fail(f"Tab never reached {target.objectName()}")


def test_tab_leaves_the_history_table_in_one_step(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    app.create_and_wait()
    app.create_and_wait()
    activate(qtbot, w)
    table = w.history_panel.table
    press(qtbot, "Ctrl+F")
    assert focused() is w.history_panel.filter_edit
    tab_to(qtbot, table)
    press(qtbot, "Down")  # the arrows move inside the table
    assert focused() is table
    press(qtbot, "Right")
    assert focused() is table
    press(qtbot, "Tab")
    assert focused() is not table
    assert not table.isAncestorOf(focused())  # no Copy button inside it took the focus
    press(qtbot, "Shift+Tab")
    assert focused() is table


def open_menu(qtbot: QtBot, keys: str) -> QMenu:
    press(qtbot, keys)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


@pytest.mark.parametrize("keys", ["Shift+F10", "Menu"])
def test_the_menu_key_and_shift_f10_open_the_row_menu(
    app: Harness, qtbot: QtBot, keys: str
) -> None:
    w = app.window
    app.create_and_wait()
    activate(qtbot, w)
    press(qtbot, "Ctrl+F")
    tab_to(qtbot, w.history_panel.table)
    press(qtbot, "Down")
    menu = open_menu(qtbot, keys)
    assert menu.objectName() == "rowMenu"
    assert [a.text().replace("&", "") for a in menu.actions() if a.text()][:3] == [
        "Copy id",
        "Copy JSON",
        "Copy curl",
    ]
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)


def into_table(qtbot: QtBot, w: MainWindow) -> None:
    press(qtbot, "Ctrl+F")
    tab_to(qtbot, w.history_panel.table)
    assert w.history_panel.selected_record() is not None  # tabbing in selected a row


TESTED_HERE = {
    "find_card",
    "into_results",
    "pick_card",
    "create",
    "cancel_create",
    "next_control",
    "row_menu",
    "pin_card",  # tests/ui/test_card_ranking.py
    "card_menu",  # tests/ui/test_card_ranking.py
    "copy_card_number",  # tests/ui/test_card_copy.py, as the four below
    "copy_card_expiry",
    "copy_card_code",
    "copy_card_all",
    "card_docs",
}


def test_each_shortcut_in_the_table_is_tested() -> None:
    assert {s.name for s in shortcuts.SHORTCUTS} == TESTED_HERE | set(WINDOW_KEYS) | set(ROW_KEYS)


def _copy_last(app: Harness, qtbot: QtBot) -> None:
    app.create_and_wait()
    app.window.clipboard.set_text("")
    activate(qtbot, app.window)
    press(qtbot, "Ctrl+Shift+C")
    assert app.window.clipboard.text() == app.window.last_token.token_id  # type: ignore[union-attr]


def _filter_history(app: Harness, qtbot: QtBot) -> None:
    activate(qtbot, app.window)
    press(qtbot, "Ctrl+F")
    assert focused() is app.window.history_panel.filter_edit


def _reset_form(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    activate(qtbot, w)
    w.form.edits["name"].clear()
    press(qtbot, "Ctrl+Shift+R")
    assert w.form.problems() == []


def _settings(app: Harness, qtbot: QtBot) -> None:
    activate(qtbot, app.window)
    press(qtbot, "Ctrl+,")
    assert app.window.settings_dialog is not None
    assert app.window.settings_dialog.isVisible()


def _shortcuts_help(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    activate(qtbot, w)
    press(qtbot, "F1")
    dialog = w.keyboard.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.texts() == shortcuts.rows()


def _quit(app: Harness, qtbot: QtBot) -> None:
    activate(qtbot, app.window)
    press(qtbot, "Ctrl+Q")
    qtbot.waitUntil(app.running.done, timeout=30_000)
    assert app.running.result() == 0


def _export(app: Harness, qtbot: QtBot) -> None:
    from omise_token_gui.ui.export_dialog import ExportDialog

    activate(qtbot, app.window)
    press(qtbot, "Ctrl+Shift+X")
    dialog = app.window.findChild(ExportDialog, "exportDialog")
    assert dialog is not None
    assert dialog.isVisible()
    dialog.close()


WINDOW_KEYS = {
    "copy_last": _copy_last,
    "export": _export,
    "filter_history": _filter_history,
    "reset_form": _reset_form,
    "settings": _settings,
    "shortcuts_help": _shortcuts_help,
    "quit": _quit,
}


@pytest.mark.parametrize("name", sorted(WINDOW_KEYS))
def test_each_window_shortcut_triggers_its_action(app: Harness, qtbot: QtBot, name: str) -> None:
    assert shortcuts.shortcut(name).where == shortcuts.WINDOW
    WINDOW_KEYS[name](app, qtbot)


ROW_KEYS = ("copy_id", "copy_json", "copy_curl", "refresh", "simulate", "delete")


@pytest.mark.parametrize("name", ROW_KEYS)
def test_each_row_shortcut_triggers_its_action(app: Harness, qtbot: QtBot, name: str) -> None:
    w = app.window
    app.create_and_wait()
    token = w.last_token
    assert token is not None
    activate(qtbot, w)
    into_table(qtbot, w)
    w.clipboard.set_text("")
    before = len(app.emulator.requests())
    press(qtbot, shortcuts.shortcut(name).keys[0])
    if name == "copy_id":
        assert w.clipboard.text() == token.token_id
    elif name == "copy_json":
        assert f'"id": "{token.token_id}"' in w.clipboard.text()
    elif name == "copy_curl":
        assert w.clipboard.text().startswith("curl ")
        assert token.token_id in w.clipboard.text()
    elif name == "refresh":
        qtbot.waitUntil(lambda: len(app.emulator.requests()) > before, timeout=5000)
        assert app.emulator.requests()[-1]["method"] == "GET"
    elif name == "simulate":
        press_charge(qtbot, w)
        qtbot.waitUntil(
            lambda: w.history_model.index(0, COL["used"]).data() == "used", timeout=5000
        )
    else:
        box = w.findChild(QMessageBox, "askBox")
        assert box is not None
        assert box.isVisible()
        assert token.token_id in box.text()
        box.reject()


def test_help_lists_every_shortcut_of_the_table(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    help_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Help")
    assert isinstance(help_menu, QMenu)
    entry = next(a for a in help_menu.actions() if a.text() == "&Keyboard shortcuts")
    entry.trigger()
    dialog = w.keyboard.dialog
    assert dialog is not None
    shown = dialog.texts()
    assert len(shown) == len(shortcuts.SHORTCUTS) + 1  # and the mnemonics
    for row, entry_ in zip(shown, shortcuts.SHORTCUTS, strict=False):
        assert row[2] == entry_.does
        assert row[0]  # the keys, as the platform writes them


def test_the_menus_take_their_keys_from_the_table(app: Harness) -> None:
    w = app.window
    assert w.settings_action.shortcuts() == shortcuts.keys_of("settings")
    assert w.copy_last_action.shortcuts() == shortcuts.keys_of("copy_last")
    for key, action in w.history_panel.row_actions.items():
        assert action.shortcuts() == shortcuts.keys_of(key)


def test_the_readme_lists_the_shortcuts_of_the_table() -> None:
    text = README.read_text(encoding="utf-8")
    section = re.search(
        r"<!-- keyboard shortcuts: begin.*?-->\n(.*?)\n<!-- keyboard shortcuts: end -->",
        text,
        re.S,
    )
    assert section is not None, "README has no keyboard shortcuts section"
    assert section.group(1).strip() == shortcuts.markdown()


def test_the_focus_ring_follows_the_keyboard_focus(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    activate(qtbot, w)
    press(qtbot, "Ctrl+K")
    ring = w.keyboard.ring
    assert ring.around is w.picker.search
    for _ in range(40):
        press(qtbot, "Tab")
        now = focused()
        assert ring.around is now
        assert ring.frame.parent() is now  # drawn inside it: never cut off by a neighbour
        assert ring.frame.isVisibleTo(w)
        assert ring.frame.geometry() == now.rect()


def test_the_rings_colour_stands_out_in_every_scheme() -> None:
    """WCAG 1.4.11: a focus indicator needs 3:1 against what is next to it."""
    from omise_token_gui.ui import palette
    from tests.ui.unit.test_palette import contrast

    for scheme in palette.SCHEMES:
        for background in (scheme.base, scheme.window, scheme.button):
            assert contrast(scheme.text, background) >= 3.0, (scheme.name, background)


TAB_CYCLE = [  # the billing fields and the JSON answer are folded on a first launch
    "cardSearch",
    "cardBrandFilter",
    "cardOutcomeFilter",
    "cardCopyButton",
    "cardList",
    "field_name",
    "field_number",
    "field_expiration_month",
    "field_expiration_year",
    "field_security_code",
    "fold_billing",
    "createButton",
    "resetFormButton",  # Cancel waits for a create; Copy for a token
    "sendAnyway",
    "copyOnCreate",
    "copyTokenButton",
    "fold_json",
    "batchCreate",  # Create several: [N] (ui/batch_panel.py); its Cancel waits for a batch
    "batchCount",
    "historyFilter",
    "usedFilter",
    "viewTokens",  # one stop for the two views (the arrows move between them)
    "currentTestKey",
    "refreshAllButton",
    "autoRefresh",
    "exportButton",
    "historyTable",
    "button_copy_id",
    "button_copy_json",
    "button_copy_curl",
    "button_refresh",
    "button_simulate",
    "button_delete",
    "fold_details",  # the details pane is folded on a first launch
    "sandboxNoteOk",  # the top of the window: the first-launch note, the profile switcher
    "profileSwitcher",
]


def test_tab_visits_every_control_once_in_reading_order(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    app.create_and_wait()
    activate(qtbot, w)
    press(qtbot, "Ctrl+K")
    seen = [focused().objectName()]
    for _ in range(len(TAB_CYCLE)):
        press(qtbot, "Tab")
        seen.append(focused().objectName())
    assert seen == [*TAB_CYCLE, "cardSearch"]  # and round again


def test_buttons_have_mnemonics(app: Harness) -> None:
    w = app.window
    buttons = [
        b
        for b in (
            *w.panel.findChildren(QAbstractButton),
            *w.history_panel.findChildren(QAbstractButton),
        )
        if b.text()
    ]
    assert buttons
    missing = [b.text() for b in buttons if not QKeySequence.mnemonic(b.text()).count()]
    assert missing == []
    letters = [QKeySequence.mnemonic(b.text()).toString() for b in buttons if b.isVisibleTo(w)]
    letters += [QKeySequence.mnemonic(a.text()).toString() for a in w.menuBar().actions()]
    assert len(letters) == len(set(letters)), letters  # no Alt+letter means two things
