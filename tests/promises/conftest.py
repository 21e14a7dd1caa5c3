"""The promise tests drive the real window with the same harness as the UI tests."""

from tests.ui.conftest import app, open_app, qloop  # noqa: F401 - fixtures
