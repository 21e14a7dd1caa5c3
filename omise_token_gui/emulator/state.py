"""The emulator's state: tokens and charges (bounded; in memory, or in a SQLite file for the
app's Sandbox, see ``records``), and how the vault words its answers."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import logging
import os
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from omise_token_gui.core import storage
from omise_token_gui.core.cardnumber import mask_number, number_shape
from omise_token_gui.core.cards import detect_brand, luhn_ok, normalize_number
from omise_token_gui.core.catalog import Catalog, load_catalog
from omise_token_gui.emulator.accounts import DEFAULT_COUNTRY, country
from omise_token_gui.emulator.charges import charge_view, iso, new_id
from omise_token_gui.emulator.ledger import ChargeLedger
from omise_token_gui.emulator.records import MemoryRecords, Records, SqliteRecords
from omise_token_gui.emulator.words import join_problems as join_problems  # re-exported

log = logging.getLogger(__name__)

VERSIONS_WITH_CREATED_AT = ("2019-05-29",)
KNOWN_VERSIONS = ("2019-05-29", "2017-11-02", "2015-11-17", "2014-07-27")
DEFAULT_VERSION = "2019-05-29"


@dataclass
class EmulatorConfig:
    max_tokens: int = 10_000  # oldest evicted past this
    max_body_bytes: int = 64 * 1024
    # Bounds on what one client can hold (see server.guarded_protocol and Emulator.read_body):
    # a request head must arrive this soon after connecting (or after the last answer), its
    # body this soon after the head, and no more than max_connections are open at once.
    head_timeout_s: float = 10.0
    body_timeout_s: float = 30.0
    max_connections: int = 256
    rate_limit_per_s: float | None = None  # POST /tokens per second; None: unlimited
    # The card fingerprint's HMAC key. None: the secret file beside the state file (see
    # fingerprint_secret), or without one a random key for this process only.
    fingerprint_key: bytes | None = None
    # Like the real vault, which knows only your account's keys: when set, other well-formed
    # test keys get authentication_failure too. None: any pkey_test_/skey_test_ key works.
    accepted_keys: frozenset[str] | None = None
    # The catalog a charge follows (the app hands its own: the tester's file included).
    # None: the shipped catalog.
    catalog: Catalog | None = None
    # The account: its country (amount limits, currency, how long an authorization holds;
    # see ``accounts``) and whether charges with a return_uri go through 3-D Secure.
    country: str = DEFAULT_COUNTRY
    three_d_secure: bool = False

    def __post_init__(self) -> None:
        country(self.country)  # ValueError for an unknown one


SECRET_BYTES = 32


_NUMBER_RE = re.compile(number_shape())


def without_numbers(text: str) -> str:
    """``text`` with anything shaped like a card number masked (``••••4242``).

    The real vault echoes free-text fields (name, street, city…) as sent. The Sandbox keeps
    its tokens in a file on the tester's disk, so a number typed into one of those fields
    (a slip, or a negative test) is masked before it is kept or answered: no full card
    number is ever written.
    """
    return _NUMBER_RE.sub(lambda m: mask_number(m.group(0)), text)


def secret_file_for(state_file: Path) -> Path:
    """Where the fingerprint secret of the vault kept in ``state_file`` lives: beside it."""
    return state_file.with_name(state_file.stem + ".fingerprint-key")


def fingerprint_secret(path: Path) -> bytes:
    """The random secret in ``path``, made (mode 0600, atomically) if there is none yet.

    Why a secret at all: a fingerprint stored next to a card's last four digits is a keyed
    hash of the full number. With a key everyone knows, the few million numbers that share
    a bank's first six digits and those last four are hashed in seconds and the number is
    found. A per-installation random key stops that, and instances that share a data dir
    share the file, so one card keeps one fingerprint there across restarts.

    The file appears whole or not at all (written beside it, then linked into place), so an
    instance starting at the same moment reads either nothing or all of it. A file that is
    not exactly ``SECRET_BYTES`` long is moved aside and a new secret made (fingerprints of
    cards seen before then change, as after losing the key).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(3):
        existing = _read_secret(path)
        if existing is not None:
            return existing
        _create_secret(path)  # then read back what is in place: ours or a racing instance's
    raise OSError(f"cannot make the fingerprint secret {path}")


def _read_secret(path: Path) -> bytes | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    if len(data) == SECRET_BYTES:
        if os.name == "posix" and path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)  # made by hand or copied: readable by its user only
        return data
    with contextlib.suppress(FileNotFoundError):  # another instance moved it first
        aside = storage.move_aside(path)
        log.warning("the fingerprint secret %s was damaged; moved to %s", path, aside)
    return None


def _create_secret(path: Path) -> None:
    """Put a new secret at ``path`` unless one is there already."""
    tmp = path.with_name(f"{path.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(secrets.token_bytes(SECRET_BYTES))
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(tmp, path)  # fails if another instance put its secret first: then use it
        except FileExistsError:
            pass
        except OSError:  # no hard links on this file system
            if not path.exists():
                os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _int_text(value: str) -> int | None:
    value = value.strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 4 else None


def card_problems(card: dict[str, str], today: date | None = None) -> list[str]:
    """The vault's own validation, in the order its messages list problems."""
    today = today or datetime.now(UTC).date()
    out: list[str] = []
    month_text = card.get("expiration_month", "").strip()
    year_text = card.get("expiration_year", "").strip()
    month = _int_text(month_text)
    year = _int_text(year_text)
    if year is not None and len(year_text) == 2:
        year += 2000
    elif year is not None and len(year_text) != 4:
        year = None
    month_ok = month is not None and 1 <= month <= 12
    if not month_text:
        out += ["expiration month can't be blank", "expiration month is not between 1 and 12"]
    elif not month_ok:
        out.append("expiration month is not between 1 and 12")
    if not card.get("name", "").strip():
        out.append("name can't be blank")
    if year is None:
        out.append("expiration year is invalid")
    if month_text and not month_ok:
        out.append("expiration date is invalid")
    elif (
        month_ok
        and year is not None
        and month is not None
        and (year, month)
        < (
            today.year,
            today.month,
        )
    ):
        out.append("expiration date cannot be in the past")
    number = normalize_number(card.get("number", ""))
    brand = detect_brand(number) if number.isdigit() else None
    if not number:
        out.append("number can't be blank")
    elif not number.isdigit() or not luhn_ok(number) or not 12 <= len(number) <= 19:
        out.append("number is invalid")
    if brand is None:
        out.append("brand not supported (unknown)")
    return out


class VaultState(ChargeLedger):
    """Tokens and charges. All methods are thread-safe.

    In memory by default; with ``path``, in that SQLite file, committed as they change and
    shared with any other emulator that opens it (see ``records``). Card fingerprints are
    keyed with ``config.fingerprint_key``, else with the secret file beside ``path``
    (``fingerprint_secret``), else with a random key for this process only. Charges and
    customers: ``ChargeLedger``.
    """

    config: EmulatorConfig

    def __init__(self, config: EmulatorConfig | None = None, path: Path | None = None) -> None:
        self.config = config or EmulatorConfig()
        self._lock = threading.Lock()
        limit = lambda: self.config.max_tokens  # noqa: E731 - read when used: tests change it
        self._records: Records = (
            SqliteRecords(path, limit) if path is not None else MemoryRecords(limit)
        )
        self._catalog = self.config.catalog or load_catalog()
        if self.config.fingerprint_key is not None:
            self._fingerprint_key = self.config.fingerprint_key
        elif path is not None:
            self._fingerprint_key = fingerprint_secret(secret_file_for(path))
        else:
            self._fingerprint_key = secrets.token_bytes(SECRET_BYTES)

    def fingerprint(self, number: str) -> str:
        """Base64 of 32 bytes, like the vault's: the same card gives the same value for as long
        as the key lasts; without the key it tells nothing about the number."""
        digest = hmac.new(self._fingerprint_key, number.encode(), hashlib.sha256).digest()
        return base64.b64encode(digest).decode("ascii")

    def create_token(self, card: dict[str, str], base_url: str, livemode: bool = False) -> str:
        number = normalize_number(card.get("number", ""))
        now = datetime.now(UTC)
        token_id = new_id("tokn_" if livemode else "tokn_test_")
        year = int(card["expiration_year"])
        if year < 100:
            year += 2000

        def opt(name: str) -> str | None:
            value = without_numbers(card.get(name, "").strip())
            return value or None

        card_obj: dict[str, Any] = {
            "object": "card",
            "id": new_id("card_" if livemode else "card_test_"),
            "livemode": livemode,
            "location": None,
            "deleted": False,
            "street1": opt("street1"),
            "street2": opt("street2"),
            "city": opt("city"),
            "state": opt("state"),
            "phone_number": opt("phone_number"),
            "postal_code": opt("postal_code"),
            "country": (card.get("country", "") or "").strip().lower(),
            "financing": "",
            "bank": "",
            "brand": detect_brand(number) or "Unknown",
            "fingerprint": self.fingerprint(number),
            "first_digits": None,
            "last_digits": number[-4:],
            "name": without_numbers(card.get("name", "").strip()),
            "expiration_month": int(card["expiration_month"]),
            "expiration_year": year,
            "security_code_check": True,
            "tokenization_method": None,
            "created_at": iso(now),
        }
        token = {
            "object": "token",
            "id": token_id,
            "livemode": livemode,
            "location": f"{base_url}/tokens/{token_id}",
            "used": False,
            "charge_status": "unknown",
            "card": card_obj,
            "created_at": iso(now),
            # Private: the outcome a charge on this card should have. Never sent.
            "_scenario": list(self._outcome(number)),
        }
        with self._lock:
            self._records.put("token", token)
        return token_id

    def _outcome(self, number: str) -> tuple[str, str | None]:
        entry = self._catalog.lookup(number)
        if entry is None:
            return ("successful", None)  # unknown numbers that pass Luhn succeed
        return (entry.expected_charge_status, entry.expected_failure_code)

    def token_json(self, token_id: str, api_version: str) -> dict[str, Any] | None:
        with self._lock:
            token = self._records.get("token", token_id)
        if token is not None and token.get("_charge"):
            # Its charge may have expired on the emulator's clock since: the token follows.
            self.charge_record(token["_charge"])
            with self._lock:
                token = self._records.get("token", token_id)
        if token is None:
            return None
        out = {k: v for k, v in token.items() if not k.startswith("_")}
        if api_version not in VERSIONS_WITH_CREATED_AT:
            out["created"] = out.pop("created_at")
            if isinstance(out.get("card"), dict):
                out["card"] = dict(out["card"])
                out["card"]["created"] = out["card"].pop("created_at")
        return out

    def token_count(self) -> int:
        with self._lock:
            return self._records.count("token")

    def charge_json(self, charge_id: str, modern: bool = True) -> dict[str, Any] | None:
        record = self.charge_record(charge_id)
        return None if record is None else charge_view(record, modern)

    def reset(self) -> None:
        with self._lock:
            self._records.clear()
            self.clock_offset_s = 0.0

    def close(self) -> None:
        with self._lock:
            self._records.close()

    def __enter__(self) -> Self:
        """``with VaultState(path=...) as vault:`` closes its file when the block ends."""
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
