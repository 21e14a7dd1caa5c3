"""Settings and profiles: one JSON file, schema-versioned, written atomically with mode 0600.

Only public test keys are ever stored (the key policy runs on save and on load). Several
running copies of the app share the file: each save re-reads it under a lock and applies only
what this copy changed since it last read or wrote it.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from omise_token_gui.core import i18n, storage
from omise_token_gui.core.endpoint import (
    API_VERSIONS,
    DEFAULT_API_VERSION,
    DEFAULT_TIMEOUT_S,
    DEFAULT_VAULT_URL,
    Endpoint,
    check_base_url,
)
from omise_token_gui.core.env import KEY_ENV as KEY_ENV
from omise_token_gui.core.env import VAULT_URL_ENV as VAULT_URL_ENV
from omise_token_gui.core.errors import AppError, ErrorKind, ProfileError, StorageError
from omise_token_gui.core.keys import classify, require_public_test_key

_ = i18n.translator("Settings")

SETTINGS_VERSION = 1
SANDBOX = "Sandbox"
# Seconds between automatic refreshes of the history (the Settings spin box has this range).
MIN_AUTO_REFRESH_S, MAX_AUTO_REFRESH_S, DEFAULT_AUTO_REFRESH_S = 5, 3600, 30
SANDBOX_KEY = "pkey_test_sandbox"
ENVIRONMENT_PROFILE = "Environment"
MIN_TIMEOUT_S, MAX_TIMEOUT_S = 1.0, 120.0
LOCK_WAIT_S = 2.0  # how long a save waits for another copy of the app to finish its own
# The colour scheme (Settings): follow the OS's light or dark, or always one of them.
SYSTEM, LIGHT, DARK = "system", "light", "dark"
COLOR_SCHEMES = (SYSTEM, LIGHT, DARK)
# The Sandbox's port on 127.0.0.1, the same across restarts so that a copied curl or a backend
# pointed at it keeps working. Not 8025, the standalone emulator's default: both can run.
# Taken by another program: any free port for that run, and the window says so. 0: any port.
DEFAULT_SANDBOX_PORT, MIN_SANDBOX_PORT, MAX_SANDBOX_PORT = 8026, 1024, 65535
_SCALARS = (
    "active_profile",
    "copy_on_create",
    "auto_refresh",
    "auto_refresh_s",
    "color_scheme",
    "language",
    "sandbox_port",
    "sandbox_note_seen",
    "close_to_tray",
    "tray_missing_told",
    "ranking_since",
    "current_test_key",
    "retention_days",
    "batch_concurrency",
    "batch_on_error",
)
# Retention (issue 16): the history keeps attempts this many days (None: forever).
MIN_RETENTION_DAYS, MAX_RETENTION_DAYS = 1, 3650
MAX_TEST_KEY = 200  # the longest test case kept (a key such as QA-123 is a few characters)
# Batches (issue 17, core/batch.py): creates at once (Omise asks for at most 10 parallel
# workers), and what a create that fails for good does to the rest of the batch.
MIN_CONCURRENCY, MAX_CONCURRENCY, DEFAULT_CONCURRENCY = 1, 10, 4
SKIP, STOP = "skip", "stop"
ON_ERROR = (SKIP, STOP)
# A real vault's client-side limit, token creates per second per profile (Omise publishes no
# number, and gives test traffic the lowest priority): conservative. None: unlimited.
DEFAULT_RATE_LIMIT_PER_S = 2.0
MIN_RATE_LIMIT_PER_S, MAX_RATE_LIMIT_PER_S = 0.1, 100.0


@dataclass(frozen=True)
class Profile:
    name: str
    public_key: str = ""
    vault_url: str = DEFAULT_VAULT_URL
    api_version: str = DEFAULT_API_VERSION
    timeout_s: float = DEFAULT_TIMEOUT_S
    # Token creates per second a batch sends to this profile's vault (None: unlimited).
    rate_limit_per_s: float | None = DEFAULT_RATE_LIMIT_PER_S

    @property
    def is_sandbox(self) -> bool:
        return self.name == SANDBOX

    def endpoint(self, sandbox_url: str | None = None) -> Endpoint:
        url = (sandbox_url or "") if self.is_sandbox else self.vault_url
        return Endpoint(url, self.api_version, self.timeout_s)


def sandbox_profile() -> Profile:
    return Profile(
        name=SANDBOX,
        public_key=SANDBOX_KEY,
        vault_url="",
        timeout_s=10.0,
        rate_limit_per_s=None,  # the app's own emulator: as fast as it answers
    )


def _printable(char: str) -> bool:
    """No control, format (bidi overrides, zero-width), private-use or unassigned characters
    and no line or paragraph separators in a profile name: it is shown in the title and the
    marker, and written to files."""
    return unicodedata.category(char)[0] != "C" and unicodedata.category(char) not in ("Zl", "Zp")


def check_profile(profile: Profile) -> Profile:
    """The policy every saved profile passes: test key, usable URL, known version, sane timeout."""
    if profile.is_sandbox:
        return sandbox_profile() if profile.public_key != SANDBOX_KEY else profile
    name = profile.name.strip()
    if not name or len(name) > 60 or not all(_printable(c) for c in name):
        raise ProfileError(human=_("A profile needs a short, printable name."))
    key = require_public_test_key(profile.public_key)
    url = check_base_url(profile.vault_url)
    if profile.api_version not in API_VERSIONS:
        raise ProfileError(
            human=_("Unknown API version {version}; use one of {versions}.").format(
                version=repr(profile.api_version), versions=", ".join(API_VERSIONS)
            ),
        )
    if not MIN_TIMEOUT_S <= profile.timeout_s <= MAX_TIMEOUT_S:
        raise ProfileError(
            human=_("Timeout must be between {low} and {high} seconds.").format(
                low=f"{MIN_TIMEOUT_S:g}", high=f"{MAX_TIMEOUT_S:g}"
            ),
        )
    rate = profile.rate_limit_per_s
    if rate is not None and not MIN_RATE_LIMIT_PER_S <= rate <= MAX_RATE_LIMIT_PER_S:
        raise ProfileError(
            human=_("The rate limit must be between {low} and {high} creates a second.").format(
                low=f"{MIN_RATE_LIMIT_PER_S:g}", high=f"{MAX_RATE_LIMIT_PER_S:g}"
            ),
        )
    return replace(profile, name=name, public_key=key, vault_url=url)


@dataclass
class Settings:
    profiles: list[Profile] = field(default_factory=lambda: [sandbox_profile()])
    active_profile: str = SANDBOX
    copy_on_create: bool = True
    auto_refresh: bool = True
    auto_refresh_s: int = DEFAULT_AUTO_REFRESH_S
    color_scheme: str = SYSTEM  # one of COLOR_SCHEMES
    language: str = SYSTEM  # one of core.i18n.CHOICES: system (the computer's), en, th
    sandbox_port: int = DEFAULT_SANDBOX_PORT  # 0, or MIN_SANDBOX_PORT..MAX_SANDBOX_PORT
    sandbox_note_seen: bool = False  # the first-launch note on what Sandbox tokens are for
    # Closing the window keeps the app in the tray (True) or quits it (False); None: not
    # decided yet (the first close, while a tray icon exists, asks).
    close_to_tray: bool | None = None
    # The tester was told once why there is no tray icon (a desktop without a tray).
    tray_missing_told: bool = False
    # The picker's Pinned cards, by catalog id, in order (core.ranking). An id the catalog
    # does not hold (a card of a user catalog file that is gone) is kept, but not shown.
    pinned: list[str] = field(default_factory=list)
    # "Reset ranking": tokens created before this moment (ISO 8601, UTC) no longer count for
    # the Frequent cards; the history itself is kept. None: every token counts.
    ranking_since: str | None = None
    # The test case new creates are tagged with (the window's "Test case:" field, the tray,
    # a forwarded `omise-token create` without --tag); "": none.
    current_test_key: str = ""
    # Attempts and tokens older than this many days are forgotten (at start, then daily);
    # None: kept forever.
    retention_days: int | None = None
    # Batches: creates at once (MIN_CONCURRENCY..MAX_CONCURRENCY), and SKIP (go on with the
    # other cards) or STOP (start no more) when a create fails for good.
    batch_concurrency: int = DEFAULT_CONCURRENCY
    batch_on_error: str = SKIP

    def profile(self, name: str) -> Profile | None:
        return next((p for p in self.profiles if p.name == name), None)

    @property
    def active(self) -> Profile:
        return self.profile(self.active_profile) or self.profiles[0]

    def upsert(self, profile: Profile, old_name: str | None = None) -> Profile:
        """Add or replace (by ``old_name`` or name) a profile after the policy accepts it."""
        checked = check_profile(profile)
        target = old_name or checked.name
        if checked.name != target and self.profile(checked.name) is not None:
            raise ProfileError(
                human=_("A profile named {name} exists already.").format(name=repr(checked.name))
            )
        for i, existing in enumerate(self.profiles):
            if existing.name == target:
                if existing.is_sandbox and not checked.is_sandbox:
                    raise ProfileError(human=_("The Sandbox profile cannot be renamed."))
                self.profiles[i] = checked
                if self.active_profile == target:
                    self.active_profile = checked.name
                return checked
        self.profiles.append(checked)
        return checked

    def remove(self, name: str) -> None:
        if name == SANDBOX:
            raise ProfileError(
                human=_("The Sandbox profile is built in and cannot be deleted."),
            )
        self.profiles = [p for p in self.profiles if p.name != name]
        if self.active_profile == name:
            self.active_profile = SANDBOX

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["version"] = SETTINGS_VERSION
        # Environment profiles come from the environment on each start; never written.
        data["profiles"] = [asdict(p) for p in self.profiles if p.name != ENVIRONMENT_PROFILE]
        return data


@dataclass(frozen=True)
class LoadResult:
    settings: Settings
    notices: tuple[str, ...] = ()  # sentences for the tester: what was moved aside or dropped


_DEFAULTS = Settings()


def _typed(data: Mapping[str, Any], key: str, kind: type, default: Any) -> Any:
    value = data.get(key, default)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if kind is int and isinstance(value, bool):
        return default
    return value if isinstance(value, kind) else default


class UnknownVersion(ValueError):
    """A settings file of a version this app does not know (its message says which)."""


def settings_from_json(data: object) -> tuple[Settings, list[str]]:
    """Build settings from parsed JSON, dropping (and reporting) whatever does not fit."""
    notices: list[str] = []
    if not isinstance(data, dict):
        raise ValueError("the settings file does not hold a JSON object")
    version = data.get("version")
    if version != SETTINGS_VERSION:
        raise UnknownVersion(_("unknown settings version {version}").format(version=repr(version)))
    settings = Settings(
        copy_on_create=_typed(data, "copy_on_create", bool, _DEFAULTS.copy_on_create),
        auto_refresh=_typed(data, "auto_refresh", bool, _DEFAULTS.auto_refresh),
        auto_refresh_s=max(
            MIN_AUTO_REFRESH_S,
            min(MAX_AUTO_REFRESH_S, _typed(data, "auto_refresh_s", int, DEFAULT_AUTO_REFRESH_S)),
        ),
        close_to_tray=_typed(data, "close_to_tray", bool, None),
        tray_missing_told=_typed(data, "tray_missing_told", bool, False),
        pinned=_pins(data.get("pinned")),
        ranking_since=_typed(data, "ranking_since", str, None),
        current_test_key=_typed(data, "current_test_key", str, "").strip()[:MAX_TEST_KEY],
        retention_days=retention_days(data.get("retention_days")),
    )
    settings.batch_concurrency, settings.batch_on_error = _batch_choices(data)
    settings.color_scheme, scheme_notice = _color_scheme(data)
    settings.sandbox_port = _sandbox_port(data)
    settings.language = language_choice(data)
    settings.sandbox_note_seen = _typed(data, "sandbox_note_seen", bool, False)
    notices.extend(scheme_notice)
    loaded: dict[str, Profile] = {}  # by name: a later entry replaces an earlier one
    raw_profiles = data.get("profiles")
    for raw in raw_profiles if isinstance(raw_profiles, list) else []:
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            notices.append(_("A profile entry that was not readable was skipped."))
            continue
        name = raw["name"]
        if name in (SANDBOX, ENVIRONMENT_PROFILE):
            continue
        try:
            checked = check_profile(_saved_profile(name, raw))
        except AppError as exc:
            # A refused key is dropped here and never kept in memory or written back.
            notices.append(
                _("Profile {name} was not loaded: {why}").format(name=repr(name), why=exc.human)
            )
            continue
        if checked.name not in (SANDBOX, ENVIRONMENT_PROFILE):
            loaded.pop(checked.name, None)
            loaded[checked.name] = checked
    settings.profiles.extend(loaded.values())
    active = data.get("active_profile")
    if isinstance(active, str) and settings.profile(active) is not None:
        settings.active_profile = active
    return settings, notices


def _saved_profile(name: str, raw: Mapping[str, Any]) -> Profile:
    """A saved profile's entry as a ``Profile`` (mistyped fields: their defaults), unchecked."""
    return Profile(
        name=name,
        public_key=_typed(raw, "public_key", str, ""),
        vault_url=_typed(raw, "vault_url", str, DEFAULT_VAULT_URL),
        api_version=_typed(raw, "api_version", str, DEFAULT_API_VERSION),
        timeout_s=_typed(raw, "timeout_s", float, DEFAULT_TIMEOUT_S),
        rate_limit_per_s=_rate_limit(raw),
    )


def _batch_choices(data: Mapping[str, Any]) -> tuple[int, str]:
    """The saved concurrency (within bounds) and on-error choice (SKIP unless STOP)."""
    wanted = _typed(data, "batch_concurrency", int, DEFAULT_CONCURRENCY)
    on_error = STOP if data.get("batch_on_error") == STOP else SKIP
    return max(MIN_CONCURRENCY, min(MAX_CONCURRENCY, wanted)), on_error


def _rate_limit(raw: Mapping[str, Any]) -> float | None:
    """A saved profile's rate limit: None (unlimited) when saved as null; the default when
    missing or mistyped (the policy refuses one out of bounds)."""
    if "rate_limit_per_s" in raw and raw["rate_limit_per_s"] is None:
        return None
    value = _typed(raw, "rate_limit_per_s", float, DEFAULT_RATE_LIMIT_PER_S)
    return float(value) if value == value else DEFAULT_RATE_LIMIT_PER_S  # NaN: the default


def retention_days(raw: object) -> int | None:
    """A saved retention: whole days within bounds; anything else (or None): forever."""
    if isinstance(raw, bool) or not isinstance(raw, int):
        return None
    return raw if MIN_RETENTION_DAYS <= raw <= MAX_RETENTION_DAYS else None


def _pins(raw: object) -> list[str]:
    """The pinned card ids: strings, each once, in order; anything else is dropped."""
    items = raw if isinstance(raw, list) else []
    return list(dict.fromkeys(p for p in items if isinstance(p, str) and p))


def merge_pins(base: object, mine: object, disk: object) -> list[str]:
    """The pins to write: ``disk``'s (what other copies saved), less the ones this copy
    unpinned since ``base``, plus the ones it pinned (at the end, in its order). Two running
    copies that each pin a card keep both."""
    was, now, there = _pins(base), _pins(mine), _pins(disk)
    unpinned = set(was) - set(now)
    kept = [p for p in there if p not in unpinned]
    return kept + [p for p in now if p not in was and p not in kept]


def _sandbox_port(data: Mapping[str, Any]) -> int:
    port = _typed(data, "sandbox_port", int, DEFAULT_SANDBOX_PORT)
    return (
        port if port == 0 or MIN_SANDBOX_PORT <= port <= MAX_SANDBOX_PORT else DEFAULT_SANDBOX_PORT
    )


def sandbox_port_note(wanted: int, url: str) -> str | None:
    """What to tell the tester when the Sandbox is not on its usual port (None: it is)."""
    if not wanted or url.endswith(f":{wanted}"):
        return None
    return _(
        "Port {port} was taken by another program, so the Sandbox runs on {url} this time. "
        "A curl or backend pointed at the usual port will not reach it until the app is "
        "restarted with that port free (or the port is changed in Settings)."
    ).format(port=wanted, url=url)


def language_choice(data: Mapping[str, Any]) -> str:
    """The saved language choice (core.i18n.CHOICES); anything else: the computer's."""
    value = i18n.normal(data.get("language", SYSTEM))
    return value if value in i18n.CHOICES else SYSTEM


def _color_scheme(data: Mapping[str, Any]) -> tuple[str, list[str]]:
    """The saved colour scheme; an unknown one falls back to the system's, and says so."""
    value = data.get("color_scheme", SYSTEM)
    if value in COLOR_SCHEMES:
        return value, []
    return SYSTEM, [
        _(
            "The colour scheme {scheme} in the settings file is not System, Light or Dark; "
            "the window follows the system's light or dark scheme."
        ).format(scheme=repr(value))
    ]


@dataclass(eq=False, kw_only=True)
class SettingsSaveError(StorageError):
    """The settings file could not be written; the change is kept for this session. Its kind
    is ``PROFILE``: the window shows it where it shows a refused profile."""

    kind: ErrorKind = ErrorKind.PROFILE


def _profiles_by_name(data: Mapping[str, Any]) -> dict[str, Any]:
    raw = data.get("profiles")
    return {
        p["name"]: p
        for p in (raw if isinstance(raw, list) else [])
        if isinstance(p, dict) and isinstance(p.get("name"), str)
    }


def merge(
    base: Mapping[str, Any], mine: Mapping[str, Any], disk: Mapping[str, Any]
) -> dict[str, Any]:
    """What to write: ``disk`` (what other copies of the app saved) with only the changes
    ``mine`` made to ``base`` (what this copy last read or wrote) applied to it."""
    out: dict[str, Any] = dict(disk)
    out["version"] = SETTINGS_VERSION
    for key in _SCALARS:
        if key not in disk or mine.get(key) != base.get(key):
            out[key] = mine.get(key)
    was, now = _profiles_by_name(base), _profiles_by_name(mine)
    profiles = _profiles_by_name(disk)
    for name in was.keys() - now.keys():  # deleted (or renamed away) here
        profiles.pop(name, None)
    for name, profile in now.items():  # added or changed here
        if was.get(name) != profile:
            profiles[name] = profile
    out["profiles"] = list(profiles.values())
    out["pinned"] = merge_pins(base.get("pinned"), mine.get("pinned"), disk.get("pinned"))
    return out


class SettingsStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._base: dict[str, Any] = Settings().to_json()  # the file as last read or written

    def _target(self) -> Path:
        """The file itself: a symlinked settings file is written where the link points."""
        return Path(os.path.realpath(self.path))

    def _lock(self) -> storage.FileLock:
        target = self._target()
        return storage.FileLock(target.with_name(target.name + ".lock"))

    def load(self, environ: Mapping[str, str] | None = None) -> LoadResult:
        """Load settings. A damaged file is moved aside and defaults load; never raises."""
        notices: list[str] = []
        settings = Settings()
        try:
            text = self._target().read_text(encoding="utf-8")
        except FileNotFoundError:
            text = None
        except (OSError, UnicodeDecodeError) as exc:
            text = None
            notices.append(
                self._move_aside(
                    _("it could not be read ({error})").format(error=exc.__class__.__name__)
                )
            )
        if text is not None:
            try:
                settings, dropped = settings_from_json(json.loads(text))
                notices.extend(dropped)
            except ValueError as exc:
                settings = Settings()
                notices.append(
                    self._move_aside(
                        str(exc)
                        if isinstance(exc, UnknownVersion)
                        else _("it is not valid settings JSON")
                    )
                )
        self._base = settings.to_json()
        notices.extend(apply_environment(settings, environ if environ is not None else os.environ))
        return LoadResult(settings, tuple(notices))

    def _move_aside(self, why: str) -> str:
        try:
            aside = storage.move_aside(self._target())
        except OSError:
            return _("The settings file {path} was ignored because {why}; defaults loaded.").format(
                path=self.path, why=why
            )
        return _(
            "The settings file was ignored because {why}. It was moved to {aside}; defaults loaded."
        ).format(why=why, aside=aside)

    def _read_current(self, target: Path) -> dict[str, Any]:
        """The file as other copies of the app left it (a damaged one is moved aside)."""
        try:
            data = json.loads(target.read_text(encoding="utf-8"))
            settings_from_json(data)  # the same checks as load
        except FileNotFoundError:
            return self._base
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                storage.move_aside(target)
            return self._base
        return dict(data)

    def save(self, settings: Settings) -> None:
        """Merge this copy's changes into the file (re-read under a lock) and atomically
        replace it (temp file + rename), mode 0600; then ``settings`` holds the merged result
        (profiles other copies saved included). Raises SettingsSaveError (nothing written;
        ``settings`` keeps the change for this session) or ProfileError/KeyRejected/UrlRejected
        (a refused profile)."""
        for profile in settings.profiles:
            check_profile(profile)  # never write a key the policy refuses
        target = self._target()
        try:
            storage.private_dir(target.parent)
            with self._lock().hold(timeout=LOCK_WAIT_S):
                mine = settings.to_json()
                if mine["active_profile"] == ENVIRONMENT_PROFILE:  # never written: no change
                    mine["active_profile"] = self._base.get("active_profile", SANDBOX)
                merged_raw = merge(self._base, mine, self._read_current(target))
                merged, _dropped = settings_from_json(merged_raw)
                payload = merged.to_json()
                _write_atomically(target, json.dumps(payload, indent=2, ensure_ascii=False))
        except (OSError, storage.LockTimeout) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise SettingsSaveError(
                human=_(
                    "Settings could not be saved to {path} ({reason}). The change applies "
                    "until you quit, and is lost then."
                ).format(path=target, reason=reason),
            ) from exc
        self._base = payload
        _adopt(settings, merged)


def _write_atomically(target: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            os.chmod(tmp, storage.PRIVATE_FILE)
            fh.write(text + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _adopt(settings: Settings, merged: Settings) -> None:
    """Make ``settings`` (the object the window holds) the merged result, in place."""
    environment = settings.profile(ENVIRONMENT_PROFILE)
    settings.profiles[:] = merged.profiles + ([environment] if environment else [])
    settings.copy_on_create = merged.copy_on_create
    settings.auto_refresh = merged.auto_refresh
    settings.auto_refresh_s = merged.auto_refresh_s
    settings.color_scheme = merged.color_scheme
    settings.language = merged.language
    settings.sandbox_port = merged.sandbox_port
    settings.sandbox_note_seen = merged.sandbox_note_seen
    settings.close_to_tray = merged.close_to_tray
    settings.tray_missing_told = merged.tray_missing_told
    settings.pinned = list(merged.pinned)
    settings.ranking_since = merged.ranking_since
    settings.current_test_key = merged.current_test_key
    settings.retention_days = merged.retention_days
    settings.batch_concurrency = merged.batch_concurrency
    settings.batch_on_error = merged.batch_on_error
    if settings.profile(settings.active_profile) is None:
        settings.active_profile = SANDBOX


def apply_environment(settings: Settings, environ: Mapping[str, str]) -> list[str]:
    """``OMISE_PUBLIC_KEY`` (and ``OMISE_VAULT_URL``) add an unsaved "Environment" profile."""
    raw = environ.get(KEY_ENV)
    if raw is None:
        return []
    verdict = classify(raw)
    if not verdict.accepted:
        return [_("{variable} was ignored: {why}").format(variable=KEY_ENV, why=verdict.message)]
    try:
        settings.upsert(
            Profile(
                name=ENVIRONMENT_PROFILE,
                public_key=verdict.key,
                vault_url=environ.get(VAULT_URL_ENV, DEFAULT_VAULT_URL),
            )
        )
    except AppError as exc:
        return [_("{variable} was ignored: {why}").format(variable=KEY_ENV, why=exc.human)]
    settings.active_profile = ENVIRONMENT_PROFILE
    return []
