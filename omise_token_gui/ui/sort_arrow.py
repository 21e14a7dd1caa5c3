"""The history header's sort arrow, pointing the way the platforms agree on: ▼ when the
largest (newest) comes first, ▲ when the smallest does. Fusion draws Qt's indicator the other
way round (newest first showed ▲), so the header's arrow is drawn from the sort order itself,
with the style's own arrow primitives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOption, QWidget

DESCENDING_ARROW = QStyle.PrimitiveElement.PE_IndicatorArrowDown  # ▼
ASCENDING_ARROW = QStyle.PrimitiveElement.PE_IndicatorArrowUp  # ▲


def arrow_for(order: Qt.SortOrder) -> QStyle.PrimitiveElement:
    return DESCENDING_ARROW if order == Qt.SortOrder.DescendingOrder else ASCENDING_ARROW


class SortArrowStyle(QProxyStyle):
    """The application's style, but a header's sort arrow follows its sort order."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            widget, QHeaderView
        ):
            element = arrow_for(widget.sortIndicatorOrder())
        super().drawPrimitive(element, option, painter, widget)
