"""What a command runs against: the app's settings, history and token service, built lazily.

The same files as the window (``core.paths``, honouring ``--data-dir``/``--config-dir``), and
the same services: ``services.Services`` opens the history (repairing a damaged file the same
way) and ``start_network`` starts the embedded Sandbox on the app's own state file, so tokens
created here are the app's Sandbox tokens too. Nothing here imports Qt.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from omise_token_gui.cli.exits import UsageError
from omise_token_gui.cli.instance import AppLink, SocketLink
from omise_token_gui.core import catalog_file, paths
from omise_token_gui.core.catalog import Catalog
from omise_token_gui.core.endpoint import DEFAULT_VAULT_URL
from omise_token_gui.core.errors import AppError, ErrorKind, PolicyRefused, VaultError
from omise_token_gui.core.history import HistoryUnavailable
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.settings import (
    ENVIRONMENT_PROFILE,
    KEY_ENV,
    VAULT_URL_ENV,
    Profile,
    Settings,
    SettingsStore,
    check_profile,
)

_ = translator("CommandRuntime")

if TYPE_CHECKING:
    from omise_token_gui.core.history import HistoryStore
    from omise_token_gui.core.service import TokenService
    from omise_token_gui.services import Services


@dataclass
class Runtime:
    """One command's world. ``close()`` (awaited) stops whatever was started."""

    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    link: AppLink = field(default_factory=SocketLink)
    notices: list[str] = field(default_factory=list)
    _services: Services | None = None
    _catalog: Catalog | None = None
    _secured: bool = False

    _settings_store: SettingsStore | None = None

    # ---------------------------------------------------------------- settings
    @property
    def settings_store(self) -> SettingsStore:
        """One store per command: a save applies what changed since this store's load."""
        if self._settings_store is None:
            self._secure_files()
            self._settings_store = SettingsStore(paths.settings_path())
        return self._settings_store

    def load_settings(self, *, with_environment: bool = True) -> Settings:
        """Settings as the app loads them (``OMISE_PUBLIC_KEY`` included unless told not to).

        Loading never raises; what was dropped is kept in ``notices``."""
        loaded = self.settings_store.load(self.environ if with_environment else {})
        self.notices.extend(loaded.notices)
        return loaded.settings

    def save_settings(self, settings: Settings) -> None:
        self.settings_store.save(settings)

    def environment_refusal(self) -> AppError | None:
        """Why ``OMISE_PUBLIC_KEY`` (with ``OMISE_VAULT_URL``) was refused, if it is set and was.

        The app shows this as a notice; a command that would send refuses to run instead of
        quietly using another profile."""
        raw = self.environ.get(KEY_ENV)
        if raw is None:
            return None
        candidate = Profile(
            name=ENVIRONMENT_PROFILE,
            public_key=raw,
            vault_url=self.environ.get(VAULT_URL_ENV, DEFAULT_VAULT_URL),
        )
        try:
            check_profile(candidate)
        except AppError as exc:
            return exc
        return None

    def profile(self, name: str | None) -> Profile:
        """The named profile, or the active one (the environment's when ``OMISE_PUBLIC_KEY``
        is set). Raises ``KeyRejected``/``AppError`` when the environment's key is refused."""
        if name is None:
            refusal = self.environment_refusal()
            if refusal is not None:
                # The vault URL's refusal names OMISE_VAULT_URL, the key's OMISE_PUBLIC_KEY.
                env = VAULT_URL_ENV if refusal.kind is ErrorKind.URL_REJECTED else KEY_ENV
                human = _("{env} was refused: {reason}").format(env=env, reason=refusal.human)
                raise PolicyRefused(kind=refusal.kind, human=human) from refusal
        settings = self.services().settings
        if name is None:
            return settings.active
        found = settings.profile(name)
        if found is None:
            known = ", ".join(p.name for p in settings.profiles)
            raise UsageError(
                _("No profile named {name}. Known profiles: {known}.").format(
                    name=repr(name), known=known
                )
            )
        return found

    def catalog(self) -> Catalog:
        """The catalog this command uses (``core.catalog_file.load``: the shipped one with
        the tester's file), once; why the file was set aside is a notice (stderr)."""
        if self._catalog is None:
            if self._services is not None:
                self._catalog = self._services.catalog
            else:
                loaded = catalog_file.load(paths.current())
                self.notices.extend(loaded.problems)
                self._catalog = loaded.catalog
        return self._catalog

    # ---------------------------------------------------------------- services
    def _secure_files(self) -> None:
        """As the app does first: owner-only files from here on, and for what was written."""
        if not self._secured:
            from omise_token_gui.services import secure_files

            secure_files()
            self._secured = True

    def services(self) -> Services:
        """Settings and history, opened as the app opens them. A history that needs a repair
        is repaired here, at once, as a headless run of the app does."""
        if self._services is None:
            from omise_token_gui.services import Services

            self._secure_files()
            services = Services.build(self.environ)
            if services.history_problem is not None:
                services.verify_history()
            self.notices.extend(services.notices)
            self._services = services
        return self._services

    @property
    def history(self) -> HistoryStore:
        """The history; ``HistoryUnavailable`` (exit 6) when only a stand-in could be opened
        (the notices say why): nothing is shown as stored that is not."""
        store = self.services().history_store
        if store.refused is not None:
            reason = store.refused
            # The window's notice says the same, then "shown but not saved": not so here.
            self.notices[:] = [n for n in self.notices if reason not in n]
            raise HistoryUnavailable(
                _("the history cannot be used: {reason}").format(reason=reason)
            )
        return store

    def token_service(self, *, history: bool = True) -> TokenService:
        """The token service with the network side started (httpx, the embedded Sandbox).

        With ``history`` (the default), refuses first when the history cannot be used, so
        that no token is created that could not be stored."""
        if history:
            _usable = self.history  # raises HistoryUnavailable when it cannot be used
        services = self.services()
        try:
            return services.start_network()
        except RuntimeError as exc:  # the embedded emulator did not start
            raise VaultError(
                kind=ErrorKind.CONNECTION,
                human=_("The built-in Sandbox could not start: {problem}").format(problem=exc),
            ) from exc

    async def close(self) -> None:
        if self._services is not None:
            services, self._services = self._services, None
            await services.aclose()
