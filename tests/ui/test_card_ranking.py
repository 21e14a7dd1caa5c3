"""The picker's Pinned and Frequent sections, its filters and its "No cards match" line, in
the real app: pins from the star, the menu and Ctrl+D persist across a restart; Frequent
follows the tokens created; the tray offers the same list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omise_token_gui.core import i18n
from omise_token_gui.core.catalog import CatalogCard
from omise_token_gui.core.catalog_search import THREE_DS
from omise_token_gui.core.ranking import ranking
from omise_token_gui.ui.card_picker import CardPicker
from omise_token_gui.ui.card_tree import CARD_ROLE, FREQUENT, PINNED, SECTION_ROLE, STAR
from omise_token_gui.ui.i18n import apply_language
from tests.ui.conftest import Harness, OpenApp
from tests.ui.test_keyboard import activate, focused, open_menu, press, type_text


def section(picker: CardPicker, name: str) -> QModelIndex:
    proxy = picker.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(SECTION_ROLE) == name:
            return index
    return QModelIndex()


def section_ids(picker: CardPicker, name: str) -> list[str]:
    group = section(picker, name)
    if not group.isValid():
        return []
    cards = (
        picker.proxy.index(r, 0, group).data(CARD_ROLE) for r in range(picker.proxy.rowCount(group))
    )
    return [c.id for c in cards if isinstance(c, CatalogCard)]


def group_titles(picker: CardPicker) -> list[str]:
    return [picker.proxy.index(r, 0).data() for r in range(picker.proxy.rowCount())]


def shown_ids(picker: CardPicker) -> set[str]:
    proxy, found = picker.proxy, set()
    for g in range(proxy.rowCount()):
        group = proxy.index(g, 0)
        for r in range(proxy.rowCount(group)):
            found.add(proxy.index(r, 0, group).data(CARD_ROLE).id)
    return found


def pick_by_keyboard(qtbot: QtBot, w: object, text: str) -> None:
    press(qtbot, "Ctrl+K")
    type_text(qtbot, text)
    press(qtbot, "Down")


def test_ctrl_d_pins_and_the_pin_survives_a_restart(open_app: OpenApp, qtbot: QtBot) -> None:
    first = open_app()
    w = first.window
    activate(qtbot, w)
    pick_by_keyboard(qtbot, w, "jcb fraud")
    assert focused() is w.picker.tree
    assert w.picker.highlighted() is not None
    assert w.picker.highlighted().id == "jcb-failed-fraud-check"  # type: ignore[union-attr]
    press(qtbot, "Ctrl+D")
    assert w.settings.pinned == ["jcb-failed-fraud-check"]
    assert section_ids(w.picker, PINNED) == ["jcb-failed-fraud-check"]
    assert focused() is w.picker.tree
    assert w.picker.highlighted().id == "jcb-failed-fraud-check"  # type: ignore[union-attr]
    first.close()

    second = open_app()  # a new window on the same settings file
    picker = second.window.picker
    assert second.window.settings.pinned == ["jcb-failed-fraud-check"]
    assert section_ids(picker, PINNED) == ["jcb-failed-fraud-check"]
    assert group_titles(picker)[0] == "Pinned  (1)"
    star = picker.proxy.index(0, STAR, section(picker, PINNED))
    assert star.data() == "★"
    picker.tree.clicked.emit(star)  # the star unpins
    assert second.window.settings.pinned == []
    assert not section(picker, PINNED).isValid()
    second.close()
    third = open_app()
    assert third.window.settings.pinned == []


def test_the_star_and_the_menu_pin_a_card_without_picking_it(app: Harness, qtbot: QtBot) -> None:
    picker, w = app.window.picker, app.window
    before = w.form.catalog_entry()
    group = picker.proxy.index(0, 0)  # Successful charge
    second_visa = picker.proxy.index(1, STAR, group)
    card = second_visa.data(CARD_ROLE)
    with qtbot.assertNotEmitted(picker.card_picked):
        picker.tree.clicked.emit(second_visa)
    assert w.form.catalog_entry() == before
    assert w.settings.pinned == [card.id]
    mc = picker.proxy.index(2, 1, picker.proxy.index(1, 0))  # the Successful group, now second
    master = mc.data(CARD_ROLE)
    assert master.brand == "MasterCard"
    menu = picker.menu_for(mc)
    assert menu is not None
    pin = menu.findChild(type(menu.actions()[0]), "cardPinAction")
    assert pin is not None
    assert pin.text() == "Pin to the top"
    pin.trigger()
    assert w.settings.pinned == [card.id, master.id]
    assert section_ids(picker, PINNED) == w.settings.pinned


def test_the_menu_key_opens_the_cards_menu(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    activate(qtbot, w)
    pick_by_keyboard(qtbot, w, "amex")
    menu = open_menu(qtbot, "Shift+F10")
    assert menu.actions()[0].text() == "Pin to the top"
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)


def test_frequent_follows_the_tokens_created_and_reset_ranking_empties_it(
    app: Harness, qtbot: QtBot
) -> None:
    w, picker = app.window, app.window.picker
    assert not section(picker, FREQUENT).isValid()  # nothing used yet
    for number in ("4111 1111 1114 0011", "4111 1111 1114 0011", "3530 1113 3330 0000"):
        w.form.edits["number"].setText(number)
        app.create_and_wait()
    assert section_ids(picker, FREQUENT) == ["visa-insufficient-fund", "jcb-successful"]
    quick = ranking(w.history_store, w.catalog, w.settings).quick()
    assert quick[0].id == "visa-insufficient-fund"
    title = section(picker, FREQUENT)
    menu = picker.menu_for(title)
    assert menu is not None
    reset = menu.findChild(type(menu.actions()[0]), "cardResetRanking")
    assert reset is not None
    reset.trigger()
    assert not section(picker, FREQUENT).isValid()
    assert w.settings.ranking_since is not None
    assert app.history_count() == 3  # the history is kept
    assert "Ranking reset" in w.statusBar().currentMessage()


def test_reset_ranking_is_in_a_frequent_cards_menu_for_the_keyboard(app: Harness) -> None:
    """The arrows step over titles, so a Frequent card's own menu (Shift+F10) offers Reset
    ranking too; a card in its outcome group does not."""
    w, picker = app.window, app.window.picker
    w.form.edits["number"].setText("4111 1111 1114 0011")
    app.create_and_wait()
    group = section(picker, FREQUENT)
    menu = picker.menu_for(picker.proxy.index(0, 0, group))
    assert menu is not None
    reset = menu.findChild(type(menu.actions()[0]), "cardResetRanking")
    assert reset is not None
    reset.trigger()
    assert not section(picker, FREQUENT).isValid()
    first_group = picker.proxy.index(0, 0)
    elsewhere = picker.menu_for(picker.proxy.index(0, 0, first_group))
    assert elsewhere is not None
    assert elsewhere.findChild(type(elsewhere.actions()[0]), "cardResetRanking") is None


def test_the_highlight_is_scrolled_into_view_when_the_search_is_cleared(
    app: Harness, qtbot: QtBot
) -> None:
    picker = app.window.picker
    pick_by_keyboard(qtbot, app.window, "visa stolen")
    card = picker.highlighted()
    assert card is not None
    assert card.id == "visa-stolen-or-lost-card"
    picker.search.clear()
    QApplication.processEvents()
    rect = picker.tree.visualRect(picker.tree.currentIndex())
    assert picker.tree.viewport().rect().intersects(rect), rect  # on screen, not scrolled away


def test_filters_counts_and_the_no_match_line(app: Harness, qtbot: QtBot) -> None:
    picker = app.window.picker
    picker.search.setText("visa")
    assert shown_ids(picker) == {c.id for c in picker.catalog if c.brand == "Visa"}
    assert "Insufficient funds  (1)" in group_titles(picker)
    picker.search.setText("")
    picker.filters.outcome_box.setCurrentIndex(picker.filters.outcome_box.findData(THREE_DS))
    assert shown_ids(picker) == {c.id for c in picker.catalog if c.scenario.startswith("3ds")}
    assert picker.no_match.isHidden()
    picker.filters.brand_box.setCurrentIndex(picker.filters.brand_box.findData("Discover"))
    assert shown_ids(picker) == set()
    assert not picker.no_match.isHidden()
    assert picker.no_match.label.text() == "No cards match these filters."
    assert picker.explanation.text() == ""  # the form's Visa is not shown: not explained
    picker.search.setText("zzz")
    assert picker.no_match.label.text() == "No cards match “zzz” with these filters."
    picker.no_match.clear_button.click()
    assert picker.search.text() == ""
    assert picker.filters.brand() is None
    assert picker.filters.outcome() is None
    assert picker.no_match.isHidden()
    assert len(shown_ids(picker)) == len(picker.catalog)


def test_the_filters_and_sections_speak_thai(app: Harness, qtbot: QtBot) -> None:
    picker = app.window.picker
    picker.pin_toggled.emit("visa-successful")
    apply_language(i18n.THAI)
    QApplication.processEvents()  # LanguageChange is posted to the windows
    try:
        assert group_titles(picker)[0] == "ปักหมุด  (1)"
        assert picker.filters.brand_box.itemText(0) == "ทุกแบรนด์"
        assert picker.filters.outcome_box.itemText(3) == "เฉพาะ 3-D Secure"
        picker.search.setText("วีซ่าเงินไม่พอ")
        assert shown_ids(picker) == {"visa-insufficient-fund"}
        picker.search.setText("ไม่มีแบบนี้")
        assert picker.no_match.label.text() == "ไม่มีบัตรที่ตรงกับ “ไม่มีแบบนี้”"
        picker.search.setText("")
        menu = picker.menu_for(picker.proxy.index(0, 1, section(picker, PINNED)))
        assert menu is not None
        assert menu.actions()[0].text() == "เลิกปักหมุด"
    finally:
        apply_language(i18n.ENGLISH)
        QApplication.processEvents()
