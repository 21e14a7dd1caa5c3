"""``omise-token`` in Thai: every ``--help``, the commands' human output, a refused key and
argparse's own errors, with ``--language th`` or the Thai locale; ``--json`` keeps its keys
and ids English and gives Thai labels and explanations. Also the one language rule shared with
the forwarding fast path (``i18n.for_command_line``) and argparse's words for this Python."""

from __future__ import annotations

import argparse
import ast
import json
import re
from pathlib import Path

import pytest

from omise_token_gui.cli import argparse_text
from omise_token_gui.cli.app import build_parser, main
from omise_token_gui.cli.argparse_text import width, wrap
from omise_token_gui.cli.output import table
from omise_token_gui.core import explanations, i18n
from omise_token_gui.core.catalog import load_catalog
from tests.cli.conftest import Run, RunCli
from tests.helpers import KEPT_LATIN, THAI_SCRIPT

# The words tests.helpers.KEPT_LATIN keeps (as the window's sweep does), plus what the
# command line may keep in Latin letters: its command names, metavars and option values.
_KEPT = (
    KEPT_LATIN
    + """
    Test Token Lines TLS LANG pid Environment
    create scenarios history refresh check-key profiles status list add use remove export
    COMMAND ACTION NAME NUMBER TEXT SECONDS FILE N en th DATE
    clear KEY DAYS ID
"""
)
ALLOWED = {w.lower() for w in _KEPT.split()}
THAI = THAI_SCRIPT
# Options (--send-anyway, -h), ids (visa-successful), codes, paths, URLs, choices ({en,th}):
# not words a tester reads.
_NOT_WORDS = re.compile(
    r"(?<![\w])-{1,2}[\w-]+|\b[a-z0-9]+(?:-[a-z0-9]+)+\b|\S*[_/.@:$]\S*|\{[^}]*\}"
)


def english_words(text: str) -> list[str]:
    """The Latin words of ``text`` a Thai tester would read as untranslated English."""
    if not text or THAI.search(text):
        return []
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", _NOT_WORDS.sub(" ", text))
    return [w for w in words if w.lower().strip("'-") not in ALLOWED]


def english_sentences(text: str) -> list[str]:
    """Runs of three or more English words (not names) in a row: an untranslated sentence,
    even beside Thai (``OMISE_PUBLIC_KEY ถูกปฏิเสธ: This is a secret key``)."""
    found = []
    for run in re.findall(r"[A-Za-z][A-Za-z' ,-]*[A-Za-z]", _NOT_WORDS.sub(" | ", text)):
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", run)]
        if len(words) >= 3 and any(w.lower().strip("'-") not in ALLOWED for w in words):
            found.append(run)
    return found


def untranslated(text: str) -> list[str]:
    """Each line of a command's output: Thai, or only names and codes; and no English
    sentence anywhere."""
    found = []
    for line in text.splitlines():
        if english_words(line) or english_sentences(line):
            found.append(line)
    return found


def thai(run: RunCli, *args: str, env: dict[str, str] | None = None) -> Run:
    return run("--language", "th", *args, env=env)


def test_the_checks_see_english_and_let_thai_codes_and_options_pass() -> None:
    assert untranslated("show this help message and exit") != []
    assert untranslated("  -h, --help            แสดงข้อความช่วยเหลือนี้แล้วออก") == []
    assert untranslated("                   [--language {en,th}] [--version]") == []
    assert untranslated("omise-token: OMISE_PUBLIC_KEY ถูกปฏิเสธ: This is a secret key.") != []
    assert untranslated("visa-successful  Visa  4242 4242 4242 4242  successful  O (เอกสาร)") == []
    assert untranslated("  COMMAND") == []


def _every_help(
    parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    """The command line of every (sub)command's --help."""
    found = [words]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _every_help(sub, (*words, name))
    return found


def test_every_help_is_thai(run_cli: RunCli) -> None:
    commands = _every_help(build_parser())
    assert len(commands) > 10
    for words in commands:
        done = thai(run_cli, *words, "--help")
        assert done.code == 0, done.err
        assert THAI.search(done.out), words
        assert untranslated(done.out) == [], words
        assert "วิธีใช้: omise-token" in done.out
        assert "ตัวเลือก:" in done.out


def test_the_commands_human_output_is_thai(run_cli: RunCli) -> None:
    for args in (["scenarios"], ["status"], ["profiles", "list"], ["scenarios", "--search", "3ds"]):
        done = thai(run_cli, *args)
        assert done.code == 0, done.err
        assert THAI.search(done.out), args
        assert untranslated(done.out + done.err) == [], args
    none = thai(run_cli, "history")
    assert none.err == "omise-token: หมายเหตุ: ไม่มีโทเค็นในประวัติที่ตรงกัน\n"


def test_the_thai_locale_and_the_settings_choice_speak_thai_too(
    run_cli: RunCli, dirs: tuple[Path, Path]
) -> None:
    by_locale = run_cli("status", env={"LANG": "th_TH.UTF-8", "LANGUAGE": "", "LC_ALL": ""})
    assert by_locale.out.startswith("แอป: ไม่ได้เปิดอยู่")
    dirs[1].mkdir(parents=True)
    (dirs[1] / "settings.json").write_text(json.dumps({"language": "th"}), encoding="utf-8")
    english_locale = {"LANG": "en_US.UTF-8", "LANGUAGE": "", "LC_ALL": ""}
    assert run_cli("status", env=english_locale).out.startswith("แอป:")
    assert run_cli("status", "--language", "en", env=english_locale).out.startswith("App:")


def test_errors_are_thai(run_cli: RunCli) -> None:
    cases = {
        ("frobnicate",): "ตัวเลือกไม่ถูกต้อง",
        (): "ต้องระบุอาร์กิวเมนต์ต่อไปนี้",
        ("create", "--count"): "ต้องมีค่าหนึ่งค่า",
        ("create", "--count", "0"): "ต้องอยู่ระหว่าง 1 ถึง 1000",
        ("history", "--nope"): "ไม่รู้จักอาร์กิวเมนต์",
        ("create", "--scenario", "visa-successful", "--card", "4242424242424242"): "ใช้ร่วมกับ",
        ("create", "--scenario", "visa-insuficient-fund"): "หมายถึง visa-insufficient-fund",
        ("refresh",): "ระบุรหัสโทเค็นที่จะรีเฟรช",
    }
    for args, says in cases.items():
        done = thai(run_cli, *args)
        assert done.code == 2, (args, done.err)
        assert says in done.err, done.err
        assert untranslated(done.err) == [], args


def test_a_refused_key_is_thai(run_cli: RunCli) -> None:
    done = thai(run_cli, "create", env={"OMISE_PUBLIC_KEY": "skey_test_x"})
    assert done.code == 3
    assert done.out == ""
    assert done.err.startswith("omise-token: OMISE_PUBLIC_KEY ถูกปฏิเสธ: ")
    reason = done.err.split("ถูกปฏิเสธ: ", 1)[1]
    if not THAI.search(reason):  # the key policy's own sentence: core/keys.py's to translate
        pytest.skip(f"the key policy's sentence has no Thai yet: {reason.strip()!r}")
    assert untranslated(done.err) == []


def test_scenarios_json_keeps_english_keys_and_gives_thai_labels_and_explanations(
    run_cli: RunCli,
) -> None:
    english = [json.loads(line) for line in run_cli("scenarios", "--json").lines]
    for run in (
        thai(run_cli, "scenarios", "--json"),
        run_cli("scenarios", "--json", env={"LANG": "th_TH.UTF-8", "LANGUAGE": "", "LC_ALL": ""}),
    ):
        rows = [json.loads(line) for line in run.lines]
        assert [set(r) for r in rows] == [set(r) for r in english]
        assert [r["id"] for r in rows] == [c.id for c in load_catalog()]
        for row, en in zip(rows, english, strict=True):
            for field in ("label", "scenario_label", "description", "source"):
                assert THAI.search(row[field]), (row["id"], field)
            for field in (
                "id",
                "brand",
                "number",
                "scenario",
                "expected_outcome",
                "confidence",
                "source_id",
                "docs_url",
            ):
                assert row[field] == en[field]
            with i18n.speaking(i18n.THAI):
                explained = explanations.scenario(row["scenario"])
            wanted = {"should": explained.should, "check": explained.check} if explained else None
            assert row["explanation"] == wanted
    assert all("explanation" in r and "label" in r for r in english)


def test_argparse_words_of_this_python_are_all_marked() -> None:
    """Every text this interpreter's argparse translates (``_('…')``, ``ngettext('…')``) is
    in ``argparse_text.SOURCES``, but for the errors of a wrongly built parser (a bug)."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    texts = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("_", "ngettext")
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }
    bugs = {
        "'required' is an invalid argument for positionals", "%r is not callable",
        ".__call__() not defined", 'argument "-" with mode %r',
        "cannot have multiple subparser arguments",
        "cannot merge actions - two groups are named %r",
        "conflicting subparser alias: %s", "conflicting subparser: %s",
        "dest= is required for options like %r", "invalid conflict_resolution value: %r",
        "invalid option string %(option)r: must start with a character %(prefix_chars)r",
        "mutually exclusive arguments must be optional", "conflicting option string: %s",
    }  # fmt: skip
    assert texts - bugs - set(argparse_text.SOURCES) == set()
    assert len(texts & set(argparse_text.SOURCES)) >= 20


def test_argparse_plurals_and_non_texts() -> None:
    with i18n.speaking(i18n.ENGLISH):
        assert argparse_text.ngettext("expected %s argument", "expected %s arguments", 2) == (
            "expected %s arguments"
        )
        assert argparse_text.ngettext("expected %s argument", "expected %s arguments", 1) == (
            "expected %s argument"
        )
    with i18n.speaking(i18n.THAI):
        assert argparse_text.ngettext("expected %s argument", "x", 2) == "ต้องมี %s ค่า"
        assert argparse_text.gettext(None) is None  # type: ignore[arg-type]  # 3.11's call


def test_the_language_rule_for_the_command_line_and_the_fast_path(tmp_path: Path) -> None:
    assert i18n.option_in(["--language", "th", "create"]) == "th"
    assert i18n.option_in(["create", "--language=en"]) == "en"
    assert i18n.option_in(["--lang", "th"]) == "th"
    assert i18n.option_in(["--", "--language", "th"]) is None
    assert i18n.option_in(["--language", "fr"]) is None
    assert i18n.option_in(["--limit", "3"]) is None
    assert i18n.option_value(["--config-dir=/x", "--config-dir", "/y"], "--config-dir") == "/y"
    config = tmp_path / "config"
    config.mkdir()
    settings = config / "settings.json"
    env = {"LANG": "en_US.UTF-8"}
    assert i18n.for_command_line(["create"], settings, env) == "en"
    assert i18n.for_command_line(["create"], settings, {"LANG": "th_TH.UTF-8"}) == "th"
    settings.write_text('{"language": "th"}', encoding="utf-8")
    assert i18n.for_command_line(["create"], settings, env) == "th"
    assert i18n.for_command_line(["create", "--language", "en"], settings, env) == "en"
    # The command line's own reading: the settings file of the folders it names.
    argv = ["--data-dir", str(tmp_path), "--config-dir", str(config), "create"]
    assert argparse_text.language_for(argv, env) == "th"
    assert argparse_text.language_for([f"--config-dir={config}", "status"], env) == "th"
    in_env = {**env, "OMISE_TOKEN_GUI_CONFIG_DIR": str(config), "OMISE_TOKEN_GUI_DATA_DIR": "d"}
    assert argparse_text.language_for([], in_env) == "th"
    settings.write_text("{not json", encoding="utf-8")
    assert argparse_text.language_for(argv, env) == "en"


def test_a_run_in_thai_leaves_the_process_language_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--language", "th", "scenarios", "--search", "4242"]) == 0
    assert THAI.search(capsys.readouterr().out)
    assert i18n.current() == i18n.ENGLISH
    assert main(["scenarios", "--search", "4242"]) == 0
    assert not THAI.search(capsys.readouterr().out)


def test_tables_and_help_measure_thai_by_its_columns() -> None:
    assert width("แบรนด์") == 5  # the mark on ด takes no column
    assert width("abc") == 3
    header, row = table(("แบรนด์", "X"), [("Visa", "1")]).splitlines()
    assert width(header[: header.index("X")]) == width(row[: row.index("1")]) == 7
    assert wrap("ต้องอยู่ระหว่าง หนึ่ง ถึง สิบ", 12) == ["ต้องอยู่ระหว่าง", "หนึ่ง ถึง สิบ"]
    assert wrap("visa-insufficient-fund is an id", 10)[0] == "visa-insufficient-fund"


def test_a_forwarded_command_is_parsed_in_the_shells_language() -> None:
    """The running app parses a forwarded ``create`` in the language the shell asked for
    (``--language``, which the fast path can add from ``i18n.for_command_line``), whatever
    its window speaks; without one, in the window's."""
    import io

    from omise_token_gui.cli import hosted

    out, err = io.StringIO(), io.StringIO()
    assert hosted._parse(["--language", "th", "create", "--count", "0"], out, err) == 2
    assert "ต้องอยู่ระหว่าง 1 ถึง 1000" in err.getvalue()
    err = io.StringIO()
    assert hosted._parse(["create", "--count", "0"], out, err) == 2
    assert "must be between 1 and 1000" in err.getvalue()
    parsed = hosted._parse(["create", "--language", "th"], out, err)
    assert not isinstance(parsed, int)
    assert parsed.language == "th"  # cli.app.run() then speaks Thai for the command


def test_scenarios_search_finds_the_thai_labels_and_the_english_ones_in_both_languages() -> None:
    """One search (core.catalog_search): a Thai word finds its card whatever the language,
    so a script's search does not depend on the tester's locale."""
    from omise_token_gui.core import i18n
    from omise_token_gui.core.catalog import load_catalog
    from omise_token_gui.core.catalog_search import matches

    card = next(c for c in load_catalog() if c.scenario == "insufficient_fund")
    other = next(c for c in load_catalog() if c.scenario == "successful")
    for language in (i18n.THAI, i18n.ENGLISH):
        with i18n.speaking(language):
            assert matches(card, "ไม่เพียงพอ")
            assert matches(card, "insufficient")
            assert not matches(other, "ไม่เพียงพอ")
