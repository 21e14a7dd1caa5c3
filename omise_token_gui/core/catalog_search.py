"""The one search over the test-card catalog: the window's picker, the tray and
``omise-token scenarios --search`` all call ``search`` (and ``matches``). Qt-free.

The rule (docs/catalog.md):

- The text is cut into *terms*. A multi-word alias (``3d secure``, ``union pay``) is one
  term; so is a Thai alias found anywhere in the text (Thai has no spaces between words:
  ``วีซ่าเงินไม่พอ`` is Visa + insufficient funds). Digits written with single spaces or
  dashes between them (``4111 1111``, ``4111-1111``) are one number term. Everything else is
  cut at whitespace.
- Every term must match (several words narrow the list; a word never widens it).
- A term that is an alias (``ALIASES``: brands, outcomes, failure codes, in English and Thai)
  matches exactly the cards of what it names, and only them (``สำเร็จ`` is "successful",
  although it is also a part of ``ไม่สำเร็จ``, "unsuccessful").
- Any other term matches a card whose text holds it: the card id, brand, scenario id, expected
  outcome, number, source and confidence ids (``doubtful``, ``third_party``), and the
  scenario's label and the description in English and in Thai.
- Latin letters match without regard to case or accents (``VISA``, ``Visá``).

The filters (``brand``, ``outcome``) apply on top: ``OUTCOMES`` are ``successful``,
``declined`` (any expected failure, 3-D Secure ones included) and ``3ds`` (3-D Secure only).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from omise_token_gui.core.catalog import Catalog, CatalogCard, shown
from omise_token_gui.core.i18n import THAI, speaking

SUCCESSFUL, DECLINED, THREE_DS = "successful", "declined", "3ds"
OUTCOMES = (SUCCESSFUL, DECLINED, THREE_DS)

# What each alias names, as a tag a card carries (``tags``): ``brand:<Brand>``,
# ``outcome:<one of OUTCOMES>`` or ``code:<failure code>``. The one home of the aliases.
ALIASES: dict[str, tuple[str, ...]] = {
    "brand:Visa": ("visa", "วีซ่า"),
    "brand:MasterCard": (
        "mc",
        "master",
        "mastercard",
        "master card",
        "มาสเตอร์การ์ด",
        "มาสเตอร์",
        "แมสเตอร์การ์ด",  # the other common Thai spelling
        "แมสเตอร์",
    ),
    "brand:JCB": ("jcb", "เจซีบี"),
    "brand:American Express": (
        "amex",
        "american express",
        "อเมริกันเอ็กซ์เพรส",
        "อเมริกัน เอ็กซ์เพรส",
        "อเมกซ์",
    ),
    "brand:Diners Club": ("diners", "diners club", "ไดเนอร์สคลับ", "ไดเนอร์ส"),
    "brand:UnionPay": ("cup", "unionpay", "union pay", "ยูเนี่ยนเพย์", "ยูเนียนเพย์"),
    "brand:Discover": ("discover", "ดิสคัฟเวอร์"),
    f"outcome:{SUCCESSFUL}": (
        "success",
        "successful",
        "succeeds",
        "succeed",
        "สำเร็จ",
    ),
    f"outcome:{DECLINED}": (
        "declined",
        "decline",
        "declines",
        "fail",
        "fails",
        "failed",
        "ปฏิเสธ",
        "ไม่สำเร็จ",
        "ไม่ผ่าน",
    ),
    f"outcome:{THREE_DS}": (
        "3ds",
        "3d",
        "3-d",
        "3d secure",
        "3-d secure",
        "3 d secure",
        "3dsecure",
        "3 มิติ",
        "3มิติ",
    ),
    "code:insufficient_fund": (
        "insufficient",
        "insufficient_fund",
        "insufficient funds",
        "insufficient fund",
        "เงินไม่พอ",
        "เงิน ไม่พอ",
        "ไม่พอ",
        "ไม่เพียงพอ",
    ),
    "code:stolen_or_lost_card": (
        "stolen",
        "lost",
        "stolen_or_lost_card",
        "ถูกขโมย",
        "สูญหาย",
    ),
    "code:failed_fraud_check": ("fraud", "failed_fraud_check", "ทุจริต"),
    "code:payment_rejected": ("rejected", "payment_rejected", "ถูกปฏิเสธ"),
    "code:failed_processing": ("failed_processing", "processing"),
    "code:invalid_security_code": ("invalid_security_code", "cvv", "cvc"),
    "code:invalid_account_number": ("invalid_account_number",),
}


def fold(text: str) -> str:
    """Lower case, Latin accents dropped (``Visá`` -> ``visa``), other scripts kept whole
    (a Thai vowel or tone mark is a combining character too: it is never dropped)."""
    out: list[str] = []
    for char in text.casefold():
        base = unicodedata.normalize("NFKD", char)
        out.append(base[0] if base[0].isascii() and len(base) > 1 else char)
    return "".join(out)


_TAG_OF: dict[str, str] = {fold(word): tag for tag, words in ALIASES.items() for word in words}
_LATIN_EDGE = re.compile(r"[a-z0-9]")


def _phrase_pattern(phrase: str) -> str:
    """A regex for an alias inside a text: bounded where it starts or ends with a Latin letter
    or digit (``mc`` is not found in ``amcx``), unbounded at a Thai edge."""
    head = r"(?<![a-z0-9])" if _LATIN_EDGE.match(phrase[0]) else ""
    tail = r"(?![a-z0-9])" if _LATIN_EDGE.match(phrase[-1]) else ""
    return head + re.escape(phrase) + tail


def _is_thai(text: str) -> bool:
    return any("\u0e00" <= c <= "\u0e7f" for c in text)


# Found as one term before the text is cut: multi-word and Thai aliases, longest first.
_PHRASES = re.compile(
    "|".join(
        _phrase_pattern(p)
        for p in sorted((w for w in _TAG_OF if " " in w or _is_thai(w)), key=len, reverse=True)
    )
)
# A run of digits, ending where no letter follows ("0003 3ds": the number is 0003, then 3ds).
_NUMBER = re.compile(r"\d(?:[ \-]?\d)+(?![^\W\d_])")
_SEPARATORS = re.compile(r"[ \-]")


def terms(text: str) -> list[str]:
    """``text`` cut into terms (folded): aliases that hold a space or Thai first, then runs of
    digits (single spaces or dashes between them dropped), then at whitespace."""
    folded = fold(text)
    found = [m.group(0) for m in _PHRASES.finditer(folded)]
    rest = _PHRASES.sub(" ", folded)
    rest = _NUMBER.sub(lambda m: _SEPARATORS.sub("", m.group(0)), rest)
    return found + rest.split()


def outcome_of(card: CatalogCard) -> tuple[str, ...]:
    """The ``OUTCOMES`` a card belongs to: successful, or declined (and 3-D Secure)."""
    if card.expected_charge_status == "successful":
        return (SUCCESSFUL,)
    return (DECLINED, THREE_DS) if card.scenario.startswith("3ds") else (DECLINED,)


def tags(card: CatalogCard) -> frozenset[str]:
    """What the aliases can name on this card: its brand, outcomes and failure code."""
    found = {f"brand:{card.brand}", *(f"outcome:{o}" for o in outcome_of(card))}
    if card.expected_failure_code:
        found.add(f"code:{card.expected_failure_code}")
    return frozenset(found)


@cache
def _text_of(card: CatalogCard) -> str:
    """Everything a non-alias term is looked for in (folded): English and Thai."""
    english = (card.scenario_label, card.description)
    with speaking(THAI):
        thai = [shown(t) for t in english]
    words = (card.id, card.brand, card.scenario, card.expected_outcome, card.number)
    ids = (card.source, card.confidence)  # "third_party", "doubtful"
    return fold(" ".join((*words, *ids, *english, *thai)))


def _term_matches(card: CatalogCard, term: str) -> bool:
    tag = _TAG_OF.get(term)
    if tag is not None:
        return tag in tags(card)
    compact = _SEPARATORS.sub("", term)
    if compact.isdigit():  # "4111-" and "0011" alike: digits of the number (or the text)
        return compact in _text_of(card)
    return term in _text_of(card)


def matches(card: CatalogCard, text: str) -> bool:
    """Whether ``card`` is found by ``text`` (every term matches; no term: every card)."""
    return all(_term_matches(card, term) for term in terms(text))


def search(
    catalog: Catalog | Iterable[CatalogCard],
    text: str,
    *,
    brand: str | None = None,
    outcome: str | None = None,
) -> list[CatalogCard]:
    """The cards ``text`` finds, in catalog order, of ``brand`` (None: any) and with
    ``outcome`` (one of ``OUTCOMES``; None: any)."""
    wanted = terms(text)
    return [
        card
        for card in catalog
        if (brand is None or card.brand == brand)
        and (outcome is None or outcome in outcome_of(card))
        and all(_term_matches(card, term) for term in wanted)
    ]


def brands(catalog: Catalog | Iterable[CatalogCard]) -> list[str]:
    """The brands of the catalog, in catalog order, each once (the brand filter's choices)."""
    return list(dict.fromkeys(card.brand for card in catalog))
