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
from collections.abc import Awaitable, Callable, Sequence
from typing import NoReturn, TextIO

from omise_token_gui import __version__
from omise_token_gui.cli import argparse_text, batch, commands, evidence
from omise_token_gui.cli.exits import Exit, StorageProblem, UsageError, exit_code, exit_help
from omise_token_gui.cli.export_command import add_export_command
from omise_token_gui.cli.runtime import Runtime
from omise_token_gui.core import i18n, paths
from omise_token_gui.core.endpoint import API_VERSIONS, DEFAULT_API_VERSION
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.history import HistoryError
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.redact import redact
from omise_token_gui.core.settings import (
    DEFAULT_RATE_LIMIT_PER_S,
    KEY_ENV,
    MAX_RATE_LIMIT_PER_S,
    MAX_TIMEOUT_S,
    MIN_RATE_LIMIT_PER_S,
    MIN_TIMEOUT_S,
    VAULT_URL_ENV,
    SettingsSaveError,
)

PROG = "omise-token"
MAX_COUNT = 1000
Command = Callable[[argparse.Namespace, Runtime, TextIO, TextIO], Awaitable[int]]
_ = translator("CommandLine")


def description() -> str:
    """The program's description in ``--help`` (in the current language)."""
    return _(
        "Create Omise test card tokens (tokn_test_...) from the command line, with the same\n"
        "rules, profiles, history and Sandbox as the Omise Test Token Generator window.\n"
        "\n"
        "Only public test keys (pkey_test_...) are ever accepted. {key_env} (with\n"
        '{vault_url_env}) adds an unsaved "Environment" profile and makes it the active one.\n'
        "\n"
        "--language en|th (before or after the command) chooses the language of the messages\n"
        "and of --help; by default the one chosen in the app's Settings, else the computer's\n"
        "(LANG=th_TH.UTF-8: Thai)."
    ).format(key_env=KEY_ENV, vault_url_env=VAULT_URL_ENV)


def epilog() -> str:
    """JSON Lines and the exit codes, after every ``--help``."""
    json_lines = _(
        "--json prints JSON Lines: one JSON object per line (per token, record, scenario or\n"
        "profile), so `omise-token create --count 5 --json` streams five lines as the tokens\n"
        "are made. Keys and ids stay English; labels and explanations follow --language."
    )
    internal = _("an unexpected internal error (a bug: please report it)")
    return f"{json_lines}\n\n{exit_help()}  1  {internal}\n"


class HelpFormatter(argparse_text.Columns):
    """``Columns`` (a word, a scenario id or a Thai phrase, is never split across lines);
    the description and epilog keep their own lines, as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "".join(indent + line for line in text.splitlines(keepends=True))


class Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr, exit 2; card numbers and keys redacted."""

    def error(self, message: str) -> NoReturn:
        line = _("{prog}: {message} (see {prog} --help)").format(
            prog=self.prog, message=redact(message)
        )
        self.exit(Exit.USAGE, line + "\n")


def _positive(limit: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                _("not a whole number: {text}").format(text=repr(text))
            ) from None
        if not 1 <= value <= limit:
            raise argparse.ArgumentTypeError(
                _("must be between 1 and {limit}, not {value}").format(limit=limit, value=value)
            )
        return value

    return parse


def _timeout(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("not a number: {text}").format(text=repr(text))
        ) from None
    if not MIN_TIMEOUT_S <= value <= MAX_TIMEOUT_S:
        raise argparse.ArgumentTypeError(
            _("must be between {low} and {high} seconds").format(
                low=f"{MIN_TIMEOUT_S:g}", high=f"{MAX_TIMEOUT_S:g}"
            )
        )
    return value


def _rate_limit(text: str) -> float | None:
    if text.strip().lower() == "none":
        return None
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("not a number: {text}").format(text=repr(text))
        ) from None
    if not MIN_RATE_LIMIT_PER_S <= value <= MAX_RATE_LIMIT_PER_S:
        raise argparse.ArgumentTypeError(
            _("must be between {low} and {high}, or none").format(
                low=f"{MIN_RATE_LIMIT_PER_S:g}", high=f"{MAX_RATE_LIMIT_PER_S:g}"
            )
        )
    return value


AddCommand = Callable[[str, Command, str], Parser]


def _common_options() -> Parser:
    """The options every command (and the bare program) takes: where its files live, and
    the language it speaks."""
    common = Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help=_("history and the Sandbox's state here, as the app (or ${env})").format(
            env=paths.DATA_DIR_ENV
        ),
    )
    common.add_argument(
        "--config-dir",
        default=argparse.SUPPRESS,
        help=_("settings here, as the app (or ${env})").format(env=paths.CONFIG_DIR_ENV),
    )
    common.add_argument(
        "--language",
        choices=i18n.LANGUAGES,
        default=argparse.SUPPRESS,
        help=_(
            "messages and --help in en (English) or th (Thai); by default the one chosen in "
            "the app's Settings, else the computer's"
        ),
    )
    return common


def _json_flag(parser: Parser) -> None:
    parser.add_argument("--json", action="store_true", help=_("JSON Lines: one object a line"))


def _create_command(command: AddCommand) -> None:
    c = command(
        "create",
        commands.create,
        _(
            "create test tokens through the same service as "
            "the window (validation and key policy included)"
        ),
    )
    card = c.add_mutually_exclusive_group()
    card.add_argument(
        "--scenario",
        metavar="ID",
        help=_(
            "a catalog card by its id, such as visa-insufficient-fund (see 'scenarios'), "
            "several ids separated by commas, or all (one token each); default: visa-successful"
        ),
    )
    card.add_argument(
        "--card",
        metavar="NUMBER",
        help=_(
            "any card number, even an invalid one "
            "(for negative tests; never printed back or stored)"
        ),
    )
    c.add_argument("--profile", metavar="NAME", help=_("default: the active profile"))
    c.add_argument(
        "--count",
        type=_positive(MAX_COUNT),
        default=1,
        metavar="N",
        help=_(
            "create N tokens (1-{max}); more than one is a batch: several at once, no faster "
            "than the profile's rate limit"
        ).format(max=MAX_COUNT),
    )
    batch.options(c)
    c.add_argument(
        "--send-anyway",
        action="store_true",
        help=_("send a card that fails validation, to see how the vault answers"),
    )
    _json_flag(c)
    c.add_argument(
        "--copy",
        action="store_true",
        help=_("copy the token id(s) to the clipboard (one a line)"),
    )
    evidence.create_options(c)


def _reading_commands(command: AddCommand) -> None:
    """scenarios, history, refresh and check-key."""
    s = command("scenarios", commands.scenarios, _("list the test-card catalog"))
    s.add_argument(
        "--search",
        metavar="TEXT",
        help=_(
            "only the cards TEXT finds, as the window's search does: brands (amex, mc, cup), "
            "outcomes (declined, fraud, 3ds), numbers or their last 4, ids; every word must match"
        ),
    )
    s.add_argument(
        "--pin",
        action="append",
        metavar="ID",
        help=_("pin the card with this id (listed first, in the window and the tray too)"),
    )
    s.add_argument("--unpin", action="append", metavar="ID", help=_("unpin the card with this id"))
    s.add_argument(
        "--reset-ranking",
        action="store_true",
        help=_("Frequent counts only the tokens created from now on (the history is kept)"),
    )
    _json_flag(s)

    h = command(
        "history",
        evidence.history,
        _("list created tokens (--attempts: every create attempt), newest first"),
    )
    h.add_argument(
        "--limit",
        type=_positive(1_000_000),
        default=20,
        metavar="N",
        help=_("show at most N tokens (default: 20)"),
    )
    h.add_argument(
        "--filter", metavar="TEXT", help=_("token id, card, scenario, profile, tag, note...")
    )
    evidence.history_options(h)
    _json_flag(h)

    r = command("refresh", commands.refresh, _("read tokens' used and charge status again"))
    r.add_argument("token_ids", nargs="*", metavar="TOKEN_ID", help=_("the tokens to read again"))
    r.add_argument("--all", action="store_true", help=_("every token whose charge may change"))
    _json_flag(r)

    k = command(
        "check-key", commands.check_key_command, _("ask the vault whether a profile's key works")
    )
    k.add_argument("--profile", metavar="NAME", help=_("default: the active profile"))


def _profiles_command(command: AddCommand, common: Parser) -> None:
    pr = command("profiles", commands.profiles_list, _("list, add, use or remove profiles"))
    psub = pr.add_subparsers(title=_("actions"), dest="action", metavar="ACTION")
    pl = psub.add_parser(
        "list", help=_("list the profiles (* is the active one)"), parents=[common]
    )
    pl.set_defaults(handler=commands.profiles_list)
    _json_flag(pl)
    pr.set_defaults(json=False)
    _profiles_add(
        psub.add_parser(
            "add", help=_("add a profile (the settings pane's rules)"), parents=[common]
        )
    )
    pu = psub.add_parser("use", help=_("make a profile the active one"), parents=[common])
    pu.set_defaults(handler=commands.profiles_use)
    pu.add_argument("name", metavar="NAME", help=_("the profile's name"))
    prm = psub.add_parser(
        "remove", help=_("delete a profile (its tokens stay in the history)"), parents=[common]
    )
    prm.set_defaults(handler=commands.profiles_remove)
    prm.add_argument("name", metavar="NAME", help=_("the profile's name"))


def _profiles_add(pa: Parser) -> None:
    pa.set_defaults(handler=commands.profiles_add)
    pa.add_argument("--name", required=True, help=_("the profile's name"))
    pa.add_argument(
        "--key",
        required=True,
        metavar="pkey_test_...",
        help=_("the public test key; - reads it from standard input"),
    )
    pa.add_argument(
        "--url",
        metavar="URL",
        help=_(
            "default: https://vault.omise.co; http:// "
            "only to this computer (an emulator such as http://127.0.0.1:8025)"
        ),
    )
    pa.add_argument(
        "--api-version",
        choices=API_VERSIONS,
        default=DEFAULT_API_VERSION,
        help=_("the Omise API version sent (default: {version})").format(
            version=DEFAULT_API_VERSION
        ),
    )
    pa.add_argument(
        "--timeout",
        type=_timeout,
        metavar="SECONDS",
        help=_("how long to wait for the vault ({low}-{high} seconds)").format(
            low=f"{MIN_TIMEOUT_S:g}", high=f"{MAX_TIMEOUT_S:g}"
        ),
    )
    pa.add_argument(
        "--rate-limit",
        type=_rate_limit,
        default=argparse.SUPPRESS,
        metavar="N",
        help=_(
            "token creates a second a batch sends to this vault, or none (unlimited; an "
            "emulator's); default: {rate}"
        ).format(rate=f"{DEFAULT_RATE_LIMIT_PER_S:g}"),
    )
    pa.add_argument("--use", action="store_true", help=_("make it the active profile"))


def _clear_command(command: AddCommand) -> None:
    c = command(
        "clear",
        evidence.clear,
        _(
            "forget attempts and tokens in the history (all, older than, or by test case): "
            "says what goes and asks first; the tokens stay on the vault"
        ),
    )
    evidence.clear_options(c)


def _status_command(command: AddCommand) -> None:
    st = command(
        "status",
        commands.status,
        _("whether the app runs for these directories, its active profile and Sandbox URL"),
    )
    _json_flag(st)


def build_parser() -> Parser:
    """The whole command line, its help in the current language (``core.i18n``; argparse's
    own words too: ``argparse_text``)."""
    argparse_text.install()
    common = _common_options()
    raw = HelpFormatter
    epilog_text = epilog()
    p = Parser(
        prog=PROG, description=description(), epilog=epilog_text, formatter_class=raw,
        parents=[common],
    )  # fmt: skip
    p.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show the program's version and exit"),
    )
    sub = p.add_subparsers(title=_("commands"), dest="command", metavar="COMMAND", required=True)

    def command(name: str, handler: Command, help_text: str) -> Parser:
        parser: Parser = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=epilog_text,
            formatter_class=raw,
            parents=[common],
        )
        parser.set_defaults(handler=handler)
        return parser

    _create_command(command)
    _reading_commands(command)
    _profiles_command(command, common)
    _status_command(command)
    _clear_command(command)
    add_export_command(command)  # issue 16 (evidence-export)
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
        return _(
            "Local storage problem: the settings could not be saved to {path} ({reason}); "
            "nothing was changed."
        ).format(path=paths.settings_path(), reason=reason)
    if isinstance(exc, HistoryError | StorageProblem):
        return _("Local storage problem: {problem}").format(problem=exc)
    if isinstance(exc, AppError):
        return exc.human
    if isinstance(exc, OSError):
        problem = exc.strerror or exc
        if exc.filename:
            return _("Local storage problem: {file}: {problem}.").format(
                file=exc.filename, problem=problem
            )
        return _("Local storage problem: {problem}.").format(problem=problem)
    if isinstance(exc, sqlite3.Error):
        return _("Local storage problem: the history could not be used ({problem}).").format(
            problem=exc
        )
    return str(exc)


async def run(args: argparse.Namespace, rt: Runtime, out: TextIO, err: TextIO) -> int:
    """Run the command; its failure becomes one line on stderr (after any notices). In the
    language ``--language`` names, if it does (a command forwarded to the running app
    carries the shell's: ``i18n.for_command_line``), else the current one."""
    language = getattr(args, "language", None)
    if language is None:
        return await _run(args, rt, out, err)
    with i18n.speaking(language):
        return await _run(args, rt, out, err)


async def _run(args: argparse.Namespace, rt: Runtime, out: TextIO, err: TextIO) -> int:
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
        _say(err, _("note: {notice}").format(notice=notice))


def main(argv: Sequence[str] | None = None, runtime: Runtime | None = None) -> int:
    """``omise-token ARGV``, in the language ``i18n.for_command_line`` resolves for it."""
    words = list(sys.argv[1:] if argv is None else argv)
    with i18n.speaking(argparse_text.language_for(words)):
        return _main(words, runtime)


def _main(argv: list[str], runtime: Runtime | None) -> int:
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
        _say(err, _("Interrupted."))
        return Exit.INTERRUPTED
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - quiet the interpreter's flush
        return Exit.OK
    except Exception as exc:  # a bug: still one line, never a traceback
        _say(
            err, _("internal error: {kind}: {problem}").format(kind=type(exc).__name__, problem=exc)
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
