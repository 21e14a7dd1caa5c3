"""The columns of the table formats (CSV, Markdown, Jira) and the comment the test tools get.

One list (``COLUMNS``): its key (the JSON name), its header (translated when shown) and how a
row's cell is read. Every cell is passed through ``rows.safe``.
"""

from __future__ import annotations

from collections.abc import Callable

from omise_token_gui.core.export.rows import EvidenceRow, iso, safe
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate, translator

_ = translator("Export")
_CTX = "Export"


def _text(value: object) -> str:
    return "" if value is None else str(value)


Cell = Callable[[EvidenceRow], str]

COLUMNS: tuple[tuple[str, str, Cell], ...] = (
    ("time", QT_TRANSLATE_NOOP("Export", "Time (UTC)"), lambda r: iso(r.attempt.at)),
    ("test_key", QT_TRANSLATE_NOOP("Export", "Test case"), lambda r: r.attempt.test_key),
    ("result", QT_TRANSLATE_NOOP("Export", "Result"), lambda r: r.result.value),
    ("outcome", QT_TRANSLATE_NOOP("Export", "Outcome"), lambda r: r.attempt.outcome.value),
    ("scenario", QT_TRANSLATE_NOOP("Export", "Scenario"), lambda r: _text(r.attempt.scenario)),
    ("card", QT_TRANSLATE_NOOP("Export", "Card"), lambda r: r.card),
    ("token_id", QT_TRANSLATE_NOOP("Export", "Token"), lambda r: _text(r.attempt.token_id)),
    ("charge_status", QT_TRANSLATE_NOOP("Export", "Charge status"), lambda r: r.charge_status),
    ("failure_code", QT_TRANSLATE_NOOP("Export", "Failure code"), lambda r: r.failure_code),
    ("expected", QT_TRANSLATE_NOOP("Export", "Expected"), lambda r: r.expected),
    ("verdict", QT_TRANSLATE_NOOP("Export", "Verdict"), lambda r: _text(r.verdict)),
    ("verdict_reason", QT_TRANSLATE_NOOP("Export", "Why"), lambda r: r.verdict_reason),
    ("error_code", QT_TRANSLATE_NOOP("Export", "Error code"),
     lambda r: _text(r.attempt.error_code)),
    ("error_message", QT_TRANSLATE_NOOP("Export", "Error"), lambda r: r.attempt.error_message),
    ("duration_ms", QT_TRANSLATE_NOOP("Export", "Duration (ms)"),
     lambda r: _text(r.attempt.duration_ms)),
    ("profile", QT_TRANSLATE_NOOP("Export", "Profile"), lambda r: r.attempt.profile),
    ("note", QT_TRANSLATE_NOOP("Export", "Note"), lambda r: r.attempt.note),
    ("attempt_id", QT_TRANSLATE_NOOP("Export", "Attempt"), lambda r: r.attempt.attempt_id),
)  # fmt: skip


def headers() -> list[str]:
    """The column headers in the current language."""
    return [translate(_CTX, label) for _key, label, _cell in COLUMNS]


def cells(row: EvidenceRow) -> list[str]:
    """The row's cells, in ``COLUMNS`` order, masked (``rows.safe``)."""
    return [safe(cell(row)) for _key, _label, cell in COLUMNS]


def comment(row: EvidenceRow) -> str:
    """A few lines on what happened, for a test tool's result comment (current language)."""
    a = row.attempt
    lines = [
        _("Scenario: {scenario} ({card})").format(scenario=a.scenario or "-", card=row.card or "-"),
        _("Outcome: {outcome}").format(outcome=a.outcome.value)
        + (f" {a.token_id}" if a.token_id else ""),
    ]
    if row.token is not None:
        charge = row.charge_status + (f": {row.failure_code}" if row.failure_code else "")
        lines.append(
            _("Charge: {charge}; expected: {expected}").format(
                charge=charge, expected=row.expected or "-"
            )
        )
        lines.append(
            _("Verdict: {verdict} ({reason})").format(
                verdict=row.verdict or "", reason=row.verdict_reason
            )
        )
    if a.error_code or a.error_message:
        lines.append(
            _("Error: {code} {message}").format(code=a.error_code or "", message=a.error_message)
        )
    if row.expected_error:
        lines.append(_("Sent anyway: the vault's refusal was the expected end."))
    if a.note:
        lines.append(_("Note: {note}").format(note=a.note))
    return safe("\n".join(line.strip() for line in lines))
