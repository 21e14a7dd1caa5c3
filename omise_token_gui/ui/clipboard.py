"""The one seam to the system clipboard, so tests can read what was copied.

What the app may put there (the policy): token ids, a token's JSON (scrubbed, as shown),
a curl command (the create's names a catalog card's public number, else ``$CARD_NUMBER``:
``core.create_curl``), an export (``ui.export_dialog``: never a card number), and a
**catalog** card's number, expiry and security code (public test numbers, listed by Omise,
or written by the tester in their own catalog file). A number typed
into the form is never copied, and the history never offers one (it never stored it): a
card number goes to the clipboard only from a ``CatalogCard``, through
``copy_test_card_number`` (``ui.card_copy`` and the history's "Copy test card number").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from omise_token_gui.core.catalog import CatalogCard


class TextClipboard(Protocol):
    """What the controllers copy to (``Clipboard``, or a fake in tests)."""

    def set_text(self, text: str) -> None: ...


class Clipboard:
    def set_text(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def text(self) -> str:
        return QGuiApplication.clipboard().text()


def copy_test_card_number(clipboard: TextClipboard, card: CatalogCard) -> str:
    """Copy a catalog card's number (digits only, as a checkout's field takes it); returns
    what was copied. The one way a card number reaches the clipboard."""
    clipboard.set_text(card.number)
    return card.number
