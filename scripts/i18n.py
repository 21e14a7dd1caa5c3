"""The translation files: find every marked string, keep the .ts files in step, build the .qm.

    .venv/bin/python scripts/i18n.py update    # the code's strings → resources/i18n/*.ts
    .venv/bin/python scripts/i18n.py release   # *.ts → *.qm (pyside6-lrelease); scripts/setup
    .venv/bin/python scripts/i18n.py check     # exit 1 when a .ts is stale or Thai is missing
    .venv/bin/python scripts/i18n.py todo      # the Thai strings still to translate
    .venv/bin/python scripts/i18n.py fill th FILE.json   # adopt translations from a JSON list
    .venv/bin/python scripts/i18n.py merge th OTHER.ts…  # adopt another copy's (after a merge)

Why not pyside6-lupdate (measured with 6.11.3, see docs/i18n.md): its Python parser silently
drops a ``translate(...)`` call whose arguments contain a call, an attribute or an operator
(``translate("C", "%n x", None, len(rows))`` vanishes from the .ts), and marks no
``translate()`` as plural unless the count is a literal number. This extractor reads the code
with ``ast``, refuses what it cannot read (non-literal text: an error naming file and line),
and writes the same Qt Linguist TS 2.1 format; Qt Linguist edits these files, and
pyside6-lrelease compiles them.

What it finds, in omise_token_gui/**.py:
- ``NAME = translator("Context")`` at module level, then ``NAME("source", "disambiguation",
  n=count)`` anywhere in that module;
- ``translate("Context", "source", ...)`` and ``QT_TRANSLATE_NOOP("Context", "source", ...)``;
- in resources/test_cards.json: the scenario labels, card descriptions and the source legend
  (context "Catalog").
A message is plural (numerus) when it is given a count or its source contains ``%n``.

Thai (omise_token_gui_th.ts) holds every message; English (omise_token_gui_en.ts) only the
plural ones (their one/other forms), as Qt's own projects do.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "omise_token_gui"
I18N = ROOT / "resources" / "i18n"
CATALOG = ROOT / "resources" / "test_cards.json"
LANGUAGES = {"th": "th_TH", "en": "en_US"}
NUMERUS_FORMS = {"th": 1, "en": 2}
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}
DEFINERS = {"core/i18n.py", "ui/i18n.py"}  # they define the markers and mark nothing
Key = tuple[str, str, str]  # context, source, disambiguation


@dataclass
class Message:
    context: str
    source: str
    disambiguation: str
    numerus: bool
    where: str  # file:line of the first use (for messages; not written to the .ts)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.disambiguation)


class ExtractError(Exception):
    pass


def _literal(node: ast.expr | None, where: str, what: str) -> str | None:
    if node is None or (isinstance(node, ast.Constant) and node.value is None):
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    raise ExtractError(f"{where}: the {what} of a translated string must be a literal string")


def _bound_contexts(tree: ast.Module, where: str) -> dict[str, str]:
    bound: dict[str, str] = {}
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
            continue
        func = node.value.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name != "translator":
            continue
        context = _literal(node.value.args[0] if node.value.args else None, where, "context")
        for target in node.targets:
            if isinstance(target, ast.Name) and context:
                bound[target.id] = context
    return bound


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _counted(call: ast.Call, position: int) -> bool:
    return len(call.args) > position or any(k.arg == "n" for k in call.keywords)


def _disambiguation(call: ast.Call, position: int, where: str) -> str:
    node = call.args[position] if len(call.args) > position else None
    for keyword in call.keywords:
        if keyword.arg == "disambiguation":
            node = keyword.value
    return _literal(node, where, "disambiguation") or ""


def _from_call(call: ast.Call, bound: dict[str, str], where: str) -> Message | None:
    name = _call_name(call)
    if isinstance(call.func, ast.Name) and name in bound:
        source = _literal(call.args[0] if call.args else None, where, "text")
        context, dis, counted = bound[name], _disambiguation(call, 1, where), _counted(call, 2)
    elif name in MARKERS:
        if len(call.args) < 2:
            raise ExtractError(f"{where}: {name}() needs a context and a text")
        if name == "translate" and isinstance(
            call.args[1], (ast.Name, ast.Attribute, ast.Subscript)
        ):
            return None  # a text marked elsewhere (QT_TRANSLATE_NOOP), translated where shown
        context = _literal(call.args[0], where, "context") or ""
        source = _literal(call.args[1], where, "text")
        dis, counted = _disambiguation(call, 2, where), _counted(call, 3)
    else:
        return None
    if not source:
        raise ExtractError(f"{where}: an empty string is marked for translation")
    return Message(context, source, dis, counted or "%n" in source, where)


def extract_file(path: Path) -> list[Message]:
    rel = path.relative_to(ROOT)
    tree = ast.parse(path.read_text(encoding="utf-8"), str(rel))
    bound = _bound_contexts(tree, str(rel))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            message = _from_call(node, bound, f"{rel}:{node.lineno}")
            if message is not None:
                found.append(message)
    return found


def extract_catalog(path: Path = CATALOG) -> list[Message]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    where = str(path.relative_to(ROOT))
    texts = list(doc["scenarios"].values()) + list(doc["confidences"].values())
    for source in doc["sources"].values():
        texts += [source["short"], source["legend"]]
    for field in ("description", "note"):
        texts += [card[field] for card in doc["cards"] if card.get(field)]
    return [Message("Catalog", text, "", False, where) for text in texts]


def extract() -> dict[Key, Message]:
    """Every marked message of the code and the catalog, by key (first use kept)."""
    found: dict[Key, Message] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).as_posix() in DEFINERS:
            continue
        for message in extract_file(path):
            found.setdefault(message.key, message)
    for message in extract_catalog():
        found.setdefault(message.key, message)
    return found


@dataclass
class Translation:
    forms: list[str]
    finished: bool


def read_ts(path: Path) -> dict[Key, Translation]:
    if not path.exists():
        return {}
    result: dict[Key, Translation] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):  # noqa: S314 (ours)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if node is None:
                continue
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            result[key] = Translation(forms, node.get("type") is None)
    return result


def _text(value: str) -> str:
    return escape(value, {'"': "&quot;", "'": "&apos;"})


def render_ts(language: str, messages: list[Message], old: dict[Key, Translation]) -> str:
    """The .ts document (TS 2.1, as lupdate writes it): contexts and messages sorted."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{LANGUAGES[language]}">']  # fmt: skip
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_text(context)}</name>"]
        for message in sorted(by_context[context], key=lambda m: (m.source, m.disambiguation)):
            lines += _render_message(language, message, old.get(message.key))
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def _render_message(language: str, message: Message, old: Translation | None) -> list[str]:
    head = '    <message numerus="yes">' if message.numerus else "    <message>"
    lines = [head, f"        <source>{_text(message.source)}</source>"]
    if message.disambiguation:
        lines.append(f"        <comment>{_text(message.disambiguation)}</comment>")
    forms = old.forms if old else [""]
    finished = bool(old and old.finished and all(forms))
    state = "" if finished else ' type="unfinished"'
    if message.numerus:
        count = NUMERUS_FORMS[language]
        forms = (forms + [forms[-1]] * count)[:count] if any(forms) else [""] * count
        lines.append(f"        <translation{state}>")
        lines += [f"            <numerusform>{_text(f)}</numerusform>" for f in forms]
        lines.append("        </translation>")
    else:
        lines.append(f"        <translation{state}>{_text(forms[0])}</translation>")
    lines.append("    </message>")
    return lines


def ts_path(language: str) -> Path:
    return I18N / f"omise_token_gui_{language}.ts"


def wanted(language: str, found: dict[Key, Message]) -> list[Message]:
    return [m for m in found.values() if language == "th" or m.numerus]


def update() -> int:
    found = extract()
    for language in LANGUAGES:
        path = ts_path(language)
        path.write_text(
            render_ts(language, wanted(language, found), read_ts(path)), encoding="utf-8"
        )
        print(f"{path.relative_to(ROOT)}: {len(wanted(language, found))} messages")
    return todo(quiet=True)


def problems() -> list[str]:
    """What makes the translations unfit to ship: a stale .ts, an unfinished message, a
    translation that drops a placeholder or a mnemonic."""
    found = extract()
    result = []
    for language in LANGUAGES:
        path = ts_path(language)
        text = render_ts(language, wanted(language, found), read_ts(path))
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            result.append(f"{path.relative_to(ROOT)} is out of date: run scripts/i18n.py update")
        for key, translation in read_ts(path).items():
            result += _message_problems(language, key, translation, found.get(key))
    return result


_FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%n")


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower case."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _message_problems(
    language: str, key: Key, translation: Translation, message: Message | None
) -> list[str]:
    if message is None:
        return []
    where = f"{language}: {message.where}: {key[1]!r}"
    if not translation.finished or not all(translation.forms):
        return [f"{where} is not translated"]
    out = []
    wanted_fields = sorted(set(_FIELD.findall(key[1])))
    for form in translation.forms:
        if sorted(set(_FIELD.findall(form))) != wanted_fields:
            out.append(f"{where}: the translation's placeholders differ: {form!r}")
        if mnemonic(form) != mnemonic(key[1]):
            out.append(f"{where}: the translation's mnemonic (&) differs: {form!r}")
    return out


def todo(quiet: bool = False) -> int:
    found = extract()
    old = read_ts(ts_path("th"))
    missing = [m for m in wanted("th", found) if not (old.get(m.key) and old[m.key].finished)]
    for message in missing if not quiet else []:
        print(f"{message.where}: [{message.context}] {message.source!r}")
    print(f"{len(missing)} Thai strings to translate", file=sys.stderr)
    return 0


def _adopt(language: str, given: dict[Key, Translation]) -> int:
    """Write ``given`` translations into the language's .ts (for messages the code has);
    the number adopted."""
    found = extract()
    path = ts_path(language)
    old = read_ts(path)
    adopted = 0
    for key, translation in given.items():
        if key in found and (language == "th" or found[key].numerus) and all(translation.forms):
            old[key] = Translation(translation.forms, True)
            adopted += 1
    path.write_text(render_ts(language, wanted(language, found), old), encoding="utf-8")
    return adopted


def fill(language: str, json_file: Path) -> int:
    """Adopt translations from a JSON list of {"context", "source", "disambiguation"?,
    "translation" (text) or "forms" (plural forms)}."""
    given: dict[Key, Translation] = {}
    for item in json.loads(json_file.read_text(encoding="utf-8")):
        forms = item.get("forms") or [item.get("translation", "")]
        key = (item["context"], item["source"], item.get("disambiguation") or "")
        given[key] = Translation([str(f) for f in forms], True)
    print(f"{_adopt(language, given)} of {len(given)} translations adopted")
    return todo(quiet=True)


def merge(language: str, others: list[Path]) -> int:
    """Adopt the finished translations of other copies of the .ts (a merge's other side)."""
    given: dict[Key, Translation] = {}
    for other in others:
        given.update({k: t for k, t in read_ts(other).items() if t.finished})
    old = read_ts(ts_path(language))
    fresh = {k: t for k, t in given.items() if not (k in old and old[k].finished)}
    print(f"{_adopt(language, fresh)} translations adopted")
    return 0


def lrelease() -> str:
    candidates = [
        Path(sys.executable).with_name("pyside6-lrelease"),
        shutil.which("pyside6-lrelease"),
    ]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit("pyside6-lrelease is not installed (it comes with PySide6)")


def release(out_dir: Path = I18N) -> int:
    for language in LANGUAGES:
        qm = out_dir / f"omise_token_gui_{language}.qm"
        subprocess.run([lrelease(), "-silent", str(ts_path(language)), "-qm", str(qm)], check=True)  # noqa: S603
    return 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    try:
        if command == "update":
            return update()
        if command == "release":
            return release()
        if command == "todo":
            return todo()
        if command == "fill" and len(argv) == 3:
            return fill(argv[1], Path(argv[2]))
        if command == "merge" and len(argv) >= 3:
            return merge(argv[1], [Path(a) for a in argv[2:]])
        if command == "check":
            found = problems()
            print("\n".join(found) or "translations: up to date, nothing missing")
            return 1 if found else 0
    except ExtractError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
