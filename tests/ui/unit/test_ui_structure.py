"""The shape the ui package keeps: no import cycle (deferred and TYPE_CHECKING imports
counted), controllers that never import the window, colours in one module. (Small classes
and functions, everywhere in the package: tests/test_architecture.py.)"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.helpers import run_python
from tests.ui.unit.import_graph import PKG, cycles, graph

UI = PKG / "ui"
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b")


def test_the_package_has_no_import_cycle() -> None:
    assert cycles(graph()) == []


def test_the_cycle_check_sees_deferred_and_type_checking_imports(tmp_path: Path) -> None:
    """The check would have caught the old history_actions <-> main_window cycle: one side
    imported under TYPE_CHECKING, the other inside a function."""
    edges = {
        "omise_token_gui.ui.a": {"omise_token_gui.ui.b"},
        "omise_token_gui.ui.b": {"omise_token_gui.ui.a"},
    }
    assert cycles(edges) == [["omise_token_gui.ui.a", "omise_token_gui.ui.b"]]
    source = tmp_path / "m.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from omise_token_gui.ui import main_window\n"
        "def f():\n    from omise_token_gui.ui.history_actions import HistoryActions\n"
    )
    from tests.ui.unit.import_graph import imported

    known = {"omise_token_gui.ui.main_window", "omise_token_gui.ui.history_actions"}
    assert imported(source, known) == known


@pytest.mark.parametrize("controller", ["history_actions", "create_actions", "tray"])
def test_controllers_never_import_the_window(controller: str) -> None:
    edges = graph()
    assert "omise_token_gui.ui.main_window" not in edges[f"omise_token_gui.ui.{controller}"]


def test_every_colour_lives_in_the_palette() -> None:
    found = []
    for path in sorted(UI.glob("*.py")):
        if path.name == "palette.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found += [f"{path.name}: {m}" for m in HEX_COLOUR.findall(node.value)]
    assert found == []


STYLE_COLOUR = re.compile(r"\b(?:color|background(?:-color)?|border(?:-color)?)\s*:", re.I)
COLOUR_CALLS = {"QColor", "GlobalColor"}


def test_no_colour_is_made_outside_the_palette() -> None:
    """No style sheet colour, no ``QColor("red")``/``QColor(255, 0, 0)``, no ``Qt.red`` in
    ui/ outside palette.py; theme.py builds QColors only from the palette's values."""
    found = []
    for path in sorted(UI.glob("*.py")):
        if path.name == "palette.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) not in docstrings and STYLE_COLOUR.search(node.value):
                    found.append(f"{path.name}: {node.value!r}")
            elif isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name in COLOUR_CALLS and any(isinstance(a, ast.Constant) for a in node.args):
                    found.append(f"{path.name}:{node.lineno}: {name}(constant)")
            elif isinstance(node, ast.Attribute) and node.attr in ("red", "green", "white"):
                found.append(f"{path.name}:{node.lineno}: .{node.attr}")
    assert found == []


def test_style_sheets_are_set_only_through_the_palette() -> None:
    """``palette.paint`` remembers each widget's look, so a scheme change re-styles it; a
    ``setStyleSheet`` of its own would stay in the old scheme's colours."""
    found = [
        f"{path.name}:{node.lineno}"
        for path in sorted(UI.glob("*.py"))
        if path.name != "palette.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "setStyleSheet"
    ]
    assert found == []


# What the network side loads off the UI thread, and the dialog that needs it: not loaded by
# the second start step (building the whole window), so that the whole window paints first.
NOT_IN_THE_SECOND_STEP = (
    "httpx",
    "omise_token_gui.core.proxy",
    "omise_token_gui.core.service",
    "omise_token_gui.core.vault",
    "omise_token_gui.ui.settings_dialog",
)


def test_the_second_start_step_loads_nothing_the_network_side_loads() -> None:
    code = (
        "import sys\nimport omise_token_gui.ui.window_parts\n"
        f"print([m for m in {NOT_IN_THE_SECOND_STEP!r} if m in sys.modules])"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
