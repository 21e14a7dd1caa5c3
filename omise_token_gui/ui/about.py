"""About: the version, and Omise's Token API warning in English and Thai. The English is
the documentation page's warning, reworded for this app (the page said "the endpoints
described on this page"; in an About box there is no page). The Thai is Omise's own, from its
Thai Token API page: it is shown as it is, never passed through our translations."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from omise_token_gui import PRODUCT_NAME, __version__
from omise_token_gui.core.catalog import load_catalog
from omise_token_gui.core.i18n import THAI
from omise_token_gui.ui.i18n import current_language, on_language_change, translator
from omise_token_gui.ui.plain import plain_label, rich_label

_ = translator("AboutDialog")

WARNING_EN = (
    "Full credit card data should never go through your server. The Token API that this app "
    "calls should only be used with test data. In production, tokens should be created "
    "and sent directly to our servers from the client using Omise.js, or, if on mobile, the "
    "iOS or Android SDKs. Sending card data from server requires a valid PCI-DSS certification "
    "in order to be compliant."
)
WARNING_TH = (
    "ในการใช้งานจริงโทเค็นจะถูกสร้างขึ้นโดย Omise.js ส่วน Token API ใช้สำหรับการทดสอบระบบภายในเท่านั้น\n"
    "ตัวอย่างนี้สำหรับใช้กับข้อมูลบัตรสำหรับทดสอบเท่านั้น\n"
    "ข้อมูลบัตรจริงจะต้องถูกเข้ารหัสจากอุปกรณ์ของผู้ถือบัตรโดยใช้ Omise.js iOS SDK หรือAndroid SDK\n"
    "ในการรับส่งหรือจัดเก็บข้อมูลบัตรผ่านเซิร์ฟเวอร์ของร้านค้า ทางร้านค้าจะต้องผ่านการรับรอง PCI-DSS"
)


class AboutDialog(QDialog):
    """In English: the English warning, then Omise's Thai one (as before the app spoke Thai).
    In Thai: Omise's own Thai warning takes the English one's place (it is Omise's Thai for
    the same warning, not our translation), shown once."""

    def __init__(
        self, parent: QWidget | None = None, catalog_version: Callable[[], str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        # The catalog in use (``Catalog.version_text``: "+ your file (N cards)" with one).
        self._catalog_version = catalog_version or (lambda: load_catalog().version_text)
        self.title = rich_label("")
        self.title.setObjectName("aboutTitle")
        self.title.setWordWrap(True)
        self.warning = rich_label("")
        self.warning.setObjectName("aboutWarning")
        self.warning.setWordWrap(True)
        self.thai = plain_label(WARNING_TH)
        self.thai.setObjectName("thaiWarning")
        self.thai.setWordWrap(True)
        self.thai.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self._close = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.warning, self.thai):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(560, 420)
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setWindowTitle(_("About {product}").format(product=PRODUCT_NAME))
        version = _("Version {version}").format(version=__version__)
        cards = _("Test-card catalog {version}").format(version=self._catalog_version())
        about = _(
            "Creates Omise test card tokens for manual checkout testing. Only public test "
            "keys (pkey_test_…) are accepted; full card numbers and security codes are never "
            "written anywhere."
        )
        self.title.setText(
            f"<h2>{PRODUCT_NAME}</h2><p>{escape(version)}<br>{escape(cards)}</p><p>{escape(about)}</p>"
        )
        thai = current_language() == THAI
        heading = escape(_("Warning (Omise Token API)"))
        body = escape(WARNING_TH).replace("\n", "<br>") if thai else escape(WARNING_EN)
        self.warning.setText(f"<p><b>{heading}</b></p><p>{body}</p>")
        self.thai.setVisible(not thai)  # in Thai, the warning above is this text already
        if self._close is not None:
            self._close.setAccessibleName(_("Close"))
            self._close.setToolTip(_("Close this window"))
