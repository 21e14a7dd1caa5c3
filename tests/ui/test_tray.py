"""The tray, in the real app (offscreen): its menu rebuilt on each opening, create-and-copy
against the embedded Sandbox, Copy last token id across a restart, the profile switcher,
Open window, Quit, closing into the tray, and the one-time notice where no tray exists.

Whether the desktop shows tray icons is decided by ``tray_link.system_tray_available``; the
tests set it, so that they do not depend on the platform."""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from omise_token_gui.cli.exit_codes import Exit
from omise_token_gui.core import paths
from omise_token_gui.core.catalog import CatalogCard, load_catalog
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.settings import Profile
from omise_token_gui.options import Options
from omise_token_gui.ui import tray_link
from omise_token_gui.ui.main_window import MainWindow
from omise_token_gui.ui.session import close_on_signals
from omise_token_gui.ui.tray import NO_TRAY, Tray
from tests.helpers import TEST_KEY, records
from tests.ui.conftest import Harness, OpenApp, run_on_loop

CATALOG = load_catalog()


def scenario(card_id: str) -> CatalogCard:
    card = CATALOG.by_id(card_id)
    assert card is not None
    return card


INSUFFICIENT = scenario("visa-insufficient-fund")


@pytest.fixture
def with_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tray_link, "system_tray_available", lambda: True)


@pytest.fixture
def without_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tray_link, "system_tray_available", lambda: False)


def tray_of(app: Harness) -> Tray:
    assert app.session.tray is not None
    return app.session.tray


def open_menu(tray: Tray) -> dict[str, QAction]:
    """Open the tray's menu as a click does (aboutToShow rebuilds it), then close it: its
    actions (the profile submenu's too) by object name, or ``profile:NAME``."""
    tray.menu.popup(QPoint(0, 0))
    tray.menu.hide()
    found: dict[str, QAction] = {}
    for action in tray.menu.actions():
        if action is tray.profiles_menu.menuAction():
            found["trayProfiles"] = action
        elif action.objectName():
            found[action.objectName()] = action
    for item in tray.profiles_menu.actions():
        found[f"profile:{item.data()}"] = item
    return found


def used_with(card: CatalogCard, record: TokenRecord) -> TokenRecord:
    """A history record as the service stores a token made with ``card``."""
    return replace(
        record,
        scenario=card.scenario,
        scenario_label=card.scenario_label,
        brand=card.brand,
        last4=card.number[-4:],
        expected_charge_status=card.expected_charge_status,
        expected_failure_code=card.expected_failure_code,
    )


def saved_settings() -> dict[str, object]:
    data = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def tray_app(with_tray: None, open_app: OpenApp) -> Iterator[Harness]:
    app = open_app()
    yield app
    if not app.running.done():  # the fixture's close would only hide it into the tray
        app.window.quit()
        app.qtbot.waitUntil(app.running.done, timeout=30_000)


def quit_from_tray(app: Harness) -> None:
    open_menu(tray_of(app))["trayQuit"].trigger()
    app.qtbot.waitUntil(app.running.done, timeout=30_000)
    assert app.running.result() == 0


# ---------------------------------------------------------------- the menu
def test_the_menu_is_rebuilt_on_each_opening_from_the_history(tray_app: Harness) -> None:
    tray = tray_of(tray_app)
    assert tray.visible
    empty = open_menu(tray)
    assert not any(name.startswith("trayScenario:") for name in empty)
    assert not empty["trayCopyLast"].isEnabled()
    assert "No token in the history yet" in empty["trayCopyLast"].text()
    assert empty["trayProfiles"].text() == "Profile: Sandbox"
    assert empty["profile:Sandbox"].isChecked()
    assert {"trayOpen", "trayQuit"} <= empty.keys()

    # Tokens arrive in the history (a typed-in card among them): the next opening shows them.
    visa, master = scenario("visa-successful"), scenario("mastercard-successful")
    oldest_first = [INSUFFICIENT, visa, master, INSUFFICIENT, None]  # None: a typed-in card
    made = [
        used_with(card, record) if card else record
        for card, record in zip(oldest_first, records(5), strict=True)
    ]
    tray_app.services.history_store.add_many(made)
    menu = open_menu(tray)
    scenarios = [
        a.data() for a in tray.menu.actions() if a.objectName().startswith("trayScenario:")
    ]
    # Newest first, each once; the typed-in card is no scenario.
    assert scenarios == ["visa-insufficient-fund", "mastercard-successful", "visa-successful"]
    assert menu["trayScenario:visa-insufficient-fund"].text() == (
        "Insufficient funds · Visa •••• 0011"
    )
    assert menu["trayCopyLast"].isEnabled()
    assert made[4].token_id in menu["trayCopyLast"].text()


def test_the_menu_offers_the_pinned_cards_first_then_the_frequent(tray_app: Harness) -> None:
    tray = tray_of(tray_app)
    tray_app.services.history_store.add_many([used_with(INSUFFICIENT, records(1)[0])])
    tray_app.window.picker.pin_toggled.emit("amex-successful")  # the star, the menu or Ctrl+D
    menu = open_menu(tray)
    scenarios = [
        a.data() for a in tray.menu.actions() if a.objectName().startswith("trayScenario:")
    ]
    assert scenarios == ["amex-successful", "visa-insufficient-fund"]
    assert menu["trayScenario:amex-successful"].text().startswith("★ Successful charge")
    assert menu["trayScenario:visa-insufficient-fund"].text().startswith("Insufficient funds")
    names = [a.objectName() for a in tray.menu.actions()]  # a title over each part
    pinned, frequent = names.index("trayPinned"), names.index("trayFrequent")
    assert pinned < names.index("trayScenario:amex-successful") < frequent
    assert frequent < names.index("trayScenario:visa-insufficient-fund")
    assert menu["trayPinned"].text() == "Pinned"
    assert not menu["trayPinned"].isEnabled()
    tray_app.window.picker.pin_toggled.emit("visa-insufficient-fund")  # pinned: not frequent
    again = [a.data() for a in tray.menu.actions() if a.objectName().startswith("trayScenario:")]
    open_menu(tray)
    again = [a.data() for a in tray.menu.actions() if a.objectName().startswith("trayScenario:")]
    assert again == ["amex-successful", "visa-insufficient-fund"]
    assert "trayFrequent" not in [a.objectName() for a in tray.menu.actions()]
    assert saved_settings()["pinned"] == ["amex-successful", "visa-insufficient-fund"]


def test_create_from_the_menu_copies_and_notifies(tray_app: Harness, qtbot: QtBot) -> None:
    tray, w = tray_of(tray_app), tray_app.window
    tray_app.services.history_store.add(used_with(INSUFFICIENT, records(1)[0]))
    w.clipboard.set_text("")
    action = open_menu(tray)["trayScenario:visa-insufficient-fund"]
    with qtbot.waitSignal(tray.notified, timeout=10_000) as shown:
        action.trigger()
        busy = open_menu(tray)  # while it creates: said, and no second create
        assert "Creating a token: Insufficient funds" in busy["trayBusy"].text()
        assert not busy["trayScenario:visa-insufficient-fund"].isEnabled()
    title, text = shown.args
    newest = w.newest_token()
    assert newest is not None
    assert newest.scenario == "insufficient_fund"
    assert newest.token_id.startswith("tokn_test_")
    assert title == "Token copied"
    assert text == f"{newest.token_id}\nInsufficient funds · Visa •••• 0011 · profile Sandbox"
    assert INSUFFICIENT.number not in text
    assert w.clipboard.text() == newest.token_id
    assert tray_app.history_count() == 2
    assert w.history_model.rowCount() == 2  # the window's history shows it at once
    assert [r["path"] for r in tray_app.emulator.requests()] == ["/tokens"]


def test_a_failed_create_says_why(tray_app: Harness, qtbot: QtBot) -> None:
    tray, w = tray_of(tray_app), tray_app.window
    tray_app.services.history_store.add(used_with(INSUFFICIENT, records(1)[0]))
    tray_app.emulator.state.config.accepted_keys = frozenset({"pkey_test_other"})
    w.clipboard.set_text("unchanged")
    with qtbot.waitSignal(tray.notified, timeout=10_000) as shown:
        open_menu(tray)["trayScenario:visa-insufficient-fund"].trigger()
    title, text = shown.args
    assert title == "No token created"
    assert text.startswith("Insufficient funds · Visa •••• 0011 · profile Sandbox\n")
    assert len(text.splitlines()) == 2
    assert w.clipboard.text() == "unchanged"
    assert tray_app.history_count() == 1


def test_copy_last_token_after_a_restart(with_tray: None, open_app: OpenApp) -> None:
    first = open_app()
    first.create_and_wait()
    token = first.window.last_token
    assert token is not None
    quit_from_tray(first)

    second = open_app()  # a new window on the same history
    assert second.window.last_token is None  # nothing made in this session
    w, tray = second.window, tray_of(second)
    w.clipboard.set_text("")
    with second.qtbot.waitSignal(tray.notified) as shown:
        open_menu(tray)["trayCopyLast"].trigger()
    assert w.clipboard.text() == token.token_id
    assert shown.args == [
        "Token id copied",
        f"{token.token_id}\nVisa •••• 4242 · Successful charge · profile Sandbox",
    ]
    # Ctrl+Shift+C copies the same token: one answer to "which token is the last one".
    w.clipboard.set_text("")
    w.copy_last_action.trigger()
    assert w.clipboard.text() == token.token_id
    quit_from_tray(second)


def test_the_profile_switcher_changes_and_saves_the_active_profile(tray_app: Harness) -> None:
    w, tray = tray_app.window, tray_of(tray_app)
    w.settings.upsert(
        Profile(name="Staging", public_key=TEST_KEY, vault_url=tray_app.emulator.base_url)
    )
    w.save_settings()
    menu = open_menu(tray)
    assert not menu["profile:Staging"].isChecked()
    with tray_app.qtbot.waitSignal(tray.notified) as shown:
        menu["profile:Staging"].trigger()
    assert shown.args[1] == "New tokens now use the profile Staging."
    assert w.settings.active_profile == "Staging"
    assert saved_settings()["active_profile"] == "Staging"
    assert "pkey_test_…3d2x" in w.marker.text()  # the window shows it, as after the pane
    after = open_menu(tray)
    assert after["trayProfiles"].text() == "Profile: Staging"
    assert after["profile:Staging"].isChecked()
    assert not after["profile:Sandbox"].isChecked()


def test_open_window_and_quit(tray_app: Harness) -> None:
    w, tray = tray_app.window, tray_of(tray_app)
    w.hide()
    open_menu(tray)["trayOpen"].trigger()
    assert w.isVisible()
    w.showMinimized()
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)  # a click on the icon
    assert w.isVisible()
    assert not w.isMinimized()
    quit_from_tray(tray_app)
    assert not tray.visible


# ---------------------------------------------------------------- closing
def close_question(app: Harness) -> QMessageBox:
    app.window.close()
    box = app.window.findChild(QMessageBox, "closeToTrayBox")
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    return box


def asking(window: MainWindow) -> bool:
    """Whether the close-to-tray question is on screen."""
    return any(b.isVisible() for b in window.findChildren(QMessageBox, "closeToTrayBox"))


def press(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def test_the_first_close_asks_then_keeps_running_in_the_tray(tray_app: Harness) -> None:
    w, tray = tray_app.window, tray_of(tray_app)
    assert w.settings.close_to_tray is None
    box = close_question(tray_app)
    assert w.isVisible()
    with tray_app.qtbot.waitSignal(tray.notified) as shown:
        press(box, "Keep running in the tray")
    assert shown.args[0] == "Still running in the tray"
    assert not w.isVisible()
    assert not tray_app.running.done()
    assert saved_settings()["close_to_tray"] is True

    open_menu(tray)["trayOpen"].trigger()
    w.close()  # decided: no question now
    assert not asking(w)
    assert not w.isVisible()
    assert not tray_app.running.done()
    quit_from_tray(tray_app)  # a real quit, from the hidden window


def test_the_first_close_can_quit_and_that_is_remembered(tray_app: Harness) -> None:
    box = close_question(tray_app)
    press(box, "Quit")
    tray_app.qtbot.waitUntil(tray_app.running.done, timeout=30_000)
    assert saved_settings()["close_to_tray"] is False


def test_cancel_leaves_the_window_open_and_undecided(tray_app: Harness) -> None:
    box = close_question(tray_app)
    box.reject()
    assert tray_app.window.isVisible()
    assert tray_app.window.settings.close_to_tray is None
    assert not tray_app.running.done()


def test_sigterm_quits_even_with_close_to_tray_on(tray_app: Harness) -> None:
    w = tray_app.window
    w.settings.close_to_tray = True
    w.hide()  # in the tray
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    timer = close_on_signals(w)
    try:
        handler = signal.getsignal(signal.SIGTERM)
        assert callable(handler)
        handler(signal.SIGTERM, None)  # what the signal runs
        tray_app.qtbot.waitUntil(tray_app.running.done, timeout=30_000)
    finally:
        timer.stop()
        for sig, old in before.items():
            signal.signal(sig, old)
    assert tray_app.running.result() == 0


def test_the_settings_pane_holds_the_choice(tray_app: Harness) -> None:
    w = tray_app.window
    w.settings_action.trigger()
    dialog = w.settings_dialog
    assert dialog is not None
    assert dialog.close_to_tray.isEnabled()
    assert not dialog.close_to_tray.isChecked()
    assert not dialog.tray_note.isVisibleTo(dialog)
    dialog.copy_on_create.setChecked(False)  # another option: the choice stays undecided
    assert w.settings.close_to_tray is None
    dialog.close_to_tray.setChecked(True)
    assert w.settings.close_to_tray is True
    assert saved_settings()["close_to_tray"] is True
    dialog.close()
    w.close()
    assert not asking(w)
    assert not w.isVisible()


# ---------------------------------------------------------------- no tray
def test_without_a_tray_the_window_says_why_once(without_tray: None, open_app: OpenApp) -> None:
    first = open_app()
    assert first.session.tray is None
    assert first.window.statusBar().currentMessage() == NO_TRAY
    assert saved_settings()["tray_missing_told"] is True
    first.window.settings_action.trigger()
    dialog = first.window.settings_dialog
    assert dialog is not None
    assert not dialog.close_to_tray.isEnabled()
    assert dialog.tray_note.text() == NO_TRAY
    dialog.close()
    first.window.settings.close_to_tray = True  # chosen on a desktop with a tray
    first.close()  # no tray: closing quits, as it always did

    second = open_app()
    assert second.window.statusBar().currentMessage() != NO_TRAY
    second.close()


def test_headless_and_benchmark_runs_have_no_tray(with_tray: None, app: Harness) -> None:
    for options in (Options(smoke_test=True), Options(create_loop=2)):
        assert tray_link.attach_tray(app.window, options) is None
    assert tray_link.attach_tray(app.window, Options(exit_after_first_paint=True)) is None
    app.window.quit()
    app.qtbot.waitUntil(app.running.done, timeout=30_000)


def test_file_quit_quits_even_with_close_to_tray_on(tray_app: Harness) -> None:
    w = tray_app.window
    w.settings.close_to_tray = True
    file_menu = w.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    quit_action = next(a for a in file_menu.actions() if a.text() == "&Quit")
    quit_action.trigger()
    tray_app.qtbot.waitUntil(tray_app.running.done, timeout=30_000)
    assert tray_app.running.result() == 0


def test_the_creators_outcome_has_the_command_lines_exit_codes(
    tray_app: Harness, qtbot: QtBot
) -> None:
    create = tray_link.ScenarioCreator(tray_app.window)
    unknown = run_on_loop(qtbot, create("visa-no-such-scenario"))
    assert unknown == (Exit.USAGE, None, "Unknown scenario 'visa-no-such-scenario'.")
    tray_app.emulator.state.config.accepted_keys = frozenset({"pkey_test_other"})
    refused = run_on_loop(qtbot, create("visa-successful"))
    assert (refused.exit_code, refused.token_id) == (Exit.VAULT, None)
    tray_app.emulator.state.config.accepted_keys = None
    made = run_on_loop(qtbot, create("visa-successful"))
    assert made.ok
    assert made.token_id == tray_app.window.clipboard.text()
