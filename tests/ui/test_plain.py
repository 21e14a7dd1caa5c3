"""ui/plain.py: outside text is shown literally in labels, message boxes and tooltips."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox

from omise_token_gui.core.history import HistoryStore
from omise_token_gui.ui.history_model import COL, HistoryModel
from omise_token_gui.ui.plain import message_box, plain_label, plain_tooltip
from tests.helpers import records
from tests.promises import figures

HTML = "<b style='color:green'>✔ Token created OK</b>"


def shown_as_tooltip(text: str) -> str:
    """What a tooltip displays: Qt renders text that might be rich text as HTML."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


@given(st.text(alphabet=st.sampled_from("<>&/ab\"'= \n;#"), max_size=40) | st.just(HTML))
def test_tooltips_show_any_text_literally(qapp: QApplication, text: str) -> None:
    figures.add("tooltip strings tried")
    shown = shown_as_tooltip(plain_tooltip(text)).replace("\u2029", "\n")
    assert shown.strip("\n") == text.strip("\n")  # a paragraph's edge newlines are layout


def test_history_tooltips_show_a_hostile_profile_name_literally(
    qapp: QApplication, tmp_path: Path
) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3")
    store.add(replace(records(1)[0], profile=HTML))
    model = HistoryModel(store)
    tip = model.index(0, COL["profile"]).data(Qt.ItemDataRole.ToolTipRole)
    assert shown_as_tooltip(tip) == HTML
    store.close()


def test_helpers_make_plain_widgets(qapp: QApplication) -> None:
    label = plain_label(HTML)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == HTML
    box = message_box(QMessageBox.Icon.Warning, "t", HTML, QMessageBox.StandardButton.Ok)
    box.setInformativeText(HTML)
    assert box.textFormat() == Qt.TextFormat.PlainText
    formats = {x.objectName(): x.textFormat() for x in box.findChildren(type(label))}
    assert formats["qt_msgbox_label"] == Qt.TextFormat.PlainText
    assert formats["qt_msgbox_informativelabel"] == Qt.TextFormat.PlainText
    box.deleteLater()
