"""``omise-token``: parse the command line, run one subcommand, map its failure to an exit code.

Every error ends as one line on stderr (redacted: no key or card number is ever echoed) and
one of the exit codes of ``exits``; never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sqlite3
import sys
import textwrap
from collections.abc import Awaitable, Callable, Sequence
from typing import NoReturn, TextIO

from omise_token_gui import __version__
from omise_token_gui.cli import commands
from omise_token_gui.cli.exits import EXIT_HELP, Exit, StorageProblem, UsageError, exit_code
from omise_token_gui.cli.runtime import Runtime
from omise_token_gui.core import paths
from omise_token_gui.core.endpoint import API_VERSIONS, DEFAULT_API_VERSION
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.history import HistoryError
from omise_token_gui.core.redact import redact
from omise_token_gui.core.settings import (
    KEY_ENV,
    MAX_TIMEOUT_S,
    MIN_TIMEOUT_S,
    VAULT_URL_ENV,
    SettingsSaveError,
)

PROG = "omise-token"
MAX_COUNT = 1000
Command = Callable[[argparse.Namespace, Runtime, TextIO, TextIO], Awaitable[int]]

DESCRIPTION = f"""\
Create Omise test card tokens (tokn_test_...) from the command line, with the same rules,
profiles, history and Sandbox as the Omise Test Token Generator window.

Only public test keys (pkey_test_...) are ever accepted. {KEY_ENV} (with {VAULT_URL_ENV})
adds an unsaved "Environment" profile and makes it the active one."""

EPILOG = f"""\
--json prints JSON Lines: one JSON object per line (per token, record, scenario or profile),
so `omise-token create --count 5 --json` streams five lines as the tokens are made.

{EXIT_HELP}  1  an unexpected internal error (a bug: please report it)
"""


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Never splits a scenario id such as ``visa-insufficient-fund`` across lines."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


class Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr, exit 2; card numbers and keys redacted."""

    def error(self, message: str) -> NoReturn:
        self.exit(Exit.USAGE, f"{self.prog}: {redact(message)} (see {self.prog} --help)\n")


def _positive(limit: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not 1 <= value <= limit:
            raise argparse.ArgumentTypeError(f"must be between 1 and {limit}, not {value}")
        return value

    return parse


def _timeout(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not MIN_TIMEOUT_S <= value <= MAX_TIMEOUT_S:
        raise argparse.ArgumentTypeError(
            f"must be between {MIN_TIMEOUT_S:g} and {MAX_TIMEOUT_S:g} seconds"
        )
    return value


AddCommand = Callable[[str, Command, str], Parser]


def _common_options() -> Parser:
    """The options every command (and the bare program) takes: where its files live."""
    common = Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help=f"history and the Sandbox's state here, as the app (or ${paths.DATA_DIR_ENV})",
    )
    common.add_argument(
        "--config-dir",
        default=argparse.SUPPRESS,
        help=f"settings here, as the app (or ${paths.CONFIG_DIR_ENV})",
    )
    return common


def _json_flag(parser: Parser) -> None:
    parser.add_argument("--json", action="store_true", help="JSON Lines: one object a line")


def _create_command(command: AddCommand) -> None:
    c = command(
        "create",
        commands.create,
        "create test tokens through the same service as "
        "the window (validation and key policy included)",
    )
    card = c.add_mutually_exclusive_group()
    card.add_argument(
        "--scenario",
        metavar="ID",
        help="a catalog card by its id, such as "
        "visa-insufficient-fund (see 'scenarios'); default: visa-successful",
    )
    card.add_argument(
        "--card",
        metavar="NUMBER",
        help="any card number, even an invalid one "
        "(for negative tests; never printed back or stored)",
    )
    c.add_argument("--profile", metavar="NAME", help="default: the active profile")
    c.add_argument(
        "--count",
        type=_positive(MAX_COUNT),
        default=1,
        metavar="N",
        help=f"create N tokens, one after another (1-{MAX_COUNT})",
    )
    c.add_argument(
        "--send-anyway",
        action="store_true",
        help="send a card that fails validation, to see how the vault answers",
    )
    _json_flag(c)
    c.add_argument(
        "--copy", action="store_true", help="copy the token id(s) to the clipboard (one a line)"
    )


def _reading_commands(command: AddCommand) -> None:
    """scenarios, history, refresh and check-key."""
    s = command("scenarios", commands.scenarios, "list the test-card catalog")
    s.add_argument(
        "--search",
        metavar="TEXT",
        help="only cards whose id, brand, number, scenario or description holds TEXT",
    )
    _json_flag(s)

    h = command("history", commands.history, "list created tokens, newest first")
    h.add_argument("--limit", type=_positive(1_000_000), default=20, metavar="N")
    h.add_argument("--filter", metavar="TEXT", help="token id, card, scenario, profile...")
    _json_flag(h)

    r = command("refresh", commands.refresh, "read tokens' used and charge status again")
    r.add_argument("token_ids", nargs="*", metavar="TOKEN_ID")
    r.add_argument("--all", action="store_true", help="every token whose charge may change")
    _json_flag(r)

    k = command(
        "check-key", commands.check_key_command, "ask the vault whether a profile's key works"
    )
    k.add_argument("--profile", metavar="NAME", help="default: the active profile")


def _profiles_command(command: AddCommand, common: Parser) -> None:
    pr = command("profiles", commands.profiles_list, "list, add, use or remove profiles")
    psub = pr.add_subparsers(title="actions", dest="action", metavar="ACTION")
    pl = psub.add_parser("list", help="list the profiles (* is the active one)", parents=[common])
    pl.set_defaults(handler=commands.profiles_list)
    _json_flag(pl)
    pr.set_defaults(json=False)
    _profiles_add(
        psub.add_parser("add", help="add a profile (the settings pane's rules)", parents=[common])
    )
    pu = psub.add_parser("use", help="make a profile the active one", parents=[common])
    pu.set_defaults(handler=commands.profiles_use)
    pu.add_argument("name", metavar="NAME")
    prm = psub.add_parser(
        "remove", help="delete a profile (its tokens stay in the history)", parents=[common]
    )
    prm.set_defaults(handler=commands.profiles_remove)
    prm.add_argument("name", metavar="NAME")


def _profiles_add(pa: Parser) -> None:
    pa.set_defaults(handler=commands.profiles_add)
    pa.add_argument("--name", required=True)
    pa.add_argument(
        "--key",
        required=True,
        metavar="pkey_test_...",
        help="the public test key; - reads it from standard input",
    )
    pa.add_argument(
        "--url",
        metavar="URL",
        help="default: https://vault.omise.co; http:// "
        "only to this computer (an emulator such as http://127.0.0.1:8025)",
    )
    pa.add_argument("--api-version", choices=API_VERSIONS, default=DEFAULT_API_VERSION)
    pa.add_argument("--timeout", type=_timeout, metavar="SECONDS")
    pa.add_argument("--use", action="store_true", help="make it the active profile")


def _status_command(command: AddCommand) -> None:
    st = command(
        "status",
        commands.status,
        "whether the app runs for these directories, its active profile and Sandbox URL",
    )
    _json_flag(st)


def build_parser() -> Parser:
    common = _common_options()
    raw = HelpFormatter
    p = Parser(
        prog=PROG, description=DESCRIPTION, epilog=EPILOG, formatter_class=raw, parents=[common]
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(title="commands", dest="command", metavar="COMMAND", required=True)

    def command(name: str, handler: Command, help_text: str) -> Parser:
        parser: Parser = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=EPILOG,
            formatter_class=raw,
            parents=[common],
        )
        parser.set_defaults(handler=handler)
        return parser

    _create_command(command)
    _reading_commands(command)
    _profiles_command(command, common)
    _status_command(command)
    return p


def _console_safe() -> None:
    """Never fail on a console that cannot show a character (a Windows code page)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(Exception):
                reconfigure(errors="replace")


def _say(err: TextIO, message: str) -> None:
    err.write(f"{PROG}: {redact(message)}\n")
    err.flush()


def _failure_text(exc: BaseException) -> str:
    if isinstance(exc, SettingsSaveError):  # the window keeps the change for the session
        cause = exc.__cause__
        reason = cause.strerror if isinstance(cause, OSError) and cause.strerror else cause
        return (
            f"Local storage problem: the settings could not be saved to "
            f"{paths.settings_path()} ({reason}); nothing was changed."
        )
    if isinstance(exc, HistoryError | StorageProblem):
        return f"Local storage problem: {exc}"
    if isinstance(exc, AppError):
        return exc.human
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"Local storage problem: {where}{exc.strerror or exc}."
    if isinstance(exc, sqlite3.Error):
        return f"Local storage problem: the history could not be used ({exc})."
    return str(exc)


async def run(args: argparse.Namespace, rt: Runtime, out: TextIO, err: TextIO) -> int:
    """Run the command; its failure becomes one line on stderr (after any notices)."""
    handler: Command = args.handler
    try:
        try:
            code = await handler(args, rt, out, err)
        finally:
            await rt.close()
    except BrokenPipeError:  # `omise-token history | head -1`: not a storage problem
        raise
    except (AppError, UsageError, StorageProblem, HistoryError, OSError, sqlite3.Error) as exc:
        _notices(rt, err)
        _say(err, _failure_text(exc))
        return exit_code(exc)
    _notices(rt, err)
    return code


def _notices(rt: Runtime, err: TextIO) -> None:
    for notice in dict.fromkeys(rt.notices):
        _say(err, f"note: {notice}")


def main(argv: Sequence[str] | None = None, runtime: Runtime | None = None) -> int:
    _console_safe()
    root = logging.getLogger()
    if not root.handlers:  # the CLI keeps no log, and library warnings must not reach stderr
        root.addHandler(logging.NullHandler())
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return int(exc.code) if isinstance(exc.code, int) else Exit.USAGE
    for option, env in (("data_dir", paths.DATA_DIR_ENV), ("config_dir", paths.CONFIG_DIR_ENV)):
        value = getattr(args, option, None)
        if value:
            os.environ[env] = value
    rt = runtime or Runtime()
    out, err = sys.stdout, sys.stderr
    try:
        return asyncio.run(run(args, rt, out, err))
    except KeyboardInterrupt:
        _say(err, "Interrupted.")
        return Exit.INTERRUPTED
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - quiet the interpreter's flush
        return Exit.OK
    except Exception as exc:  # a bug: still one line, never a traceback
        _say(err, f"internal error: {type(exc).__name__}: {exc}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
