"""The settings dialog's accessible names and tooltips, and why its buttons are disabled.

Applied by ``window_parts.settings_dialog`` when the dialog is first built (this module is
loaded with the dialog, not with the window)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from omise_token_gui.ui.accessibility import explain, name_buttons

if TYPE_CHECKING:
    from omise_token_gui.ui.settings_view import SettingsView

SANDBOX_FIXED = "The Sandbox is built in: it needs no key and cannot be changed"


def describe_settings(view: SettingsView) -> None:
    """Names and tooltips for every control of the settings dialog."""

    def sandbox() -> bool:  # the editor's fields are disabled while the Sandbox is shown
        return not view.name_edit.isEnabled()

    def no_choice(enabled_reason: str) -> str:
        return (
            "Select a profile in the list first"
            if view.profile_list.currentItem() is None
            else enabled_reason
        )

    view.profile_list.setToolTip("Your profiles; the one in use says (active)")
    view.add_button.setToolTip("Add a new profile for a public test key")
    explain(
        view.delete_button,
        "Delete the selected profile (its tokens stay in the history)",
        lambda: no_choice("The Sandbox profile is built in and cannot be deleted"),
    )
    explain(
        view.use_button,
        "Create tokens with the selected profile from now on",
        lambda: no_choice("This profile is already in use"),
    )
    _describe_editor(view, sandbox)
    view.copy_on_create.setToolTip("Copy each new token id to the clipboard as it is created")
    view.auto_refresh.setToolTip(
        "Ask the vault every few seconds about tokens whose charge is not final yet"
    )
    view.auto_refresh_s.setToolTip("How often auto-refresh asks, in seconds")
    view.auto_refresh_s.setAccessibleName("Auto-refresh interval")
    explain(
        view.close_to_tray,
        "Closing the window keeps the app running in the tray",
        "There is no tray icon on this desktop: closing the window quits",
    )
    view.close_button.setToolTip("Close Settings")
    name_buttons(view)


def _describe_editor(view: SettingsView, sandbox: Callable[[], bool]) -> None:
    """The profile editor: its fields, Save profile and Check key."""
    fields: tuple[tuple[QWidget, str], ...] = (
        (view.name_edit, "The profile's name, shown in the marker and the history"),
        (view.key_edit, "Your public test key from the Omise dashboard (pkey_test_…)"),
        (view.reveal, "Show the key as typed"),
        (view.url_edit, "The vault that creates tokens (https://vault.omise.co)"),
        (view.version_combo, "The Omise API version sent with each request"),
        (view.timeout_spin, "How long to wait for the vault before giving up"),
    )
    for widget, tip in fields:
        explain(widget, tip, SANDBOX_FIXED)
    explain(
        view.save_button,
        "Save this profile's changes",
        lambda: (
            "The Sandbox profile is built in: there is nothing to save"
            if sandbox()
            else "Save profile is disabled until the name, key and vault URL are valid"
        ),
    )
    explain(
        view.check_button,
        "Ask the vault whether this key works (nothing is created)",
        lambda: (
            "The Sandbox needs no key check"
            if sandbox()
            else "Check key is disabled until the key and vault URL are valid, "
            "or while a check is running"
        ),
    )
