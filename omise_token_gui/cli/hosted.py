"""A forwarded ``omise-token create`` run inside the running app (no Qt here).

The app hands ``run_forwarded`` the forwarded command line and a ``Host``: its services (the
same settings, history and started token service as the window), a way to tell the window
of each new token, and its clipboard. The command is parsed by the same parser and run by
the same ``commands.create`` as on its own, so its output, its exit codes and its rules are
the same; only the world it runs in is the app's. It speaks the client's language (sent with
the request), not the window's: ``core.i18n.speaking`` holds for the command's task, so
everything core and cli word for it (the parser's help and errors included) comes out in the
tester's language while the window goes on in its own.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from omise_token_gui.cli.exits import Exit
from omise_token_gui.cli.instance import RunningApp
from omise_token_gui.cli.runtime import Runtime
from omise_token_gui.core import i18n
from omise_token_gui.core.env import KEY_ENV, VAULT_URL_ENV
from omise_token_gui.core.paths import Paths

if TYPE_CHECKING:
    from pathlib import Path

    from omise_token_gui.core.cards import CardInput
    from omise_token_gui.core.catalog import Catalog
    from omise_token_gui.core.history import TokenRecord
    from omise_token_gui.core.service import TokenService
    from omise_token_gui.core.settings import Profile
    from omise_token_gui.services import Services


@dataclass(frozen=True)
class Host:
    """What the running app lends a forwarded command."""

    services: Services
    service: Callable[[], TokenService]
    created: Callable[[TokenRecord], Any]  # each token, once stored
    copy: Callable[[str], Any]  # ``--copy``: the token ids, one a line
    about: Callable[[], RunningApp]


class _HostLink:
    """The app itself: ``--copy`` goes to its clipboard."""

    problem: str | None = None

    def __init__(self, host: Host) -> None:
        self._host = host

    def find(self, data_dir: Path, config_dir: Path) -> RunningApp | None:
        return self._host.about()

    def copy(self, app: RunningApp, text: str) -> bool:
        self._host.copy(text)
        return True


class _Reporting:
    """The token service, telling the window of every token a command creates."""

    def __init__(self, service: TokenService, created: Callable[[TokenRecord], Any]) -> None:
        self._service = service
        self._created = created

    async def create(
        self,
        card: CardInput,
        profile: Profile,
        *,
        allow_invalid: bool = False,
        test_key: str = "",
        note: str = "",
        batch_id: str | None = None,
    ) -> TokenRecord:
        record = await self._service.create(
            card,
            profile,
            allow_invalid=allow_invalid,
            test_key=test_key,
            note=note,
            batch_id=batch_id,
        )
        self._created(record)
        return record


@dataclass
class HostedRuntime(Runtime):
    """``Runtime`` over the app's own services: nothing is opened, started or closed here."""

    host: Host | None = None

    def services(self) -> Services:
        assert self.host is not None  # noqa: S101 - always built with one
        return self.host.services

    def _secure_files(self) -> None:
        """The app did this at its start."""

    def catalog(self) -> Catalog:
        """The app's (its notices said what was wrong with the tester's file)."""
        return self.services().catalog

    def profile(self, name: str | None) -> Profile:
        """As on its own; a profile the app does not know yet (added with ``omise-token
        profiles add`` since it started) is read from the settings file, with the same
        policy."""
        if name is not None and self.services().settings.profile(name) is None:
            loaded = self.settings_store.load({})
            self.notices.extend(loaded.notices)  # why a profile was not loaded, as alone
            fresh = loaded.settings.profile(name)
            if fresh is not None:
                return fresh
        return super().profile(name)

    def token_service(self, *, history: bool = True) -> TokenService:
        assert self.host is not None  # noqa: S101
        if history:
            _ = self.history
        return _Reporting(self.host.service(), self.host.created)  # type: ignore[return-value]

    async def close(self) -> None:
        """The services are the app's: they stay open."""


def forwarded_environment(app_environ: Mapping[str, str]) -> dict[str, str]:
    """The environment a forwarded command runs with: the app's, without a key of its own
    (the command line forwards only when its shell sets none: ``cli.fast``)."""
    return {k: v for k, v in app_environ.items() if k not in (KEY_ENV, VAULT_URL_ENV)}


@functools.cache
def _parser(language: str) -> argparse.ArgumentParser:
    """Built once per language for the app's life (a few ms each time; its help and
    messages are in that language); parsing does not change it."""
    from omise_token_gui.cli.app import build_parser

    with i18n.speaking(language):
        return build_parser()


def _parse(argv: Sequence[str], out: TextIO, err: TextIO) -> argparse.Namespace | int:
    """The parsed command line, or the exit code of ``--help`` or a usage error (printed to
    ``out``/``err``: argparse prints to sys.stdout/stderr, redirected for this call, which
    runs on the app's one thread without awaiting)."""
    language = i18n.option_in(argv) or i18n.current()  # the shell's, when it says
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), i18n.speaking(language):
        try:
            return _parser(language).parse_args(list(argv))
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else int(Exit.USAGE)


def other_folders(args: argparse.Namespace, where: Paths) -> bool:
    """True when the command names folders that are not the app's (it must run on its own)."""
    asked = Paths.resolve(
        getattr(args, "data_dir", None) or where.data_dir,
        getattr(args, "config_dir", None) or where.config_dir,
    )
    return any(
        os.path.realpath(a) != os.path.realpath(b) for a, b in zip(asked, where, strict=True)
    )


class Declined(Exception):
    """The app will not run this command: the command line runs it on its own."""


async def run_forwarded(
    argv: Sequence[str],
    host: Host,
    out: TextIO,
    err: TextIO,
    environ: Mapping[str, str],
    language: str | None = None,
) -> int:
    """Run ``omise-token ARGV`` (a ``create``) in the app, speaking ``language`` (the
    client's; None: the app's); its exit code. ``Declined`` when it is not the app's to run
    (not a create, or other folders)."""
    with i18n.speaking(language or i18n.current()):
        return await _run_forwarded(argv, host, out, err, environ)


async def _run_forwarded(
    argv: Sequence[str], host: Host, out: TextIO, err: TextIO, environ: Mapping[str, str]
) -> int:
    from omise_token_gui.cli.app import run

    parsed = _parse(argv, out, err)
    if isinstance(parsed, int):
        return parsed
    if getattr(parsed, "command", None) != "create":
        raise Declined("only create is run by the app")
    if other_folders(parsed, host.services.paths):
        raise Declined("the command names other folders than the app's")
    parsed.language = i18n.current()  # the request's, whatever the app's locale says
    rt = HostedRuntime(environ=forwarded_environment(environ), link=_HostLink(host), host=host)
    return await run(parsed, rt, out, err)


class Sink(io.StringIO):
    """A text stream whose writes become answers on the channel (``{"out": TEXT}``)."""

    def __init__(self, key: str, send: Callable[[dict[str, Any]], Any]) -> None:
        super().__init__()
        self._key = key
        self._send = send

    def write(self, text: str) -> int:
        if text:
            self._send({self._key: text})
        return len(text)
