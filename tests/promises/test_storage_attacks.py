"""Promises 2, 3 and 5 against the storage: every file the app writes is owner-only; the
history is never lost to two copies of the app repairing it at once, to a kill during a
repair, to another program's lock, a full disk or a read-only file; the window never waits
on a repair; a token the vault created is shown with its id even when it cannot be stored;
settings saved by two copies of the app are merged, and a read-only folder gets a message."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from omise_token_gui.core import paths
from omise_token_gui.core.history import HistoryStore, salvage
from omise_token_gui.services import Services
from omise_token_gui.ui.session import make_window
from tests.helpers import TEST_KEY, app_process, offscreen_env, records, run_python
from tests.promises import figures
from tests.ui.conftest import Harness, OpenApp, run_on_loop

PAGE = 4096


# ---------------------------------------------------------------- a damaged history
def damaged_history(rows: int) -> tuple[bytes, int]:
    """A history of ``rows`` tokens with two pages of its table overwritten. Returns the
    damaged file's bytes and how many rows can still be read from it."""
    path = paths.history_path()
    store = HistoryStore(path)
    store.add_many(records(rows, raw_json="{}" * 200))
    store.close()
    pages = path.stat().st_size // PAGE
    with path.open("r+b") as fh:
        for victim in (pages // 3, pages // 2):
            fh.seek(victim * PAGE)
            fh.write(b"\xde\xad\xbe\xef" * (PAGE // 4))
    original = path.read_bytes()
    copy = path.with_name("probe.sqlite3")
    copy.write_bytes(original)
    probe = HistoryStore(":memory:")
    readable = salvage(copy, probe)
    probe.close()
    copy.unlink()
    assert 0 < readable < rows
    return original, readable


def asides() -> list[Path]:
    folder = paths.history_path().parent
    return [
        p for p in folder.glob("history.sqlite3.damaged-*") if not p.name.endswith(("-wal", "-shm"))
    ]


def history_rows() -> int:
    store = HistoryStore(paths.history_path())
    try:
        assert store.quick_check() is None
        return store.count()
    finally:
        store.close()


# ---------------------------------------------------------------- item 12: two at once
RACER = """
import sys
from omise_token_gui.services import Services
services = Services.build({})
print("ready", flush=True)
sys.stdin.readline()
services.verify_history()
print(services.history_store.count(), flush=True)
services.history_store.close()
"""


@pytest.mark.parametrize("trial", range(10))
def test_two_instances_repairing_at_once_lose_nothing(trial: int) -> None:
    """Both copies start on the damaged file, then repair at the same moment."""
    original, readable = damaged_history(3000)
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=offscreen_env(),
        )
        for _ in range(2)
    ]
    for racer in racers:
        assert racer.stdout is not None
        assert racer.stdout.readline().strip() == "ready"
    for racer in racers:  # go, both
        assert racer.stdin is not None
        racer.stdin.write("go\n")
        racer.stdin.flush()
    counts = []
    for racer in racers:
        out, err = racer.communicate(timeout=120)
        assert racer.returncode == 0, err
        counts.append(int(out.split()[-1]))
    assert counts == [readable, readable]  # each copy shows every readable row
    assert history_rows() == readable
    kept = asides()
    assert [p.read_bytes() for p in kept] == [original]  # the original, once, unchanged
    figures.add("repairs raced by two processes")
    figures.add("rows kept through raced repairs", readable)


def test_sequential_repairs_by_two_copies_keep_the_original(tmp_path: Path) -> None:
    """The second copy found the damage too, but repairs after the first: it must see the
    repaired file and leave it (and the kept original) alone."""
    original, readable = damaged_history(2000)
    first, second = Services.build({}), Services.build({})
    why_first, why_second = first.check_history(), second.check_history()
    assert why_first
    assert why_second
    first.finish_repair(first.repair_history(why_first))
    first_count = first.history_store.count()
    second.finish_repair(second.repair_history(why_second))
    assert first_count == second.history_store.count() == readable
    assert "another running copy of the app repaired it first" in second.notices[-1]
    assert [p.read_bytes() for p in asides()] == [original]
    first.history_store.close()
    second.history_store.close()
    figures.add("repairs raced by two processes")


# ---------------------------------------------------------------- item 13: killed
KILLER = """
import os, signal, sys
from omise_token_gui.core import history, storage
from omise_token_gui.services import Services

point = sys.argv[1]
def die():
    os.kill(os.getpid(), signal.SIGKILL)

real_add_many, calls = history.HistoryStore.add_many, [0]
def add_many(self, rows):
    calls[0] += 1
    if point == "while-copying" and calls[0] == 3:
        die()
    real_add_many(self, rows)
history.HistoryStore.add_many = add_many

real_replace = os.replace
def replace(src, dst):
    swap = os.path.basename(dst) == "history.sqlite3"
    if swap and point == "before-swap":
        die()
    real_replace(src, dst)
    if swap and point == "after-swap":
        die()
os.replace = replace

if point == "before-keeping-original":
    storage.preserve = lambda *args: die()

services = Services.build({})
services.verify_history()
print("not killed", services.history_store.count(), flush=True)
"""


@pytest.mark.parametrize(
    "point", ["while-copying", "before-keeping-original", "before-swap", "after-swap"]
)
def test_killed_during_repair_loses_nothing(point: str) -> None:
    original, readable = damaged_history(3000)
    killed = run_python(KILLER, point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    restart = run_python(
        "from omise_token_gui.services import Services\n"
        "s = Services.build({})\n"
        "s.verify_history()\n"
        "print(s.history_store.count())\n"
        "print('\\n'.join(s.notices))\n"
    )
    assert restart.returncode == 0, restart.stderr
    count, *notices = restart.stdout.splitlines()
    assert int(count) == readable
    assert history_rows() == readable
    assert any("damaged" in n for n in notices)  # the tester is told
    assert original in [p.read_bytes() for p in asides()]  # the original is kept
    folder = paths.history_path().parent
    assert not list(folder.glob("history.sqlite3.repair*"))  # nothing half-done left
    figures.add("repairs killed (SIGKILL) and resumed")
    figures.add("rows kept through killed repairs", readable)


# ---------------------------------------------------------------- item 10: off the UI thread
def test_repair_runs_off_the_ui_thread_with_progress(
    qloop: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The repair waits (in its first progress report) for a timer of the UI thread: if the
    repair ran on the UI thread the timer could not fire and the repair would report it."""
    from omise_token_gui.ui.session import repair_in_background

    _, readable = damaged_history(3000)
    services = Services.build({})
    window = make_window(services)
    qtbot.addWidget(window)
    ui_answered = threading.Event()
    seen: list[bool] = []
    repair = services.repair_history

    def slow_repair(why: str, progress: Any = None) -> Any:
        def report(saved: int) -> None:
            if not seen:
                ui_answered.clear()
                seen.append(ui_answered.wait(10))
            if progress is not None:
                progress(saved)

        return repair(why, report)

    monkeypatch.setattr(services, "repair_history", slow_repair)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    timer = QTimer(window)
    timer.timeout.connect(ui_answered.set)  # fires only while the UI thread is free
    timer.start(1)
    run_on_loop(qtbot, repair_in_background(window, services), timeout=30_000)
    timer.stop()
    assert seen == [True]
    # Progress, while it ran, in English's plural form (omise_token_gui_en.ts: token / tokens).
    assert any(re.search(r"\d tokens? copied so far", m) for m in messages)
    assert window.history_model.store is services.history_store
    assert services.history_store.count() == readable
    assert any("It was moved to" in n for n in services.notices)
    window.close()
    services.history_store.close()
    figures.add("repairs run off the UI thread")


# ---------------------------------------------------------------- item 11: another's lock
def newest_sandbox_token(app: Harness) -> str:
    return str(app.window.panel.token_label.text())


def test_a_locked_history_does_not_freeze_create_and_keeps_the_token(app: Harness) -> None:
    app.create_and_wait()
    first = app.window.last_token
    assert first is not None
    other = sqlite3.connect(paths.history_path(), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # as the sqlite3 CLI would
    try:
        app.create_and_wait(timeout=5_000)  # it waited 10 s on the lock, then a traceback
    finally:
        other.execute("ROLLBACK")
        other.close()
    panel = app.window.panel
    unsaved = app.window.last_token
    assert unsaved is not None
    assert unsaved.token_id != first.token_id
    assert panel.token_label.text() == unsaved.token_id  # the new one, not the previous
    assert "Not saved to history" in panel.error.text()
    assert app.services.history_store.get(unsaved.token_id) is None
    app.create_and_wait()  # the lock is gone: this one and the kept one are stored
    assert app.services.history_store.get(unsaved.token_id) is not None
    assert app.history_count() == 3
    figures.add("history lock attacks survived")


def test_a_token_kept_while_the_history_was_locked_is_stored_at_quit(app: Harness) -> None:
    """The lock goes away and the tester quits before creating another token: the kept
    token is stored on the way out, not lost with the process."""
    other = sqlite3.connect(paths.history_path(), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        app.create_and_wait(timeout=5_000)
    finally:
        other.execute("ROLLBACK")
        other.close()
    unsaved = app.window.last_token
    assert unsaved is not None
    assert "Not saved to history" in app.window.panel.error.text()
    app.close()
    reopened = HistoryStore(paths.history_path())
    try:
        assert reopened.get(unsaved.token_id) is not None
    finally:
        reopened.close()
    figures.add("history lock attacks survived")


# ---------------------------------------------------------------- item 17: full, read-only
def fill_the_disk(store: HistoryStore) -> None:
    """A real SQLITE_FULL: the file may not grow, and its free space is used up."""
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")
    filler = records(1)[0]
    for i in range(10_000):
        try:
            store._db.execute(
                "INSERT INTO tokens (token_id, created_at, profile, vault_url, raw_json) "
                "VALUES (?, ?, '', '', '')",
                (f"filler_{i}", filler.created_at.isoformat()),
            )
        except sqlite3.OperationalError as exc:
            full = str(exc)
            break
    else:
        full = "the disk never filled"
    assert "full" in full


def test_disk_full_shows_the_new_token_as_not_saved(app: Harness) -> None:
    app.create_and_wait()
    previous = app.window.last_token
    assert previous is not None
    fill_the_disk(app.services.history_store)
    app.create_and_wait()
    panel = app.window.panel
    token = app.window.last_token
    assert token is not None
    assert token.token_id != previous.token_id
    assert panel.token_label.text() == token.token_id  # not the previous id
    assert "Not saved to history" in panel.error.text()
    assert "the disk is full" in panel.error.text()
    assert app.services.history_store.get(previous.token_id) is not None  # nothing lost
    figures.add("storage faults survived")


def test_data_dir_that_cannot_be_created_starts_with_a_message(
    open_app: OpenApp, isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = isolated_dirs / "a-file"
    blocker.write_text("not a folder")  # even root cannot make a folder under a file
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(blocker / "data"))
    app = open_app()
    box = app.window.findChild(QMessageBox, "informBox")
    assert box is not None
    assert "cannot be created" in box.text()
    app.create_and_wait()
    assert app.window.last_token is not None
    assert "Not saved to history" in app.window.panel.error.text()  # not kept in memory only
    figures.add("storage faults survived")


def test_a_sound_read_only_history_is_not_declared_damaged(
    open_app: OpenApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = HistoryStore(paths.history_path())
    store.add_many(records(5))
    store.close()
    real_connect = sqlite3.connect

    def read_only(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if str(database) == str(paths.history_path()):  # what a read-only file gives
            kwargs["uri"] = True
            database = f"{Path(database).as_uri()}?mode=ro"
        connection: sqlite3.Connection = real_connect(database, *args, **kwargs)
        return connection

    monkeypatch.setattr(sqlite3, "connect", read_only)
    app = open_app()
    assert asides() == []  # it was moved aside as damaged
    assert app.history_count() == 5
    app.create_and_wait()
    assert "Not saved to history" in app.window.panel.error.text()
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    assert history_rows() == 5
    figures.add("storage faults survived")


def test_read_only_config_dir_save_profile_says_so(
    app: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*args: Any, **kwargs: Any) -> Any:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)  # the settings file's writer uses it
    app.window.open_settings()
    dialog = app.window.settings_dialog
    assert dialog is not None
    dialog.add_button.click()
    dialog.name_edit.setText("QA")
    dialog.key_edit.setText(TEST_KEY)
    dialog.save_button.click()
    assert "could not be saved" in dialog.check_verdict.text()
    assert "Read-only file system" in dialog.check_verdict.text()
    assert app.window.settings.profile("QA") is not None  # kept for this session
    dialog.copy_on_create.toggle()  # the general settings say so too, no traceback
    assert "could not be saved" in dialog.check_verdict.text()
    figures.add("storage faults survived")


# ---------------------------------------------------------------- item 7: owner-only
def modes_under(*roots: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    for root in roots:
        found[str(root)] = stat.S_IMODE(root.stat().st_mode)
        for folder, dirs, files in os.walk(root):
            for name in dirs + files:
                full = os.path.join(folder, name)
                found[full] = stat.S_IMODE(os.lstat(full).st_mode)
    return found


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_every_file_the_app_writes_is_owner_only(isolated_dirs: Path) -> None:
    data, config = isolated_dirs / "data", isolated_dirs / "config"
    # What an older version left: world-readable files in 0755 folders, a damaged history
    # and settings file (both moved aside at start), a window.ini, a rotated log.
    (data / "logs").mkdir(parents=True, mode=0o755)
    config.mkdir(mode=0o755)
    damaged_history(500)
    (config / "settings.json").write_text("{ damaged")
    (config / "window.ini").write_text("[main_window]\n")
    (data / "logs" / "app.log.1").write_text("old\n")
    for path in (data, config, data / "logs", *data.rglob("*"), *config.rglob("*")):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    with app_process(data, config, "--create-loop", "2") as proc:  # umask 022 inherited
        _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    modes = modes_under(data, config)
    # The two folders were chosen by the tester (--data-dir/--config-dir): they keep their
    # mode (see the next test); everything the app wrote in them is owner-only.
    chosen = (str(data), str(config))
    loose = {
        p: oct(m)
        for p, m in modes.items()
        if m & 0o077 and p not in chosen and not Path(p).name.startswith("probe.")
    }
    assert loose == {}
    names = {Path(p).name for p in modes}
    assert {"history.sqlite3", "sandbox-vault.sqlite3", "app.log", "window.ini"} <= names
    assert any(".damaged-" in n for n in names)
    figures.add("files and folders checked owner-only", len(modes))


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_folder_the_tester_chose_keeps_its_mode_and_other_files(isolated_dirs: Path) -> None:
    """--data-dir pointing at a shared folder (a sticky 1777 one, with a tester's script in
    it): the app makes only its own files owner-only and leaves the rest as it was."""
    shared = isolated_dirs / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # noqa: S103 - a shared folder the tester chose
    script = shared / "tool.sh"
    script.write_text("#!/bin/sh\n")
    os.chmod(script, 0o755)  # noqa: S103 - the tester's own script
    notes = shared / "notes"
    notes.mkdir()
    os.chmod(notes, 0o755)  # noqa: S103 - the tester's own folder
    with app_process(shared, shared, "--create-loop", "1") as proc:
        _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE(script.stat().st_mode) == 0o755
    assert stat.S_IMODE(notes.stat().st_mode) == 0o755
    history = stat.S_IMODE((shared / "history.sqlite3").stat().st_mode)
    assert history == 0o600
    figures.add("files and folders checked owner-only", 4)


def test_window_ini_written_under_the_app_umask(qapp: Any, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from omise_token_gui.services import secure_files
    from omise_token_gui.ui import window_state

    previous = os.umask(0o022)
    try:
        secure_files()
        widget = QWidget()
        qtbot.addWidget(widget)
        window_state.save(widget)
    finally:
        os.umask(previous)
    ini = paths.config_dir() / window_state.FILE_NAME
    assert stat.S_IMODE(ini.stat().st_mode) == 0o600
    assert stat.S_IMODE(ini.parent.stat().st_mode) & 0o077 == 0
    figures.add("files and folders checked owner-only", 2)


def test_storage_private_dir_makes_new_folders_private_and_keeps_existing_ones(
    tmp_path: Path,
) -> None:
    from omise_token_gui.core import storage

    previous = os.umask(0o022)
    try:
        made = storage.private_dir(tmp_path / "new" / "deeper")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    folder = tmp_path / "old"
    folder.mkdir()
    os.chmod(folder, 0o1777)  # noqa: S103 - a shared folder the tester chose
    storage.private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o1777
