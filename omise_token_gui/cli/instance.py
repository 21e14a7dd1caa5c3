"""The seam to a running app: find it, and (later) hand it work such as ``create --copy``.

The window does not announce itself yet, so the only link today is ``NoRunningApp``: the
command line then works alone (the Sandbox is the same state file the app uses) and
``status`` says honestly that no running app was found. A link that talks to the app over an
owner-only local socket plugs in here without changing the commands.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class RunningApp:
    """What a running instance says about itself."""

    pid: int
    active_profile: str
    sandbox_url: str | None


class AppLink(Protocol):
    def find(self, data_dir: Path, config_dir: Path) -> RunningApp | None:
        """The app running for these directories, if any."""
        ...

    def copy(self, app: RunningApp, text: str) -> bool:
        """Ask the running app to put ``text`` on its clipboard; True when it did."""
        ...


class NoRunningApp:
    """No discovery yet: never finds an app (``status`` reports "not running")."""

    def find(self, data_dir: Path, config_dir: Path) -> RunningApp | None:
        return None

    def copy(self, app: RunningApp, text: str) -> bool:
        return False
