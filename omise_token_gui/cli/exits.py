"""Exit codes of ``omise-token``: one table, documented in ``--help`` and the README."""

from __future__ import annotations

import sqlite3

from omise_token_gui.cli.exit_codes import Exit as Exit
from omise_token_gui.core.errors import AppError, ErrorKind, StorageError
from omise_token_gui.core.history import HistoryError
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.settings import SettingsSaveError

EXIT_BY_KIND: dict[ErrorKind, Exit] = {
    ErrorKind.KEY_REJECTED: Exit.REFUSED,
    ErrorKind.URL_REJECTED: Exit.REFUSED,
    ErrorKind.INVALID_INPUT: Exit.USAGE,
    ErrorKind.PROFILE: Exit.USAGE,
    ErrorKind.STORAGE: Exit.STORAGE,
    ErrorKind.AUTHENTICATION: Exit.VAULT,
    ErrorKind.INVALID_CARD: Exit.VAULT,
    ErrorKind.NOT_FOUND: Exit.VAULT,
    ErrorKind.BAD_REQUEST: Exit.VAULT,
    ErrorKind.USED_TOKEN: Exit.VAULT,
    ErrorKind.FRAUD_CHECK: Exit.VAULT,
    ErrorKind.RATE_LIMITED: Exit.VAULT,
    ErrorKind.SERVER: Exit.VAULT,
    ErrorKind.MALFORMED: Exit.VAULT,
    ErrorKind.LIVEMODE: Exit.VAULT,
    ErrorKind.OTHER: Exit.VAULT,
    ErrorKind.TIMEOUT: Exit.NETWORK,
    ErrorKind.CONNECTION: Exit.NETWORK,
    ErrorKind.TLS: Exit.NETWORK,
}

_ = translator("ExitCodes")


def exit_help() -> str:
    """The exit codes as ``--help`` lists them (in the current language); a line break in a
    text continues under it."""
    rows = (
        (Exit.OK, _("done")),
        (
            Exit.USAGE,
            _(
                "bad usage or input (unknown option, scenario, profile or token; a card that\n"
                "fails validation without --send-anyway): nothing was sent"
            ),
        ),
        (
            Exit.REFUSED,
            _(
                "refused by the key policy (only pkey_test_ keys) or the URL policy: nothing\n"
                "was sent"
            ),
        ),
        (
            Exit.VAULT,
            _(
                "the vault answered with an error (refused key, invalid card, 429, 5xx, live\n"
                "token...)"
            ),
        ),
        (Exit.NETWORK, _("network: timeout, connection refused or dropped, TLS failure")),
        (
            Exit.STORAGE,
            _("local storage: the history or settings file could not be read or written"),
        ),
    )
    lines = [_("exit codes:")]
    for code, text in rows:
        lines.append(f"  {int(code)}  " + text.replace("\n", "\n     "))
    return "\n".join(lines) + "\n"


class UsageError(Exception):
    """A problem with what was asked (exit 2). The message is one sentence for stderr."""


class StorageProblem(Exception):
    """Something could not be stored (exit 6), such as a created token the history refused."""


def exit_code(exc: BaseException) -> Exit:
    """The exit code for an error that ends a command."""
    if isinstance(exc, SettingsSaveError | StorageError):  # whatever its kind: a disk problem
        return Exit.STORAGE
    if isinstance(exc, AppError):
        return EXIT_BY_KIND.get(exc.kind, Exit.VAULT)
    if isinstance(exc, StorageProblem):
        return Exit.STORAGE
    if isinstance(exc, UsageError):
        return Exit.USAGE
    if isinstance(exc, HistoryError | OSError | sqlite3.Error):
        return Exit.STORAGE
    if isinstance(exc, KeyboardInterrupt):
        return Exit.INTERRUPTED
    raise TypeError(f"no exit code for {type(exc).__name__}")
