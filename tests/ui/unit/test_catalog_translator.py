"""Without the compiled .qm (a checkout that has not run scripts/setup, a package built
without them), the window still speaks Thai and English plurals, from the .ts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from omise_token_gui.core import i18n
from omise_token_gui.ui import i18n as ui_i18n


@pytest.fixture
def no_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for ts in i18n.catalog_dir().glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    monkeypatch.setattr(i18n, "catalog_dir", lambda: tmp_path)
    return tmp_path


def test_a_missing_qm_falls_back_to_the_ts(qapp: QApplication, no_qm: Path) -> None:
    assert not list(no_qm.glob("*.qm"))
    ui_i18n.apply_language(i18n.THAI)
    try:
        assert QCoreApplication.translate("CreatePanel", "&Create token") == "สร้างโทเค็น (&C)"
        assert QCoreApplication.translate("CreatePanel", "not a marked text") == (
            "not a marked text"  # Qt's source, not a blank
        )
    finally:
        ui_i18n.apply_language(i18n.ENGLISH)
    assert QCoreApplication.translate("CardForm", "%n problem(s)", None, 1) == "1 problem"
    assert QCoreApplication.translate("CardForm", "%n problem(s)", None, 3) == "3 problems"


def test_thai_without_a_thai_font_starts_in_english(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from omise_token_gui import app

    monkeypatch.setattr(ui_i18n, "thai_font_available", lambda: False)
    assert app.readable_language(i18n.THAI) == i18n.ENGLISH
    assert "fonts-thai-tlwg" in capsys.readouterr().err
    assert app.readable_language(i18n.ENGLISH) == i18n.ENGLISH
    monkeypatch.setattr(ui_i18n, "thai_font_available", lambda: True)
    assert app.readable_language(i18n.THAI) == i18n.THAI
