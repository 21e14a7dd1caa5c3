"""The card form, the catalog and the create panel in Thai, switched at run time: the texts
that depend on state (the problems shown, the error shown) are rendered again, and the vault's
own words stay as Omise sent them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from omise_token_gui.core import explanations, i18n
from omise_token_gui.core.cards import CardInput, validate
from omise_token_gui.core.catalog import Catalog
from omise_token_gui.core.errors import ErrorKind, FieldProblem, InvalidInput, VaultError
from omise_token_gui.ui.card_form import CardForm
from omise_token_gui.ui.card_picker import CardPicker
from omise_token_gui.ui.create_panel import CreatePanel
from omise_token_gui.ui.i18n import apply_language


def has_thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


Switch = Callable[[str], None]


@pytest.fixture
def switch(qtbot: QtBot) -> Iterator[Switch]:
    """``switch(lang)``: apply a language and let the LanguageChange events arrive."""

    def apply(language: str) -> None:
        apply_language(language)
        qtbot.wait(1)  # LanguageChange is posted to the windows

    yield apply
    apply_language(i18n.ENGLISH)


def test_the_vault_words_stay_as_sent_with_the_app_explanation_in_thai(
    qtbot: QtBot, switch: Switch
) -> None:
    panel = CreatePanel()
    qtbot.addWidget(panel)
    error = VaultError(
        kind=ErrorKind.INVALID_CARD,
        human="The vault refused the card.",
        code="invalid_card",
        message="number is invalid and brand not supported (unknown)",
        status=400,
    )
    panel.show_error(error)
    assert "Vault said: “number is invalid and brand not supported (unknown)”" in (
        panel.error.text()
    )
    switch(i18n.THAI)
    text = panel.error.text()
    assert text.startswith("Omise: invalid_card · ")
    assert "vault ตอบว่า: “number is invalid and brand not supported (unknown)”" in text
    switch(i18n.ENGLISH)
    assert "Vault said: “number is invalid" in panel.error.text()


def test_the_error_shows_the_explanation_of_its_code(
    qtbot: QtBot, switch: Switch, monkeypatch: pytest.MonkeyPatch
) -> None:
    meaning = explanations.Explanation("insufficient_fund", "It fails.", "Say so.")
    monkeypatch.setattr(explanations, "failure_code", lambda code: meaning)
    panel = CreatePanel()
    qtbot.addWidget(panel)
    panel.show_error(
        VaultError(kind=ErrorKind.OTHER, human="Refused.", code="insufficient_fund", message="x")
    )
    assert "What it means: It fails." in panel.error.text()
    assert "Check: Say so." not in panel.error.text()  # a small window has no room for it
    assert panel.error.toolTip().endswith("What it means: It fails.\nCheck: Say so.")


def test_the_problems_of_a_refused_card_name_the_fields_in_thai(
    qtbot: QtBot, switch: Switch
) -> None:
    switch(i18n.THAI)
    panel = CreatePanel()
    qtbot.addWidget(panel)
    problems = tuple(validate(CardInput(name="A", number="4242", expiration_month="13")))
    panel.show_error(InvalidInput(human="ส่งไม่ได้", problems=problems))
    text = panel.error.text()
    assert text.startswith("แอป: invalid_input · ")
    assert "• หมายเลขบัตร: " in text
    assert "• เดือนหมดอายุ: " in text


def test_a_message_said_as_a_function_is_said_again_after_a_switch(
    qtbot: QtBot, switch: Switch
) -> None:
    panel = CreatePanel()
    qtbot.addWidget(panel)
    panel.show_message(lambda: i18n.translate("CreateActions", "Cancelled."))
    assert panel.error.text() == "Cancelled."
    switch(i18n.THAI)
    assert panel.error.text() == "ยกเลิกแล้ว"


def test_the_card_form_speaks_thai_after_a_switch(
    qtbot: QtBot, catalog: Catalog, switch: Switch
) -> None:
    form = CardForm(catalog)
    qtbot.addWidget(form)
    form.edits["country"].setText("XYZ")  # a billing problem: the fold's note counts it
    assert form.billing.button.text().endswith("1 problem")
    switch(i18n.THAI)
    assert form.edits["number"].accessibleName() == "หมายเลขบัตร"
    assert form.labels["number"].text() == "หมายเลขบัตร *"
    assert has_thai(form.errors["country"].text())
    assert form.billing.button.text().endswith("มีปัญหา 1 จุด")
    assert form.billing.button.text().endswith("(&B) — มีปัญหา 1 จุด")
    assert form.country.itemText(form.country.findData("TH")) == "TH — ไทย"
    assert form.card_input().country == "XYZ"  # a typed text stays as typed
    form.fill(replace(form.card_input(), country="TH"))
    assert form.card_input().country == "TH"
    switch(i18n.ENGLISH)
    assert form.edits["country"].text() == "TH — Thailand"
    assert form.card_input().country == "TH"


def test_problems_from_the_vault_are_kept_through_a_switch(
    qtbot: QtBot, catalog: Catalog, switch: Switch
) -> None:
    form = CardForm(catalog)
    qtbot.addWidget(form)
    form.show_problems([FieldProblem("number", "Number is invalid.")])
    switch(i18n.THAI)
    assert form.errors["number"].text() == "Number is invalid."  # Omise's words


def test_the_catalog_shows_the_card_scenario_and_its_explanation_in_thai(
    qtbot: QtBot, catalog: Catalog, switch: Switch
) -> None:
    picker = CardPicker(catalog)
    qtbot.addWidget(picker)
    card = next(c for c in catalog if c.scenario == "successful")
    picker.highlight(card)
    expected = explanations.scenario("successful")
    assert expected is not None
    assert expected.should in picker.explanation.text()
    switch(i18n.THAI)
    thai = explanations.scenario("successful")
    assert thai is not None
    assert thai.check in picker.explanation.text()
    group = picker.model.item(0, 0)
    assert has_thai(group.text())
    assert picker.model.headerData(1, Qt.Orientation.Horizontal) == "บัตร"
