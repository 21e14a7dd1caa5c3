"""The question asked before an unsaved profile would be lost: Save, Discard or Cancel.
Non-modal (``open()`` plus callbacks), like every other question of the app."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMessageBox, QWidget

from omise_token_gui.ui.i18n import translator
from omise_token_gui.ui.plain import message_box

_ = translator("UnsavedProfile")

Button = QMessageBox.StandardButton


def unsaved_text(name: str, new: bool) -> str:
    if new:
        if not name:
            return _("The new profile without a name is not saved yet.")
        return _("The new profile “{name}” is not saved yet.").format(name=name)
    if not name:
        return _("The profile without a name has changes that are not saved.")
    return _("The profile “{name}” has changes that are not saved.").format(name=name)


def ask_unsaved(
    parent: QWidget,
    text: str,
    why_not: str | None,
    save: Callable[[], bool],
    discard: Callable[[], object],
    then: Callable[[], object],
) -> QMessageBox:
    """Save (``save``, then ``then`` if it saved), Discard (``discard``, then ``then``) or
    Cancel (nothing: keep editing). ``why_not``: why it cannot be saved (Save disabled)."""
    box = message_box(
        QMessageBox.Icon.Question,
        _("Unsaved profile"),
        text,
        Button.Save | Button.Discard | Button.Cancel,
        parent,
    )
    box.setObjectName("unsavedProfileBox")
    box.setDefaultButton(Button.Save if why_not is None else Button.Cancel)
    if why_not is None:
        box.setInformativeText(_("Save it, discard it, or cancel to keep editing."))
    else:
        box.setInformativeText(
            _("It cannot be saved as it is: {why_not} Discard it, or cancel.").format(
                why_not=why_not
            )
        )
        save_button = box.button(Button.Save)
        if save_button is not None:
            save_button.setEnabled(False)

    def finished() -> None:
        clicked = box.standardButton(box.clickedButton())
        if clicked == Button.Save and save():
            then()
        elif clicked == Button.Discard:
            discard()
            then()
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box


# The profile list: each item's data is the profile's name, None for a new, unsaved profile.
def items(profiles: QListWidget) -> list[QListWidgetItem]:
    return [profiles.item(row) for row in range(profiles.count())]


def name_of(item: QListWidgetItem) -> str | None:
    name = item.data(Qt.ItemDataRole.UserRole)
    return name if isinstance(name, str) else None


def select_quietly(profiles: QListWidget, item: QListWidgetItem | None) -> None:
    """Select ``item`` (or drop it, when ``item`` is None: the new profile) unsignalled."""
    profiles.blockSignals(True)
    if item is not None:
        profiles.setCurrentItem(item)
    for new in [i for i in items(profiles) if item is None and name_of(i) is None]:
        profiles.takeItem(profiles.row(new))
    profiles.blockSignals(False)


def go_to(profiles: QListWidget, name: str | None) -> None:
    """Select the profile named ``name`` (signalled: the editor follows)."""
    for item in items(profiles):
        if name_of(item) == name:
            profiles.setCurrentItem(item)
