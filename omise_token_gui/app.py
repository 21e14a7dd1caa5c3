"""Composition root: the start sequence, top to bottom, in ``main()``. The only place that
wires core, emulator and ui together (with ``services``, ``ui.runner`` and ``ui.session``,
which hold the steps).

Kept light: it runs before the first paint, so the services, the qasync loop and the rest of
the window are imported after it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from omise_token_gui.core import i18n, paths
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.paths import Paths
from omise_token_gui.options import Options

_ = translator("AppStart")

if TYPE_CHECKING:
    from omise_token_gui.core.channel import Claim
    from omise_token_gui.services import Services


def build_services(where: Paths) -> Services:
    """Owner-only files first, logging next (everything after it is logged, redacted), then
    settings and history."""
    from omise_token_gui.services import Services, configure_logging, secure_files

    secure_files(where)
    configure_logging(where)
    return Services.build(where=where)


def running_elsewhere(where: Paths) -> Claim | bool | None:
    """True when the app runs already for these folders (it has been asked to come to the
    front, and this launch should end); else this launch's claim on the local channel, held
    until it listens (None when no channel can be used here: the app runs without one)."""
    from omise_token_gui.core import channel

    try:
        claim = channel.Claim(channel.address(where.data_dir, where.config_dir))
    except channel.ChannelError as exc:
        _note(_("no single-window channel: {problem}").format(problem=exc))
        return None
    if not claim.acquire():
        _note(_("another launch is stuck starting up"))
        return None
    if channel.ask(claim.name, channel.Request("activate")) is None:
        return claim
    claim.release()
    print(
        _(
            "Omise Test Token Generator is already running for these folders: its window was "
            "brought to the front. (--new-instance starts another.)"
        ),
        file=sys.stderr,
    )
    return True


def _note(text: str) -> None:
    print("omise-token-gui: " + _("note: {notice}").format(notice=text), file=sys.stderr)


def readable_language(language: str) -> str:
    """``language``, or English when it is Thai and no installed font draws Thai (the window
    would be boxes; Settings → Language says which package gives a font)."""
    from omise_token_gui.core import i18n
    from omise_token_gui.ui.i18n import thai_font_available

    if language != i18n.THAI or thai_font_available():
        return language
    said = i18n.QT_TRANSLATE_NOOP(
        "Start",
        "omise-token-gui: no installed font draws Thai, so the window is in English "
        "(Debian/Ubuntu: sudo apt-get install fonts-thai-tlwg).",
    )
    for language in (i18n.THAI, i18n.ENGLISH):  # both: a terminal may draw Thai, Qt cannot
        with i18n.speaking(language):
            print(i18n.translate("Start", said), file=sys.stderr)
    return i18n.ENGLISH


def main(argv: Sequence[str] | None = None) -> int:
    """Start the app and run it until it is closed; the exit code."""
    # 1. The command line, once; then where the files are, once (options, else environment).
    options = Options.parse(argv)
    where = Paths.resolve(options.data_dir, options.config_dir)
    paths.init(where)
    # The notes printed before the window exists speak its language already.
    i18n.set_language(i18n.chosen(options.language, where.settings_path))
    if options.headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    claim = running_elsewhere(where) if options.single_instance else None
    if claim is True:
        return 0

    # 2. Qt and the bare window (title, remembered geometry), shown until it has painted.
    from omise_token_gui.ui import runner
    from omise_token_gui.ui.i18n import apply_language
    from omise_token_gui.ui.main_window import MainWindow

    app = runner.application(options.qt_args)
    apply_language(readable_language(i18n.chosen(options.language, where.settings_path)))
    window = MainWindow()
    if not options.headless:
        if not runner.show_until_painted(window):
            return 0  # closed before it painted: nothing more to start
        if options.exit_after_first_paint:
            runner.report_paint("first-paint")

    # 3. The qasync loop; files secured, logging, settings and history; the whole window.
    from omise_token_gui.ui.session import Session, event_loop

    loop = event_loop(app)
    run = Session(window, build_services(where), options)
    if claim:  # a Claim: listen, then let the next launch look (and find this one)
        try:
            run.serve(claim.name)
        finally:
            claim.release()

    # 4. Once the whole window has painted: the history checked (repaired on a worker
    #    thread), the network side started on a worker thread and handed to the window; a
    #    headless run creates its token(s). Until the window closes; then a clean shutdown.
    return run.run_until_closed(loop)


if __name__ == "__main__":
    sys.exit(main())
