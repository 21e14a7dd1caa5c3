"""Run the real entry point and report what is loaded the moment the bare window has painted
(``show_until_painted`` returns right after that paint); then exit.

    python -m tests.probes.first_paint DATA_DIR CONFIG_DIR
"""

from __future__ import annotations

import json
import os
import sys

import PySide6.QtCore

import omise_token_gui.ui.runner as runner
from omise_token_gui.app import main
from omise_token_gui.core import paths
from omise_token_gui.ui.main_window import MainWindow

shown = runner.show_until_painted


def report(window: MainWindow) -> bool:
    painted = shown(window)
    seen = {
        "painted": painted,
        "populated": window.populated,
        "modules": sorted(sys.modules),
        "qt_namespace": "Qt" in vars(PySide6.QtCore),
        "data_dir_env": os.environ.get(paths.DATA_DIR_ENV),
        "config_dir_env": os.environ.get(paths.CONFIG_DIR_ENV),
        "data_dir": str(paths.current().data_dir),
        "config_dir": str(paths.current().config_dir),
    }
    print(json.dumps(seen), flush=True)
    raise SystemExit(0)


if __name__ == "__main__":
    runner.show_until_painted = report
    main(["--data-dir", sys.argv[1], "--config-dir", sys.argv[2]])
