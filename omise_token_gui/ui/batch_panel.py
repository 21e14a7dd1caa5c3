"""Many tokens from the window (issue 17): "Create N" for the form's card, "One token per
scenario" from the picker's card menu (the card's group, the pinned cards, the cards shown:
a search result, or all), a progress line (done / failed / unknown / remaining, rate, time
left) with Cancel. The batch runs ``core.batch.BatchRunner`` on the app's loop; its attempts
go to the history with the batch id and the current test case.

``BatchPanel`` is the widget (under the create panel); ``BatchActions`` the controller, handed
its collaborators (``attach`` builds it from the window's parts).
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omise_token_gui.core.batch import BatchResult, BatchRunner, Job, JobEnd, Limits, Progress
from omise_token_gui.core.batch import jobs_for as make_jobs
from omise_token_gui.core.batch_progress import progress_text
from omise_token_gui.core.catalog import CatalogCard, shown
from omise_token_gui.ui.i18n import on_language_change, translator
from omise_token_gui.ui.plain import plain_label

if TYPE_CHECKING:
    from omise_token_gui.core.batch import Creates
    from omise_token_gui.core.settings import Profile, Settings
    from omise_token_gui.ui.card_form import CardForm
    from omise_token_gui.ui.card_picker import CardPicker
    from omise_token_gui.ui.history_actions import StatusLine
    from omise_token_gui.ui.history_model import HistoryModel
    from omise_token_gui.ui.tasks import TaskRunner

_ = translator("BatchPanel")
MAX_N = 1000
REFRESH_MS = 500  # the history follows a running batch this often, not once per token


class BatchPanel(QWidget):
    """A row under the create panel's buttons: ``Create several: [N]``, then while a batch
    runs its progress line, Cancel and a bar (the line stays with the last batch's end)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchPanel")
        self.controls = QWidget()
        self.controls.setObjectName("batchControls")
        self.count = QSpinBox()
        self.count.setObjectName("batchCount")
        self.count.setRange(2, MAX_N)
        self.count.setValue(10)
        self.create_button = QPushButton()
        self.create_button.setObjectName("batchCreate")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("batchProgress")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        self.line: QLabel = plain_label()
        self.line.setObjectName("batchLine")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("batchCancel")
        controls = QHBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.create_button)
        controls.addWidget(self.count)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.controls)
        row.addWidget(self.line, 1)
        row.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.progress_bar)
        self.controller: BatchActions | None = None  # (``attach``)
        self.set_running(False)
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.create_button.setText(_("Create &several:"))
        self.create_button.setAccessibleName(_("Create several tokens"))
        self.create_button.setToolTip(
            _(
                "Create this many tokens of the form's card in one batch, several at once, "
                "as fast as the profile's rate limit allows"
            )
        )
        self.count.setAccessibleName(_("How many tokens"))
        self.count.setToolTip(_("How many tokens Create several makes (2-{max})").format(max=MAX_N))
        self.count.setSuffix(_(" tokens"))
        self.cancel_button.setText(_("Cancel &batch"))
        self.cancel_button.setAccessibleName(_("Cancel the batch"))
        self.cancel_button.setToolTip(
            _("Stop at once: the tokens created so far are kept, no other create is sent")
        )
        self.progress_bar.setAccessibleName(_("Batch in progress"))

    def set_running(self, running: bool) -> None:
        """Running: the progress shows (the last batch's line stays until the next)."""
        self.create_button.setEnabled(not running)
        self.count.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress_bar.setVisible(running)

    def show_progress(self, p: Progress) -> None:
        self.progress_bar.setRange(0, max(1, p.total))
        self.progress_bar.setValue(p.done)
        self.line.setText(progress_text(p))


def summary_text(result: BatchResult) -> str:
    return _(
        "Batch done: {created} created, {failed} failed, {unknown} unknown (may exist on the "
        "vault; not sent again), {not_run} not run. The history shows its attempts."
    ).format(
        created=result.count(JobEnd.CREATED),
        failed=result.count(JobEnd.FAILED) + result.count(JobEnd.CANCELLED),
        unknown=result.count(JobEnd.UNKNOWN),
        not_run=result.count(JobEnd.NOT_RUN),
    )


class BatchActions:
    """Starts, follows and cancels one batch at a time."""

    def __init__(
        self,
        *,
        panel: BatchPanel,
        service: Callable[[], Creates | None],
        profile: Callable[[], Profile],
        settings: Callable[[], Settings],
        form: CardForm,
        history_model: HistoryModel,
        status: StatusLine,
        tasks: TaskRunner,
    ) -> None:
        self.panel, self._service, self._profile, self._settings = panel, service, profile, settings
        self._form, self._model, self._status, self._tasks = form, history_model, status, tasks
        self.runner: BatchRunner | None = None
        self.task: asyncio.Task[Any] | None = None
        self.result: BatchResult | None = None
        self._menu_actions: list[QAction] = []
        self._follow = QTimer(panel)
        self._follow.setInterval(REFRESH_MS)
        self._follow.timeout.connect(self._model.reload)
        panel.create_button.clicked.connect(self.create_n)
        panel.cancel_button.clicked.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done()

    def create_n(self) -> None:
        """``N`` tokens of the form's card (its catalog card's id in the map, if it is one)."""
        card = self._form.card_input()
        entry = self._form.catalog_entry()
        n = self.panel.count.value()
        self.start([Job(i, card, entry.id if entry else None) for i in range(n)])

    def one_per_scenario(self, cards: list[CatalogCard]) -> None:
        self.start(make_jobs(cards))

    def start(self, jobs: list[Job]) -> None:
        service = self._service()
        if self.running or service is None or not jobs:
            return
        settings, profile = self._settings(), self._profile()
        self.runner = BatchRunner(
            service,
            profile,
            jobs,
            limits=Limits.of(settings, profile),
            test_key=settings.current_test_key,
            on_progress=self.panel.show_progress,
        )
        self.panel.set_running(True)
        self._follow.start()
        self._status.showMessage(_("Creating {count} tokens…").format(count=len(jobs)))
        self.task = self._tasks.start(self._run(self.runner), "batch")

    async def _run(self, runner: BatchRunner) -> None:
        try:
            self.result = await runner.run()
        finally:
            self._follow.stop()
            self.panel.set_running(False)
            self._model.reload()
            self._status.showMessage(summary_text(runner.result), 15_000)

    def cancel(self) -> None:
        """Stop at once; what was created is kept."""
        if self.runner is not None and self.running:
            self.runner.cancel()

    def menu_actions(
        self, card: CatalogCard, shown_cards: list[CatalogCard], pinned: list[CatalogCard]
    ) -> list[QAction]:
        """The picker's card menu: one token per scenario of the card's group, the pinned
        cards, the cards shown."""
        group = [c for c in shown_cards if c.scenario == card.scenario]
        choices = [
            (_("One token per scenario: {group} ({count})"), group, shown(card.scenario_label)),
            (_("One token per scenario: pinned cards ({count})"), pinned, ""),
            (_("One token per scenario: the cards shown ({count})"), shown_cards, ""),
        ]
        for old in self._menu_actions:  # the last menu's (the menu holds no reference)
            old.deleteLater()
        actions = []
        for text, cards, name in choices:
            if not cards:
                continue
            action = QAction(text.format(group=name, count=len(cards)), self.panel)
            action.setEnabled(self._service() is not None and not self.running)
            action.triggered.connect(lambda _on=False, c=cards: self.one_per_scenario(list(c)))
            actions.append(action)
        self._menu_actions = actions
        return actions


def _place(create_panel: QWidget, panel: BatchPanel) -> None:
    """The batch's row under the create panel's row of buttons (a row of its own: beside
    Create, its Thai words made the window wider than a 1280 px screen)."""
    column = create_panel.layout()
    assert isinstance(column, QVBoxLayout)  # noqa: S101
    for i in range(column.count()):
        item = column.itemAt(i)
        row = item.layout() if item is not None else None
        create = getattr(create_panel, "create_button", None)
        if isinstance(row, QHBoxLayout) and create is not None and row.indexOf(create) >= 0:
            column.insertWidget(i + 1, panel)
            break


def tab_order(window: Any, panel: BatchPanel) -> None:
    """After the JSON answer's fold (the create panel's last stop): the batch's controls,
    then the history's filter, as before."""
    after = window.findChild(QWidget, "fold_json")
    then = window.findChild(QWidget, "historyFilter")
    chain = [after, panel.create_button, panel.count, panel.cancel_button, then]
    if all(w is not None for w in chain):
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)


def attach(window: Any) -> BatchActions:
    """The batch panel under the window's create panel, its controller (``panel.actions``),
    and the picker's card menu extended with its actions (after the copy actions)."""
    panel = BatchPanel()
    _place(window.panel, panel)
    actions = BatchActions(
        panel=panel,
        service=lambda: getattr(window, "_service", None),
        profile=lambda: window.profile,
        settings=lambda: window.settings,
        form=window.form,
        history_model=window.history_model,
        status=window.statusBar(),
        tasks=window.tasks,
    )
    panel.controller = actions
    picker: CardPicker = window.picker
    before = picker.card_actions

    def card_actions(card: CatalogCard) -> list[QAction]:
        visible = picker.proxy.visible
        cards = [c for c in picker.catalog if visible is None or c.id in visible]
        pinned = [c for c in picker.ranking.pinned if visible is None or c.id in visible]
        return [*(before(card) if before else []), *actions.menu_actions(card, cards, pinned)]

    picker.card_actions = card_actions
    tab_order(window, panel)
    return actions
