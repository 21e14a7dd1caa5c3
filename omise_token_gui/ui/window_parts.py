"""The main window's parts: built once its bare frame has painted (the second start step).

``main_window`` imports this module once, in ``MainWindow.populate()``, after the first
paint; every module the whole window needs is imported here, at the top. The one exception is
the settings dialog, opened on demand (``settings_dialog()``): its module needs
``core.proxy``, which the network side loads off the UI thread, so it is not loaded before
the whole window has painted. This module lays the parts out (the view); the controllers
(``create_actions``, ``history_actions``) hold the behaviour.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QMainWindow, QScrollArea, QSplitter, QVBoxLayout, QWidget

from omise_token_gui.core.cards import Catalog, load_catalog
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.core.settings import Settings
from omise_token_gui.ui.about import AboutDialog
from omise_token_gui.ui.card_form import CardForm
from omise_token_gui.ui.card_picker import CardPicker
from omise_token_gui.ui.clipboard import Clipboard
from omise_token_gui.ui.create_actions import CreateActions
from omise_token_gui.ui.create_panel import CreatePanel
from omise_token_gui.ui.dialogs import inform
from omise_token_gui.ui.history_actions import HistoryActions
from omise_token_gui.ui.history_model import HistoryModel
from omise_token_gui.ui.history_view import HistoryPanel
from omise_token_gui.ui.keyboard import Keyboard
from omise_token_gui.ui.marker import ModeMarker
from omise_token_gui.ui.shortcuts import bind, keys_of
from omise_token_gui.ui.tasks import TaskRunner
from omise_token_gui.ui.theme import follow_scheme

if TYPE_CHECKING:
    from omise_token_gui.ui.settings_dialog import KeyChecker, SettingsDialog

__all__ = [
    "AboutDialog",
    "AppError",
    "CardForm",
    "CardPicker",
    "Clipboard",
    "CreateActions",
    "CreatePanel",
    "HistoryActions",
    "HistoryModel",
    "HistoryPanel",
    "Keyboard",
    "Menus",
    "ModeMarker",
    "Parts",
    "TaskRunner",
    "build_menus",
    "build_parts",
    "follow_scheme",
    "inform",
    "lay_out",
    "set_tab_order",
    "settings_dialog",
]


@dataclass
class Parts:
    """The widgets of the whole window (and what they show)."""

    catalog: Catalog
    clipboard: Clipboard
    marker: ModeMarker
    picker: CardPicker
    form: CardForm
    panel: CreatePanel
    history_model: HistoryModel
    history_panel: HistoryPanel
    auto_timer: QTimer


@dataclass
class Menus:
    settings_action: QAction
    copy_last_action: QAction
    find_action: QAction
    about_action: QAction
    create_shortcuts: tuple[QShortcut, ...]
    reset_form_action: QAction
    find_card_action: QAction
    keys_action: QAction


def build_parts(
    window: QMainWindow,
    history: HistoryStore,
    clipboard: Clipboard | None = None,
    catalog: Catalog | None = None,
) -> Parts:
    catalog = catalog or load_catalog()
    model = HistoryModel(history, window)
    return Parts(
        catalog=catalog,
        clipboard=clipboard or Clipboard(),
        marker=ModeMarker(),
        picker=CardPicker(catalog),
        form=CardForm(catalog),
        panel=CreatePanel(),
        history_model=model,
        history_panel=HistoryPanel(model),
        auto_timer=QTimer(window),
    )


def lay_out(window: QMainWindow, parts: Parts) -> None:
    """Picker left, form and create panel right, history below, the marker on top."""
    form_scroll = QScrollArea()
    form_scroll.setWidgetResizable(True)
    form_scroll.setWidget(parts.form)
    right = QSplitter(Qt.Orientation.Vertical)
    right.addWidget(form_scroll)
    right.addWidget(parts.panel)
    right.setSizes([420, 260])
    top = QSplitter(Qt.Orientation.Horizontal)
    top.addWidget(parts.picker)
    top.addWidget(right)
    top.setSizes([560, 720])
    main = QSplitter(Qt.Orientation.Vertical)
    main.addWidget(top)
    main.addWidget(parts.history_panel)
    main.setSizes([560, 300])
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(parts.marker)
    layout.addWidget(main, 1)
    window.setCentralWidget(central)


def build_menus(
    window: QMainWindow, create: Callable[[], None], quit_app: Callable[[], None]
) -> Menus:
    """File (Settings, Quit: ``quit_app``), Edit (Copy last token id, Find test card, Filter
    history, Reset card form), Help (Keyboard shortcuts, About), and Ctrl+Enter for
    ``create``; every key from ``shortcuts.SHORTCUTS``. The caller connects the other actions."""
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    settings_action = bind(QAction("&Settings…", window), "settings")
    file_menu.addAction(settings_action)
    file_menu.addSeparator()
    quit_action = bind(QAction("&Quit", window), "quit")
    quit_action.triggered.connect(quit_app)
    file_menu.addAction(quit_action)
    edit_menu = bar.addMenu("&Edit")
    copy_last_action = bind(QAction("&Copy last token id", window), "copy_last")
    edit_menu.addAction(copy_last_action)
    find_card_action = bind(QAction("Find &test card", window), "find_card")
    edit_menu.addAction(find_card_action)
    find_action = bind(QAction("&Filter history", window), "filter_history")
    edit_menu.addAction(find_action)
    reset_form_action = bind(QAction("&Reset card form", window), "reset_form")
    edit_menu.addAction(reset_form_action)
    help_menu = bar.addMenu("&Help")
    keys_action = bind(QAction("&Keyboard shortcuts", window), "shortcuts_help")
    help_menu.addAction(keys_action)
    about_action = QAction("&About", window)
    help_menu.addAction(about_action)
    shortcuts = []
    for keys in keys_of("create"):
        shortcut = QShortcut(keys, window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(create)
        shortcuts.append(shortcut)
    return Menus(
        settings_action,
        copy_last_action,
        find_action,
        about_action,
        tuple(shortcuts),
        reset_form_action=reset_form_action,
        find_card_action=find_card_action,
        keys_action=keys_action,
    )


def set_tab_order(parts: Parts) -> None:
    form, panel, history = parts.form, parts.panel, parts.history_panel
    chain: list[QWidget] = [parts.picker.search, parts.picker.tree]
    chain += [*list(form.edits.values())[:10], form.country]
    chain += [
        form.edits["phone_number"],
        panel.create_button,
        panel.cancel_button,
        panel.reset_button,
        panel.send_anyway,
        panel.copy_on_create,
        panel.copy_button,
        panel.retry_button,
        panel.settings_button,
        panel.json_view,
        history.filter_edit,
        history.used_filter,
        history.refresh_all_button,
        history.auto_refresh,
        history.table,  # one stop: the arrows move inside it
        *history.buttons.values(),
    ]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def settings_dialog(
    settings: Settings,
    save: Callable[[Settings], None],
    check_key: KeyChecker,
    tasks: TaskRunner,
    parent: QWidget,
) -> SettingsDialog:
    """The settings dialog, its module loaded when it is first opened (see above)."""
    from omise_token_gui.ui.settings_dialog import SettingsDialog
    from omise_token_gui.ui.settings_tips import describe_settings

    dialog = SettingsDialog(settings, save, check_key, tasks, parent)
    describe_settings(dialog)
    return dialog
