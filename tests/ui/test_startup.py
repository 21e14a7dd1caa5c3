"""The two-step start: the bare window paints first, then the rest is imported and built.

What is timed lives in bench/startup.py; these tests hold the structure that makes it fast
(what is imported before the first paint) and the behaviour around it.
"""

from __future__ import annotations

import ast
import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import omise_token_gui
from omise_token_gui.core import paths
from omise_token_gui.core.service import TokenService
from omise_token_gui.options import Options
from omise_token_gui.services import Services
from omise_token_gui.ui import window_state
from omise_token_gui.ui.main_window import MainWindow
from omise_token_gui.ui.runner import FirstPaint
from tests.helpers import run_app, run_module
from tests.ui.conftest import Harness

# Each of these costs milliseconds to import and is not needed to put the window on screen.
NOT_BEFORE_FIRST_PAINT = (
    "asyncio",
    "dataclasses",  # it imports inspect, ast, dis, tokenize: the Options and Paths are tuples
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
    seen = first_paint(isolated_dirs)
    assert seen["painted"] is True
    assert seen["populated"] is False
    assert "omise_token_gui.ui.main_window" in seen["modules"]  # the report is not empty
    loaded = sorted(set(NOT_BEFORE_FIRST_PAINT) & set(seen["modules"]))
    assert loaded == [], f"imported before the first paint: {loaded}"
    assert seen["qt_namespace"] is False, "PySide6.QtCore.Qt was touched before the first paint"


def first_paint(isolated_dirs: Path) -> dict[str, Any]:
    """tests/probes/first_paint.py in a fresh interpreter: what it saw at the first paint."""
    data, config = str(isolated_dirs / "d"), str(isolated_dirs / "c")
    result = run_module("tests.probes.first_paint", data, config)
    assert result.returncode == 0, result.stderr
    seen: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


def test_the_command_line_folders_are_not_turned_into_environment_variables(
    isolated_dirs: Path,
) -> None:
    """--data-dir/--config-dir go into the one Paths worked out at start; the environment
    the app was given (here the test's own folders) is left as it was."""
    seen = first_paint(isolated_dirs)
    assert seen["data_dir"] == str(isolated_dirs / "d")
    assert seen["config_dir"] == str(isolated_dirs / "c")
    assert seen["data_dir_env"] == os.environ[paths.DATA_DIR_ENV]  # the test's, untouched
    assert seen["config_dir_env"] == os.environ[paths.CONFIG_DIR_ENV]
    assert seen["data_dir_env"] != seen["data_dir"]


def test_options_are_read_once_into_one_frozen_object() -> None:
    options = Options.parse(["--smoke-test", "--smoke-output", "t.txt", "--data-dir", "d"])
    assert options == Options(data_dir="d", smoke_test=True, smoke_output="t.txt")
    assert options.headless
    assert Options.parse(["--create-loop", "3"]).headless
    assert not Options.parse(["--exit-after-first-paint"]).headless
    with pytest.raises(AttributeError):
        options.smoke_test = False  # type: ignore[misc]


def package_imports() -> dict[str, set[str]]:
    """Each module of the package and the package modules it imports: every import
    statement, at the top, deferred inside functions, or under TYPE_CHECKING."""
    root = Path(omise_token_gui.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
        graph[name] = found
    return {name: {m for m in found if m in graph and m != name} for name, found in graph.items()}


def cycles_through(graph: dict[str, set[str]], start: str) -> list[list[str]]:
    """The import paths that lead from ``start`` back to it (one per first step)."""
    found: list[list[str]] = []
    for first in sorted(graph[start]):
        stack, seen = [[start, first]], {first}
        while stack:
            trail = stack.pop()
            for nxt in sorted(graph[trail[-1]]):
                if nxt == start:
                    found.append([*trail, start])
                    stack.clear()
                    break
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append([*trail, nxt])
    return found


START_MODULES = (
    "omise_token_gui.app",
    "omise_token_gui.options",
    "omise_token_gui.services",
    "omise_token_gui.core.paths",
    "omise_token_gui.ui.runner",
    "omise_token_gui.ui.session",
    "omise_token_gui.ui.exception_hook",
)


@pytest.mark.parametrize("module", START_MODULES)
def test_the_start_modules_import_one_way(module: str) -> None:
    """No import cycle runs through the composition root: ``app`` -> ``ui.runner`` ->
    ``ui.session`` and ``services``, never back (deferred and TYPE_CHECKING imports count)."""
    assert cycles_through(package_imports(), module) == []


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
    # A new window's size for this screen (the offscreen screen is 800x800).
    assert window_state.available(window) == (0, 0, 800, 800)
    assert (window.width(), window.height()) == (792, 764)


def test_the_icon_is_found_in_a_namespace_package_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the PyInstaller build ``omise_token_gui.resources`` has no ``__init__`` (a namespace
    package, no ``__file__``): the icon must still be found through ``__path__``."""
    import importlib
    import shutil
    import types

    from omise_token_gui.ui import runner

    shipped = Path(importlib.import_module("omise_token_gui.resources").__path__[0])
    frozen = tmp_path / "resources"
    shutil.copytree(shipped / "icons", frozen / "icons")
    namespace = types.SimpleNamespace(__path__=[str(tmp_path / "elsewhere"), str(frozen)])
    stub = types.SimpleNamespace(import_module=lambda name: namespace)
    monkeypatch.setattr(runner, "importlib", stub)  # runner's own reference only
    icon = runner.app_icon()
    assert not icon.isNull()
    assert len(icon.availableSizes()) == 6


def network_start(isolated_dirs: Path, mode: str) -> dict[str, object]:
    """tests/probes/network_start.py in a fresh interpreter, in ``mode``."""
    data, config = str(isolated_dirs / "d"), str(isolated_dirs / "c")
    result = run_module("tests.probes.network_start", data, config, mode)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    seen: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


def test_the_network_side_starts_off_the_main_thread(isolated_dirs: Path) -> None:
    """Importing httpx and the emulator and starting it is slow: not on the UI thread."""
    seen = network_start(isolated_dirs, "run")
    assert seen["code"] == 0
    assert seen["thread"] != seen["main"]
    assert seen["emulator_stopped"] is True
    assert seen["http_closed"] is True


def test_the_headless_run_starts_the_network_side_the_same_way(isolated_dirs: Path) -> None:
    """--smoke-test goes through the same start: the network side on a worker thread."""
    seen = network_start(isolated_dirs, "smoke")
    assert seen["code"] == 0
    assert seen["thread"] != seen["main"]
    assert seen["emulator_stopped"] is True
    assert seen["http_closed"] is True


def test_the_tests_start_the_app_the_way_the_product_does(
    open_app: Callable[[], Harness], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The in-process harness runs ``Session.run()``, the product's path: the network side
    starts on a worker thread after the whole window has painted, and closing the window
    shuts it all down."""
    threads: list[str] = []
    start = Services.start_network

    def recording_start(self: Services) -> TokenService:
        threads.append(threading.current_thread().name)
        return start(self)

    monkeypatch.setattr(Services, "start_network", recording_start)
    app = open_app()
    assert app.window.ready
    assert threads
    assert threads[0] != threading.main_thread().name
    emulator, http = app.emulator, app.services.http
    app.close()
    assert not emulator.running
    assert http is not None
    assert http.is_closed


def test_closing_while_the_network_side_starts_still_stops_it(isolated_dirs: Path) -> None:
    seen = network_start(isolated_dirs, "close-meanwhile")
    assert seen["code"] == 0
    assert seen["emulator_stopped"] is True  # started after the close, and still stopped
    assert seen["http_closed"] is True


@pytest.mark.parametrize("run", range(3))
def test_a_test_may_end_with_work_in_flight(app: Harness, run: int) -> None:
    """The harness shuts the session down (cancelling a refresh still running) before the
    window is deleted: the teardown is the check (a cancelled task touching a deleted widget
    fails it). With the window handed to ``qtbot.addWidget`` it failed most runs."""
    app.create_and_wait()
    app.create_and_wait()
    app.window.history_panel.refresh_all_button.click()  # the refresh is still running at the end
