"""The services the window uses, built once for the app's life: logging, settings and history,
then the network side (httpx, the embedded Sandbox emulator, the token service). Part of the
composition root with ``app`` (which calls these in its start sequence); imported only after
the bare window's first paint. Every file is found through the one ``Paths`` it is given.
"""

from __future__ import annotations

import dataclasses
import logging
import logging.handlers
import os
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from omise_token_gui.core import catalog_file, paths, storage
from omise_token_gui.core.catalog import Catalog, load_catalog
from omise_token_gui.core.env import SANDBOX_PORT_ENV
from omise_token_gui.core.history import (
    HistoryDamaged,
    HistoryRepairing,
    HistoryStore,
    HistoryUnavailable,
    RepairResult,
    repair,
    repair_pending,
    wait_to_open,
)
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.paths import Paths
from omise_token_gui.core.redact import RedactingFilter
from omise_token_gui.core.settings import (
    MAX_SANDBOX_PORT,
    Settings,
    SettingsStore,
    sandbox_port_note,
)

if TYPE_CHECKING:  # imported on the network side's worker thread, in start_network()
    import httpx

    from omise_token_gui.core.charge_plan import CurrencyRules
    from omise_token_gui.core.sandbox_service import SandboxChargeService
    from omise_token_gui.core.service import TokenService
    from omise_token_gui.emulator import EmbeddedEmulator

log = logging.getLogger("omise_token_gui")
_ = translator("Services")


def _repairing() -> HistoryStore:
    """The in-memory stand-in shown while the history file is repaired."""
    return HistoryStore.stand_in(_("The history file is being repaired."))


def secure_files(where: Paths | None = None) -> None:
    """Everything the app writes from here on is owner-only (umask), and so are the files an
    older version wrote; a folder the tester chose keeps its own mode and the other files in
    it are not touched. Call once, first. (``where``: None for ``paths.current()``, here and
    below.)"""
    where = where or paths.current()
    storage.private_umask()
    for folder, defaults, own in (
        (where.data_dir, platformdirs.user_data_dir(paths.APP_NAME, False), _DATA_FILES),
        (where.config_dir, platformdirs.user_config_dir(paths.APP_NAME, False), _CONFIG_FILES),
    ):
        storage.secure_app_files(folder, own, own_folder=folder == Path(defaults))
    storage.remove_stale(where.config_dir, ".settings-*.tmp", older_than_s=60.0)


# The app's own entries in its data and config folders (what secure_files makes owner-only).
_DATA_FILES = ("history.sqlite3*", "sandbox-vault*", "logs")
_CONFIG_FILES = ("settings.json*", ".settings-*.tmp", "window.ini*")


def configure_logging(where: Paths | None = None) -> None:
    """A rotating log file under the data dir, owner-only. Every record is redacted before it
    is written."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    where = where or paths.current()
    folder = where.log_dir
    try:
        storage.private_dir(folder)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            where.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        for rotated in folder.glob("app.log*"):
            storage.private_file(rotated)
    except OSError:
        handler = logging.StreamHandler()
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)


@dataclass
class Services:
    """What the window needs, built once for the app's life.

    ``build()`` is the fast part (settings, history) the whole window needs to be built;
    ``start_network()`` (httpx, the embedded Sandbox emulator, the token service) runs right
    after the whole window has painted, so the window appears without waiting for it.
    """

    paths: Paths
    settings_store: SettingsStore
    settings: Settings
    history_store: HistoryStore
    notices: list[str] = field(default_factory=list)
    # The catalog this run uses: the shipped one with the tester's file (core.catalog_file),
    # the same for the window, the Sandbox and the command line.
    catalog: Catalog = field(default_factory=load_catalog)
    # The network side, once start_network() has run:
    http: httpx.AsyncClient | None = None
    emulator: EmbeddedEmulator | None = None  # the Sandbox
    token_service: TokenService | None = None
    sandbox_note: str | None = None  # why the Sandbox is not on its usual port this run

    history_problem: str | None = None  # why the history needs a repair (found at open)
    _reopen_lock: storage.FileLock | None = None  # taken by repair_history()

    @classmethod
    def build(
        cls, environ: Mapping[str, str] | None = None, where: Paths | None = None
    ) -> Services:
        """Settings (``environ`` may name a key and vault: None for ``os.environ``), then the
        history, from ``where`` (None: ``paths.current()``)."""
        where = where or paths.current()
        notices: list[str] = []
        store = SettingsStore(where.settings_path)
        loaded = store.load(environ)
        notices.extend(loaded.notices)
        cards = catalog_file.load(where)
        notices.extend(cards.problems)
        history, problem = open_history(notices, where=where)
        return cls(
            where,
            store,
            loaded.settings,
            history,
            notices,
            catalog=cards.catalog,
            history_problem=problem,
        )

    def check_history(self) -> str | None:
        """On the history's thread: None if the history is sound, else why it needs a
        repair. Then it is closed (a repair must not run under an open connection) and
        ``self.history_store`` is an empty in-memory stand-in until ``finish_repair()``."""
        problem = self.history_problem
        store = self.history_store
        if problem is None and not (store.in_memory or store.read_only):
            problem = store.quick_check()
        if problem is None:
            return None
        store.close()
        self.history_store = _repairing()
        return problem

    def repair_history(
        self, why: str, progress: Callable[[int], None] | None = None
    ) -> RepairResult | None:
        """The repair itself: on any thread (it only touches files). None if it could not
        run; the notices then say why and the history stays unavailable this session."""
        path = self.paths.history_path
        try:
            result = repair(path, why, progress, lock_timeout_s=REPAIR_WAIT_S)
            if os.name == "posix":  # for finish_repair(): no other copy's repair under it
                self._reopen_lock = wait_to_open(path, REPAIR_WAIT_S)
            return result
        except (storage.LockTimeout, HistoryUnavailable, OSError) as exc:
            self.notices.append(
                _(
                    "The history file needs a repair ({why}) that could not be done now: "
                    "{problem} Tokens you create are shown but not saved. Close other copies "
                    "of the app and start it again."
                ).format(why=why, problem=exc)
            )
            log.warning("history repair not done: %s", exc)
            return None

    def finish_repair(self, result: RepairResult | None) -> HistoryStore:
        """On the history's thread, after ``repair_history()``: open the repaired file."""
        self.history_problem = None
        if result is None:
            return self.history_store
        self.notices.append(result.notice)
        log.warning("history repaired (%s): %d rows salvaged", result.why, result.saved)
        self.history_store.close()
        lock, self._reopen_lock = self._reopen_lock, None
        self.history_store, problem = open_history(self.notices, lock, self.paths)
        if problem is not None:  # damaged again at once: say so, keep the stand-in
            self.notices.append(
                _("The repaired history could not be opened: {problem}").format(problem=problem)
            )
        return self.history_store

    def verify_history(self) -> bool:
        """``check_history()``, ``repair_history()`` and ``finish_repair()`` all on this
        thread (scripts, tests; the app repairs on a worker thread:
        ``ui.session.repair_in_background``). True if the history was replaced: use
        ``self.history_store``."""
        problem = self.check_history()
        if problem is None:
            return False
        self.finish_repair(self.repair_history(problem))
        return True

    def start_network(self) -> TokenService:
        """httpx, the Sandbox emulator on its own thread, the token service: once (later
        calls return the same service). Safe to run on a worker thread: it touches nothing
        of the window's, and the history store is only handed over."""
        from omise_token_gui.core.service import TokenService
        from omise_token_gui.core.transport import make_http_client
        from omise_token_gui.emulator import EmbeddedEmulator

        if self.token_service is None:
            self.emulator = sandbox_emulator(EmbeddedEmulator, self.paths, self.catalog)
            wanted = sandbox_port(self.settings)
            sandbox_url, _port = self.emulator.start_or_any_port(wanted)
            self.sandbox_note = sandbox_port_note(wanted, sandbox_url)
            # Every request passes the policy on what is sent; loopback never uses a proxy.
            self.http = make_http_client(sandbox_url=sandbox_url)
            self.token_service = TokenService(
                self.http,
                self.history_store,
                self.settings.profile,
                catalog=self.catalog,
                sandbox_url=sandbox_url,
            )
            self.token_service.sandbox = sandbox_desk(self.token_service, self.http, self.emulator)
        return self.token_service

    async def aclose(self) -> None:
        """Stop the network side and close the history; a token created but not stored yet
        gets one more try first (then its id goes to the log: it exists on the vault)."""
        if self.token_service is not None:
            for record in self.token_service.store_unsaved():
                log.warning("quit with %s created but not saved to the history", record.token_id)
        if self.http is not None:
            await self.http.aclose()
        if self.emulator is not None:
            self.emulator.stop()
        self.history_store.close()


class EmulatorControls:
    """``core.sandbox_charges.SandboxControls`` over the embedded emulator (same process:
    its fault box and config are thread-safe to set and read)."""

    def __init__(self, emulator: EmbeddedEmulator) -> None:
        self._emulator = emulator

    def force_next_failure(self, code: str | None) -> None:
        faults = self._emulator.vault.faults
        faults.set(dataclasses.replace(faults.get(), charge_failure=code))

    def three_d_secure(self) -> bool:
        return self._emulator.state.config.three_d_secure

    def rules(self) -> CurrencyRules:
        from omise_token_gui.core.charge_plan import CurrencyRules
        from omise_token_gui.emulator.accounts import country

        account = country(self._emulator.state.config.country)
        return CurrencyRules(
            account.currency, account.minimum, account.maximum, account.zero_decimal
        )


def sandbox_desk(
    service: TokenService, http: httpx.AsyncClient, emulator: EmbeddedEmulator
) -> SandboxChargeService:
    """The Sandbox charge actions of ``service``, on the embedded ``emulator``."""
    from omise_token_gui.core.sandbox_service import SandboxChargeService

    return SandboxChargeService(service, http, EmulatorControls(emulator))


def sandbox_port(settings: Settings, environ: Mapping[str, str] | None = None) -> int:
    """The port the Sandbox asks for: ``OMISE_SANDBOX_PORT`` if set to a port (0: any free
    one), else the setting."""
    raw = (os.environ if environ is None else environ).get(SANDBOX_PORT_ENV, "").strip()
    if raw.isdigit() and int(raw) <= MAX_SANDBOX_PORT:
        return int(raw)
    return settings.sandbox_port


def sandbox_file(where: Paths | None = None) -> Path | None:
    """Where the Sandbox keeps its tokens; None (in memory) if the data folder is unusable
    (the history's notice says so)."""
    where = where or paths.current()
    try:
        storage.private_dir(where.data_dir)
    except OSError as exc:
        log.warning("the Sandbox keeps its tokens in memory: %s", exc)
        return None
    return where.sandbox_vault_path


def sandbox_emulator(
    make: Callable[..., EmbeddedEmulator],
    where: Paths | None = None,
    catalog: Catalog | None = None,
) -> EmbeddedEmulator:
    """The embedded Sandbox on its file; in memory when the file cannot be used (full disk,
    read-only folder): the Sandbox still works, its tokens last for this session only. It
    charges by ``catalog`` (the window's: a card the tester's file adds charges as its
    scenario says)."""
    from omise_token_gui.emulator.state import EmulatorConfig

    config = EmulatorConfig(catalog=catalog)
    state_file = sandbox_file(where)
    if state_file is not None:
        try:
            return make(config=config, state_file=state_file)
        except (OSError, sqlite3.Error) as exc:
            log.warning("the Sandbox keeps its tokens in memory: %s", exc)
    return make(config=config, state_file=None)


REPAIR_WAIT_S = 120.0  # how long a repair waits for other copies of the app to let go


def open_history(
    notices: list[str], lock: storage.FileLock | None = None, where: Paths | None = None
) -> tuple[HistoryStore, str | None]:
    """Open the history, and say why it needs a repair (None: it does not).

    Never raises and never moves a file: a damaged file (or one another copy of the app is
    repairing) gets an in-memory stand-in until the repair, which runs off the window's
    thread; a sound file that cannot be written (read-only, locked, newer version) opens
    read-only, or else in memory, with a notice.
    """
    path = (where or paths.current()).history_path
    repairing = _repairing()
    if repair_pending(path):
        return repairing, _("a repair was interrupted")
    try:
        store = HistoryStore(path, lock=lock)
        repairing.close()
        return store, None
    except HistoryRepairing as exc:
        return repairing, str(exc)
    except HistoryDamaged as exc:
        if lock is not None:
            lock.release()
        return repairing, str(exc.__cause__ or exc)
    except HistoryUnavailable as exc:
        why = str(exc)
    repairing.close()
    if lock is not None:
        lock.release()
    try:
        store = HistoryStore(path, read_only=True)
        notices.append(
            _("{why} It is shown read-only: new tokens are shown but not saved.").format(why=why)
        )
    except (HistoryDamaged, HistoryUnavailable):
        store = HistoryStore.stand_in(why)
        notices.append(_("{why} New tokens are shown but not saved.").format(why=why))
    log.warning("history not writable: %s", why)
    return store, None
