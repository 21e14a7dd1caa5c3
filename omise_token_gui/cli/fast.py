"""The ``omise-token`` entry point: ``create`` is handed to the running app when there is one;
everything else (and ``create`` with no app running) runs here (``cli.app``).

Forwarding must cost little more than starting Python: this module imports only
``core.env`` and ``core.channel`` (stdlib: json, socket) to forward, and ``core.paths``
(platformdirs) only when neither ``--data-dir``/``--config-dir`` nor their environment
variables name the folders; argparse, asyncio, httpx, SQLite and
the rest load only when the command runs here. The app parses the forwarded command line
with the same parser, so the command means the same thing either way.

Not forwarded, so run here: anything but ``create``; ``--help``; an option before the
command other than ``--data-dir``/``--config-dir`` (the app would have to guess it);
``OMISE_PUBLIC_KEY`` or ``OMISE_VAULT_URL`` set in this shell (that key is this shell's, not
the running app's).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, Sequence

from omise_token_gui.core.env import CONFIG_DIR_ENV, DATA_DIR_ENV, KEY_ENV, VAULT_URL_ENV

_DIR_OPTIONS = ("--data-dir", "--config-dir")
_HELP = frozenset({"-h", "--help"})


def _words(argv: Sequence[str]) -> Iterator[tuple[str | None, str]]:
    """The command line's words: ``(option, folder)`` for ``--data-dir``/``--config-dir`` in
    either spelling (``--data-dir X``, ``--data-dir=X``), ``(None, word)`` for every other."""
    args = iter(argv)
    for arg in args:
        option, has_value, value = arg.partition("=")
        if option in _DIR_OPTIONS:
            yield option, value if has_value else next(args, "")
        else:
            yield None, arg


def absolute_folders(argv: Sequence[str]) -> list[str]:
    """``argv`` with the folders of ``--data-dir``/``--config-dir`` made absolute: the app
    reads them from its own working folder, not this one's."""
    return [
        word if option is None else f"{option}={os.path.abspath(word)}" if word else option
        for option, word in _words(argv)
    ]


def forwardable(argv: Sequence[str], environ: Mapping[str, str]) -> tuple[str, str] | None:
    """The data and config folders whose app should run ``argv``, or None when it is run
    here."""
    if KEY_ENV in environ or VAULT_URL_ENV in environ:
        return None
    chosen: dict[str, str] = {}
    command: str | None = None
    for option, word in _words(argv):
        if option is not None:
            if not word:
                return None  # a usage error: the parser here says so
            chosen[option] = word
        elif word in _HELP:
            return None
        elif command is None:
            if word != "create":
                return None
            command = word
    if command is None:
        return None
    data = chosen.get("--data-dir") or environ.get(DATA_DIR_ENV)
    config = chosen.get("--config-dir") or environ.get(CONFIG_DIR_ENV)
    if data and config:
        return data, config
    from omise_token_gui.core.paths import Paths  # the platform's folders: platformdirs

    where = Paths.resolve(data, config, environ)
    return str(where.data_dir), str(where.config_dir)


def _forward(where: tuple[str, str], argv: Sequence[str]) -> int | None:
    from omise_token_gui.cli.exit_codes import Exit
    from omise_token_gui.core import channel

    try:
        name = channel.address(*where)
        return channel.forward(name, absolute_folders(argv), sys.stdout, sys.stderr)
    except channel.AppGone as exc:
        sys.stderr.write(f"omise-token: {exc}\n")
        return int(Exit.NETWORK)
    except channel.ChannelError:  # no usable channel folder: no app can listen either
        return None
    except KeyboardInterrupt:  # the app sees the connection close and cancels the command
        sys.stderr.write("omise-token: Interrupted.\n")
        return int(Exit.INTERRUPTED)
    except BrokenPipeError:  # `omise-token create | head -1`
        return int(Exit.OK)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    where = forwardable(args, os.environ)
    if where is not None:
        code = _forward(where, args)
        if code is not None:
            return code
    from omise_token_gui.cli.app import main as run_here

    return run_here(args)


if __name__ == "__main__":
    sys.exit(main())
