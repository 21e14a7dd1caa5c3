"""The command line's side of the attempt log (issue 16): ``history --attempts`` (and
``--tag``), ``history --set-tag ID KEY`` / ``--set-note ID TEXT``, and ``clear``.

Nothing printed here holds a card number or security code: an attempt keeps neither
(``core.attempt_draft``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from omise_token_gui.cli import output
from omise_token_gui.cli.exits import Exit, UsageError
from omise_token_gui.cli.runtime import Runtime
from omise_token_gui.core import attempts
from omise_token_gui.core.attempts import AttemptRow, ClearScope
from omise_token_gui.core.catalog import Catalog
from omise_token_gui.core.catalog import shown as catalog_shown
from omise_token_gui.core.history import HistoryFilter, TokenRecord
from omise_token_gui.core.history_columns import shown
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.settings import MAX_RETENTION_DAYS

_ = translator("Commands")
MAX_NOTE = 4000  # the longest note kept from the command line


def _note(err: TextIO, text: str) -> None:
    err.write("omise-token: " + _("note: {notice}").format(notice=text) + "\n")


# ---------------------------------------------------------------------- options
def history_options(h: argparse.ArgumentParser) -> None:
    """``history``'s options for the attempt log."""
    h.add_argument(
        "--attempts",
        action="store_true",
        help=_(
            "every create attempt, failed ones too (refused here, vault errors, network "
            "faults, cancelled), with its outcome, error, tag, note and duration"
        ),
    )
    h.add_argument("--tag", metavar="KEY", help=_("only the test case KEY (e.g. QA-123)"))
    h.add_argument(
        "--set-tag",
        nargs=2,
        metavar=("ID", "KEY"),
        help=_('set the test case of a token (tokn_…) or attempt (atmp_…); "" clears it'),
    )
    h.add_argument(
        "--set-note",
        nargs=2,
        metavar=("ID", "TEXT"),
        help=_('set the note of a token or attempt; "" clears it'),
    )


def create_options(c: argparse.ArgumentParser) -> None:
    """``create``'s options for the attempt log."""
    c.add_argument(
        "--tag",
        metavar="KEY",
        help=_(
            "the test case these attempts are for (e.g. QA-123); default: the current test "
            "case set in the window"
        ),
    )
    c.add_argument("--note", metavar="TEXT", default="", help=_("a note kept with each attempt"))


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("not a whole number: {text}").format(text=repr(text))
        ) from None
    if not 1 <= value <= MAX_RETENTION_DAYS:
        raise argparse.ArgumentTypeError(
            _("must be between 1 and {limit}, not {value}").format(
                limit=MAX_RETENTION_DAYS, value=value
            )
        )
    return value


def clear_options(c: argparse.ArgumentParser) -> None:
    scope = c.add_mutually_exclusive_group(required=True)
    scope.add_argument("--all", action="store_true", help=_("every attempt and token"))
    scope.add_argument(
        "--older-than",
        type=_days,
        metavar="DAYS",
        help=_("what was created more than DAYS days ago"),
    )
    scope.add_argument("--tag", metavar="KEY", help=_("what carries the test case KEY"))
    c.add_argument("--yes", action="store_true", help=_("do not ask; clear at once"))


# ---------------------------------------------------------------------- create
def create_tag(args: argparse.Namespace, rt: Runtime) -> tuple[str, str]:
    """(test case, note) of a create: ``--tag``, else the current test case (Settings)."""
    note = str(args.note or "")[:MAX_NOTE]
    if args.tag is not None:
        return str(args.tag).strip(), note
    try:
        return rt.load_settings(with_environment=False).current_test_key, note
    except Exception:  # unreadable settings: load_settings notices say so; no tag then
        return "", note


# ---------------------------------------------------------------------- history
def attempt_json(row: AttemptRow, catalog: Catalog) -> dict[str, Any]:
    """One attempt as ``history --attempts --json`` prints it (keys, codes and outcomes
    English; the scenario label in the current language)."""
    a, token = row.attempt, row.token
    return {
        "attempt_id": a.attempt_id or None,
        "at": output.iso(a.at),
        "outcome": a.outcome.value,
        "error_code": a.error_code,
        "error_message": a.error_message or None,
        "token_id": a.token_id,
        "profile": a.profile,
        "brand": a.brand,
        "last4": a.last4,
        "scenario": a.scenario,
        "scenario_label": catalog_shown(a.scenario_label) if a.scenario_label else None,
        "send_anyway": a.send_anyway,
        "tag": a.test_key,
        "note": a.note,
        "duration_ms": a.duration_ms,
        "batch_id": a.batch_id,
        "token": output.record_json(token, catalog) if token is not None else None,
    }


def _attempt_headers() -> tuple[str, ...]:
    return (_("AT"), _("OUTCOME"), _("TOKEN"), _("CARD"), _("TAG"), _("MS"), _("MESSAGE"))


def _attempt_row(row: AttemptRow) -> tuple[str, ...]:
    a = row.attempt
    fields = row.fields()
    return (
        shown(fields, "created"),
        shown(fields, "outcome"),
        a.token_id or "-",
        f"{a.brand or '?'} ****{a.last4 or '????'}",
        a.test_key or "-",
        str(a.duration_ms) if a.duration_ms is not None else "-",
        " ".join(a.error_message.split())[:80] or "-",
    )


def _set(args: argparse.Namespace, rt: Runtime, out: TextIO) -> None:
    for pair, setter, done in (
        (args.set_tag, attempts.set_tag, _("Test case of {id}: {value}")),
        (args.set_note, attempts.set_note, _("Note of {id}: {value}")),
    ):
        if pair is None:
            continue
        item_id, value = pair
        try:
            setter(rt.history, item_id, value[:MAX_NOTE])
        except KeyError:
            raise UsageError(
                _("Not in the history: {ids}. Nothing was changed.").format(ids=item_id)
            ) from None
        out.write(done.format(id=item_id, value=value.strip() or _("(none)")) + "\n")


async def history(args: argparse.Namespace, rt: Runtime, out: TextIO, err: TextIO) -> int:
    """``history`` with ``--attempts``, ``--tag``, ``--set-tag`` or ``--set-note``."""
    if args.set_tag is not None or args.set_note is not None:
        _set(args, rt, out)
        return Exit.OK
    catalog = rt.catalog()
    where = HistoryFilter(text=args.filter or "")
    if args.tag is not None:  # the newest ``limit`` with that test case
        picked = attempts.select(
            rt.history, tag=args.tag, where=where, tokens_only=not args.attempts
        )
        rows = list(reversed(picked))[: args.limit]
    elif args.attempts:
        rows = attempts.page(rt.history, where, limit=args.limit)
    else:
        return _tokens(args, rt.history.page(limit=args.limit, where=where), catalog, out, err)
    if not args.attempts:
        records = [r.token for r in rows if r.token is not None]
        return _tokens(args, records, catalog, out, err)
    if args.json:
        for row in rows:
            output.emit_json(attempt_json(row, catalog), out)
    elif rows:
        out.write(output.table(_attempt_headers(), (_attempt_row(r) for r in rows)) + "\n")
    else:
        _note(err, _("no attempts in the history match."))
    return Exit.OK


def _tokens(
    args: argparse.Namespace,
    records: list[TokenRecord],
    catalog: Catalog,
    out: TextIO,
    err: TextIO,
) -> int:
    if args.json:
        for record in records:
            output.emit_json(output.record_json(record, catalog), out)
    elif records:
        rows = (output.history_row(r) for r in records)
        out.write(output.table(output.history_headers(), rows) + "\n")
    else:
        _note(err, _("no tokens in the history match."))
    return Exit.OK


# ---------------------------------------------------------------------- clear
def _scope(args: argparse.Namespace) -> ClearScope:
    if args.all:
        return ClearScope(everything=True)
    if args.older_than is not None:
        return ClearScope.older_than(args.older_than)
    if not str(args.tag).strip():
        raise UsageError(_("Give the test case to clear (--tag KEY), not an empty one."))
    return ClearScope(tag=str(args.tag))


def _confirmed(err: TextIO) -> bool:
    err.write(_("Clear it? [y/N] "))
    err.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes", "ใช่")  # Thai "yes" too


async def clear(args: argparse.Namespace, rt: Runtime, out: TextIO, err: TextIO) -> int:
    """``clear``: says what goes, asks (unless ``--yes``), then clears in one transaction."""
    scope = _scope(args)
    sentence, counts = attempts.describe_clear(rt.history, scope)
    err.write(sentence + "\n")
    if not counts.attempts:
        return Exit.OK
    if not args.yes and not _confirmed(err):
        err.write(_("Nothing was removed.") + "\n")
        return Exit.USAGE
    gone = attempts.clear(rt.history, scope)
    out.write(attempts.cleared_text(gone) + "\n")
    return Exit.OK
