"""Create a token from the card form: enable Create, start and cancel the request, show the
answer. A controller handed only its collaborators (never the window)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Protocol

from omise_token_gui.core.cards import CardInput
from omise_token_gui.core.catalog import CatalogCard, shown, source_text
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from omise_token_gui.core.settings import Profile
from omise_token_gui.ui import reasons
from omise_token_gui.ui.card_form import CardForm
from omise_token_gui.ui.clipboard import TextClipboard
from omise_token_gui.ui.create_panel import CreatePanel
from omise_token_gui.ui.history_actions import StatusLine
from omise_token_gui.ui.history_model import HistoryModel
from omise_token_gui.ui.history_view import HistoryPanel
from omise_token_gui.ui.i18n import translator
from omise_token_gui.ui.tasks import TaskRunner

_ = translator("CreateActions")
TOO_MANY_PROBLEMS = QT_TRANSLATE_NOOP(
    "CreateActions",
    "The card has problems (see the fields). Tick 'Send anyway (negative test)' to send it "
    "regardless.",
)
CANCELLED = QT_TRANSLATE_NOOP(
    "CreateActions",
    "Cancelled. If the vault had already created a token, it was not stored; nothing was "
    "sent twice.",
)


class CreateService(Protocol):
    """What creating asks of ``core.service.TokenService``."""

    async def create(
        self, card: CardInput, profile: Profile, *, allow_invalid: bool = False, test_key: str = ""
    ) -> TokenRecord: ...


class CreateActions:
    """``service()`` is None until the network side is up (Create stays disabled until then);
    ``profile()`` is the active profile; ``created`` and ``finished`` are told of each new
    token and of the end of every attempt (success, error or cancel)."""

    def __init__(
        self,
        *,
        service: Callable[[], CreateService | None],
        profile: Callable[[], Profile],
        form: CardForm,
        panel: CreatePanel,
        history_model: HistoryModel,
        history_panel: HistoryPanel,
        clipboard: TextClipboard,
        status: StatusLine,
        tasks: TaskRunner,
        created: Callable[[TokenRecord], Any],
        finished: Callable[[], Any],
    ) -> None:
        self._service = service
        self._profile = profile
        self._form = form
        self._panel = panel
        self._model = history_model
        self._history_panel = history_panel
        self._clipboard = clipboard
        self._status = status
        self._tasks = tasks
        self._created = created
        self._finished = finished
        self.task: asyncio.Task[None] | None = None
        self.last_token: TokenRecord | None = None
        self.test_key: Callable[[], str] = lambda: ""  # the current test case (evidence_link)
        form.changed.connect(self.update_enabled)
        panel.send_anyway.toggled.connect(self.update_enabled)
        panel.create_button.clicked.connect(self.create_token)
        panel.cancel_button.clicked.connect(self.cancel)
        panel.retry_button.clicked.connect(self.create_token)
        panel.reset_button.clicked.connect(self.reset_form)

    def _say(self, text: str, timeout_ms: int = 0) -> None:
        self._status.showMessage(text, timeout_ms)

    @property
    def creating(self) -> bool:
        """A create is in flight (from Create until ``finished``)."""
        return self.task is not None and not self.task.done()

    def card_picked(self, card: CatalogCard) -> None:
        """A sendable card around the picked number; "Send anyway" is for a typed card."""
        self._form.fill_from_catalog(card)
        self._panel.send_anyway.setChecked(False)
        self._say(
            _("{brand} {number}: {scenario} (expected charge: {expected}, source {source})").format(
                brand=card.brand,
                number=card.display_number,
                scenario=shown(card.scenario_label),
                expected=card.expected_outcome,
                source=source_text(card)[0],
            ),
            8000,
        )

    def remake(self, card: CatalogCard) -> None:
        """A fresh token with a catalog card (a used token's "create a fresh one")."""
        self._form.fill_from_catalog(card)
        self._panel.send_anyway.setChecked(False)
        self.create_token()

    def reset_form(self) -> None:
        """The card form back to its defaults, "Send anyway" unticked."""
        self._form.reset()
        self._panel.send_anyway.setChecked(False)
        self._say(_("The card form is back to the default card (Visa 4242, successful)."), 5000)

    def update_enabled(self) -> None:
        started = self._service() is not None
        busy = self.creating
        valid = not self._form.problems()
        anyway = self._panel.send_anyway.isChecked()
        button = self._panel.create_button
        button.setEnabled(started and not busy and (valid or anyway))
        button.setToolTip(
            reasons.create_tip(
                started=started,
                sandbox=self._profile().is_sandbox,
                busy=busy,
                valid=valid,
                anyway=anyway,
            )
        )

    def create_token(self) -> None:
        service = self._service()
        if self.creating or service is None:
            return
        if not self._panel.create_button.isEnabled():
            self._panel.show_message(lambda: translate("CreateActions", TOO_MANY_PROBLEMS))
            return
        self._panel.set_busy(True)  # at once, not when the task first runs
        self._say(_("Creating a token…"))
        self.task = self._tasks.start(self._create(service), "create-token")
        self.task.add_done_callback(self._ended_unstarted)
        self.update_enabled()  # Create's tooltip says why it is disabled now

    def cancel(self) -> None:
        if self.task is not None and self.creating:
            self.task.cancel()

    async def _create(self, service: CreateService) -> None:
        from omise_token_gui.core.service import TokenNotSaved  # loaded with the service

        card = self._form.card_input()
        try:
            record = await service.create(
                card,
                self._profile(),
                allow_invalid=self._panel.send_anyway.isChecked(),
                test_key=self.test_key(),
            )
        except TokenNotSaved as exc:
            self._not_saved(exc.record, exc.reason)
        except asyncio.CancelledError:
            self._cancelled()
        except AppError as exc:
            self._panel.show_error(exc)
            if exc.problems:
                self._form.show_problems(exc.problems)
            self._say(_("Not created: {reason}").format(reason=exc.human), 10_000)
        else:
            self._made(record)
        finally:
            self._end()

    def _cancelled(self) -> None:
        self._panel.show_message(lambda: translate("CreateActions", CANCELLED))
        self._say(_("Cancelled."), 5000)

    def _end(self) -> None:
        self._model.attempt_ended()  # the all-attempts view shows every end
        self._panel.set_busy(False)
        self.task = None
        self.update_enabled()
        self._finished()

    def _ended_unstarted(self, task: asyncio.Task[None]) -> None:
        """Cancelled before it first ran (Esc pressed at once): ``_create`` never ran, so
        its ending is done here, or the panel would stay busy."""
        if self.task is task:
            self._cancelled()
            self._end()

    def _not_saved(self, record: TokenRecord, reason: str) -> None:
        self.last_token = record
        self._panel.show_unsaved(record, reason)
        if self._panel.copy_on_create.isChecked():
            self._clipboard.set_text(record.token_id)
        self._say(
            _("Created {token}, but it was NOT saved to the history.").format(
                token=record.token_id
            ),
            15_000,
        )

    def _made(self, record: TokenRecord) -> None:
        self.last_token = record
        self._panel.show_token(record)
        self._model.token_added()
        if self._model.shows(record.token_id):
            self._history_panel.select_token(record.token_id)
        else:
            self._history_panel.new_token_hidden()
        if self._panel.copy_on_create.isChecked():
            self._clipboard.set_text(record.token_id)
            self._panel.flash(_("✔ Copied"))
            self._say(
                _("Created {token} — copied to the clipboard.").format(token=record.token_id),
                8000,
            )
        else:
            self._say(_("Created {token}.").format(token=record.token_id), 8000)
        self._created(record)
