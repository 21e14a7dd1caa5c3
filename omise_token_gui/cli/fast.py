"""The ``omise-token`` entry point: ``create`` is handed to the running app when there is one;
everything else (and ``create`` with no app running) runs here (``cli.app``).

Forwarding must cost little more than starting Python: this module imports only
``core.env``, ``core.channel`` (stdlib: json, socket) and ``core.i18n`` (its language) to
forward, and ``core.paths``
(platformdirs) only when neither ``--data-dir``/``--config-dir`` nor their environment
variables name the folders; argparse, asyncio, httpx, SQLite and
the rest load only when the command runs here. The app parses the forwarded command line
with the same parser, so the command means the same thing either way.

Not forwarded, so run here: anything but ``create``; ``--help``; an option before the
command other than ``--data-dir``/``--config-dir``/``--language`` (the app would have to
guess it); ``OMISE_PUBLIC_KEY`` or ``OMISE_VAULT_URL`` set in this shell (that key is this
shell's, not the running app's).

The command's language is this shell's, not the window's: ``--language``, else the Settings
choice, else the locale (``core.i18n.chosen``, as the command line decides it), sent with
the request; the app runs the command speaking it. ``core.i18n`` is imported for that, its
catalog (XML) only when one of this module's own sentences is printed in Thai.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, Sequence

from omise_token_gui.core.channel import translator
from omise_token_gui.core.env import CONFIG_DIR_ENV, DATA_DIR_ENV, KEY_ENV, VAULT_URL_ENV

TYPE_CHECKING = False  # not typing's (core.channel says why)
if TYPE_CHECKING:
    from omise_token_gui.core.channel import AppGone

_ = translator("FastPath")
_DIR_OPTIONS = ("--data-dir", "--config-dir")
_LANGUAGE = "--language"
_OPTIONS = (*_DIR_OPTIONS, _LANGUAGE)
_HELP = frozenset({"-h", "--help"})


def _words(argv: Sequence[str]) -> Iterator[tuple[str | None, str]]:
    """The command line's words: ``(option, value)`` for ``--data-dir``/``--config-dir``/
    ``--language`` in either spelling (``--data-dir X``, ``--data-dir=X``), ``(None, word)``
    for every other."""
    args = iter(argv)
    for arg in args:
        option, has_value, value = arg.partition("=")
        if option in _OPTIONS:
            yield option, value if has_value else next(args, "")
        else:
            yield None, arg


def language_option(argv: Sequence[str]) -> str | None:
    """The last ``--language`` given (as argparse takes it), or None."""
    found = None
    for option, word in _words(argv):
        if option == _LANGUAGE:
            found = word
    return found


def _a_language(word: str) -> bool:
    from omise_token_gui.core.i18n import LANGUAGES

    return word in LANGUAGES


SETTINGS_FILE = "settings.json"  # core.paths.Paths.settings_path's (a test holds them equal)


def client_language(argv: Sequence[str], config_dir: str | None) -> str:
    """The language this command speaks, as the command line decides it: ``--language``,
    else the Settings choice saved in ``config_dir`` (the folder of the app it goes to),
    else this shell's locale (``core.i18n.chosen``)."""
    from omise_token_gui.core import i18n

    settings = os.path.join(config_dir, SETTINGS_FILE) if config_dir else None
    return i18n.chosen(language_option(argv), settings)


def absolute_folders(argv: Sequence[str]) -> list[str]:
    """``argv`` as the app is sent it: the folders of ``--data-dir``/``--config-dir`` made
    absolute (the app reads them from its own working folder, not this one's), and without
    ``--language`` (the request carries the language)."""
    return [
        word if option is None else f"{option}={os.path.abspath(word)}" if word else option
        for option, word in _words(argv)
        if option != _LANGUAGE
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
            if not word or (option == _LANGUAGE and not _a_language(word)):
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


def gone_text(exc: AppGone) -> str:
    """What the command says when the app stopped answering mid-command."""
    if exc.why == "silent":
        from omise_token_gui.core.channel import IDLE_TIMEOUT_S

        text = _(
            "The running app gave no answer for {seconds} s, so the command stopped waiting; "
            "its history shows what was created."
        ).format(seconds=int(IDLE_TIMEOUT_S))
    elif exc.why == "garbled":
        text = _(
            "The running app's answer could not be read ({reason}); its history shows what "
            "was created."
        ).format(reason=exc.detail)
    else:
        text = _(
            "The running app closed the connection before the command finished (it may "
            "have quit); its history shows what was created."
        )
    return text


def _say(text: str) -> None:
    sys.stderr.write("omise-token: " + text + "\n")


def _forward(where: tuple[str, str], argv: Sequence[str], language: str) -> int | None:
    from omise_token_gui.cli.exit_codes import Exit
    from omise_token_gui.core import channel, i18n

    with i18n.speaking(language):
        try:
            name = channel.address(*where)
            forwarded = absolute_folders(argv)
            return channel.forward(name, forwarded, sys.stdout, sys.stderr, language)
        except channel.AppGone as exc:
            _say(gone_text(exc))
            return int(Exit.NETWORK)
        except channel.ChannelError:  # no usable channel folder: no app can listen either
            return None
        except KeyboardInterrupt:  # the app sees the connection close and cancels it
            _say(_("Interrupted."))
            return int(Exit.INTERRUPTED)
        except BrokenPipeError:  # `omise-token create | head -1`
            return int(Exit.OK)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    where = forwardable(args, os.environ)
    if where is not None:
        code = _forward(where, args, client_language(args, where[1]))
        if code is not None:
            return code
    from omise_token_gui.cli.app import main as run_here

    return run_here(args)


if __name__ == "__main__":
    sys.exit(main())
