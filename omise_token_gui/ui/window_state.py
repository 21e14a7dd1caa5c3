"""The main window's remembered geometry and layout, in ``window.ini`` next to the settings.

Kept apart from ``settings.json`` on purpose: geometry and splitter positions are Qt's own
opaque blobs, and the window restores its geometry before its first paint, when the core
(settings, key policy) is not loaded yet. Besides the geometry, every widget marked with
``remember()`` (the ``remember`` property) is saved on close and restored once the window is
built (``restore_layout``): a splitter's positions, a fold's open or closed state, a table's column
widths. The geometry is always brought inside the screen's available area
(``core.window_fit``): a remembered size from a larger monitor, or a new window on a small
or 200 % screen, never reaches past the screen's edge.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from omise_token_gui.core import paths
from omise_token_gui.core.window_fit import Rect, default_rect, fit_rect, framed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

FILE_NAME = "window.ini"
_KEY = "main_window/geometry"
REMEMBER = "remember"  # the dynamic property of the widgets whose layout is saved
# The widgets marked, kept aside: finding them among a window's children would wrap each of
# Qt's inner widgets (scroll bars, viewports…) in Python, a few ms before the window paints.
_MARKED: weakref.WeakSet[QWidget] = weakref.WeakSet()


def remember(widget: QWidget) -> None:
    """Save ``widget``'s layout on close and restore it in the next window, under its object
    name (a splitter's positions, a fold's state, a table's column widths)."""
    widget.setProperty(REMEMBER, True)
    _MARKED.add(widget)


def _store() -> QSettings:
    return QSettings(str(paths.config_dir() / FILE_NAME), QSettings.Format.IniFormat)


def available(window: QWidget) -> Rect:
    """The available area (the screen less panels and docks) of the window's screen."""
    screen = window.screen()
    area = screen.availableGeometry()
    return (area.x(), area.y(), area.width(), area.height())


def restore(window: QWidget) -> bool:
    """Put the window where it was last closed, inside the screen. False when nothing
    (usable) was saved: the window gets a new window's size for this screen."""
    value = _store().value(_KEY)
    restored = isinstance(value, QByteArray) and not value.isEmpty()
    restored = restored and bool(window.restoreGeometry(value))
    area = available(window)
    if not restored:
        window.setGeometry(QRect(*default_rect(area)))
        return False
    fit(window, area)
    return True


def fit(window: QWidget, area: Rect) -> None:
    """Bring the window and its frame inside ``area`` (before it is shown, its frame is not
    known yet: the largest a window manager usually draws is assumed, ``window_fit.framed``)."""
    frame, inner = window.frameGeometry(), window.geometry()
    own = (inner.x(), inner.y(), inner.width(), inner.height())
    rect = (frame.x(), frame.y(), frame.width(), frame.height())
    if frame == inner:
        rect = framed(own)
    fitted = fit_rect(rect, area)
    if fitted != rect:
        left, top = own[0] - rect[0], own[1] - rect[1]
        extra_w, extra_h = rect[2] - own[2], rect[3] - own[3]
        window.setGeometry(
            fitted[0] + left,
            fitted[1] + top,
            max(1, fitted[2] - extra_w),
            max(1, fitted[3] - extra_h),
        )


def save(window: QWidget) -> None:
    from PySide6.QtWidgets import QAbstractButton, QSplitter, QTableView  # not before 1st paint

    store = _store()
    store.setValue(_KEY, window.saveGeometry())
    for widget in _remembered(window):
        key = f"layout/{widget.objectName()}"
        if isinstance(widget, QSplitter):
            store.setValue(key, widget.saveState())
        elif isinstance(widget, QAbstractButton):
            store.setValue(key, "open" if widget.isChecked() else "closed")
        elif isinstance(widget, QTableView):
            header = widget.horizontalHeader()
            widths = [str(header.sectionSize(i)) for i in range(header.count())]
            store.setValue(key, ",".join(widths))
    store.sync()


def restore_layout(window: QWidget) -> list[str]:
    """Splitters, folds and column widths as they were left; the names of those restored."""
    from PySide6.QtWidgets import QAbstractButton, QSplitter, QTableView  # not before 1st paint

    store = _store()
    done = []
    for widget in _remembered(window):
        value = store.value(f"layout/{widget.objectName()}")
        if value is None:
            continue
        if isinstance(widget, QSplitter) and isinstance(value, QByteArray):
            done += [widget.objectName()] if widget.restoreState(value) else []
        elif isinstance(widget, QAbstractButton) and value in ("open", "closed"):
            widget.setChecked(value == "open")
            done.append(widget.objectName())
        elif isinstance(widget, QTableView) and isinstance(value, str):
            done += [widget.objectName()] if _set_widths(widget, value) else []
    return done


def _set_widths(table: QTableView, value: str) -> bool:
    widths = [int(w) for w in value.split(",") if w.strip().isdigit()]
    header = table.horizontalHeader()
    if len(widths) != header.count():
        return False  # the columns changed since: sized to their content instead
    for i, width in enumerate(widths):
        if width:  # 0: a hidden column (saved as Qt reports it), left at its own width
            table.setColumnWidth(i, max(24, min(width, 2000)))
    return True


def _remembered(window: QWidget) -> list[QWidget]:
    found = [w for w in list(_MARKED) if Shiboken.isValid(w) and window.isAncestorOf(w)]
    return [w for w in found if w.property(REMEMBER) and w.objectName()]
