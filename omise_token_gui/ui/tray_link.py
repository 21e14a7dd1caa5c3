"""The tray, wired to the window: ``attach_tray()`` (called once the network side is
attached, by ``Session.start``) shows the tray icon, or, where the desktop shows none, says
once why not. Also: closing the window into the tray (``CloseToTray``), and the create the
tray's scenarios use today (``ScenarioCreator``: the token service in this process; a command
runner with the same signature replaces it).

Given the window (like ``session``); the window never imports this module.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from omise_token_gui import PRODUCT_NAME
from omise_token_gui.cli.exits import Exit, exit_code
from omise_token_gui.core.card_defaults import scenario_card
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.ranking import ranking
from omise_token_gui.ui.i18n import on_language_change, translator
from omise_token_gui.ui.plain import message_box
from omise_token_gui.ui.tray import NO_TRAY, CreateOutcome, CreateScenario, Tray

if TYPE_CHECKING:
    from omise_token_gui.options import Options
    from omise_token_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)
_ = translator("TrayLink")


def system_tray_available() -> bool:
    """Whether this desktop shows tray icons (the tests replace it)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def attach_tray(
    window: MainWindow,
    options: Options | None = None,
    *,
    available: Callable[[], bool] | None = None,
    create: CreateScenario | None = None,
) -> Tray | None:
    """The tray icon for ``window`` (populated and attached), shown; None for a headless or
    benchmark run, or where the desktop shows no tray icons (then the window says why,
    once). ``create``: how a scenario's token is made and copied (default:
    ``ScenarioCreator``)."""
    if options is not None and (options.headless or options.exit_after_first_paint):
        return None
    if not (available or system_tray_available)():
        tell_no_tray(window)
        return None
    tray = Tray(
        icon=_icon(window),
        quick_cards=lambda: ranking(window.history_store, window.catalog, window.settings).quick(),
        pinned=lambda: window.settings.pinned,
        last_token=window.newest_token,
        profiles=lambda: [p.name for p in window.settings.profiles],
        active_profile=lambda: window.settings.active_profile,
        use_profile=window.use_profile,
        create=create or ScenarioCreator(window),
        clipboard=window.clipboard,
        open_window=lambda: open_window(window),
        quit_app=window.quit,
        tasks=window.tasks,
        parent=window,
    )
    CloseToTray(window, tray)  # kept by its parent, the window
    window.closed.connect(tray.hide)
    window.has_tray = True
    tray.show()
    return tray


def _icon(window: MainWindow) -> QIcon:
    icon = QApplication.windowIcon()
    if icon.isNull():  # an application not made by runner.application() (tests)
        from omise_token_gui.ui.runner import app_icon

        icon = app_icon()
    return icon


def tell_no_tray(window: MainWindow) -> None:
    """Say once (remembered in the settings) why there is no tray icon."""
    log.info("no system tray on this desktop: no tray icon")
    if window.settings.tray_missing_told:
        return
    window.settings.tray_missing_told = True
    window.save_settings()
    window.statusBar().showMessage(QCoreApplication.translate("Tray", NO_TRAY), 60_000)


def open_window(window: MainWindow) -> None:
    """Show the window (hidden in the tray or minimised), raise and activate it: the same
    as a second launch does (``forwarding.bring_to_front``)."""
    from omise_token_gui.ui.forwarding import bring_to_front

    bring_to_front(window)


class CloseToTray(QObject):
    """Watches the window's close: with the setting on (and the tray shown) closing hides the
    window and the app keeps running in the tray; the first close, undecided, asks (and the
    answer is saved). A real quit (``MainWindow.quit``: File > Quit, the tray's Quit,
    SIGTERM) always quits."""

    def __init__(self, window: MainWindow, tray: Tray) -> None:
        super().__init__(window)
        self._window = window
        self._tray = tray
        self.question: QMessageBox | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Close or watched is not self._window:
            return False
        window = self._window
        if window.quitting or not self._tray.visible or window.settings.close_to_tray is False:
            return False  # the window closes (and the app quits) as it always did
        event.ignore()
        if window.settings.close_to_tray:
            window.hide()
        elif self.question is None:
            self.ask()
        return True

    def ask(self) -> QMessageBox:
        """The one-time question: keep running in the tray, or quit (Cancel: neither, and
        ask again next time)."""
        box = message_box(
            QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel, self._window
        )
        box.setObjectName("closeToTrayBox")
        keep = box.addButton("", QMessageBox.ButtonRole.AcceptRole)
        quit_button = box.addButton("", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)

        def retranslate() -> None:  # open while the language changes: asked again in it
            box.setWindowTitle(_("Keep running in the tray?"))
            box.setText(
                _(
                    "Keep {product} running in the tray when you close this window? Its tray "
                    "icon creates and copies tokens for your recent scenarios. Choose Quit in "
                    "the tray menu to quit. You can change this later in Settings."
                ).format(product=PRODUCT_NAME)
            )
            keep.setText(_("Keep running in the tray"))
            quit_button.setText(_("Quit"))

        on_language_change(box, retranslate)

        def finished() -> None:
            clicked = box.clickedButton()
            self.question = None
            box.deleteLater()
            if clicked is keep:
                self._remember(True)
                self._window.hide()
                self._tray.notify(
                    _("Still running in the tray"),
                    _(
                        "{product} keeps running here. Open its window or quit it from this "
                        "icon's menu."
                    ).format(product=PRODUCT_NAME),
                )
            elif clicked is quit_button:
                self._remember(False)
                self._window.quit()

        box.finished.connect(finished)
        self.question = box
        box.open()
        return box

    def _remember(self, keep: bool) -> None:
        self._window.settings.close_to_tray = keep
        self._window.save_settings()


class ScenarioCreator:
    """Create a token for a scenario id on the window's active profile through the token
    service, put it in the history view and on the clipboard: the tray's create today,
    small and replaceable (the same signature as a runner of ``omise-token create
    --scenario ID --copy``)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    async def __call__(self, scenario_id: str) -> CreateOutcome:
        from omise_token_gui.core.service import TokenNotSaved  # loaded with the service

        window = self._window
        entry = window.catalog.by_id(scenario_id)
        if entry is None:
            unknown = _("Unknown scenario {scenario!r}.").format(scenario=scenario_id)
            return CreateOutcome(Exit.USAGE, None, unknown)
        if not window.ready:  # the tray is made after attach(): only for another caller
            starting = _("The app is still starting; try again.")
            return CreateOutcome(Exit.NETWORK, None, starting)
        try:
            record = await window.service.create(
                scenario_card(entry), window.profile, test_key=window.settings.current_test_key
            )
        except TokenNotSaved as exc:
            window.clipboard.set_text(exc.record.token_id)
            return CreateOutcome(
                exit_code(exc),
                exc.record.token_id,
                _("Copied, but NOT saved to the history: {reason}").format(reason=exc.reason),
            )
        except AppError as exc:
            window.history_model.attempt_ended()  # the all-attempts view shows it
            return CreateOutcome(exit_code(exc), None, exc.human)
        window.history_model.token_added()
        window.clipboard.set_text(record.token_id)
        window.statusBar().showMessage(
            _("Created {token_id} from the tray — copied to the clipboard.").format(
                token_id=record.token_id
            ),
            8000,
        )
        done = _("Created {token_id} and copied it.").format(token_id=record.token_id)
        return CreateOutcome(Exit.OK, record.token_id, done)
