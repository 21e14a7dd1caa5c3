"""Typed views of the vault's answers, parsed tolerantly (unknown fields ignored)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from omise_token_gui.core.errors import ErrorKind, VaultError

CHARGE_STATUSES = ("unknown", "pending", "successful", "failed", "reversed", "expired")
FINAL_CHARGE_STATUSES = frozenset({"successful", "failed", "reversed", "expired"})


def parse_datetime(value: object) -> datetime | None:
    """ISO 8601 (``2025-03-20T09:12:01Z``) → aware UTC datetime; anything else → None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    return value if isinstance(value, str) else None


def _int(obj: dict[str, Any], key: str) -> int | None:
    value = obj.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


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
        return cls(
            id=_str(obj, "id"),
            brand=_str(obj, "brand"),
            last_digits=_str(obj, "last_digits"),
            name=_str(obj, "name"),
            expiration_month=_int(obj, "expiration_month"),
            expiration_year=_int(obj, "expiration_year"),
            fingerprint=_str(obj, "fingerprint"),
            financing=_str(obj, "financing"),
            bank=_str(obj, "bank"),
            country=_str(obj, "country"),
            city=_str(obj, "city"),
            postal_code=_str(obj, "postal_code"),
        )


@dataclass(frozen=True)
class Token:
    id: str
    livemode: bool
    location: str | None
    used: bool
    charge_status: str
    created_at: datetime | None
    card: Card | None  # null on a used token read back later
    raw_json: str  # the answer exactly as received, for "copy JSON"

    @classmethod
    def parse(cls, body: object, raw_json: str) -> Token:
        """Parse a token object; raise ``VaultError(MALFORMED)`` when it is not one."""
        if not isinstance(body, dict) or body.get("object") != "token":
            raise VaultError(
                kind=ErrorKind.MALFORMED,
                human="The vault answered with something that is not a token.",
            )
        token_id = body.get("id")
        if not isinstance(token_id, str) or not token_id.startswith("tokn_"):
            raise VaultError(
                kind=ErrorKind.MALFORMED, human="The vault's answer has no valid token id."
            )
        livemode = body.get("livemode")
        card = body.get("card")
        status = body.get("charge_status")
        return cls(
            id=token_id,
            # Anything but an explicit false is treated as live: the safe side.
            livemode=livemode is not False,
            location=_str(body, "location"),
            used=body.get("used") is True,
            charge_status=status if isinstance(status, str) else "unknown",
            created_at=parse_datetime(body.get("created_at", body.get("created"))),
            card=Card.parse(card) if isinstance(card, dict) else None,
            raw_json=raw_json,
        )

    @staticmethod
    def parse_pretty(raw_json: str) -> str:
        """Indented JSON for display; the text as it is when it is not JSON."""
        try:
            return json.dumps(json.loads(raw_json), indent=2, ensure_ascii=False)
        except ValueError:
            return raw_json
