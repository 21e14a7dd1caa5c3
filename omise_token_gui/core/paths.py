"""Where the app keeps its files: one ``Paths``, worked out once at start.

``Paths.resolve()`` takes the command line's folders first, then the environment
(``OMISE_TOKEN_GUI_DATA_DIR`` / ``OMISE_TOKEN_GUI_CONFIG_DIR``, for tests and portable
installs), then platformdirs. ``app.main`` resolves it once and ``init()``s it; what needs a
path is handed that object. The module functions (``data_dir()``, ``history_path()``, …) are
thin accessors over it for code far from the start (the window's geometry file); before
``init()`` (tests, scripts) they resolve from the environment on each call.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from omise_token_gui.core.env import CONFIG_DIR_ENV, DATA_DIR_ENV

APP_NAME = "omise-token-gui"
__all__ = ["APP_NAME", "CONFIG_DIR_ENV", "DATA_DIR_ENV", "Paths"]


class Paths(NamedTuple):
    """The app's two folders, and the files in them."""

    data_dir: Path
    config_dir: Path

    @classmethod
    def resolve(
        cls,
        data_dir: str | Path | None = None,
        config_dir: str | Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Paths:
        """Explicit folders first, then the environment variables, then the platform's."""
        env = os.environ if environ is None else environ
        data = data_dir or env.get(DATA_DIR_ENV)
        config = config_dir or env.get(CONFIG_DIR_ENV)
        if not data or not config:  # imported only when needed: the forwarding fast path
            import platformdirs

            data = data or platformdirs.user_data_dir(APP_NAME, False)
            config = config or platformdirs.user_config_dir(APP_NAME, False)
        return cls(Path(data), Path(config))

    @property
    def history_path(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def settings_path(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "app.log"

    @property
    def sandbox_vault_path(self) -> Path:
        return self.data_dir / "sandbox-vault.sqlite3"


_current: Paths | None = None


def init(where: Paths | None) -> Paths | None:
    """Make ``where`` the app's paths for this process (``None``: back to the environment).
    Returns what was there before."""
    global _current
    before, _current = _current, where
    return before


def current() -> Paths:
    """The paths ``init()`` set, else the environment's as they are now."""
    return _current if _current is not None else Paths.resolve()


def data_dir() -> Path:
    return current().data_dir


def config_dir() -> Path:
    return current().config_dir


def history_path() -> Path:
    return current().history_path


def settings_path() -> Path:
    return current().settings_path


def log_dir() -> Path:
    return current().log_dir
