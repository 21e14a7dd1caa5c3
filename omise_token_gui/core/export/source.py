"""Where an export's rows come from: the attempt log's selection, each created attempt with its
token as the history has it now; and ``parse_since``, the one reading of ``--since``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, time
from typing import Protocol

from omise_token_gui.core.evidence import Attempt
from omise_token_gui.core.export.rows import EvidenceRow
from omise_token_gui.core.history import HistoryFilter, TokenRecord
from omise_token_gui.core.i18n import translator

_ = translator("Export")


class SelectedRow(Protocol):
    """A row the attempt log selects (``core.attempts.AttemptRow``): an attempt and, for a
    created one, its token as the history has it now."""

    @property
    def attempt(self) -> Attempt: ...
    @property
    def token(self) -> TokenRecord | None: ...


class Select(Protocol):
    """``core.attempts.select`` over one history (oldest first)."""

    def __call__(
        self,
        *,
        tag: str | None = None,
        since: datetime | None = None,
        ids: Iterable[str] | None = None,
        where: HistoryFilter | None = None,
        tokens_only: bool = False,
    ) -> Sequence[SelectedRow]: ...


def evidence_rows(selected: Iterable[SelectedRow]) -> list[EvidenceRow]:
    """The export's rows for what the attempt log selected."""
    return [EvidenceRow(r.attempt, r.token) for r in selected]


def parse_since(text: str, now: datetime) -> datetime:
    """``2026-12-02`` (midnight, local time) or ``2026-12-02T10:00`` / ``…+07:00`` (ISO 8601;
    local time when no offset is given). ValueError with a sentence for anything else,
    or a moment after ``now`` (aware)."""
    raw = text.strip()
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise ValueError(
            _("not a date: {text} (give 2026-12-02 or 2026-12-02T10:00+07:00)").format(
                text=repr(text)
            )
        ) from None
    if len(raw) == 10:  # a date alone
        moment = datetime.combine(moment.date(), time())
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the computer's local time
    if moment > now:
        raise ValueError(_("{text} is in the future: nothing could match.").format(text=text))
    return moment
