"""The main window: marker, test-card picker, card form, create panel, history.

It opens in two steps. ``MainWindow()`` is the bare window (title, remembered geometry) that
can be shown at once; ``populate()`` builds the rest right after that first paint. So this
module is imported before the first paint and keeps its imports light: no asyncio, no core
beyond ``paths``, no other ui modules at the top. The parts are imported where they are first
needed (in ``populate()`` and the dialogs' openers).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from omise_token_gui import PRODUCT_NAME, __version__
from omise_token_gui.ui import window_state

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction

    from omise_token_gui.core.cards import Catalog, CatalogCard
    from omise_token_gui.core.errors import AppError
    from omise_token_gui.core.history import HistoryStore, TokenRecord
    from omise_token_gui.core.service import TokenService
    from omise_token_gui.core.settings import Profile, Settings
    from omise_token_gui.ui.about import AboutDialog
    from omise_token_gui.ui.card_form import CardForm
    from omise_token_gui.ui.card_picker import CardPicker
    from omise_token_gui.ui.clipboard import Clipboard
    from omise_token_gui.ui.create_panel import CreatePanel
    from omise_token_gui.ui.history_actions import HistoryActions
    from omise_token_gui.ui.history_model import HistoryModel
    from omise_token_gui.ui.history_view import HistoryPanel
    from omise_token_gui.ui.marker import ModeMarker
    from omise_token_gui.ui.settings_dialog import SettingsDialog
    from omise_token_gui.ui.tasks import TaskRunner

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
    picker: CardPicker
    form: CardForm
    panel: CreatePanel
    history_model: HistoryModel
    history: HistoryPanel
    history_actions: HistoryActions
    auto_timer: QTimer
    settings_action: QAction
    copy_last_action: QAction

    def __init__(self) -> None:
        """The bare window: title and remembered geometry, nothing inside yet. Cheap, so that
        it can be shown (and painted) before the rest is imported and built. Not even a
        "Starting…" line: the first text drawn loads the fonts (~6 ms), and PySide6 builds
        the ``Qt`` enum namespace (for an alignment) on first use (~15 ms)."""
        super().__init__()
        self.populated = False
        self.setWindowTitle(f"{PRODUCT_NAME} {__version__}")
        self.setObjectName("mainWindow")
        self.resize(1280, 900)
        window_state.restore(self)

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
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout

        from omise_token_gui.core.cards import load_catalog
        from omise_token_gui.ui.card_form import CardForm
        from omise_token_gui.ui.card_picker import CardPicker
        from omise_token_gui.ui.clipboard import Clipboard
        from omise_token_gui.ui.create_panel import CreatePanel
        from omise_token_gui.ui.history_actions import HistoryActions
        from omise_token_gui.ui.history_model import HistoryModel
        from omise_token_gui.ui.history_view import HistoryPanel
        from omise_token_gui.ui.marker import ModeMarker
        from omise_token_gui.ui.tasks import TaskRunner

        self.settings = settings
        self._save_settings = save_settings
        self.history_store = history
        self.catalog = catalog or load_catalog()
        self._service: TokenService | None = None
        self.clipboard = clipboard or Clipboard()
        self.tasks = TaskRunner()
        self._create_task: asyncio.Task[None] | None = None
        self.last_token: TokenRecord | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.about_dialog: AboutDialog | None = None

        self.marker = ModeMarker()
        self.picker = CardPicker(self.catalog)
        self.form = CardForm(self.catalog)
        self.panel = CreatePanel()
        self.panel.copy_on_create.setChecked(settings.copy_on_create)
        self.history_model = HistoryModel(history, self)
        self.history = HistoryPanel(self.history_model)
        self.history.auto_refresh.setChecked(settings.auto_refresh)

        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(form_scroll)
        right.addWidget(self.panel)
        right.setSizes([420, 260])
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.picker)
        top.addWidget(right)
        top.setSizes([560, 720])
        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(top)
        main.addWidget(self.history)
        main.setSizes([560, 300])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.marker)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)
        self.history_actions = HistoryActions(self)
        self._build_menus()

        actions = self.history_actions
        self.auto_timer = QTimer(self)
        self.auto_timer.timeout.connect(actions.auto_refresh)

        self.picker.card_picked.connect(self._card_picked)
        self.form.changed.connect(self._update_create_enabled)
        self.panel.send_anyway.toggled.connect(self._update_create_enabled)
        self.panel.create_button.clicked.connect(self.create_token)
        self.panel.cancel_button.clicked.connect(self.cancel_create)
        self.panel.retry_button.clicked.connect(self.create_token)
        self.panel.settings_button.clicked.connect(self.open_settings)
        self.panel.copy_button.clicked.connect(actions.copy_last_token)
        self.panel.copy_on_create.toggled.connect(self._copy_on_create_toggled)
        self.history.copy_id.connect(actions.copy_token_id)
        self.history.copy_json.connect(actions.copy_json)
        self.history.copy_curl.connect(actions.copy_curl)
        self.history.refresh_one.connect(actions.refresh_one)
        self.history.refresh_all.connect(actions.refresh_all)
        self.history.simulate_charge.connect(actions.simulate_charge)
        self.history.delete.connect(actions.delete)
        self.history.auto_refresh_toggled.connect(self._auto_refresh_toggled)

        self.apply_settings()
        self._update_create_enabled()
        self._set_tab_order()
        self._notices = list(notices)
        self.statusBar().showMessage("Starting the Sandbox…")
        self.populated = True

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
        self.statusBar().showMessage("Repairing the damaged history file…")

    def repair_progress(self, saved: int) -> None:
        self.statusBar().showMessage(
            f"Repairing the damaged history file: {saved:,} token(s) copied so far…"
        )

    def attach(self, service: TokenService) -> None:
        """The network side is up (http client, Sandbox emulator): enable what needs it."""
        from omise_token_gui.ui.dialogs import inform

        self._service = service
        self.apply_settings()
        self._update_create_enabled()
        self.history.setEnabled(True)
        if self._notices:
            inform(self, "Settings and history", "\n\n".join(self._notices))
            self.statusBar().showMessage(self._notices[0], 15_000)
        else:
            self.statusBar().showMessage("Ready. Pick a test card, then Create (Ctrl+Enter).")

    # ---------------------------------------------------------------- building
    def _build_menus(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence, QShortcut

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.settings_action = QAction("&Settings…", self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = bar.addMenu("&Edit")
        self.copy_last_action = QAction("Copy last token id", self)
        self.copy_last_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_last_action.triggered.connect(self.history_actions.copy_last_token)
        edit_menu.addAction(self.copy_last_action)
        find_action = QAction("Filter history", self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_filter)
        edit_menu.addAction(find_action)
        help_menu = bar.addMenu("&Help")
        about_action = QAction("&About", self)
        about_action.triggered.connect(self.open_about)
        help_menu.addAction(about_action)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.create_token)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.picker.search, self.picker.tree]
        chain += [*list(self.form.edits.values())[:10], self.form.country]
        chain += [
            self.form.edits["phone_number"],
            self.panel.create_button,
            self.panel.cancel_button,
            self.panel.send_anyway,
            self.panel.copy_on_create,
            self.panel.copy_button,
            self.history.filter_edit,
            self.history.table,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ---------------------------------------------------------------- settings
    @property
    def profile(self) -> Profile:
        return self.settings.active

    def apply_settings(self) -> None:
        self.marker.show_profile(self.profile, self._service.sandbox_url if self._service else None)
        self.panel.copy_on_create.setChecked(self.settings.copy_on_create)
        self.history.auto_refresh.blockSignals(True)
        self.history.auto_refresh.setChecked(self.settings.auto_refresh)
        self.history.auto_refresh.blockSignals(False)
        if self.settings.auto_refresh and self.ready:
            self.auto_timer.start(self.settings.auto_refresh_s * 1000)
        else:
            self.auto_timer.stop()

    def save_settings(self) -> None:
        from omise_token_gui.core.errors import AppError

        try:
            self._save_settings(self.settings)
        except (OSError, AppError) as exc:
            self.statusBar().showMessage(f"Settings could not be saved: {exc}", 10_000)

    def _copy_on_create_toggled(self, on: bool) -> None:
        if self.settings.copy_on_create != on:
            self.settings.copy_on_create = on
            self.save_settings()

    def _auto_refresh_toggled(self, on: bool) -> None:
        self.settings.auto_refresh = on
        self.save_settings()
        self.apply_settings()

    def open_settings(self) -> None:
        if not self.ready:
            return
        if self.settings_dialog is None:
            from omise_token_gui.ui.settings_dialog import SettingsDialog

            self.settings_dialog = SettingsDialog(
                self.settings, self._save_settings, self._check_key, self.tasks, self
            )
            self.settings_dialog.saved.connect(self.apply_settings)
        self.settings_dialog.reload()
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        self.settings_dialog.activateWindow()

    async def _check_key(self, profile: Profile) -> AppError | None:
        from omise_token_gui.core.errors import AppError
        from omise_token_gui.core.key_check import CHECK_TOKEN_ID

        client = self.service.client_for(profile)
        try:
            await client.retrieve_token(CHECK_TOKEN_ID, profile.public_key)
        except AppError as exc:
            return exc
        return None

    def open_about(self) -> None:
        if self.about_dialog is None:
            from omise_token_gui.ui.about import AboutDialog

            self.about_dialog = AboutDialog(self)
        self.about_dialog.show()

    # ---------------------------------------------------------------- create
    def _card_picked(self, card: CatalogCard) -> None:
        self.form.fill_from_catalog(card)
        self.statusBar().showMessage(
            f"{card.brand} {card.display_number}: {card.scenario_label} "
            f"(expected charge: {card.expected_outcome}, source {card.confidence})",
            8000,
        )

    def _update_create_enabled(self) -> None:
        busy = self.creating or not self.ready
        valid = not self.form.problems()
        self.panel.create_button.setEnabled(
            not busy and (valid or self.panel.send_anyway.isChecked())
        )
        self.panel.create_button.setToolTip(
            "Create a token (Ctrl+Enter)"
            if valid
            else "The card has problems (see the fields). Tick 'Send anyway' to send it regardless."
        )

    def create_token(self) -> None:
        if self.creating or not self.ready:
            return
        if not self.panel.create_button.isEnabled():
            self.panel.show_message(
                "The card has problems (see the fields). Tick 'Send anyway "
                "(negative test)' to send it regardless."
            )
            return
        self.panel.set_busy(True)  # at once, not when the task first runs
        self.statusBar().showMessage("Creating a token…")
        self._create_task = self.tasks.start(self._create(), "create-token")

    @property
    def creating(self) -> bool:
        """A create is in flight (from Create until create_finished)."""
        return self._create_task is not None and not self._create_task.done()

    def cancel_create(self) -> None:
        if self._create_task is not None and self.creating:
            self._create_task.cancel()

    async def _create(self) -> None:
        import asyncio

        from omise_token_gui.core.errors import AppError
        from omise_token_gui.core.service import TokenNotSaved

        card = self.form.card_input()
        try:
            record = await self.service.create(
                card, self.profile, allow_invalid=self.panel.send_anyway.isChecked()
            )
        except TokenNotSaved as exc:
            self.last_token = exc.record
            self.panel.show_unsaved(exc.record, exc.reason)
            if self.panel.copy_on_create.isChecked():
                self.clipboard.set_text(exc.record.token_id)
            self.statusBar().showMessage(
                f"Created {exc.record.token_id}, but it was NOT saved to the history.", 15_000
            )
        except asyncio.CancelledError:
            self.panel.show_message(
                "Cancelled. If the vault had already created a token, it "
                "was not stored; nothing was sent twice."
            )
            self.statusBar().showMessage("Cancelled.", 5000)
        except AppError as exc:
            self.panel.show_error(exc)
            if exc.problems:
                self.form.show_problems(exc.problems)
            self.statusBar().showMessage(f"Not created: {exc.human}", 10_000)
        else:
            self.last_token = record
            self.panel.show_token(record)
            self.history_model.token_added(record)
            self.history.select_token(record.token_id)
            if self.panel.copy_on_create.isChecked():
                self.clipboard.set_text(record.token_id)
                self.panel.flash("✔ Copied")
                self.statusBar().showMessage(
                    f"Created {record.token_id} — copied to the clipboard.", 8000
                )
            else:
                self.statusBar().showMessage(f"Created {record.token_id}.", 8000)
            self.token_created.emit(record)
        finally:
            self.panel.set_busy(False)
            self._create_task = None
            self._update_create_enabled()
            self.create_finished.emit()

    def _focus_filter(self) -> None:
        self.history.filter_edit.setFocus()
        self.history.filter_edit.selectAll()

    # ---------------------------------------------------------------- closing
    def closeEvent(self, event: QCloseEvent) -> None:
        # Only the geometry is saved here. Settings were saved when they changed; saving
        # them again on close would overwrite what another running instance saved since.
        window_state.save(self)
        if self.populated:
            self.auto_timer.stop()
            for dialog in (self.settings_dialog, self.about_dialog):
                if dialog is not None:
                    dialog.close()
        event.accept()
        self.closed.emit()
