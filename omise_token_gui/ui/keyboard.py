"""The keyboard flow of the main window, set up once the parts are built: the test-card search
shortcut, Esc cancelling a create, a focus ring that follows the keyboard focus, Help →
Keyboard shortcuts, and every control's accessible name and tooltip (``accessibility``).

The keys are ``shortcuts.SHORTCUTS``; the widgets keep their own behaviour (the picker's Down
and Enter, the history table's row menu), this module only wires the window-wide part."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from shiboken6 import Shiboken

from omise_token_gui.ui import accessibility, shortcuts
from omise_token_gui.ui.card_form import CardForm
from omise_token_gui.ui.card_picker import CardPicker
from omise_token_gui.ui.create_panel import CreatePanel
from omise_token_gui.ui.history_view import HistoryPanel

if TYPE_CHECKING:
    from omise_token_gui.ui.shortcuts_help import ShortcutsDialog

RING_WIDTH = 2


class RingFrame(QWidget):
    """A 2-pixel frame in the scheme's text colour, drawn inside its parent (the focused
    control) on top of its contents; mouse clicks go through it. The text colour, because the
    palette guarantees its contrast against every background (the highlight colour of the
    dark scheme is under 3:1 against a field)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Text), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = RING_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))
        painter.end()


class FocusRing(QObject):
    """One ring around whichever control of ``window`` has the keyboard focus, inside the
    control's own rectangle (a ring outside it would be cut off where a control touches the
    edge of its panel). The style's own focus marks are faint, and lost on a selected row."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.frame = RingFrame()
        self._around: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        if not Shiboken.isValid(self) or not Shiboken.isValid(self._window):
            return  # the window is being deleted
        if not Shiboken.isValid(self.frame):  # deleted with the control it was around
            self.frame = RingFrame()
        if self._around is not None and Shiboken.isValid(self._around):
            self._around.removeEventFilter(self)
        if now is None or now.window() is not self._window:
            self._around = None
            self.frame.hide()
            return
        self._around = now
        self.frame.setParent(now)
        self.frame.setGeometry(now.rect())
        self.frame.raise_()
        self.frame.show()
        now.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._around and event.type() == QEvent.Type.Resize:
            self.frame.setGeometry(self._around.rect())
        return False

    @property
    def around(self) -> QWidget | None:
        return self._around if self.frame.isVisible() else None


class Keyboard(QObject):
    """Installs the window-wide keyboard parts on ``window``; ``cancel`` stops a create."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        picker: CardPicker,
        form: CardForm,
        panel: CreatePanel,
        history: HistoryPanel,
        cancel: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._picker = picker
        self.dialog: ShortcutsDialog | None = None
        # Esc belongs to the Cancel button: a shortcut of a disabled widget does not fire, so
        # Esc cancels only while a create is in flight, and is left to others otherwise.
        self.cancel_shortcut = QShortcut(shortcuts.keys_of("cancel_create")[0], panel.cancel_button)
        self.cancel_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.cancel_shortcut.activated.connect(cancel)
        self.ring = FocusRing(window)
        accessibility.describe(picker=picker, form=form, panel=panel, history=history)

    def find_card(self) -> None:
        """Ctrl+K: into the test-card search, its text selected (typing replaces it)."""
        self._picker.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._picker.search.selectAll()

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.dialog is None:
            from omise_token_gui.ui.shortcuts_help import ShortcutsDialog  # on first opening

            self.dialog = ShortcutsDialog(self._window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
