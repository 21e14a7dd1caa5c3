"""Clear history… on its own, over fakes of the core's sentence and clearing: it says what
goes before anything goes, and only Clear clears."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from omise_token_gui.core.errors import StorageError
from omise_token_gui.ui.clear_dialog import ClearChoice, ClearDialog


class FakeClearing:
    def __init__(self, fail: bool = False) -> None:
        self.asked: list[ClearChoice] = []
        self.cleared: list[ClearChoice] = []
        self.done: list[str] = []
        self.fail = fail

    def describe(self, choice: ClearChoice) -> str:
        self.asked.append(choice)
        return f"{choice.kind}: 3 attempts (2 of them tokens) will be removed"

    def clear(self, choice: ClearChoice) -> str:
        if self.fail:
            raise StorageError(human="The history file is read-only.")
        self.cleared.append(choice)
        return "Removed 3 attempts (2 of them tokens) from the history."


def dialog(qtbot: QtBot, fake: FakeClearing, tag: str = "") -> ClearDialog:
    made = ClearDialog(fake.describe, fake.clear, fake.done.append, None, tag)
    qtbot.addWidget(made)
    return made


def test_it_says_what_goes_for_each_choice_before_anything_goes(qtbot: QtBot) -> None:
    fake = FakeClearing()
    box = dialog(qtbot, fake)
    assert box.older_radio.isChecked()  # the gentlest choice first
    assert box.what_goes.text() == "older: 3 attempts (2 of them tokens) will be removed"
    box.days.setValue(7)
    assert fake.asked[-1] == ClearChoice("older", 7, "")
    box.all_radio.setChecked(True)
    assert box.what_goes.text().startswith("all: ")
    assert not box.days.isEnabled()
    assert fake.cleared == []  # only described so far


def test_a_test_case_must_be_named_before_clear_is_offered(qtbot: QtBot) -> None:
    fake = FakeClearing()
    box = dialog(qtbot, fake)
    box.tag_radio.setChecked(True)
    assert not box.clear_button.isEnabled()
    assert box.what_goes.text() == "Name the test case whose tokens and attempts go."
    box.tag_edit.setText(" QA-123 ")
    assert box.clear_button.isEnabled()
    assert fake.asked[-1] == ClearChoice("tag", 30, "QA-123")


def test_the_current_test_case_is_offered(qtbot: QtBot) -> None:
    box = dialog(qtbot, FakeClearing(), tag="QA-7")
    assert box.tag_edit.text() == "QA-7"


def test_clear_clears_what_was_chosen_and_says_what_went(qtbot: QtBot) -> None:
    fake = FakeClearing()
    box = dialog(qtbot, fake)
    box.days.setValue(90)
    box.clear_button.click()
    assert fake.cleared == [ClearChoice("older", 90, "")]
    assert fake.done == ["Removed 3 attempts (2 of them tokens) from the history."]
    assert box.result() == ClearDialog.DialogCode.Accepted


def test_cancel_clears_nothing(qtbot: QtBot) -> None:
    fake = FakeClearing()
    box = dialog(qtbot, fake)
    box.reject()
    assert fake.cleared == []
    assert fake.done == []


def test_a_failed_clear_stays_open_and_says_nothing_went(qtbot: QtBot) -> None:
    fake = FakeClearing(fail=True)
    box = dialog(qtbot, fake)
    box.show()
    box.clear_button.click()
    assert box.isVisible()
    assert box.error.text() == "Nothing was cleared: The history file is read-only."
    assert fake.done == []
