"""The history's row actions: copy (warning on used tokens), refresh, auto-refresh, Sandbox
"simulate charge" and delete.

A controller: it is handed only what it works with (the service, once the network side is
up; the history model and panel; the clipboard; the status line) and never the window. The
rules (which tokens auto-refresh asks about, how a curl is composed, what a charge does) are
the service's; this module turns them into clicks, messages and rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtWidgets import QMessageBox

from omise_token_gui.core.answers import pretty_json
from omise_token_gui.core.catalog import Catalog, CatalogCard
from omise_token_gui.core.errors import AppError, ErrorKind
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.recent import catalog_card_of, no_token_yet
from omise_token_gui.core.settings import SANDBOX
from omise_token_gui.core.verdict import Verdict
from omise_token_gui.ui.clipboard import TextClipboard
from omise_token_gui.ui.dialogs import ask
from omise_token_gui.ui.history_model import HistoryModel, verdict_text
from omise_token_gui.ui.history_view import HistoryPanel
from omise_token_gui.ui.i18n import translator
from omise_token_gui.ui.plain import message_box
from omise_token_gui.ui.sandbox_charge import ChargeDialog, ChargePlan, sandbox_action
from omise_token_gui.ui.tasks import TaskRunner

AUTO_REFRESH_BATCH = 50
_ = translator("HistoryActions")


class StatusLine(Protocol):
    """Where short messages go (the window's status bar)."""

    def showMessage(self, text: str, timeout: int = 0, /) -> None: ...


class HistoryService(Protocol):
    """What the history's actions ask of ``core.service.TokenService``."""

    def stored(self, token_id: str) -> TokenRecord | None: ...
    def ids_to_refresh(self) -> list[str]: ...
    def auto_refresh_ids(self, limit: int) -> list[str]: ...
    async def refresh_many(self, token_ids: list[str]) -> list[TokenRecord | AppError]: ...
    async def simulate_charge(self, token_id: str) -> TokenRecord: ...
    def curl_for(self, record: TokenRecord) -> str: ...
    def delete(self, token_id: str) -> None: ...


class HistoryActions:
    """Binds ``panel``'s row signals to the service. ``service()`` is None until the network
    side is up; every action is a no-op until then. ``flash`` shows a short confirmation,
    ``remake`` fills the card form from a catalog card and creates a token with it,
    ``last_token()`` is the newest token (``core.recent.newest_token``: the history's, across
    restarts)."""

    def __init__(
        self,
        *,
        service: Callable[[], HistoryService | None],
        model: HistoryModel,
        panel: HistoryPanel,
        clipboard: TextClipboard,
        status: StatusLine,
        tasks: TaskRunner,
        catalog: Catalog,
        flash: Callable[[str], None],
        remake: Callable[[CatalogCard], None],
        last_token: Callable[[], TokenRecord | None],
    ) -> None:
        self._service = service
        self._model = model
        self._panel = panel
        self._clipboard = clipboard
        self._status = status
        self._tasks = tasks
        self._catalog = catalog
        self._flash = flash
        self._remake = remake
        self._last_token = last_token
        self._refreshing = False
        panel.copy_id.connect(self.copy_token_id)
        panel.copy_json.connect(self.copy_json)
        panel.copy_curl.connect(self.copy_curl)
        panel.refresh_one.connect(self.refresh_one)
        panel.refresh_all.connect(self.refresh_all)
        panel.simulate_charge.connect(self.simulate_charge)
        panel.delete.connect(self.delete)
        panel.copy_ids.connect(self.copy_token_ids)
        panel.delete_many.connect(self.delete_many)

    def _say(self, text: str, timeout_ms: int = 0) -> None:
        self._status.showMessage(text, timeout_ms)

    def _stored(self, record: TokenRecord) -> TokenRecord:
        """The stored record is the truth (a refresh may have finished since it was read)."""
        service = self._service()
        return (service.stored(record.token_id) if service else None) or record

    # ---------------------------------------------------------------- copy
    def copy_last_token(self) -> None:
        last = self._last_token()
        if last is None:
            self._say(no_token_yet(), 5000)
            return
        self.copy_token_id(last)

    def copy_token_id(self, record: TokenRecord) -> None:
        record = self._stored(record)
        if record.used:
            self._warn_used(record)
            return
        self._clipboard.set_text(record.token_id)
        self._flash(_("✔ Copied"))
        self._say(_("Copied {token}.").format(token=record.token_id), 5000)

    def copy_token_ids(self, records: list[TokenRecord]) -> None:
        """Several rows: their ids, one a line (a used one is copied too, and counted)."""
        records = [self._stored(r) for r in records]
        self._clipboard.set_text("\n".join(r.token_id for r in records))
        used = sum(r.used for r in records)
        self._flash(_("✔ Copied"))
        if used:
            text = _(
                "Copied %n token ids, one a line ({used} already used: a checkout given a used "
                "id will fail).",
                n=len(records),
            ).format(used=used)
        else:
            text = _("Copied %n token ids, one a line.", n=len(records))
        self._say(text, 8000)

    def _warn_used(self, record: TokenRecord) -> QMessageBox:
        box = message_box(
            QMessageBox.Icon.Warning,
            _("Token already used"),
            _(
                "{token} was already used (charge: {status}). "
                "A token can be used only once: a checkout given this id will fail."
            ).format(token=record.token_id, status=record.charge_status),
            QMessageBox.StandardButton.Cancel,
            self._panel,
        )
        box.setObjectName("usedTokenBox")
        fresh = box.addButton(
            _("Create a fresh token with the same card"), QMessageBox.ButtonRole.AcceptRole
        )
        anyway = box.addButton(_("Copy anyway"), QMessageBox.ButtonRole.DestructiveRole)
        entry = self._catalog_card_of(record)
        fresh.setEnabled(entry is not None)
        if entry is None:
            box.setInformativeText(
                _(
                    "This was a typed-in card; its full number was never stored, "
                    "so type it again to make a fresh token."
                )
            )

        def finished() -> None:
            clicked = box.clickedButton()
            if clicked is anyway:
                self._clipboard.set_text(record.token_id)
                self._say(_("Copied used token {token}.").format(token=record.token_id), 5000)
            elif clicked is fresh and entry is not None:
                self._remake(entry)
            box.deleteLater()

        box.finished.connect(finished)
        box.open()
        return box

    def _catalog_card_of(self, record: TokenRecord) -> CatalogCard | None:
        return catalog_card_of(self._catalog, record)

    def copy_json(self, record: TokenRecord) -> None:
        self._clipboard.set_text(pretty_json(record.raw_json))
        self._say(_("Copied the JSON of {token}.").format(token=record.token_id), 5000)

    def copy_curl(self, record: TokenRecord) -> None:
        service = self._service()
        if service is None:
            return
        try:
            command = service.curl_for(record)
        except AppError as exc:
            self._say(_("No curl command copied: {reason}").format(reason=exc.human), 10_000)
            return
        self._clipboard.set_text(command)
        self._say(_("Copied a curl command that retrieves the token."), 5000)

    # ---------------------------------------------------------------- refresh / charge
    def _sync(self) -> None:
        """New rows another program wrote, and changed ones (``omise-token refresh`` made a
        token final: this window's refresh no longer asks about it)."""
        if not self._model.sync():
            self._model.reread()

    def refresh_one(self, record: TokenRecord) -> None:
        if self._service() is not None:
            self._tasks.start(self.refresh([record.token_id], quiet=False), "refresh")

    def refresh_all(self) -> None:
        service = self._service()
        if service is None:
            return
        self._sync()
        self._tasks.start(self.refresh(service.ids_to_refresh(), quiet=False), "refresh-all")

    def auto_refresh(self) -> None:
        service = self._service()
        if self._refreshing or service is None:
            return
        self._sync()
        ids = service.auto_refresh_ids(AUTO_REFRESH_BATCH)
        if ids:
            self._tasks.start(self.refresh(ids, quiet=True), "auto-refresh")
        else:
            self._panel.show_last_refreshed(datetime.now(), 0, 0)

    async def refresh(self, ids: list[str], quiet: bool) -> None:
        service = self._service()
        if service is None:
            return
        if not ids:
            self._say(_("Nothing to refresh: every token has a final status."), 5000)
            return
        self._refreshing = True
        self._panel.set_refreshing(True)
        try:
            results = await service.refresh_many(ids)
        finally:
            self._refreshing = False
            self._panel.set_refreshing(False)
        failures = [r for r in results if isinstance(r, AppError)]
        for result in results:
            if isinstance(result, TokenRecord):
                self._model.token_changed(result)
        self._panel.show_last_refreshed(datetime.now(), len(results) - len(failures), len(failures))
        if failures and not quiet:
            self._say(_("Refresh: {reason}").format(reason=failures[0].human), 10_000)

    # The Simulate charge dialog (``ui.simulate_dialog``, issue 18): set by the window; None
    # charges at once with the defaults, as before.
    charge_dialog: ChargeDialog | None = None

    def simulate_charge(self, record: TokenRecord) -> None:
        service = self._service()
        if service is None:
            return
        desk = getattr(service, "sandbox", None)
        if self.charge_dialog is not None and desk is not None and record.profile == SANDBOX:
            self.charge_dialog(record, desk, lambda plan: self._sandbox_task(record, plan))
            return
        self._tasks.start(self.simulate(record), "simulate-charge")

    def _sandbox_task(self, record: TokenRecord, plan: ChargePlan | str) -> None:
        """Charge as ``plan`` says, or ``"capture"`` / ``"reverse"`` an authorization."""
        desk = getattr(self._service(), "sandbox", None)
        if desk is not None:
            action = sandbox_action(desk, record, plan, self._say, self.charge_shown)
            self._tasks.start(action, "simulate-charge")

    async def simulate(self, record: TokenRecord) -> None:
        service = self._service()
        if service is None:
            return
        self._say(_("Charging {token} on the Sandbox…").format(token=record.token_id))
        try:
            updated = await service.simulate_charge(record.token_id)
        except AppError as exc:
            self._say(_("Simulate charge: {reason}").format(reason=exc.human), 10_000)
            if exc.kind is ErrorKind.USED_TOKEN:
                await self.refresh([record.token_id], quiet=True)
            return
        self.charge_shown(updated)

    def charge_shown(self, updated: TokenRecord) -> None:
        """A charge done: the row and the status line say how it ended."""
        self._model.token_changed(updated)
        verdict = (
            _("no expected outcome known")
            if updated.verdict is Verdict.NONE
            else verdict_text(updated)
        )
        outcome = updated.charge_status + (
            f": {updated.failure_code}" if updated.failure_code else ""
        )  # Omise's words (a status, a code)
        self._say(
            _("Charge {outcome} · {verdict}").format(outcome=outcome, verdict=verdict), 10_000
        )

    def delete(self, record: TokenRecord) -> None:
        service = self._service()
        if service is None:
            return

        def really() -> None:
            try:
                service.delete(record.token_id)
            except AppError as exc:
                self._say(exc.human, 10_000)
                return
            self._model.token_removed(record.token_id)
            self._say(_("Deleted {token} from the history.").format(token=record.token_id), 5000)

        ask(
            self._panel,
            _("Delete from history"),
            _("Delete {token} from the history? The token itself stays on the vault.").format(
                token=record.token_id
            ),
            really,
            _("Delete"),
        )

    def delete_many(self, records: list[TokenRecord]) -> None:
        """Several rows: one question naming how many, then every one deleted."""
        service = self._service()
        if service is None:
            return
        ids = [r.token_id for r in records]

        def really() -> None:
            deleted = 0
            try:
                for token_id in ids:
                    service.delete(token_id)
                    deleted += 1
            except AppError as exc:
                self._say(
                    _("Deleted {deleted} of %n token(s); then: {reason}", n=len(ids)).format(
                        deleted=deleted, reason=exc.human
                    ),
                    10_000,
                )
            else:
                self._say(_("Deleted %n token(s) from the history.", n=deleted), 5000)
            self._model.reload()

        ask(
            self._panel,
            _("Delete from history"),
            _(
                "Delete %n token(s) from the history? The tokens themselves stay on the vault.",
                n=len(ids),
            ),
            really,
            _("Delete %n", n=len(ids)),
        )
