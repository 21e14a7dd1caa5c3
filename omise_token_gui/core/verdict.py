"""Charge statuses and the verdict rule, written once (docs/verdicts.md).

The verdict says how a token's charge compares with what its test card promises, one of five
values (``Verdict``): ``match`` (status, and failure code when one is promised, both seen and
equal; or an authorize-only charge authorized on a card that should succeed), ``status_only``
(the status matches but the failure code could not be seen: a public key reads the token,
whose ``charge_status`` carries no failure code), ``mismatch``, ``pending`` (not charged yet,
or the charge is not final: 3-D Secure passes through ``pending``) and ``none`` (not a
catalog card: nothing was promised).

The rule is one table of clauses (``RULE``): the first clause that holds gives the verdict
and its reason (a text, translated when shown). ``verdict`` reads it in Python (the history's
Verdict column, the command line); ``VERDICT_SQL`` renders the same table as an SQLite
expression (the history's sort key, ``RANK``), so the column and its sort cannot disagree.
Every condition renders to SQL that is 0 or 1, never NULL, so SQL's three-valued logic
cannot make the two readings differ.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping

from omise_token_gui.core.frozen import frozen
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate

CHARGE_STATUSES = ("unknown", "pending", "successful", "failed", "reversed", "expired")
FINAL_CHARGE_STATUSES = frozenset({"successful", "failed", "reversed", "expired"})

# The history columns the rule reads (names of TokenRecord fields and of SQL columns).
FIELDS = (
    "charge_status",
    "expected_charge_status",
    "failure_code",
    "expected_failure_code",
    "authorized",
)
Row = Mapping[str, object]  # the texts above, and ``authorized``: True, False or None

_NAME = re.compile(r"[a-z_]+")


def _word(text: str) -> str:
    if not _NAME.fullmatch(text):  # names and literals are ours; nothing typed reaches here
        raise ValueError(f"not a plain word: {text!r}")
    return text


class Verdict(enum.StrEnum):
    """The five verdicts (their values are what ``omise-token history --json`` prints)."""

    MATCH = "match"
    STATUS_ONLY = "status_only"
    MISMATCH = "mismatch"
    PENDING = "pending"
    NONE = "none"


class Cond:
    """A condition on a row: ``holds`` reads it in Python, ``sql`` renders it (0 or 1)."""

    def holds(self, row: Row) -> bool:
        raise NotImplementedError

    def sql(self) -> str:
        raise NotImplementedError


@frozen
class OneOf(Cond):
    """The column holds one of ``values`` (NULL holds none)."""

    column: str
    values: frozenset[str]

    def holds(self, row: Row) -> bool:
        return row[self.column] in self.values

    def sql(self) -> str:
        listed = ", ".join(f"'{_word(v)}'" for v in sorted(self.values))
        return f"IFNULL({_word(self.column)} IN ({listed}), 0)"


@frozen
class Missing(Cond):
    """The column is NULL (``None``)."""

    column: str

    def holds(self, row: Row) -> bool:
        return row[self.column] is None

    def sql(self) -> str:
        return f"({_word(self.column)} IS NULL)"


@frozen
class Present(Cond):
    """The column holds a non-empty text."""

    column: str

    def holds(self, row: Row) -> bool:
        return bool(row[self.column])

    def sql(self) -> str:
        return f"(IFNULL({_word(self.column)}, '') <> '')"


@frozen
class Same(Cond):
    """Two columns hold the same value (NULL equals NULL), or a column holds ``literal``."""

    column: str
    other: str | None = None
    literal: str | None = None

    def holds(self, row: Row) -> bool:
        value = row[self.other] if self.other is not None else self.literal
        return row[self.column] == value

    def sql(self) -> str:
        value = _word(self.other) if self.other is not None else f"'{_word(self.literal or '')}'"
        return f"({_word(self.column)} IS {value})"


@frozen
class IsTrue(Cond):
    """A nullable 0/1 column that holds 1 (True): NULL, 0 and anything else do not."""

    column: str

    def holds(self, row: Row) -> bool:
        value = row[self.column]
        return isinstance(value, int) and value == 1  # True == 1; a bool is an int

    def sql(self) -> str:
        col = _word(self.column)
        return f"(typeof({col}) = 'integer' AND {col} = 1)"


@frozen
class Not(Cond):
    inner: Cond

    def holds(self, row: Row) -> bool:
        return not self.inner.holds(row)

    def sql(self) -> str:
        return f"(NOT {self.inner.sql()})"


@frozen
class AllOf(Cond):
    parts: tuple[Cond, ...]

    def holds(self, row: Row) -> bool:
        return all(p.holds(row) for p in self.parts)

    def sql(self) -> str:
        return "(" + " AND ".join(p.sql() for p in self.parts) + ")"


@frozen
class AnyOf(Cond):
    parts: tuple[Cond, ...]

    def holds(self, row: Row) -> bool:
        return any(p.holds(row) for p in self.parts)

    def sql(self) -> str:
        return "(" + " OR ".join(p.sql() for p in self.parts) + ")"


@frozen
class Clause:
    """One line of the rule: when ``cond`` holds, the verdict is ``verdict`` because of
    ``reason`` (English, translated when shown; ``{status}``, ``{expected}``, ``{code}`` and
    ``{expected_code}`` are filled from the row)."""

    cond: Cond
    verdict: Verdict
    reason: str


def _is(column: str, value: str) -> Cond:
    return Same(column, literal=value)


_SUCCEEDS = _is("expected_charge_status", "successful")
_AUTHORIZED = IsTrue("authorized")
_FAILED = _is("charge_status", "failed")
_UNDONE = OneOf("charge_status", frozenset({"reversed", "expired"}))

# The rule: the first clause that holds gives the verdict; none holding gives ``OTHERWISE``.
RULE: tuple[Clause, ...] = (
    Clause(
        Missing("expected_charge_status"),
        Verdict.NONE,
        QT_TRANSLATE_NOOP(
            "Verdict", "Not a catalog card: nothing was promised, so nothing is compared."
        ),
    ),
    Clause(
        AllOf((_AUTHORIZED, _is("charge_status", "pending"), _SUCCEEDS)),
        Verdict.MATCH,
        QT_TRANSLATE_NOOP(
            "Verdict",
            "An authorize-only charge (capture=false) was authorized: Omise's own plugins "
            "count that as a success, which is what this card promises.",
        ),
    ),
    Clause(
        AllOf((_AUTHORIZED, _is("charge_status", "pending"))),
        Verdict.MISMATCH,
        QT_TRANSLATE_NOOP(
            "Verdict", "Expected {expected}, but the charge was authorized (capture=false)."
        ),
    ),
    Clause(
        _is("charge_status", "unknown"),
        Verdict.PENDING,
        QT_TRANSLATE_NOOP("Verdict", "Not charged yet: the token has not been used in a charge."),
    ),
    Clause(
        Not(OneOf("charge_status", FINAL_CHARGE_STATUSES)),
        Verdict.PENDING,
        QT_TRANSLATE_NOOP(
            "Verdict",
            "The charge is not final yet ({status}): a 3-D Secure charge stays pending, with "
            "an authorize_uri, until the buyer comes back; an authorize-only charge "
            "(capture=false) until it is captured or reversed. Refresh it later.",
        ),
    ),
    Clause(
        AllOf((_SUCCEEDS, _UNDONE, _AUTHORIZED)),
        Verdict.MATCH,
        QT_TRANSLATE_NOOP(
            "Verdict",
            "The charge was authorized, as this card promises, and later {status} "
            "(never captured): the card did its part.",
        ),
    ),
    Clause(
        AllOf((_SUCCEEDS, _UNDONE)),
        Verdict.STATUS_ONLY,
        QT_TRANSLATE_NOOP(
            "Verdict",
            "Only an authorized charge can end {status}, so the card most likely did what it "
            "promises; but the authorization itself could not be seen with a public key. "
            "Check it in the dashboard or your backend's logs.",
        ),
    ),
    Clause(
        Not(Same("charge_status", other="expected_charge_status")),
        Verdict.MISMATCH,
        QT_TRANSLATE_NOOP("Verdict", "Expected {expected}; the charge ended {status}."),
    ),
    Clause(
        AllOf((_FAILED, Present("expected_failure_code"), Not(Present("failure_code")))),
        Verdict.STATUS_ONLY,
        QT_TRANSLATE_NOOP(
            "Verdict",
            "The charge failed, as this card promises, but the failure code could not be "
            "seen: a public key cannot read the charge's failure code; check it in the "
            "dashboard or your backend's logs.",
        ),
    ),
    Clause(
        AllOf(
            (
                _FAILED,
                Present("expected_failure_code"),
                Not(Same("failure_code", other="expected_failure_code")),
            )
        ),
        Verdict.MISMATCH,
        QT_TRANSLATE_NOOP(
            "Verdict", "Expected failure code {expected_code}; the charge failed with {code}."
        ),
    ),
    Clause(
        AllOf((_FAILED, Present("expected_failure_code"))),
        Verdict.MATCH,
        QT_TRANSLATE_NOOP(
            "Verdict",
            "The charge failed with {code}, as this card promises: status and "
            "failure code both compared.",
        ),
    ),
)
OTHERWISE = Clause(
    AllOf(()),
    Verdict.MATCH,
    QT_TRANSLATE_NOOP("Verdict", "The charge ended {status}, as this card promises."),
)

# The SQL expression's value for each verdict: the history's sort order, worst news first
# after the undecided ones (ascending: none, pending, mismatch, status_only, match).
RANK = {
    Verdict.NONE: 0,
    Verdict.PENDING: 1,
    Verdict.MISMATCH: 2,
    Verdict.STATUS_ONLY: 3,
    Verdict.MATCH: 4,
}


def clause(row: Row) -> Clause:
    """The clause of ``RULE`` that decides ``row`` (a mapping holding ``FIELDS``)."""
    for line in RULE:
        if line.cond.holds(row):
            return line
    return OTHERWISE


def verdict(row: Row) -> Verdict:
    """The verdict for a row holding ``FIELDS`` (see the module docstring)."""
    return clause(row).verdict


def expected_text(row: Row) -> str:
    """The promised outcome as the history shows it: ``failed: insufficient_fund``,
    ``successful``, or nothing."""
    code, status = row.get("expected_failure_code"), row.get("expected_charge_status")
    if code:
        return f"failed: {code}"
    return str(status) if status else ""


def reason(row: Row) -> str:
    """Why ``row`` has its verdict, in the current language (the cell's tooltip, the
    command line's ``verdict_reason``)."""
    return translate("Verdict", clause(row).reason).format(
        status=row.get("charge_status") or "",
        expected=expected_text(row),
        code=row.get("failure_code") or "",
        expected_code=row.get("expected_failure_code") or "",
    )


def _render() -> str:
    whens = " ".join(f"WHEN {line.cond.sql()} THEN {RANK[line.verdict]}" for line in RULE)
    return f"CASE {whens} ELSE {RANK[OTHERWISE.verdict]} END"


VERDICT_SQL = _render()
