"""Thai text is drawn, or the Settings pane says how to get a font that draws it.

Each case runs in its own process (offscreen) with ``FONTCONFIG_FILE`` naming the only font
folders it may see: DejaVu alone (no Thai glyphs), or DejaVu and fonts-thai-tlwg. Without a
Thai font ``thai_font_available()`` is False and the pane's note (in Thai and English) says
``sudo apt-get install fonts-thai-tlwg``; with one it is True, the note is hidden, and the
glyphs of a Thai label are real glyphs of a font that has them (not the empty box).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
TLWG = Path("/usr/share/fonts/truetype/tlwg")

PROBE = r"""
import json, sys
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

app = QApplication([])
from omise_token_gui.core import i18n
from omise_token_gui.ui.i18n import apply_language, thai_font_available
from omise_token_gui.ui.settings_view import SettingsView

apply_language(i18n.THAI)
view = SettingsView()
label = view.save_button.text()
layout = QTextLayout(label, QFont())
layout.beginLayout()
layout.createLine().setLineWidth(10_000)
layout.endLayout()
runs = [
    {
        "family": run.rawFont().familyName(),
        "glyphs": list(run.glyphIndexes()),
        "has": all(run.rawFont().supportsCharacter(ord(c)) for c in label),
    }
    for run in layout.glyphRuns()
]
json.dump({
    "available": thai_font_available(),
    "label": label,
    "note_shown": not view.font_note.isHidden(),
    "note": view.font_note.text(),
    "runs": runs,
}, sys.stdout)
"""


def fontconfig_file(tmp_path: Path, *folders: Path) -> Path:
    dirs = "".join(f"<dir>{folder}</dir>" for folder in folders)
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig>{dirs}"
        '<include ignore_missing="yes">/etc/fonts/conf.d</include>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def probe(conf: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FONTCONFIG_FILE": str(conf)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.skipif(not DEJAVU.is_dir(), reason="fonts-dejavu-core is not installed")
def test_without_a_thai_font_the_pane_says_how_to_install_one(tmp_path: Path) -> None:
    found = probe(fontconfig_file(tmp_path, DEJAVU))
    assert found["available"] is False
    assert found["note_shown"] is True
    note = str(found["note"])
    assert "sudo apt-get install fonts-thai-tlwg" in note
    assert "ติดตั้งฟอนต์ภาษาไทย" in note  # in Thai …
    assert "No installed font draws Thai" in note  # … and in English, readable without one
    runs = found["runs"]
    assert isinstance(runs, list)
    assert all(not run["has"] for run in runs)  # what the note is about: no glyphs
    assert all(set(run["glyphs"]) == {0} for run in runs)


@pytest.mark.skipif(not TLWG.is_dir(), reason="fonts-thai-tlwg is not installed (scripts/setup)")
def test_with_fonts_thai_tlwg_thai_labels_are_drawn(tmp_path: Path) -> None:
    found = probe(fontconfig_file(tmp_path, DEJAVU, TLWG))
    assert found["available"] is True
    assert found["note_shown"] is False
    assert found["note"] == ""
    assert found["label"] == "บันทึกโปรไฟล์"
    runs = found["runs"]
    assert isinstance(runs, list)
    assert runs
    for run in runs:
        assert run["has"], run  # the font the text falls back to has every character
        assert 0 not in run["glyphs"], run  # and no glyph is the empty box
