"""The dependency rule of design.md, checked on the source: core and emulator never import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "omise_token_gui"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted((PKG / "core").rglob("*.py")), ids=lambda p: p.name)
def test_core_imports_no_qt_ui_or_emulator(path: Path) -> None:
    bad = {
        n
        for n in imports_of(path)
        if n.split(".")[0] in {"PySide6", "qasync", "shiboken6"}
        or n.startswith(("omise_token_gui.ui", "omise_token_gui.emulator", "omise_token_gui.app"))
    }
    assert bad == set()


@pytest.mark.parametrize("path", sorted((PKG / "emulator").rglob("*.py")), ids=lambda p: p.name)
def test_emulator_uses_only_the_catalog(path: Path) -> None:
    ours = {n for n in imports_of(path) if n.startswith("omise_token_gui")}
    allowed = {"omise_token_gui.core.cards"}
    assert {n for n in ours if not n.startswith("omise_token_gui.emulator")} <= allowed
    assert not {n for n in imports_of(path) if n.split(".")[0] in {"PySide6", "qasync"}}


def test_only_ui_and_app_import_pyside() -> None:
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG).as_posix()
        if rel.startswith("ui/") or rel == "app.py":
            continue
        assert not {n for n in imports_of(path) if n.startswith("PySide6")}, rel
