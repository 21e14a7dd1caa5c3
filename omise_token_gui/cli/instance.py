"""The link to a running app (``core.channel``): find it, and ask it to copy token ids.

``SocketLink`` is the product's; tests hand ``Runtime`` a fake. ``create`` itself is
forwarded before any of this is imported (``cli/fast.py``); this link serves ``status`` and
``create --copy`` when a create ran here (the app owns the clipboard on X11 and Wayland, so
the ids stay pasteable after this process exits).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from omise_token_gui.core import channel, i18n


@dataclass(frozen=True)
class RunningApp:
    """What a running instance says about itself."""

    pid: int
    active_profile: str
    sandbox_url: str | None

    def as_status(self) -> dict[str, Any]:
        return {
            "pid": self.pid,
            "active_profile": self.active_profile,
            "sandbox_url": self.sandbox_url,
        }

    @classmethod
    def from_status(cls, status: object) -> RunningApp | None:
        """The app a ``status`` answer describes; None for an answer of the wrong shape."""
        if not isinstance(status, dict):
            return None
        pid, profile, url = (
            status.get("pid"),
            status.get("active_profile"),
            status.get("sandbox_url"),
        )
        if not isinstance(pid, int) or not isinstance(profile, str):
            return None
        return cls(
            pid=pid, active_profile=profile, sandbox_url=url if isinstance(url, str) else None
        )


class AppLink(Protocol):
    problem: str | None  # why no app can be found at all (the channel cannot be used)

    def find(self, data_dir: Path, config_dir: Path) -> RunningApp | None:
        """The app running for these directories, if any."""
        ...

    def copy(self, app: RunningApp, text: str) -> bool:
        """Ask the running app to put ``text`` on its clipboard; True when it did."""
        ...


class NoRunningApp:
    """Never finds an app (tests, and where no channel can be used)."""

    problem: str | None = None

    def find(self, data_dir: Path, config_dir: Path) -> RunningApp | None:
        return None

    def copy(self, app: RunningApp, text: str) -> bool:
        return False


class SocketLink:
    """The running app over the local channel."""

    def __init__(self) -> None:
        self._name: str | None = None
        self.problem: str | None = None

    def find(self, data_dir: Path, config_dir: Path) -> RunningApp | None:
        try:
            self._name = channel.address(data_dir, config_dir)
        except channel.ChannelError as exc:
            self.problem = str(exc)
            return None
        answer = channel.ask(self._name, channel.Request("status"))
        return RunningApp.from_status(answer.get("status")) if answer else None

    def copy(self, app: RunningApp, text: str) -> bool:
        if self._name is None:
            return False
        request = channel.Request("copy", text=text, language=i18n.current())
        answer = channel.ask(self._name, request)
        return answer is not None and answer.get("exit") == 0
