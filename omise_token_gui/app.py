"""Composition root: the command line, then the window (``ui.runner``) with the services
(``services``). The only modules that wire core, emulator and ui together.

Kept light: it runs before the first paint, so the services are imported when they are
built, after it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from omise_token_gui import PRODUCT_NAME, __version__
from omise_token_gui.core import paths

if TYPE_CHECKING:
    from omise_token_gui.services import Services


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="omise-token-gui", description=PRODUCT_NAME)
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--data-dir", help=f"history and logs here (or ${paths.DATA_DIR_ENV})")
    p.add_argument("--config-dir", help=f"settings here (or ${paths.CONFIG_DIR_ENV})")
    p.add_argument(
        "--smoke-test",
        action="store_true",
        help="start headless, create one token on the built-in Sandbox, print its id, exit",
    )
    p.add_argument(
        "--smoke-output",
        metavar="FILE",
        help="with --smoke-test: also write the token id to FILE (for GUI builds without a "
        "console, such as the Windows installer's)",
    )
    # Test aid (tests/promises): headless, create N tokens one after another through the
    # window, printing each id once it is stored. Used to kill the app mid-work.
    p.add_argument("--create-loop", type=int, default=0, metavar="N", help=argparse.SUPPRESS)
    # Benchmark aid (bench/startup.py, bench/history_scale.py): print a "first-paint" line
    # when the bare window first paints and a "ready-paint" line when the whole window has,
    # each with the peak RSS, then exit.
    p.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    return p.parse_args(argv)


def build_services() -> Services:
    """Owner-only files first, logging next (everything after it is logged, redacted), then
    settings and history."""
    from omise_token_gui.services import Services, configure_logging, secure_files

    secure_files()
    configure_logging()
    return Services.build()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.data_dir:
        os.environ[paths.DATA_DIR_ENV] = args.data_dir
    if args.config_dir:
        os.environ[paths.CONFIG_DIR_ENV] = args.config_dir
    if args.smoke_test or args.create_loop:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from omise_token_gui.ui.runner import run_gui

    return run_gui(
        build_services,
        smoke_test=args.smoke_test,
        smoke_output=args.smoke_output,
        create_loop=args.create_loop,
        exit_after_first_paint=args.exit_after_first_paint,
    )


if __name__ == "__main__":
    sys.exit(main())
