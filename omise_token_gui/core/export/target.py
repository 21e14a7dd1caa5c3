"""Where an export may be written: never over something that is not a plain file (a device
such as ``/dev/full``, which ``os.replace`` would turn into a file when run as root; a
pipe a reader waits on), nor over one of the app's own files (the history, the Sandbox's
vault, the settings), which an export would destroy."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from omise_token_gui.core.i18n import translator
from omise_token_gui.core.paths import Paths

_ = translator("ExportTarget")


def target_problem(path: Path, where: Paths | None) -> str | None:
    """Why an export may not be written to ``path`` (a sentence), or None: it may."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return _("{path} cannot be looked at ({reason}).").format(
            path=path, reason=exc.strerror or exc
        )
    if stat.S_ISDIR(mode):
        return _("{path} is a folder: name a file.").format(path=path)
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        return _("{path} is not a plain file (a device or a pipe): name a file.").format(path=path)
    if where is not None:
        real = path.resolve()
        for folder in (where.data_dir, where.config_dir):
            if real.is_relative_to(folder.resolve()):
                return _(
                    "{path} is one of this app's own files (its history, settings or Sandbox): "
                    "an export would destroy it. Name a file in another folder."
                ).format(path=path)
    return None
