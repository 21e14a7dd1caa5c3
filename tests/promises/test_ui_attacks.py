"""Promises 2 and 5 against the window itself.

- Selecting the card number or security code must not hand it to other X clients (PRIMARY).
- A vault (or anything else outside) that answers with HTML must see its tags shown, not
  rendered: no label or message box in the app renders outside text as rich text.
- A stored date the local zone cannot hold (year 9999 east of UTC) must not break the view.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

import omise_token_gui.ui
from omise_token_gui.core.catalog import load_catalog
from omise_token_gui.core.settings import Profile
from omise_token_gui.ui.card_form import SECRET_FIELDS, CardForm
from omise_token_gui.ui.exception_hook import ExceptionHook
from omise_token_gui.ui.secret_edit import SecretLineEdit
from tests.helpers import TEST_KEY, offscreen_env
from tests.promises import figures
from tests.ui.conftest import Harness

ROOT = Path(__file__).resolve().parents[2]
FAKE_OK = "✔ Token created OK"
HOSTILE = f"<b style='color:#1f6f43'>{FAKE_OK}</b><img src='x'>"


# ---------------------------------------------------------------- item 6: X11 PRIMARY
needs_x = pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("xclip")),
    reason="needs xvfb-run and xclip (apt-get install xvfb xclip)",
)


@needs_x
def test_selecting_number_or_code_exports_no_primary_selection() -> None:
    """Under a real X server, another X client (xclip) reads PRIMARY after each selection
    gesture. A plain QLineEdit beside the form is the control: its text must be readable."""
    env = dict(offscreen_env(), QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-nolisten tcp",
            sys.executable,
            "-m",
            "tests.promises.primary_probe",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen.pop("platform") == "xcb"
    copied = seen.pop("number/ctrl+c clipboard")
    after_copy = seen.pop("number/ctrl+c primary")
    menu_copied = seen.pop("security_code/menu copy clipboard")
    after_menu_copy = seen.pop("security_code/menu copy primary")
    gestures = sorted({key.split("/", 1)[1] for key in seen})
    for gesture in gestures:
        assert seen[f"control/{gesture}"] == "control 4111 1111 1111 1111", gesture
        for field in SECRET_FIELDS:
            assert seen[f"{field}/{gesture}"] == "", (field, gesture)
    # Copy (Ctrl+C, context menu) is the tester's own action and still works; it does not
    # fill PRIMARY.
    assert copied == "4242 4242 4242 4242"
    assert after_copy == ""
    assert menu_copied == "123"
    assert after_menu_copy == ""
    figures.add("selection gestures read by another X client", len(seen) + 4)


def test_number_and_code_fields_withdraw_their_selection(app: Harness) -> None:
    edits = app.window.form.edits
    for name, edit in edits.items():
        assert isinstance(edit, SecretLineEdit) == (name in SECRET_FIELDS), name
    for name in SECRET_FIELDS:
        assert not edits[name].dragEnabled()
    # A tester may type a full number into the catalog search or the history filter to find
    # it: those fields must not export it either.
    assert isinstance(app.window.picker.search, SecretLineEdit)
    assert isinstance(app.window.history_panel.filter_edit, SecretLineEdit)


# ---------------------------------------------------------------- item 16: plain text
class HostileVault(ThreadingHTTPServer):
    """A loopback vault that answers every request 400 with ``error`` (an Omise error
    object whose words are HTML)."""

    error: dict[str, str]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Hostile(BaseHTTPRequestHandler):
    server: HostileVault

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps(self.server.error).encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def hostile_vault() -> Iterator[HostileVault]:
    server = HostileVault(("127.0.0.1", 0), _Hostile)
    server.error = {
        "object": "error",
        "code": f"<font color=green>{FAKE_OK}</font>",
        "message": HOSTILE,
    }
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def use_hostile(app: Harness, vault: HostileVault) -> None:
    w = app.window
    w.settings.upsert(Profile(name="Hostile", public_key=TEST_KEY, vault_url=vault.url))
    w.settings.active_profile = "Hostile"
    w.apply_settings()


def assert_literal(label: QLabel, *fragments: str) -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    for fragment in fragments:
        assert fragment in label.text()


def test_vault_html_in_a_failed_create_shows_as_literal_tags(
    app: Harness, hostile_vault: HostileVault
) -> None:
    use_hostile(app, hostile_vault)
    app.create_and_wait()
    panel = app.window.panel
    assert app.window.last_token is None
    assert_literal(panel.error, "<font color=green>", HOSTILE)
    assert panel.token_label.textFormat() == Qt.TextFormat.PlainText
    assert panel.summary.textFormat() == Qt.TextFormat.PlainText
    figures.add("labels shown vault HTML, rendered literally", 3)


def test_vault_html_in_invalid_card_field_errors_shows_literally(
    app: Harness, hostile_vault: HostileVault, qtbot: QtBot
) -> None:
    hostile_vault.error = {
        "object": "error",
        "code": "invalid_card",
        "message": f"number {HOSTILE}",
    }
    use_hostile(app, hostile_vault)
    app.create_and_wait()
    form = app.window.form
    assert form.errors["number"].isVisible()
    assert_literal(form.errors["number"], "<b style=")
    assert_literal(app.window.panel.error, "Omise: invalid_card · ", "<img src=")
    figures.add("labels shown vault HTML, rendered literally", 2)


def test_vault_html_in_the_check_key_verdict_shows_literally(
    app: Harness, hostile_vault: HostileVault, qtbot: QtBot
) -> None:
    use_hostile(app, hostile_vault)
    app.window.settings_action.trigger()
    dialog = app.window.settings_dialog
    assert dialog is not None
    dialog.reload("Hostile")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: "was not checked" in dialog.check_verdict.text(), timeout=5000)
    assert_literal(dialog.check_verdict, HOSTILE)
    figures.add("labels shown vault HTML, rendered literally")


def test_html_in_an_unexpected_error_shows_literally_in_the_message_box(app: Harness) -> None:
    hook = ExceptionHook(lambda: app.window)
    try:
        raise ValueError(HOSTILE)
    except ValueError as exc:
        hook(ValueError, exc, exc.__traceback__)
    box = app.window.findChild(QMessageBox, "informBox")
    assert box is not None
    assert box.textFormat() == Qt.TextFormat.PlainText
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    assert_literal(label, HOSTILE)
    box.close()
    figures.add("labels shown vault HTML, rendered literally")


# Static text this package writes itself (About), and the message box's icon (a pixmap).
RICH_ALLOWED = {"aboutTitle", "aboutWarning", "qt_msgboxex_icon_label"}


def test_every_label_in_the_window_and_its_dialogs_is_plain_text(
    app: Harness, hostile_vault: HostileVault, qtbot: QtBot
) -> None:
    w = app.window
    use_hostile(app, hostile_vault)
    app.create_and_wait()  # error label, field errors
    w.settings.active_profile = w.settings.profiles[0].name
    w.apply_settings()
    app.create_and_wait()  # token label, summary, confirm
    w.settings_action.trigger()  # settings dialog
    dialog = w.settings_dialog
    assert dialog is not None
    dialog.reload("Hostile")
    dialog.delete_button.click()  # ask box
    w.open_about()
    hook = ExceptionHook(lambda: w)
    try:
        raise ValueError(HOSTILE)
    except ValueError as exc:
        hook(ValueError, exc, exc.__traceback__)  # inform box
    labels = [x for x in QApplication.allWidgets() if isinstance(x, QLabel)]
    rich = [
        f"{type(x.window()).__name__}/{x.objectName() or x.text()[:30]!r}"
        for x in labels
        if x.textFormat() != Qt.TextFormat.PlainText and x.objectName() not in RICH_ALLOWED
    ]
    assert rich == []
    windows = {type(x.window()).__name__ for x in labels}
    assert {"MainWindow", "SettingsDialog", "AboutDialog", "QMessageBox"} <= windows
    assert len(labels) > 40
    figures.add("labels checked for plain text", len(labels))


_FORBIDDEN = re.compile(
    r"\bQLabel\(|\bQMessageBox\(|QMessageBox\.(?:warning|information|critical|question|about)\("
    r"|\.addRow\(\s*f?[\"']|QToolTip\.showText\("
)


def test_no_module_builds_a_label_or_message_box_around_the_helpers() -> None:
    """A future label cannot forget: labels and boxes come from ui/plain.py only."""
    ui = Path(omise_token_gui.ui.__file__).parent
    offenders = [
        f"{path.name}:{n}: {line.strip()}"
        for path in sorted(ui.glob("*.py"))
        if path.name != "plain.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _FORBIDDEN.search(line)
    ]
    assert offenders == []


# ---------------------------------------------------------------- item 14: year 9999
_YEAR_9999 = """
import sys, time
from datetime import UTC, datetime
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from dataclasses import replace
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.ui.history_model import HistoryModel
from tests.helpers import records

time.tzset()
app = QApplication(sys.argv)
late, early = records(2)
end, start = datetime(9999, 12, 31, 23, 59, tzinfo=UTC), datetime(1, 1, 1, tzinfo=UTC)
store = HistoryStore(sys.argv[1])
store.add_many([replace(late, created_at=end, refreshed_at=end), replace(early, created_at=start)])
model = HistoryModel(store)
out = []
for row in range(model.rowCount()):
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        out.append(str(model.index(row, 0).data(role)))
print(time.tzname[0], "|".join(out))
"""


@pytest.mark.parametrize("zone", ["Asia/Bangkok", "Pacific/Honolulu"])
def test_history_shows_dates_the_local_zone_cannot_hold(tmp_path: Path, zone: str) -> None:
    env = dict(offscreen_env(), TZ=zone, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", _YEAR_9999, str(tmp_path / "history.sqlite3")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    shown = done.stdout.strip()
    assert len(shown.split("|")) == 4
    assert "None" not in shown
    if zone == "Asia/Bangkok":  # UTC+7: year 9999's last hours do not exist locally
        assert "9999-12-31 23:59:00 UTC" in shown
    else:  # UTC-10: nor do year 1's first hours
        assert "0001-01-01 00:00:00 UTC" in shown
    figures.add("out-of-range dates displayed without error", 2)


# ---------------------------------------------------------------- item 21: expiry by UTC
@pytest.mark.parametrize(
    ("now", "expired"),
    [
        # 03:00 on 1 Dec in Bangkok is 20:00 on 30 Nov in UTC: the vault still takes 11/2026.
        (datetime(2026, 12, 1, 3, 0, tzinfo=ZoneInfo("Asia/Bangkok")), False),
        # 20:00 on 30 Nov in UTC-10 is already 1 Dec in UTC: the vault refuses 11/2026.
        (datetime(2026, 11, 30, 20, 0, tzinfo=ZoneInfo("Pacific/Honolulu")), True),
    ],
)
def test_form_calls_a_card_expired_exactly_when_the_vault_will(
    qtbot: QtBot, now: datetime, expired: bool
) -> None:
    form = CardForm(load_catalog(), clock=lambda: now)
    qtbot.addWidget(form)
    form.edits["expiration_month"].setText("11")
    form.edits["expiration_year"].setText("2026")
    error = form.errors["expiration_year"]
    assert ("in the past" in error.text()) is expired
    assert error.isVisibleTo(form) is expired
