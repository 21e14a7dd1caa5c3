"""core/explanations.py: every scenario of the catalog, every charge failure code, charge
status and vault error code has a "should" and a "check" text, in English and in Thai."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from omise_token_gui.core import explanations, i18n
from omise_token_gui.core.catalog import load_catalog
from omise_token_gui.core.errors import ErrorKind, VaultError
from omise_token_gui.core.verdict import CHARGE_STATUSES

THAI_SCRIPT = re.compile("[\u0e00-\u0e7f]")
FAILURE_CODES = (
    "insufficient_fund",
    "stolen_or_lost_card",
    "failed_processing",
    "payment_rejected",  # also how the 3-D Secure test cards end
    "failed_fraud_check",
    "invalid_account_number",
    "invalid_security_code",
)
KINDS = {
    "scenario": explanations.scenario,
    "failure_code": explanations.failure_code,
    "charge_status": explanations.charge_status,
    "error_code": explanations.error_code,
}


@pytest.fixture(autouse=True)
def catalog_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped .ts answers, not a Qt translator a window test may have left set."""
    monkeypatch.setattr(i18n, "_backend", None)


def _catalog_scenarios() -> list[str]:
    doc = json.loads(
        resources.files("omise_token_gui.resources")
        .joinpath("test_cards.json")
        .read_text(encoding="utf-8")
    )
    return list(doc["scenarios"])


def _every() -> list[tuple[str, str]]:
    return [(kind, code) for kind, codes in explanations.known_codes().items() for code in codes]


def test_every_scenario_of_the_catalog_is_explained() -> None:
    listed = _catalog_scenarios()
    assert {"3ds_enrollment_failed", "3ds_validation_failed"} <= set(listed)
    assert set(listed) | set(load_catalog().scenarios()) <= set(
        explanations.known_codes()["scenario"]
    )


def test_every_failure_code_of_the_catalog_and_every_charge_status_is_explained() -> None:
    known = explanations.known_codes()
    catalog_codes = {c.expected_failure_code for c in load_catalog() if c.expected_failure_code}
    assert set(FAILURE_CODES) | catalog_codes <= set(known["failure_code"])
    assert set(CHARGE_STATUSES) == set(known["charge_status"])
    assert {"authentication_failure", "invalid_card", "used_token", "not_found"} <= set(
        known["error_code"]
    )


@pytest.mark.parametrize(("kind", "code"), _every())
def test_each_explanation_has_both_texts_in_english_and_thai(kind: str, code: str) -> None:
    explain = KINDS[kind]
    english = explain(code)
    with i18n.speaking(i18n.THAI):
        thai = explain(code)
    assert english is not None
    assert thai is not None
    assert english.code == thai.code == code
    for text in (english.should, english.check):
        assert text.strip()
        assert not THAI_SCRIPT.search(text)
    for text, source in ((thai.should, english.should), (thai.check, english.check)):
        assert THAI_SCRIPT.search(text), f"{kind} {code}: no Thai in {text!r}"
        assert text != source


def test_the_texts_follow_the_language_current_when_asked() -> None:
    i18n.set_language(i18n.THAI)
    thai = explanations.charge_status("pending")
    i18n.set_language(i18n.ENGLISH)
    english = explanations.charge_status("pending")
    assert thai is not None
    assert english is not None
    assert THAI_SCRIPT.search(thai.should)
    assert not THAI_SCRIPT.search(english.should)


@pytest.mark.parametrize("code", [None, "", "nope", "SUCCESSFUL", "failed_3d_secure", " pending"])
def test_unknown_codes_give_none(code: str | None) -> None:
    for explain in KINDS.values():
        assert explain(code) is None


def test_an_error_is_explained_by_its_omise_code_and_not_when_the_app_named_it() -> None:
    card = VaultError(kind=ErrorKind.INVALID_CARD, human="x", code="invalid_card")
    charge = VaultError(kind=ErrorKind.OTHER, human="x", code="insufficient_fund")
    ours = VaultError(kind=ErrorKind.TIMEOUT, human="x")
    unknown = VaultError(kind=ErrorKind.OTHER, human="x", code="something_new")
    assert explanations.for_error(card) == explanations.error_code("invalid_card")
    assert explanations.for_error(charge) == explanations.failure_code("insufficient_fund")
    assert explanations.for_error(ours) is None
    assert explanations.for_error(unknown) is None


def test_the_texts_name_codes_as_omise_sends_them_in_both_languages() -> None:
    """A code inside a text (``insufficient_fund``) is Omise's identifier: the Thai keeps it."""
    for kind, code in _every():
        english = KINDS[kind](code)
        with i18n.speaking(i18n.THAI):
            thai = KINDS[kind](code)
        assert english is not None
        assert thai is not None
        for en, th in ((english.should, thai.should), (english.check, thai.check)):
            for identifier in re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", en):
                assert identifier in th, (kind, code, identifier)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_each_3ds_scenario_says_it_depends_on_the_accounts_setting_and_passes_pending(
    language: str,
) -> None:
    """Every 3-D Secure scenario of the catalog says that its outcome depends on the
    account's 3-D Secure setting and passes through pending with an authorize_uri."""
    catalog = load_catalog()
    ids = {c.scenario for c in catalog if c.scenario.startswith("3ds")}
    assert ids == {"3ds_enrollment_failed", "3ds_validation_failed"}
    with i18n.speaking(language):
        for scenario_id in ids:
            told = explanations.scenario(scenario_id)
            assert told is not None
            assert "pending" in told.should
            assert "authorize_uri" in told.should
            setting = "3-D Secure setting" if language == i18n.ENGLISH else "การตั้งค่า 3-D Secure"
            assert setting in told.should
