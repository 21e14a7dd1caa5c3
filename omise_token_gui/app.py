"""Composition root: QApplication + qasync loop, the services, the exception hook, the window.

The only module that wires core, emulator and ui together.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from omise_token_gui import PRODUCT_NAME, __version__
from omise_token_gui.core import paths
from omise_token_gui.core.history import HistoryError, HistoryStore, salvage
from omise_token_gui.core.redact import RedactingFilter
from omise_token_gui.core.settings import Settings, SettingsStore

if TYPE_CHECKING:
    from omise_token_gui.core.service import TokenService

log = logging.getLogger("omise_token_gui")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="omise-token-gui", description=PRODUCT_NAME)
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--data-dir", help=f"history and logs here (or ${paths.DATA_DIR_ENV})")
    p.add_argument("--config-dir", help=f"settings here (or ${paths.CONFIG_DIR_ENV})")
    p.add_argument(
        "--smoke-test",
        action="store_true",
        help="start headless, create one token on the built-in Sandbox, print its id, exit",
    )
    p.add_argument(
        "--smoke-output",
        metavar="FILE",
        help="with --smoke-test: also write the token id to FILE (for GUI builds without a "
        "console, such as the Windows installer's)",
    )
    # Test aid (tests/promises): headless, create N tokens one after another through the
    # window, printing each id once it is stored. Used to kill the app mid-work.
    p.add_argument("--create-loop", type=int, default=0, metavar="N", help=argparse.SUPPRESS)
    # Benchmark aid (bench/startup.py, bench/history_scale.py): print a line with the peak RSS
    # when the main window first paints, then exit.
    p.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    return p.parse_args(argv)


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

    ``build()`` is the fast part (settings, history) that the first paint needs;
    ``start_network()`` (httpx, the embedded Sandbox emulator, the token service) runs right
    after the window has painted, so the window appears without waiting for it.
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
        """Check the history file (after the first paint); if damaged, repair it and return
        True: the window must then use ``self.history``, the new store."""
        problem = self.history.quick_check()
        if problem is None:
            return False
        self.history.close()
        self.history = repair_history(problem, self.notices)
        return True

    def start_network(self) -> TokenService:
        import httpx

        from omise_token_gui.core.service import TokenService
        from omise_token_gui.emulator import EmbeddedEmulator

        if self.service is None:
            self.emulator = EmbeddedEmulator(state_file=paths.data_dir() / "sandbox-vault.json")
            self.emulator.start()
            self.http = httpx.AsyncClient(follow_redirects=False)
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


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.data_dir:
        os.environ[paths.DATA_DIR_ENV] = args.data_dir
    if args.config_dir:
        os.environ[paths.CONFIG_DIR_ENV] = args.config_dir
    configure_logging()
    if args.smoke_test or args.create_loop:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from omise_token_gui.ui.runner import run_gui

    return run_gui(
        Services.build,
        smoke_test=args.smoke_test,
        smoke_output=args.smoke_output,
        create_loop=args.create_loop,
        exit_after_first_paint=args.exit_after_first_paint,
    )


if __name__ == "__main__":
    sys.exit(main())
