"""Retention in the running app (issue 16): pruned once the history is checked, then daily;
a history that refuses the write is tried again later, never a traceback."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from omise_token_gui.core import attempts
from omise_token_gui.core.attempts import Cleared
from omise_token_gui.core.evidence import Attempt, Outcome
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.ui.retention import DAY_MS, keep_pruning, prune_now


def attempt(i: int, days_ago: int) -> Attempt:
    return Attempt(
        attempt_id=f"atmp_{i:032x}",
        at=datetime.now(UTC) - timedelta(days=days_ago),
        profile="Sandbox",
        vault_url="http://127.0.0.1:1",
        outcome=Outcome.REFUSED,
        error_code="invalid_card",
    )


def test_the_app_prunes_at_start_then_daily_with_the_setting_of_the_day(qtbot: QtBot) -> None:
    parent = QObject()
    told: list[Cleared] = []
    days: list[int | None] = [None]
    with HistoryStore(":memory:") as store:
        attempts.record(store, attempt(1, 40))
        attempts.record(store, attempt(2, 2))
        timer = keep_pruning(parent, lambda: store, lambda: days[0], told.append)
        assert timer.isActive()
        assert timer.interval() == DAY_MS
        assert attempts.count(store) == 2  # kept forever: nothing told
        assert told == []
        days[0] = 30
        timer.timeout.emit()  # a day later, with the new setting
        assert told == [Cleared(attempts=1, tokens=0)]
        assert [r.attempt.attempt_id[-1] for r in attempts.select(store)] == ["2"]
        timer.stop()


def test_a_refusing_history_is_not_pruned_and_raises_nothing() -> None:
    stand_in = HistoryStore.stand_in("repairing")
    try:
        assert prune_now(stand_in, 1) == Cleared()
    finally:
        stand_in.close()
