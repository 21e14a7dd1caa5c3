"""Qt's standard command-line options (``-style``, ``-platform``, ``-reverse``…) are accepted
by ``omise-token-gui`` and reach the QApplication; the app's own options still parse."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from omise_token_gui.options import Options, split_qt_args
from omise_token_gui.ui.runner import style_asked
from tests.helpers import run_app, run_module


@pytest.mark.parametrize(
    ("argv", "qt", "own"),
    [
        (["-style", "fusion"], ["-style", "fusion"], []),
        (["-style=fusion", "-reverse"], ["-style=fusion", "-reverse"], []),
        (["--style", "windows", "--data-dir", "d"], ["--style", "windows"], ["--data-dir", "d"]),
        (
            ["-platform", "offscreen:fontengine=freetype"],
            ["-platform", "offscreen:fontengine=freetype"],
            [],
        ),
        (
            ["--smoke-test", "-widgetcount", "-qwindowtitle", "T"],
            ["-widgetcount", "-qwindowtitle", "T"],
            ["--smoke-test"],
        ),
        (["--data-dir", "d", "--", "-style"], [], ["--data-dir", "d", "--", "-style"]),
        (["-reverse=yes", "--styles"], [], ["-reverse=yes", "--styles"]),
    ],
)
def test_qt_options_are_told_apart_from_the_apps_own(
    argv: list[str], qt: list[str], own: list[str]
) -> None:
    assert split_qt_args(argv) == (qt, own)


def test_options_keep_qt_arguments_for_the_application() -> None:
    options = Options.parse(
        ["-style", "fusion", "--data-dir", "here/d", "-platform", "offscreen", "-reverse"]
    )
    assert options.qt_args == ("-style", "fusion", "-platform", "offscreen", "-reverse")
    assert options.data_dir == "here/d"


def test_an_unknown_option_is_still_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        Options.parse(["-stile", "fusion"])
    assert exited.value.code == 2
    assert "unrecognized arguments: -stile fusion" in capsys.readouterr().err


def test_the_help_says_qt_options_work(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        Options.parse(["--help"])
    assert "-style fusion" in capsys.readouterr().out


def test_fusion_unless_the_tester_named_a_style(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_STYLE_OVERRIDE", raising=False)
    assert not style_asked(())
    assert not style_asked(("-reverse",))
    assert style_asked(("-style", "windows"))
    assert style_asked(("--style=windows",))
    monkeypatch.setenv("QT_STYLE_OVERRIDE", "windows")
    assert style_asked(())


def probe(tmp: Path, *args: str) -> dict[str, Any]:
    result = run_module("tests.probes.qt_args", str(tmp / "d"), str(tmp / "c"), *args)
    assert result.returncode == 0, result.stderr
    seen: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


def test_qt_options_reach_the_application(isolated_dirs: Path) -> None:
    seen = probe(isolated_dirs, "-style", "windows", "-reverse", "-platform", "offscreen")
    assert seen == {
        "style": "windows",
        "right_to_left": True,
        "platform": "offscreen",
        "title": seen["title"],
    }
    assert probe(isolated_dirs)["style"] == "fusion"  # the default: Fusion, left to right
    assert probe(isolated_dirs)["right_to_left"] is False


def test_the_smoke_test_runs_with_qt_options(isolated_dirs: Path) -> None:
    result = run_app(
        isolated_dirs / "d", isolated_dirs / "c", "-style", "fusion", "-reverse", "--smoke-test"
    )
    assert result.returncode == 0, result.stderr
    assert "unrecognized arguments" not in result.stderr
    assert result.stdout.strip().startswith("tokn_test_")
