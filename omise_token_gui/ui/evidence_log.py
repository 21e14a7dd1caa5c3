"""The attempt log as the window's evidence parts ask for it: ``core.attempts`` over the
history the window shows now (a repaired history replaces it: ``store()`` is asked each
time)."""

from __future__ import annotations

from collections.abc import Callable

from omise_token_gui.core import attempts
from omise_token_gui.core.evidence import Attempt
from omise_token_gui.core.history import HistoryStore, TokenRecord


class HistoryEvidence:
    """``ui.details_actions.EvidenceLog`` over ``core.attempts``."""

    def __init__(self, store: Callable[[], HistoryStore]) -> None:
        self._store = store

    def for_token(self, token_id: str) -> list[Attempt]:
        return attempts.for_token(self._store(), token_id)

    def events(self, token_id: str) -> list[attempts.TokenEvent]:
        return attempts.events(self._store(), token_id)

    def created_json(self, token_id: str) -> str | None:
        return attempts.created_json(self._store(), token_id)

    def token(self, token_id: str) -> TokenRecord | None:
        return self._store().get(token_id)

    def set_tag(self, item_id: str, tag: str) -> None:
        attempts.set_tag(self._store(), item_id, tag)

    def set_note(self, item_id: str, note: str) -> None:
        attempts.set_note(self._store(), item_id, note)
