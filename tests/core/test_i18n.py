"""core/i18n.py: the language from odd environments and files (never an exception), catalog
lookups with fallbacks to the source, plural forms in English and Thai, and the per-task
language (``speaking``) inside asyncio tasks."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core import i18n

ENV_NAMES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
LOCALE_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)


@pytest.fixture(autouse=True)
def catalog_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped .ts answers, not a Qt translator a window test may have left set."""
    monkeypatch.setattr(i18n, "_backend", None)


# ---------------------------------------------------------------- the language to use


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "th_TH.UTF-8"}, "th"),
        ({"LANG": "TH_th"}, "th"),
        ({"LANG": "th"}, "th"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "ja_JP.UTF-8"}, "en"),  # a language the app does not speak: English
        ({"LANGUAGE": "th:en", "LANG": "en_US.UTF-8"}, "th"),  # the list's first
        ({"LANGUAGE": "en_GB:th", "LANG": "th_TH.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LC_ALL": "th_TH.UTF-8", "LANG": "en_US"}, "th"),  # empty: unset
        ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "th_TH"}, "en"),
        ({"LC_MESSAGES": "th_TH.UTF-8", "LANG": "en_US"}, "th"),
        ({"LANGUAGE": ":th"}, "en"),  # the first entry is empty: not Thai
        ({"LANG": " th_TH"}, "en"),
        ({"LANG": "th_TH.TIS-620"}, "th"),
    ],
)
def test_from_locale(environ: dict[str, str], expected: str) -> None:
    assert i18n.from_locale(environ) == expected


@given(st.dictionaries(st.sampled_from((*ENV_NAMES, "HOME", "LC_CTYPE")), LOCALE_TEXT))
def test_from_locale_never_raises_and_names_a_language(environ: dict[str, str]) -> None:
    assert i18n.from_locale(environ) in i18n.LANGUAGES


def test_from_locale_reads_the_process_environment_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "th_TH.UTF-8")
    assert i18n.from_locale() == i18n.THAI


@pytest.mark.parametrize(
    ("choice", "expected"),
    [("en", "en"), ("th", "th"), ("system", "th"), (None, "th"), ("", "th"), ("fr", "th")],
)
def test_resolve(choice: str | None, expected: str) -> None:
    assert i18n.resolve(choice, {"LANG": "th_TH.UTF-8"}) == expected


@given(st.one_of(st.none(), LOCALE_TEXT), st.dictionaries(st.sampled_from(ENV_NAMES), LOCALE_TEXT))
def test_resolve_never_raises(choice: str | None, environ: dict[str, str]) -> None:
    assert i18n.resolve(choice, environ) in i18n.LANGUAGES


@pytest.fixture
def thai_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "th_TH.UTF-8")


@pytest.mark.usefixtures("thai_locale")
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"language": "en"}', "en"),
        ('{"language": "th"}', "th"),
        ('{"language": "system"}', "th"),
        ('{"language": "klingon"}', "th"),
        ('{"language": 5}', "th"),
        ('{"language": null}', "th"),
        ('{"language": ["en"]}', "th"),
        ("{}", "th"),
        ('["language", "en"]', "th"),
        ('"en"', "th"),
        ("", "th"),
        ("{not json", "th"),
        ('{"language": NaN}', "th"),
        ("[" * 100_000, "th"),  # nested past the parser's recursion limit
        ('{"language": "en"} trailing', "th"),
    ],
)
def test_chosen_reads_the_settings_file(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    assert i18n.chosen(None, path) == expected


@pytest.mark.usefixtures("thai_locale")
def test_chosen_option_first_then_file_then_locale(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "en"}), encoding="utf-8")
    assert i18n.chosen("th", path) == "th"  # --language wins over the file
    assert i18n.chosen("system", path) == "en"  # not a language: the file's choice
    assert i18n.chosen("xx", None) == "th"
    assert i18n.chosen(None, None) == "th"
    assert i18n.chosen(None, str(path)) == "en"  # a str path too


@pytest.mark.usefixtures("thai_locale")
def test_chosen_with_files_that_cannot_be_read(tmp_path: Path) -> None:
    undecodable = tmp_path / "latin1.json"
    undecodable.write_bytes(b'{"language": "\xe9n"}')
    bom = tmp_path / "bom.json"
    bom.write_bytes(b'\xef\xbb\xbf{"language": "en"}')
    assert i18n.chosen(None, tmp_path / "missing.json") == "th"
    assert i18n.chosen(None, tmp_path) == "th"  # a folder
    assert i18n.chosen(None, undecodable) == "th"
    assert i18n.chosen(None, bom) in i18n.LANGUAGES
    assert i18n.chosen(None, "bad\x00name") == "th"


@given(st.binary(max_size=200), st.one_of(st.none(), LOCALE_TEXT))
def test_chosen_never_raises(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, option: str | None
) -> None:
    path = tmp_path_factory.mktemp("chosen") / "settings.json"
    path.write_bytes(data)
    assert i18n.chosen(option, path) in i18n.LANGUAGES


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | LOCALE_TEXT,
    lambda inner: st.lists(inner) | st.dictionaries(LOCALE_TEXT, inner),
)


@given(JSON_VALUES)
def test_chosen_never_raises_on_any_json(
    tmp_path_factory: pytest.TempPathFactory, doc: object
) -> None:
    path = tmp_path_factory.mktemp("chosen") / "settings.json"
    path.write_text(json.dumps({"language": doc}), encoding="utf-8")
    assert i18n.chosen(None, path) in i18n.LANGUAGES


# ---------------------------------------------------------------- lookups


def test_the_shipped_thai_catalog_translates_and_falls_back_to_the_source() -> None:
    source = "This token was already used."
    with i18n.speaking(i18n.THAI):
        assert i18n.translate("Vault", source) != source
        assert "โทเค็น" in i18n.translate("Vault", source)
        assert i18n.translate("NoSuchContext", source) == source  # unknown context
        assert i18n.translate("Vault", "No such text.") == "No such text."  # unknown source
        assert i18n.translate("Vault", source, "no such disambiguation") == source
        assert i18n.translator("Vault")(source) == i18n.translate("Vault", source)
    assert i18n.translate("Vault", source) == source  # English: the source


def test_an_unknown_language_has_an_empty_catalog_and_speaks_the_source() -> None:
    assert i18n.catalog("xx").messages == {}
    assert i18n.catalog("xx").lookup("Vault", "Text.", None, -1) == "Text."
    i18n.set_language("xx")  # anything not a language: English
    assert i18n.current() == i18n.ENGLISH
    with i18n.speaking("xx"):
        assert i18n.current() == i18n.ENGLISH


def test_qt_translate_noop_marks_and_returns_the_source() -> None:
    assert i18n.QT_TRANSLATE_NOOP("Ctx", "Text", "note") == "Text"


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>Ctx</name>
    <message numerus="yes">
        <source>%n token(s) created</source>
        <translation>{forms}</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>{plain}</translation>
    </message>
    <message>
        <source>Plain</source>
        <comment>menu</comment>
        <translation>{menu}</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished">draft</translation>
    </message>
    <message>
        <source>Vanished</source>
        <translation type="vanished">gone</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
</context>
</TS>
"""


def _ts(lang: str, forms: list[str], plain: str, menu: str) -> i18n.Catalog:
    numerus = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
    text = TS.format(lang=lang, forms=numerus, plain=plain, menu=menu)
    return i18n.parse_ts(text, "th" if lang.startswith("th") else "en")


def test_english_plurals_have_one_and_other() -> None:
    en = _ts("en_US", ["%n token created", "%n tokens created"], "Plain", "Plain")
    assert en.lookup("Ctx", "%n token(s) created", None, 1) == "1 token created"
    assert en.lookup("Ctx", "%n token(s) created", None, 0) == "0 tokens created"
    assert en.lookup("Ctx", "%n token(s) created", None, 2) == "2 tokens created"
    assert en.lookup("Ctx", "%n token(s) created", None, 21) == "21 tokens created"


def test_thai_plurals_have_one_form() -> None:
    th = _ts("th_TH", ["สร้างโทเค็นแล้ว %n รายการ"], "ธรรมดา", "เมนู")
    for n in (0, 1, 2, 1000):
        assert th.lookup("Ctx", "%n token(s) created", None, n) == f"สร้างโทเค็นแล้ว {n} รายการ"
    assert i18n.plural_index(i18n.THAI, 1) == i18n.plural_index(i18n.THAI, 5) == 0
    assert (i18n.plural_index(i18n.ENGLISH, 1), i18n.plural_index(i18n.ENGLISH, 5)) == (0, 1)


def test_catalog_fallbacks() -> None:
    th = _ts("th_TH", ["%n โทเค็น"], "ธรรมดา", "เมนู")
    assert th.lookup("Ctx", "Plain", None, -1) == "ธรรมดา"
    assert th.lookup("Ctx", "Plain", "menu", -1) == "เมนู"  # the disambiguation is the key
    assert th.lookup("Ctx", "Unfinished", None, -1) == "Unfinished"
    assert th.lookup("Ctx", "Vanished", None, -1) == "Vanished"
    assert th.lookup("Ctx", "Empty", None, -1) == "Empty"
    assert th.lookup("Other", "Plain", None, -1) == "Plain"
    # A counted text without a translation still gets its count.
    assert th.lookup("Ctx", "%n file(s)", None, 3) == "3 file(s)"
    # A plural with too few forms uses the last one it has.
    short = _ts("en_US", ["%n token created"], "Plain", "Plain")
    assert short.lookup("Ctx", "%n token(s) created", None, 5) == "5 token created"


def test_a_backend_answers_for_its_language_only(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str, str | None, int]] = []

    def backend(context: str, source: str, disambiguation: str | None, n: int) -> str:
        calls.append((context, source, disambiguation, n))
        return "from the backend"

    i18n.set_backend(i18n.THAI, backend)
    with i18n.speaking(i18n.THAI):
        assert i18n.translate("Ctx", "Text", "d", 2) == "from the backend"
    assert i18n.translate("Ctx", "Text") == "Text"  # English: the catalog
    assert calls == [("Ctx", "Text", "d", 2)]
    i18n.set_backend(None)
    with i18n.speaking(i18n.THAI):
        assert i18n.translate("Ctx", "Text") == "Text"
    i18n.set_backend(i18n.THAI, None)  # no backend given: none
    assert i18n._backend is None


# ---------------------------------------------------------------- per-task language


def test_speaking_is_restored_after_the_block_even_on_errors() -> None:
    i18n.set_language(i18n.ENGLISH)
    seen = []

    def fail_inside() -> None:
        with i18n.speaking(i18n.THAI):
            seen.append(i18n.current())
            raise RuntimeError

    with pytest.raises(RuntimeError):
        fail_inside()
    assert seen == [i18n.THAI]
    assert i18n.current() == i18n.ENGLISH
    with i18n.speaking(i18n.THAI):
        with i18n.speaking(i18n.ENGLISH):
            assert i18n.current() == i18n.ENGLISH
        assert i18n.current() == i18n.THAI


def test_speaking_overrides_the_process_language() -> None:
    i18n.set_language(i18n.THAI)
    with i18n.speaking(i18n.ENGLISH):
        assert i18n.current() == i18n.ENGLISH
    assert i18n.current() == i18n.THAI


def test_a_task_keeps_the_language_it_was_created_with() -> None:
    source = "This token was already used."

    async def later(gate: asyncio.Event) -> tuple[str, str]:
        await gate.wait()
        return i18n.current(), i18n.translate("Vault", source)

    async def main() -> None:
        gate = asyncio.Event()
        with i18n.speaking(i18n.THAI):
            thai_task = asyncio.create_task(later(gate))
        english_task = asyncio.create_task(later(gate))
        with i18n.speaking(i18n.THAI):
            gate.set()  # the tasks run after this block has ended
        assert i18n.current() == i18n.ENGLISH
        (thai, thai_text), (english, english_text) = await asyncio.gather(thai_task, english_task)
        assert (thai, english) == (i18n.THAI, i18n.ENGLISH)
        assert thai_text != source
        assert english_text == source

    asyncio.run(main())


def test_a_task_speaking_does_not_change_the_others() -> None:
    async def speaker(started: asyncio.Event, done: asyncio.Event) -> None:
        with i18n.speaking(i18n.THAI):
            started.set()
            await done.wait()

    async def main() -> None:
        started, done = asyncio.Event(), asyncio.Event()
        task = asyncio.create_task(speaker(started, done))
        await started.wait()
        assert i18n.current() == i18n.ENGLISH  # the other task's block is its own
        done.set()
        await task

    asyncio.run(main())
