"""Typed views of the vault's answers, parsed defensively (unknown fields ignored).

Every answer passes ``decode_answer`` (size, nesting, duplicate keys, lone surrogates, NaN) and
``scrub_answer`` (card numbers and security codes masked) before anything reads it, and
``Token.parse`` keeps only values of the expected type and shape. Each refusal is a
``VaultError``; nothing a vault sends can raise anything else.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from omise_token_gui.core.cardnumber import MASK, OMISE_ID, mask_number, number_shape
from omise_token_gui.core.errors import ErrorKind, InvalidInput, VaultError
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.verdict import CHARGE_STATUSES

_ = translator("Answers")

# A token answer is about 1.2 KB; anything beyond this cap is not one.
MAX_ANSWER_BYTES = 32 * 1024
MAX_ANSWER_DEPTH = 16  # a token nests 3 deep
MAX_TEXT = 255  # longest string a parsed field keeps
MAX_KEPT_STRING = 2048  # longest string kept in a stored or shown answer (clipped beyond)
MIN_YEAR, MAX_YEAR = 2000, 2200  # dates outside are absurd for a token: treated as absent

TOKEN_ID_RE = re.compile(r"tokn_test_[0-9a-z]{1,54}")
_ANY_TOKEN_ID_RE = re.compile(r"tokn_(?:test_)?[0-9a-z]{1,54}")
_CARD_ID_RE = re.compile(r"card_test_[0-9a-z]{1,54}")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def is_test_token_id(value: object) -> bool:
    """``tokn_test_`` and 1-54 lowercase letters or digits: nothing else is a token id here."""
    return isinstance(value, str) and TOKEN_ID_RE.fullmatch(value) is not None


def require_test_token_id(value: str) -> str:
    if not is_test_token_id(value):
        shown = value[:40] if _safe_to_show(value) else _("(unprintable)")
        raise InvalidInput(
            kind=ErrorKind.BAD_REQUEST,
            human=_("Not a test token id: {id}.").format(id=repr(shown)),
        )
    return value


def _safe_to_show(value: str) -> bool:
    return value.isprintable() and not _SURROGATE_RE.search(value)


# ---------------------------------------------------------------- decoding


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _malformed(human: str, status: int | None) -> VaultError:
    return VaultError(kind=ErrorKind.MALFORMED, human=human, status=status)


def decode_answer(content: bytes, status: int | None = None) -> Any:
    """Parse a vault answer's JSON; raise ``VaultError`` for anything a vault never sends.

    ``ValueError`` (not JSON) is left to the caller, which knows whether a non-JSON body
    is acceptable (a 5xx HTML page is).
    """
    if len(content) > MAX_ANSWER_BYTES:
        raise _malformed(
            _("The vault's answer is larger than {size} bytes.").format(size=MAX_ANSWER_BYTES),
            status,
        )
    try:
        body = json.loads(content, object_pairs_hook=_pairs, parse_constant=_no_constant)
    except _DuplicateKey as exc:
        if exc.key == "livemode":
            raise VaultError(
                kind=ErrorKind.LIVEMODE,
                human=_("The vault's answer names livemode twice. It was refused and not stored."),
                status=status,
            ) from None
        raise _malformed(
            _("The vault's answer repeats a field name; it was refused."), status
        ) from None
    except RecursionError:
        raise _malformed(_("The vault's answer is nested too deeply."), status) from None
    _check_shape(body, status)
    return body


def _check_shape(body: Any, status: int | None) -> None:
    stack: list[tuple[Any, int]] = [(body, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_ANSWER_DEPTH:
            raise _malformed(_("The vault's answer is nested too deeply."), status)
        if isinstance(value, str) and _SURROGATE_RE.search(value):
            raise _malformed(_("The vault's answer holds text that is not valid Unicode."), status)
        if isinstance(value, float) and not math.isfinite(value):  # 1e999 reads as infinity
            raise _malformed(_("The vault's answer holds a number out of range."), status)
        if isinstance(value, dict):
            stack.extend((k, depth + 1) for k in value)
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)


def has_livemode(body: Any) -> bool:
    """True when any object anywhere in the answer has a ``livemode`` other than false."""
    stack = [body]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            for key, flag in value.items():  # any spelling: "LiveMode" is live too
                if isinstance(key, str) and key.lower() == "livemode" and flag is not False:
                    return True
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


def pretty_json(raw_json: str) -> str:
    """Indented JSON for display; the text as it is when it is not JSON."""
    try:
        return json.dumps(json.loads(raw_json), indent=2, ensure_ascii=False)
    except (ValueError, RecursionError):
        return raw_json


def to_json(body: Any) -> str:
    """Compact JSON text, as stored and shown."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- scrubbing

# Anything shaped like a card number (core.cardnumber). Id-shaped words are cut out first and
# left alone, unless they hide a card-number-long digit run.
_PAN_RE = re.compile(number_shape())
_ID_SHAPED_RE = re.compile(OMISE_ID)
# A 3-4 digit code right after words that name a card security code.
_CODE_TEXT_RE = re.compile(
    r"(?i)(\b(?:cvv2?|cvc2?|cid|security[ _-]?code)\b[^0-9\n]{0,20}?)(\d{3,4})(?!\d)"
)
_CODE_KEY_RE = re.compile(r"(?i)^(?:cvv2?|cvc2?|cid|security[ _-]?code)$")


def number_spellings(number: str) -> tuple[str, ...]:
    """Every spelling of a typed card number the form could have sent or a vault could echo:
    as typed, trimmed, without spaces and dashes, digits only. Short ones are left out."""
    digits = re.sub(r"\D", "", number)
    candidates = {number, number.strip(), re.sub(r"[ \-]", "", number.strip()), digits}
    found = [c for c in candidates if len(re.sub(r"\D", "", c)) >= 8]
    return tuple(sorted(found, key=len, reverse=True))


def scrub_text(text: str, spellings: Iterable[str] = (), code: str = "") -> str:
    """Mask card numbers (the given spellings, then anything number-shaped) and security
    codes (the typed one when a value is exactly it, and any named as such) in ``text``."""
    for spelling in spellings:
        if spelling in text:
            text = text.replace(spelling, mask_number(spelling))
    pieces = _ID_SHAPED_RE.split(text)
    ids = _ID_SHAPED_RE.findall(text)
    masked = [_PAN_RE.sub(lambda m: mask_number(m.group(0)), piece) for piece in pieces]
    text = "".join(p + (ids[i] if i < len(ids) else "") for i, p in enumerate(masked))
    if code and text.strip() == code:
        return MASK * 3
    return _CODE_TEXT_RE.sub(lambda m: m.group(1) + MASK * 3, text)


def scrub_answer(body: Any, spellings: Iterable[str] = (), code: str = "") -> Any:
    """A copy of a decoded answer with every card number and security code masked.

    Values under a security-code name (``security_code``, ``cvv``…) are masked whatever they
    are, except booleans and null (``security_code_check: true`` stays). Names are scrubbed
    like values. Strings longer than ``MAX_KEPT_STRING`` are clipped: a real answer has none,
    and one long unbroken line is slow for any text view to lay out.
    """
    spelled = tuple(spellings)
    code = code.strip()

    def text(value: str) -> str:
        return _clip(scrub_text(value, spelled, code))

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                text(k): (MASK * 3 if _is_code_value(k, v) else walk(v)) for k, v in value.items()
            }
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, str):
            return text(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            digits = f"{value:.0f}" if isinstance(value, float) and value == value else str(value)
            return mask_number(digits) if _PAN_RE.fullmatch(digits.lstrip("-")) else value
        return value

    return walk(body)


def _clip(text: str) -> str:
    return text if len(text) <= MAX_KEPT_STRING else text[:MAX_KEPT_STRING] + "…(clipped)"


def _is_code_value(key: str, value: Any) -> bool:
    return bool(_CODE_KEY_RE.match(key)) and value is not None and not isinstance(value, bool)


# ---------------------------------------------------------------- typed views


def parse_datetime(value: object) -> datetime | None:
    """ISO 8601 (``2025-03-20T09:12:01Z``) → aware UTC datetime; anything else → None.

    Dates outside ``MIN_YEAR``..``MAX_YEAR`` are absurd for a token and read as None, so
    that no stored date can overflow when shown in any time zone.
    """
    if not isinstance(value, str) or not value or len(value) > 40:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        parsed = parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return parsed if MIN_YEAR <= parsed.year <= MAX_YEAR else None


def _str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    return value[:MAX_TEXT] if isinstance(value, str) else None


def _int(obj: dict[str, Any], key: str, low: int, high: int) -> int | None:
    value = obj.get(key)
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return None


@dataclass(frozen=True)
class Card:
    id: str | None
    brand: str | None
    last_digits: str | None
    name: str | None
    expiration_month: int | None
    expiration_year: int | None
    fingerprint: str | None
    financing: str | None
    bank: str | None
    country: str | None
    city: str | None
    postal_code: str | None

    @classmethod
    def parse(cls, obj: dict[str, Any]) -> Card:
        last = _str(obj, "last_digits")
        return cls(
            id=_str(obj, "id"),
            brand=_str(obj, "brand"),
            last_digits=last if last and re.fullmatch(r"[0-9]{4}", last) else None,
            name=_str(obj, "name"),
            expiration_month=_int(obj, "expiration_month", 1, 12),
            expiration_year=_int(obj, "expiration_year", 0, 9999),
            fingerprint=_str(obj, "fingerprint"),
            financing=_str(obj, "financing"),
            bank=_str(obj, "bank"),
            country=_str(obj, "country"),
            city=_str(obj, "city"),
            postal_code=_str(obj, "postal_code"),
        )

    @property
    def live(self) -> bool:
        """A card id that is not a test card id (``card_…`` without ``test_``)."""
        return self.id is not None and not _CARD_ID_RE.fullmatch(self.id)


@dataclass(frozen=True)
class Token:
    id: str
    livemode: bool
    location: str | None
    used: bool
    charge_status: str
    created_at: datetime | None
    card: Card | None  # null on a used token read back later
    raw_json: str  # the answer as received, scrubbed, for "copy JSON"

    @classmethod
    def parse(cls, body: object, raw_json: str) -> Token:
        """Parse a token object; raise ``VaultError(MALFORMED)`` when it is not one.

        ``livemode`` is True unless the token *and* its card say ``livemode: false``, no
        object in the answer says otherwise, and both ids are test ids.
        """
        if not isinstance(body, dict) or body.get("object") != "token":
            raise VaultError(
                kind=ErrorKind.MALFORMED,
                human=_("The vault answered with something that is not a token."),
            )
        token_id = body.get("id")
        if not isinstance(token_id, str) or not _ANY_TOKEN_ID_RE.fullmatch(token_id):
            raise VaultError(
                kind=ErrorKind.MALFORMED, human=_("The vault's answer has no valid token id.")
            )
        live_id = not is_test_token_id(token_id)
        raw_card = body.get("card")
        card = Card.parse(raw_card) if isinstance(raw_card, dict) else None
        status = body.get("charge_status")
        live = (
            live_id
            or body.get("livemode") is not False
            or has_livemode(body)
            or (isinstance(raw_card, dict) and raw_card.get("livemode") is not False)
            or (card is not None and card.live)
        )
        return cls(
            id=token_id,
            livemode=live,  # anything but an explicit, consistent false is live: the safe side
            location=_str(body, "location"),
            used=body.get("used") is True,
            charge_status=status if status in CHARGE_STATUSES else "unknown",
            created_at=parse_datetime(body.get("created_at", body.get("created"))),
            card=card,
            raw_json=raw_json,
        )
