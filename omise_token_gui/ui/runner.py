"""The first steps of the start (``app.main``): the QApplication, then the bare window shown
and run until it has painted.

This module and ``ui.main_window`` are all that is imported before the first paint: Qt's
widgets and this package's light modules (``tests/ui/test_startup.py`` holds that line).
asyncio, qasync, the core, the other ui modules and the network side (``ui.session``) come
after it. Even ``from PySide6.QtCore import Qt`` is left for later: PySide6 builds that
namespace's enums on first use.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from omise_token_gui import PRODUCT_NAME, __version__
from omise_token_gui.ui.main_window import MainWindow

# If a window is never exposed (started minimised, a compositor that holds it back), start-up
# goes on without its paint after this long.
PAINT_FALLBACK_MS = 2000


def app_icon() -> QIcon:
    """The icon in every size shipped, from the ``omise_token_gui.resources`` package's folder.

    Not through importlib.resources: importing that would add to the first paint. The
    folder comes from the package's ``__path__``, not ``__file__``: in the PyInstaller build
    the package has no ``__init__`` of its own and is a namespace package (no ``__file__``).
    A null icon is caught by ``--smoke-test``.
    """
    icon = QIcon()
    shipped = importlib.import_module("omise_token_gui.resources")  # data only: no stubs
    for folder in (Path(entry) / "icons" for entry in shipped.__path__):
        for size in (16, 32, 48, 64, 128, 256):
            png = folder / f"omise-token-gui-{size}.png"
            if png.is_file():
                icon.addFile(str(png))
        if not icon.isNull():
            break
    return icon


def peak_rss_kb() -> int:
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


class FirstPaint(QObject):
    """Calls ``on_paint`` once, right after ``widget`` first paints (the paint has been
    flushed by then), or after ``fallback_ms`` if it never does, so start-up cannot stall."""

    def __init__(
        self, widget: QWidget, on_paint: Callable[[], None], fallback_ms: int = PAINT_FALLBACK_MS
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._on_paint = on_paint
        self._done = False
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._fire)
        self._fallback.start(fallback_ms)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._fallback.stop()
        self._widget.removeEventFilter(self)
        self._on_paint()


def show_until_painted(window: MainWindow) -> bool:
    """Show the bare window and run Qt's own loop until it has painted. False if it was
    closed meanwhile (then there is nothing more to start)."""
    loop = QEventLoop()
    FirstPaint(window, loop.quit)
    window.closed.connect(loop.quit)
    window.show()
    loop.exec()
    window.closed.disconnect(loop.quit)
    return window.isVisible()


def application(qt_args: Sequence[str] = ()) -> QApplication:
    """The one QApplication, named and with its icon, given Qt's standard options from the
    command line (``Options.qt_args``: ``-style``, ``-platform``, ``-reverse``…). The app
    quits when ``app.main`` says so, not when its last window closes (shutting down takes a
    few awaits after that).

    The style is Fusion unless the tester named one (``-style``, ``QT_STYLE_OVERRIDE``):
    Fusion draws every control from the app's own light and dark palettes (``ui.theme``,
    docs/theme.md), where a native style may ignore them and the dark scheme."""
    # Fusion as if from the command line: Qt then creates that one style, no other first.
    fusion = () if style_asked(qt_args) else ("-style", "fusion")
    app = QApplication.instance() or QApplication([*sys.argv[:1], *fusion, *qt_args])
    assert isinstance(app, QApplication)  # noqa: S101 - a QCoreApplication would be a bug
    app.setApplicationName("omise-token-gui")
    app.setApplicationDisplayName(PRODUCT_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("omise-token-gui")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    return app


def style_asked(qt_args: Sequence[str]) -> bool:
    """The tester named a style: on the command line or in ``QT_STYLE_OVERRIDE``."""
    named = any(arg.lstrip("-").partition("=")[0] == "style" for arg in qt_args)
    return named or bool(os.environ.get("QT_STYLE_OVERRIDE"))


def report_paint(name: str) -> None:
    """The benchmarks' line (``--exit-after-first-paint``): ``name`` and the peak RSS."""
    print(f"{name} rss_kb={peak_rss_kb()}", flush=True)
