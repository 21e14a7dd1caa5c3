"""The main window's parts: built once its bare frame has painted (the second start step).

``main_window`` imports this module once, in ``MainWindow.populate()``, after the first
paint; every module the whole window needs is imported here, at the top. The exceptions are
the dialogs, opened on demand: the settings dialog (``settings_dialog()``: its module needs
``core.proxy``, which the network side loads off the UI thread) and About
(``about_dialog()``), whose modules are not loaded before the whole window has painted.
This module lays the parts out (the view); the controllers (``create_actions``,
``history_actions``) hold the behaviour.

The layout (docs/window.md): the marker bar (where tokens go, the profile switcher) on top;
the picker beside the card form and create panel; the history below, taking what is left.
Billing address and the JSON answer fold away, so that pick, create, copy and the history fit
1280×720 without scrolling; the whole is in a scroll area only for smaller screens (a 200 %
laptop). Splitters, folds and column widths are remembered (``window_state``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omise_token_gui.core.catalog import Catalog, load_catalog
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.core.history_columns import VERDICT_WORDS
from omise_token_gui.core.i18n import translate
from omise_token_gui.core.settings import Profile, Settings
from omise_token_gui.ui.card_form import CardForm
from omise_token_gui.ui.card_picker import CardPicker
from omise_token_gui.ui.clipboard import Clipboard
from omise_token_gui.ui.create_actions import CreateActions
from omise_token_gui.ui.create_panel import CreatePanel
from omise_token_gui.ui.details_pane import DetailsPane
from omise_token_gui.ui.dialogs import inform
from omise_token_gui.ui.fit_scroll import FitScrollArea
from omise_token_gui.ui.history_actions import HistoryActions
from omise_token_gui.ui.history_model import COL, HistoryModel
from omise_token_gui.ui.history_view import BUTTON_W, HistoryPanel
from omise_token_gui.ui.i18n import (
    follow_language,
    on_language_change,
    translator,
    without_mnemonic,
)
from omise_token_gui.ui.keyboard import Keyboard
from omise_token_gui.ui.marker import ModeMarker, ProfileSwitcher, title_text
from omise_token_gui.ui.picker_ranking import PickerRanking
from omise_token_gui.ui.plain import plain_label
from omise_token_gui.ui.sandbox_note import SandboxNote
from omise_token_gui.ui.shortcuts import bind, keys_of
from omise_token_gui.ui.tasks import TaskRunner
from omise_token_gui.ui.theme import follow_scheme
from omise_token_gui.ui.window_state import remember, restore_layout

if TYPE_CHECKING:
    from omise_token_gui.ui.about import AboutDialog
    from omise_token_gui.ui.settings_dialog import KeyChecker, SettingsDialog

_ = translator("MainWindow")

__all__ = [
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
    "PickerRanking",
    "ProfileSwitcher",
    "SandboxNote",
    "TaskRunner",
    "WindowTexts",
    "about_dialog",
    "build_menus",
    "build_parts",
    "follow_scheme",
    "inform",
    "lay_out",
    "set_tab_order",
    "settings_dialog",
    "show_mode",
    "title_text",
]


@dataclass
class Parts:
    """The widgets of the whole window (and what they show)."""

    catalog: Catalog
    clipboard: Clipboard
    marker: ModeMarker
    switcher: ProfileSwitcher
    sandbox_note: SandboxNote
    picker: CardPicker
    form: CardForm
    panel: CreatePanel
    history_model: HistoryModel
    history_panel: HistoryPanel
    details: DetailsPane
    auto_timer: QTimer
    profile_label: QLabel


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
    quit_action: QAction
    file_menu: QMenu
    edit_menu: QMenu
    help_menu: QMenu

    def texts(self) -> list[tuple[QMenu | QAction, str]]:
        """Each menu and action with its text in the current language."""
        return [
            (self.file_menu, _("&File")),
            (self.settings_action, _("&Settings…")),
            (self.quit_action, _("&Quit")),
            (self.edit_menu, _("&Edit")),
            (self.copy_last_action, _("&Copy last token id")),
            (self.find_card_action, _("Find &test card")),
            (self.find_action, _("&Filter history")),
            (self.reset_form_action, _("&Reset card form")),
            (self.help_menu, _("&Help")),
            (self.keys_action, _("&Keyboard shortcuts")),
            (self.about_action, _("&About")),
        ]


class WindowTexts(QObject):
    """The main window's own texts, rendered again at every language switch: the menus, the
    title (the active profile's mode), the "Profile:" label and the status line this window
    wrote (a message written by someone else, or gone, is left alone)."""

    def __init__(
        self,
        window: QMainWindow,
        menus: Menus,
        profile_label: QLabel,
        profile: Callable[[], Profile],
    ) -> None:
        super().__init__(window)
        self._window, self._menus, self._label, self._profile = (
            window,
            menus,
            profile_label,
            profile,
        )
        self._status: tuple[Callable[[], str], int, str] | None = None  # render, timeout, shown
        on_language_change(window, self._retranslate)

    @property
    def menus(self) -> Menus:
        """The window's menus (another part adds its entries: ``evidence_link``)."""
        return self._menus

    def status(self, render: Callable[[], str], timeout_ms: int = 0) -> None:
        """Show ``render()`` in the status bar, and again in the new language at a switch."""
        text = render()
        self._status = (render, timeout_ms, text)
        self._window.statusBar().showMessage(text, timeout_ms)

    # The window's own status lines (MainWindow says when).
    def starting(self) -> None:
        self.status(lambda: _("Starting the Sandbox…"))

    def repairing(self, saved: int | None = None) -> None:
        if saved is None:
            self.status(lambda: _("Repairing the damaged history file…"))
            return
        self.status(
            lambda: _(
                "Repairing the damaged history file: {count} token(s) copied so far…", n=saved
            ).format(count=f"{saved:,}")
        )

    def ready(self) -> None:
        self.status(lambda: _("Ready. Pick a test card, then Create (Ctrl+Enter)."))

    def profile_chosen(self, name: str) -> None:
        self.status(
            lambda: _("Tokens are now created with the profile “{name}”.").format(name=name), 8000
        )

    def not_saved(self, error: Exception) -> None:
        self.status(lambda: _("Settings could not be saved: {error}").format(error=error), 10_000)

    def notices_title(self) -> str:
        return _("Settings and history")

    def _retranslate(self) -> None:
        for item, text in self._menus.texts():
            plain = without_mnemonic(text).rstrip("…")
            if isinstance(item, QMenu):
                item.setTitle(text)
                item.menuAction().setToolTip(plain)
            else:
                item.setText(text)
                item.setToolTip(plain)
        self._label.setText(_("Profile:"))
        self._window.setWindowTitle(title_text(self._profile()))
        if self._status is not None:
            render, timeout_ms, shown = self._status
            if self._window.statusBar().currentMessage() == shown:
                self.status(render, timeout_ms)


def build_parts(
    window: QMainWindow,
    history: HistoryStore,
    scheme: str,
    clipboard: Clipboard | None = None,
    catalog: Catalog | None = None,
) -> Parts:
    """The parts, in the colour scheme ``scheme`` (``Settings.color_scheme``). The scheme is
    applied first, so that the parts are styled once, in it: applied after them, it would
    restyle every widget of the app (and wrap each of Qt's inner widgets in Python)."""
    follow_scheme(scheme)
    catalog = catalog or load_catalog()
    from omise_token_gui.core import attempts  # the all-attempts view's rows

    model = HistoryModel(history, window, log=attempts)
    return Parts(
        catalog=catalog,
        clipboard=clipboard or Clipboard(),
        marker=ModeMarker(),
        switcher=ProfileSwitcher(),
        sandbox_note=SandboxNote(),
        picker=CardPicker(catalog),
        form=CardForm(catalog),
        panel=CreatePanel(),
        history_model=model,
        history_panel=HistoryPanel(model),
        details=DetailsPane(),
        auto_timer=QTimer(window),
        profile_label=plain_label(),
    )


def lay_out(window: QMainWindow, parts: Parts) -> None:
    """The marker bar on top, then the first-launch note (hidden but once), then the picker
    beside the form and create panel, the history below; then what was remembered."""
    right = QWidget()
    column = QVBoxLayout(right)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(parts.form)
    column.addWidget(parts.panel, 1)
    top = _splitter(Qt.Orientation.Horizontal, "splitTop", parts.picker, right)
    top.setStretchFactor(1, 1)
    top.setSizes([480, 800])
    history = _history_splitter(parts)
    main = _splitter(Qt.Orientation.Vertical, "splitMain", top, history)
    main.setStretchFactor(0, 1)  # height beyond what both need is shared: a taller window
    main.setStretchFactor(1, 1)  # shows more of the catalog as well as more of the history
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(6, 4, 6, 4)
    layout.setSpacing(4)
    layout.addLayout(_marker_bar(parts))
    layout.addWidget(parts.sandbox_note)
    layout.addWidget(main, 1)
    scroll = FitScrollArea()  # scrolls only on a screen smaller than the window's minimum
    scroll.setObjectName("windowScroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop of its own is a dead stop
    scroll.setWidget(central)
    window.setCentralWidget(scroll)
    table = parts.history_panel.table
    remember(table)
    if "historyTable" not in restore_layout(window):
        size_columns(table, window.width() - 40)


def _history_splitter(parts: Parts) -> QSplitter:
    """The history over its details pane; the pane folds away (the row bar's Details
    button, closed at first: the table keeps the height), remembered with the window."""
    pane = QScrollArea()  # on a small screen the pane scrolls, the window does not
    pane.setObjectName("detailsScroll")
    pane.setWidgetResizable(True)
    pane.setFrameShape(QFrame.Shape.NoFrame)
    pane.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    pane.setWidget(parts.details)
    splitter = _splitter(Qt.Orientation.Vertical, "splitHistory", parts.history_panel, pane)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setSizes([300, 200])  # opened the first time: the table keeps the most
    button = parts.history_panel.details_button
    pane.setVisible(button.isChecked())
    button.toggled.connect(pane.setVisible)
    return splitter


class ModeWindow(Protocol):
    """What ``show_mode`` shows the mode on: the window and its marker-bar parts."""

    marker: ModeMarker
    switcher: ProfileSwitcher
    sandbox_note: SandboxNote

    def setWindowTitle(self, title: str, /) -> None: ...


def show_mode(
    window: ModeWindow, settings: Settings, sandbox_url: str | None, port_note: str | None
) -> bool:
    """The active profile in the marker, the title and the switcher; and the first-launch
    Sandbox note, once: True when it is shown now (``settings.sandbox_note_seen`` is set;
    the caller saves the settings)."""
    profile = settings.active
    window.marker.show_profile(profile, sandbox_url, port_note)
    window.setWindowTitle(title_text(profile))
    window.switcher.show_profiles(settings)
    if not profile.is_sandbox or settings.sandbox_note_seen:
        return False
    settings.sandbox_note_seen = True  # once: shown until "Got it" or quit
    window.sandbox_note.show()
    return True


def _splitter(orientation: Qt.Orientation, name: str, *widgets: QWidget) -> QSplitter:
    splitter = QSplitter(orientation)
    splitter.setObjectName(name)
    remember(splitter)
    splitter.setChildrenCollapsible(False)
    for widget in widgets:
        splitter.addWidget(widget)
    return splitter


def _marker_bar(parts: Parts) -> QHBoxLayout:
    bar = QHBoxLayout()
    bar.addWidget(parts.marker, 1)
    label = parts.profile_label  # its text: WindowTexts
    label.setBuddy(parts.switcher)
    bar.addWidget(label)
    bar.addWidget(parts.switcher)
    return bar


# The widest text each history column usually shows: a new, empty history's columns are
# sized for it (then to the first rows' content), so that all of them fit a 1280-pixel window.
COLUMN_SAMPLES = {
    "created": "2026-12-02 14:05:09 +07:00",
    "token": "tokn_test_63440m1z407jm6hgxtu",
    "card": "Mastercard •••• 4444",
    "scenario": "Insufficient funds · failed: insufficient_fund",
    "used": "unused",
    "charge_status": "failed: insufficient_fund",
    "verdict": "✘ expected successful",
    "tag": "QA-1234",
    "profile": "Test profile 1",
}
MAX_COLUMN_W = 300
SHRINK_FIRST = ("verdict", "charge_status", "scenario", "card")  # cut first (a tooltip has all)


def verdict_words() -> list[str]:
    """The Verdict column's short words in the current language (``✔ matches``…)."""
    return [translate("HistoryColumns", word) for word in VERDICT_WORDS.values()]


def size_columns(table: QTableView, budget: int) -> None:
    """Each column as wide as its content (the first rows) or its sample, at most
    ``MAX_COLUMN_W``; then, if they would not all fit in ``budget`` pixels, the columns with
    the longest texts give way (a cut cell shows all of its text in its tooltip), so that
    every column, Profile last, is on screen."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(50)  # one look at the first rows, not the whole history
    table.resizeColumnsToContents()
    widths = {}
    for key, column in COL.items():
        if table.isColumnHidden(column):  # the all-attempts view's own: sized by the table
            continue
        sample = metrics.horizontalAdvance(COLUMN_SAMPLES.get(key, "")) + 16
        if key == "token":
            sample += BUTTON_W
        widths[key] = min(max(table.columnWidth(column), sample), MAX_COLUMN_W)
    over = sum(widths.values()) - budget
    for key in SHRINK_FIRST:
        if over <= 0:
            break
        floor = (
            metrics.horizontalAdvance(
                str(table.model().headerData(COL[key], Qt.Orientation.Horizontal))
            )
            + 32
        )
        if key == "verdict":  # its short words stay whole: "◐ status…" would say too little
            floor = max(floor, *(metrics.horizontalAdvance(w) + 16 for w in verdict_words()))
        give = min(over, max(0, widths[key] - floor))
        widths[key] -= give
        over -= give
    for key, width in widths.items():
        table.setColumnWidth(COL[key], width)


def build_menus(
    window: QMainWindow, create: Callable[[], None], quit_app: Callable[[], None]
) -> Menus:
    """File (Settings, Quit: ``quit_app``), Edit (Copy last token id, Find test card, Filter
    history, Reset card form), Help (Keyboard shortcuts, About), and Ctrl+Enter for
    ``create``; every key from ``shortcuts.SHORTCUTS``. The caller connects the other actions.
    Their texts are ``Menus.texts()``, set by ``WindowTexts``."""
    bar = window.menuBar()
    file_menu, edit_menu, help_menu = bar.addMenu(""), bar.addMenu(""), bar.addMenu("")

    def action(menu: QMenu, keys: str | None = None) -> QAction:
        made = QAction(window)
        if keys is not None:
            bind(made, keys)
        menu.addAction(made)
        return made

    settings_action = action(file_menu, "settings")
    file_menu.addSeparator()
    quit_action = action(file_menu, "quit")
    quit_action.triggered.connect(quit_app)
    shortcuts = []
    for keys in keys_of("create"):
        shortcut = QShortcut(keys, window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(create)
        shortcuts.append(shortcut)
    return Menus(
        settings_action,
        copy_last_action=action(edit_menu, "copy_last"),
        find_card_action=action(edit_menu, "find_card"),
        find_action=action(edit_menu, "filter_history"),
        reset_form_action=action(edit_menu, "reset_form"),
        keys_action=action(help_menu, "shortcuts_help"),
        about_action=action(help_menu),
        create_shortcuts=tuple(shortcuts),
        quit_action=quit_action,
        file_menu=file_menu,
        edit_menu=edit_menu,
        help_menu=help_menu,
    )


def keyboard_for(window: QMainWindow, parts: Parts, cancel: Callable[[], None]) -> Keyboard:
    """The window-wide keys (Esc cancels a create, Ctrl+K, the focus ring, the shortcuts)."""
    return Keyboard(
        window,
        picker=parts.picker,
        form=parts.form,
        panel=parts.panel,
        history=parts.history_panel,
        cancel=cancel,
    )


def set_tab_order(parts: Parts) -> None:
    form, panel, history = parts.form, parts.panel, parts.history_panel
    chain: list[QWidget] = [parts.sandbox_note.ok_button, parts.switcher]  # the top, first
    picker = parts.picker
    chain += [picker.search, picker.filters.brand_box, picker.filters.outcome_box, picker.tree]
    chain += [picker.no_match.clear_button]  # shown only when no card matches
    edits = list(form.edits.values())
    chain += [*edits[:5], form.billing.button, *edits[5:10], form.country]  # billing folded
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
        panel.json_fold.button,
        panel.json_view,
        history.filter_edit,
        history.used_filter,
        history.evidence_bar.tokens_button,
        history.evidence_bar.attempts_button,
        history.evidence_bar.test_key_edit,
        history.refresh_all_button,
        history.auto_refresh,
        history.table,  # one stop: the arrows move inside it
        *history.buttons.values(),
        history.details_button,
        *parts.details.tab_chain(),  # folded at first: skipped
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
    dialog.retention.changed.connect(dialog.save_general)  # retention (issue 16), saved at once
    return dialog


def about_dialog(parent: QWidget) -> AboutDialog:
    """The About dialog, its module loaded when it is first opened (see above)."""
    from omise_token_gui.ui.about import AboutDialog

    catalog = getattr(parent, "catalog", None)  # the window's: the tester's file included
    if isinstance(catalog, Catalog):
        return AboutDialog(parent, lambda: catalog.version_text)
    return AboutDialog(parent)


def follow_looks(settings: Settings) -> None:
    """The colour scheme and the language chosen in Settings, applied at once."""
    follow_scheme(settings.color_scheme)
    follow_language(settings.language)
