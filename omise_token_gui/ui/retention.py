"""Retention in the running app (issue 16): what is older than ``Settings.retention_days``
is forgotten once the history has been checked at start, then once a day
(``core.attempts.prune``; the setting is read each time, so a change in Settings applies from
the next run of the timer, or at once when the pane calls ``prune_now``).

The history's connection lives on the UI thread: the prune runs there, after the ready paint
(``Session.start``), never during a paint; it is one short transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer

from omise_token_gui.core import attempts
from omise_token_gui.core.attempts import Cleared
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.history import HistoryStore

log = logging.getLogger(__name__)
DAY_MS = 24 * 60 * 60 * 1000


def prune_now(
    history: HistoryStore,
    days: int | None,
    now: datetime | None = None,
) -> Cleared:
    """Forget what is older than ``days`` (None: nothing); a history that refuses it (busy,
    read-only, a stand-in while repairing) is logged and tried again next time."""
    try:
        return attempts.prune(history, now or datetime.now(UTC), days)
    except AppError as exc:
        log.warning("retention: the history was not pruned: %s", exc)
        return Cleared()


def keep_pruning(
    parent: QObject,
    history: Callable[[], HistoryStore],
    days: Callable[[], int | None],
    pruned: Callable[[Cleared], object],
) -> QTimer:
    """Prune now, then every day; ``pruned`` is told what went when something did (the
    window reloads its history then). ``history``/``days`` are read at each run (a repaired
    history is a new store; the setting may change)."""

    def run() -> None:
        gone = prune_now(history(), days())
        if gone.attempts:
            pruned(gone)

    timer = QTimer(parent)
    timer.setInterval(DAY_MS)
    timer.timeout.connect(run)
    timer.start()
    run()
    return timer
