"""The main window's remembered geometry, in ``window.ini`` next to the settings.

Kept apart from ``settings.json`` on purpose: it is Qt's own opaque blob, and the window
restores it before its first paint, when the core (settings, key policy) is not loaded yet.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from omise_token_gui.core import paths

FILE_NAME = "window.ini"
_KEY = "main_window/geometry"


def _store() -> QSettings:
    return QSettings(str(paths.config_dir() / FILE_NAME), QSettings.Format.IniFormat)


def restore(window: QWidget) -> bool:
    """Put the window where it was last closed. False when nothing (usable) was saved: the
    window keeps its default size, and Qt ignores a blob it cannot read."""
    value = _store().value(_KEY)
    if not isinstance(value, QByteArray) or value.isEmpty():
        return False
    return bool(window.restoreGeometry(value))


def save(window: QWidget) -> None:
    store = _store()
    store.setValue(_KEY, window.saveGeometry())
    store.sync()
