"""The tray on its own: fake callables (no window, no app), a fake clipboard, the real
QSystemTrayIcon and menu."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from omise_token_gui.core.catalog import CatalogCard, load_catalog
from omise_token_gui.core.errors import ErrorKind, VaultError
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.ui.tasks import TaskRunner
from omise_token_gui.ui.tray import CreateOutcome, Tray
from tests.helpers import records
from tests.ui.unit.conftest import FakeClipboard


def jcb_insufficient_fund() -> CatalogCard:
    card = load_catalog().by_id("jcb-insufficient-fund")
    assert card is not None
    return card


CARD = jcb_insufficient_fund()


class Rig:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.last: TokenRecord | None = None
        self.cards: list[CatalogCard] = []
        self.active = "Sandbox"
        self.asked: list[str] = []
        self.outcome = CreateOutcome(0, "tokn_test_000000000001", "Created.")
        self.clipboard = FakeClipboard()
        self.tasks = TaskRunner()
        self.calls: list[str] = []
        pixmap = QPixmap(16, 16)
        pixmap.fill()
        self.tray = Tray(
            icon=QIcon(pixmap),
            quick_cards=lambda: self.cards,
            last_token=lambda: self.last,
            profiles=lambda: ["Sandbox", "Staging"],
            active_profile=lambda: self.active,
            use_profile=self.calls.append,
            create=self.create,
            clipboard=self.clipboard,
            open_window=lambda: self.calls.append("open"),
            quit_app=lambda: self.calls.append("quit"),
            tasks=self.tasks,
        )

    async def create(self, scenario_id: str) -> CreateOutcome:
        self.asked.append(scenario_id)
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome

    def click(self, name: str) -> tuple[str, str]:
        """Trigger the menu action ``name`` (after a rebuild) and return the notification."""
        self.tray.rebuild()
        action = next(a for a in self.tray.menu.actions() if a.objectName() == name)
        with self.qtbot.waitSignal(self.tray.notified, timeout=5000) as shown:
            action.trigger()
        title, text = shown.args
        return title, text


@pytest.fixture
def rig(qloop: asyncio.AbstractEventLoop, qtbot: QtBot) -> Iterator[Rig]:
    rig = Rig(qtbot)
    yield rig
    rig.tray.hide()
    rig.tray.menu.deleteLater()


def test_copy_last_warns_when_the_token_was_used(rig: Rig) -> None:
    rig.last = replace(records(1)[0], used=True, charge_status="successful")
    title, text = rig.click("trayCopyLast")
    assert rig.clipboard.copied == [rig.last.token_id]
    assert title == "Token id copied"
    assert "already used (charge: successful)" in text
    assert "Visa •••• 0000 · typed-in card · profile Sandbox" in text


def test_a_created_token_with_a_problem_is_still_named(rig: Rig) -> None:
    rig.cards = [CARD]
    rig.outcome = CreateOutcome(6, "tokn_test_000000000002", "Copied, but NOT saved.")
    title, text = rig.click(f"trayScenario:{CARD.id}")
    assert rig.asked == [CARD.id]
    assert title == "Token created, with a problem"
    assert text.splitlines() == [
        "tokn_test_000000000002",
        "Insufficient funds · JCB •••• 0011 · profile Sandbox",
        "Copied, but NOT saved.",
    ]


def test_a_creator_that_raises_is_told_as_a_failure(rig: Rig) -> None:
    rig.cards = [CARD]
    rig.outcome = VaultError(kind=ErrorKind.TIMEOUT, human="The vault did not answer in time.")  # type: ignore[assignment]
    title, text = rig.click(f"trayScenario:{CARD.id}")
    assert title == "No token created"
    assert text.endswith("\nThe vault did not answer in time.")
    assert rig.tray.creating is None  # the next click creates again


def test_choosing_the_active_profile_again_does_nothing(rig: Rig) -> None:
    rig.tray.rebuild()
    rig.tray.rebuild()
    assert len(rig.tray.menu.findChildren(QMenu)) == 1  # one submenu, refilled each time
    by_name = {a.data(): a for a in rig.tray.profiles_menu.actions()}
    by_name["Sandbox"].trigger()
    assert rig.calls == []
    by_name["Staging"].trigger()
    assert rig.calls == ["Staging"]


def test_a_click_on_the_icon_opens_the_window_the_context_click_does_not(rig: Rig) -> None:
    reason = rig.tray.icon.ActivationReason
    rig.tray.icon.activated.emit(reason.Context)
    assert rig.calls == []
    rig.tray.icon.activated.emit(reason.Trigger)
    rig.tray.icon.activated.emit(reason.DoubleClick)
    assert rig.calls == ["open", "open"]
