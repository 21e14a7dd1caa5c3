"""Paths: worked out once at start (command line, else environment, else the platform's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from omise_token_gui.core import paths
from omise_token_gui.core.paths import CONFIG_DIR_ENV, DATA_DIR_ENV, Paths


@pytest.fixture
def uninitialised() -> Iterator[None]:
    before = paths.init(None)
    try:
        yield
    finally:
        paths.init(before)


def test_explicit_folders_win_over_the_environment(tmp_path: Path) -> None:
    env = {DATA_DIR_ENV: str(tmp_path / "env-d"), CONFIG_DIR_ENV: str(tmp_path / "env-c")}
    where = Paths.resolve(tmp_path / "d", str(tmp_path / "c"), env)
    assert where == Paths(tmp_path / "d", tmp_path / "c")
    assert Paths.resolve(None, None, env) == Paths(tmp_path / "env-d", tmp_path / "env-c")


def test_without_either_the_platform_folders_are_used() -> None:
    where = Paths.resolve(None, "", {})
    assert paths.APP_NAME in str(where.data_dir)
    assert paths.APP_NAME in str(where.config_dir)


def test_the_files_live_in_their_folders(tmp_path: Path) -> None:
    where = Paths(tmp_path / "d", tmp_path / "c")
    assert where.history_path == tmp_path / "d" / "history.sqlite3"
    assert where.settings_path == tmp_path / "c" / "settings.json"
    assert where.log_file == tmp_path / "d" / "logs" / "app.log"
    assert where.sandbox_vault_path.parent == tmp_path / "d"


def test_once_initialised_the_environment_is_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, uninitialised: None
) -> None:
    """The accessors answer from the one initialised Paths: a later change of the
    environment (or a child's) does not move the app's files under it."""
    where = Paths(tmp_path / "d", tmp_path / "c")
    paths.init(where)
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "elsewhere"))
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "elsewhere"))
    assert paths.current() is where
    assert paths.history_path() == where.history_path
    assert paths.settings_path() == where.settings_path
    assert paths.log_dir() == where.log_dir
    assert paths.config_dir() == where.config_dir


def test_before_init_the_accessors_follow_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, uninitialised: None
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "one"))
    assert paths.data_dir() == tmp_path / "one"
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "two"))
    assert paths.data_dir() == tmp_path / "two"
