"""The window fits the screen and remembers how it was left (docs/window.md): each screen size
at 100 % and 200 %, folds, splitters and column widths across a new window, the profile
switcher, the title, the first-launch Sandbox note, and the Sandbox's stable port."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot

from omise_token_gui.core import paths
from omise_token_gui.core.settings import Profile, SettingsStore
from tests.helpers import ROOT, TEST_KEY, offscreen_env
from tests.ui.conftest import Harness, OpenApp

SCREENS = [
    (1280, 720, 1),
    (1366, 768, 1),
    (1920, 1080, 1),
    (1280, 720, 2),
    (1366, 768, 2),
    (1920, 1080, 2),
]


def probe(tmp: Path, width: int, height: int, scale: int, *flags: str) -> dict[str, Any]:
    """tests/probes/window_fit.py on an offscreen screen of this size and scale."""
    config = tmp / f"screen-{width}x{height}.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    env = offscreen_env() | {
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
    }
    args = [str(tmp / "d"), str(tmp / "c"), *flags]
    result = subprocess.run(
        [sys.executable, "-m", "tests.probes.window_fit", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


def within(rect: list[int], area: list[int]) -> bool:
    return QRect(*area).contains(QRect(*rect))


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_the_first_window_fits_the_available_screen(
    tmp_path: Path, width: int, height: int, scale: int
) -> None:
    seen = probe(tmp_path, width, height, scale)
    assert seen["available"] == [0, 0, width // scale, height // scale]
    assert within(seen["frame"], seen["available"]), seen
    if scale == 1:  # pick, create, copy and the history with no scrolling
        assert seen["scrolls"] == [False, False], seen
        window = [0, 0, *seen["size"]]
        for name, rect in seen["parts"].items():
            assert within(rect, window), (name, rect, window)
        assert seen["columns_right"] <= seen["table_viewport"]  # Profile is on screen
    elif width // scale >= 960:  # 1920x1080 at 200 %: it scrolls down, never sideways
        assert seen["scrolls"][0] is False, seen


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1366, 768)])
def test_the_first_window_in_thai_needs_no_scrolling(
    tmp_path: Path, width: int, height: int
) -> None:
    """Thai lines are taller: the window still fits at its least height, and wrapped texts
    (the Sandbox note, the card's explanation) do not make it scroll by wanting more."""
    seen = probe(tmp_path, width, height, 1, "th")
    assert seen["scrolls"] == [False, False], seen
    window = [0, 0, *seen["size"]]
    for name, rect in seen["parts"].items():
        assert within(rect, window), (name, rect, window)


def test_a_geometry_remembered_on_a_larger_monitor_is_brought_inside(tmp_path: Path) -> None:
    seen = probe(tmp_path, 1366, 768, 1, "remember-big")
    assert within(seen["frame"], seen["available"]), seen
    assert seen["scrolls"] == [False, False]


def test_errors_as_you_type_move_no_field(app: Harness) -> None:
    form = app.window.form
    edits = list(form.edits.values())
    form.billing.set_open(True)
    app.qtbot.waitUntil(lambda: form.edits["phone_number"].isVisible())
    before = [e.mapTo(app.window, QPoint(0, 0)) for e in edits]
    form.edits["expiration_month"].setText("13")
    form.edits["name"].setText("")
    form.edits["number"].setText("4242 4242 4242 4241")
    assert form.errors["expiration_month"].isVisible()
    assert form.errors["number"].isVisible()
    QApplication.processEvents()
    assert [e.mapTo(app.window, QPoint(0, 0)) for e in edits] == before


def test_a_closed_billing_fold_says_what_it_hides(app: Harness) -> None:
    form = app.window.form
    assert not form.billing.is_open
    assert not form.edits["phone_number"].isVisibleTo(app.window)
    form.edits["postal_code"].setText("x" * 400)
    assert "1 problem" in form.billing.button.text()


def test_folds_are_remembered_across_a_new_window(open_app: OpenApp) -> None:
    first = open_app()
    first.window.form.billing.set_open(True)
    first.window.panel.json_fold.set_open(True)
    first.close()
    second = open_app()
    assert second.window.form.billing.is_open
    assert second.window.panel.json_fold.is_open
    assert second.window.form.edits["phone_number"].isVisible()
    second.window.form.billing.set_open(False)
    second.close()
    third = open_app()
    assert not third.window.form.billing.is_open
    assert third.window.panel.json_fold.is_open


def test_splitters_and_column_widths_are_remembered_across_a_new_window(
    open_app: OpenApp,
) -> None:
    first = open_app()
    w = first.window
    w.sandbox_note.ok_button.click()  # not shown in the next window: the same room in both
    QApplication.processEvents()
    main = w.findChild(QSplitter, "splitMain")
    assert isinstance(main, QSplitter)
    total = sum(main.sizes())
    main.setSizes([total - 200, 200])  # the history dragged to 200 pixels
    top = w.findChild(QSplitter, "splitTop")
    assert isinstance(top, QSplitter)
    top.setSizes([300, sum(top.sizes()) - 300])
    QApplication.processEvents()
    kept = main.sizes(), top.sizes()
    assert kept[0][1] == 200
    w.history_panel.table.setColumnWidth(3, 333)
    first.close()
    w2 = open_app().window
    QApplication.processEvents()
    splitters = [w2.findChild(QSplitter, name) for name in ("splitMain", "splitTop")]
    assert tuple(s.sizes() for s in splitters if s is not None) == kept
    assert w2.history_panel.table.columnWidth(3) == 333


def test_the_profile_switcher_changes_the_active_profile_and_saves(app: Harness) -> None:
    w = app.window
    w.settings.upsert(Profile(name="Staging", public_key=TEST_KEY, vault_url=app.emulator.base_url))
    w.save_settings()
    w.apply_settings()
    switcher = w.switcher
    assert [switcher.itemText(i) for i in range(switcher.count())] == ["Sandbox", "Staging"]
    assert w.windowTitle() == "SANDBOX — Omise Test Token Generator"
    index = switcher.findData("Staging")
    switcher.setCurrentIndex(index)
    switcher.activated.emit(index)  # what a pick in its list does
    assert w.settings.active_profile == "Staging"
    assert SettingsStore(paths.settings_path()).load({}).settings.active_profile == "Staging"
    assert w.windowTitle() == "TEST MODE · Staging — Omise Test Token Generator"
    assert w.marker.text().startswith("TEST MODE")
    w.open_settings()  # the settings pane shows the same active profile
    assert w.settings_dialog is not None
    assert "(active)" in w.settings_dialog.profile_list.currentItem().text()
    assert w.settings_dialog.profile_list.currentItem().text().startswith("Staging")


def test_the_first_launch_sandbox_note_is_shown_once(open_app: OpenApp) -> None:
    first = open_app()
    note = first.window.sandbox_note
    assert note.isVisible()
    assert "only in the emulator" in note.label.text()
    assert "pkey_test_" in note.label.text()
    assert "will not accept them" in note.label.text()
    note.ok_button.click()
    assert not note.isVisible()
    first.close()
    assert SettingsStore(paths.settings_path()).load({}).settings.sandbox_note_seen
    assert not open_app().window.sandbox_note.isVisible()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def use_port(port: int) -> None:
    store = SettingsStore(paths.settings_path())
    settings = store.load({}).settings
    settings.sandbox_port = port
    store.save(settings)


def test_the_sandbox_keeps_its_port_across_restarts(
    open_app: OpenApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OMISE_SANDBOX_PORT")
    port = free_port()
    use_port(port)
    first = open_app()
    assert first.emulator.port == port
    url = f"http://127.0.0.1:{port}"
    assert first.window.service.sandbox_url == url
    assert (
        first.window.marker.text() == f"SANDBOX (offline) · built-in emulator on 127.0.0.1:{port}"
    )
    first.window.open_settings()
    dialog = first.window.settings_dialog
    assert dialog is not None
    assert url in dialog.sandbox_line.text()
    dialog.reload("Sandbox")
    assert dialog.url_edit.text().startswith(url)
    first.close()
    assert open_app().emulator.port == port


def test_a_taken_port_falls_back_and_says_so(
    open_app: OpenApp, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.delenv("OMISE_SANDBOX_PORT")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        use_port(port)
        app = open_app()
        assert app.emulator.port not in (0, port)
        url = str(app.window.service.sandbox_url)
        assert app.window.marker.text().endswith(f"on {url[7:]} (its usual port was taken)")
        assert f"Port {port} was taken" in app.window.marker.toolTip()
        assert url in app.window.marker.toolTip()
        app.window.open_settings()
        assert app.window.settings_dialog is not None
        assert f"Port {port} was taken" in app.window.settings_dialog.sandbox_line.text()
        app.create_and_wait()  # the Sandbox works on the other port
        assert app.window.last_token is not None


def test_the_sandbox_port_is_a_setting_in_the_pane(app: Harness) -> None:
    app.window.open_settings()
    dialog = app.window.settings_dialog
    assert dialog is not None
    assert dialog.sandbox_port.value() == 8026
    dialog.sandbox_port.setValue(9123)
    assert SettingsStore(paths.settings_path()).load({}).settings.sandbox_port == 9123
