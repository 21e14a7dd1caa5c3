"""The main window: marker, test-card picker, card form, create panel, history.

It opens in two steps. ``MainWindow()`` is the bare window (title, remembered geometry) that
can be shown at once; ``populate()`` builds the rest right after that first paint. So this
module is imported before the first paint and keeps its imports light: no asyncio, no core
beyond what the package root loads, no other ui module but ``window_state`` at the top.
Everything else comes from one module, ``window_parts``, imported once by ``populate()``
(the later ``from window_parts import …`` lines only read that loaded module).

The window holds the parts and the settings; the behaviour is in the controllers it builds
(``CreateActions``, ``HistoryActions``), which are handed their collaborators, not the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow

from omise_token_gui import PRODUCT_NAME
from omise_token_gui.ui import window_state

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel

    from omise_token_gui.core.catalog import Catalog
    from omise_token_gui.core.history import HistoryStore, TokenRecord
    from omise_token_gui.core.service import TokenService
    from omise_token_gui.core.settings import Profile, Settings
    from omise_token_gui.ui.about import AboutDialog
    from omise_token_gui.ui.settings_dialog import SettingsDialog
    from omise_token_gui.ui.window_parts import (
        CardForm,
        CardPicker,
        Clipboard,
        CreateActions,
        CreatePanel,
        HistoryActions,
        HistoryModel,
        HistoryPanel,
        Keyboard,
        ModeMarker,
        ProfileSwitcher,
        SandboxNote,
        TaskRunner,
        WindowTexts,
    )

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    closed = Signal()
    token_created = Signal(object)  # TokenRecord
    create_finished = Signal()  # after every attempt: success, error or cancel

    # Set by populate(); declared here so that type checkers know them.
    settings: Settings
    history_store: HistoryStore
    catalog: Catalog
    clipboard: Clipboard
    tasks: TaskRunner
    marker: ModeMarker
    switcher: ProfileSwitcher
    sandbox_note: SandboxNote
    picker: CardPicker
    form: CardForm
    panel: CreatePanel
    history_model: HistoryModel
    history_panel: HistoryPanel
    history_actions: HistoryActions
    create_actions: CreateActions
    auto_timer: QTimer
    keyboard: Keyboard
    texts: WindowTexts  # the menus, title, "Profile:" and status line, in the language
    settings_action: QAction
    copy_last_action: QAction
    _port_note: str | None = None  # why the Sandbox is not on its usual port (attach)

    # Set by quit(): this close is a real quit (the tray does not keep the app running).
    quitting = False
    # Set by ui.tray_link.attach_tray() when a tray icon is shown (the settings pane asks).
    has_tray = False

    def __init__(self) -> None:
        """The bare window: title and remembered geometry, nothing inside yet. Cheap, so that
        it can be shown (and painted) before the rest is imported and built. Not even a
        "Starting…" line: the first text drawn loads the fonts, and PySide6 builds the ``Qt``
        enum namespace (for an alignment) on first use."""
        super().__init__()
        self.populated = False
        self.setWindowTitle(PRODUCT_NAME)  # the mode joins it once the settings are read
        self.setObjectName("mainWindow")
        window_state.restore(self)  # inside the screen's available area, whatever its size

    def populate(
        self,
        settings: Settings,
        save_settings: Callable[[Settings], None],
        history: HistoryStore,
        notices: list[str] | tuple[str, ...] = (),
        clipboard: Clipboard | None = None,
        catalog: Catalog | None = None,
    ) -> None:
        """Build everything else: marker, picker, form, create panel, history, menus."""
        from omise_token_gui.ui import window_parts  # the one import of the second step

        self.settings = settings
        self._save_settings = save_settings
        self.history_store = history
        self._service: TokenService | None = None
        self.tasks = window_parts.TaskRunner()
        self.settings_dialog: SettingsDialog | None = None
        self.about_dialog: AboutDialog | None = None
        parts = window_parts.build_parts(self, history, settings.color_scheme, clipboard, catalog)
        self.catalog, self.clipboard = parts.catalog, parts.clipboard
        self.auto_timer = parts.auto_timer
        self.marker, self.picker, self.form = parts.marker, parts.picker, parts.form
        self.switcher, self.sandbox_note = parts.switcher, parts.sandbox_note
        self.panel, self.history_model = parts.panel, parts.history_model
        self.history_panel, self.details = parts.history_panel, parts.details
        window_parts.lay_out(self, parts)
        self._build_controllers()
        self.keyboard = window_parts.keyboard_for(self, parts, self.cancel_create)
        self._build_menus(parts.profile_label)
        self.panel.copy_on_create.toggled.connect(
            lambda on: self._setting_toggled("copy_on_create", on)
        )
        self.panel.settings_button.clicked.connect(self.open_settings)
        self.history_panel.auto_refresh_toggled.connect(
            lambda on: self._setting_toggled("auto_refresh", on)
        )
        self.switcher.chosen.connect(self.use_profile)
        self.auto_timer.timeout.connect(self.history_actions.auto_refresh)
        self.apply_settings()
        self.create_actions.update_enabled()
        window_parts.set_tab_order(parts)
        self._notices = list(notices)
        self.texts.starting()
        self.populated = True

    def _build_controllers(self) -> None:
        from omise_token_gui.ui.window_parts import CreateActions, HistoryActions

        self.create_actions = CreateActions(
            service=lambda: self._service,
            profile=lambda: self.profile,
            form=self.form,
            panel=self.panel,
            history_model=self.history_model,
            history_panel=self.history_panel,
            clipboard=self.clipboard,
            status=self.statusBar(),
            tasks=self.tasks,
            created=self.token_created.emit,
            finished=self.create_finished.emit,
        )
        self.picker.card_picked.connect(self.create_actions.card_picked)
        self.form.changed.connect(lambda: self.picker.highlight(self.form.catalog_entry()))
        self.picker.highlight(self.form.catalog_entry())
        self.history_actions = HistoryActions(
            service=lambda: self._service,
            model=self.history_model,
            panel=self.history_panel,
            clipboard=self.clipboard,
            status=self.statusBar(),
            tasks=self.tasks,
            catalog=self.catalog,
            flash=self.panel.flash,
            remake=self.create_actions.remake,
            last_token=self.newest_token,
        )
        self.panel.copy_button.clicked.connect(self._copy_shown_token)

    def _build_menus(self, profile_label: QLabel) -> None:
        from omise_token_gui.ui.window_parts import WindowTexts, build_menus

        menus = build_menus(self, self.create_token, self.quit)
        self.texts = WindowTexts(self, menus, profile_label, lambda: self.settings.active)
        self.settings_action, self.copy_last_action = menus.settings_action, menus.copy_last_action
        menus.settings_action.triggered.connect(self.open_settings)
        menus.copy_last_action.triggered.connect(self.history_actions.copy_last_token)
        menus.find_action.triggered.connect(self.history_panel.focus_filter)
        menus.about_action.triggered.connect(self.open_about)
        menus.reset_form_action.triggered.connect(self.create_actions.reset_form)
        menus.find_card_action.triggered.connect(self.keyboard.find_card)
        menus.keys_action.triggered.connect(self.keyboard.show_shortcuts)

    # ---------------------------------------------------------------- service
    @property
    def service(self) -> TokenService:
        if self._service is None:
            raise RuntimeError("the network side has not started yet")
        return self._service

    @property
    def ready(self) -> bool:
        return self._service is not None

    def use_history(self, store: HistoryStore, notices: list[str]) -> None:
        """The history file was repaired after the window opened: show the new one."""
        self.history_store = store
        self.history_model.store = store
        self.history_model.reload()
        self._notices = list(notices)

    def repair_started(self, stand_in: HistoryStore) -> None:
        """A damaged history is being repaired off this thread: show the empty stand-in."""
        self.use_history(stand_in, self._notices)
        self.texts.repairing()

    def repair_progress(self, saved: int) -> None:
        self.texts.repairing(saved)

    def attach(self, service: TokenService, port_note: str | None = None) -> None:
        """The network side is up (http client, Sandbox emulator): enable what needs it."""
        from omise_token_gui.ui.window_parts import inform

        self._service = service
        self._port_note = port_note  # Services.sandbox_note: shown in the marker and Settings
        self.apply_settings()
        self.create_actions.update_enabled()
        self.history_panel.setEnabled(True)
        if self._notices:
            inform(self, self.texts.notices_title(), "\n\n".join(self._notices))
            self.statusBar().showMessage(self._notices[0], 15_000)
        elif port_note:
            self.statusBar().showMessage(port_note)
        else:
            self.texts.ready()

    # ---------------------------------------------------------------- settings
    @property
    def profile(self) -> Profile:
        return self.settings.active

    def apply_settings(self) -> None:
        from omise_token_gui.ui.window_parts import follow_looks, show_mode

        follow_looks(self.settings)  # light or dark, and the language: at once
        url = self._service.sandbox_url if self._service else None
        if show_mode(self, self.settings, url, self._port_note):
            self.save_settings()  # the Sandbox note, shown once
        self.panel.copy_on_create.setChecked(self.settings.copy_on_create)
        self.history_panel.set_auto_refresh(self.settings.auto_refresh)
        if self.settings.auto_refresh and self.ready:
            self.auto_timer.start(self.settings.auto_refresh_s * 1000)
        else:
            self.auto_timer.stop()

    def save_settings(self) -> None:
        from omise_token_gui.core.errors import AppError

        try:
            self._save_settings(self.settings)
        except (OSError, AppError) as exc:
            self.texts.not_saved(exc)

    def _setting_toggled(self, name: str, on: bool) -> None:
        """A check box's setting (``copy_on_create``, ``auto_refresh``, ``close_to_tray``)."""
        if getattr(self.settings, name) != on:
            setattr(self.settings, name, on)
            self.save_settings()
            self.apply_settings()

    def open_settings(self) -> None:
        if not self.ready:
            return
        if self.settings_dialog is None:
            from omise_token_gui.ui.window_parts import settings_dialog

            self.settings_dialog = settings_dialog(
                self.settings, self._save_settings, self.service.check_key, self.tasks, self
            )
            self.settings_dialog.saved.connect(self.apply_settings)
            self.settings_dialog.close_to_tray.toggled.connect(
                lambda on: self._setting_toggled("close_to_tray", on)
            )
        self.settings_dialog.reload()
        self.settings_dialog.show_sandbox(self.service.sandbox_url, self._port_note)
        self.settings_dialog.show_tray_choice(self.has_tray, self.settings.close_to_tray)
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        self.settings_dialog.activateWindow()

    def open_about(self) -> None:
        if self.about_dialog is None:
            from omise_token_gui.ui.window_parts import about_dialog

            self.about_dialog = about_dialog(self)
        self.about_dialog.show()

    def use_profile(self, name: str) -> None:
        """Make ``name`` the active profile and save it, as the settings pane's "Use this
        profile" does (the window's and the tray's profile switchers)."""
        if self.settings.profile(name) is None or name == self.settings.active_profile:
            return
        self.settings.active_profile = name
        self.save_settings()
        self.apply_settings()
        self.create_actions.update_enabled()
        if self.settings_dialog is not None:
            self.settings_dialog.reload(name)
        self.texts.profile_chosen(name)

    # ---------------------------------------------------------------- create
    @property
    def last_token(self) -> TokenRecord | None:
        """The token created last in this window, in this session (saved or not)."""
        return self.create_actions.last_token

    def newest_token(self) -> TokenRecord | None:
        """The newest token in the history, across restarts (or a newer one not saved yet):
        what Copy last token id copies, in the window and in the tray."""
        from omise_token_gui.core.recent import newest_token

        return newest_token(self.history_store, self._service.unsaved if self._service else ())

    def _copy_shown_token(self) -> None:
        if self.last_token is not None:  # the panel's Copy: the token it shows
            self.history_actions.copy_token_id(self.last_token)

    @property
    def creating(self) -> bool:
        """A create is in flight (from Create until create_finished)."""
        return self.create_actions.creating

    def create_token(self) -> None:
        self.create_actions.create_token()

    def cancel_create(self) -> None:
        self.create_actions.cancel()

    # ---------------------------------------------------------------- closing
    def quit(self) -> None:
        """A real quit (File > Quit, the tray's Quit, SIGTERM): close the window even where
        closing it would keep the app in the tray."""
        self.quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Only the geometry is saved here. Settings were saved when they changed; saving
        # them again on close would overwrite what another running instance saved since.
        window_state.save(self)
        if self.populated:
            self.auto_timer.stop()
            for dialog in (self.settings_dialog, self.about_dialog, self.keyboard.dialog):
                if dialog is not None:
                    dialog.close()
        event.accept()
        self.closed.emit()
