"""The services the window uses, built once for the app's life: logging, settings and history,
then the network side (httpx, the embedded Sandbox emulator, the token service). Part of the
composition root with ``app``; imported only after the bare window's first paint.
"""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from omise_token_gui.core import paths
from omise_token_gui.core.history import HistoryError, HistoryStore, salvage
from omise_token_gui.core.redact import RedactingFilter
from omise_token_gui.core.settings import Settings, SettingsStore

if TYPE_CHECKING:
    from omise_token_gui.core.service import TokenService

log = logging.getLogger("omise_token_gui")


def configure_logging() -> None:
    """A rotating log file under the data dir. Every record is redacted before it is written."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "app.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
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

    settings_store: SettingsStore
    settings: Settings
    history: HistoryStore
    notices: list[str] = field(default_factory=list)
    http: Any = None  # httpx.AsyncClient, once the network side has started
    emulator: Any = None  # EmbeddedEmulator
    service: Any = None  # TokenService

    @classmethod
    def build(cls, environ: Mapping[str, str] | None = None) -> Services:
        notices: list[str] = []
        store = SettingsStore(paths.settings_path())
        loaded = store.load(environ)
        notices.extend(loaded.notices)
        history = open_history(notices)
        return cls(store, loaded.settings, history, notices)

    def verify_history(self) -> bool:
        """Check the history file (after the window has painted); if damaged, repair it and return
        True: the window must then use ``self.history``, the new store."""
        problem = self.history.quick_check()
        if problem is None:
            return False
        self.history.close()
        self.history = repair_history(problem, self.notices)
        return True

    def start_network(self) -> TokenService:
        from omise_token_gui.core.service import TokenService
        from omise_token_gui.core.transport import make_http_client
        from omise_token_gui.emulator import EmbeddedEmulator

        if self.service is None:
            self.emulator = EmbeddedEmulator(state_file=paths.data_dir() / "sandbox-vault.sqlite3")
            self.emulator.start()
            # Every request passes the policy on what is sent; loopback never uses a proxy.
            self.http = make_http_client(sandbox_url=self.emulator.base_url)
            self.service = TokenService(
                self.http, self.history, self.settings.profile, sandbox_url=self.emulator.base_url
            )
        service: TokenService = self.service
        return service

    async def aclose(self) -> None:
        if self.http is not None:
            await self.http.aclose()
        if self.emulator is not None:
            self.emulator.stop()
        self.history.close()


def open_history(notices: list[str]) -> HistoryStore:
    """Open the history; a file SQLite cannot open at all is repaired at once."""
    path = paths.history_path()
    try:
        return HistoryStore(path)
    except HistoryError as exc:
        return repair_history(str(exc), notices)


def repair_history(why: str, notices: list[str]) -> HistoryStore:
    """Move a damaged history file aside (never deleted), copy every row that can still be
    read into a new history, and say so."""
    from time import strftime

    path = paths.history_path()
    aside = path.with_name(f"{path.name}.damaged-{strftime('%Y%m%d-%H%M%S')}")
    for suffix in ("", "-wal", "-shm"):
        src = path.with_name(path.name + suffix)
        if src.exists():
            src.replace(aside.with_name(aside.name + suffix))
    store = HistoryStore(path)
    saved = salvage(aside, store)
    notices.append(
        f"The history file was damaged ({why}). It was moved to {aside}; {saved} token(s) "
        "that could still be read were copied into a new history."
    )
    log.warning("history moved aside (%s); %d rows salvaged", why, saved)
    return store
