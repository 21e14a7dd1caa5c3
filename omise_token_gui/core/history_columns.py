"""What each history column shows, written once: read in Python (the table's cells) and
rendered as SQLite (the history filter), so the filter matches exactly the text on screen.

Each column's text is a small expression (``Text``) over a record's fields: ``text(row)``
reads it in Python, ``sql()`` renders it as an SQLite expression of the same value. The
conditions are ``core.verdict``'s (the verdict rule uses the same two readings). A filter of
several words keeps the rows where every word is found in some column (``filter_sql``).

Created times are shown in local time with the UTC offset, in the language's form
(``core.local_format.history_stamp``): ``2026-12-02 14:05:09 +07:00`` in English,
``2 ธ.ค. 2569 14:05:09 +07:00`` in Thai (Buddhist-era year); outside the years both Python
and SQLite read the local zone alike (1970-2037), in UTC.

The texts the app adds (``used``, ``✔ matches``…) are translated when asked for, in
Python and in the SQL alike: the filter always matches the text on screen in the language
shown now (``text`` and ``sql`` read the current language; a language switch re-renders the
table and runs the filter again). Stored values stay as they are (ISO 8601, Gregorian).
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import fields
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from omise_token_gui.core import i18n, local_format
from omise_token_gui.core.frozen import frozen
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from omise_token_gui.core.verdict import (
    RANK,
    VERDICT_SQL,
    AllOf,
    Cond,
    Missing,
    Present,
    Row,
    Same,
    Verdict,
    verdict,
)

_NAME = re.compile(r"[a-z_][a-z0-9_]*")
Record = Mapping[str, Any]  # a record's fields by name (``row_of``)

LOCAL_FROM = datetime(1970, 1, 2, tzinfo=UTC)
LOCAL_UNTIL = datetime(2037, 12, 31, tzinfo=UTC)


def _word(name: str) -> str:
    if not _NAME.fullmatch(name):  # column names are ours; nothing typed reaches here
        raise ValueError(f"not a column name: {name!r}")
    return name


def row_of(record: object) -> dict[str, Any]:
    """A record's fields by name (``TokenRecord`` or any dataclass with the same fields)."""
    return {f.name: getattr(record, f.name) for f in fields(record)}  # type: ignore[arg-type]


class Text:
    """A column's text: ``text`` reads it in Python, ``sql`` renders it (never NULL)."""

    def text(self, row: Record) -> str:
        raise NotImplementedError

    def sql(self) -> str:
        raise NotImplementedError


@frozen
class Lit(Text):
    value: str

    def text(self, row: Record) -> str:
        return self.value

    def sql(self) -> str:
        return "'" + self.value.replace("'", "''") + "'"


@frozen
class Col(Text):
    """A text column as stored (NULL shows as nothing)."""

    column: str

    def text(self, row: Record) -> str:
        value = row[self.column]
        return "" if value is None else str(value)

    def sql(self) -> str:
        return f"IFNULL({_word(self.column)}, '')"


@frozen
class Cat(Text):
    parts: tuple[Text, ...]

    def text(self, row: Record) -> str:
        return "".join(p.text(row) for p in self.parts)

    def sql(self) -> str:
        return "(" + " || ".join(p.sql() for p in self.parts) + ")"


@frozen
class If(Text):
    cond: Cond
    then: Text
    otherwise: Text

    def text(self, row: Record) -> str:
        return self.then.text(row) if self.cond.holds(row) else self.otherwise.text(row)

    def sql(self) -> str:
        cond, then, otherwise = self.cond.sql(), self.then.sql(), self.otherwise.sql()
        return f"(CASE WHEN {cond} THEN {then} ELSE {otherwise} END)"


@frozen
class Fmt(Text):
    """A text of the app's, translated when shown (``HistoryColumns`` context), its
    ``{name}`` fields filled with other texts: ``Fmt("✘ expected {outcome}", ...)``."""

    source: str
    fields: tuple[tuple[str, Text], ...] = ()

    def _parts(self) -> list[Text]:
        template = translate("HistoryColumns", self.source)
        named = dict(self.fields)
        parts: list[Text] = []
        for literal, name, _spec, _conv in string.Formatter().parse(template):
            if literal:
                parts.append(Lit(literal))
            if name is not None:
                parts.append(named[name])
        return parts

    def text(self, row: Record) -> str:
        return "".join(p.text(row) for p in self._parts())

    def sql(self) -> str:
        return Cat(tuple(self._parts())).sql() if self._parts() else "''"


@cache
def _catalog_labels() -> frozenset[str]:
    """The catalog's scenario labels (English, as stored): the ones a record's label is
    translated from (``Catalog`` context), when it is one of them."""
    from omise_token_gui.core.catalog import load_catalog

    try:
        return frozenset(load_catalog().scenario_labels.values())
    except (OSError, ValueError, KeyError):
        return frozenset()


@frozen
class Label(Text):
    """A stored catalog label (English) in the current language: a label of the shipped
    catalog is translated, any other text is shown as stored (NULL as nothing)."""

    column: str

    def text(self, row: Record) -> str:
        value = row[self.column]
        if value is None:
            return ""
        text = str(value)
        return translate("Catalog", text) if text in _catalog_labels() else text

    def sql(self) -> str:
        col = _word(self.column)
        pairs = [(label, translate("Catalog", label)) for label in sorted(_catalog_labels())]
        whens = " ".join(
            f"WHEN {Lit(label).sql()} THEN {Lit(shown).sql()}"
            for label, shown in pairs
            if shown != label
        )
        if not whens:
            return f"IFNULL({col}, '')"
        return f"(CASE {col} {whens} ELSE IFNULL({col}, '') END)"


@frozen
class Flag(Cond):
    """A 0/1 column that is 1 (stored as a number; anything else reads as 0)."""

    column: str

    def holds(self, row: Row) -> bool:
        return bool(row[self.column])

    def sql(self) -> str:
        col = _word(self.column)
        return f"(typeof({col}) IN ('integer', 'real') AND {col} <> 0)"


@frozen
class VerdictIs(Cond):
    """The verdict rule (``core.verdict``) gives ``outcome``."""

    outcome: Verdict

    def holds(self, row: Row) -> bool:
        return verdict(row) is self.outcome

    def sql(self) -> str:
        return f"(({VERDICT_SQL}) = {RANK[self.outcome]})"


def _stamp(moment: datetime) -> str:
    return local_format.history_stamp(moment, i18n.current())


def _offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_time(moment: datetime) -> str:
    """A moment as the Created column shows it: local time and its UTC offset; in UTC
    outside ``LOCAL_FROM``..``LOCAL_UNTIL``."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if LOCAL_FROM <= moment < LOCAL_UNTIL:
        local = moment.astimezone()
        offset = local.utcoffset() or timedelta(0)
        return f"{_stamp(local)} {_offset(round(offset.total_seconds() / 60))}"
    return f"{_stamp(moment.astimezone(UTC))} UTC"


@frozen
class LocalTime(Text):
    """A stored time column (ISO text, UTC) as ``local_time`` shows it."""

    column: str

    def text(self, row: Record) -> str:
        value = row[self.column]
        return local_time(value) if isinstance(value, datetime) else ""

    def sql(self) -> str:
        # Whole seconds, as Python shows them: SQLite would round the stored microseconds
        # (the six digits ``core.history`` writes) to milliseconds, which can carry a second.
        name = _word(self.column)
        whole = f"substr({name}, 1, 19) || substr({name}, 27)"
        col = f"(CASE WHEN substr({name}, 20, 1) = '.' THEN {whole} ELSE {name} END)"
        m = f"CAST(round((julianday({col}, 'localtime') - julianday({col})) * 1440) AS INTEGER)"
        offset = (
            f"CASE WHEN {m} < 0 THEN printf('-%02d:%02d', -{m} / 60, -{m} % 60) "
            f"ELSE printf('+%02d:%02d', {m} / 60, {m} % 60) END"
        )
        local = stamp_sql(col, ", 'localtime'") + f" || ' ' || {offset}"
        bounds = (
            f"julianday({col}) >= julianday('{LOCAL_FROM:%Y-%m-%d}') "
            f"AND julianday({col}) < julianday('{LOCAL_UNTIL:%Y-%m-%d}')"
        )
        utc = f"{stamp_sql(col)} || ' UTC'"
        return f"IFNULL(CASE WHEN {bounds} THEN {local} ELSE {utc} END, '')"


def stamp_sql(col: str, modifiers: str = "", language: str | None = None) -> str:
    """``local_format.history_stamp`` as an SQLite expression of the ISO time ``col``
    (``modifiers``: strftime's, e.g. ``, 'localtime'``); Thai's month names and year offset
    come from ``core.local_format``, so the two readings cannot drift apart."""

    def part(fmt: str) -> str:
        return f"strftime('{fmt}', {col}{modifiers})"

    if (language or i18n.current()) != i18n.THAI:
        return part("%Y-%m-%d %H:%M:%S")
    months = local_format.MONTHS[i18n.THAI]
    whens = " ".join(f"WHEN '{i:02d}' THEN {Lit(name).sql()}" for i, name in enumerate(months, 1))
    day = f"CAST({part('%d')} AS INTEGER)"
    year = f"(CAST({part('%Y')} AS INTEGER) + {local_format.BUDDHIST_ERA_OFFSET})"
    month = f"(CASE {part('%m')} {whens} END)"
    return f"({day} || ' ' || {month} || ' ' || {year} || ' ' || {part('%H:%M:%S')})"


# "failed: insufficient_fund", "successful", or nothing (no card outcome is known).
EXPECTED = If(
    Present("expected_failure_code"),
    Cat((Lit("failed: "), Col("expected_failure_code"))),
    Col("expected_charge_status"),
)

# The Verdict column's words for the verdicts that need no other field (``✘ expected …``
# names the outcome); the symbol first: ✔ ◐ ◷ — (◷, not ⏳: the fonts the app depends on,
# DejaVu and TLWG, draw it; ⏳ has no glyph there). "—" is not translated.
VERDICT_WORDS: dict[Verdict, str] = {
    Verdict.MATCH: QT_TRANSLATE_NOOP("HistoryColumns", "✔ matches"),
    Verdict.STATUS_ONLY: QT_TRANSLATE_NOOP("HistoryColumns", "◐ status matches"),
    Verdict.PENDING: QT_TRANSLATE_NOOP("HistoryColumns", "◷ pending"),
    Verdict.NONE: "—",
}

# The columns, by the sort keys of ``core.history.SORT_KEYS``.
COLUMN_TEXT: dict[str, Text] = {
    "created": LocalTime("created_at"),
    "token": Col("token_id"),
    "card": Cat((Col("brand"), Lit(" •••• "), Col("last4"))),
    "scenario": If(
        Missing("scenario_label"),
        Fmt(QT_TRANSLATE_NOOP("HistoryColumns", "(typed-in card)")),
        If(
            Missing("expected_charge_status"),
            Label("scenario_label"),
            Cat((Label("scenario_label"), Lit(" · "), EXPECTED)),
        ),
    ),
    "used": If(
        Flag("used"),
        Fmt(QT_TRANSLATE_NOOP("HistoryColumns", "used")),
        Fmt(QT_TRANSLATE_NOOP("HistoryColumns", "unused")),
    ),
    "charge_status": If(
        AllOf((Same("charge_status", literal="failed"), Present("failure_code"))),
        Cat((Lit("failed: "), Col("failure_code"))),
        Col("charge_status"),
    ),
    # ✔ matches, ◐ status matches (the failure code not seen), ✘ expected …, ◷ pending,
    # — not a catalog card (the cell's tooltip gives the rule's reason: core.verdict.reason).
    "verdict": If(
        VerdictIs(Verdict.MATCH),
        Fmt(VERDICT_WORDS[Verdict.MATCH]),
        If(
            VerdictIs(Verdict.STATUS_ONLY),
            Fmt(VERDICT_WORDS[Verdict.STATUS_ONLY]),
            If(
                VerdictIs(Verdict.MISMATCH),
                Fmt(
                    QT_TRANSLATE_NOOP("HistoryColumns", "✘ expected {outcome}"),
                    (("outcome", EXPECTED),),
                ),
                If(
                    VerdictIs(Verdict.PENDING),
                    Fmt(VERDICT_WORDS[Verdict.PENDING]),
                    Lit(VERDICT_WORDS[Verdict.NONE]),
                ),
            ),
        ),
    ),
    "profile": Col("profile"),
    "tag": Col("test_key"),  # the test case (``core.attempts.set_tag``)
}

# Searched by the filter, though no column shows it: the note (the details pane shows it).
FILTER_ONLY: dict[str, Text] = {"note": Col("note")}

# How each attempt ended (``core.evidence.Outcome``), as the all-attempts view shows it.
OUTCOME_WORDS: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("HistoryColumns", "created"),
    "refused": QT_TRANSLATE_NOOP("HistoryColumns", "refused here"),
    "vault_error": QT_TRANSLATE_NOOP("HistoryColumns", "vault error"),
    "network": QT_TRANSLATE_NOOP("HistoryColumns", "network fault"),
    "cancelled": QT_TRANSLATE_NOOP("HistoryColumns", "cancelled"),
    "unknown": QT_TRANSLATE_NOOP("HistoryColumns", "no answer read"),
}


def _outcome_text() -> Text:
    shown: Text = Col("outcome")  # an outcome this version does not know: as stored
    for value, words in reversed(OUTCOME_WORDS.items()):
        shown = If(Same("outcome", literal=value), Fmt(words), shown)
    with_code = Cat((shown, Lit(": "), Col("error_code")))
    return If(Present("error_code"), with_code, shown)


# The all-attempts view's own columns (the rows of ``core.attempts.page``): the outcome
# (``vault error: invalid_card``) and the error's sentence (Omise's message, or the app's).
ATTEMPT_TEXT: dict[str, Text] = {
    "outcome": _outcome_text(),
    "error": Col("error_message"),
}


def shown(record: object, key: str) -> str:
    """The text the history table shows for ``record`` in column ``key`` (a key of
    ``COLUMN_TEXT``, or of ``ATTEMPT_TEXT`` for an attempt's row: ``AttemptRow.fields()``)."""
    row = record if isinstance(record, Mapping) else row_of(record)
    return {**COLUMN_TEXT, **ATTEMPT_TEXT}[key].text(row)


def filter_words(text: str) -> list[str]:
    """The words of a filter (each must be found in some column)."""
    return text.split()


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# Every character the Created column can show (digits, separators, "UTC"; in Thai the month
# abbreviations too): a word with any other character cannot be found there, and the costly
# time expression is left out for it.
_TIME_CHARACTERS = frozenset("0123456789-:+ utc")


def time_characters(language: str | None = None) -> frozenset[str]:
    """The characters the Created column can show in ``language`` (the current one)."""
    if (language or i18n.current()) != i18n.THAI:
        return _TIME_CHARACTERS
    return _TIME_CHARACTERS | frozenset("".join(local_format.MONTHS[i18n.THAI])) | {"."}


def filter_sql(text: str, attempts: bool = False) -> tuple[str, list[str]]:
    """An SQLite condition (and its arguments) keeping the rows where every word of ``text``
    is found in the shown text of some column, in the current language or in English ("" and
    no arguments: no words): a script's ``--filter 2026-12-02`` or ``unused`` finds the same
    rows whatever the language, and a Thai word finds what the Thai window shows. SQLite's
    LIKE ignores the case of ASCII letters. The Created column is tried last (it costs
    most), and only for a word it could show. The note is searched too (``FILTER_ONLY``);
    ``attempts``: the rows are attempts' (``core.attempts``), whose outcome and error are
    searched as well (``ATTEMPT_TEXT``)."""
    searched = {**COLUMN_TEXT, **FILTER_ONLY, **(ATTEMPT_TEXT if attempts else {})}
    clauses: list[str] = []
    args: list[str] = []
    languages = dict.fromkeys((i18n.current(), i18n.ENGLISH))
    for word in filter_words(text):
        tests: list[str] = []
        for language in languages:
            with i18n.speaking(language):
                keys = [k for k in searched if k != "created"]
                if set(word.lower()) <= time_characters(language):
                    keys.append("created")
                tests += [f"{searched[k].sql()} LIKE ? ESCAPE '\\'" for k in keys]
        clauses.append("(" + " OR ".join(tests) + ")")
        args.extend([_like(word)] * len(tests))
    return ("(" + " AND ".join(clauses) + ")" if clauses else ""), args
