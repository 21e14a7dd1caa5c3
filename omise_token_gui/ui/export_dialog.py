"""The Export dialog: which rows (selected, filtered, all), which format, a preview of its
first lines, Save… (a file dialog, never a nested loop) and Copy (Markdown or Jira for a
ticket, through the clipboard's policy: an export holds no card number).

Rows are read on the UI thread (the history's connection lives there); the text is made and
the file written on a worker thread (``off_thread``), so a large export never freezes
the window; Cancel stops waiting for it. The rules (what a row holds, what each format
writes) are ``core.export``'s; this holds none."""

from __future__ import annotations

import asyncio
import contextvars
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omise_token_gui import __version__
from omise_token_gui.core import paths, storage
from omise_token_gui.core.export.formats import FORMATS, Export, render, suffix
from omise_token_gui.core.export.rows import EvidenceRow
from omise_token_gui.core.export.target import target_problem
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP
from omise_token_gui.ui.clipboard import TextClipboard
from omise_token_gui.ui.i18n import on_language_change, translator
from omise_token_gui.ui.plain import plain_label
from omise_token_gui.ui.tasks import TaskRunner

_ = translator("ExportDialog")
W = TypeVar("W", bound=QWidget)
T = TypeVar("T")
PREVIEW_LINES = 30
SCOPES = ("selected", "filtered", "all")
FORMAT_NAMES = {
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV (Excel, LibreOffice)"),
    "json": QT_TRANSLATE_NOOP("ExportDialog", "JSON (versioned schema)"),
    "markdown": QT_TRANSLATE_NOOP("ExportDialog", "Markdown table"),
    "jira": QT_TRANSLATE_NOOP("ExportDialog", "Jira wiki table"),
    "junit": QT_TRANSLATE_NOOP("ExportDialog", "JUnit XML"),
    "xray": QT_TRANSLATE_NOOP("ExportDialog", "Xray JSON (Cloud)"),
    "xray-server": QT_TRANSLATE_NOOP("ExportDialog", "Xray JSON (Server, Data Center)"),
    "testrail": QT_TRANSLATE_NOOP("ExportDialog", "TestRail results (add_results_for_cases)"),
}


class EvidenceSource(Protocol):
    """The rows an export may cover (``ui.export_link.HistoryEvidence``)."""

    def rows(self, scope: str, tokens_only: bool) -> list[EvidenceRow]: ...


async def off_thread(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """``fn`` on a thread of its own that ends with it (in this context: the language).

    Not ``asyncio.to_thread``: the translations ask Qt, which adopts a thread that calls it,
    and the default executor's threads outlive the window ("QThread: Destroyed while thread
    is still running" at exit)."""
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="export")
    call = functools.partial(contextvars.copy_context().run, fn, *args, **kwargs)
    try:
        return await loop.run_in_executor(pool, call)
    finally:
        pool.shutdown(wait=False)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


def preview(text: str, lines: int = PREVIEW_LINES) -> str:
    """The first ``lines`` lines of an export (a CSV's byte-order mark left out)."""
    head = text.removeprefix("\ufeff").splitlines()
    more = len(head) > lines
    shown = "\n".join(head[:lines])
    return shown + ("\n…" if more else "")


class ExportDialog(QDialog):
    """Non-modal; ``open()`` shows it. ``done_text`` is the last export made (for Copy and
    Save), None while one is being made."""

    def __init__(
        self,
        source: EvidenceSource,
        clipboard: TextClipboard,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        fmt: str = "csv",
        tokens_only: bool = False,
        native_file_dialog: bool = True,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._source, self._clipboard, self._tasks, self._now = source, clipboard, tasks, now
        self._native = native_file_dialog
        self._job: asyncio.Task[None] | None = None
        self._rows: list[EvidenceRow] = []
        self.done_text: Export | None = None
        self.file_dialog: QFileDialog | None = None
        self._build()
        on_language_change(self, self._retranslate)
        self.scope.setCurrentIndex(0 if self._has_selection() else 1)
        self.format.setCurrentIndex(max(0, self.format.findData(fmt)))
        self.tokens_only.setChecked(tokens_only)
        self._connect()
        self.remake()

    # ---------------------------------------------------------------- building
    def _build(self) -> None:
        self.scope = _named(QComboBox(), "exportScope")
        self.tokens_only = _named(QCheckBox(), "exportTokensOnly")
        self.format = _named(QComboBox(), "exportFormat")
        for fmt in FORMATS:
            self.format.addItem("", fmt)
        for scope in SCOPES:
            self.scope.addItem("", scope)
        self.preview = _named(QPlainTextEdit(), "exportPreview")
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setMinimumSize(640, 260)
        self.warnings = plain_label()
        self.warnings.setObjectName("exportWarnings")
        self.warnings.setWordWrap(True)
        self.status = plain_label()
        self.status.setObjectName("exportStatus")
        self.save_button = _named(QPushButton(), "exportSave")
        self.copy_button = _named(QPushButton(), "exportCopy")
        self.cancel_button = _named(QPushButton(), "exportCancel")
        self.close_button = _named(QPushButton(), "exportClose")
        self.scope_label, self.format_label = plain_label(), plain_label()
        self.scope_label.setBuddy(self.scope)
        self.format_label.setBuddy(self.format)
        self.form = QFormLayout()
        self.form.addRow(self.scope_label, self.scope)
        self.form.addRow(plain_label(), self.tokens_only)
        self.form.addRow(self.format_label, self.format)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.cancel_button, self.copy_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        self.cancel_button.hide()

    def _connect(self) -> None:
        self.scope.currentIndexChanged.connect(self.remake)
        self.tokens_only.toggled.connect(self.remake)
        self.format.currentIndexChanged.connect(self.remake)
        self.save_button.clicked.connect(self.ask_path)
        self.copy_button.clicked.connect(self.copy)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)

    def _retranslate(self) -> None:
        self.setWindowTitle(_("Export history"))
        self.scope_label.setText(_("&Rows:"))
        self.format_label.setText(_("&Format:"))
        self.tokens_only.setText(_("Only the attempts that made a &token"))
        for i, fmt in enumerate(FORMATS):
            self.format.setItemText(
                i, QCoreApplication.translate("ExportDialog", FORMAT_NAMES[fmt])
            )
        self._scope_texts()
        self.preview.setAccessibleName(_("Preview of the export"))
        self.save_button.setText(_("&Save…"))
        self.copy_button.setText(_("&Copy"))
        self.cancel_button.setText(_("Cance&l"))
        self.close_button.setText(_("Close"))

    def _scope_texts(self) -> None:
        texts = (_("Selected rows"), _("Filtered rows (as the history shows them)"), _("All"))
        for i, text in enumerate(texts):
            self.scope.setItemText(i, text)

    def _has_selection(self) -> bool:
        return bool(self._source.rows("selected", False))

    # ---------------------------------------------------------------- making the text
    @property
    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def remake(self) -> None:
        """Read the rows (here: the history lives on this thread), then make the text on a
        worker thread; a change while one is made replaces it."""
        if self._job is not None:
            self._job.cancel()
        self.done_text = None
        scope = str(self.scope.currentData())
        self._rows = self._source.rows(scope, self.tokens_only.isChecked())
        self._job = self._tasks.start(self._make(self.chosen_format, self._rows), "export")

    async def _make(self, fmt: str, rows: list[EvidenceRow]) -> None:
        self._busy(True, _("Making the export…"))
        done = await off_thread(
            render, fmt, rows, exported_at=self._now(), app_version=__version__
        )  # cancelled: the widgets are left as cancel() or the next job set them
        self.done_text = done
        self.preview.setPlainText(preview(done.text))
        self.warnings.setText("\n".join(done.warnings))
        self.warnings.setVisible(bool(done.warnings))
        self._busy(False, _("%n attempt(s).", n=len(rows)))

    def _busy(self, busy: bool, text: str) -> None:
        self.status.setText(text)
        self.cancel_button.setVisible(busy)
        self.save_button.setEnabled(not busy)
        self.copy_button.setEnabled(not busy)

    def cancel(self) -> None:
        """Stop waiting for the export being made or saved (a file being written is written
        whole or not at all: ``storage.write_private``)."""
        if self._job is not None and not self._job.done():
            self._job.cancel()
            self._busy(False, _("Cancelled."))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None:
            self._job.cancel()
        super().closeEvent(event)

    async def wait(self) -> None:
        """Until the export being made (or saved) is done (tests)."""
        if self._job is not None:
            await asyncio.gather(self._job, return_exceptions=True)

    # ---------------------------------------------------------------- copy and save
    def copy(self) -> None:
        if self.done_text is None:
            return
        self._clipboard.set_text(self.done_text.text.removeprefix("\ufeff"))
        self.status.setText(_("Copied: paste it into the ticket."))

    def ask_path(self) -> None:
        """A file dialog (opened, never exec'd); its choice saves."""
        dialog = QFileDialog(self, _("Save the export"))
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix(self.chosen_format).lstrip("."))
        dialog.selectFile(f"omise-evidence{suffix(self.chosen_format)}")
        if not self._native:
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(self.save_to)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def save_to(self, path: str) -> None:
        if self.done_text is None or not path:
            return
        self._job = self._tasks.start(self._save(Path(path), self.done_text), "export-save")

    async def _save(self, path: Path, done: Export) -> None:
        problem = target_problem(path, paths.current())
        if problem is not None:
            self._busy(False, _("Not saved: {reason}").format(reason=problem))
            return
        self._busy(True, _("Saving…"))
        try:
            await off_thread(storage.write_private, path, done.text.encode("utf-8"))
        except OSError as exc:
            self._busy(False, _("Not saved: {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            ))  # fmt: skip
            return
        self._busy(False, _("Saved to {path}.").format(path=path))
