"""The tray icon and its menu: recent scenarios (one click creates a token and copies it),
Copy last token id, the active profile with a switcher, Open window, Quit. The menu is
rebuilt each time it opens, from what the callables it was handed answer then, and at once
when the language changes; a desktop notification says which token was copied, or why none
was (in the window's language at the time it is shown).

Like the controllers, the tray is handed only callables, never the window. ``create`` makes
a token for a scenario id (``resources/test_cards.json``) on the active profile and copies
it; whatever does it (``tray_link.ScenarioCreator`` in this process today, or a runner of
``omise-token create --scenario ID --copy``) answers with a ``CreateOutcome``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Sequence
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from omise_token_gui import PRODUCT_NAME
from omise_token_gui.cli.exits import exit_code
from omise_token_gui.core.catalog import CatalogCard
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP
from omise_token_gui.core.recent import NO_TOKEN_YET
from omise_token_gui.ui.clipboard import TextClipboard
from omise_token_gui.ui.i18n import on_language_change, translator
from omise_token_gui.ui.tasks import TaskRunner

_ = translator("Tray")
NO_TRAY = QT_TRANSLATE_NOOP(
    "Tray",
    "No tray icon: this desktop shows no tray icons (on GNOME, the AppIndicator extension "
    "adds them). Everything works from this window as before, and closing it quits the app.",
)
NOTIFY_MS = 8000
_INFO, _WARN = QSystemTrayIcon.MessageIcon.Information, QSystemTrayIcon.MessageIcon.Warning


class CreateOutcome(NamedTuple):
    """How one create-and-copy ended."""

    exit_code: int  # 0: created and copied; else the command line's code (cli/exit_codes.py)
    token_id: str | None  # the token created, if any (also when something after it failed)
    message: str  # one line for the tester: what went wrong, or what was done

    @property
    def ok(self) -> bool:
        return self.exit_code == 0


CreateScenario = Callable[[str], Awaitable[CreateOutcome]]


def in_window_language(context: str, text: str) -> str:
    """``text``, marked elsewhere under ``context`` (the catalog's labels: "Catalog", a
    QT_TRANSLATE_NOOP table), in the window's language. Through Qt, not ``core.i18n``: a
    forwarded command speaking the tester's language must not change what the window says."""
    return QCoreApplication.translate(context, text)


def no_token_yet() -> str:
    # core.recent's sentence (shared with the window's Copy last token id)
    return in_window_language("Recent", NO_TOKEN_YET)


def scenario_text(card: CatalogCard) -> str:
    """``Insufficient funds · Visa •••• 0002``: a catalog card in the menu and notifications."""
    return _("{scenario} · {brand} •••• {last4}").format(
        scenario=in_window_language("Catalog", card.scenario_label),
        brand=card.brand,
        last4=card.number[-4:],
    )


def token_text(record: TokenRecord) -> str:
    """What a stored token was (brand, last four, scenario, profile): never a full number."""
    if record.scenario_label:
        scenario = in_window_language("Catalog", record.scenario_label)
    else:
        scenario = _("typed-in card")
    return _("{brand} •••• {last4} · {scenario} · profile {profile}").format(
        brand=record.brand, last4=record.last4, scenario=scenario, profile=record.profile
    )


class Tray(QObject):
    """``quick_cards()``: the scenarios offered, in order: the pinned cards, then the
    frequent ones (``core.ranking.Ranking.quick``); ``pinned()``: the ids of the pinned ones
    (shown with a star).
    ``last_token()``: the newest token (``core.recent.newest_token``). ``profiles()`` and
    ``active_profile()``: the profile names and the active one; ``use_profile(name)`` makes one
    active (and saves it). ``open_window`` and ``quit_app``: the window's."""

    notified = Signal(str, str)  # title, text: every desktop notification shown

    def __init__(
        self,
        *,
        icon: QIcon,
        quick_cards: Callable[[], Sequence[CatalogCard]],
        pinned: Callable[[], Collection[str]] = frozenset,
        last_token: Callable[[], TokenRecord | None],
        profiles: Callable[[], Sequence[str]],
        active_profile: Callable[[], str],
        use_profile: Callable[[str], None],
        create: CreateScenario,
        clipboard: TextClipboard,
        open_window: Callable[[], None],
        quit_app: Callable[[], None],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._quick_cards = quick_cards
        self._pinned = pinned
        self._last_token = last_token
        self._profiles = profiles
        self._active_profile = active_profile
        self._use_profile = use_profile
        self._create = create
        self._clipboard = clipboard
        self._open_window = open_window
        self._quit = quit_app
        self._tasks = tasks
        self.creating: CatalogCard | None = None  # the scenario being created, if any
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(PRODUCT_NAME)
        self.menu = QMenu(parent)
        self.menu.setObjectName("trayMenu")
        self.menu.aboutToShow.connect(self.rebuild)
        self.profiles_menu = QMenu(self.menu)  # kept: each rebuild refills it
        self.profiles_menu.setObjectName("trayProfiles")
        self._profile_group = QActionGroup(self.profiles_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        on_language_change(self.menu, self.rebuild)  # now, and in the new language at once

    # ---------------------------------------------------------------- icon
    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()
        self.menu.hide()

    @property
    def visible(self) -> bool:
        return self.icon.isVisible()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self._open_window()

    def notify(self, title: str, text: str, warn: bool = False) -> None:
        self.icon.showMessage(title, text, _WARN if warn else _INFO, NOTIFY_MS)
        self.notified.emit(title, text)

    # ---------------------------------------------------------------- menu
    def rebuild(self) -> None:
        """The menu as things are now (called each time it is about to open)."""
        menu = self.menu
        menu.clear()
        self._add_scenarios(menu)
        menu.addSeparator()
        self._add_copy_last(menu)
        menu.addSeparator()
        self._add_profiles(menu)
        menu.addSeparator()
        self._action(menu, _("Open window"), "trayOpen", self._open_window)
        self._action(menu, _("Quit"), "trayQuit", self._quit)

    def _action(
        self, menu: QMenu, text: str, name: str, slot: Callable[[], None] | None = None
    ) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        if slot is None:
            action.setEnabled(False)
        else:
            action.triggered.connect(lambda _checked=False, run=slot: run())
        return action

    def _add_scenarios(self, menu: QMenu) -> None:
        cards = list(self._quick_cards())  # pinned first, then frequent
        pinned = self._pinned()
        if self.creating is not None:
            busy = _("Creating a token: {scenario}…").format(scenario=scenario_text(self.creating))
            self._action(menu, busy, "trayBusy")
        elif cards:
            self._action(menu, _("Create a token and copy it:"), "trayScenarios")
        else:
            self._action(
                menu,
                _(
                    "Your pinned and most used scenarios appear here: pin a test card in the "
                    "window (★) or create a token with one."
                ),
                "trayScenarios",
            )
        section = None
        for card in cards:
            if (card.id in pinned) is not section:  # a title over each part: the picker's
                section = card.id in pinned
                title = _("Pinned") if section else _("Frequent")
                self._action(menu, title, "trayPinned" if section else "trayFrequent")
            text = scenario_text(card).replace("&", "&&")  # a label's "&" is not a shortcut
            text = _("★ {scenario}").format(scenario=text) if card.id in pinned else text
            action = self._action(menu, text, f"trayScenario:{card.id}", partial(self.start, card))
            action.setData(card.id)
            action.setEnabled(self.creating is None)

    def _add_copy_last(self, menu: QMenu) -> None:
        last = self._last_token()
        if last is None:
            text = _("Copy last token id: {reason}").format(reason=no_token_yet())
            self._action(menu, text, "trayCopyLast")
        else:
            text = _("Copy last token id ({token_id})").format(token_id=last.token_id)
            self._action(menu, text, "trayCopyLast", self.copy_last)

    def _add_profiles(self, menu: QMenu) -> None:
        active = self._active_profile()
        sub = self.profiles_menu
        sub.clear()
        sub.setTitle(_("Profile: {name}").format(name=active))
        menu.addMenu(sub)
        for name in self._profiles():
            action = sub.addAction(name)
            action.setCheckable(True)
            action.setChecked(name == active)
            action.setData(name)
            self._profile_group.addAction(action)
            action.triggered.connect(lambda _checked=False, n=name: self.use_profile(n))

    # ---------------------------------------------------------------- actions
    def use_profile(self, name: str) -> None:
        if name == self._active_profile():
            return
        self._use_profile(name)
        if self._active_profile() == name:
            self.notify(
                _("Profile changed"),
                _("New tokens now use the profile {name}.").format(name=name),
            )

    def copy_last(self) -> None:
        record = self._last_token()
        if record is None:
            self.notify(_("No token copied"), no_token_yet(), warn=True)
            return
        self._clipboard.set_text(record.token_id)
        text = f"{record.token_id}\n{token_text(record)}"
        if record.used:
            used = _("It was already used (charge: {status}): a checkout given this id will fail.")
            text += "\n" + used.format(status=record.charge_status)
        self.notify(_("Token id copied"), text, warn=record.used)

    def start(self, card: CatalogCard) -> None:
        """Create a token for ``card`` on the active profile and copy it (one at a time)."""
        if self.creating is None:
            self.creating = card
            self._tasks.start(self.create(card), "tray-create")

    async def create(self, card: CatalogCard) -> CreateOutcome:
        profile = self._active_profile()
        what = _("{scenario} · profile {profile}").format(
            scenario=scenario_text(card), profile=profile
        )
        try:
            outcome = await self._create(card.id)
        except AppError as exc:  # a creator should answer with an outcome; one more net
            outcome = CreateOutcome(exit_code(exc), None, exc.human)
        finally:
            self.creating = None
        if outcome.ok:
            self.notify(_("Token copied"), f"{outcome.token_id}\n{what}")
        elif outcome.token_id:
            self.notify(
                _("Token created, with a problem"),
                f"{outcome.token_id}\n{what}\n{outcome.message}",
                warn=True,
            )
        else:
            self.notify(_("No token created"), f"{what}\n{outcome.message}", warn=True)
        return outcome
