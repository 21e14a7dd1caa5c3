"""Where the app keeps its files: platformdirs, overridable for tests and portable installs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "omise-token-gui"
DATA_DIR_ENV = "OMISE_TOKEN_GUI_DATA_DIR"
CONFIG_DIR_ENV = "OMISE_TOKEN_GUI_CONFIG_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))


def history_path() -> Path:
    return data_dir() / "history.sqlite3"


def settings_path() -> Path:
    return config_dir() / "settings.json"


def log_dir() -> Path:
    return data_dir() / "logs"
