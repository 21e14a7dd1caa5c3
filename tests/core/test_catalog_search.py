"""core.catalog_search: the one search of the catalog (window, tray, ``scenarios --search``):
every example of issue 15, the Thai equivalents, and its properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core.catalog import CatalogCard, load_catalog
from omise_token_gui.core.catalog_search import (
    ALIASES,
    DECLINED,
    SUCCESSFUL,
    THREE_DS,
    brands,
    fold,
    matches,
    search,
    terms,
)

CATALOG = load_catalog()
CARDS = list(CATALOG)


def found(text: str, **filters: str) -> set[str]:
    return {card.id for card in search(CATALOG, text, **filters)}


def ids(predicate: object) -> set[str]:
    assert callable(predicate)
    return {card.id for card in CARDS if predicate(card)}


BRAND_OF = {
    "American Express": ids(lambda c: c.brand == "American Express"),
    "MasterCard": ids(lambda c: c.brand == "MasterCard"),
    "Diners Club": ids(lambda c: c.brand == "Diners Club"),
    "UnionPay": ids(lambda c: c.brand == "UnionPay"),
    "JCB": ids(lambda c: c.brand == "JCB"),
    "Visa": ids(lambda c: c.brand == "Visa"),
    "Discover": ids(lambda c: c.brand == "Discover"),
}
FAILED = ids(lambda c: c.expected_charge_status == "failed")
THREE_D = ids(lambda c: c.scenario.startswith("3ds"))


def code(failure: str) -> set[str]:
    return ids(lambda c: c.expected_failure_code == failure)


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("amex", "American Express"),
        ("AMEX", "American Express"),
        ("american express", "American Express"),
        ("อเมริกันเอ็กซ์เพรส", "American Express"),
        ("mc", "MasterCard"),
        ("master", "MasterCard"),
        ("mastercard", "MasterCard"),
        ("มาสเตอร์การ์ด", "MasterCard"),
        ("แมสเตอร์การ์ด", "MasterCard"),  # the other common spelling
        ("อเมริกัน เอ็กซ์เพรส", "American Express"),
        ("diners", "Diners Club"),
        ("cup", "UnionPay"),
        ("unionpay", "UnionPay"),
        ("union pay", "UnionPay"),
        ("ยูเนี่ยนเพย์", "UnionPay"),
        ("jcb", "JCB"),
        ("เจซีบี", "JCB"),
        ("visa", "Visa"),
        ("Visá", "Visa"),
        ("วีซ่า", "Visa"),
        ("discover", "Discover"),
    ],
)
def test_a_brand_alias_finds_exactly_that_brand(text: str, brand: str) -> None:
    assert BRAND_OF[brand]
    assert found(text) == BRAND_OF[brand]


@pytest.mark.parametrize(
    ("text", "failure"),
    [
        ("insufficient", "insufficient_fund"),
        ("insufficient_fund", "insufficient_fund"),
        ("insufficient funds", "insufficient_fund"),
        ("เงินไม่พอ", "insufficient_fund"),
        ("เงิน ไม่พอ", "insufficient_fund"),
        ("ไม่พอ", "insufficient_fund"),
        ("ยอดเงินไม่เพียงพอ", "insufficient_fund"),
        ("fraud", "failed_fraud_check"),
        ("ทุจริต", "failed_fraud_check"),
        ("stolen", "stolen_or_lost_card"),
        ("lost", "stolen_or_lost_card"),
        ("ถูกขโมย", "stolen_or_lost_card"),
        ("สูญหาย", "stolen_or_lost_card"),
        ("rejected", "payment_rejected"),
        ("cvv", "invalid_security_code"),
    ],
)
def test_an_outcome_word_or_code_finds_the_cards_failing_with_it(text: str, failure: str) -> None:
    assert code(failure)
    assert found(text) == code(failure)


@pytest.mark.parametrize("text", ["declined", "DECLINED", "failed", "ปฏิเสธ", "ไม่สำเร็จ"])
def test_declined_finds_every_card_expected_to_fail(text: str) -> None:
    assert found(text) == FAILED


@pytest.mark.parametrize("text", ["success", "successful", "สำเร็จ", "เรียกเก็บเงินสำเร็จ"])
def test_success_finds_the_successful_cards_only(text: str) -> None:
    # สำเร็จ is also a part of ไม่สำเร็จ (unsuccessful): as an alias it names only success.
    assert found(text) == ids(lambda c: c.expected_charge_status == "successful")


@pytest.mark.parametrize("text", ["3ds", "3d secure", "3-d secure", "3D Secure", "3 มิติ", "3มิติ"])
def test_three_d_secure_words_find_the_3ds_cards(text: str) -> None:
    assert THREE_D
    assert found(text) == THREE_D


def test_several_words_must_all_match() -> None:
    assert found("visa declined") == BRAND_OF["Visa"] & FAILED
    assert found("mc insufficient") == BRAND_OF["MasterCard"] & code("insufficient_fund")
    assert found("unionpay fraud") == {"unionpay-failed-fraud-check"}
    assert found("amex 3ds") == BRAND_OF["American Express"] & THREE_D
    assert found("cup 3d secure") == BRAND_OF["UnionPay"] & THREE_D
    assert found("visa success 4242") == {"visa-successful"}


def test_thai_words_need_no_spaces_between_them() -> None:
    assert found("วีซ่าเงินไม่พอ") == {"visa-insufficient-fund"}
    assert found("วีซ่า เงินไม่พอ") == {"visa-insufficient-fund"}
    assert found("เจซีบีทุจริต") == BRAND_OF["JCB"] & code("failed_fraud_check")
    assert found("ยูเนี่ยนเพย์ 3 มิติ") == BRAND_OF["UnionPay"] & THREE_D


def test_last_four_and_partial_numbers_with_or_without_spaces_or_dashes() -> None:
    assert found("0011") == ids(lambda c: "0011" in c.number)
    assert "visa-insufficient-fund" in found("0011")
    assert found("4111 1111 1114 0011") == {"visa-insufficient-fund"}
    assert found("4111-1111-1114-0011") == {"visa-insufficient-fund"}
    assert found("41111111111400 11") == {"visa-insufficient-fund"}
    assert found("3782 822463 10005") == {"amex-successful"}
    assert found("1114 0011") == {"visa-insufficient-fund"}
    assert found("9999 9999") == set()


def test_a_number_ends_where_a_word_begins() -> None:
    """ "0003 3ds": the last 4, then 3-D Secure (the 3 of 3ds is not a fifth digit)."""
    assert found("0003 3ds") == found("3ds 0003") != set()
    assert found("0003 3ds") == ids(lambda c: "0003" in c.number) & THREE_D
    assert found("amex 11003 3ds") == found("3ds amex 11003") != set()


def test_scenario_ids_card_ids_labels_and_thai_labels() -> None:
    assert found("visa-insufficient-fund") == {"visa-insufficient-fund"}
    assert found("stolen_or_lost_card") == code("stolen_or_lost_card")
    assert found("Invalid account number") == code("invalid_account_number")
    assert found("หมายเลขบัญชีไม่ถูกต้อง") == code("invalid_account_number")
    assert found("รหัสความปลอดภัย") == code("invalid_security_code")
    assert found("ลงทะเบียนไม่ได้") == ids(lambda c: c.scenario == "3ds_enrollment_failed")


def test_nothing_typed_finds_everything_and_nonsense_finds_nothing() -> None:
    assert found("") == found("   ") == {c.id for c in CARDS}
    assert found("zzzz") == set()


def test_filters_by_brand_and_outcome_apply_on_top_of_the_text() -> None:
    assert found("", brand="JCB") == BRAND_OF["JCB"]
    assert found("", outcome=SUCCESSFUL) == found("success")
    assert found("", outcome=DECLINED) == FAILED
    assert found("", outcome=THREE_DS) == THREE_D
    assert found("insufficient", brand="Visa") == {"visa-insufficient-fund"}
    assert found("visa", brand="JCB") == set()
    assert brands(CATALOG)[0] == CARDS[0].brand
    assert set(brands(CATALOG)) == set(BRAND_OF)


def test_terms_keep_multi_word_aliases_and_numbers_whole() -> None:
    assert terms("Union Pay 3-D Secure") == ["union pay", "3-d secure"]
    assert terms("4242 4242-4242") == ["424242424242"]
    assert terms("visa  declined") == ["visa", "declined"]


def test_fold_drops_latin_accents_but_keeps_thai_marks() -> None:
    assert fold("VÍSÄ") == "visa"
    assert fold("สำเร็จ") == "สำเร็จ"


def test_every_alias_names_something_in_the_catalog() -> None:
    for tag, words in ALIASES.items():
        for word in words:
            assert search(CATALOG, word), (tag, word)


def test_matches_agrees_with_search() -> None:
    for text in ("visa", "0011", "declined 3ds", "เงินไม่พอ"):
        assert [c for c in CARDS if matches(c, text)] == search(CATALOG, text)


# ---------------------------------------------------------------- properties
cards = st.sampled_from(CARDS)
separators = st.sampled_from(["", " ", "-"])


@st.composite
def spaced(draw: st.DrawFn, digits: str) -> str:
    return "".join(
        d + (draw(separators) if i < len(digits) - 1 else "") for i, d in enumerate(digits)
    )


@given(card=cards, data=st.data())
def test_every_card_is_found_by_its_number_in_any_spacing(
    card: CatalogCard, data: st.DataObject
) -> None:
    assert card in search(CATALOG, data.draw(spaced(card.number)))


@given(card=cards, data=st.data())
def test_every_card_is_found_by_its_last_four(card: CatalogCard, data: st.DataObject) -> None:
    assert card in search(CATALOG, data.draw(spaced(card.number[-4:])))
    assert card in search(CATALOG, card.number[-4:])


@given(card=cards)
def test_every_card_is_found_by_its_id_in_any_case(card: CatalogCard) -> None:
    assert card in search(CATALOG, card.id)
    assert card in search(CATALOG, card.id.upper())


ALIAS_WORDS = [w for words in ALIASES.values() for w in words]
words = st.one_of(
    st.sampled_from(ALIAS_WORDS),
    st.sampled_from(["3", "d", "secure", "union", "pay", "master", "card", "มิติ", "0011", "-"]),
    st.text(alphabet="0123456789", min_size=1, max_size=6),
    st.text(alphabet="abcdefs3- ", min_size=1, max_size=6),
    st.text(alphabet="กขงจดตนบปมยรลวสหอะาิีุูเแโใไ่้๊็ำ", min_size=1, max_size=5),
)


@given(text=st.lists(words, max_size=4).map(" ".join), word=words)
def test_adding_a_word_never_grows_the_result(text: str, word: str) -> None:
    before = {c.id for c in search(CATALOG, text)}
    after = {c.id for c in search(CATALOG, f"{text} {word}")}
    assert after <= before
