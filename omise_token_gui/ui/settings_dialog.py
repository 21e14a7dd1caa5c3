"""Key settings: profiles (Sandbox built in), a key refused as it is typed, Check key."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidgetItem, QWidget

from omise_token_gui.core.endpoint import DEFAULT_VAULT_URL, check_base_url
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.keys import classify, mask_key
from omise_token_gui.core.proxy import describe_for_url
from omise_token_gui.core.settings import SANDBOX, Profile, Settings, check_profile
from omise_token_gui.ui import palette
from omise_token_gui.ui.dialogs import ask
from omise_token_gui.ui.i18n import translator
from omise_token_gui.ui.settings_view import SettingsView, quietly
from omise_token_gui.ui.tasks import TaskRunner
from omise_token_gui.ui.unsaved import (
    ask_unsaved,
    go_to,
    items,
    name_of,
    select_quietly,
    unsaved_text,
)

if TYPE_CHECKING:  # core.key_check imports httpx: at run time it is imported off this thread
    from omise_token_gui.core.key_check import KeyCheck

OK_STYLE, BAD_STYLE = palette.Look.OK, palette.Look.ERROR_BOLD
_ = translator("SettingsPane")

KeyChecker = Callable[[Profile], Awaitable["KeyCheck"]]


def _as_shown(text: str) -> Callable[[], str]:
    """A text that stays as it was shown (an error, in the language it was shown in)."""
    return lambda: text


def list_label(name: str | None, active: str) -> str:
    """A profile's line in the list: its name, and "(active)" for the one in use."""
    if name is None:
        return _("(new profile)")
    return _("{name}  (active)").format(name=name) if name == active else name


def free_name(settings: Settings) -> str:
    """A new profile's name: the first "Test profile N" not taken."""
    n = 1
    while settings.profile(_("Test profile {n}").format(n=n)) is not None:
        n += 1
    return _("Test profile {n}").format(n=n)


def show_general(view: SettingsView, settings: Settings) -> None:
    """The general options as saved, without a signal (nothing is saved again)."""
    for widget, value in (
        (view.copy_on_create, settings.copy_on_create),
        (view.auto_refresh, settings.auto_refresh),
        (view.auto_refresh_s, settings.auto_refresh_s),
        (view.color_scheme, settings.color_scheme),
        (view.language, settings.language),
        (view.sandbox_port, settings.sandbox_port),
    ):
        quietly(widget, value)
    view.retention.show_days(settings.retention_days)


def read_general(view: SettingsView, settings: Settings) -> None:
    """The general options as shown, into ``settings`` (the caller saves)."""
    settings.copy_on_create = view.copy_on_create.isChecked()
    settings.auto_refresh = view.auto_refresh.isChecked()
    settings.auto_refresh_s = int(view.auto_refresh_s.value())
    settings.color_scheme = str(view.color_scheme.currentData())
    settings.language = str(view.language.currentData())
    settings.sandbox_port = int(view.sandbox_port.value())
    settings.retention_days = view.retention.days()


Verdict = tuple[Callable[[], str], palette.Look]


def say(label: QLabel, text: Callable[[], str] | None, look: palette.Look) -> Verdict | None:
    """Show ``text()`` in ``label`` with ``look`` (None: clear it); how to show it again."""
    if text is None:
        label.clear()
        return None
    label.setText(text())
    palette.paint(label, look)
    return text, look


class SettingsDialog(SettingsView):
    """Non-modal (``open()``/``show()``): nothing here blocks a coroutine. The behaviour of
    the settings: profiles added, edited, checked, used and deleted; general options saved.
    ``check_key`` is the service's (what its answer means is decided there)."""

    saved = Signal()
    _ready = False  # the dialog's own state exists (the view's texts are set before it)

    def __init__(
        self,
        settings: Settings,
        save: Callable[[Settings], None],
        check_key: KeyChecker,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._save = save
        self._check_key = check_key
        self._tasks = tasks
        self._editing: str | None = None
        self._shown: Profile | None = None  # the profile as the editor showed it, unedited
        # The line under the buttons: how to render it (again, in another language), its look.
        self._verdict: Verdict | None = None
        self._connect()
        self._ready = True
        self.reload()

    def _retranslate(self) -> None:
        """Every text, and those that depend on the state: the list's "(active)", the lines
        under the key and URL, the proxy line and the last verdict (an error already shown
        stays in the language it was shown in)."""
        if not self._ready:  # the view's texts, before the dialog's state exists
            super()._retranslate()
            return
        verdict = self._verdict
        super()._retranslate()
        for i in range(self.profile_list.count()):
            item = self.profile_list.item(i)
            item.setText(self._list_label(item.data(Qt.ItemDataRole.UserRole)))
        self._validate()
        self._say(*verdict) if verdict else self._say(None)
        self.fit()

    def _list_label(self, name: str | None) -> str:
        return list_label(name, self.settings.active_profile)

    def _say(self, text: Callable[[], str] | None, look: palette.Look = palette.Look.PLAIN) -> None:
        """The verdict line under the buttons (None: empty), rendered by ``text``."""
        self._verdict = say(self.check_verdict, text, look)

    def _connect(self) -> None:
        self.profile_list.currentItemChanged.connect(self._select)
        self.add_button.clicked.connect(self._add)
        self.delete_button.clicked.connect(self._delete)
        self.use_button.clicked.connect(self._use)
        self.key_edit.textChanged.connect(self._validate)
        self.url_edit.textChanged.connect(self._validate)
        self.name_edit.textChanged.connect(self._validate)
        self.reveal.toggled.connect(self._reveal)
        self.save_button.clicked.connect(self._save_profile)
        self.check_button.clicked.connect(self._start_check)
        self.close_button.clicked.connect(self._close_asked)
        self.copy_on_create.toggled.connect(self.save_general)
        self.auto_refresh.toggled.connect(self.save_general)
        self.auto_refresh_s.valueChanged.connect(self.save_general)
        self.color_scheme.currentIndexChanged.connect(self.save_general)
        self.language.currentIndexChanged.connect(self.save_general)
        self.sandbox_port.valueChanged.connect(self.save_general)

    # ---------------------------------------------------------------- list
    def reload(self, select: str | None = None) -> None:
        select = select or self._editing or self.settings.active_profile
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for profile in self.settings.profiles:
            item = QListWidgetItem(self._list_label(profile.name))
            item.setData(Qt.ItemDataRole.UserRole, profile.name)
            self.profile_list.addItem(item)
            if profile.name == select:
                self.profile_list.setCurrentItem(item)
        self.profile_list.blockSignals(False)
        show_general(self, self.settings)
        current = self.profile_list.currentItem()
        self._select(current)

    def _select(self, item: QListWidgetItem | None, previous: object = None) -> None:
        name = item.data(Qt.ItemDataRole.UserRole) if item else None
        if isinstance(previous, QListWidgetItem) and self._leave_first(
            lambda: go_to(self.profile_list, name), back_to=previous
        ):
            return
        profile = self.settings.profile(name) if name else None
        self._editing = name
        self._say(None)
        if profile is None:  # a new, unsaved profile
            profile = Profile(name="", public_key="", vault_url=DEFAULT_VAULT_URL)
        sandbox = profile.is_sandbox
        self.sandbox_note.setVisible(sandbox)
        for widget in (
            self.name_edit,
            self.key_edit,
            self.url_edit,
            self.version_combo,
            self.timeout_spin,
            self.reveal,
            self.check_button,
        ):
            widget.setEnabled(not sandbox)
        self.delete_button.setEnabled(not sandbox and name is not None)
        self.use_button.setEnabled(name is not None and name != self.settings.active_profile)
        self.name_edit.setText(profile.name)
        self.key_edit.setText("" if sandbox else profile.public_key)
        self.url_edit.setText(self.sandbox_url_text if sandbox else profile.vault_url)
        self.version_combo.setCurrentText(profile.api_version)
        self.timeout_spin.setValue(profile.timeout_s)
        self._validate()
        self._shown = self._edited_profile()

    def _add(self) -> None:
        if self._leave_first(self._add):
            return
        item = QListWidgetItem(self._list_label(None))
        item.setData(Qt.ItemDataRole.UserRole, None)
        self.profile_list.addItem(item)
        self.profile_list.setCurrentItem(item)
        self.name_edit.setText(self._free_name())
        self.name_edit.setFocus()

    def _free_name(self) -> str:
        return free_name(self.settings)

    def _delete(self) -> None:
        name = self._editing
        if not name or name == SANDBOX:
            return

        def really() -> None:
            self.settings.remove(name)
            self._editing = None
            saved = self._store()
            self.reload(SANDBOX)
            self._say_unsaved(saved)
            self.saved.emit()

        ask(
            self,
            _("Delete profile"),
            _("Delete the profile “{name}”? Its tokens stay in the history.").format(name=name),
            really,
            _("Delete"),
        )

    def _use(self) -> None:
        if self._leave_first(self._use):
            return
        if self._editing and self.settings.profile(self._editing):
            self.settings.active_profile = self._editing
            saved = self._store()
            self.reload(self._editing)
            self._say_unsaved(saved)
            self.saved.emit()

    # ---------------------------------------------------------------- editing
    def _reveal(self, on: bool) -> None:
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)

    def _edited_profile(self) -> Profile:
        return Profile(
            name=self.name_edit.text().strip(),
            public_key=self.key_edit.text(),
            vault_url=self.url_edit.text().strip(),
            api_version=self.version_combo.currentText(),
            timeout_s=float(self.timeout_spin.value()),
        )

    def _validate(self) -> bool:
        """The key policy, as the key is typed or pasted. Save and Check only when it passes."""
        self._say(None)
        if self._editing == SANDBOX:
            self.key_verdict.setText(_("No key needed: the Sandbox accepts any test key."))
            palette.paint(self.key_verdict, OK_STYLE)
            self.url_verdict.clear()
            self.proxy_line.setText(describe_for_url(None))
            self.save_button.setEnabled(False)
            return False
        verdict = classify(self.key_edit.text())
        if verdict.accepted:
            self.key_verdict.setText(_("✔ Public test key {key}").format(key=mask_key(verdict.key)))
            palette.paint(self.key_verdict, OK_STYLE)
        else:
            self.key_verdict.setText("✘ " + verdict.message)
            palette.paint(self.key_verdict, BAD_STYLE)
        url_ok = True
        try:
            check_base_url(self.url_edit.text())
            self.url_verdict.clear()
        except AppError as exc:
            url_ok = False
            self.url_verdict.setText(exc.human)
        self.proxy_line.setText(describe_for_url(self.url_edit.text()))
        ok = verdict.accepted and url_ok and bool(self.name_edit.text().strip())
        self.save_button.setEnabled(ok)
        self.check_button.setEnabled(ok)
        return ok

    def _save_profile(self) -> bool:
        if not self._validate():
            return False
        profile = self._edited_profile()
        try:
            saved = self.settings.upsert(profile, old_name=self._editing)
        except AppError as exc:
            self._say(_as_shown(exc.human), BAD_STYLE)
            return False
        error = self._store()
        self._editing = saved.name
        self.reload(saved.name)
        self._say(lambda: _("Saved “{name}”.").format(name=saved.name), OK_STYLE)
        self._say_unsaved(error)
        self.saved.emit()
        return True

    # ---------------------------------------------------------------- unsaved edits
    def unsaved(self) -> bool:
        """The editor holds a new profile, or changes to one, that are not saved."""
        if self._editing is None:
            return any(name_of(i) is None for i in items(self.profile_list))
        return self._editing != SANDBOX and self._edited_profile() != self._shown

    def _leave_first(self, then: Callable[[], object], back_to: object = None) -> bool:
        """If edits are unsaved, ask (Save / Discard / Cancel) and return True: ``then`` runs
        after a save or a discard, nothing after Cancel. False: nothing to ask."""
        if not self.unsaved():
            return False
        if isinstance(back_to, QListWidgetItem):  # the list stays on the edited profile
            select_quietly(self.profile_list, back_to)
        why_not = None if self._validate() else _("see the lines under the key, URL and name.")
        text = unsaved_text(self.name_edit.text().strip(), new=self._editing is None)
        ask_unsaved(self, text, why_not, self._save_profile, self._discard, then)
        return True

    def _discard(self) -> None:
        select_quietly(self.profile_list, None)  # a new profile's item goes
        if self._editing is None:
            self.reload(self.settings.active_profile)
        self._shown = self._edited_profile()

    def _close_asked(self) -> None:
        if not self._leave_first(self.close):
            self.close()

    def reject(self) -> None:  # Esc
        if not self._leave_first(super().reject):
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's own close button asks first; closing with the main window does not."""
        if event.spontaneous() and self._leave_first(self.close):
            event.ignore()
            return
        super().closeEvent(event)

    def save_general(self) -> None:
        read_general(self, self.settings)
        self._say_unsaved(self._store())
        self.saved.emit()

    def _store(self) -> AppError | None:
        """Write the settings; the error (the change then holds for this session) or None."""
        try:
            self._save(self.settings)
        except AppError as exc:
            return exc
        return None

    def _say_unsaved(self, error: AppError | None) -> None:
        if error is not None:
            self._say(_as_shown(error.human), BAD_STYLE)

    # ---------------------------------------------------------------- check key
    def _start_check(self) -> None:
        if not self._validate():
            return
        try:
            profile = check_profile(self._edited_profile())
        except AppError as exc:
            self._say(_as_shown(exc.human), BAD_STYLE)
            return
        self.check_button.setEnabled(False)
        self._say(lambda: _("Checking the key with the vault…"))
        self._tasks.start(self._check(profile), "check-key")

    async def _check(self, profile: Profile) -> None:
        try:
            check = await self._check_key(profile)
        finally:
            self.check_button.setEnabled(True)
        self._say(lambda: check.message, OK_STYLE if check.works else BAD_STYLE)
