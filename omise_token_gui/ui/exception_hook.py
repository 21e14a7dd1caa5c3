"""The one exception hook: log (redacted, no card data) and show a dialog, never a crash."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from omise_token_gui.core import paths
from omise_token_gui.core.redact import redact
from omise_token_gui.ui.dialogs import inform
from omise_token_gui.ui.i18n import translator

_ = translator("ExceptionHook")

log = logging.getLogger("omise_token_gui.crash")
Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class ExceptionHook:
    """Installed as ``sys.excepthook``; qasync routes errors of async slots here too."""

    def __init__(
        self, parent: Callable[[], QWidget | None] = lambda: None, log_file: Path | None = None
    ) -> None:
        """``log_file``: where the log is written, to say so in the dialog (None: the
        default under ``paths.log_dir()``)."""
        self._parent = parent
        self._log_file = log_file
        self.previous: Hook = sys.excepthook
        self.shown = 0

    @property
    def log_file(self) -> Path:
        return self._log_file or paths.log_dir() / "app.log"

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, exc, tb)
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        details = redact("".join(traceback.format_exception(kind, exc, tb)))
        self.shown += 1
        if QApplication.instance() is None:
            sys.stderr.write(details)
            return
        text = _(
            "Something went wrong inside the app. Your token history is safe.\n\n"
            "What happened: {what}\n\n"
            "Details were written to {log_file} (without card data or keys)."
        ).format(what=redact(str(exc)) or kind.__name__, log_file=self.log_file)
        inform(self._parent(), _("Unexpected error"), text, details)
