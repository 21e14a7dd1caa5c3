"""Composition root: QApplication + qasync loop, the services, the exception hook, the window.

The only module that wires core, emulator and ui together.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

import httpx

from omise_token_gui import PRODUCT_NAME, __version__
from omise_token_gui.core import paths
from omise_token_gui.core.history import HistoryError, HistoryStore
from omise_token_gui.core.redact import RedactingFilter
from omise_token_gui.core.service import TokenService
from omise_token_gui.core.settings import Settings, SettingsStore
from omise_token_gui.emulator import EmbeddedEmulator

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
    """What the window needs, built once for the app's life."""

    settings_store: SettingsStore
    settings: Settings
    history: HistoryStore
    http: httpx.AsyncClient
    emulator: EmbeddedEmulator
    service: TokenService
    notices: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, environ: dict[str, str] | None = None) -> Services:
        notices: list[str] = []
        store = SettingsStore(paths.settings_path())
        loaded = store.load(environ)
        notices.extend(loaded.notices)
        history = open_history(notices)
        emulator = EmbeddedEmulator()
        emulator.start()
        http = httpx.AsyncClient(follow_redirects=False)
        settings = loaded.settings
        service = TokenService(http, history, settings.profile, sandbox_url=emulator.base_url)
        return cls(store, settings, history, http, emulator, service, notices)

    async def aclose(self) -> None:
        await self.http.aclose()
        self.emulator.stop()
        self.history.close()


def open_history(notices: list[str]) -> HistoryStore:
    """Open the history; a damaged file is moved aside (never deleted) and a new one started."""
    path = paths.history_path()
    try:
        return HistoryStore(path)
    except HistoryError as exc:
        from time import strftime

        aside = path.with_name(f"{path.name}.damaged-{strftime('%Y%m%d-%H%M%S')}")
        for suffix in ("", "-wal", "-shm"):
            src = path.with_name(path.name + suffix)
            if src.exists():
                src.replace(aside.with_name(aside.name + suffix))
        notices.append(f"{exc} It was moved to {aside}; a new history was started.")
        log.warning("history moved aside: %s", exc)
        return HistoryStore(path)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.data_dir:
        os.environ[paths.DATA_DIR_ENV] = args.data_dir
    if args.config_dir:
        os.environ[paths.CONFIG_DIR_ENV] = args.config_dir
    configure_logging()
    if args.smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from omise_token_gui.ui.runner import run_gui

    return run_gui(Services.build, smoke_test=args.smoke_test)


if __name__ == "__main__":
    sys.exit(main())
