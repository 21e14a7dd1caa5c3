"""Every control has an accessible name and a tooltip; a disabled button's tooltip says why."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from omise_token_gui.emulator import Faults
from omise_token_gui.ui import reasons
from omise_token_gui.ui.accessibility import plain_name
from omise_token_gui.ui.history_model import COL
from tests.helpers import press_charge, records
from tests.ui.conftest import Harness

# What a disabled button's tooltip may start with: each says why it cannot be used now.
WHY = (
    "Create is disabled",
    "Cancel is disabled",
    "Copy: no token yet",
    "Refresh unfinished is disabled",
    "Simulate charge works only",
)


def controls(root: QWidget) -> list[QWidget]:
    """The controls a tester can reach: shown, a Tab stop, not a part of another control
    (a combo box's line edit has the combo as its focus proxy)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(root)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in controls(root)
        if not w.accessibleName() or not w.toolTip()
    ]


def test_every_control_has_a_name_and_a_tooltip(app: Harness) -> None:
    w = app.window
    assert len(controls(w)) > 25  # the walk sees the form, the panel and the history
    assert unnamed(w) == []
    app.create_and_wait()
    app.emulator.set_faults(Faults(error_rate=1.0, error_status=503, times=1))
    app.create_and_wait()  # an error: Retry shows
    assert w.panel.retry_button.isVisibleTo(w)
    w.history_panel.table.selectRow(0)
    assert unnamed(w) == []


def test_the_shortcuts_dialog_names_its_controls(app: Harness) -> None:
    dialog = app.window.keyboard.show_shortcuts()
    assert unnamed(dialog) == []


def disabled_buttons(root: QWidget) -> list[QAbstractButton]:
    return [
        b for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root) and not b.isEnabled()
    ]


def test_a_disabled_buttons_tooltip_says_why(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    found = {b.objectName(): b.toolTip() for b in disabled_buttons(w)}
    assert found["copyTokenButton"] == reasons.COPY_NO_TOKEN
    assert found["cancelButton"] == reasons.CANCEL_IDLE
    assert found["button_simulate"] == "Simulate charge: select a token in the history first"
    for name, tip in found.items():
        assert tip.startswith(WHY) or "select" in tip, (name, tip)
    app.create_and_wait()
    assert w.panel.copy_button.toolTip() == "Copy the token id shown here"
    w.history_panel.table.selectRow(0)
    assert w.history_panel.buttons["simulate"].toolTip().startswith("Use the selected Sandbox")
    w.history_panel.buttons["simulate"].click()
    press_charge(qtbot, w)
    qtbot.waitUntil(lambda: w.history_model.index(0, COL["used"]).data() == "used", timeout=5000)
    assert not w.history_panel.buttons["simulate"].isEnabled()
    assert w.history_panel.buttons["simulate"].toolTip() == (
        "Simulate charge works only on unused tokens: this one is already used"
    )
    w.history_panel.set_refreshing(True)
    assert w.history_panel.refresh_all_button.toolTip() == reasons.REFRESH_BUSY
    w.history_panel.set_refreshing(False)
    assert "not final" in w.history_panel.refresh_all_button.toolTip()


def test_the_row_tips_say_why_an_action_waits() -> None:
    sandbox = records(1)[0]
    other = replace(sandbox, profile="Team test key")
    assert reasons.row_tip("simulate", other, 1) == "Simulate charge works only on Sandbox tokens"
    assert not reasons.row_enabled("simulate", other, 1)
    assert reasons.row_tip("copy_json", sandbox, 2) == (
        "Copy JSON works on one token at a time: select just one"
    )
    assert reasons.row_enabled("copy_id", sandbox, 2)
    assert reasons.row_tip("copy_curl", None, 0) == "Copy curl: select a token in the history first"
    assert reasons.row_tip("copy_json", sandbox, 1).endswith("(Ctrl+Shift+J)")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("&Create token", "Create token"),
        ("Copy &JSON", "Copy JSON"),
        ("Fish && &chips", "Fish & chips"),
    ],
)
def test_a_buttons_accessible_name_has_no_mnemonic_mark(text: str, name: str) -> None:
    from PySide6.QtWidgets import QPushButton

    assert plain_name(QPushButton(text)) == name


def test_the_settings_and_about_dialogs_name_their_controls(app: Harness) -> None:
    w = app.window
    w.open_settings()
    dialog = w.settings_dialog
    assert dialog is not None
    assert len(controls(dialog)) > 10
    assert unnamed(dialog) == []
    w.open_about()
    assert w.about_dialog is not None
    assert unnamed(w.about_dialog) == []


def test_the_settings_buttons_say_why_they_are_disabled(app: Harness) -> None:
    w = app.window
    w.open_settings()
    d = w.settings_dialog
    assert d is not None
    d.profile_list.setCurrentRow(0)  # the Sandbox, in use
    assert not d.delete_button.isEnabled()
    assert d.delete_button.toolTip() == "The Sandbox profile is built in and cannot be deleted"
    assert d.use_button.toolTip() == "This profile is already in use"
    assert d.save_button.toolTip() == "The Sandbox profile is built in: there is nothing to save"
    assert d.key_edit.toolTip().startswith("The Sandbox is built in")
    d.add_button.click()  # a new profile, no key yet
    assert not d.save_button.isEnabled()
    QApplication.sendEvent(d.save_button, QEvent(QEvent.Type.ToolTip))  # as when hovered
    assert d.save_button.toolTip() == (
        "Save profile is disabled until the name, key and vault URL are valid"
    )
    assert d.key_edit.toolTip().startswith("Your public test key")
