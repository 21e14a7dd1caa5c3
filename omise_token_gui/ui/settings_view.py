"""The settings dialog's layout: its widgets and where they sit, no behaviour (that is
``settings_dialog.SettingsDialog``, which builds on this)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omise_token_gui.core import i18n
from omise_token_gui.core.endpoint import API_VERSIONS
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate
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
from omise_token_gui.ui.i18n import (
    current_language,
    on_language_change,
    thai_font_available,
    translator,
    without_mnemonic,
)
from omise_token_gui.ui.plain import plain_label
from omise_token_gui.ui.retention_row import RetentionRow

_ = translator("SettingsPane")

AUTO_REFRESH_RANGE_S = (MIN_AUTO_REFRESH_S, MAX_AUTO_REFRESH_S)
# The colour scheme choices, as shown, with the value kept in Settings.color_scheme.
COLOR_SCHEME_CHOICES = (
    (
        QT_TRANSLATE_NOOP("SettingsPane", "System (follow the computer's light or dark setting)"),
        SYSTEM,
    ),
    (QT_TRANSLATE_NOOP("SettingsPane", "Light"), LIGHT),
    (QT_TRANSLATE_NOOP("SettingsPane", "Dark"), DARK),
)
# Without a font that draws Thai, Thai text is boxes: this note says so in both languages.
THAI_FONT_NOTE = QT_TRANSLATE_NOOP(
    "SettingsPane",
    "No installed font draws Thai, so Thai text may show as boxes. Install a Thai font "
    "(Debian/Ubuntu: sudo apt-get install fonts-thai-tlwg) and start the app again.",
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


def scrolled(*boxes: QWidget) -> QScrollArea:
    """The boxes in a scroll area: on a short screen (Thai lines are taller) they scroll
    instead of being squeezed until fields and notes are cut. Not a Tab stop itself: it
    scrolls to the control that has the focus."""
    content = QWidget()
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 0, 0)
    for i, box in enumerate(boxes):
        inner.addWidget(box, 1 if i == 0 else 0)
    scroll = QScrollArea()
    scroll.setObjectName("settingsScroll")
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll


def font_note() -> str:
    """Thai chosen and no font draws it: how to get one, in Thai and in English (the Thai
    may be the boxes the note is about). Empty when there is nothing to say."""
    if current_language() != i18n.THAI or thai_font_available():
        return ""
    shown = translate("SettingsPane", THAI_FONT_NOTE)
    return shown if shown == THAI_FONT_NOTE else f"{shown}\n{THAI_FONT_NOTE}"


def wanted_size(view: QDialog) -> QSize:
    """Room for the whole content of ``view`` (a scroll area's own hint is capped), within
    its screen's."""
    layout, scroll = view.layout(), view.findChild(QScrollArea, "settingsScroll")
    content = scroll.widget() if scroll is not None else None
    if layout is None or content is None:
        return QSize(820, 520)
    bottom = max((b.sizeHint().height() for b in view.findChildren(QPushButton)), default=0)
    wanted = content.sizeHint().grownBy(layout.contentsMargins())
    wanted += QSize(0, bottom + layout.spacing())
    screen = view.screen().availableGeometry().size() if view.screen() else wanted
    return wanted.boundedTo(screen - QSize(40, 60))


class SettingsView(QDialog):
    """Profiles on the left, the selected profile's editor on the right, general options
    below. Widgets are built without their texts: ``_retranslate_view`` sets them, now and
    at every language switch (the dialog adds the texts that depend on its state)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._sandbox_shown: tuple[str | None, str | None, bool] = (None, None, False)
        self._has_tray: bool | None = None  # None: show_tray_choice not called yet
        self.sandbox_url_text = ""
        self._build_profile_list()
        self._build_editor()
        self._build_general()
        layout = QVBoxLayout(self)
        self.scroll_area = scrolled(self._profiles_box(), self._general_box())
        layout.addWidget(self.scroll_area, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        on_language_change(self, self._retranslate)
        self.resize(wanted_size(self).expandedTo(QSize(820, 520)))

    def _retranslate(self) -> None:
        self.setWindowTitle(_("Settings — profiles and keys"))
        self.profiles_box.setTitle(_("Profiles"))
        self.general_box.setTitle(_("General"))
        self.profile_list.setAccessibleName(_("Profiles"))
        self.add_button.setText(_("Add"))
        self.delete_button.setText(_("Delete"))
        self.use_button.setText(_("Use this profile"))
        self._retranslate_editor()
        self._retranslate_general()
        self._render_sandbox()
        self._render_tray_note()
        self._render_font_note()
        for button in (
            self.add_button,
            self.delete_button,
            self.use_button,
            self.reveal,
            self.save_button,
            self.check_button,
            self.copy_on_create,
            self.auto_refresh,
            self.close_to_tray,
            self.close_button,
        ):
            button.setAccessibleName(without_mnemonic(button.text()))
        self.fit()

    def fit(self) -> None:
        """Grow to fit the texts (Thai lines are taller, its fallback fonts wider); never
        shrink what the tester sized."""
        if self.isVisible():
            self.resize(self.size().expandedTo(wanted_size(self)))

    def _retranslate_editor(self) -> None:
        self.name_label.setText(_("Name"))
        self.name_edit.setAccessibleName(_("Profile name"))
        self.key_label.setText(_("Public key"))
        self.key_edit.setAccessibleName(_("Public test key"))
        self.reveal.setText(_("Reveal"))
        self.url_label.setText(_("Vault URL"))
        self.url_edit.setAccessibleName(_("Vault URL"))
        self.version_label.setText(_("API version"))
        self.version_combo.setAccessibleName(_("API version"))
        self.timeout_label.setText(_("Timeout"))
        self.timeout_spin.setAccessibleName(_("Timeout"))
        self.timeout_spin.setSuffix(_(" s", "seconds"))
        self.sandbox_note.setText(
            _(
                "The Sandbox is built in: an Omise vault emulator inside this app, on "
                "127.0.0.1. It needs no key and no network, and cannot be deleted."
            )
        )
        self.save_button.setText(_("Save profile"))
        self.check_button.setText(_("Check key"))

    def _retranslate_general(self) -> None:
        self.copy_on_create.setText(_("Copy the token id to the clipboard on create"))
        self.auto_refresh.setText(_("Auto-refresh unused tokens every"))
        self.auto_refresh_s.setSuffix(_(" s", "seconds"))
        for i, (label, _value) in enumerate(COLOR_SCHEME_CHOICES):
            self.color_scheme.setItemText(i, translate("SettingsPane", label))
        self.scheme_label.setText(_("Colour scheme"))
        self.color_scheme.setAccessibleName(_("Colour scheme"))
        self.color_scheme.setToolTip(_("Light or dark window; applies at once."))
        self.language.setItemText(0, _("System (the computer's language)"))
        self.language_label.setText(_("&Language"))
        self.language.setAccessibleName(_("Language"))
        self.language.setToolTip(_("The window's and omise-token's language; applies at once."))
        self.close_to_tray.setText(_("Keep running in the tray when the window is closed"))
        self.close_button.setText(_("Close"))
        self.port_label.setText(_("Sandbox port"))
        self.sandbox_port.setAccessibleName(_("Sandbox port"))
        self.sandbox_port.setToolTip(
            _(
                "The port the Sandbox listens on at 127.0.0.1, the same at every start "
                "(default {port}). A change applies when the app is next started."
            ).format(port=DEFAULT_SANDBOX_PORT)
        )

    # ---------------------------------------------------------------- widgets
    def _build_profile_list(self) -> None:
        self.profile_list = QListWidget()
        self.profile_list.setObjectName("profileList")
        self.add_button = QPushButton()
        self.delete_button = QPushButton()
        self.use_button = QPushButton()
        self.use_button.setObjectName("useProfileButton")

    def _build_editor(self) -> None:
        self.name_edit = QLineEdit()
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("keyEdit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("pkey_test_…")
        self.reveal = QCheckBox()
        self.key_verdict = _wrapped(name="keyVerdict")
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("urlEdit")
        self.url_verdict = _wrapped()
        palette.paint(self.url_verdict, palette.Look.ERROR_BOLD)
        self.proxy_line = _wrapped(name="proxyLine")  # which proxy this profile's requests use
        self.version_combo = QComboBox()
        self.version_combo.addItems(list(API_VERSIONS))
        self.timeout_spin = QDoubleSpinBox()
        self.timeout_spin.setRange(MIN_TIMEOUT_S, MAX_TIMEOUT_S)
        self.sandbox_note = _wrapped(name="sandboxNote")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveProfileButton")
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkKeyButton")
        self.check_verdict = _wrapped(name="checkVerdict")
        self.name_label, self.key_label, self.url_label = (
            plain_label(),
            plain_label(),
            plain_label(),
        )
        self.version_label, self.timeout_label = plain_label(), plain_label()

    def _build_general(self) -> None:
        self.copy_on_create = QCheckBox()
        self.auto_refresh = QCheckBox()
        self.auto_refresh_s = QSpinBox()
        self.auto_refresh_s.setRange(*AUTO_REFRESH_RANGE_S)
        self.color_scheme = QComboBox()
        self.color_scheme.setObjectName("colorScheme")
        for label, value in COLOR_SCHEME_CHOICES:
            self.color_scheme.addItem(label, value)  # its text: _retranslate_general
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("", i18n.SYSTEM)  # its text: _retranslate_general
        for code in i18n.LANGUAGES:  # each language in its own words, in every language
            self.language.addItem(i18n.NATIVE_NAMES[code], code)
        self.font_note = _wrapped(name="thaiFontNote")  # no Thai font installed: what to do
        self.font_note.setVisible(False)
        palette.paint(self.font_note, palette.Look.ERROR_BOLD)
        self.close_to_tray = QCheckBox()
        self.close_to_tray.setObjectName("closeToTray")
        self.tray_note = _wrapped(name="trayNote")  # why there is no such choice, if not
        self.tray_note.setVisible(False)  # until show_tray_choice() says there is no tray
        self.close_button = QPushButton()
        self.sandbox_port = QSpinBox()
        self.sandbox_port.setObjectName("sandboxPort")
        self.sandbox_port.setRange(MIN_SANDBOX_PORT, MAX_SANDBOX_PORT)
        self.sandbox_port.setKeyboardTracking(False)  # saved once typed, not at each digit
        self.sandbox_line = _wrapped(name="sandboxUrl")
        self.sandbox_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scheme_label, self.language_label = plain_label(), plain_label()
        self.port_label = plain_label()
        self.retention = RetentionRow()  # keep the history forever, or N days (issue 16)

    def show_sandbox(self, url: str | None, note: str | None = None) -> None:
        """Where the Sandbox answers in this run (the full URL), and why not on its usual
        port if it is not."""
        self._sandbox_shown = (url, note, True)
        self._render_sandbox()

    def _render_sandbox(self) -> None:
        url, note, told = self._sandbox_shown
        editing_sandbox = self.url_edit.text() == self.sandbox_url_text
        if not told:
            self.sandbox_url_text = _("http://127.0.0.1 (built-in emulator, starting)")
        else:
            shown = url or _("not started yet")
            self.sandbox_url_text = _("{url} (built-in emulator)").format(url=shown)
            line = _("Sandbox URL now: {url}").format(url=shown)
            self.sandbox_line.setText(line + (f"\n{note}" if note else ""))
        shows_sandbox = editing_sandbox or self.url_edit.text().startswith("http://127.0.0.1")
        if shows_sandbox and self.url_edit.text() and not self.url_edit.isEnabled():
            self.url_edit.setText(self.sandbox_url_text)

    def show_tray_choice(self, has_tray: bool, chosen: bool | None) -> None:
        """Close-to-tray as chosen (None: not yet, shown unticked); it can be chosen only
        where a tray icon is shown, else the note says why not. The window saves a change."""
        self.close_to_tray.blockSignals(True)
        self.close_to_tray.setChecked(chosen is True)
        self.close_to_tray.blockSignals(False)
        self.close_to_tray.setEnabled(has_tray)
        self._has_tray = has_tray
        self._render_tray_note()

    def _render_tray_note(self) -> None:
        missing = self._has_tray is False
        self.tray_note.setVisible(missing)
        self.tray_note.setText(
            _(
                "No tray icon: this desktop shows no tray icons (on GNOME, the AppIndicator "
                "extension adds them). Everything works from this window as before, and "
                "closing it quits the app."
            )
            if missing
            else ""
        )

    def _render_font_note(self) -> None:
        text = font_note()
        self.font_note.setText(text)
        self.font_note.setVisible(bool(text))

    # ---------------------------------------------------------------- layout
    def _editor_layout(self) -> QVBoxLayout:
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.reveal)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.key_label, key_row)
        form.addRow(plain_label(), self.key_verdict)
        form.addRow(self.url_label, self.url_edit)
        form.addRow(plain_label(), self.url_verdict)
        form.addRow(plain_label(), self.proxy_line)
        form.addRow(self.version_label, self.version_combo)
        form.addRow(self.timeout_label, self.timeout_spin)
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
        self.profiles_box = QGroupBox()
        profiles_layout = QHBoxLayout(self.profiles_box)
        profiles_layout.addLayout(list_box, 1)
        profiles_layout.addLayout(self._editor_layout(), 2)
        return self.profiles_box

    def _general_box(self) -> QGroupBox:
        self.general_box = QGroupBox()
        general_layout = QVBoxLayout(self.general_box)
        general_layout.addWidget(self.copy_on_create)
        refresh_row = QHBoxLayout()
        refresh_row.addWidget(self.auto_refresh)
        refresh_row.addWidget(self.auto_refresh_s)
        refresh_row.addStretch(1)
        general_layout.addLayout(refresh_row)
        for label, widget in (
            (self.scheme_label, self.color_scheme),
            (self.language_label, self.language),
        ):
            row = QHBoxLayout()
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
            row.addStretch(1)
            general_layout.addLayout(row)
        general_layout.addWidget(self.font_note)
        port_row = QHBoxLayout()
        self.port_label.setBuddy(self.sandbox_port)
        port_row.addWidget(self.port_label)
        port_row.addWidget(self.sandbox_port)
        port_row.addStretch(1)
        general_layout.addLayout(port_row)
        # On its own line: a wrapped label beside others in a row was laid out wider than
        # its place (a long Thai note ran past the dialog's edge).
        general_layout.addWidget(self.sandbox_line)
        general_layout.addWidget(self.retention)
        general_layout.addWidget(self.close_to_tray)
        general_layout.addWidget(self.tray_note)
        return self.general_box
