"""Batches from the window (issue 17): "Create several" for the form's card, "One token per
scenario" from the picker's card menu, progress, Cancel mid-batch; the history shows the
batch's tokens; nothing lost, nothing counted twice."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from omise_token_gui.core import attempts
from omise_token_gui.core.batch import JobEnd
from omise_token_gui.core.evidence import Outcome
from omise_token_gui.emulator import Faults
from omise_token_gui.ui.batch_panel import BatchActions, BatchPanel
from tests.ui.conftest import Harness


def _batch(app: Harness) -> tuple[BatchPanel, BatchActions]:
    panel = app.window.findChild(BatchPanel, "batchPanel")
    assert panel is not None
    assert panel.controller is not None
    app.qtbot.waitUntil(lambda: app.window.panel.create_button.isEnabled(), timeout=10_000)
    return panel, panel.controller


def test_create_several_of_the_forms_card(app: Harness, qtbot: QtBot) -> None:
    panel, actions = _batch(app)
    app.window.settings.current_test_key = "QA-17"
    panel.count.setValue(12)
    panel.create_button.click()
    assert actions.running
    assert panel.cancel_button.isVisibleTo(panel)
    qtbot.waitUntil(lambda: not actions.running, timeout=20_000)
    assert actions.result is not None
    assert actions.result.count(JobEnd.CREATED) == 12
    assert app.history_count() == 12
    assert app.window.history_model.rowCount() == 12  # the history shows them
    assert "12 created" in panel.line.text()
    assert not panel.cancel_button.isVisibleTo(panel)
    logged = [r.attempt for r in attempts.select(app.services.history_store)]
    assert {a.batch_id for a in logged} == {actions.result.batch_id}
    assert {a.test_key for a in logged} == {"QA-17"}


def test_one_token_per_scenario_from_the_card_menu(app: Harness, qtbot: QtBot) -> None:
    _, actions = _batch(app)
    picker = app.window.picker
    picker.search.setText("insufficient")
    group = picker.proxy.index(0, 0)
    card_row = picker.proxy.index(0, 1, group)
    picker.tree.setCurrentIndex(card_row)
    menu = picker.menu_for(card_row)
    assert isinstance(menu, QMenu)
    shown = [a for a in menu.actions() if a.text().startswith("One token per scenario: the cards")]
    assert len(shown) == 1
    visible = picker.proxy.visible
    assert visible is not None
    shown[0].trigger()
    qtbot.waitUntil(lambda: not actions.running, timeout=20_000)
    assert actions.result is not None
    mapping = actions.result.token_map()
    assert set(mapping) == set(visible)
    assert app.history_count() == len(visible)


def test_cancel_mid_batch_keeps_what_was_created(app: Harness, qtbot: QtBot) -> None:
    panel, actions = _batch(app)
    app.emulator.set_faults(Faults(latency_ms=40))
    panel.count.setValue(200)
    panel.create_button.click()
    qtbot.waitUntil(lambda: app.history_count() >= 3, timeout=20_000)
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: not actions.running, timeout=20_000)
    result = actions.result
    assert result is not None
    assert result.cancelled
    assert sorted(r.job.index for r in result.results) == list(range(200))
    assert result.count(JobEnd.NOT_RUN) > 0
    stored = app.services.history_store
    logged = [r.attempt for r in attempts.select(stored)]
    made = {a.token_id for a in logged if a.outcome is Outcome.CREATED}
    assert made == {t.token_id for t in result.tokens}  # nothing lost, nothing twice
    assert app.history_count() == len(made)
    assert panel.create_button.isEnabled()
