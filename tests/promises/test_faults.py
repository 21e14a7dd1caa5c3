"""Promise 3 and 5 under faults: each fault mode shows the right message, the window keeps
processing events, Create recovers, history is unchanged, and no create is sent twice."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from omise_token_gui.emulator import Faults
from tests.promises import figures
from tests.ui.conftest import Harness

HOLD_MS = 300  # every fault below also holds the request this long


class Ticks:
    """Counts a 5 ms timer: proof that the Qt loop ran while a request was in flight."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.count += 1

    def __enter__(self) -> Ticks:
        self.timer.start(5)
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()


def posts(app: Harness) -> int:
    return sum(1 for e in app.emulator.requests() if e["method"] == "POST")


FAULTS = [
    ("timeout", Faults(latency_ms=2500, times=1), "did not answer within 1 seconds", True),
    ("500", Faults(error_rate=1.0, error_status=500, times=1), "HTTP 500", True),
    ("503", Faults(error_rate=1.0, error_status=503, times=1), "HTTP 503", True),
    ("429", Faults(force_429=True, retry_after_s=7, times=1), "Try again in 7 seconds", True),
    ("non-JSON", Faults(non_json=True, times=1), "not JSON", False),
    ("wrong shape", Faults(wrong_shape=True, times=1), "not a token", False),
    ("livemode", Faults(livemode=True, times=1), "LIVE token", False),
    ("dropped", Faults(drop=True, times=1), "dropped", True),
    ("trickle beyond timeout", Faults(trickle_ms=60, times=1), "did not answer within", True),
]


@pytest.mark.parametrize(("name", "faults", "message", "retry"), FAULTS, ids=[f[0] for f in FAULTS])
def test_fault_mode(
    app: Harness, qtbot: QtBot, name: str, faults: Faults, message: str, retry: bool
) -> None:
    w = app.window
    w.settings.profiles[0] = replace(w.settings.profiles[0], timeout_s=1.0)
    app.create_and_wait()
    before = app.history_count()
    sent = posts(app)
    app.emulator.set_faults(replace(faults, latency_ms=max(faults.latency_ms, HOLD_MS)))
    with Ticks() as ticks:
        app.create_and_wait()
    assert ticks.count >= 10, f"the loop stalled during the {name} fault"
    assert message in w.panel.error.text()
    assert "Traceback" not in w.panel.error.text()
    assert w.panel.retry_button.isVisibleTo(w) is retry
    assert app.history_count() == before  # nothing stored, nothing lost
    assert posts(app) == sent + 1  # sent once, never silently again
    app.create_and_wait()  # Create recovers
    assert app.history_count() == before + 1
    figures.add("fault modes tried")


def test_trickled_body_within_the_timeout_succeeds(app: Harness) -> None:
    app.emulator.set_faults(Faults(trickle_ms=2, times=1))
    with Ticks() as ticks:
        app.create_and_wait()
    assert app.history_count() == 1
    assert ticks.count >= 1
    figures.add("fault modes tried")


def test_emulator_stopped_mid_session(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    app.create_and_wait()
    port = int(app.emulator.base_url.rsplit(":", 1)[1])
    app.emulator.stop()
    with Ticks():
        app.create_and_wait()
    assert "Could not connect" in w.panel.error.text()
    assert w.panel.retry_button.isVisibleTo(w)
    assert app.history_count() == 1
    # The Sandbox comes back on the same address: Retry works.
    app.emulator.start(port=port)
    with qtbot.waitSignal(w.create_finished, timeout=10_000):
        w.panel.retry_button.click()
    assert app.history_count() == 2
    figures.add("fault modes tried")


def test_refresh_during_faults_keeps_history(app: Harness, qtbot: QtBot) -> None:
    """A retrieve may be retried (Refresh again); a failed one changes nothing stored."""
    w = app.window
    app.create_and_wait()
    token = w.last_token
    assert token is not None
    app.emulator.set_faults(Faults(error_rate=1.0, error_status=503, times=1))
    w.history_actions.refresh_all()
    qtbot.waitUntil(lambda: "1 failed" in w.history.last_refreshed.text(), timeout=5000)
    assert w.service.history.get(token.token_id) == token
    w.history_actions.refresh_all()
    qtbot.waitUntil(lambda: "(1 ok)" in w.history.last_refreshed.text(), timeout=5000)
