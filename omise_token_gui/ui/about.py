"""About: the version, and Omise's Token API warning in English and Thai. The English is
the documentation page's warning, reworded for this app (the page said "the endpoints
described on this page"; in an About box there is no page)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from omise_token_gui import PRODUCT_NAME, __version__
from omise_token_gui.ui.accessibility import name_buttons
from omise_token_gui.ui.plain import plain_label, rich_label

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
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(f"About {PRODUCT_NAME}")
        title = rich_label(
            f"<h2>{PRODUCT_NAME}</h2><p>Version {__version__}</p>"
            "<p>Creates Omise <b>test</b> card tokens for manual checkout testing. "
            "Only public test keys (pkey_test_…) are accepted; full card numbers "
            "and security codes are never written anywhere.</p>"
        )
        title.setObjectName("aboutTitle")
        title.setWordWrap(True)
        warning = rich_label(f"<p><b>Warning (Omise Token API)</b></p><p>{WARNING_EN}</p>")
        warning.setObjectName("aboutWarning")
        warning.setWordWrap(True)
        thai = plain_label(WARNING_TH)
        thai.setObjectName("thaiWarning")
        thai.setWordWrap(True)
        thai.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        for widget in (title, warning, thai):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        name_buttons(self)
        self.resize(560, 420)
