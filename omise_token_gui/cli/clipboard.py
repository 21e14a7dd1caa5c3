"""Copy text without Qt: through the system's own clipboard tool, when one is installed.

Tried in order: ``wl-copy`` (Wayland), ``xclip`` / ``xsel`` (X11), ``pbcopy`` (macOS),
``clip`` (Windows). Only token ids are ever copied this way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence

from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate, translator

_ = translator("Clipboard")
NO_TOOL = QT_TRANSLATE_NOOP(
    "Clipboard",
    "Not copied: copying needs the running app or a clipboard tool "
    "(wl-copy, xclip, xsel, pbcopy or clip).",
)
_TIMEOUT_S = 5.0


def clipboard_command(environ: Mapping[str, str] | None = None) -> Sequence[str] | None:
    """The command that puts its standard input on the clipboard here, or None."""
    env = os.environ if environ is None else environ
    path = env.get("PATH")
    candidates: list[tuple[bool, list[str]]] = [
        (bool(env.get("WAYLAND_DISPLAY")), ["wl-copy"]),
        (bool(env.get("DISPLAY")), ["xclip", "-selection", "clipboard", "-in"]),
        (bool(env.get("DISPLAY")), ["xsel", "--clipboard", "--input"]),
        (sys.platform == "darwin", ["pbcopy"]),
        (sys.platform == "win32", ["clip"]),
    ]
    for usable, command in candidates:
        found = shutil.which(command[0], path=path) if usable else None
        if found:
            return [found, *command[1:]]
    return None


def copy_text(text: str, environ: Mapping[str, str] | None = None) -> str | None:
    """Copy ``text``; None when done, else the sentence saying why it was not copied."""
    command = clipboard_command(environ)
    if command is None:
        return translate("Clipboard", NO_TOOL)
    try:
        # The tools keep serving the selection in the background: give them no pipes to hold.
        done = subprocess.run(  # noqa: S603 - a fixed tool found on PATH, no shell
            command,
            input=text.encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return _("Not copied: {tool} failed ({problem}).").format(
            tool=os.path.basename(command[0]), problem=type(exc).__name__
        )
    if done.returncode != 0:
        return _("Not copied: {tool} exited with {code}.").format(
            tool=os.path.basename(command[0]), code=done.returncode
        )
    return None
