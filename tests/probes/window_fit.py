"""Build the whole window on the screen Qt was given (offscreen with a config file naming the
screen's size; QT_SCALE_FACTOR for 200 %), show it, and report where it and its parts are.

    python -m tests.probes.window_fit DATA_DIR CONFIG_DIR [remember-big] [th]

``remember-big``: a geometry remembered on a larger monitor (2400x1400 at 1500,900) is in
window.ini first, as after unplugging a laptop from it. ``th``: the window in Thai (its lines
are taller than English ones).
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QWidget

from omise_token_gui.core import paths
from omise_token_gui.services import Services
from omise_token_gui.ui import runner, window_state
from omise_token_gui.ui.session import make_window


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def inside(window: QWidget, widget: QWidget) -> list[int]:
    """``widget``'s rectangle in the window's own coordinates."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def main(data: str, config: str, *flags: str) -> int:
    paths.init(paths.Paths.resolve(data_dir=data, config_dir=config))
    app = runner.application()
    if "th" in flags:
        from omise_token_gui.ui.i18n import apply_language

        apply_language("th")
    if "remember-big" in flags:
        big = QWidget()
        big.setGeometry(1500, 900, 2400, 1400)
        window_state.save(big)
    services = Services.build(environ={})
    window = make_window(services)
    window.show()
    for _ in range(20):
        app.processEvents()
    scroll = window.centralWidget()
    assert isinstance(scroll, QScrollArea)
    w = window
    seen = {
        "available": window_state.available(window),
        "frame": rect(window.frameGeometry()),
        "size": [window.width(), window.height()],
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "scrolls": [
            scroll.horizontalScrollBar().isVisible(),
            scroll.verticalScrollBar().isVisible(),
        ],
        "parts": {
            name: inside(window, widget)
            for name, widget in (
                ("search", w.picker.search),
                ("number", w.form.edits["number"]),
                ("security_code", w.form.edits["security_code"]),
                ("create", w.panel.create_button),
                ("copy", w.panel.copy_button),
                ("filter", w.history_panel.filter_edit),
                ("table", w.history_panel.table),
                ("delete", w.history_panel.buttons["delete"]),
                ("status", w.statusBar()),
            )
        },
        "columns_right": w.history_panel.table.horizontalHeader().length(),
        "table_viewport": w.history_panel.table.viewport().width(),
    }
    print(json.dumps(seen), flush=True)
    window.close()
    services.history_store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
