"""The permanent marker that says where tokens go: SANDBOX (offline) or TEST MODE · host · key."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from omise_token_gui.core.keys import mask_key
from omise_token_gui.core.settings import Profile
from omise_token_gui.ui import palette


def marker_text(profile: Profile, sandbox_url: str | None) -> str:
    if profile.is_sandbox:
        where = urlsplit(sandbox_url).netloc if sandbox_url else "127.0.0.1"
        return f"SANDBOX (offline) · built-in emulator on {where}"
    host = urlsplit(profile.vault_url).netloc or profile.vault_url
    return f"TEST MODE · {host} · {mask_key(profile.public_key)} · profile “{profile.name}”"


class ModeMarker(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modeMarker")
        self.setTextFormat(Qt.TextFormat.PlainText)  # a profile name is outside text
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName("Where tokens go")

    def show_profile(self, profile: Profile, sandbox_url: str | None) -> None:
        self.setText(marker_text(profile, sandbox_url))
        palette.paint(
            self, palette.Look.SANDBOX_MARKER if profile.is_sandbox else palette.Look.TEST_MARKER
        )
        self.setToolTip(
            "Tokens are created by the emulator built into this app; nothing leaves the computer."
            if profile.is_sandbox
            else "Tokens are created on Omise's test vault with this profile's public test key."
        )
