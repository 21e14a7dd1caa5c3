"""The two-step start: the bare window paints first, then the rest is imported and built.

What is timed lives in bench/startup.py; these tests hold the structure that makes it fast
(what is imported before the first paint) and the behaviour around it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from omise_token_gui.ui import window_state
from omise_token_gui.ui.main_window import MainWindow
from omise_token_gui.ui.runner import FirstPaint
from tests.helpers import run_app, run_python

# Runs the real entry point, and reports what is loaded the moment the bare window has
# painted (show_until_painted returns right after that paint).
AT_FIRST_PAINT = """
import json, sys
import PySide6.QtCore
import omise_token_gui.ui.runner as runner
from omise_token_gui.app import main

shown = runner.show_until_painted

def report(window):
    painted = shown(window)
    print(json.dumps({
        "painted": painted,
        "populated": window.populated,
        "modules": sorted(sys.modules),
        "qt_namespace": "Qt" in vars(PySide6.QtCore),
    }), flush=True)
    raise SystemExit(0)

runner.show_until_painted = report
main(["--data-dir", sys.argv[1], "--config-dir", sys.argv[2]])
"""

# Each of these costs milliseconds to import and is not needed to put the window on screen.
NOT_BEFORE_FIRST_PAINT = (
    "asyncio",
    "qasync",
    "httpx",
    "sqlite3",
    "logging.handlers",
    "importlib.resources",
    "omise_token_gui.core.settings",
    "omise_token_gui.core.history",
    "omise_token_gui.core.cards",
    "omise_token_gui.emulator",
    "omise_token_gui.services",
    "omise_token_gui.ui.session",
    "omise_token_gui.ui.card_form",
    "omise_token_gui.ui.history_view",
)


def test_the_first_paint_comes_before_the_heavy_imports(isolated_dirs: Path) -> None:
    result = run_python(AT_FIRST_PAINT, str(isolated_dirs / "d"), str(isolated_dirs / "c"))
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["painted"] is True
    assert seen["populated"] is False
    assert "omise_token_gui.ui.main_window" in seen["modules"]  # the report is not empty
    loaded = sorted(set(NOT_BEFORE_FIRST_PAINT) & set(seen["modules"]))
    assert loaded == [], f"imported before the first paint: {loaded}"
    assert seen["qt_namespace"] is False, "PySide6.QtCore.Qt was touched before the first paint"


def test_the_app_paints_twice_then_starts_the_network(isolated_dirs: Path) -> None:
    """--exit-after-first-paint (the benchmarks' aid) reports both paints, in order; the
    network side starts after the second, and the app still shuts down cleanly."""
    result = run_app(isolated_dirs / "d", isolated_dirs / "c", "--exit-after-first-paint")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line.split(" ", 1)[0] for line in result.stdout.splitlines()]
    assert lines == ["first-paint", "ready-paint"]
    log = (isolated_dirs / "d" / "logs" / "app.log").read_text()
    assert "vault emulator on" in log  # started after the window was complete


def test_first_paint_falls_back_when_a_widget_never_paints(qtbot: QtBot) -> None:
    """A window that is never exposed (started minimised) must not stall the start-up."""
    widget = QWidget()  # never shown: it never paints
    qtbot.addWidget(widget)
    calls: list[str] = []
    FirstPaint(widget, lambda: calls.append("called"), fallback_ms=10)
    qtbot.waitUntil(lambda: calls == ["called"], timeout=5000)


def test_first_paint_calls_back_once_after_a_paint(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[str] = []
    FirstPaint(widget, lambda: calls.append("called"), fallback_ms=60_000)
    widget.show()
    qtbot.waitUntil(lambda: calls == ["called"], timeout=5000)
    widget.repaint()
    widget.repaint()
    QApplication.processEvents()  # a (wrong) second call would be queued: run it now
    assert calls == ["called"]


def test_the_bare_window_restores_geometry_and_can_be_closed_while_starting(
    isolated_dirs: Path, qtbot: QtBot
) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(700, 600)
    with qtbot.waitSignal(first.closed, timeout=1000):
        first.close()  # before populate(): only the geometry to save
    assert (isolated_dirs / "config" / window_state.FILE_NAME).exists()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 600)
    assert not second.populated


def test_an_unreadable_geometry_is_ignored(isolated_dirs: Path, qtbot: QtBot) -> None:
    path = isolated_dirs / "config" / window_state.FILE_NAME
    store = QSettings(str(path), QSettings.Format.IniFormat)
    store.setValue("main_window/geometry", "not a geometry")
    store.sync()
    window = MainWindow()
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1280, 900)


def test_the_icon_is_found_in_a_namespace_package_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the PyInstaller build ``omise_token_gui.resources`` has no ``__init__`` (a namespace
    package, no ``__file__``): the icon must still be found through ``__path__``."""
    import shutil
    import types

    from omise_token_gui.ui import runner

    shipped = Path(runner.importlib.import_module("omise_token_gui.resources").__path__[0])
    frozen = tmp_path / "resources"
    shutil.copytree(shipped / "icons", frozen / "icons")
    namespace = types.SimpleNamespace(__path__=[str(tmp_path / "elsewhere"), str(frozen)])
    stub = types.SimpleNamespace(import_module=lambda name: namespace)
    monkeypatch.setattr(runner, "importlib", stub)  # runner's own reference only
    icon = runner.app_icon()
    assert not icon.isNull()
    assert len(icon.availableSizes()) == 6


# Runs the real entry point with Services.start_network wrapped: it records the thread it runs
# on and, with "close-meanwhile", sends this process SIGTERM and waits until the window has
# closed before it starts anything (a tester closing the window during the start). Prints
# what was started and whether it was stopped.
NETWORK_START = """
import json, os, signal, sys, threading
from omise_token_gui.app import main
from omise_token_gui.services import Services
from omise_token_gui.ui.main_window import MainWindow

seen = {}
closed = threading.Event()
original_start, original_close = Services.start_network, MainWindow.closeEvent

def start_network(self):
    seen["thread"] = threading.current_thread().name
    seen["services"] = self
    if sys.argv[3] == "close-meanwhile":
        os.kill(os.getpid(), signal.SIGTERM)
        assert closed.wait(10), "the window did not close"
    return original_start(self)

def close_event(self, event):
    original_close(self, event)
    closed.set()

Services.start_network = start_network
MainWindow.closeEvent = close_event
code = main(["--data-dir", sys.argv[1], "--config-dir", sys.argv[2]]
            + (["--exit-after-first-paint"] if sys.argv[3] == "run" else []))
services = seen["services"]
print(json.dumps({
    "code": code,
    "thread": seen["thread"],
    "main": threading.main_thread().name,
    "emulator_stopped": services.emulator is not None and services.emulator._thread is None,
    "http_closed": services.http is not None and services.http.is_closed,
}))
"""


def network_start(isolated_dirs: Path, mode: str) -> dict[str, object]:
    result = run_python(NETWORK_START, str(isolated_dirs / "d"), str(isolated_dirs / "c"), mode)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    seen: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


def test_the_network_side_starts_off_the_main_thread(isolated_dirs: Path) -> None:
    """Importing httpx and the emulator and starting it take ~135 ms: not on the UI thread."""
    seen = network_start(isolated_dirs, "run")
    assert seen["code"] == 0
    assert seen["thread"] != seen["main"]
    assert seen["emulator_stopped"] is True
    assert seen["http_closed"] is True


def test_closing_while_the_network_side_starts_still_stops_it(isolated_dirs: Path) -> None:
    seen = network_start(isolated_dirs, "close-meanwhile")
    assert seen["code"] == 0
    assert seen["emulator_stopped"] is True  # started after the close, and still stopped
    assert seen["http_closed"] is True
