"""Card validation and the brand rules (the catalog itself is ``core.catalog``). Validation
reports problems; it never raises."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime

from omise_token_gui.core.errors import FieldProblem
from omise_token_gui.core.i18n import translator

_ = translator("CardCheck")  # the problems are made in the current language

# The vault's own field names (``card[...]``), in the order the seed page lists them.
REQUIRED_FIELDS = ("name", "number", "expiration_month", "expiration_year")
MAX_FIELD_LENGTH = 255
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SEPARATORS_RE = re.compile(r"[ \-]")


@dataclass(frozen=True)
class CardInput:
    """What a tester typed, as text, exactly as the form holds it."""

    name: str = ""
    number: str = ""
    expiration_month: str = ""
    expiration_year: str = ""
    security_code: str = ""
    street1: str = ""
    street2: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    country: str = ""
    phone_number: str = ""

    def form_fields(self) -> dict[str, str]:
        """``card[...]`` fields for the vault, empty optional fields left out."""
        out: dict[str, str] = {}
        for f in fields(self):
            value: str = getattr(self, f.name)
            if f.name == "number":
                value = normalize_number(value)
            if value or f.name in REQUIRED_FIELDS:
                out[f"card[{f.name}]"] = value
        return out


def normalize_number(number: str) -> str:
    """Strip the spaces and dashes a card number may be typed with. Nothing else."""
    return _SEPARATORS_RE.sub("", number.strip())


def last4(number: str) -> str:
    digits = normalize_number(number)
    return digits[-4:] if len(digits) >= 4 else digits


def luhn_ok(digits: str) -> bool:
    if not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


@dataclass(frozen=True)
class _BrandRule:
    brand: str
    ranges: tuple[tuple[int, int, int], ...]  # (prefix length, low, high)
    lengths: tuple[int, ...]
    cvv_length: int = 3


_BRANDS: tuple[_BrandRule, ...] = (
    _BrandRule("American Express", ((2, 34, 34), (2, 37, 37)), (15,), 4),
    _BrandRule("JCB", ((4, 3528, 3589),), (16, 17, 18, 19)),
    _BrandRule(
        "Diners Club",
        ((3, 300, 305), (4, 3095, 3095), (2, 36, 36), (2, 38, 39)),
        (14, 15, 16, 17, 18, 19),
    ),
    _BrandRule("Visa", ((1, 4, 4),), (13, 16, 19)),
    _BrandRule("MasterCard", ((2, 51, 55), (4, 2221, 2720)), (16,)),
    _BrandRule("UnionPay", ((2, 62, 62), (2, 81, 81)), (16, 17, 18, 19)),
    _BrandRule("Discover", ((4, 6011, 6011), (3, 644, 649), (2, 65, 65)), (16, 17, 18, 19)),
)


BRAND_NAMES = tuple(rule.brand for rule in _BRANDS)


def known_brand(name: str | None) -> str | None:
    """The brand's name as this app spells it if ``name`` is one (any case), else None: a
    vault's ``brand`` is a closed set, and nothing else it says there is kept."""
    if not name:
        return None
    return next((b for b in BRAND_NAMES if b.lower() == name.strip().lower()), None)


def _brand_rule(digits: str) -> _BrandRule | None:
    if not digits.isascii() or not digits.isdigit():
        return None
    for rule in _BRANDS:
        for plen, low, high in rule.ranges:
            if len(digits) >= plen and low <= int(digits[:plen]) <= high:
                return rule
    return None


def security_code_length(brand: str | None) -> int | None:
    """How many digits a security code of ``brand`` has (None: an unknown brand)."""
    rule = next((r for r in _BRANDS if r.brand == brand), None)
    return rule.cvv_length if rule else None


def sample_security_code(brand: str | None) -> str:
    """A security code of the brand's length, for a picked test card: ``123`` or ``1234``."""
    return "1234"[: security_code_length(brand) or 3]


def group_number(number: str) -> str:
    """A card number grouped the way its brand prints it, every digit kept (nothing is ever
    elided): American Express 4-6-5, a 14-digit Diners Club 4-6-4, 16 digits 4-4-4-4,
    19 digits 4-4-4-4-3, any other length in fours. Spaces and dashes typed are dropped
    first; a text that is not all digits is given back as typed."""
    digits = normalize_number(number)
    if not digits.isascii() or not digits.isdigit():
        return number
    brand = detect_brand(digits)
    if (brand == "American Express" and len(digits) == 15) or (
        brand == "Diners Club" and len(digits) == 14
    ):
        sizes: tuple[int, ...] = (4, 6, len(digits) - 10)
    elif len(digits) == 19:
        sizes = (4, 4, 4, 4, 3)
    else:
        sizes = (4,) * ((len(digits) + 3) // 4)
    groups, start = [], 0
    for size in sizes:
        groups.append(digits[start : start + size])
        start += size
    return " ".join(g for g in groups if g)


def number_problem(number: str) -> str | None:
    """What is wrong with ``number`` as a card number (the form's own sentence), or None."""
    return _number_problem(
        CardInput(number=number), _brand_rule(normalize_number(number)), date.min
    )


def detect_brand(number: str) -> str | None:
    """Brand from the IIN ranges, or None when no supported brand matches."""
    rule = _brand_rule(normalize_number(number))
    return rule.brand if rule else None


def _parse_int(text: str) -> int | None:
    text = text.strip()
    if not text or len(text) > 4 or not text.isascii() or not text.isdigit():
        return None
    return int(text)


def full_year(text: str) -> int | None:
    """``27`` → 2027, ``2027`` → 2027; anything else → None."""
    stripped = text.strip()
    value = _parse_int(stripped)
    if value is None:
        return None
    if len(stripped) == 2:
        return 2000 + value
    if len(stripped) == 4:
        return value
    return None


Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def vault_today(clock: Clock = utc_now) -> date:
    """The date the vault judges expiry by: today in UTC, whatever the local time zone.

    ``clock`` returns an aware datetime in any zone (tests inject one)."""
    return clock().astimezone(UTC).date()


def validate(card: CardInput, today: date | None = None) -> list[FieldProblem]:
    """Field-level problems, in form order. An empty list means the card looks sendable.

    Expiry is judged against ``today`` (default: :func:`vault_today`, the UTC date), the same
    rule the vault applies, so the form never calls a card expired that the vault accepts.
    A field whose text is too long or holds control characters gets only that problem."""
    day = today or vault_today()
    problems = _text_problems(card)
    bad_fields = {p.field for p in problems}
    rule = _brand_rule(normalize_number(card.number))
    for field, check, skip_bad_text in _FIELD_CHECKS:
        if skip_bad_text and field in bad_fields:
            continue
        message = check(card, rule, day)
        if message is not None:
            problems.append(FieldProblem(field, message))
    return problems


def _text_problems(card: CardInput) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for f in fields(card):
        value: str = getattr(card, f.name)
        if len(value) > MAX_FIELD_LENGTH:
            problems.append(
                FieldProblem(
                    f.name,
                    _("Too long: at most {count} characters.").format(count=MAX_FIELD_LENGTH),
                )
            )
        elif _CONTROL_RE.search(value):
            problems.append(
                FieldProblem(f.name, _("Contains control characters (tabs, line breaks or NUL)."))
            )
    return problems


def _name_problem(card: CardInput, rule: _BrandRule | None, today: date) -> str | None:
    return None if card.name.strip() else _("Name is required.")


def _number_problem(card: CardInput, rule: _BrandRule | None, today: date) -> str | None:
    digits = normalize_number(card.number)
    if not digits:
        return _("Card number is required.")
    if not digits.isascii() or not digits.isdigit():
        return _("Card number may hold only digits, spaces and dashes.")
    if rule is None:
        return _("Brand not supported: no known card brand starts with these digits.")
    if len(digits) not in rule.lengths:
        sizes = [str(n) for n in rule.lengths]
        allowed = (
            _("{some} or {last}").format(some=", ".join(sizes[:-1]), last=sizes[-1])
            if len(sizes) > 1
            else sizes[0]
        )
        return _("A {brand} number has {allowed} digits, not {count}.").format(
            brand=rule.brand, allowed=allowed, count=len(digits)
        )
    if not luhn_ok(digits):
        return _("Card number fails the Luhn check (a digit is probably mistyped).")
    return None


def _month(card: CardInput) -> int | None:
    """The expiry month when it is one (1-12)."""
    month = _parse_int(card.expiration_month)
    return month if month is not None and 1 <= month <= 12 else None


def _month_problem(card: CardInput, rule: _BrandRule | None, today: date) -> str | None:
    if not card.expiration_month.strip():
        return _("Expiry month is required.")
    return None if _month(card) is not None else _("Expiry month must be between 1 and 12.")


def _year_problem(card: CardInput, rule: _BrandRule | None, today: date) -> str | None:
    if not card.expiration_year.strip():
        return _("Expiry year is required.")
    if full_year(card.expiration_year) is None:
        return _("Expiry year must be 2 or 4 digits (27 or 2027).")
    return None


def _expiry_problem(card: CardInput, rule: _BrandRule | None, today: date) -> str | None:
    month, year = _month(card), full_year(card.expiration_year)
    if month is None or year is None:
        return None
    if (year, month) < (today.year, today.month):
        return _("Expiry date is in the past.")
    if year > today.year + 50:
        return _("Expiry year is too far in the future.")
    return None


def _security_code_problem(card: CardInput, rule: _BrandRule | None, today: date) -> str | None:
    code = card.security_code.strip()
    if not code:
        return None
    if not code.isascii() or not code.isdigit():
        return _("Security code may hold only digits.")
    if rule is not None and len(code) != rule.cvv_length:
        return _("A {brand} security code has {count} digits.").format(
            brand=rule.brand, count=rule.cvv_length
        )
    if rule is None and len(code) not in (3, 4):
        return _("Security code has 3 or 4 digits.")
    return None


def _country_problem(card: CardInput, rule: _BrandRule | None, today: date) -> str | None:
    country = card.country.strip()
    if country and not (len(country) == 2 and country.isascii() and country.isalpha()):
        return _("Country must be a two-letter ISO 3166 code, like TH or US.")
    return None


_FieldCheck = Callable[[CardInput, "_BrandRule | None", date], "str | None"]
# (field, check, skipped when the field's text already has a problem), in form order. The
# expiry date is judged from the parsed month and year whatever the year's text.
_FIELD_CHECKS: tuple[tuple[str, _FieldCheck, bool], ...] = (
    ("name", _name_problem, True),
    ("number", _number_problem, True),
    ("expiration_month", _month_problem, True),
    ("expiration_year", _year_problem, True),
    ("expiration_year", _expiry_problem, False),
    ("security_code", _security_code_problem, True),
    ("country", _country_problem, True),
)
