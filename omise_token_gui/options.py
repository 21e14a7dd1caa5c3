"""The command line, read once into one frozen ``Options`` that the start sequence passes on.

Light on purpose: it is read before the first paint (a NamedTuple: ``dataclasses`` would
import ``inspect`` and more before the window is on screen).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NamedTuple

from omise_token_gui import PRODUCT_NAME, __version__
from omise_token_gui.cli import argparse_text
from omise_token_gui.core.i18n import LANGUAGES, speaking, translator
from omise_token_gui.core.paths import CONFIG_DIR_ENV, DATA_DIR_ENV

_ = translator("WindowOptions")

# Qt's standard command-line options (QApplication, QGuiApplication, X11), without the dash:
# they go to the QApplication untouched (``runner.application``), as in any Qt program.
QT_OPTIONS_WITH_VALUE = frozenset(
    {
        *("style", "stylesheet", "platform", "platformpluginpath", "platformtheme", "plugin"),
        *("qmljsdebugger", "qwindowgeometry", "qwindowicon", "qwindowtitle", "session"),
        *("display", "geometry", "dialogs", "fontengine"),
    }
)
QT_FLAGS = frozenset(("reverse", "widgetcount"))


class Options(NamedTuple):
    """What the command line asked for. The last four are aids for tests, packaging checks
    and benchmarks; none of them changes what the window does, only how the run ends."""

    data_dir: str | None = None
    config_dir: str | None = None
    # Headless: create one token on the built-in Sandbox, print its id, exit.
    smoke_test: bool = False
    # With smoke_test: also write the token id to this file (GUI builds without a console).
    smoke_output: str | None = None
    # Headless: create this many tokens one after another, printing each id once stored.
    create_loop: int = 0
    # Print "first-paint" and "ready-paint" lines (with the peak RSS), then exit.
    exit_after_first_paint: bool = False
    # Start even if the app runs already for these folders (else that one is raised).
    new_instance: bool = False
    # The window's language (en, th); None: the Settings choice, else the computer's.
    language: str | None = None
    # Qt's standard options (-style fusion, -platform offscreen, -reverse…), in their order.
    qt_args: tuple[str, ...] = ()

    @property
    def headless(self) -> bool:
        """No window on screen: the smoke test and the create loop."""
        return self.smoke_test or self.create_loop > 0

    @property
    def single_instance(self) -> bool:
        """One window per data/config folders: a second launch raises the first, and this
        one answers ``omise-token`` on the local channel. Not for the headless and benchmark
        runs, nor with ``--new-instance``."""
        return not (self.headless or self.exit_after_first_paint or self.new_instance)

    @classmethod
    def parse(cls, argv: Sequence[str] | None = None) -> Options:
        """``argv`` without the program name (None: ``sys.argv[1:]``). Exits on ``--help``,
        ``--version`` and bad arguments, as argparse does (in the language the window will
        speak: ``--language``, else Settings, else the computer's)."""
        qt_args, own = split_qt_args(sys.argv[1:] if argv is None else argv)
        with speaking(argparse_text.language_for(own)):
            args = parser().parse_args(own)
        return cls(
            data_dir=args.data_dir,
            config_dir=args.config_dir,
            smoke_test=args.smoke_test,
            smoke_output=args.smoke_output,
            create_loop=args.create_loop,
            exit_after_first_paint=args.exit_after_first_paint,
            new_instance=args.new_instance,
            language=args.language,
            qt_args=tuple(qt_args),
        )


def split_qt_args(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """Qt's options (with their values) apart from the app's own, as Qt accepts them:
    ``-style fusion``, ``-style=fusion``, ``--style fusion``, ``-reverse``. After ``--``
    everything is the app's."""
    qt: list[str] = []
    own: list[str] = []
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name, equals, _value = arg.removeprefix("-").removeprefix("-").partition("=")
        if arg == "--" or not arg.startswith("-"):
            own.append(arg)
            if arg == "--":
                own.extend(rest)
                break
        elif name in QT_FLAGS and not equals:
            qt.append(arg)
        elif name in QT_OPTIONS_WITH_VALUE:
            qt.append(arg)
            if not equals and rest:
                qt.append(rest.pop(0))
        else:
            own.append(arg)
    return qt, own


def parser() -> argparse.ArgumentParser:
    """The window's command line, its help in the current language (argparse's own words
    too: ``cli.argparse_text``)."""
    argparse_text.install()
    p = argparse.ArgumentParser(
        prog="omise-token-gui",
        description=PRODUCT_NAME,
        formatter_class=argparse_text.Columns,
        epilog=_(
            "Qt's standard options work too, for example -style fusion, "
            "-platform offscreen or -reverse."
        ),
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show the program's version and exit"),
    )
    p.add_argument(
        "--data-dir", help=_("history and logs here (or ${env})").format(env=DATA_DIR_ENV)
    )
    p.add_argument("--config-dir", help=_("settings here (or ${env})").format(env=CONFIG_DIR_ENV))
    p.add_argument(
        "--new-instance",
        action="store_true",
        help=_(
            "start another window even if the app already runs for these folders (by "
            "default that one is brought to the front)"
        ),
    )
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        help=_(
            "the window's language for this run: en (English) or th (Thai); by default the "
            "one chosen in Settings, else the computer's"
        ),
    )
    p.add_argument(
        "--smoke-test",
        action="store_true",
        help=_("start headless, create one token on the built-in Sandbox, print its id, exit"),
    )
    p.add_argument(
        "--smoke-output",
        metavar="FILE",
        help=_(
            "with --smoke-test: also write the token id to FILE (for GUI builds without a "
            "console, such as the Windows installer's)"
        ),
    )
    # Test aid (tests/promises): used to kill the app mid-work.
    p.add_argument("--create-loop", type=int, default=0, metavar="N", help=argparse.SUPPRESS)
    # Benchmark aid (bench/startup.py, bench/history_scale.py).
    p.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    return p
