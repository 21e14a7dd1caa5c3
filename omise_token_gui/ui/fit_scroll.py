"""The window's scroll area: it scrolls only when the window is smaller than what its content
needs at the least, never because a wrapped text would like more room.

Qt's own resizable scroll area sizes a content whose layout has a height-for-width (any
word-wrapped label) to that height, which is the layout's *preferred* height for the width:
a Thai window on a 1280x720 screen scrolled although every part fitted at its least height
(Thai lines are taller; docs/window.md). This one gives the content the viewport's size,
never less than the content's minimum size; the layout then shares what there is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QStyle, QWidget


class FitScrollArea(QScrollArea):
    """A scroll area whose one widget fills the viewport, down to the widget's least size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(False)  # sized here, from its minimum, not its height-for-width

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()  # its least size may have changed (a fold opened, another language)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """The content at the viewport's size, or its least size where that is larger (the
        scroll bars then appear, and take their room from the viewport)."""
        content = self.widget()
        if content is None:
            return
        least = content.minimumSizeHint().expandedTo(content.minimumSize())
        room = self.maximumViewportSize()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width, height = room.width(), room.height()
        if least.height() > height:
            width -= bar  # a vertical bar will show
        if least.width() > width:
            height -= bar
            if least.height() > height and least.height() <= room.height():
                width -= bar  # the horizontal bar made the vertical one needed too
        size = content.size()
        wanted = (max(width, least.width()), max(height, least.height()))
        if (size.width(), size.height()) != wanted:
            content.resize(*wanted)
