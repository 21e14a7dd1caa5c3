"""Run the real entry point with the arguments given and report, at the first paint, what
Qt made of its standard options (style, layout direction, platform); then exit.

    python -m tests.probes.qt_args DATA_DIR CONFIG_DIR [ARGS...]
"""

from __future__ import annotations

import json
import sys

from PySide6.QtWidgets import QApplication

import omise_token_gui.ui.runner as runner
from omise_token_gui.app import main
from omise_token_gui.ui.main_window import MainWindow


def report(window: MainWindow) -> bool:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    seen = {
        "style": app.style().name(),
        "right_to_left": app.isRightToLeft(),
        "platform": app.platformName(),
        "title": window.windowTitle(),
    }
    print(json.dumps(seen), flush=True)
    raise SystemExit(0)


if __name__ == "__main__":
    runner.show_until_painted = report
    main(["--data-dir", sys.argv[1], "--config-dir", sys.argv[2], *sys.argv[3:]])
