"""The history table model the view shows, paged from SQLite.

``HistoryModel`` pages rows on demand: rowCount() is one COUNT(*), data() reads the 200-row
page it needs (a small LRU of pages), and sort()/set_filter() change the query (ORDER BY and
WHERE in SQL). No sort/filter proxy sits in between: a proxy that sorts or filters reads every
row through data(), which for a large history pulls every page into memory. Everything that
takes a row from the view resolves the record through RECORD_ROLE.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from omise_token_gui.core import explanations
from omise_token_gui.core.evidence import Attempt
from omise_token_gui.core.history import SORT_KEYS, HistoryFilter, HistoryStore, TokenRecord
from omise_token_gui.core.history_columns import local_time, shown
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP
from omise_token_gui.core.verdict import Verdict
from omise_token_gui.ui import palette
from omise_token_gui.ui.i18n import translator
from omise_token_gui.ui.plain import plain_tooltip

log = logging.getLogger(__name__)
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
MAX_PAGES = 32
_ = translator("HistoryModel")

# (sort key in core.history.SORT_KEYS, header: English, marked; ``header`` translates it)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("created", QT_TRANSLATE_NOOP("HistoryModel", "Created")),
    ("outcome", QT_TRANSLATE_NOOP("HistoryModel", "Outcome")),  # all attempts only
    ("token", QT_TRANSLATE_NOOP("HistoryModel", "Token id")),
    ("card", QT_TRANSLATE_NOOP("HistoryModel", "Card")),
    ("scenario", QT_TRANSLATE_NOOP("HistoryModel", "Scenario · expected")),
    ("used", QT_TRANSLATE_NOOP("HistoryModel", "Used")),
    ("charge_status", QT_TRANSLATE_NOOP("HistoryModel", "Charge status")),
    ("verdict", QT_TRANSLATE_NOOP("HistoryModel", "Verdict")),
    ("tag", QT_TRANSLATE_NOOP("HistoryModel", "Test case")),
    ("error", QT_TRANSLATE_NOOP("HistoryModel", "Error")),  # all attempts only
    ("profile", QT_TRANSLATE_NOOP("HistoryModel", "Profile")),
)
COL = {key: i for i, (key, _) in enumerate(COLUMNS)}
ATTEMPT_ONLY = ("outcome", "error")  # hidden in the tokens-only view
TOKEN_ONLY = ("used", "charge_status", "verdict")  # empty for an attempt that made no token
ATTEMPT_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's attempt (None: a token without one)
AnyIndex = QModelIndex | QPersistentModelIndex


def header(section: int) -> str:
    """Column ``section``'s header in the current language."""
    return QCoreApplication.translate("HistoryModel", COLUMNS[section][1])


def created_tooltip(record: TokenRecord) -> str:
    """The exact creation time (ISO 8601, UTC: a stored value, never localised), and when the
    token was last refreshed (as the Created column shows times)."""
    iso = record.created_at.astimezone(UTC).isoformat(timespec="seconds")
    text = _("Created {time}").format(time=iso)
    if record.refreshed_at:
        text += "\n" + _("Last refreshed {time}").format(time=local_time(record.refreshed_at))
    return text


def _explained(heading: str, found: explanations.Explanation | None) -> list[str]:
    if found is None:
        return []
    return [heading, found.should, _("To check in the checkout: {check}").format(check=found.check)]


def row_details(record: TokenRecord) -> str:
    """What the row's scenario, failure code and charge status mean for a tester
    (``core.explanations``, in the current language); "" when none is explained."""
    parts: list[list[str]] = []
    if record.scenario_label or record.scenario:
        label = shown(record, "scenario")
        parts.append(
            _explained(_("Scenario: {label}").format(label=label),
                       explanations.scenario(record.scenario))
        )  # fmt: skip
    parts.append(
        _explained(_("Charge status: {status}").format(status=record.charge_status),
                   explanations.charge_status(record.charge_status))
    )  # fmt: skip
    for code in dict.fromkeys(c for c in (record.failure_code, record.expected_failure_code) if c):
        parts.append(
            _explained(_("Failure code: {code}").format(code=code),
                       explanations.failure_code(code))
        )  # fmt: skip
    return "\n\n".join("\n".join(p) for p in parts if p)


def with_details(text: str, record: TokenRecord) -> str:
    """A cell's tooltip: its text, then the row's explanations."""
    details = row_details(record)
    return plain_tooltip(f"{text}\n\n{details}" if details and text else details or text)


def verdict_text(record: TokenRecord) -> str:
    return shown(record, "verdict")


def verdict_brush(verdict: Verdict) -> QBrush | None:
    """The Verdict cell's colour, read at paint time (the scheme can change); none for a
    card that promised nothing (the default text)."""
    colours = palette.current()
    colour = {
        Verdict.MATCH: colours.ok,
        Verdict.STATUS_ONLY: colours.partial,
        Verdict.MISMATCH: colours.error,
        Verdict.PENDING: colours.muted,
    }.get(verdict)
    return QBrush(QColor(colour)) if colour else None


def charge_text(record: TokenRecord) -> str:
    return shown(record, "charge_status")


class AttemptRowLike(Protocol):
    """One row of the all-attempts view (``core.attempts.AttemptRow``)."""

    @property
    def attempt(self) -> Attempt: ...
    @property
    def token(self) -> TokenRecord | None: ...
    def fields(self) -> dict[str, Any]: ...


class AttemptRows(Protocol):
    """Where the all-attempts view's rows come from (``core.attempts``: its functions)."""

    @property
    def ATTEMPT_SORT_KEYS(self) -> Mapping[str, str]: ...

    def page(
        self,
        history: HistoryStore,
        where: HistoryFilter | None,
        sort: str,
        descending: bool,
        offset: int,
        limit: int,
    ) -> Sequence[AttemptRowLike]: ...
    def count(self, history: HistoryStore, where: HistoryFilter | None) -> int: ...


Row = TokenRecord | AttemptRowLike


def _token(row: Row | None) -> TokenRecord | None:
    return row if isinstance(row, TokenRecord) or row is None else row.token


class HistoryModel(QAbstractTableModel):
    """The rows of the history: one per token (``all_attempts`` False), or one per create
    attempt, whatever its end (True: read from ``log``, the attempt log)."""

    def __init__(
        self, store: HistoryStore, parent: Any = None, log: AttemptRows | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.log = log
        self._all = False
        self._filter = HistoryFilter()
        self._sort = ("created", True)
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._count = store.count()
        self._read_error_logged = False
        self._fresh = False  # rows read again since the last attempt ended (token_added)

    @property
    def all_attempts(self) -> bool:
        return self._all

    def set_all_attempts(self, on: bool) -> None:
        """Show every attempt (True) or only the tokens (False)."""
        on = on and self.log is not None
        if on == self._all:
            return
        count = self._count_of(self._filter, on)
        self.beginResetModel()
        self._all = on
        self._pages.clear()
        self._count = count
        self.endResetModel()

    def _count_of(self, where: HistoryFilter | None, attempts: bool | None = None) -> int:
        if (self._all if attempts is None else attempts) and self.log is not None:
            return self.log.count(self.store, where)
        return self.store.count(where)

    @property
    def pages_held(self) -> int:
        """How many pages of rows are in memory now (at most ``MAX_PAGES``)."""
        return len(self._pages)

    @property
    def filtered(self) -> bool:
        """A filter is on (some tokens may be hidden)."""
        return self._filter != HistoryFilter()

    @property
    def filter_text(self) -> str:
        return self._filter.text

    @property
    def where(self) -> HistoryFilter:
        """The filter the rows are shown with (the export's "filtered rows")."""
        return self._filter

    def total(self) -> int:
        """Every row of this view (tokens, or attempts), the filter aside."""
        if not self.filtered:
            return self._count
        try:
            return self._count_of(None)
        except sqlite3.Error:  # damaged after it was opened: what is shown is what is known
            return self._count

    def shows(self, token_id: str) -> bool:
        """Whether the filter keeps ``token_id`` (a token it hides is not among the rows)."""
        return self.store.matches(token_id, self._filter)

    # ---------------------------------------------------------------- Qt API
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return header(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        record = _token(row)
        if role == RECORD_ROLE:
            return record
        if role == ATTEMPT_ROLE:
            return None if isinstance(row, TokenRecord) else row.attempt
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "verdict" and record is not None:
            return verdict_brush(record.verdict)
        if role == Qt.ItemDataRole.ForegroundRole and key == "outcome" and record is None:
            return QBrush(QColor(palette.current().error))
        if role == Qt.ItemDataRole.ToolTipRole:
            if record is None or key in ATTEMPT_ONLY:
                return plain_tooltip(self._error_tip(row, key))
            return self._tooltip(record, key)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = self.log.ATTEMPT_SORT_KEYS if self._all and self.log else SORT_KEYS
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][0] not in keys:
            return
        self.beginResetModel()
        self._sort = (COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
        self._pages.clear()
        self.endResetModel()

    # ---------------------------------------------------------------- values
    def _error_tip(self, row: Row, key: str) -> str:
        """An attempt's cell: its text, and for the outcome the error's whole sentence."""
        text = self._display(row, key)
        if isinstance(row, TokenRecord) or not row.attempt.error_message:
            return text
        return f"{text}\n{row.attempt.error_message}" if key == "outcome" else text

    def _tooltip(self, record: TokenRecord, key: str) -> str:
        if key == "scenario" and record.scenario is None:
            return with_details(_("Not a catalog test card: no expected outcome is known."), record)
        if key == "token":
            return _("Click Copy (or press Ctrl+C) to copy the id")
        if key == "created":
            return created_tooltip(record)
        if key == "verdict":  # the verdict, why, then the row's explanations
            return with_details(f"{self._display(record, key)}\n{record.verdict_reason}", record)
        if key in ("scenario", "charge_status"):
            return with_details(self._display(record, key), record)  # and all of a cut-off cell
        return plain_tooltip(self._display(record, key))  # all of a cut-off cell

    @staticmethod
    def _display(row: Row, key: str) -> str:
        """The cell's text: ``core.history_columns`` (the filter matches the same text)."""
        if isinstance(row, TokenRecord):
            return "" if key in ATTEMPT_ONLY else shown(row, key)
        if row.token is None and key in TOKEN_ONLY:  # no token: nothing was used or charged
            return ""
        return shown(row.fields(), key)

    # ---------------------------------------------------------------- paging
    def record_at(self, row: int) -> TokenRecord | None:
        """The token of row ``row`` (None: none, or an attempt that made none)."""
        return _token(self.row_at(row))

    def attempt_at(self, row: int) -> Attempt | None:
        """The attempt of row ``row`` in the all-attempts view (None in the tokens view)."""
        found = self.row_at(row)
        return None if found is None or isinstance(found, TokenRecord) else found.attempt

    def _read_page(self, page_no: int) -> list[Row]:
        where, (key, descending) = self._filter, self._sort
        if self._all and self.log is not None:
            return list(
                self.log.page(self.store, where, key, descending, page_no * PAGE_SIZE, PAGE_SIZE)
            )
        return list(self.store.page(page_no * PAGE_SIZE, PAGE_SIZE, where, key, descending))

    def row_at(self, row: int) -> Row | None:
        page_no, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            try:
                page = self._read_page(page_no)
            except sqlite3.Error as exc:  # damaged after it was opened: show what is readable
                if not self._read_error_logged:
                    log.error("history page %d could not be read: %s", page_no, exc)
                    self._read_error_logged = True
                page = []
            self._pages[page_no] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def row_of(self, token_id: str) -> int | None:
        """The row of a token among the pages already read (the ones a view shows), and the
        first page (where a new token is when newest first: a create clears the pages)."""
        if 0 not in self._pages and self._count:
            self.row_at(0)
        for page_no, page in self._pages.items():
            for i, row in enumerate(page):
                record = _token(row)
                if record is not None and record.token_id == token_id:
                    return page_no * PAGE_SIZE + i
        return None

    # ---------------------------------------------------------------- changes
    def retranslate(self) -> None:
        """The language changed: the headers and every cell (the texts the app adds, the
        times) are shown again in it; with a filter on, the rows are filtered again, since
        the filter matches the text shown (``core.history_columns``)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._filter.text.strip():
            try:
                self.reload()
                return
            except sqlite3.Error as exc:  # closed or damaged: show the rows held, re-rendered
                log.error("history could not be filtered again after a language switch: %s", exc)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    def set_filter(self, where: HistoryFilter) -> None:
        count = self._count_of(where)  # first: a failed count leaves the model as it was
        self.beginResetModel()
        self._filter = where
        self._pages.clear()
        self._count = count
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._filter)

    def sync(self) -> bool:
        """Reload if the stored history changed underneath (another app instance wrote)."""
        if self._count_of(self._filter) != self._count:
            self.reload()
            return True
        return False

    def reread(self) -> None:
        """A row's stored values changed (a test case, a note): read the rows again, keeping
        the selection (no reset unless the filter now keeps another number of rows)."""
        if self._count_of(self._filter) != self._count:
            self.reload()
            return
        self._pages.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    def token_added(self) -> None:
        """A new token: inserted at the top when sorted newest first, else a reload."""
        if self._all or self._sort != ("created", True) or self._filter != HistoryFilter():
            self.reload()
            self._fresh = True  # this attempt's row is read: attempt_ended need not again
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._pages.clear()
        self._count = self.store.count()
        self.endInsertRows()

    def attempt_ended(self) -> None:
        """An attempt ended without a token: a new row in the all-attempts view."""
        if self._all and not self._fresh:
            self.reload()
        self._fresh = False

    def token_changed(self, record: TokenRecord) -> None:
        """One token's status changed: one dataChanged for that row, no reset."""
        row = self.row_of(record.token_id)
        if row is None:
            return
        page_no, offset = divmod(row, PAGE_SIZE)
        held = self._pages[page_no][offset]
        self._pages[page_no][offset] = (
            record if isinstance(held, TokenRecord) else replace(held, token=record)  # type: ignore[type-var]
        )
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def token_removed(self, token_id: str) -> None:
        row = self.row_of(token_id)
        if row is None or self._all:  # an attempt's rows go with its token: read them again
            self.reload()
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._pages.clear()
        self._count = self.store.count(self._filter)
        self.endRemoveRows()
