"""The permanent marker that says where tokens go: SANDBOX (offline) or TEST MODE · host · key;
beside it the profile switcher; and the window title, which carries the same mode."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QWidget

from omise_token_gui import PRODUCT_NAME
from omise_token_gui.core.keys import mask_key
from omise_token_gui.core.settings import Profile, Settings
from omise_token_gui.ui import palette


def marker_text(profile: Profile, sandbox_url: str | None, moved: bool = False) -> str:
    """``moved``: the Sandbox is not on its usual port this run (it was taken)."""
    if profile.is_sandbox:
        where = urlsplit(sandbox_url).netloc if sandbox_url else "127.0.0.1"
        late = " (its usual port was taken)" if moved else ""
        return f"SANDBOX (offline) · built-in emulator on {where}{late}"
    host = urlsplit(profile.vault_url).netloc or profile.vault_url
    return f"TEST MODE · {host} · {mask_key(profile.public_key)} · profile “{profile.name}”"


def title_text(profile: Profile) -> str:
    """The window title: the mode (and the profile's name on a test vault), then the name once:
    "SANDBOX — Omise Test Token Generator", "TEST MODE · Staging — Omise Test Token Generator"."""
    mode = "SANDBOX" if profile.is_sandbox else f"TEST MODE · {profile.name}"
    return f"{mode} — {PRODUCT_NAME}"


class ModeMarker(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modeMarker")
        self.setTextFormat(Qt.TextFormat.PlainText)  # a profile name is outside text
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName("Where tokens go")
        # A long profile name or host may be cut at a narrow window; the tooltip has it all.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def show_profile(
        self, profile: Profile, sandbox_url: str | None, port_note: str | None = None
    ) -> None:
        """``port_note``: why the Sandbox is not on its usual port (None: it is)."""
        moved = profile.is_sandbox and bool(port_note)
        text = marker_text(profile, sandbox_url, moved)
        self.setText(text)
        palette.paint(
            self, palette.Look.SANDBOX_MARKER if profile.is_sandbox else palette.Look.TEST_MARKER
        )
        self.setToolTip(
            text
            + (f"\n{port_note}" if moved else "")
            + "\n"
            + (
                "Tokens are created by the emulator built into this app; nothing leaves the "
                "computer."
                if profile.is_sandbox
                else "Tokens are created on Omise's test vault with this profile's public test key."
            )
        )


class ProfileSwitcher(QComboBox):
    """The active profile, switchable from the main window (the window saves the choice)."""

    chosen = Signal(str)  # a profile's name, picked by the tester

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileSwitcher")
        self.setAccessibleName("Active profile")
        self.setToolTip("Which profile new tokens are created with (saved at once)")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaximumWidth(260)
        self.activated.connect(lambda index: self.chosen.emit(str(self.itemData(index))))

    def show_profiles(self, settings: Settings) -> None:
        """Fill it from the settings, the active profile selected; emits nothing."""
        self.blockSignals(True)
        self.clear()
        for profile in settings.profiles:
            self.addItem(profile.name, profile.name)
        self.setCurrentIndex(max(0, self.findData(settings.active.name)))
        self.blockSignals(False)
