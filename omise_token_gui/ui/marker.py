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
from omise_token_gui.ui.i18n import on_language_change, translator

_ = translator("ModeMarker")


def marker_text(profile: Profile, sandbox_url: str | None, moved: bool = False) -> str:
    """``moved``: the Sandbox is not on its usual port this run (it was taken). "SANDBOX" and
    the profile's name are names (kept in every language); "TEST MODE" is translated."""
    if profile.is_sandbox:
        where = urlsplit(sandbox_url).netloc if sandbox_url else "127.0.0.1"
        if moved:
            return _(
                "SANDBOX (offline) · built-in emulator on {where} (its usual port was taken)"
            ).format(where=where)
        return _("SANDBOX (offline) · built-in emulator on {where}").format(where=where)
    host = urlsplit(profile.vault_url).netloc or profile.vault_url
    return _("TEST MODE · {host} · {key} · profile “{profile}”").format(
        host=host, key=mask_key(profile.public_key), profile=profile.name
    )


def title_text(profile: Profile) -> str:
    """The window title: the mode (and the profile's name on a test vault), then the name once:
    "SANDBOX — Omise Test Token Generator", "TEST MODE · Staging — Omise Test Token Generator".
    The product's name is a name (kept); in Thai the mode says what it is in Thai."""
    if profile.is_sandbox:
        return _("SANDBOX — {product}").format(product=PRODUCT_NAME)
    return _("TEST MODE · {profile} — {product}").format(profile=profile.name, product=PRODUCT_NAME)


class ModeMarker(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modeMarker")
        self.setTextFormat(Qt.TextFormat.PlainText)  # a profile name is outside text
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long profile name or host may be cut at a narrow window; the tooltip has it all.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._shown: tuple[Profile, str | None, str | None] | None = None  # re-rendered
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setAccessibleName(_("Where tokens go"))
        if self._shown is not None:
            self.show_profile(*self._shown)

    def show_profile(
        self, profile: Profile, sandbox_url: str | None, port_note: str | None = None
    ) -> None:
        """``port_note``: why the Sandbox is not on its usual port (None: it is)."""
        self._shown = (profile, sandbox_url, port_note)
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
                _(
                    "Tokens are created by the emulator built into this app; nothing leaves the "
                    "computer."
                )
                if profile.is_sandbox
                else _(
                    "Tokens are created on Omise's test vault with this profile's public test key."
                )
            )
        )


class ProfileSwitcher(QComboBox):
    """The active profile, switchable from the main window (the window saves the choice)."""

    chosen = Signal(str)  # a profile's name, picked by the tester

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileSwitcher")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaximumWidth(260)
        self.activated.connect(lambda index: self.chosen.emit(str(self.itemData(index))))
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setAccessibleName(_("Active profile"))
        self.setToolTip(_("Which profile new tokens are created with (saved at once)"))

    def show_profiles(self, settings: Settings) -> None:
        """Fill it from the settings, the active profile selected; emits nothing."""
        self.blockSignals(True)
        self.clear()
        for profile in settings.profiles:
            self.addItem(profile.name, profile.name)
        self.setCurrentIndex(max(0, self.findData(settings.active.name)))
        self.blockSignals(False)
