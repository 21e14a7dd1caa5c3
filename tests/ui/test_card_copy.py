"""Taking a card elsewhere, in the real app: the copy actions of a catalog row (menu, Copy
button, keys; Ctrl+C copies the number, not the brand), View documentation, the history's
"Copy test card number" (only on catalog rows), the brand marks, the catalog's version in
About, and the tester's catalog file as the window sees it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from omise_token_gui.core import paths
from omise_token_gui.core.catalog import CatalogCard, load_catalog
from omise_token_gui.ui.brand_mark import mark_colours
from omise_token_gui.ui.card_copy import ACTIONS, card_texts
from omise_token_gui.ui.card_tree import BRAND, CARD_ROLE, NUMBER
from omise_token_gui.ui.main_window import MainWindow
from tests.ui.conftest import Harness, OpenApp
from tests.ui.test_keyboard import activate, focused, press, type_text

CATALOG = load_catalog()


def highlight_by_keyboard(qtbot: QtBot, w: MainWindow, text: str) -> CatalogCard:
    """Ctrl+K, the search, Down: the first card found is highlighted, the focus in the list."""
    activate(qtbot, w)
    press(qtbot, "Ctrl+K")
    type_text(qtbot, text)
    press(qtbot, "Down")
    assert focused() is w.picker.tree
    card = w.picker.highlighted()
    assert card is not None
    return card


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The addresses View documentation asked the desktop to open (none is opened)."""
    urls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    return urls


def test_ctrl_c_on_a_row_copies_the_number_not_the_brand(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    card = highlight_by_keyboard(qtbot, w, "378282246310005")
    assert card.brand == "American Express"
    w.clipboard.set_text("")
    press(qtbot, "Ctrl+C")
    assert w.clipboard.text() == "378282246310005"
    assert "3782 822463 10005" in w.statusBar().currentMessage()


@pytest.mark.parametrize("name", [name for name, _text in ACTIONS])
def test_each_card_key_acts_on_the_highlighted_card(
    app: Harness, qtbot: QtBot, opened: list[str], name: str
) -> None:
    w = app.window
    card = highlight_by_keyboard(qtbot, w, "4111 1111 1114 0011")
    texts = card_texts(card)
    w.clipboard.set_text("")
    keys = {
        "copy_card_number": "Ctrl+C",
        "copy_card_expiry": "Ctrl+Shift+E",
        "copy_card_code": "Ctrl+Shift+S",
        "copy_card_all": "Ctrl+Shift+A",
        "card_docs": "Ctrl+Shift+O",
    }
    press(qtbot, keys[name])
    wanted = {
        "copy_card_number": "4111111111140011",
        "copy_card_expiry": texts.expiry,
        "copy_card_code": "123",
        "copy_card_all": f"4111111111140011\n{texts.expiry}\n123",
        "card_docs": "",
    }
    assert w.clipboard.text() == wanted[name]
    assert opened == (["https://docs.omise.co/api-testing"] if name == "card_docs" else [])


def test_the_expiry_and_code_are_those_the_form_fills(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    card = highlight_by_keyboard(qtbot, w, "amex 3ds")
    press(qtbot, "Return")  # the form now holds that card
    form = w.form.edits
    texts = card_texts(card)
    assert texts.security_code == form["security_code"].text() == "1234"
    month, year = form["expiration_month"].text(), form["expiration_year"].text()
    assert texts.expiry == f"{int(month):02d}/{year[-2:]}"


def test_the_row_menu_holds_the_copy_actions_and_docs_is_off_without_a_page(
    app: Harness, qtbot: QtBot, opened: list[str]
) -> None:
    w = app.window
    highlight_by_keyboard(qtbot, w, "6250947000000048")  # no Omise page documents it
    menu = w.picker.menu_for(w.picker.tree.currentIndex())
    assert menu is not None
    actions = {a.objectName(): a for a in menu.actions()}
    assert {f"action_{name}" for name, _text in ACTIONS} <= set(actions)
    docs = actions["action_card_docs"]
    assert not docs.isEnabled()
    assert "No Omise page" in docs.toolTip()
    w.clipboard.set_text("")
    actions["action_copy_card_all"].trigger()
    assert w.clipboard.text().startswith("6250947000000048\n")
    highlight_by_keyboard(qtbot, w, "4111111111150002")  # 3-D Secure: the 3-D Secure page
    menu = w.picker.menu_for(w.picker.tree.currentIndex())
    assert menu is not None
    next(a for a in menu.actions() if a.objectName() == "action_card_docs").trigger()
    assert opened == ["https://docs.omise.co/how-to-implement-3-D-Secure"]


def test_the_copy_button_offers_the_highlighted_cards_actions(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    button = w.picker.findChild(QPushButton, "cardCopyButton")
    assert button is not None
    assert button.accessibleName()
    highlight_by_keyboard(qtbot, w, "jcb insufficient")
    menu = button.menu()
    menu.aboutToShow.emit()
    names = [a.objectName() for a in menu.actions()]
    assert names == [f"action_{name}" for name, _text in ACTIONS]
    w.clipboard.set_text("")
    menu.actions()[0].trigger()
    assert w.clipboard.text() == "3530111111190011"


def test_history_offers_the_test_card_number_only_on_catalog_rows(
    app: Harness, qtbot: QtBot
) -> None:
    w = app.window
    app.create_and_wait()  # the default card: Visa 4242, a catalog card
    w.form.edits["number"].setText("4012 8888 8888 1881")  # typed: not in the catalog
    app.create_and_wait()
    panel = w.history_panel
    numbers_offered = []
    for row in range(2):
        panel.table.selectRow(row)
        record = panel.selected_record()
        assert record is not None
        offered = [
            a for a in panel.context_menu_actions() if a is not None and "number" in a.objectName()
        ]
        numbers_offered.append((record.last4, offered))
    by_last4 = dict(numbers_offered)
    assert by_last4["1881"] == []
    (copy,) = by_last4["4242"]
    w.clipboard.set_text("")
    panel.table.selectRow(next(r for r in range(2) if numbers_offered[r][0] == "4242"))
    copy.trigger()
    assert w.clipboard.text() == "4242424242424242"


def test_every_row_has_its_brand_mark_redrawn_in_dark(app: Harness, qtbot: QtBot) -> None:
    from omise_token_gui.ui import theme

    model = app.window.picker.model
    cells = [
        model.index(child, BRAND, model.index(group, 0))
        for group in range(model.rowCount())
        for child in range(model.rowCount(model.index(group, 0)))
    ]
    assert len(cells) >= len(CATALOG)
    for cell in cells:
        card = cell.data(CARD_ROLE)
        assert not model.itemFromIndex(cell).icon().isNull(), card.id
    first = model.itemFromIndex(cells[0]).icon().pixmap(30, 19).toImage()
    light_outline = first.pixelColor(15, 0).name()
    theme.follow_scheme("dark")
    try:
        qtbot.waitUntil(
            lambda: (
                model.itemFromIndex(cells[0])
                .icon()
                .pixmap(30, 19)
                .toImage()
                .pixelColor(15, 0)
                .name()
                != light_outline
            ),
            timeout=3000,
        )
        assert mark_colours("Visa")[2] == "#c8c8c8"
    finally:
        theme.follow_scheme("system")


def test_about_shows_the_catalog_version(app: Harness) -> None:
    app.window.open_about()
    dialog = app.window.about_dialog
    assert dialog is not None
    assert f"Test-card catalog {CATALOG.version}" in dialog.title.text()
    dialog.close()


def test_a_tester_file_is_in_the_window_and_about(open_app: OpenApp, qtbot: QtBot) -> None:
    config = paths.current().config_dir
    config.mkdir(parents=True, exist_ok=True)
    card = {
        "id": "my-visa",
        "brand": "Visa",
        "number": "4012888888881881",
        "scenario": "insufficient_fund",
        "expected_charge_status": "failed",
        "expected_failure_code": "insufficient_fund",
    }
    (config / "test_cards.json").write_text(json.dumps({"cards": [card]}))
    app = open_app()
    w = app.window
    assert w.catalog.by_id("my-visa") is not None
    assert w.picker.catalog is w.catalog
    w.open_about()
    assert w.about_dialog is not None
    assert "+ your file (1 card)" in w.about_dialog.title.text()
    w.about_dialog.close()


def test_a_bad_tester_file_is_said_in_the_window_and_the_shipped_catalog_used(
    open_app: OpenApp, qtbot: QtBot
) -> None:
    config = paths.current().config_dir
    config.mkdir(parents=True, exist_ok=True)
    (config / "test_cards.json").write_text('{"cards": [{"id": "visa-successful", "x": 1}]}')
    app = open_app()
    w = app.window
    assert len(w.catalog) == len(CATALOG)
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "informBox") is not None, timeout=10_000)
    box = w.findChild(QMessageBox, "informBox")
    assert box is not None
    assert "test_cards.json was not used" in box.text()
    assert 'card 1 (id "visa-successful"): unknown field "x"' in box.text()
    assert any("test_cards.json was not used" in n for n in app.services.notices)
    box.close()


def test_no_number_and_no_brand_is_cut_short_in_the_list(app: Harness) -> None:
    tree = app.window.picker.tree
    metrics = tree.fontMetrics()
    widest = max((c.display_number for c in CATALOG), key=metrics.horizontalAdvance)
    assert widest == "6447 0324 0000 0000 001"
    assert tree.columnWidth(NUMBER) >= metrics.horizontalAdvance(widest) + 6
    brand = metrics.horizontalAdvance("American Express")
    assert tree.columnWidth(BRAND) >= brand + tree.iconSize().width() + 6
    assert tree.iconSize().width() >= 30  # the mark's letters stay readable


def test_a_tester_files_html_is_shown_as_text_never_drawn(open_app: OpenApp) -> None:
    """A description or note from the file is plain text in every row tooltip: Qt would draw
    ``<b>`` as rich text (a spoofed "verified" badge) and load ``<img src="/dev/zero">``
    (the window froze, eating memory)."""
    config = paths.current().config_dir
    config.mkdir(parents=True, exist_ok=True)
    html = '<img src="/dev/zero"><b style="color:green">VERIFIED BY OMISE</b>'
    override = {"id": "visa-successful", "description": html, "note": html}
    (config / "test_cards.json").write_text(json.dumps({"cards": [override]}))
    app = open_app()
    picker = app.window.picker
    model = picker.tree.model()
    tips = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            for column in range(model.columnCount(group)):
                tip = model.index(r, column, group).data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and "VERIFIED" in tip:
                    tips.append(tip)
    assert len(tips) >= 2  # the card's cells and its source cell
    for tip in tips:
        assert "<img" not in tip, tip
        assert "<b " not in tip, tip
        assert "&lt;img" in tip  # escaped: shown as the text it is
