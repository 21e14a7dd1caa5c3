"""Taking a catalog card elsewhere (a hosted checkout form that takes the card directly):
Copy number / Copy expiry / Copy security code / Copy all, and View documentation (the Omise
page the card came from). The expiry and code are those the card form would fill for that
card (``core.card_defaults.scenario_card``: ``sample_security_code`` of its brand).

``CardCopier`` is the picker's hook (``CardPicker.card_actions = copier.actions_for``; the keys:
``bind_keys``; the button: ``button``) and the history's (``history_actions_for``: "Copy test
card number" on a row whose card is a catalog card, nothing on any other row). Everything
copied goes through ``ui.clipboard`` (its policy: catalog numbers only).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QPushButton, QTreeView, QWidget

from omise_token_gui.core.card_defaults import scenario_card
from omise_token_gui.core.cards import vault_today
from omise_token_gui.core.catalog import Catalog, CatalogCard
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP
from omise_token_gui.core.recent import catalog_card_of
from omise_token_gui.ui import shortcuts
from omise_token_gui.ui.card_tree import BRAND, NUMBER
from omise_token_gui.ui.clipboard import TextClipboard, copy_test_card_number
from omise_token_gui.ui.i18n import on_language_change, translator

_ = translator("CardCopy")

# (shortcut name in ui.shortcuts, the action's text), in menu order.
ACTIONS: tuple[tuple[str, str], ...] = (
    ("copy_card_number", QT_TRANSLATE_NOOP("CardCopy", "Copy &number")),
    ("copy_card_expiry", QT_TRANSLATE_NOOP("CardCopy", "Copy &expiry")),
    ("copy_card_code", QT_TRANSLATE_NOOP("CardCopy", "Copy security &code")),
    ("copy_card_all", QT_TRANSLATE_NOOP("CardCopy", "Copy &all")),
    ("card_docs", QT_TRANSLATE_NOOP("CardCopy", "View &documentation")),
)


class StatusLine(Protocol):
    def showMessage(self, text: str, timeout: int = 0, /) -> None: ...


@dataclass(frozen=True)
class CardTexts:
    """What is copied of a catalog card."""

    number: str  # digits only: every checkout field takes it
    expiry: str  # MM/YY, as hosted checkout forms ask
    security_code: str

    @property
    def all(self) -> str:
        """Number, expiry and security code, one per line."""
        return f"{self.number}\n{self.expiry}\n{self.security_code}"


def card_texts(card: CatalogCard, today: date | None = None) -> CardTexts:
    """The number, and the expiry and code the card form would fill for ``card``."""
    form = scenario_card(card, today)
    month = int(form.expiration_month)
    return CardTexts(card.number, f"{month:02d}/{form.expiration_year[-2:]}", form.security_code)


class CardCopier(QObject):
    def __init__(
        self,
        clipboard: TextClipboard,
        status: StatusLine | None = None,
        today: Callable[[], date] = vault_today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard, self._status, self._today = clipboard, status, today
        self._menu_actions: list[QAction] = []

    def _say(self, text: str) -> None:
        if self._status is not None:
            self._status.showMessage(text, 5000)

    # ---------------------------------------------------------------- one per action
    def copy_number(self, card: CatalogCard) -> None:
        copy_test_card_number(self._clipboard, card)
        self._say(_("Copied the test card number {number}.").format(number=card.display_number))

    def copy_expiry(self, card: CatalogCard) -> None:
        expiry = card_texts(card, self._today()).expiry
        self._clipboard.set_text(expiry)
        self._say(_("Copied the expiry {expiry}.").format(expiry=expiry))

    def copy_security_code(self, card: CatalogCard) -> None:
        code = card_texts(card, self._today()).security_code
        self._clipboard.set_text(code)
        self._say(_("Copied the security code {code}.").format(code=code))

    def copy_all(self, card: CatalogCard) -> None:
        texts = card_texts(card, self._today())
        self._clipboard.set_text(texts.all)
        self._say(
            _("Copied {number}, {expiry} and {code} (one per line).").format(
                number=card.display_number, expiry=texts.expiry, code=texts.security_code
            )
        )

    def view_documentation(self, card: CatalogCard) -> bool:
        """Open the Omise page the card came from; False (and says so) when there is none."""
        if card.docs_url is None:
            self._say(_("No Omise page documents this card."))
            return False
        opened = QDesktopServices.openUrl(QUrl(card.docs_url))
        self._say(
            (_("Opened {url}.") if opened else _("Could not open {url}.")).format(url=card.docs_url)
        )
        return bool(opened)

    def run(self, name: str, card: CatalogCard) -> None:
        """The action ``name`` (an ``ACTIONS`` name) on ``card``."""
        {
            "copy_card_number": self.copy_number,
            "copy_card_expiry": self.copy_expiry,
            "copy_card_code": self.copy_security_code,
            "copy_card_all": self.copy_all,
            "card_docs": self.view_documentation,
        }[name](card)

    # ---------------------------------------------------------------- hooks
    def actions_for(self, card: CatalogCard) -> list[QAction]:
        """The actions for ``card``'s menu, with their keys shown (the keys themselves are
        ``bind_keys``'). Made anew for each menu; the previous menu's are let go."""
        for action in self._menu_actions:
            action.deleteLater()
        self._menu_actions = [self._action(name, card) for name, _text in ACTIONS]
        return list(self._menu_actions)

    def _action(self, name: str, card: CatalogCard) -> QAction:
        action = QAction(QCoreApplication.translate("CardCopy", dict(ACTIONS)[name]), self)
        action.setObjectName(f"action_{name}")
        action.setShortcuts(shortcuts.keys_of(name))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown, not bound
        action.triggered.connect(lambda _=False: self.run(name, card))
        if name == "card_docs":
            action.setEnabled(card.docs_url is not None)
            action.setToolTip(card.docs_url or _("No Omise page documents this card."))
        return action

    def bind_keys(
        self, view: QWidget, current: Callable[[], CatalogCard | None]
    ) -> dict[str, QAction]:
        """The actions' keys on ``view`` (the picker's list), on the card ``current`` gives:
        Ctrl+C there copies the number, not the cell's text."""
        bound: dict[str, QAction] = {}
        for name, _text in ACTIONS:
            action = shortcuts.bind(QAction(view), name)
            action.setObjectName(f"key_{name}")
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, n=name: self._on_current(n, current))
            view.addAction(action)
            bound[name] = action
        return bound

    def _on_current(self, name: str, current: Callable[[], CatalogCard | None]) -> None:
        card = current()
        if card is not None:
            self.run(name, card)

    def button(self, current: Callable[[], CatalogCard | None]) -> QPushButton:
        """A compact "Copy" button whose menu holds the actions for the card ``current``
        gives (the highlighted one); an empty menu while no card is highlighted."""
        button = QPushButton()  # with a menu: its arrow has room beside the text (Fusion)
        button.setObjectName("cardCopyButton")
        menu = QMenu(button)
        button.setMenu(menu)

        def fill() -> None:
            menu.clear()
            card = current()
            for action in self.actions_for(card) if card is not None else []:
                menu.addAction(action)

        menu.aboutToShow.connect(fill)

        def retranslate() -> None:
            button.setText(_("Copy"))  # may shrink to its text and arrow on a narrow screen
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 36)
            button.setAccessibleName(_("Copy the highlighted test card"))
            button.setToolTip(
                _("Copy the highlighted card's number, expiry or security code, or open its page")
            )

        on_language_change(button, retranslate)
        return button

    def history_actions_for(self, card: CatalogCard | None) -> list[QAction]:
        """A history row's extra action: "Copy test card number" when the row's card is a
        catalog card (``core.recent.catalog_card_of``); none for any other row."""
        if card is None:
            return []
        action = QAction(_("Copy test card &number"), self)
        action.setObjectName("action_copy_test_card_number")
        action.triggered.connect(lambda _=False: self.copy_number(card))
        for old in self._menu_actions:
            old.deleteLater()
        self._menu_actions = [action]
        return [action]


class CopyingWindow(Protocol):
    """What of the window ``attach`` needs (``MainWindow`` is one)."""

    @property
    def picker(self) -> Any: ...  # ui.card_picker.CardPicker
    @property
    def history_panel(self) -> Any: ...  # ui.history_view.HistoryPanel
    @property
    def clipboard(self) -> TextClipboard: ...
    @property
    def catalog(self) -> Catalog: ...
    def statusBar(self) -> Any: ...


def attach(window: CopyingWindow) -> CardCopier:
    """The copy actions on the picker (menu, Copy button, keys on the list), the brand marks
    on its rows, and "Copy test card number" on the history's catalog rows."""
    from omise_token_gui.ui.brand_mark import BrandMarks, decorate

    picker = window.picker
    copier = CardCopier(window.clipboard, window.statusBar(), parent=picker)
    picker.card_actions = copier.actions_for
    picker.decorate_row = decorate  # the rows made from now on
    BrandMarks.watch(picker.tree).redraw()  # the rows there now (the highlight stays)
    fit_marks_and_numbers(picker.tree)
    copier.bind_keys(picker.tree, picker.highlighted)
    button = copier.button(picker.highlighted)
    picker.add_tool(button)
    QWidget.setTabOrder(picker.filters.outcome_box, button)  # then the list, as before
    window.history_panel.record_actions = lambda record: copier.history_actions_for(
        catalog_card_of(window.catalog, record)
    )
    return copier


def fit_marks_and_numbers(tree: QTreeView) -> None:
    """The marks at their size, and the Card and Number columns as wide as their widest
    cell: a number is never cut short (an elided 19-digit number would read as another)."""
    from omise_token_gui.ui.brand_mark import HEIGHT, WIDTH

    tree.setIconSize(QSize(WIDTH, HEIGHT))
    for column in (BRAND, NUMBER):
        tree.setColumnWidth(column, max(tree.columnWidth(column), tree.sizeHintForColumn(column)))
