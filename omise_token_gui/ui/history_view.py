"""The history table: filter, row actions (buttons, context menu, keys), a painted Copy button."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from omise_token_gui.core.history import HistoryFilter, TokenRecord
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP
from omise_token_gui.core.local_format import format_time
from omise_token_gui.ui import palette, reasons, shortcuts
from omise_token_gui.ui.evidence_bar import EvidenceBar, details_toggle
from omise_token_gui.ui.fold import ElidedLine
from omise_token_gui.ui.history_model import ATTEMPT_ONLY, COL, RECORD_ROLE, HistoryModel
from omise_token_gui.ui.history_notes import (
    EmptyNote,
    HistoryTable,
    count_text,
    hidden_text,
    no_match_text,
)
from omise_token_gui.ui.i18n import on_language_change, translator, without_mnemonic
from omise_token_gui.ui.plain import PLAIN, plain_label
from omise_token_gui.ui.secret_edit import SecretLineEdit
from omise_token_gui.ui.sort_arrow import SortArrowStyle

BUTTON_W = 54
AnyIndex = QModelIndex | QPersistentModelIndex
_ = translator("HistoryView")

# The row actions: (key, text for one row: English, marked; translated where shown).
ROW_ACTIONS: tuple[tuple[str, str], ...] = (
    ("copy_id", QT_TRANSLATE_NOOP("HistoryView", "Copy &id")),
    ("copy_json", QT_TRANSLATE_NOOP("HistoryView", "Copy &JSON")),
    ("copy_curl", QT_TRANSLATE_NOOP("HistoryView", "Copy cur&l")),
    ("refresh", QT_TRANSLATE_NOOP("HistoryView", "&Refresh")),
    ("simulate", QT_TRANSLATE_NOOP("HistoryView", "Simulate char&ge")),
    ("delete", QT_TRANSLATE_NOOP("HistoryView", "&Delete")),
)
_ONE_ROW = dict(ROW_ACTIONS)


def action_text(key: str, count: int) -> str:
    """A row action's text for ``count`` selected rows (only Copy id and Delete work on
    several: they say how many)."""
    if count > 1 and key == "copy_id":
        return _("Copy %n &ids", n=count)
    if count > 1 and key == "delete":
        return _("&Delete %n", n=count)
    return QCoreApplication.translate("HistoryView", _ONE_ROW[key])


def last_refreshed_text(at: datetime | None, ok: int = 0, failed: int = 0) -> str:
    """The auto-refresh line: "Last refreshed: 10:15:03 (3 ok, 1 failed)", or "never"."""
    if at is None:
        return _("Last refreshed: never")
    time = format_time(at)
    if failed:
        return _("Last refreshed: {time} ({ok} ok, {failed} failed)").format(
            time=time, ok=ok, failed=failed
        )
    if ok:
        return _("Last refreshed: {time} ({ok} ok)").format(time=time, ok=ok)
    return _("Last refreshed: {time}").format(time=time)


def build_table(model: HistoryModel) -> HistoryTable:
    """The history's table over ``model``: rows selected whole, newest first, one tab stop."""
    table = HistoryTable()
    table.setObjectName("historyTable")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(COL["created"], Qt.SortOrder.DescendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setStretchLastSection(True)
    for key, width in COLUMN_WIDTHS.items():
        table.setColumnWidth(COL[key], width)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.setTabKeyNavigation(False)  # one tab stop: the arrows move inside it
    return table


COLUMN_WIDTHS = {
    "created": 150,
    "outcome": 170,
    "token": 290,
    "card": 150,
    "scenario": 260,
    "used": 60,
    "charge_status": 160,
    "verdict": 190,
    "tag": 90,
    "error": 200,
}


def elided_line(name: str, least_w: int) -> ElidedLine:
    """A plain one-line label that may be cut with "…" down to ``least_w`` pixels."""
    line = ElidedLine()
    line.setTextFormat(PLAIN)
    line.setMinimumWidth(least_w)
    line.setObjectName(name)
    return line


def show_view(panel: HistoryPanel, all_attempts: bool) -> None:
    """Every attempt (True: the Outcome and Error columns too) or one row per token."""
    panel.model.set_all_attempts(all_attempts)
    for key in ATTEMPT_ONLY:
        panel.table.setColumnHidden(COL[key], not panel.model.all_attempts)
    panel._update_actions()  # the counts: "6 attempts"


class CopyButtonDelegate(QStyledItemDelegate):
    """Draws a Copy button inside the token cell (no per-row widgets: 100,000 rows stay cheap)."""

    copy_clicked = Signal(QModelIndex)

    @staticmethod
    def button_rect(cell: QRect) -> QRect:
        return QRect(cell.right() - BUTTON_W, cell.top() + 2, BUTTON_W - 2, cell.height() - 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        text_option = QStyleOptionViewItem(option)
        text_option.rect = option.rect.adjusted(0, 0, -BUTTON_W, 0)
        super().paint(painter, text_option, index)
        if index.data(RECORD_ROLE) is None:  # an attempt that made no token: nothing to copy
            return
        button = QStyleOptionButton()
        button.rect = self.button_rect(option.rect)
        button.text = _("Copy")
        button.state = QStyle.StateFlag.State_Enabled
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, option.widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + BUTTON_W + 4, max(size.height(), 24))

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and self.button_rect(option.rect).contains(event.position().toPoint())
        ):
            self.copy_clicked.emit(model.index(index.row(), index.column()))
            return True
        return super().editorEvent(event, model, option, index)


class HistoryPanel(QWidget):
    """The history view: filter, table, row actions. It emits what the user asked for (a
    signal per row action, with the selected record) and shows what it is told
    (``set_refreshing``, ``show_last_refreshed``, ``select_token``); it holds no rules."""

    copy_id = Signal(object)  # TokenRecord
    copy_ids = Signal(list)  # several selected rows: list[TokenRecord]
    delete_many = Signal(list)
    copy_json = Signal(object)
    copy_curl = Signal(object)
    refresh_one = Signal(object)
    refresh_all = Signal()
    simulate_charge = Signal(object)
    delete = Signal(object)
    auto_refresh_toggled = Signal(bool)

    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        # A row's extra actions (ui/card_copy.py: "Copy test card number" on a catalog card).
        self.record_actions: Callable[[TokenRecord], list[QAction]] | None = None
        self.history_actions: list[QAction] = []  # the whole history's, last (Clear history…)
        self._build_controls()
        self._build_table()
        self._build_row_actions()
        self._lay_out()
        self._connect()
        self._last_refresh: tuple[datetime, int, int] | None = None  # shown again on a switch
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(_("Filter history (id, card, scenario, status…)"))
        self.filter_edit.setAccessibleName(_("Filter history"))
        for i, text in enumerate((_("All tokens"), _("Unused"), _("Used"))):
            self.used_filter.setItemText(i, text)
        self.used_filter.setAccessibleName(_("Show used or unused tokens"))
        self.refresh_all_button.setText(_("Refresh &unfinished"))
        self.refresh_all_button.setAccessibleName(_("Refresh unfinished"))
        self.refresh_all_button.setToolTip(
            _(
                "Ask the vault again about every token whose charge is not final yet (unused, "
                "or used and pending). Tokens with a final status do not change and are not "
                "asked about."
            )
        )
        self.auto_refresh.setText(_("&Auto-refresh"))
        self.auto_refresh.setAccessibleName(without_mnemonic(self.auto_refresh.text()))
        self.selected_label.setText(_("Selected token:"))
        self.table.setAccessibleName(_("Token history"))
        self.row_menu_action.setText(_("Open the row menu"))
        self._show_last_refreshed()
        self.model.retranslate()  # headers and cells (the model gets no LanguageChange)
        self._update_actions()  # the row actions' texts and tooltips, the counts

    # ---------------------------------------------------------------- building
    def _build_controls(self) -> None:
        self.filter_edit = SecretLineEdit()
        self.filter_edit.setObjectName("historyFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(60)  # room to type, even at 200 %
        self.used_filter = QComboBox()
        for _i in range(3):  # all, unused, used: texts in _retranslate
            self.used_filter.addItem("")
        self.refresh_all_button = QPushButton()
        self.refresh_all_button.setObjectName("refreshAllButton")
        self.auto_refresh = QCheckBox()
        self.auto_refresh.setObjectName("autoRefresh")
        self.last_refreshed = elided_line("lastRefreshed", 40)  # "…" on a narrow window
        self.count_label = plain_label()
        self.count_label.setObjectName("historyCount")
        self.hidden_label = plain_label()
        self.hidden_label.setObjectName("hiddenNewTokens")
        palette.paint(self.hidden_label, palette.Look.MUTED)
        self._hidden_new = 0
        self.evidence_bar = EvidenceBar()
        self.evidence_bar.view_changed.connect(lambda on: show_view(self, on))
        self.details_button = details_toggle()

    def _build_table(self) -> None:
        self.table = build_table(self.model)
        self._header_style = SortArrowStyle()  # kept: a widget does not own its style
        self.table.horizontalHeader().setStyle(self._header_style)
        self.delegate = CopyButtonDelegate(self.table)
        self.empty_note = EmptyNote(self.table)
        self.table.setItemDelegateForColumn(COL["token"], self.delegate)
        for key in ATTEMPT_ONLY:  # the tokens view first (the bar's toggle shows them)
            self.table.setColumnHidden(COL[key], True)

    def _build_row_actions(self) -> None:
        self.row_actions: dict[str, QAction] = {}
        signals = {
            "copy_id": self.copy_id,
            "copy_json": self.copy_json,
            "copy_curl": self.copy_curl,
            "refresh": self.refresh_one,
            "simulate": self.simulate_charge,
            "delete": self.delete,
        }
        for key, _text in ROW_ACTIONS:
            signal = signals[key]
            action = QAction(self)
            action.setObjectName(f"action_{key}")
            shortcuts.bind(action, key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(action)
            action.triggered.connect(lambda _=False, s=signal, k=key: self._emit_for_selected(s, k))
            self.row_actions[key] = action
        self.row_menu_action = shortcuts.bind(QAction(self), "row_menu")
        self.row_menu_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.row_menu_action.triggered.connect(self.open_row_menu)
        self.table.addAction(self.row_menu_action)
        self.buttons: dict[str, QPushButton] = {}
        for key, action in self.row_actions.items():
            button = QPushButton()
            button.setObjectName(f"button_{key}")
            button.clicked.connect(action.trigger)
            self.buttons[key] = button

    def _lay_out(self) -> None:
        row_bar = QHBoxLayout()
        self.selected_label = plain_label()
        row_bar.addWidget(self.selected_label)
        for button in self.buttons.values():
            row_bar.addWidget(button)
        row_bar.addStretch(1)
        row_bar.addWidget(self.details_button)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.used_filter)
        top.addWidget(self.evidence_bar)
        top.addWidget(self.count_label)
        top.addWidget(self.hidden_label)
        top.addWidget(self.refresh_all_button)
        top.addWidget(self.auto_refresh)
        top.addWidget(self.last_refreshed)
        self._bar = top  # add_to_bar: parts attached later (ui/export_link.py: Export…)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_bar)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.used_filter.currentIndexChanged.connect(self._apply_filter)
        self.refresh_all_button.clicked.connect(self.refresh_all)
        self.auto_refresh.toggled.connect(self.auto_refresh_toggled)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.delegate.copy_clicked.connect(self._copy_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.rowsInserted.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_actions)
        self.model.dataChanged.connect(self._update_actions)

    # ---------------------------------------------------------------- states
    def set_refreshing(self, busy: bool) -> None:
        """A refresh is in flight: Refresh all waits for it."""
        self.refresh_all_button.setEnabled(not busy)

    def show_last_refreshed(self, at: datetime, ok: int, failed: int) -> None:
        self._last_refresh = (at, ok, failed)
        self._show_last_refreshed()

    def _show_last_refreshed(self) -> None:
        at, ok, failed = self._last_refresh or (None, 0, 0)
        self.last_refreshed.setText(last_refreshed_text(at, ok, failed))
        self.last_refreshed.setToolTip(self.last_refreshed.text())

    def set_auto_refresh(self, on: bool) -> None:
        """Show the setting without emitting ``auto_refresh_toggled``."""
        self.auto_refresh.blockSignals(True)
        self.auto_refresh.setChecked(on)
        self.auto_refresh.blockSignals(False)

    def add_to_bar(self, widget: QWidget) -> None:
        """A control another part adds to the history's bar (after the others)."""
        self._bar.addWidget(widget)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def context_menu_actions(self) -> list[QAction | None]:
        """The context menu as data: the row actions in order, None for a separator."""
        entries: list[QAction | None] = []
        for key, action in self.row_actions.items():
            if key == "delete":
                entries.append(None)
            entries.append(action)
        records = self.selected_records()
        if self.record_actions is not None and len(records) == 1:
            extra = self.record_actions(records[0])
            entries += [None, *extra] if extra else []
        return entries + ([None, *self.history_actions] if self.history_actions else [])

    # ---------------------------------------------------------------- selection
    def selected_record(self) -> TokenRecord | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if rows:
            index = rows[0]
        record = index.data(RECORD_ROLE) if index.isValid() else None
        return record if isinstance(record, TokenRecord) else None

    def selected_records(self) -> list[TokenRecord]:
        """Every selected row's record, top to bottom."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        found = [index.data(RECORD_ROLE) for index in rows]
        return [r for r in found if isinstance(r, TokenRecord)]

    def select_token(self, token_id: str) -> None:
        row = self.model.row_of(token_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _emit_for_selected(self, signal: Signal, key: str = "") -> None:
        several = self.selected_records()
        if len(several) > 1:  # only Copy id and Delete work on several rows
            if key == "copy_id":
                self.copy_ids.emit(several)
            elif key == "delete":
                self.delete_many.emit(several)
            return
        record = self.selected_record()
        if record is not None:
            signal.emit(record)  # type: ignore[attr-defined]

    def _copy_clicked(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if isinstance(record, TokenRecord):
            self.table.selectRow(index.row())
            self.copy_id.emit(record)

    def _update_actions(self) -> None:
        record = self.selected_record()
        count = len(self.table.selectionModel().selectedRows())
        for key, action in self.row_actions.items():
            enabled = reasons.row_enabled(key, record, count)
            tip = reasons.row_tip(key, record, count)
            action.setToolTip(tip)
            self.buttons[key].setToolTip(tip)
            action.setEnabled(enabled)
            self.buttons[key].setEnabled(enabled)
            text = action_text(key, count)
            action.setText(text)
            self.buttons[key].setText(text)
            self.buttons[key].setAccessibleName(without_mnemonic(text))
        self._show_counts()

    def _show_counts(self) -> None:
        shown, filtered = self.model.rowCount(), self.model.filtered
        total, attempts = self.model.total(), self.model.all_attempts
        self.count_label.setText(count_text(shown, total, filtered, attempts))
        self.hidden_label.setText(hidden_text(self._hidden_new))
        if shown == 0 and filtered:
            self.empty_note.show_text(no_match_text(self.model.filter_text))
        else:
            self.empty_note.hide()

    def new_token_hidden(self) -> None:
        """A token was created that the filter hides: say so until the filter changes."""
        self._hidden_new += 1
        self._show_counts()

    def open_row_menu(self) -> None:
        """The row menu at the current row (the Menu key, Shift+F10)."""
        index = self.table.currentIndex()
        if index.isValid():
            self.table.scrollTo(index)
            self._context_menu(self.table.visualRect(index).center())

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setObjectName("rowMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in self.context_menu_actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _apply_filter(self) -> None:
        self._hidden_new = 0
        used = {0: None, 1: False, 2: True}[self.used_filter.currentIndex()]
        self.model.set_filter(HistoryFilter(text=self.filter_edit.text(), used=used))
