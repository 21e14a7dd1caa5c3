"""The colour scheme: light or dark as the OS says (or as the tester chose in Settings), the
app's own QPalette for it, high contrast when the OS asks for it; live, no restart.

Why the app's own palettes (docs/theme.md): the contrast test measures the status colours
against the backgrounds in ``ui.palette``; that holds on screen only if those are the
backgrounds drawn. So the window uses Fusion (``runner.application``), which draws every
control from the QPalette, and this module sets the QPalette of the scheme in use. The OS
is asked for the same scheme too (``QStyleHints.setColorScheme``), so that what Qt leaves
to it (title bars, native dialogs) matches where the platform supports that.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from omise_token_gui.core.settings import DARK, LIGHT, SYSTEM
from omise_token_gui.ui import palette
from omise_token_gui.ui.palette import Colours

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
_REQUEST = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}


def colours_for(choice: str, os_scheme: Qt.ColorScheme, high_contrast: bool) -> Colours:
    """The scheme for the Settings choice, the OS's scheme (used for "system"; unknown means
    light) and the OS's contrast preference."""
    dark = choice == DARK or (choice == SYSTEM and os_scheme == Qt.ColorScheme.Dark)
    if high_contrast:
        return palette.HIGH_CONTRAST_DARK if dark else palette.HIGH_CONTRAST_LIGHT
    return palette.DARK if dark else palette.LIGHT


def qt_palette(colours: Colours) -> QPalette:
    """The QPalette of ``colours``: every role Fusion draws with, in every colour group."""
    button = QColor(colours.button)
    qp = QPalette(button, QColor(colours.window))  # derives the bevel shades from button
    dark_scheme = QColor(colours.window).lightness() < 128
    shades = {
        Role.Light: button.lighter(150 if dark_scheme else 120),
        Role.Midlight: button.lighter(125 if dark_scheme else 110),
        Role.Mid: button.darker(130 if dark_scheme else 150),
        Role.Dark: button.darker(160 if dark_scheme else 200),
        Role.Shadow: button.darker(300),
    }
    roles = {
        Role.Window: colours.window,
        Role.WindowText: colours.window_text,
        Role.Base: colours.base,
        Role.AlternateBase: colours.alternate_base,
        Role.Text: colours.text,
        Role.Button: colours.button,
        Role.ButtonText: colours.button_text,
        Role.BrightText: colours.error,
        Role.Highlight: colours.highlight,
        Role.HighlightedText: colours.highlighted_text,
        Role.Link: colours.link,
        Role.LinkVisited: colours.link_visited,
        Role.PlaceholderText: colours.placeholder,
        Role.ToolTipBase: colours.tooltip_base,
        Role.ToolTipText: colours.tooltip_text,
    }
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for role, value in roles.items():
            qp.setColor(group, role, QColor(value))
        for role, colour in shades.items():
            qp.setColor(group, role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        qp.setColor(Group.Disabled, role, QColor(colours.disabled_text))
    qp.setColor(Group.Disabled, Role.Highlight, QColor(colours.button))
    return qp


class Theme(QObject):
    """The application's one theme (``instance()``): applies the Settings choice and
    re-applies it when the OS changes its scheme or its contrast preference."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("theme")
        self._app = app
        self.choice = SYSTEM
        self.applied: Colours | None = None
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.refresh)
        accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self.refresh)

    def follow(self, choice: str) -> None:
        """Use ``choice`` ("system", "light" or "dark") from now on; re-style at once."""
        if choice not in (SYSTEM, LIGHT, DARK):
            choice = SYSTEM
        if choice != self.choice or self.applied is None:
            self.choice = choice
            hints = QGuiApplication.styleHints()
            if choice == SYSTEM:
                hints.unsetColorScheme()
            else:
                hints.setColorScheme(_REQUEST[choice])
        self.refresh()

    def os_scheme(self) -> Qt.ColorScheme:
        return QGuiApplication.styleHints().colorScheme()

    def high_contrast(self) -> bool:
        """The OS asks for more contrast (Qt 6.10+: Windows high contrast, macOS "Increase
        contrast", the desktop portal's contrast setting on Linux)."""
        accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)
        if accessibility is None:
            return False
        return bool(accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)

    def refresh(self, *_changed: object) -> None:
        colours = colours_for(self.choice, self.os_scheme(), self.high_contrast())
        if colours == self.applied:
            return
        self.applied = colours
        palette.use(colours)
        qp = qt_palette(colours)
        self._app.setPalette(qp)
        QToolTip.setPalette(qp)  # tooltips keep a palette of their own
        palette.restyle(self._app.allWidgets())


def instance() -> Theme:
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # noqa: S101 - only the widgets app has a theme
    theme = app.findChild(Theme, "theme")
    return theme if isinstance(theme, Theme) else Theme(app)


def follow_scheme(choice: str) -> Theme:
    """Apply the Settings choice (``Settings.color_scheme``) to the whole application."""
    theme = instance()
    theme.follow(choice)
    return theme
