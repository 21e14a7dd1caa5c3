"""``omise-token create`` for many tokens: ``--count N`` (N > 1), ``--scenario all`` or a
comma list (``--scenario visa-successful,jcb-insufficient-fund``). Runs ``core.batch``'s
``BatchRunner`` through the same token service as a single create (forwarded to the running
app like any create: ``cli.hosted`` wraps the service, so the window hears of each token).

stdout: each token id as it is created (``--json``: one record per job as it ends, created or
not, with its ``outcome``). stderr: a live progress line when stderr is a terminal, and a
summary when not every job made a token. ``--map FILE``: the scenario → token id map.
Ctrl+C cancels: what was created is printed and kept, then exit 130.
"""

from __future__ import annotations

import argparse
import asyncio
import difflib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from omise_token_gui.cli import output
from omise_token_gui.cli.evidence import create_tag
from omise_token_gui.cli.exits import Exit, UsageError, exit_code
from omise_token_gui.cli.runtime import Runtime
from omise_token_gui.core.attempt_draft import ending
from omise_token_gui.core.batch import (
    BatchResult,
    BatchRunner,
    Job,
    JobEnd,
    JobResult,
    Limits,
    Progress,
    jobs_for,
)
from omise_token_gui.core.batch_progress import progress_text
from omise_token_gui.core.cards import CardInput
from omise_token_gui.core.catalog import Catalog, CatalogCard
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.keys import require_public_test_key
from omise_token_gui.core.settings import MAX_CONCURRENCY, MIN_CONCURRENCY

_ = translator("Commands")
ALL = "all"


def wanted(args: argparse.Namespace) -> bool:
    """Whether this create is a batch (more than one token)."""
    scenario = args.scenario or ""
    return args.count > 1 or scenario == ALL or "," in scenario


def catalog_cards(spec: str, catalog: Catalog) -> list[CatalogCard]:
    """The catalog cards ``--scenario`` names: ``all``, or ids separated by commas."""
    if spec.strip() == ALL:
        return list(catalog)
    out: list[CatalogCard] = []
    for card_id in (part.strip() for part in spec.split(",")):
        if not card_id:
            continue
        entry = catalog.by_id(card_id)
        if entry is None:
            close = difflib.get_close_matches(card_id, [c.id for c in catalog], n=1)
            hint = " " + _("Did you mean {id}?").format(id=close[0]) if close else ""
            raise UsageError(
                _(
                    "Unknown scenario {id}.{hint} 'omise-token scenarios' lists the scenario ids."
                ).format(id=repr(card_id), hint=hint)
            )
        out.append(entry)
    if not out:
        raise UsageError(_("--scenario names no scenario."))
    return out


MakeCard = Callable[[argparse.Namespace, Catalog], CardInput]
Copy = Callable[[Runtime, str, TextIO], None]


def _jobs(args: argparse.Namespace, catalog: Catalog, card_from_args: MakeCard) -> list[Job]:
    scenario = args.scenario or ""
    if scenario == ALL or "," in scenario:
        return jobs_for(catalog_cards(scenario, catalog), count=args.count)
    entry = catalog.by_id(scenario) if scenario else None
    card = card_from_args(args, catalog)
    if entry is not None:
        return [Job(i, card, entry.id) for i in range(args.count)]
    return jobs_for(card=card, count=args.count)


async def create(
    args: argparse.Namespace,
    rt: Runtime,
    out: TextIO,
    err: TextIO,
    *,
    make_card: MakeCard,
    copy: Copy,
) -> int:
    """The batch ``commands.create`` hands over (``make_card``: its ``--card``/``--scenario``
    card; ``copy``: its ``--copy``)."""
    catalog = rt.catalog()
    jobs = _jobs(args, catalog, make_card)
    profile = rt.profile(args.profile)
    require_public_test_key(profile.public_key)  # before the network side even starts
    tag, note = create_tag(args, rt)
    settings = rt.load_settings(with_environment=False)
    limits = Limits.of(settings, profile)
    if args.concurrency is not None:
        limits = Limits(args.concurrency, limits.rate_per_s, limits.on_error)
    printer = _Printer(args, catalog, out, err)
    runner = BatchRunner(
        rt.token_service(),
        profile,
        jobs,
        limits=limits,
        test_key=tag,
        note=note,
        allow_invalid=args.send_anyway,
        on_progress=printer.progress,
        on_result=printer.result,
    )
    try:
        result = await runner.run()
    except asyncio.CancelledError:
        printer.summary(runner.result)
        _write_map(args, runner.result)
        raise
    finally:
        if args.copy and printer.ids:
            copy(rt, "\n".join(printer.ids), err)
    printer.summary(result)
    _write_map(args, result)
    return _exit(result)


def _exit(result: BatchResult) -> int:
    if result.cancelled:
        return Exit.INTERRUPTED
    if result.stopped is not None:
        return exit_code(result.stopped)
    for r in result.results:
        if r.end is JobEnd.FAILED and r.error is not None:
            return exit_code(r.error)
    if result.count(JobEnd.UNKNOWN):
        return Exit.NETWORK
    return Exit.OK


def _write_map(args: argparse.Namespace, result: BatchResult) -> None:
    if args.map:
        text = json.dumps(result.token_map(), indent=2, sort_keys=True) + "\n"
        Path(args.map).write_text(text, encoding="utf-8")


class _Printer:
    """What a batch shows: tokens on stdout as they come, progress and summary on stderr."""

    def __init__(self, args: argparse.Namespace, catalog: Catalog, out: TextIO, err: TextIO):
        self._args, self._catalog, self._out, self._err = args, catalog, out, err
        self._live = bool(getattr(err, "isatty", lambda: False)())
        self.ids: list[str] = []

    def result(self, r: JobResult) -> None:
        if r.token is not None:
            self.ids.append(r.token.token_id)
        if self._args.json:
            output.emit_json(self._record(r), self._out)
        elif r.token is not None:
            self._out.write(r.token.token_id + "\n")
            self._out.flush()

    def _record(self, r: JobResult) -> dict[str, Any]:
        base: dict[str, Any] = {"outcome": str(r.end), "job": r.job.index, "tries": r.tries}
        if r.token is not None:
            return {**output.record_json(r.token, self._catalog), **base}
        code = ending(r.error)[1] if r.error is not None else None
        return {
            **base,
            "id": None,
            "scenario_id": r.job.scenario,
            "error_code": code,
            "error": r.error.human if r.error is not None else None,
        }

    def progress(self, p: Progress) -> None:
        if not self._live:
            return
        line = progress_text(p)
        self._err.write("\r\x1b[K" + line)
        self._err.flush()

    def summary(self, result: BatchResult) -> None:
        if self._live:
            self._err.write("\n")
        created = result.count(JobEnd.CREATED)
        if created == len(result.results) and not result.cancelled:
            return
        text = _(
            "batch {batch}: {created} created, {failed} failed, {unknown} unknown (may exist "
            "on the vault; not sent again), {cancelled} cancelled, {not_run} not run."
        ).format(
            batch=result.batch_id,
            created=created,
            failed=result.count(JobEnd.FAILED),
            unknown=result.count(JobEnd.UNKNOWN),
            cancelled=result.count(JobEnd.CANCELLED),
            not_run=result.count(JobEnd.NOT_RUN),
        )
        self._err.write("omise-token: " + _("note: {notice}").format(notice=text) + "\n")
        if result.stopped is not None:
            stopped = _("stopped: {reason}").format(reason=result.stopped.human)
            self._err.write("omise-token: " + _("note: {notice}").format(notice=stopped) + "\n")
        self._err.flush()


def options(c: argparse.ArgumentParser) -> None:
    """``create``'s options for a batch."""
    c.add_argument(
        "--concurrency",
        type=concurrency,
        default=None,
        metavar="N",
        help=_("a batch's creates at once (1-10); default: the setting (4)"),
    )
    c.add_argument(
        "--map",
        metavar="FILE",
        help=_("a batch: write the JSON map of scenario id to token id to FILE"),
    )


def concurrency(text: str) -> int:
    """``--concurrency N``: MIN_CONCURRENCY..MAX_CONCURRENCY."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("not a whole number: {text}").format(text=repr(text))
        ) from None
    if not MIN_CONCURRENCY <= value <= MAX_CONCURRENCY:
        raise argparse.ArgumentTypeError(
            _("must be between {low} and {high}").format(low=MIN_CONCURRENCY, high=MAX_CONCURRENCY)
        )
    return value
