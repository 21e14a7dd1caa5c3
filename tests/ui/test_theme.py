"""Light, dark, high contrast: the Settings choice and the OS's scheme re-style the live
window at once (the palette's colours measured in tests/ui/unit/test_palette.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from unittest.mock import patch

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from omise_token_gui.core import paths
from omise_token_gui.ui import palette, theme
from omise_token_gui.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import Harness, OpenApp

Scheme = Qt.ColorScheme


@pytest.fixture(autouse=True)
def back_to_system(qapp: QApplication) -> Iterator[None]:
    """One QApplication for the whole session: leave it on the system scheme (light here)."""
    yield
    theme.follow_scheme("system")
    assert palette.current() is palette.LIGHT


def text_colour(widget: QWidget) -> QColor:
    widget.ensurePolished()
    return widget.palette().color(QPalette.ColorRole.WindowText)


def base_colour(widget: QWidget) -> QColor:
    widget.ensurePolished()
    return widget.palette().color(QPalette.ColorRole.Base)


def choose(dialog: SettingsDialog, value: str) -> None:
    dialog.color_scheme.setCurrentIndex(dialog.color_scheme.findData(value))


def open_settings(app: Harness) -> SettingsDialog:
    app.window.settings_action.trigger()
    dialog = app.window.settings_dialog
    assert dialog is not None
    return dialog


def test_choosing_dark_in_settings_restyles_the_live_window_at_once(app: Harness) -> None:
    w = app.window
    w.form.edits["expiration_month"].setText("13")  # a field error, in the palette's red
    month_error = w.form.errors["expiration_month"]
    assert month_error.isVisible()
    assert text_colour(month_error) == QColor(palette.LIGHT.error)
    assert text_colour(w.panel.error) == QColor(palette.LIGHT.error)
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == QColor("#f0f0f0")

    dialog = open_settings(app)
    choose(dialog, "dark")

    assert palette.current() is palette.DARK
    assert text_colour(month_error) == QColor(palette.DARK.error)
    assert text_colour(w.panel.error) == QColor(palette.DARK.error)
    assert text_colour(dialog.url_verdict) == QColor(palette.DARK.error)
    window_colour = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    assert window_colour == QColor(palette.DARK.window)
    app.qtbot.waitUntil(  # Qt posts the new application palette to each widget
        lambda: w.palette().color(QPalette.ColorRole.Window) == QColor(palette.DARK.window)
    )
    assert palette.DARK.sandbox_marker in w.marker.styleSheet()
    tip = QToolTip.palette()
    assert tip.color(QPalette.ColorRole.ToolTipBase) == QColor(palette.DARK.tooltip_base)
    assert tip.color(QPalette.ColorRole.ToolTipText) == QColor(palette.DARK.tooltip_text)
    assert palette.DARK.error_border in w.form.edits["expiration_month"].styleSheet()
    assert json.loads(paths.settings_path().read_text())["color_scheme"] == "dark"
    month, year = w.form.edits["expiration_month"], w.form.edits["expiration_year"]
    year.setText("1999")  # marked (a past year), then cleared: no light background left over
    year.setText("2030")
    app.qtbot.waitUntil(lambda: base_colour(year) == QColor(palette.DARK.base))
    assert base_colour(month) == QColor(palette.DARK.base)  # the marked one too

    choose(dialog, "light")
    assert text_colour(month_error) == QColor(palette.LIGHT.error)
    assert palette.LIGHT.sandbox_marker in w.marker.styleSheet()


def test_a_dark_choice_saved_earlier_applies_on_start(open_app: OpenApp) -> None:
    settings = paths.settings_path()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"version": 1, "color_scheme": "dark"}))
    app = open_app()
    assert palette.current() is palette.DARK
    assert text_colour(app.window.panel.error) == QColor(palette.DARK.error)
    dialog = open_settings(app)
    assert dialog.color_scheme.currentData() == "dark"


def test_a_bad_saved_scheme_starts_on_system_and_says_so(open_app: OpenApp) -> None:
    settings = paths.settings_path()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"version": 1, "color_scheme": "purple"}))
    app = open_app()
    assert app.services.settings.color_scheme == "system"
    assert palette.current() is palette.LIGHT
    assert any("colour scheme" in n for n in app.services.notices)


def test_following_the_system_restyles_when_the_os_turns_dark(app: Harness) -> None:
    assert theme.instance().choice == "system"
    with patch.object(theme.Theme, "os_scheme", return_value=Scheme.Dark):
        QGuiApplication.styleHints().colorSchemeChanged.emit(Scheme.Dark)
        assert palette.current() is palette.DARK
        assert text_colour(app.window.panel.error) == QColor(palette.DARK.error)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Scheme.Light)
    assert palette.current() is palette.LIGHT


def test_a_fixed_choice_ignores_the_os_scheme(app: Harness) -> None:
    theme.follow_scheme("light")
    with patch.object(theme.Theme, "os_scheme", return_value=Scheme.Dark):
        QGuiApplication.styleHints().colorSchemeChanged.emit(Scheme.Dark)
        assert palette.current() is palette.LIGHT


@pytest.mark.parametrize(
    ("choice", "os", "expected"),
    [
        ("system", Scheme.Dark, "dark"),
        ("system", Scheme.Light, "light"),
        ("system", Scheme.Unknown, "light"),
        ("light", Scheme.Dark, "light"),
        ("dark", Scheme.Light, "dark"),
        ("dark", Scheme.Unknown, "dark"),
    ],
)
def test_which_scheme_is_used(choice: str, os: Scheme, expected: str) -> None:
    assert theme.colours_for(choice, os, high_contrast=False).name == expected
    assert theme.colours_for(choice, os, high_contrast=True).name == f"high-contrast {expected}"


def test_the_os_asking_for_high_contrast_switches_to_the_high_contrast_palette(
    app: Harness,
) -> None:
    hints = QGuiApplication.styleHints().accessibility()
    w = app.window
    with patch.object(theme.Theme, "high_contrast", return_value=True):
        hints.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
        assert palette.current() is palette.HIGH_CONTRAST_LIGHT
        w.form.edits["expiration_month"].setText("13")
        assert "2px solid" in w.form.edits["expiration_month"].styleSheet()
        theme.follow_scheme("dark")
        assert palette.current() is palette.HIGH_CONTRAST_DARK
        assert text_colour(w.panel.error) == QColor(palette.HIGH_CONTRAST_DARK.error)
    hints.contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    assert palette.current() is palette.DARK
    assert "1px solid" in w.form.edits["expiration_month"].styleSheet()


def test_the_qt_palette_holds_the_schemes_colours() -> None:
    qp = theme.qt_palette(palette.DARK)
    Role, Group = QPalette.ColorRole, QPalette.ColorGroup
    for role, value in (
        (Role.Window, palette.DARK.window),
        (Role.Base, palette.DARK.base),
        (Role.Text, palette.DARK.text),
        (Role.Highlight, palette.DARK.highlight),
        (Role.Link, palette.DARK.link),
        (Role.PlaceholderText, palette.DARK.placeholder),
    ):
        for group in (Group.Active, Group.Inactive):
            assert qp.color(group, role) == QColor(value), role
    assert qp.color(Group.Disabled, Role.Text) == QColor(palette.DARK.disabled_text)


def test_an_unknown_choice_is_the_system_scheme() -> None:
    theme.follow_scheme("purple")
    assert theme.instance().choice == "system"
