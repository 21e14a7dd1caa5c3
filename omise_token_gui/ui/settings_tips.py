"""The settings dialog's accessible names and tooltips, and why its buttons are disabled.

Applied by ``window_parts.settings_dialog`` when the dialog is first built (this module is
loaded with the dialog, not with the window); set again at every language switch."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from omise_token_gui.ui.accessibility import Explained, explain, name_buttons
from omise_token_gui.ui.i18n import on_language_change, translator

if TYPE_CHECKING:
    from omise_token_gui.ui.settings_view import SettingsView

_ = translator("SettingsTips")
SANDBOX_FIXED = QT_TRANSLATE_NOOP(
    "SettingsTips", "The Sandbox is built in: it needs no key and cannot be changed"
)
Text = Callable[[], str]


def describe_settings(view: SettingsView) -> None:
    """Names and tooltips for every control of the settings dialog, now and at every
    language switch."""

    def sandbox() -> bool:  # the editor's fields are disabled while the Sandbox is shown
        return not view.name_edit.isEnabled()

    def no_choice(enabled_reason: Text) -> Text:
        return lambda: (
            _("Select a profile in the list first")
            if view.profile_list.currentItem() is None
            else enabled_reason()
        )

    tips = [
        explain(
            view.delete_button,
            lambda: _("Delete the selected profile (its tokens stay in the history)"),
            no_choice(lambda: _("The Sandbox profile is built in and cannot be deleted")),
        ),
        explain(
            view.use_button,
            lambda: _("Create tokens with the selected profile from now on"),
            no_choice(lambda: _("This profile is already in use")),
        ),
        explain(
            view.close_to_tray,
            lambda: _("Closing the window keeps the app running in the tray"),
            lambda: _("There is no tray icon on this desktop: closing the window quits"),
        ),
        *_describe_editor(view, sandbox),
    ]

    def retranslate() -> None:
        _plain_tips(view)
        for tip in tips:
            tip.update()
        name_buttons(view)

    on_language_change(view, retranslate)


def _plain_tips(view: SettingsView) -> None:
    view.profile_list.setToolTip(_("Your profiles; the one in use says (active)"))
    view.add_button.setToolTip(_("Add a new profile for a public test key"))
    view.copy_on_create.setToolTip(_("Copy each new token id to the clipboard as it is created"))
    view.auto_refresh.setToolTip(
        _("Ask the vault every few seconds about tokens whose charge is not final yet")
    )
    view.auto_refresh_s.setToolTip(_("How often auto-refresh asks, in seconds"))
    view.auto_refresh_s.setAccessibleName(_("Auto-refresh interval"))
    view.close_button.setToolTip(_("Close Settings"))


def _describe_editor(view: SettingsView, sandbox: Callable[[], bool]) -> list[Explained]:
    """The profile editor: its fields, Save profile and Check key."""
    fields: tuple[tuple[QWidget, Text], ...] = (
        (view.name_edit, lambda: _("The profile's name, shown in the marker and the history")),
        (view.key_edit, lambda: _("Your public test key from the Omise dashboard (pkey_test_…)")),
        (view.reveal, lambda: _("Show the key as typed")),
        (view.url_edit, lambda: _("The vault that creates tokens (https://vault.omise.co)")),
        (view.version_combo, lambda: _("The Omise API version sent with each request")),
        (view.timeout_spin, lambda: _("How long to wait for the vault before giving up")),
    )
    fixed: Text = lambda: translate("SettingsTips", SANDBOX_FIXED)  # noqa: E731
    tips = [explain(widget, tip, fixed) for widget, tip in fields]
    tips.append(
        explain(
            view.save_button,
            lambda: _("Save this profile's changes"),
            lambda: (
                _("The Sandbox profile is built in: there is nothing to save")
                if sandbox()
                else _("Save profile is disabled until the name, key and vault URL are valid")
            ),
        )
    )
    tips.append(
        explain(
            view.check_button,
            lambda: _("Ask the vault whether this key works (nothing is created)"),
            lambda: (
                _("The Sandbox needs no key check")
                if sandbox()
                else _(
                    "Check key is disabled until the key and vault URL are valid, "
                    "or while a check is running"
                )
            ),
        )
    )
    return tips
