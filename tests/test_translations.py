"""The translations, checked on the source: every marked string translated into Thai, the .ts
files in step with the code, the compiled .qm never stale, no ``self.tr()``, and no text
handed to a widget (or printed by the command line) without going through translation."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "omise_token_gui"
sys.path.insert(0, str(ROOT / "scripts"))
import i18n as tool  # noqa: E402  (scripts/i18n.py)

# Qt calls whose text arguments a tester sees (positional strings are checked).
WIDGET_TEXT = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setWhatsThis", "setTitle", "addItem",
    "setSuffix", "setPrefix", "setSpecialValueText", "showMessage", "setTabText", "addTab",
    "setLabelText", "setInformativeText", "setDetailedText", "QPushButton", "QCheckBox",
    "QRadioButton", "QLabel", "QGroupBox", "QAction", "QMenu", "QToolButton", "addAction",
    "addMenu", "plain_label", "rich_label", "Fold", "set_title", "inform", "QListWidgetItem",
    "QTableWidgetItem", "setHeaderLabels", "information", "warning", "question", "critical",
    "flash", "show_message", "set_note", "setToolTipText",
}  # fmt: skip
# Keywords whose literal text a tester reads (errors, argparse help, notices).
TEXT_KEYWORDS = {"human", "help", "description", "epilog", "text", "title", "tip"}
# The command line's and the core's output calls.
OUTPUT_CALLS = {"print", "write", "error", "exit", "append", "SystemExit"}
UI_FILES = sorted((PKG / "ui").rglob("*.py"))
TEXT_FILES = sorted([*(PKG / "cli").rglob("*.py"), *(PKG / "core").rglob("*.py"),
                     PKG / "app.py", PKG / "services.py", PKG / "options.py"])  # fmt: skip
NOT_TEXT = {"core/i18n.py", "ui/i18n.py", "core/local_format.py"}


def _wordy(node: ast.expr) -> bool:
    """A literal or f-string a person reads: words with a space between them, or a word
    with a capital or a mnemonic ("Copy", "&Close"); not an identifier ("json", "#ffffff")."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        words = [w for w in _words(text) if len(w) > 1]
        return bool(words) and (" " in text.strip() or "&" in text or text.lstrip()[:1].isupper())
    if isinstance(node, ast.JoinedStr):
        return any(_wordy(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _wordy(node.left) or _wordy(node.right)
    return False


def _words(text: str) -> list[str]:
    import re

    return re.findall(r"[A-Za-z]+", text)


def _name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    return call.func.attr if isinstance(call.func, ast.Attribute) else ""


def _logged(call: ast.Call) -> bool:
    """``log.warning(...)``: a line of the log (for whoever reads the log: English), not a
    message box's ``warning``."""
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in ("log", "logger", "logging")
    )


def untranslated(path: Path, calls: set[str], keywords: set[str]) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _logged(node):
            continue
        name = _name(node)
        args = node.args if name in calls else []
        kws = [k.value for k in node.keywords if k.arg in keywords]
        for arg in (*args, *kws):
            if _wordy(arg):
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(arg)[:70]}")
    return found


def _rel(path: Path) -> str:
    return path.relative_to(PKG).as_posix()


@pytest.mark.parametrize("path", [p for p in UI_FILES if _rel(p) not in NOT_TEXT], ids=_rel)
def test_widget_texts_go_through_translation(path: Path) -> None:
    assert untranslated(path, WIDGET_TEXT, TEXT_KEYWORDS) == []


@pytest.mark.parametrize("path", [p for p in TEXT_FILES if _rel(p) not in NOT_TEXT], ids=_rel)
def test_messages_go_through_translation(path: Path) -> None:
    assert untranslated(path, OUTPUT_CALLS, TEXT_KEYWORDS) == []


def test_the_guard_sees_a_literal_and_lets_a_translated_one_pass(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "b.setText('Create token')\nb.setToolTip(f'Copy {x} now')\n"
        "b.setText(_('Create token'))\nb.setObjectName('createButton')\nb.setText('…')\n"
        "raise E(human='The key is refused')\n",
        encoding="utf-8",
    )
    found = untranslated(sample, WIDGET_TEXT, TEXT_KEYWORDS)
    assert [line.split(":")[1] for line in found] == ["1", "2", "6"]


def test_no_tr_method_anywhere() -> None:
    """PySide's ``tr()`` takes the runtime class as context: a string on a base class would
    stay English in a subclass. Every string names its context (``translator("Context")``)."""
    calls = []
    for path in sorted(PKG.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and _name(node) == "tr"
                and isinstance(node.func, ast.Attribute)
            ):
                calls.append(f"{_rel(path)}:{node.lineno}")
    assert calls == []


def test_translation_files_are_current_and_complete() -> None:
    """Every marked string has its Thai (and English plural forms), with the same
    placeholders and mnemonic letter; the .ts files are what the code marks now."""
    assert tool.problems() == []


def test_compiled_translations_are_not_stale(tmp_path: Path) -> None:
    """The shipped .qm are what pyside6-lrelease makes of the .ts now."""
    for language in tool.LANGUAGES:
        fresh = tmp_path / f"{language}.qm"
        subprocess.run(
            [tool.lrelease(), "-silent", str(tool.ts_path(language)), "-qm", str(fresh)],
            check=True,
        )
        shipped = tool.I18N / f"omise_token_gui_{language}.qm"
        assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped}: run scripts/i18n.py release"


def test_the_extractor_refuses_text_it_cannot_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    sample = tmp_path / "x.py"
    sample.write_text('_ = translator("X")\n_(f"Made {n}")\n', encoding="utf-8")
    with pytest.raises(tool.ExtractError, match=r"x\.py:2"):
        tool.extract_file(sample)


def test_the_extractor_finds_contexts_plurals_and_marks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    sample = tmp_path / "x.py"
    sample.write_text(
        '_ = translator("Panel")\n'
        'a = _("Create")\n'
        'b = _("%n token(s)", n=len(rows))\n'
        'c = _("Copy", "the verb")\n'
        'D = QT_TRANSLATE_NOOP("Catalog", "Insufficient funds")\n'
        'e = translate("Other", "Row {n}", None, count)\n',
        encoding="utf-8",
    )
    found = {(m.context, m.source, m.disambiguation, m.numerus) for m in tool.extract_file(sample)}
    assert found == {
        ("Panel", "Create", "", False),
        ("Panel", "%n token(s)", "", True),
        ("Panel", "Copy", "the verb", False),
        ("Catalog", "Insufficient funds", "", False),
        ("Other", "Row {n}", "", True),
    }


@pytest.mark.parametrize(
    ("source", "translation", "ok"),
    [
        ("&Create token", "สร้างโทเค็น (&C)", True),
        ("&Create token", "สร้างโทเค็น (&S)", False),
        ("&Create token", "สร้างโทเค็น", False),
        ("Took {seconds} s", "ใช้เวลา {seconds} วินาที", True),
        ("Took {seconds} s", "ใช้เวลา วินาที", False),
        ("%n token(s)", "%n โทเค็น", True),
        ("%n token(s)", "โทเค็น", False),
        ("Tom && Jerry", "ทอมกับเจอร์รี่", True),
    ],
)
def test_a_translation_keeps_placeholders_and_mnemonic(
    source: str, translation: str, ok: bool
) -> None:
    message = tool.Message("C", source, "", "%n" in source, "x.py:1")
    found = tool._message_problems(
        "th", message.key, tool.Translation([translation], True), message
    )
    assert (found == []) is ok


def test_the_ts_files_are_valid_qt_linguist_documents() -> None:
    from xml.etree import ElementTree

    for language, locale in tool.LANGUAGES.items():
        root = ElementTree.parse(tool.ts_path(language)).getroot()  # noqa: S314 (ours)
        assert (root.tag, root.get("version"), root.get("language")) == ("TS", "2.1", locale)
        for message in root.iter("message"):
            forms = message.findall("translation/numerusform")
            if message.get("numerus") == "yes":
                assert len(forms) == tool.NUMERUS_FORMS[language]


def test_the_catalog_texts_are_marked() -> None:
    doc = json.loads((ROOT / "resources" / "test_cards.json").read_text(encoding="utf-8"))
    found = tool.extract()
    for label in doc["scenarios"].values():
        assert ("Catalog", label, "") in found
