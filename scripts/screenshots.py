"""Drive the real app on the X display xvfb-run gives, and save screenshots of its windows.

Run through scripts/screenshots (which starts Xvfb). Uses a throw-away data and config dir.
``scripts/screenshots th dark`` takes them in Thai (or en) and dark (or light), with the
language and scheme in each file name (``main-window-th-dark.png``).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    if not os.environ.get("DISPLAY"):
        print("run this through scripts/screenshots (it starts a virtual display)", file=sys.stderr)
        return 2
    tmp = tempfile.mkdtemp(prefix="omise-shots-")
    os.environ["OMISE_TOKEN_GUI_DATA_DIR"] = f"{tmp}/data"
    os.environ["OMISE_TOKEN_GUI_CONFIG_DIR"] = f"{tmp}/config"
    os.environ["QT_QPA_PLATFORM"] = "xcb"

    import qasync
    from PySide6.QtWidgets import QApplication, QWidget

    from omise_token_gui.services import Services
    from omise_token_gui.ui.session import create_once, make_window

    language, scheme = [*sys.argv[1:3], "", ""][:2]
    suffix = f"-{language}-{scheme}" if language else ""
    app = QApplication(sys.argv[:1])
    if language:
        from omise_token_gui.ui.i18n import apply_language
        from omise_token_gui.ui.theme import follow_scheme

        apply_language(language)
        follow_scheme(scheme or "light")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    services = Services.build(environ={})
    if scheme:
        services.settings.color_scheme = scheme  # what the window applies
    services.settings.pinned = ["visa-insufficient-fund", "mastercard-stolen-or-lost-card"]
    window = make_window(services)
    window.move(0, 0)
    window.resize(1400, 960)
    window.show()
    window.attach(services.start_network())
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(widget: QWidget, name: str) -> None:
        app.processEvents()
        screen = widget.screen()
        frame = widget.frameGeometry()
        image = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        name = name.replace(".png", f"{suffix}.png")
        image.save(str(OUT / name))
        print(f"saved docs/screenshots/{name} ({frame.width()}x{frame.height()})")

    async def created() -> None:
        await create_once(window)

    async def charged_by_a_backend(record: object) -> None:
        """The newest token charged as a shop's backend does (its secret key, on the
        Sandbox), then refreshed with the public key: a ◐ verdict (docs/verdicts.md)."""
        import httpx

        token_id = getattr(record, "token_id", None)
        sandbox = window.service.sandbox_url
        if token_id is None or sandbox is None:
            return
        async with httpx.AsyncClient() as http:
            await http.post(
                f"{sandbox}/charges",
                auth=("skey_test_backend", ""),
                data={"amount": "2000", "currency": "thb", "card": token_id},
            )
        await window.history_actions.refresh([token_id], quiet=True)

    async def details_shots() -> None:
        """The details pane (issue 16): a used token's answers and status over time, then
        the all-attempts view with a vault error selected."""
        from omise_token_gui.core import attempts

        panel = window.history_panel
        panel.details_button.setChecked(True)
        panel.table.selectRow(1)
        record = panel.selected_record()
        if record is not None:
            attempts.set_tag(window.history_store, record.token_id, "QA-123")
            attempts.set_note(window.history_store, record.token_id, "Declined as expected")
            window.history_model.reread()
        await asyncio.sleep(0.2)
        shot(window, "details-token.png")
        panel.evidence_bar.attempts_button.click()
        panel.table.selectRow(0)
        window.resize(1280, 720)  # the smallest screen the window is made for
        await asyncio.sleep(0.3)
        shot(window, "details-attempt.png")
        window.resize(1400, 960)
        panel.evidence_bar.tokens_button.click()
        panel.details_button.setChecked(False)

    async def export_shot() -> None:
        """The Export dialog (issue 16): every row, as a Markdown table for a ticket."""
        from PySide6.QtWidgets import QPushButton

        from omise_token_gui.ui.export_dialog import ExportDialog

        button = window.findChild(QPushButton, "exportButton")
        if button is None:
            return
        button.click()
        dialog = window.findChild(ExportDialog)
        if dialog is None:
            return
        dialog.move(150, 120)
        dialog.format.setCurrentIndex(max(0, dialog.format.findData("markdown")))
        await asyncio.sleep(0.8)  # the preview is made off the UI thread
        shot(dialog, "export-dialog.png")
        dialog.close()

    async def script() -> None:
        await asyncio.sleep(0.3)
        for number in (
            "4242 4242 4242 4242",
            "3530 1111 1118 0012",
            "5555 5511 1111 0011",
            "4111 1111 1114 0011",
        ):
            window.form.edits["number"].setText(number)
            await created()
        for row in (1, 2, 3):
            window.history_panel.table.selectRow(row)
            record = window.history_panel.selected_record()
            assert record is not None
            await window.history_actions.simulate(record)
        await charged_by_a_backend(window.history_model.record_at(0))
        window.picker.search.setText("insufficient")
        window.form.edits["number"].setText("4111 1111 1114 0011")
        await created()
        window.history_panel.table.selectRow(0)
        await asyncio.sleep(0.2)
        shot(window, "main-window.png")
        window.picker.search.clear()  # the catalog whole: Pinned, Frequent, then the groups
        await asyncio.sleep(0.2)
        shot(window, "catalog.png")

        window.form.edits["number"].setText("4242 4242 4242 4241")
        window.form.edits["expiration_month"].setText("13")
        window.panel.send_anyway.setChecked(True)
        await created()
        await asyncio.sleep(0.2)
        shot(window, "invalid-card.png")
        window.form.edits["number"].setText("4242 4242 4242 4242")
        window.form.edits["expiration_month"].setText("10")
        window.panel.send_anyway.setChecked(False)
        await details_shots()
        await export_shot()

        window.open_settings()
        dialog = window.settings_dialog
        assert dialog is not None
        dialog.move(200, 150)
        dialog.add_button.click()
        dialog.name_edit.setText("Production?")
        dialog.reveal.setChecked(True)
        dialog.key_edit.setText("pkey_live_5xs8breq3htbkj03d2x")
        await asyncio.sleep(0.3)
        shot(dialog, "settings-live-key-refused.png")
        dialog.close()

        window.open_about()
        about = window.about_dialog
        assert about is not None
        about.move(300, 200)
        await asyncio.sleep(0.3)
        shot(about, "about.png")
        about.close()
        window.close()

    async def run() -> None:
        closed = loop.create_future()
        window.closed.connect(lambda: closed.done() or closed.set_result(None))
        try:
            await script()
        finally:
            if not closed.done():
                window.close()
            await window.tasks.cancel_all()
            await services.aclose()

    with loop:
        loop.run_until_complete(run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
