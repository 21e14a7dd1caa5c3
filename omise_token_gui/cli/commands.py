"""The subcommands. Each takes the parsed arguments, the runtime and the output stream, and
returns an exit code; failures are raised (``AppError``, ``UsageError``, ``OSError``…) and
turned into one line on stderr and an exit code by ``app``."""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Mapping
from dataclasses import replace
from typing import TextIO

from omise_token_gui.cli import batch, output
from omise_token_gui.cli.clipboard import copy_text
from omise_token_gui.cli.evidence import create_tag
from omise_token_gui.cli.exits import Exit, StorageProblem, UsageError, exit_code
from omise_token_gui.cli.instance import RunningApp
from omise_token_gui.cli.runtime import Runtime
from omise_token_gui.core import paths, ranking
from omise_token_gui.core.card_defaults import default_card, scenario_card
from omise_token_gui.core.cards import CardInput, detect_brand, sample_security_code
from omise_token_gui.core.catalog import Catalog
from omise_token_gui.core.catalog_search import search
from omise_token_gui.core.endpoint import DEFAULT_VAULT_URL, check_base_url
from omise_token_gui.core.errors import AppError, ErrorKind, ProfileError
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.key_check import check_key
from omise_token_gui.core.keys import require_public_test_key
from omise_token_gui.core.settings import Profile, Settings

Err = TextIO
_MAX_KEY_INPUT = 4096
_ = translator("Commands")


def _note(err: Err, text: str) -> None:
    """A note on stderr: ``omise-token: note: TEXT``."""
    err.write("omise-token: " + _("note: {notice}").format(notice=text) + "\n")


# ---------------------------------------------------------------------------- create
def card_from_args(args: argparse.Namespace, catalog: Catalog) -> CardInput:
    """The form's defaults, with the number of ``--scenario ID`` or ``--card NUMBER``."""
    base = default_card()
    if args.card is not None:
        number = str(args.card)
        return replace(
            base, number=number, security_code=sample_security_code(detect_brand(number))
        )
    if args.scenario is None:
        return base
    entry = catalog.by_id(args.scenario)
    if entry is None:
        close = difflib.get_close_matches(args.scenario, [c.id for c in catalog], n=1)
        hint = " " + _("Did you mean {id}?").format(id=close[0]) if close else ""
        raise UsageError(
            _(
                "Unknown scenario {id}.{hint} 'omise-token scenarios' lists the scenario ids."
            ).format(id=repr(args.scenario), hint=hint)
        )
    return scenario_card(entry)  # what the tray's one click sends, too


def _invalid_card(exc: AppError) -> UsageError:
    problems = "; ".join(f"{p.field}: {p.message}" for p in exc.problems)
    return UsageError(
        _(
            "The card has problems; nothing was sent. {problems} "
            "Add --send-anyway to test how the vault answers."
        ).format(problems=problems)
    )


async def create(args: argparse.Namespace, rt: Runtime, out: TextIO, err: Err) -> int:
    if batch.wanted(args):  # several tokens: a batch (cli/batch.py)
        return await batch.create(args, rt, out, err, make_card=card_from_args, copy=_copy)
    catalog = rt.catalog()
    card = card_from_args(args, catalog)
    profile = rt.profile(args.profile)
    require_public_test_key(profile.public_key)  # before the network side even starts
    tag, note = create_tag(args, rt)
    service = rt.token_service()
    from omise_token_gui.core.service import TokenNotSaved  # with the network side: httpx

    ids: list[str] = []
    try:
        for _number in range(args.count):
            try:
                record = await service.create(
                    card, profile, allow_invalid=args.send_anyway, test_key=tag, note=note
                )
            except TokenNotSaved as exc:
                # The token exists on the vault: print it (it can still be used), then fail.
                ids.append(exc.record.token_id)
                out.write(exc.record.token_id + "\n")
                out.flush()
                raise StorageProblem(
                    _("{token} was created but not saved in the history: {reason}").format(
                        token=exc.record.token_id, reason=exc.reason
                    )
                ) from exc
            except AppError as exc:
                if exc.kind is ErrorKind.INVALID_INPUT:
                    raise _invalid_card(exc) from exc
                raise
            ids.append(record.token_id)
            if args.json:
                output.emit_json(output.record_json(record, catalog), out)
            else:
                out.write(record.token_id + "\n")
                out.flush()
    finally:
        if args.copy and ids:
            _copy(rt, "\n".join(ids), err)
    return Exit.OK


def _copy(rt: Runtime, text: str, err: Err) -> None:
    """The running app's clipboard first (when the link finds one), then a clipboard tool."""
    app = rt.link.find(paths.data_dir(), paths.config_dir())
    if app is not None and rt.link.copy(app, text):
        return
    problem = copy_text(text, rt.environ)
    if problem is not None:
        _note(err, problem)


# ---------------------------------------------------------------------------- scenarios
async def scenarios(args: argparse.Namespace, rt: Runtime, out: TextIO, err: Err) -> int:
    """The catalog (``--search``: ``core.catalog_search``); Pinned and Frequent first."""
    catalog = rt.catalog()
    settings = rt.load_settings(with_environment=False)
    if _change_ranking(args, catalog, settings, err):
        rt.save_settings(settings)
    ranked = _ranking(rt, catalog, settings)
    cards = search(catalog, args.search or "")
    if args.json:
        for card in cards:
            record = output.scenario_json(card, catalog)
            record.update(pinned=ranked.is_pinned(card), frequent=ranked.is_frequent(card))
            output.emit_json(record, out)
    elif cards:
        out.write(output.scenario_sections(cards, ranked, catalog) + "\n")
    else:
        _note(err, _("no scenario matches {text}.").format(text=repr(args.search)))
    return Exit.OK


def _change_ranking(
    args: argparse.Namespace, catalog: Catalog, settings: Settings, err: Err
) -> bool:
    """``--pin ID``, ``--unpin ID``, ``--reset-ranking``: whether the settings changed."""
    for card_id in args.pin or ():
        if catalog.by_id(card_id) is None:
            raise UsageError(
                _(
                    "Unknown scenario {id}.{hint} 'omise-token scenarios' lists the scenario ids."
                ).format(id=card_id, hint="")
            )
        ranking.pin(settings, card_id)
    for card_id in args.unpin or ():
        if card_id not in settings.pinned:  # nothing to do, but say so (a typo, say)
            _note(err, _("{id} was not pinned.").format(id=card_id))
        ranking.unpin(settings, card_id)
    if args.reset_ranking:
        ranking.reset_ranking(settings)
        _note(err, _("ranking reset: Frequent counts the tokens created from now on."))
    return bool(args.pin or args.unpin or args.reset_ranking)


def _ranking(rt: Runtime, catalog: Catalog, settings: Settings) -> ranking.Ranking:
    """Pinned and Frequent; without a usable history, Pinned only (the notices say why)."""
    try:
        return ranking.ranking(rt.history, catalog, settings)
    except AppError:
        return ranking.Ranking(tuple(ranking.pinned_cards(catalog, settings.pinned)))


# ---------------------------------------------------------------------------- history
# ``history`` is cli/evidence.py's (tokens, and every attempt).


async def refresh(args: argparse.Namespace, rt: Runtime, out: TextIO, err: Err) -> int:
    if args.all and args.token_ids:
        raise UsageError(_("Give token ids or --all, not both."))
    if not args.all and not args.token_ids:
        raise UsageError(_("Give the token ids to refresh, or --all."))
    store = rt.history
    ids: list[str] = store.ids_to_refresh() if args.all else list(dict.fromkeys(args.token_ids))
    unknown = [t for t in ids if store.get(t) is None]
    if unknown:
        raise UsageError(
            _("Not in the history: {ids}. Nothing was sent.").format(ids=", ".join(unknown))
        )
    if not ids:
        _note(err, _("nothing to refresh: every token's charge has ended."))
        return Exit.OK
    catalog = rt.catalog()
    results = await rt.token_service().refresh_many(ids)
    first_error: AppError | None = None
    for token_id, result in zip(ids, results, strict=True):
        if isinstance(result, AppError):
            first_error = first_error or result
            err.write(f"omise-token: {token_id}: {result.human}\n")
        elif args.json:
            output.emit_json(output.record_json(result, catalog), out)
        else:
            out.write(_refreshed_line(result) + "\n")
    return exit_code(first_error) if first_error else Exit.OK


def _refreshed_line(record: TokenRecord) -> str:
    used = _("used") if record.used else _("not used")
    return f"{record.token_id}  {used}  {output.charge_text(record)}  {output.verdict_text(record)}"


# ---------------------------------------------------------------------------- check-key
async def check_key_command(args: argparse.Namespace, rt: Runtime, out: TextIO, err: Err) -> int:
    profile = rt.profile(args.profile)
    key = require_public_test_key(profile.public_key)
    client = rt.token_service(history=False).client_for(profile)
    result = await check_key(client, key)
    if result.works:
        out.write(f"{profile.name}: {result.message}\n")
        return Exit.OK
    err.write(f"omise-token: {profile.name}: {result.message}\n")
    return exit_code(result.error) if result.error is not None else Exit.VAULT


# ---------------------------------------------------------------------------- profiles
async def profiles_list(args: argparse.Namespace, rt: Runtime, out: TextIO, err: Err) -> int:
    settings = rt.load_settings()
    active = settings.active.name
    if args.json:
        for profile in settings.profiles:
            output.emit_json(output.profile_json(profile, active), out)
    else:
        rows = (output.profile_row(p, active) for p in settings.profiles)
        out.write(output.table(output.profile_headers(), rows) + "\n")
    return Exit.OK


def _read_key(raw: str) -> str:
    """``--key -`` reads the key from standard input (it then stays out of the process list).

    All of it, as the settings pane takes a paste: a line break inside is refused, not cut."""
    if raw != "-":
        return raw
    return sys.stdin.read(_MAX_KEY_INPUT)


async def profiles_add(args: argparse.Namespace, rt: Runtime, out: TextIO, err: Err) -> int:
    # The settings pane's rules, in its order and with its sentences: key, URL, then the rest.
    key = require_public_test_key(_read_key(args.key))
    url = check_base_url(args.url if args.url is not None else DEFAULT_VAULT_URL)
    settings = rt.load_settings(with_environment=False)
    name = args.name.strip()
    if settings.profile(name) is not None:
        raise ProfileError(
            human=_("A profile named {name} exists already.").format(name=repr(name))
        )
    profile = Profile(name=name, public_key=key, vault_url=url, api_version=args.api_version)
    if args.timeout is not None:
        profile = replace(profile, timeout_s=args.timeout)
    if hasattr(args, "rate_limit"):
        profile = replace(profile, rate_limit_per_s=args.rate_limit)
    saved = settings.upsert(profile)
    if args.use:
        settings.active_profile = saved.name
    rt.save_settings(settings)
    if args.use:
        out.write(_("Saved “{name}”. It is now the active profile.").format(name=saved.name) + "\n")
    else:
        out.write(_("Saved “{name}”.").format(name=saved.name) + "\n")
    return Exit.OK


def _named(settings: Settings, name: str) -> Profile:
    profile = settings.profile(name)
    if profile is None:
        known = ", ".join(p.name for p in settings.profiles)
        raise UsageError(
            _("No profile named {name}. Known profiles: {known}.").format(
                name=repr(name), known=known
            )
        )
    return profile


async def profiles_use(args: argparse.Namespace, rt: Runtime, out: TextIO, err: Err) -> int:
    settings = rt.load_settings(with_environment=False)
    profile = _named(settings, args.name)
    settings.active_profile = profile.name
    rt.save_settings(settings)
    out.write(_("Active profile: {name}.").format(name=profile.name) + "\n")
    return Exit.OK


async def profiles_remove(args: argparse.Namespace, rt: Runtime, out: TextIO, err: Err) -> int:
    settings = rt.load_settings(with_environment=False)
    profile = _named(settings, args.name)
    settings.remove(profile.name)  # the Sandbox is refused here, with the pane's sentence
    rt.save_settings(settings)
    out.write(
        _("Deleted “{name}”. Its tokens stay in the history.").format(name=profile.name) + "\n"
    )
    return Exit.OK


# ---------------------------------------------------------------------------- status
async def status(args: argparse.Namespace, rt: Runtime, out: TextIO, err: Err) -> int:
    data, config = paths.data_dir(), paths.config_dir()
    app = rt.link.find(data, config)
    settings = rt.load_settings()
    report = {
        "running": app is not None,
        "pid": app.pid if app else None,
        "active_profile": app.active_profile if app else settings.active.name,
        "sandbox_url": app.sandbox_url if app else None,
        "data_dir": str(data),
        "config_dir": str(config),
        "channel_problem": rt.link.problem,
    }
    if args.json:
        output.emit_json(report, out)
        return Exit.OK
    out.write(_status_text(report, app, rt.link.problem))
    return Exit.OK


def _status_text(report: Mapping[str, object], app: RunningApp | None, problem: str | None) -> str:
    if app is None:
        why = (
            _("the local channel cannot be used: {problem}").format(problem=problem)
            if problem
            else _("no running app found for these directories")
        )
        state = _("unknown") if problem else _("not running")
        lines = [
            _("App: {state} ({why})").format(state=state, why=why),
            _("Active profile: {name} (from the settings)").format(name=report["active_profile"]),
            _("Sandbox URL: none (the Sandbox runs inside the app, or inside a command)"),
        ]
    else:
        lines = [
            _("App: running (pid {pid})").format(pid=app.pid),
            _("Active profile: {name}").format(name=app.active_profile),
            _("Sandbox URL: {url}").format(url=app.sandbox_url or _("not started")),
        ]
    lines.append(_("Data dir: {path}").format(path=report["data_dir"]))
    lines.append(_("Config dir: {path}").format(path=report["config_dir"]))
    return "\n".join(lines) + "\n"
