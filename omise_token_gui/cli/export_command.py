"""``omise-token export``: the attempts (or only the tokens) in one of ``core.export.FORMATS``,
to standard output or a file (owner-only, replaced atomically)."""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from omise_token_gui import __version__
from omise_token_gui.cli.exits import Exit, StorageProblem, UsageError
from omise_token_gui.cli.runtime import Runtime
from omise_token_gui.core import paths, storage
from omise_token_gui.core.export.formats import FORMATS, render
from omise_token_gui.core.export.source import Select, evidence_rows, parse_since
from omise_token_gui.core.export.target import target_problem
from omise_token_gui.core.i18n import translator

_ = translator("CommandLine")


def attempt_source(rt: Runtime) -> Select:
    """The attempt log's selection over the command's history (``core.attempts.select``)."""
    from omise_token_gui.core import attempts

    history = rt.history
    return functools.partial(attempts.select, history)


def add_export_command(command: Callable[[str, Any, str], argparse.ArgumentParser]) -> None:
    e = command(
        "export",
        export,
        _("write the attempts (evidence for a test run) as CSV, JSON, Markdown, Jira, JUnit, "
          "Xray or TestRail"),
    )  # fmt: skip
    e.add_argument("--format", choices=FORMATS, required=True, help=_("the format to write"))
    e.add_argument("--tag", metavar="KEY", help=_("only the attempts of this test case"))
    e.add_argument(
        "--since",
        metavar="DATE",
        help=_("only the attempts since DATE: 2026-12-02 (local midnight) or an ISO time"),
    )
    scope = e.add_mutually_exclusive_group()
    scope.add_argument(
        "--attempts",
        dest="tokens_only",
        action="store_false",
        help=_("every attempt, failed ones included (the default)"),
    )
    scope.add_argument(
        "--tokens-only",
        dest="tokens_only",
        action="store_true",
        help=_("only the attempts that made a token"),
    )
    e.set_defaults(tokens_only=False)
    e.add_argument(
        "--output",
        metavar="FILE",
        help=_("write to FILE (owner-only; an existing file is replaced) instead of the screen"),
    )


async def export(args: argparse.Namespace, rt: Runtime, out: TextIO, err: TextIO) -> int:
    now = datetime.now(UTC)
    since = None
    if args.since:
        try:
            since = parse_since(args.since, now)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    target = _target(args.output)
    select = attempt_source(rt)
    rows = evidence_rows(select(tag=args.tag, since=since, tokens_only=args.tokens_only))
    done = render(args.format, rows, exported_at=now, app_version=__version__)
    for warning in done.warnings:
        err.write(f"omise-token: {_('note: {notice}').format(notice=warning)}\n")
    if not rows:
        err.write("omise-token: " + _("note: no attempts match: the export is empty.") + "\n")
    data = done.text.encode("utf-8")
    if target is None:
        _write_out(out, data)
        return Exit.OK
    try:
        storage.write_private(target, data)
    except OSError as exc:
        raise StorageProblem(
            _("the export could not be written to {path}: {reason}").format(
                path=target, reason=exc.strerror or exc
            )
        ) from exc
    err.write(
        "omise-token: "
        + _("%n attempt(s) written to {path}.", n=len(rows)).format(path=target)
        + "\n"
    )
    return Exit.OK


def _target(output: str | None) -> Path | None:
    target = Path(output).expanduser() if output else None
    if target is not None and target.is_dir():
        raise UsageError(_("{path} is a folder: name a file.").format(path=target))
    problem = target_problem(target, paths.current()) if target is not None else None
    if problem is not None:
        raise UsageError(problem)
    return target


def _write_out(out: TextIO, data: bytes) -> None:
    """The export's exact bytes (UTF-8, a CSV's BOM) whatever the console's encoding."""
    buffer = getattr(out, "buffer", None)
    if buffer is not None:
        out.flush()
        buffer.write(data)
        buffer.flush()
    else:
        out.write(data.decode("utf-8"))
