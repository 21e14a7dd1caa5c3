"""The whole window in Thai, switched at run time: every text a tester sees (labels, buttons,
tooltips, accessible names, placeholders, menus and actions, list items, table headers,
window titles; the dialogs too) is Thai once Thai is chosen, and English again after.

What may stay in Latin letters: names (Omise, Visa, Sandbox…), codes and ids (tokn_test_…,
invalid_card), key names (Ctrl, Enter) and units. ``ALLOWED`` lists them; anything else
in a text without Thai is an untranslated string, reported with where it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QWidget,
)

from omise_token_gui.core import i18n
from omise_token_gui.ui.i18n import apply_language
from omise_token_gui.ui.tray import Tray
from tests.helpers import KEPT_LATIN, THAI_SCRIPT, records
from tests.ui.conftest import Harness, OpenApp

ALLOWED = {w.lower() for w in KEPT_LATIN.split()}
THAI = THAI_SCRIPT


def english_words(text: str) -> list[str]:
    """The Latin words of ``text`` a Thai tester would read as untranslated English."""
    if not text or THAI.search(text):
        return []
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", re.sub(r"\S*[_/.@:]\S*", " ", text))
    return [w for w in words if w.lower().strip("'-") not in ALLOWED]


def _texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield "toolTip", widget.toolTip()
    yield "accessibleName", widget.accessibleName()
    yield "accessibleDescription", widget.accessibleDescription()
    if widget.isWindow():
        yield "windowTitle", widget.windowTitle()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield "text", widget.text()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"item {i}", widget.itemText(i)
    if isinstance(widget, QListView) and widget.model() is not None:  # no header: its rows
        model = widget.model()
        for row in range(model.rowCount()):
            yield f"row {row}", str(model.index(row, 0).data() or "")
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list widget's own model keeps it private: it has no header
            columns = 0
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(column, Qt.Orientation.Horizontal, role)
                yield f"header {column}", value if isinstance(value, str) else ""


def untranslated(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        for what, text in _texts_of(widget):
            if english_words(text):
                found.append(f"{type(widget).__name__}#{widget.objectName()} {what}: {text!r}")
    for action in root.findChildren(QAction):
        for what, text in (("text", action.text()), ("toolTip", action.toolTip())):
            if english_words(text) and not action.isSeparator():
                found.append(f"QAction#{action.objectName()} {what}: {text!r}")
    return found


def thai_text_count(root: QWidget) -> int:
    return sum(
        1 for w in [root, *root.findChildren(QWidget)] for _, t in _texts_of(w) if THAI.search(t)
    )


@pytest.fixture
def thai(app: Harness) -> Iterator[Harness]:
    apply_language(i18n.THAI)
    app.qtbot.waitUntil(lambda: app.window.panel.create_button.text().startswith("สร้าง"))
    yield app
    apply_language(i18n.ENGLISH)


def test_english_words_sees_english_and_lets_names_and_thai_pass() -> None:
    assert english_words("Create token") == ["Create", "token"]
    assert english_words("สร้างโทเค็น (&C)") == []
    assert english_words("Visa •••• 4242 · tokn_test_5abc") == []
    assert english_words("Ctrl+Enter") == []


def test_the_main_window_speaks_thai(thai: Harness) -> None:
    window = thai.window
    assert untranslated(window) == []
    assert thai_text_count(window) > 50


def test_the_dialogs_speak_thai(thai: Harness) -> None:
    window = thai.window
    window.open_settings()
    assert window.settings_dialog is not None
    assert untranslated(window.settings_dialog) == []
    window.settings_dialog.close()


def test_switching_back_leaves_no_thai(thai: Harness) -> None:
    apply_language(i18n.ENGLISH)
    panel = thai.window.panel
    thai.qtbot.waitUntil(lambda: panel.create_button.text() == "&Create token")
    left = [
        f"{type(w).__name__}#{w.objectName()}: {t!r}"
        for w in [thai.window, *thai.window.findChildren(QWidget)]
        for _, t in _texts_of(w)
        if THAI.search(t) and i18n.NATIVE_NAMES[i18n.THAI] not in t
    ]
    assert left == []


# ---------------------------------------------------------------- the tray
@pytest.fixture
def tray_app(monkeypatch: pytest.MonkeyPatch, open_app: OpenApp) -> Iterator[Harness]:
    """The app with a tray icon (offscreen shows none: the tests say there is one, as
    tests/ui/test_tray.py does), tokens in its history so that the menu lists scenarios."""
    from omise_token_gui.ui import tray_link

    monkeypatch.setattr(tray_link, "system_tray_available", lambda: True)
    app = open_app()
    catalog = app.window.catalog
    made = []
    for card_id, record in zip(
        ("visa-insufficient-fund", "mastercard-successful"), records(2), strict=True
    ):
        card = catalog.by_id(card_id)
        assert card is not None
        made.append(
            replace(
                record,
                scenario=card.scenario,
                scenario_label=card.scenario_label,
                brand=card.brand,
                last4=card.number[-4:],
            )
        )
    app.services.history_store.add_many(made)
    yield app
    apply_language(i18n.ENGLISH)
    if not app.running.done():  # its close would only hide it into the tray
        app.window.quit()
        app.qtbot.waitUntil(app.running.done, timeout=30_000)


def tray_texts(tray: Tray) -> list[str]:
    """The menu's texts as it stands (not reopened: a switch must re-render it at once)."""
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    return texts + [a.text() for a in tray.profiles_menu.actions()]


def test_the_tray_menu_speaks_thai_at_once_and_english_again(tray_app: Harness) -> None:
    tray = tray_app.session.tray
    assert tray is not None
    tray.rebuild()  # as an opening does: the history's scenarios listed
    assert "Insufficient funds · Visa •••• 0011" in tray_texts(tray)
    apply_language(i18n.THAI)
    tray_app.qtbot.waitUntil(lambda: "เปิดหน้าต่าง" in tray_texts(tray))
    texts = tray_texts(tray)
    assert [t for t in texts if english_words(t)] == []
    assert "ยอดเงินไม่เพียงพอ · Visa •••• 0011" in texts
    assert "ออกจากแอป" in texts
    assert tray.profiles_menu.title() == "โปรไฟล์: Sandbox"
    with tray_app.qtbot.waitSignal(tray.notified) as shown:
        tray.copy_last()
    title, text = shown.args
    assert title == "คัดลอก id โทเค็นแล้ว"
    assert "โปรไฟล์ Sandbox" in text
    apply_language(i18n.ENGLISH)
    tray_app.qtbot.waitUntil(lambda: "Open window" in tray_texts(tray))
    assert [t for t in tray_texts(tray) if THAI.search(t)] == []
    assert tray.profiles_menu.title() == "Profile: Sandbox"


def test_the_close_to_tray_question_follows_a_switch(tray_app: Harness) -> None:
    from PySide6.QtWidgets import QMessageBox

    from omise_token_gui.ui.tray_link import CloseToTray

    CANCEL = QMessageBox.StandardButton.Cancel

    watcher = tray_app.window.findChild(CloseToTray)
    assert watcher is not None
    box = watcher.ask()
    assert box.windowTitle() == "Keep running in the tray?"
    apply_language(i18n.THAI)
    tray_app.qtbot.waitUntil(lambda: box.windowTitle() == "ให้ทำงานต่อในถาดระบบไหม")
    ours = [box.text(), *(b.text() for b in box.buttons() if b is not box.button(CANCEL))]
    assert [t for t in ours if english_words(t)] == []  # Cancel is Qt's (its own catalog)
    assert "ทำงานต่อในถาดระบบ" in ours
    box.reject()


def test_the_history_speaks_thai_and_english_again(app: Harness) -> None:
    """A history with a few tokens: Thai headers, Thai verdict words and a Buddhist-era date
    after a switch; English again after switching back."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from omise_token_gui.core.local_format import BUDDHIST_ERA_OFFSET
    from omise_token_gui.ui.history_model import COL
    from tests.helpers import records

    made = records(3)
    when = datetime(2026, 12, 2, 3, 15, 3, tzinfo=UTC)
    app.services.history_store.add_many(
        [
            replace(
                made[0],
                created_at=when,
                scenario="successful",
                expected_charge_status="successful",
                charge_status="successful",
                used=True,
            ),
            replace(
                made[1],
                created_at=when,
                expected_charge_status="failed",
                charge_status="successful",
                used=True,
            ),
            replace(made[2], created_at=when),
        ]
    )
    model = app.window.history_model
    model.reload()
    panel = app.window.history_panel

    def texts() -> tuple[list[str], set[str], str]:
        headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(len(COL))]
        verdicts = {str(model.index(r, COL["verdict"]).data()) for r in range(model.rowCount())}
        return headers, verdicts, str(model.index(0, COL["created"]).data())

    english = texts()
    assert "Verdict" in english[0]
    assert {"✔ matches", "✘ expected failed", "—"} <= english[1]
    apply_language(i18n.THAI)
    app.qtbot.waitUntil(lambda: panel.refresh_all_button.text().startswith("รีเฟรช"))
    headers, verdicts, created = texts()
    assert [h for h in headers if english_words(h)] == []
    assert "ผลตรวจ" in headers
    assert {"✔ ตรงตามที่ควรเป็น", "✘ ควรเป็น failed"} <= verdicts
    assert "ธ.ค." in created
    assert str(2026 + BUDDHIST_ERA_OFFSET) in created
    # The panel's own texts (the tooltips of the filter, the table and the row buttons are
    # set by accessibility.py and reasons.py, checked by the whole-window sweep above).
    assert [t for t in untranslated(panel) if " toolTip: " not in t] == []
    apply_language(i18n.ENGLISH)
    app.qtbot.waitUntil(lambda: panel.refresh_all_button.text() == "Refresh &unfinished")
    assert texts() == english
    assert panel.used_filter.itemText(1) == "Unused"


def test_the_about_and_shortcuts_dialogs_speak_thai(thai: Harness) -> None:
    from PySide6.QtWidgets import QTableWidget

    from omise_token_gui.ui.about import WARNING_TH

    window = thai.window
    window.open_about()
    about = window.about_dialog
    assert about is not None
    assert untranslated(about) == []
    warning = about.findChild(QLabel, "aboutWarning")
    assert warning is not None
    assert WARNING_TH.splitlines()[0] in warning.text()  # Omise's own Thai, in its place
    thai_label = about.findChild(QLabel, "thaiWarning")
    assert thai_label is not None
    assert thai_label.isHidden()  # not twice
    dialog = window.keyboard.show_shortcuts()
    assert untranslated(dialog) == []
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    assert table is not None
    cells = [c for row in dialog.texts() for c in row]
    assert [c for c in cells if english_words(c)] == []
    about.close()
    dialog.close()


def test_a_switch_re_renders_the_windows_own_texts(thai: Harness) -> None:
    """Menus, title, marker and the status line this window wrote follow the language."""
    window = thai.window
    window.texts.ready()
    assert THAI.search(window.statusBar().currentMessage())
    assert THAI.search(window.marker.text())
    assert window.windowTitle().startswith("SANDBOX (ออฟไลน์)")
    apply_language(i18n.ENGLISH)
    thai.qtbot.waitUntil(lambda: window.settings_action.text() == "&Settings…")
    assert window.windowTitle().startswith("SANDBOX — ")
    assert window.marker.text().startswith("SANDBOX (offline)")
    assert window.statusBar().currentMessage().startswith("Ready.")
