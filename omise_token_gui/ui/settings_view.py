"""The settings dialog's layout: its widgets and where they sit, no behaviour (that is
``settings_dialog.SettingsDialog``, which builds on this)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omise_token_gui.core import i18n
from omise_token_gui.core.endpoint import API_VERSIONS
from omise_token_gui.core.settings import (
    DARK,
    DEFAULT_SANDBOX_PORT,
    LIGHT,
    MAX_AUTO_REFRESH_S,
    MAX_SANDBOX_PORT,
    MAX_TIMEOUT_S,
    MIN_AUTO_REFRESH_S,
    MIN_SANDBOX_PORT,
    MIN_TIMEOUT_S,
    SYSTEM,
)
from omise_token_gui.ui import palette
from omise_token_gui.ui.plain import plain_label
from omise_token_gui.ui.tray import NO_TRAY

AUTO_REFRESH_RANGE_S = (MIN_AUTO_REFRESH_S, MAX_AUTO_REFRESH_S)
# The colour scheme choices, as shown, with the value kept in Settings.color_scheme.
COLOR_SCHEME_CHOICES = (
    ("System (follow the computer's light or dark setting)", SYSTEM),
    ("Light", LIGHT),
    ("Dark", DARK),
)


def quietly(widget: QWidget, value: object) -> None:
    """Show ``value`` in a check box, spin box or combo box (its data) without a signal."""
    widget.blockSignals(True)
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    widget.blockSignals(False)


def _wrapped(text: str = "", name: str = "") -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class SettingsView(QDialog):
    """Profiles on the left, the selected profile's editor on the right, general options
    below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings — profiles and keys")
        self.setObjectName("settingsDialog")
        self.sandbox_url_text = "http://127.0.0.1 (built-in emulator, starting)"
        self._build_profile_list()
        self._build_editor()
        self._build_general()
        layout = QVBoxLayout(self)
        layout.addWidget(self._profiles_box(), 1)
        layout.addWidget(self._general_box())
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.resize(820, 520)

    # ---------------------------------------------------------------- widgets
    def _build_profile_list(self) -> None:
        self.profile_list = QListWidget()
        self.profile_list.setObjectName("profileList")
        self.profile_list.setAccessibleName("Profiles")
        self.add_button = QPushButton("Add")
        self.delete_button = QPushButton("Delete")
        self.use_button = QPushButton("Use this profile")
        self.use_button.setObjectName("useProfileButton")

    def _build_editor(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Profile name")
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("keyEdit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("pkey_test_…")
        self.key_edit.setAccessibleName("Public test key")
        self.reveal = QCheckBox("Reveal")
        self.key_verdict = _wrapped(name="keyVerdict")
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("urlEdit")
        self.url_edit.setAccessibleName("Vault URL")
        self.url_verdict = _wrapped()
        palette.paint(self.url_verdict, palette.Look.ERROR_BOLD)
        self.proxy_line = _wrapped(name="proxyLine")  # which proxy this profile's requests use
        self.version_combo = QComboBox()
        self.version_combo.addItems(list(API_VERSIONS))
        self.version_combo.setAccessibleName("API version")
        self.timeout_spin = QDoubleSpinBox()
        self.timeout_spin.setRange(MIN_TIMEOUT_S, MAX_TIMEOUT_S)
        self.timeout_spin.setSuffix(" s")
        self.timeout_spin.setAccessibleName("Timeout")
        self.sandbox_note = _wrapped(
            "The Sandbox is built in: an Omise vault emulator inside this app, on 127.0.0.1. "
            "It needs no key and no network, and cannot be deleted."
        )
        self.save_button = QPushButton("Save profile")
        self.save_button.setObjectName("saveProfileButton")
        self.check_button = QPushButton("Check key")
        self.check_button.setObjectName("checkKeyButton")
        self.check_verdict = _wrapped(name="checkVerdict")

    def _build_general(self) -> None:
        self.copy_on_create = QCheckBox("Copy the token id to the clipboard on create")
        self.auto_refresh = QCheckBox("Auto-refresh unused tokens every")
        self.auto_refresh_s = QSpinBox()
        self.auto_refresh_s.setRange(*AUTO_REFRESH_RANGE_S)
        self.auto_refresh_s.setSuffix(" s")
        self.color_scheme = QComboBox()
        self.color_scheme.setObjectName("colorScheme")
        for label, value in COLOR_SCHEME_CHOICES:
            self.color_scheme.addItem(label, value)
        self.color_scheme.setAccessibleName("Colour scheme")
        self.color_scheme.setToolTip("Light or dark window; applies at once.")
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("System (the computer's language)", i18n.SYSTEM)
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.NATIVE_NAMES[code], code)
        self.language.setAccessibleName("Language")
        self.language.setToolTip("The window's and omise-token's language; applies at once.")
        self.font_note = _wrapped(name="thaiFontNote")  # no Thai font installed: what to do
        self.font_note.setVisible(False)
        self.close_to_tray = QCheckBox("Keep running in the tray when the window is closed")
        self.close_to_tray.setObjectName("closeToTray")
        self.tray_note = _wrapped(name="trayNote")  # why there is no such choice, if not
        self.tray_note.setVisible(False)  # until show_tray_choice() says there is no tray
        self.close_button = QPushButton("Close")
        self.sandbox_port = QSpinBox()
        self.sandbox_port.setObjectName("sandboxPort")
        self.sandbox_port.setRange(MIN_SANDBOX_PORT, MAX_SANDBOX_PORT)
        self.sandbox_port.setKeyboardTracking(False)  # saved once typed, not at each digit
        self.sandbox_port.setAccessibleName("Sandbox port")
        self.sandbox_port.setToolTip(
            f"The port the Sandbox listens on at 127.0.0.1, the same at every start (default "
            f"{DEFAULT_SANDBOX_PORT}). A change applies when the app is next started."
        )
        self.sandbox_line = _wrapped(name="sandboxUrl")
        self.sandbox_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_sandbox(self, url: str | None, note: str | None = None) -> None:
        """Where the Sandbox answers in this run (the full URL), and why not on its usual
        port if it is not."""
        shown = url or "not started yet"
        self.sandbox_url_text = f"{shown} (built-in emulator)"
        self.sandbox_line.setText(f"Sandbox URL now: {shown}" + (f"\n{note}" if note else ""))
        if self.url_edit.text().startswith("http://127.0.0.1") and not self.url_edit.isEnabled():
            self.url_edit.setText(self.sandbox_url_text)

    def show_tray_choice(self, has_tray: bool, chosen: bool | None) -> None:
        """Close-to-tray as chosen (None: not yet, shown unticked); it can be chosen only
        where a tray icon is shown, else the note says why not. The window saves a change."""
        self.close_to_tray.blockSignals(True)
        self.close_to_tray.setChecked(chosen is True)
        self.close_to_tray.blockSignals(False)
        self.close_to_tray.setEnabled(has_tray)
        self.tray_note.setVisible(not has_tray)
        self.tray_note.setText("" if has_tray else NO_TRAY)

    # ---------------------------------------------------------------- layout
    def _editor_layout(self) -> QVBoxLayout:
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.reveal)
        form = QFormLayout()
        form.addRow(plain_label("Name"), self.name_edit)
        form.addRow(plain_label("Public key"), key_row)
        form.addRow(plain_label(), self.key_verdict)
        form.addRow(plain_label("Vault URL"), self.url_edit)
        form.addRow(plain_label(), self.url_verdict)
        form.addRow(plain_label(), self.proxy_line)
        form.addRow(plain_label("API version"), self.version_combo)
        form.addRow(plain_label("Timeout"), self.timeout_spin)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.check_button)
        actions.addStretch(1)
        editor = QVBoxLayout()
        editor.addWidget(self.sandbox_note)
        editor.addLayout(form)
        editor.addLayout(actions)
        editor.addWidget(self.check_verdict)
        editor.addStretch(1)
        return editor

    def _profiles_box(self) -> QGroupBox:
        list_box = QVBoxLayout()
        list_box.addWidget(self.profile_list, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.delete_button)
        list_box.addLayout(list_buttons)
        list_box.addWidget(self.use_button)
        profiles = QGroupBox("Profiles")
        profiles_layout = QHBoxLayout(profiles)
        profiles_layout.addLayout(list_box, 1)
        profiles_layout.addLayout(self._editor_layout(), 2)
        return profiles

    def _general_box(self) -> QGroupBox:
        general = QGroupBox("General")
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(self.copy_on_create)
        refresh_row = QHBoxLayout()
        refresh_row.addWidget(self.auto_refresh)
        refresh_row.addWidget(self.auto_refresh_s)
        refresh_row.addStretch(1)
        general_layout.addLayout(refresh_row)
        scheme_row = QHBoxLayout()
        scheme_label = plain_label("Colour scheme")
        scheme_label.setBuddy(self.color_scheme)
        scheme_row.addWidget(scheme_label)
        scheme_row.addWidget(self.color_scheme)
        scheme_row.addStretch(1)
        general_layout.addLayout(scheme_row)
        language_row = QHBoxLayout()
        language_label = plain_label("&Language")
        language_label.setBuddy(self.language)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        general_layout.addLayout(language_row)
        general_layout.addWidget(self.font_note)
        port_row = QHBoxLayout()
        port_label = plain_label("Sandbox port")
        port_label.setBuddy(self.sandbox_port)
        port_row.addWidget(port_label)
        port_row.addWidget(self.sandbox_port)
        port_row.addWidget(self.sandbox_line, 1)
        general_layout.addLayout(port_row)
        general_layout.addWidget(self.close_to_tray)
        general_layout.addWidget(self.tray_note)
        return general
