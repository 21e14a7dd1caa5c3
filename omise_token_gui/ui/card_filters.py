"""The picker's filters, two compact combo boxes beside the search: brand, and outcome
(successful, declined, 3-D Secure only); and the "No cards match" line with its Clear button.
The rules are ``core.catalog_search``'s (``OUTCOMES``, ``brands``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from omise_token_gui.core.catalog_search import DECLINED, SUCCESSFUL, THREE_DS
from omise_token_gui.ui.i18n import on_language_change, translator
from omise_token_gui.ui.plain import plain_label

_ = translator("CardFilters")


COMPACT_WIDTH = 56  # a box's least width, in logical pixels: the picker fits 960 px at 200 %


class CardFilters(QWidget):
    """Brand and outcome filters; ``changed`` on every choice."""

    changed = Signal()

    def __init__(self, brands: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.brand_box = QComboBox()
        self.brand_box.setObjectName("cardBrandFilter")
        self.brand_box.addItem("", None)
        for brand in brands:
            self.brand_box.addItem(brand, brand)  # brand names are the brands' own
        self.outcome_box = QComboBox()
        self.outcome_box.setObjectName("cardOutcomeFilter")
        for outcome in (None, SUCCESSFUL, DECLINED, THREE_DS):
            self.outcome_box.addItem("", outcome)
        for box in (self.brand_box, self.outcome_box):
            # Compact beside the search: about ten characters wide; the open list is wider.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(10)
            box.setMinimumWidth(COMPACT_WIDTH)  # may shrink (elided) on a narrow screen at 200 %
            box.view().setMinimumWidth(box.view().sizeHintForColumn(0) + 24)
            box.currentIndexChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.brand_box)
        layout.addWidget(self.outcome_box)
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.brand_box.setItemText(0, _("All brands"))
        texts = (_("All outcomes"), _("Successful"), _("Declined"), _("3-D Secure only"))
        for index, text in enumerate(texts):
            self.outcome_box.setItemText(index, text)
        self.brand_box.setAccessibleName(_("Brand filter"))
        self.brand_box.setToolTip(_("Show only the test cards of one brand"))
        self.outcome_box.setAccessibleName(_("Outcome filter"))
        self.outcome_box.setToolTip(
            _(
                "Show only the cards whose charge should succeed, those that should be "
                "declined (3-D Secure ones included), or the 3-D Secure ones"
            )
        )

    def brand(self) -> str | None:
        value = self.brand_box.currentData()
        return value if isinstance(value, str) else None

    def outcome(self) -> str | None:
        value = self.outcome_box.currentData()
        return value if isinstance(value, str) else None

    def active(self) -> bool:
        return self.brand() is not None or self.outcome() is not None

    def clear(self) -> None:
        self.brand_box.setCurrentIndex(0)
        self.outcome_box.setCurrentIndex(0)


class NoMatch(QWidget):
    """ "No cards match …" and a button that clears the search and the filters; hidden while
    a card matches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label()
        self.label.setObjectName("cardNoMatch")
        self.label.setWordWrap(True)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("cardClearSearch")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self._text = ""
        self._filtered = False
        self._shown = False
        self.hide()
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.clear_button.setText(_("C&lear search and filters"))
        self.clear_button.setToolTip(_("Empty the search and show every brand and outcome"))
        self.show_for(self._text, self._filtered, visible=self._shown)

    def show_for(self, text: str, filtered: bool, *, visible: bool = True) -> None:
        """Say that nothing matches ``text`` (and the filters, when ``filtered``)."""
        self._text, self._filtered = text, filtered
        text = text.strip()
        if text and filtered:
            line = _("No cards match “{text}” with these filters.").format(text=text)
        elif text:
            line = _("No cards match “{text}”.").format(text=text)
        else:
            line = _("No cards match these filters.")
        self.label.setText(line)
        self._shown = visible
        self.setVisible(visible)
