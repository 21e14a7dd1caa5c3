"""What the running app does with a request on the local channel: run a forwarded
``omise-token create`` (``cli.hosted``), report its status, bring its window to the front,
copy token ids. The transport is ``ui.instance_server``; the protocol is ``core.channel``.

What a forwarded command prints is in the client's language (``Request.language``: the
command runs speaking it, ``cli.hosted``); what the window and the tray say of it (status bar,
notification) is in the window's.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from omise_token_gui.cli.hosted import Declined, Host, Sink, run_forwarded
from omise_token_gui.cli.instance import RunningApp
from omise_token_gui.core import channel, i18n
from omise_token_gui.core.answers import TOKEN_ID_RE
from omise_token_gui.core.catalog import shown
from omise_token_gui.ui.i18n import translator

if TYPE_CHECKING:
    from omise_token_gui.core.history import TokenRecord
    from omise_token_gui.core.service import TokenService
    from omise_token_gui.services import Services
    from omise_token_gui.ui.main_window import MainWindow

Send = Callable[[dict[str, Any]], None]
_ = translator("Forwarding")
_CLIENT = i18n.translator("Forwarding")  # the client's language (inside ``speaking``)


def token_ids(text: str) -> list[str] | None:
    """The token ids in ``text`` (one a line), or None if any line is something else: the
    channel copies token ids, never other text."""
    lines = text.splitlines()
    if not lines or len(lines) > 1000:
        return None
    return lines if all(TOKEN_ID_RE.fullmatch(line) for line in lines) else None


class AppChannel:
    """The handler ``InstanceServer`` runs for each request, over the window and services.
    ``ready`` waits until the network side is attached (a create that arrives while the app
    starts waits for it); ``current`` is that service, or None while it starts."""

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        ready: Callable[[], Awaitable[TokenService]],
        current: Callable[[], TokenService | None],
        notify: Callable[[str, str], Any] | None = None,
    ) -> None:
        self._window = window
        self._services = services
        self._ready = ready
        self._current = current
        self._notify = notify

    def about(self) -> RunningApp:
        service = self._current()
        return RunningApp(
            pid=os.getpid(),
            active_profile=self._window.profile.name,
            sandbox_url=service.sandbox_url if service is not None else None,
        )

    async def handle(self, request: channel.Request, send: Send) -> None:
        if request.kind == "status":
            send({"status": self.about().as_status(), "exit": 0})
        elif request.kind == "activate":
            bring_to_front(self._window)
            send({"exit": 0})
        elif request.kind == "copy":
            ids = token_ids(request.text)
            if ids is None:
                with i18n.speaking(request.language or i18n.current()):
                    refused = _CLIENT("only token ids can be copied")
                send({"err": refused + "\n", "exit": 2})
            else:
                self._copied("\n".join(ids))
                send({"exit": 0})
        else:
            await self._create(request, send)

    async def _create(self, request: channel.Request, send: Send) -> None:
        service = await self._ready()
        host = Host(
            services=self._services,
            service=lambda: service,
            created=self._created,
            copy=self._copied,
            about=self.about,
        )
        try:
            code = await run_forwarded(
                request.argv,
                host,
                Sink("out", send),
                Sink("err", send),
                os.environ,
                request.language,
            )
        except Declined as exc:
            send({"decline": str(exc)})
            return
        send({"exit": code})

    def _created(self, record: TokenRecord) -> None:
        """A token made by a forwarded command: in the history at once, said in the status
        bar (the selection and the form are the tester's: left as they are)."""
        self._window.history_model.token_added()
        label = record.scenario_label
        what = shown(label) if label else record.brand
        text = _("Created {token_id} from the command line ({what}).").format(
            token_id=record.token_id, what=what
        )
        self._window.statusBar().showMessage(text, 8000)

    def _copied(self, text: str) -> None:
        """The app owns the clipboard (on X11 and Wayland the text stays pasteable after the
        command has exited)."""
        self._window.clipboard.set_text(text)
        first, *rest = text.splitlines()
        ids = _("{first} and %n more", n=len(rest)).format(first=first) if rest else first
        self._window.statusBar().showMessage(
            _("Copied {ids} to the clipboard (for omise-token on the command line).").format(
                ids=ids
            ),
            8000,
        )
        if self._notify is not None:  # the tray's desktop notification, where there is one
            record = self._window.history_store.get(first)  # stored before it is copied
            what = ""
            if record is not None:
                label = record.scenario_label
                what = _("{what} · {profile}").format(
                    what=shown(label) if label else record.brand,
                    profile=record.profile,
                )
            self._notify(
                _("Copied {ids}").format(ids=ids),
                (what + "\n" + _("from omise-token")).strip(),
            )


def bring_to_front(window: MainWindow) -> None:
    """Show the window (from the tray or minimised), raise it and ask for the focus; where
    the window manager refuses focus to a background app, the task bar entry is flagged."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)
