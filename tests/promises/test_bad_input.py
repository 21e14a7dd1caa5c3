"""Promise 5 under bad input: anything typed into the form gets a clear message or a clean
send, never a crash or a traceback dialog; damaged settings and history files are moved
aside, the app says so, and nothing readable is lost."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QMessageBox

from omise_token_gui.core import paths
from omise_token_gui.core.card_defaults import default_card
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.ui.card_form import FIELDS
from tests.helpers import records
from tests.promises import figures
from tests.ui.conftest import Harness, OpenApp

FIELD_NAMES = [f.name for f in FIELDS]
NASTY = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]), max_size=20),
    st.sampled_from(
        [
            "\u202eRIGHT-TO-LEFT override",
            "مرحبا بالعالم",
            "שלום",
            "🔑💳🧪" * 5,
            "\x00",
            "a\x00b",
            "\n\r\t",
            "\ufeff4242 4242 4242 4242",
            "４２４２４２４２４２４２４２４２",
            "x" * 10_000,
            "9" * 10_000,
            "' OR 1=1 --",
            "<script>alert(1)</script>",
            "%s%n",
            "-1",
            "1e9",
            "0x10",
            "١٢",
            "²⁰²⁷",
        ]
    ),
)


class HookCounter:
    def __init__(self) -> None:
        self.calls: list[BaseException] = []
        self.previous = sys.excepthook

    def __call__(self, kind: Any, exc: BaseException, tb: Any) -> None:
        self.calls.append(exc)


def check_one(app: Harness, field: str, value: str, send_anyway: bool) -> None:
    w = app.window
    w.form.fill(default_card())
    before = app.history_count()
    w.form.edits[field].setText(value)
    w.panel.send_anyway.setChecked(send_anyway)
    problems = w.form.problems()
    shown = {name: label.text() for name, label in w.form.errors.items() if label.text()}
    assert {p.field for p in problems} == set(shown), "every problem is shown at its field"
    if w.panel.create_button.isEnabled():
        app.create_and_wait()
        text = w.panel.error.text()
        assert "Traceback" not in text
        if app.history_count() == before:
            assert text, "a refused send says why"
        else:
            assert app.history_count() == before + 1
    else:
        assert problems, "Create is disabled only for a reason shown at a field"


def fuzz_form(app: Harness, examples: int) -> None:
    """``examples`` generated inputs through the real form; no traceback dialog, ever."""
    hook = HookCounter()
    sys.excepthook = hook
    try:

        @settings(max_examples=examples, deadline=None)
        @given(field=st.sampled_from(FIELD_NAMES), value=NASTY, send_anyway=st.booleans())
        def run(field: str, value: str, send_anyway: bool) -> None:
            check_one(app, field, value, send_anyway)
            figures.add("form inputs generated")

        run()
    finally:
        sys.excepthook = hook.previous
    assert hook.calls == []
    assert app.window.findChild(QMessageBox, "informBox") is None


def test_form_fields_with_nasty_input(app: Harness) -> None:
    fuzz_form(app, 300)


@pytest.mark.slow
def test_form_fields_with_nasty_input_long(app: Harness) -> None:
    fuzz_form(app, 3000)


# ---------------------------------------------------------------- damaged files


def history_with(rows: int) -> list[str]:
    store = HistoryStore(paths.history_path())
    made = records(rows, raw_json="{}" * 200)
    store.add_many(made)
    store.close()
    return [r.token_id for r in made]


def notices_box(app: Harness) -> str:
    box = app.window.findChild(QMessageBox, "informBox")
    assert box is not None, "the app says what it did"
    return box.text()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("truncated", b'{"version": 1, "profiles": [{"name": "QA", "public_k'),
        (
            "wrong types",
            json.dumps({"version": 1, "profiles": "all", "auto_refresh_s": "x"}).encode(),
        ),
        ("unknown version", json.dumps({"version": 99}).encode()),
        ("binary garbage", bytes(range(256)) * 4),
    ],
)
def test_damaged_settings_file(open_app: OpenApp, name: str, content: bytes) -> None:
    paths.settings_path().parent.mkdir(parents=True)
    paths.settings_path().write_bytes(content)
    app = open_app()
    assert app.window.settings.active.is_sandbox
    if name == "wrong types":
        assert app.window.findChild(QMessageBox, "informBox") is None  # repaired quietly
    else:
        text = notices_box(app)
        assert "moved to" in text
        assert "defaults loaded" in text
        aside = list(paths.settings_path().parent.glob("settings.json.damaged-*"))
        assert [p.read_bytes() for p in aside] == [content]  # nothing readable lost
    app.create_and_wait()
    assert app.history_count() == 1
    figures.add("damaged files survived")


def test_unreadable_settings_file(open_app: OpenApp, monkeypatch: pytest.MonkeyPatch) -> None:
    paths.settings_path().parent.mkdir(parents=True)
    paths.settings_path().write_text("{}")
    real = Path.read_text

    def denied(self: Path, *a: Any, **k: Any) -> str:
        if self == paths.settings_path():
            raise PermissionError(13, "Permission denied")
        return real(self, *a, **k)

    monkeypatch.setattr(Path, "read_text", denied)
    app = open_app()
    assert "could not be read" in notices_box(app)
    figures.add("damaged files survived")


def test_garbage_history_file(open_app: OpenApp) -> None:
    paths.history_path().parent.mkdir(parents=True)
    paths.history_path().write_bytes(b"not a database at all" * 500)
    app = open_app()
    assert "0 tokens that could still be read" in notices_box(app)
    app.create_and_wait()
    assert app.history_count() == 1
    figures.add("damaged files survived")


def test_partly_damaged_history_keeps_every_readable_row(open_app: OpenApp) -> None:
    ids = history_with(3000)
    path = paths.history_path()
    page = 4096
    pages = path.stat().st_size // page
    with path.open("r+b") as fh:  # overwrite two pages in the middle of the table
        for victim in (pages // 3, pages // 2):
            fh.seek(victim * page)
            fh.write(b"\xde\xad\xbe\xef" * (page // 4))
    app = open_app()
    text = notices_box(app)
    assert "moved to" in text
    saved = app.history_count()
    assert 0 < saved < len(ids)
    # Every row still readable in the damaged copy is in the new history.
    (aside,) = (
        p
        for p in path.parent.glob("history.sqlite3.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    )
    # Read row by row through the table itself (by rowid), not through the token_id index:
    # which pages the overwrite hits depends on the layout, and a damaged index page must not
    # hide rows the table still holds.
    still_there: set[str] = set()
    src = sqlite3.connect(f"file:{aside}?mode=ro", uri=True)
    for rowid in range(1, len(ids) + 1):
        try:
            row = src.execute("SELECT token_id FROM tokens WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row:
            still_there.add(row[0])
    src.close()
    assert still_there < set(ids)
    readable = sum(app.services.history_store.get(t) is not None for t in still_there)
    assert readable == len(still_there) == saved
    noun = "token" if saved == 1 else "tokens"  # English's plural forms
    assert f"{saved} {noun} that could still be read" in text
    figures.add("damaged files survived")
