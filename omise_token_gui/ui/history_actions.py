"""The history's row actions: copy (warning on used tokens), refresh, auto-refresh, Sandbox
"simulate charge" and delete. One part of the main window, split out to keep each file to
one job; it works on the window's widgets and services."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from omise_token_gui.core.answers import pretty_json
from omise_token_gui.core.cards import CatalogCard
from omise_token_gui.core.endpoint import retrieve_curl
from omise_token_gui.core.errors import AppError, ErrorKind
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.settings import SANDBOX_KEY
from omise_token_gui.ui.dialogs import ask
from omise_token_gui.ui.history_model import verdict_text
from omise_token_gui.ui.plain import message_box

if TYPE_CHECKING:
    from omise_token_gui.ui.main_window import MainWindow

AUTO_REFRESH_BATCH = 50


class HistoryActions:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self._refreshing = False

    # ---------------------------------------------------------------- copy
    def copy_last_token(self) -> None:
        if self.w.last_token is None:
            self.w.statusBar().showMessage("No token created yet in this session.", 5000)
            return
        current = self.w.history_store.get(self.w.last_token.token_id) or self.w.last_token
        self.copy_token_id(current)

    def copy_token_id(self, record: TokenRecord) -> None:
        # The stored record is the truth (a refresh may have finished since the row was drawn).
        record = self.w.history_store.get(record.token_id) or record
        if record.used:
            self._warn_used(record)
            return
        self.w.clipboard.set_text(record.token_id)
        self.w.panel.flash("✔ Copied")
        self.w.statusBar().showMessage(f"Copied {record.token_id}.", 5000)

    def _warn_used(self, record: TokenRecord) -> QMessageBox:
        box = message_box(
            QMessageBox.Icon.Warning,
            "Token already used",
            f"{record.token_id} was already used (charge: {record.charge_status}). "
            "A token can be used only once: a checkout given this id will fail.",
            QMessageBox.StandardButton.Cancel,
            self.w,
        )
        box.setObjectName("usedTokenBox")
        fresh = box.addButton(
            "Create a fresh token with the same card", QMessageBox.ButtonRole.AcceptRole
        )
        anyway = box.addButton("Copy anyway", QMessageBox.ButtonRole.DestructiveRole)
        entry = self._catalog_card_of(record)
        fresh.setEnabled(entry is not None)
        if entry is None:
            box.setInformativeText(
                "This was a typed-in card; its full number was never stored, "
                "so type it again to make a fresh token."
            )

        def finished() -> None:
            clicked = box.clickedButton()
            if clicked is anyway:
                self.w.clipboard.set_text(record.token_id)
                self.w.statusBar().showMessage(f"Copied used token {record.token_id}.", 5000)
            elif clicked is fresh and entry is not None:
                self.w.form.fill_from_catalog(entry)
                self.w.create_token()
            box.deleteLater()

        box.finished.connect(finished)
        box.open()
        return box

    def _catalog_card_of(self, record: TokenRecord) -> CatalogCard | None:
        for entry in self.w.catalog:
            if (
                entry.scenario == record.scenario
                and entry.brand == record.brand
                and entry.number.endswith(record.last4)
            ):
                return entry
        return None

    def copy_json(self, record: TokenRecord) -> None:
        self.w.clipboard.set_text(pretty_json(record.raw_json))
        self.w.statusBar().showMessage(f"Copied the JSON of {record.token_id}.", 5000)

    def copy_curl(self, record: TokenRecord) -> None:
        profile = self.w.settings.profile(record.profile)
        key: str | None = None  # the shell's $OMISE_PUBLIC_KEY
        if profile is not None and profile.is_sandbox:
            base = (self.w._service.sandbox_url if self.w._service else None) or record.vault_url
            key = SANDBOX_KEY
        else:
            base = record.vault_url
        try:
            command = retrieve_curl(base, record.token_id, key)
        except AppError as exc:
            self.w.statusBar().showMessage(f"No curl command copied: {exc.human}", 10_000)
            return
        self.w.clipboard.set_text(command)
        self.w.statusBar().showMessage("Copied a curl command that retrieves the token.", 5000)

    # ---------------------------------------------------------------- refresh / charge
    def refresh_one(self, record: TokenRecord) -> None:
        if not self.w.ready:
            return
        self.w.tasks.start(self.refresh([record.token_id], quiet=False), "refresh")

    def refresh_all(self) -> None:
        if not self.w.ready:
            return
        self.w.history_model.sync()  # tokens another instance created on this data dir
        self.w.tasks.start(
            self.refresh(self.w.history_store.ids_to_refresh(), quiet=False), "refresh-all"
        )

    def auto_refresh(self) -> None:
        if self._refreshing or not self.w.ready:
            return
        self.w.history_model.sync()
        ids = []
        for token_id in self.w.history_store.ids_to_refresh()[:AUTO_REFRESH_BATCH]:
            record = self.w.history_store.get(token_id)
            profile = self.w.settings.profile(record.profile) if record else None
            # Only tokens the profile's vault can know: the same vault URL, or the Sandbox
            # (its port changes from run to run; it keeps its tokens across restarts).
            if (
                record
                and profile
                and (
                    profile.is_sandbox
                    or self.w.service.client_for(profile).endpoint.base_url == record.vault_url
                )
            ):
                ids.append(token_id)
        if ids:
            self.w.tasks.start(self.refresh(ids, quiet=True), "auto-refresh")
        else:
            self._mark_refreshed(0, 0)

    async def refresh(self, ids: list[str], quiet: bool) -> None:
        if not ids:
            self.w.statusBar().showMessage(
                "Nothing to refresh: every token has a final status.", 5000
            )
            return
        self._refreshing = True
        self.w.history.refresh_all_button.setEnabled(False)
        try:
            results = await self.w.service.refresh_many(ids)
        finally:
            self._refreshing = False
            self.w.history.refresh_all_button.setEnabled(True)
        failures = [r for r in results if isinstance(r, AppError)]
        for result in results:
            if isinstance(result, TokenRecord):
                self.w.history_model.token_changed(result)
        self._mark_refreshed(len(results) - len(failures), len(failures))
        if failures and not quiet:
            self.w.statusBar().showMessage(f"Refresh: {failures[0].human}", 10_000)

    def _mark_refreshed(self, ok: int, failed: int) -> None:
        text = f"Last refreshed: {datetime.now().strftime('%H:%M:%S')}"
        if ok or failed:
            text += f" ({ok} ok" + (f", {failed} failed)" if failed else ")")
        self.w.history.last_refreshed.setText(text)

    def simulate_charge(self, record: TokenRecord) -> None:
        if not self.w.ready:
            return
        self.w.tasks.start(self.simulate(record), "simulate-charge")

    async def simulate(self, record: TokenRecord) -> None:
        self.w.statusBar().showMessage(f"Charging {record.token_id} on the Sandbox…")
        try:
            updated = await self.w.service.simulate_charge(record.token_id)
        except AppError as exc:
            self.w.statusBar().showMessage(f"Simulate charge: {exc.human}", 10_000)
            if exc.kind is ErrorKind.USED_TOKEN:
                await self.refresh([record.token_id], quiet=True)
            return
        self.w.history_model.token_changed(updated)
        verdict = verdict_text(updated) or "no expected outcome known"
        outcome = updated.charge_status + (
            f": {updated.failure_code}" if updated.failure_code else ""
        )
        self.w.statusBar().showMessage(f"Charge {outcome} · {verdict}", 10_000)

    def delete(self, record: TokenRecord) -> None:
        if not self.w.ready:
            return

        def really() -> None:
            try:
                self.w.service.delete(record.token_id)
            except AppError as exc:
                self.w.statusBar().showMessage(exc.human, 10_000)
                return
            self.w.history_model.token_removed(record.token_id)
            self.w.statusBar().showMessage(f"Deleted {record.token_id} from the history.", 5000)

        ask(
            self.w,
            "Delete from history",
            f"Delete {record.token_id} from the history? The token itself stays on the vault.",
            really,
            "Delete",
        )
