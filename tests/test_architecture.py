"""The dependency rule of docs/architecture.md, checked on the source: core and emulator never
import Qt, and the emulator imports from core only the small shared modules it may use.
And the size rule, everywhere in the package: no class over ``MAX_CLASS_LINES`` lines, no
function over ``MAX_FUNCTION_LINES``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "omise_token_gui"
MAX_CLASS_LINES, MAX_FUNCTION_LINES = 300, 60


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


# What the emulator may import from core: the card catalog, the file helpers (owner-only
# files, one way of moving a damaged file aside), the card-number shape (the Sandbox never
# keeps a number typed into another field), and what those import in turn.
EMULATOR_MAY_IMPORT = {
    "omise_token_gui.core.i18n",  # core.cards makes its problems in the current language
    "omise_token_gui.core.cards",
    "omise_token_gui.core.catalog",  # the catalog a charge follows (the app hands its own)
    "omise_token_gui.core.cardnumber",
    "omise_token_gui.core.storage",
}
# core.i18n (stdlib only, a leaf): the errors' and the lock's sentences are translated.
SHARED_MAY_IMPORT = {"omise_token_gui.core.errors", "omise_token_gui.core.i18n"}


def ours(path: Path) -> set[str]:
    names = set()
    for name in imports_of(path):
        if name == "omise_token_gui.core":  # from omise_token_gui.core import storage
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names |= {
                f"{name}.{alias.name}"
                for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and node.module == name
                for alias in node.names
            }
        elif name.startswith("omise_token_gui"):
            names.add(name)
    return names


@pytest.mark.parametrize("path", sorted((PKG / "emulator").rglob("*.py")), ids=lambda p: p.name)
def test_emulator_uses_only_the_shared_core_modules(path: Path) -> None:
    outside = {n for n in ours(path) if not n.startswith("omise_token_gui.emulator")}
    assert outside <= EMULATOR_MAY_IMPORT
    assert not {n for n in imports_of(path) if n.split(".")[0] in {"PySide6", "qasync"}}


@pytest.mark.parametrize("module", sorted(EMULATOR_MAY_IMPORT | SHARED_MAY_IMPORT))
def test_the_shared_core_modules_stay_small_in_what_they_pull_in(module: str) -> None:
    path = PKG.parent / (module.replace(".", "/") + ".py")
    assert ours(path) <= EMULATOR_MAY_IMPORT | SHARED_MAY_IMPORT


def test_only_ui_and_app_import_pyside() -> None:
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG).as_posix()
        if rel.startswith("ui/") or rel == "app.py":
            continue
        assert not {n for n in imports_of(path) if n.startswith("PySide6")}, rel


def too_big(path: Path) -> list[str]:
    """The classes and functions (methods and nested ones included) in ``path`` over the
    size rule, as ``name (line N): L lines``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            lines = (node.end_lineno or node.lineno) - node.lineno + 1
            limit = MAX_CLASS_LINES if isinstance(node, ast.ClassDef) else MAX_FUNCTION_LINES
            if lines > limit:
                found.append(f"{node.name} (line {node.lineno}): {lines} lines")
    return found


@pytest.mark.parametrize(
    "path", sorted(PKG.rglob("*.py")), ids=lambda p: p.relative_to(PKG).as_posix()
)
def test_classes_and_functions_stay_small(path: Path) -> None:
    assert too_big(path) == []


def test_the_size_check_sees_methods_and_nested_functions(tmp_path: Path) -> None:
    body = "".join(f"        x{i} = {i}\n" for i in range(MAX_FUNCTION_LINES))  # 60 lines
    source = tmp_path / "m.py"
    source.write_text(
        "def short():\n    return 1\n\n\n"  # lines 1-4
        f"class C:\n    def long(self):\n{body}\n\n"  # long: lines 6-66
        f"def outer():\n    def inner():\n{body}"  # outer: 69-130, inner: 70-130
    )
    assert sorted(too_big(source)) == [
        "inner (line 70): 61 lines",
        "long (line 6): 61 lines",
        "outer (line 69): 62 lines",
    ]
