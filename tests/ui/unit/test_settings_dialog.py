"""SettingsDialog on its own: real Settings in memory, a save seam that records, a fake key
check. What a check's answer means is the service's (KeyCheck); the dialog only says it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QMessageBox
from pytestqt.qtbot import QtBot

from omise_token_gui.core.errors import AppError, ErrorKind
from omise_token_gui.core.key_check import KeyCheck, KeyVerdict
from omise_token_gui.core.settings import SANDBOX, Profile, Settings
from omise_token_gui.ui import palette
from omise_token_gui.ui.settings_dialog import SettingsDialog
from omise_token_gui.ui.tasks import TaskRunner

GOOD = "pkey_test_5xs8breq3htbkj03d2x"
URL = "https://vault.example.test"


class Rig:
    def __init__(self, qtbot: QtBot) -> None:
        self.settings = Settings()
        self.saves: list[Settings] = []
        self.checked: list[Profile] = []
        self.answer = KeyCheck(KeyVerdict.WORKS)
        self.refuse_save: AppError | None = None
        self.tasks = TaskRunner()
        self.dialog = SettingsDialog(self.settings, self.save, self.check, self.tasks)
        qtbot.addWidget(self.dialog)
        self.qtbot = qtbot

    def save(self, settings: Settings) -> None:
        if self.refuse_save is not None:
            raise self.refuse_save
        self.saves.append(settings)

    async def check(self, profile: Profile) -> KeyCheck:
        self.checked.append(profile)
        return self.answer

    def new_profile(self, key: str = GOOD) -> None:
        self.dialog.add_button.click()
        self.dialog.key_edit.setText(key)
        self.dialog.url_edit.setText(URL)

    def run_check(self) -> str:
        self.dialog.check_button.click()
        self.qtbot.waitUntil(lambda: not self.tasks._tasks, timeout=5000)
        return self.dialog.check_verdict.text()


@pytest.fixture
def rig(qloop: asyncio.AbstractEventLoop, qtbot: QtBot) -> Iterator[Rig]:
    rig = Rig(qtbot)
    yield rig
    rig.dialog.close()


def test_the_sandbox_is_shown_read_only(rig: Rig) -> None:
    d = rig.dialog
    assert d.profile_list.currentItem().text() == f"{SANDBOX}  (active)"
    assert not d.key_edit.isEnabled()
    assert not d.delete_button.isEnabled()
    assert not d.save_button.isEnabled()
    assert d.key_verdict.styleSheet() == palette.ok_text()


def test_a_refused_key_is_said_as_typed_and_nothing_is_saved_or_checked(rig: Rig) -> None:
    rig.new_profile("skey_test_5xs8breq3htbkj03d2x")
    d = rig.dialog
    assert "Secret keys are never needed" in d.key_verdict.text()
    assert d.key_verdict.styleSheet() == palette.error_text(bold=True)
    assert not d.save_button.isEnabled()
    assert not d.check_button.isEnabled()
    d.save_button.click()
    d.check_button.click()
    assert rig.saves == []
    assert rig.checked == []


def test_saving_a_profile_stores_it_and_says_so(rig: Rig, qtbot: QtBot) -> None:
    rig.new_profile()
    with qtbot.waitSignal(rig.dialog.saved):
        rig.dialog.save_button.click()
    assert [p.name for p in rig.settings.profiles] == [SANDBOX, "Test profile 1"]
    assert len(rig.saves) == 1
    assert rig.dialog.check_verdict.text() == "Saved “Test profile 1”."


def test_a_save_the_disk_refuses_is_said(rig: Rig) -> None:
    rig.refuse_save = AppError(kind=ErrorKind.STORAGE, human="Settings are read-only.")
    rig.new_profile()
    rig.dialog.save_button.click()
    assert rig.dialog.check_verdict.text() == "Settings are read-only."
    assert rig.dialog.check_verdict.styleSheet() == palette.error_text(bold=True)


@pytest.mark.parametrize(
    ("answer", "said", "style"),
    [
        (KeyCheck(KeyVerdict.WORKS), "✔ The key works: the vault accepted it.", "ok"),
        (
            KeyCheck(KeyVerdict.REFUSED, AppError(kind=ErrorKind.AUTHENTICATION, human="Refused.")),
            "✘ The vault refused this key (authentication failed).",
            "error",
        ),
        (
            KeyCheck(KeyVerdict.UNKNOWN, AppError(kind=ErrorKind.TIMEOUT, human="No answer.")),
            "The key was not checked. No answer.",
            "error",
        ),
        (
            KeyCheck(KeyVerdict.UNKNOWN),
            "The key was not checked. The vault answered unexpectedly.",
            "error",
        ),
    ],
)
def test_a_check_says_what_the_service_found(
    rig: Rig, answer: KeyCheck, said: str, style: str
) -> None:
    rig.answer = answer
    rig.new_profile()
    assert rig.run_check() == said
    expected = palette.ok_text() if style == "ok" else palette.error_text(bold=True)
    assert rig.dialog.check_verdict.styleSheet() == expected
    assert [p.public_key for p in rig.checked] == [GOOD]
    assert rig.dialog.check_button.isEnabled()


def test_general_options_are_saved_as_they_change(rig: Rig) -> None:
    rig.dialog.auto_refresh_s.setValue(45)
    rig.dialog.copy_on_create.setChecked(False)
    assert rig.settings.auto_refresh_s == 45
    assert rig.settings.copy_on_create is False
    assert len(rig.saves) == 2


def unsaved_box(rig: Rig) -> QMessageBox:
    box = rig.dialog.findChild(QMessageBox, "unsavedProfileBox")
    assert isinstance(box, QMessageBox), "the dialog asked"
    return box


def answer(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    found = box.button(button)
    assert found is not None
    found.click()
    box.setObjectName("answered")  # deleted later; not found again


def item_named(rig: Rig, name: str) -> QListWidgetItem:
    return next(
        rig.dialog.profile_list.item(row)
        for row in range(rig.dialog.profile_list.count())
        if rig.dialog.profile_list.item(row).data(Qt.ItemDataRole.UserRole) == name
    )


def test_clicking_another_profile_after_a_check_asks_before_losing_the_new_one(rig: Rig) -> None:
    rig.new_profile()
    assert rig.run_check().startswith("✔")  # checked, not saved
    d = rig.dialog
    d.profile_list.setCurrentItem(item_named(rig, SANDBOX))
    box = unsaved_box(rig)
    assert box.text() == "The new profile “Test profile 1” is not saved yet."
    assert d.profile_list.currentItem().data(Qt.ItemDataRole.UserRole) is None  # stays
    answer(box, QMessageBox.StandardButton.Cancel)
    assert d.key_edit.text() == GOOD  # still editing it
    assert rig.saves == []
    d.profile_list.setCurrentItem(item_named(rig, SANDBOX))
    answer(unsaved_box(rig), QMessageBox.StandardButton.Save)
    assert rig.settings.profile("Test profile 1") is not None
    assert len(rig.saves) == 1
    assert d.profile_list.currentItem().data(Qt.ItemDataRole.UserRole) == SANDBOX


def test_close_with_an_edited_profile_asks_and_discard_keeps_the_stored_one(rig: Rig) -> None:
    rig.new_profile()
    rig.dialog.save_button.click()
    saved = rig.settings.profile("Test profile 1")
    rig.dialog.show()
    rig.dialog.url_edit.setText("https://other.example.test")
    rig.dialog.close_button.click()
    box = unsaved_box(rig)
    assert box.text() == "The profile “Test profile 1” has changes that are not saved."
    assert rig.dialog.isVisible()
    answer(box, QMessageBox.StandardButton.Discard)
    assert not rig.dialog.isVisible()
    assert rig.settings.profile("Test profile 1") == saved


def test_escape_with_an_unsavable_new_profile_offers_only_discard_or_cancel(rig: Rig) -> None:
    rig.new_profile("sk_live_nope")
    rig.dialog.show()
    rig.dialog.reject()  # Esc
    box = unsaved_box(rig)
    save = box.button(QMessageBox.StandardButton.Save)
    assert save is not None
    assert not save.isEnabled()
    answer(box, QMessageBox.StandardButton.Discard)
    assert not rig.dialog.isVisible()
    assert rig.dialog.profile_list.count() == 1  # the new profile is gone
    assert rig.saves == []


def test_close_without_changes_does_not_ask(rig: Rig) -> None:
    rig.dialog.show()
    rig.dialog.close_button.click()
    assert rig.dialog.findChild(QMessageBox, "unsavedProfileBox") is None
    assert not rig.dialog.isVisible()
