"""Charge statuses and the verdict rule, written once.

The verdict says whether a token's charge ended the way its test card promised: ``None``
(not decided yet: the charge is not final, or the card promises nothing), ``False`` (a
different status, or a different failure code when both are known) or ``True``.

The rule is one table of clauses (``RULE``). ``verdict`` reads it in Python (the history's
Verdict column); ``VERDICT_SQL`` renders the same table as an SQLite expression (the history's
sort key: 0 undecided, 1 wrong, 2 as expected), so the column and its sort cannot disagree.
Every condition renders to SQL that is 0 or 1, never NULL, so SQL's three-valued logic
cannot make the two readings differ.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from omise_token_gui.core.frozen import frozen

CHARGE_STATUSES = ("unknown", "pending", "successful", "failed", "reversed", "expired")
FINAL_CHARGE_STATUSES = frozenset({"successful", "failed", "reversed", "expired"})

# The history columns the rule reads (names of TokenRecord fields and of SQL columns).
FIELDS = ("charge_status", "expected_charge_status", "failure_code", "expected_failure_code")
Row = Mapping[str, str | None]

_NAME = re.compile(r"[a-z_]+")


def _word(text: str) -> str:
    if not _NAME.fullmatch(text):  # names and literals are ours; nothing typed reaches here
        raise ValueError(f"not a plain word: {text!r}")
    return text


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


# The rule: the first clause that holds gives the verdict; none holding means True.
RULE: tuple[tuple[Cond, bool | None], ...] = (
    (
        AnyOf(
            (Not(OneOf("charge_status", FINAL_CHARGE_STATUSES)), Missing("expected_charge_status"))
        ),
        None,
    ),
    (Not(Same("charge_status", other="expected_charge_status")), False),
    (
        AllOf(
            (
                Same("charge_status", literal="failed"),
                Present("failure_code"),
                Present("expected_failure_code"),
                Not(Same("failure_code", other="expected_failure_code")),
            )
        ),
        False,
    ),
)
OTHERWISE = True

RANK = {None: 0, False: 1, True: 2}  # the SQL expression's value for each verdict


def verdict(row: Row) -> bool | None:
    """The verdict for a row holding ``FIELDS`` (see the module docstring)."""
    for cond, outcome in RULE:
        if cond.holds(row):
            return outcome
    return OTHERWISE


def _render() -> str:
    whens = " ".join(f"WHEN {cond.sql()} THEN {RANK[outcome]}" for cond, outcome in RULE)
    return f"CASE {whens} ELSE {RANK[OTHERWISE]} END"


VERDICT_SQL = _render()
