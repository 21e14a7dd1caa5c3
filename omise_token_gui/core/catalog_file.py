"""The tester's own catalog file: ``test_cards.json`` beside the settings (the config folder,
``core.paths``), laid over the shipped catalog. One loader, ``load``, used by the composition
root (``services.Services.build``: the window, and the embedded Sandbox through its config),
the command line (``cli.runtime``) and the tests.

The file (docs/catalog-data.md has an example)::

    {"schema": 2,
     "scenarios": {"my_case": "My case"},          # optional: labels, new or changed
     "cards": [{"id": "visa-successful", "note": "checked on our account"},   # overrides
               {"id": "my-visa", "brand": "Visa", "number": "4242 4242 4242 4242", ...}]}

A card whose ``id`` is in the shipped catalog is changed field by field; any other ``id``
adds a card, which then needs ``brand``, ``number``, ``scenario`` and
``expected_charge_status``. A card the file names is marked ``source: user_file`` unless the
file gives its ``source``. Every entry is checked (brand, number, Luhn, outcome, source,
confidence, date, https address, unique ids and numbers); any problem and the whole file is
set aside: the shipped catalog is used, and the problems say which file, which entry and
what is wrong (the window's notices at start, stderr for the command line).
"""

from __future__ import annotations

import json
import re
import stat
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from omise_token_gui.core import catalog as shipped_catalog
from omise_token_gui.core.cards import BRAND_NAMES, detect_brand, normalize_number, number_problem
from omise_token_gui.core.catalog import (
    CHARGE_STATUSES,
    CONFIDENCES,
    SOURCES,
    Catalog,
    card_from_row,
)
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.paths import Paths

_ = translator("CatalogFile")

FILE_NAME = "test_cards.json"
MAX_FILE_BYTES = 1_000_000
_ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}\Z")  # \Z: "my-visa\n" is not an id
_CODE_RE = re.compile(r"[a-z0-9_]{1,64}\Z")
MAX_LABEL = 120  # characters in a scenario's label
MAX_TEXT = 1000  # characters in a card's description or note
MAX_SHOWN_PROBLEMS = 20  # a file with thousands of problems: the first ones, and how many more
_TEXT_FIELDS = ("description", "note")
CARD_FIELDS = frozenset(
    {
        "id",
        "brand",
        "number",
        "scenario",
        "expected_charge_status",
        "expected_failure_code",
        "source",
        "confidence",
        "checked",
        "docs_url",
        *_TEXT_FIELDS,
    }
)
_NEW_CARD_NEEDS = ("brand", "number", "scenario", "expected_charge_status")
_TOP_FIELDS = frozenset({"schema", "version", "about", "scenarios", "cards"})


def user_file(where: Paths) -> Path:
    """Where the tester's catalog file is: beside ``settings.json``."""
    return where.config_dir / FILE_NAME


@dataclass(frozen=True)
class LoadedCatalog:
    catalog: Catalog
    problems: tuple[str, ...] = ()  # why the tester's file was set aside (empty: it was not)
    path: Path | None = None  # the file looked for


class CatalogFileError(Exception):
    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = tuple(problems)


def load(where: Paths | None = None, path: Path | None = None) -> LoadedCatalog:
    """The catalog this run uses: the shipped one with the tester's file laid over it (``path``,
    else ``user_file(where)``, else beside ``paths.current()``'s settings). No file: the
    shipped catalog. A bad file: the shipped catalog and the problems, each a sentence."""
    if path is None:
        from omise_token_gui.core import paths

        path = user_file(where or paths.current())
    shipped = shipped_catalog.load_catalog()
    try:
        if not _present(path):
            return LoadedCatalog(shipped, (), path)
        catalog = overlay(_read(path), path)
    except CatalogFileError as exc:
        heading = _("Your catalog file {path} was not used; the shipped catalog is.").format(
            path=path
        )
        problems = list(exc.problems[:MAX_SHOWN_PROBLEMS])
        if len(exc.problems) > MAX_SHOWN_PROBLEMS:
            more = len(exc.problems) - MAX_SHOWN_PROBLEMS
            problems.append(_("… and {count} more problems.").format(count=more))
        return LoadedCatalog(shipped, (heading, *problems), path)
    return LoadedCatalog(catalog, (), path)


def _present(path: Path) -> bool:
    """Whether there is a file to read (False: none, the usual case); raises
    ``CatalogFileError`` for something there that is not a plain file (a link to nothing or
    to a device, a folder, a pipe) or cannot be looked at."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            raise CatalogFileError(
                [_("{path}: a link to a file that does not exist.").format(path=path)]
            ) from None
        return False
    except OSError as exc:
        raise CatalogFileError(
            [_("{path}: cannot be read ({reason}).").format(path=path, reason=exc.strerror or exc)]
        ) from exc
    if not stat.S_ISREG(mode):
        raise CatalogFileError(
            [_("{path}: not a plain file (a folder, a device or a pipe).").format(path=path)]
        )
    return True


def _read(path: Path) -> Any:
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise CatalogFileError(
            [_("{path}: cannot be read ({reason}).").format(path=path, reason=exc.strerror or exc)]
        ) from exc
    if len(data) > MAX_FILE_BYTES:
        raise CatalogFileError(
            [_("{path}: larger than {size} bytes.").format(path=path, size=MAX_FILE_BYTES)]
        )
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CatalogFileError([_("{path}: not UTF-8 text.").format(path=path)]) from exc
    except json.JSONDecodeError as exc:
        raise CatalogFileError(
            [
                _("{path}: not valid JSON (line {line}, column {column}: {reason}).").format(
                    path=path, line=exc.lineno, column=exc.colno, reason=exc.msg
                )
            ]
        ) from exc
    except (RecursionError, ValueError) as exc:  # nested too deep; a number of 4,300 digits
        raise CatalogFileError(
            [
                _("{path}: not a catalog (nested too deeply, or a number too long).").format(
                    path=path
                )
            ]
        ) from exc
    bad = _unshowable_text(doc)
    if bad is not None:
        raise CatalogFileError(
            [
                _(
                    "{path}: a text holds a character that cannot be shown (U+{code}: a control "
                    "character or half of a surrogate pair)."
                ).format(path=path, code=f"{ord(bad):04X}")
            ]
        )
    return doc


def _unshowable_text(doc: Any) -> str | None:
    """The first character in any key or text of ``doc`` that is a control character (escape
    codes that would reach a terminal) or an unpaired surrogate (which Qt cannot take)."""
    stack = [doc]
    while stack:  # not recursive: ``doc`` may be nested as deep as the JSON parser allowed
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            for char in item:
                if unicodedata.category(char) in ("Cc", "Cs"):
                    return char
    return None


def overlay(doc: Any, path: Path) -> Catalog:
    """The shipped catalog with ``doc`` (the tester's file, read) laid over it; raises
    ``CatalogFileError`` with every problem found."""
    shipped = shipped_catalog.shipped_document()
    problems = _top_problems(doc, path)
    if problems:
        raise CatalogFileError(problems)
    labels = {**shipped["scenarios"], **doc.get("scenarios", {})}
    rows: dict[str, dict[str, Any]] = {str(row["id"]): dict(row) for row in shipped["cards"]}
    touched: list[str] = []
    for index, entry in enumerate(doc.get("cards", [])):
        where = _entry_name(path, index, entry)
        entry_problems = _entry_problems(entry, rows, touched)
        if not entry_problems:
            row = {**rows.get(entry["id"], {}), "source": "user_file", **entry}
            entry_problems = _card_problems(row, labels)
            if not entry_problems:
                rows[entry["id"]] = row
                touched.append(entry["id"])
        problems += [f"{where}: {problem}" for problem in entry_problems]
    problems += _duplicate_numbers(path, rows, touched)
    if problems:
        raise CatalogFileError(problems)
    base = shipped_catalog.parse_catalog(shipped)
    cards = tuple(card_from_row(row, labels) for row in rows.values())
    return Catalog(cards, labels, base.version, base.sources, base.confidences, len(touched))


def _entry_name(path: Path, index: int, entry: Any) -> str:
    if isinstance(entry, dict) and isinstance(entry.get("id"), str):
        return _('{path}, card {number} (id "{id}")').format(
            path=path, number=index + 1, id=entry["id"]
        )
    return _("{path}, card {number}").format(path=path, number=index + 1)


def _top_problems(doc: Any, path: Path) -> list[str]:
    if not isinstance(doc, dict):
        return [_("{path}: the file must hold a JSON object.").format(path=path)]
    problems = [
        _('{path}: unknown field "{field}".').format(path=path, field=key)
        for key in doc
        if key not in _TOP_FIELDS
    ]
    if "schema" in doc and doc["schema"] != shipped_catalog.SCHEMA:
        problems.append(
            _(
                "{path}: schema {found} is not supported (this version reads schema {schema})."
            ).format(path=path, found=json.dumps(doc["schema"]), schema=shipped_catalog.SCHEMA)
        )
    scenarios = doc.get("scenarios", {})
    if not isinstance(scenarios, dict) or not all(
        isinstance(k, str)
        and _CODE_RE.match(k)
        and isinstance(v, str)
        and v.strip()
        and len(v) <= MAX_LABEL
        for k, v in scenarios.items()
    ):
        problems.append(
            _(
                '{path}: "scenarios" must map scenario ids (a-z, 0-9, _) to labels of at most '
                "{count} characters."
            ).format(path=path, count=MAX_LABEL)
        )
    if not isinstance(doc.get("cards", []), list):
        problems.append(_('{path}: "cards" must be a list.').format(path=path))
    return problems


def _entry_problems(entry: Any, rows: Mapping[str, Any], touched: Sequence[str]) -> list[str]:
    if not isinstance(entry, dict):
        return [_("an entry must be a JSON object.")]
    card_id = entry.get("id")
    if not isinstance(card_id, str) or not _ID_RE.match(card_id):
        return [_('"id" must be a text of a-z, 0-9, - and _ (like "my-visa").')]
    if card_id in touched:
        return [_("this id is in the file twice.")]
    problems = [
        _('unknown field "{field}".').format(field=key) for key in entry if key not in CARD_FIELDS
    ]
    if card_id not in rows:
        problems += [
            _('a new card needs "{field}".').format(field=field)
            for field in _NEW_CARD_NEEDS
            if field not in entry
        ]
    return problems


def _card_problems(row: Mapping[str, Any], labels: Mapping[str, str]) -> list[str]:
    """What is wrong with one card as the file makes it (the shipped fields under it)."""
    problems: list[str] = []
    brand, number = row.get("brand"), row.get("number")
    if brand not in BRAND_NAMES:
        problems.append(_('"brand" must be one of {brands}.').format(brands=", ".join(BRAND_NAMES)))
    if not isinstance(number, str):
        problems.append(_('"number" must be a text.'))
    else:
        problem = number_problem(number)
        if problem is not None:
            problems.append(_('"number": {problem}').format(problem=problem))
        elif brand in BRAND_NAMES and detect_brand(number) != brand:
            problems.append(
                _('"number" is a {found} number, not {brand}.').format(
                    found=detect_brand(number), brand=brand
                )
            )
    problems += _outcome_problems(row, labels)
    problems += _evidence_problems(row)
    return problems


def _outcome_problems(row: Mapping[str, Any], labels: Mapping[str, str]) -> list[str]:
    problems: list[str] = []
    scenario, status = row.get("scenario"), row.get("expected_charge_status")
    code = row.get("expected_failure_code")
    if not isinstance(scenario, str) or scenario not in labels:
        problems.append(_('"scenario" must be a scenario id with a label (add it to "scenarios").'))
    if status not in CHARGE_STATUSES:
        problems.append(_('"expected_charge_status" must be "successful" or "failed".'))
    elif status == "successful" and code is not None:
        problems.append(_('a successful card has no "expected_failure_code" (use null).'))
    elif status == "failed" and not (isinstance(code, str) and _CODE_RE.match(code)):
        problems.append(_('a failed card needs "expected_failure_code", like "insufficient_fund".'))
    return problems


def _evidence_problems(row: Mapping[str, Any]) -> list[str]:
    problems: list[str] = []
    if row.get("source") not in SOURCES:
        problems.append(_('"source" must be one of {values}.').format(values=", ".join(SOURCES)))
    if row.get("confidence", "low") not in CONFIDENCES:
        problems.append(
            _('"confidence" must be one of {values}.').format(values=", ".join(CONFIDENCES))
        )
    checked = row.get("checked")
    if checked is not None and not (isinstance(checked, str) and _is_date(checked)):
        problems.append(_('"checked" must be a date like 2026-12-02.'))
    url = row.get("docs_url")
    if url is not None and not _web_page(url):
        problems.append(_('"docs_url" must be an https:// address of a web page, or null.'))
    for field in _TEXT_FIELDS:
        text = row.get(field, "")
        if not isinstance(text, str):
            problems.append(_('"{field}" must be a text.').format(field=field))
        elif len(text) > MAX_TEXT:
            problems.append(
                _('"{field}" is longer than {count} characters.').format(
                    field=field, count=MAX_TEXT
                )
            )
    return problems


def _web_page(url: object) -> bool:
    """An https address with a host and no user name or password in it (a browser would
    go to ``evil.example`` for ``https://docs.omise.co@evil.example/``)."""
    if not isinstance(url, str) or not url.startswith("https://") or any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    return bool(host) and "@" not in parts.netloc


def _is_date(value: Any) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _duplicate_numbers(
    path: Path, rows: Mapping[str, Mapping[str, Any]], touched: Sequence[str]
) -> list[str]:
    seen: dict[str, str] = {}
    problems = []
    for card_id, row in rows.items():
        number = normalize_number(str(row["number"]))
        other = seen.setdefault(number, card_id)
        if other != card_id and (card_id in touched or other in touched):
            problems.append(
                _('{path}: cards "{first}" and "{second}" have the same number.').format(
                    path=path, first=other, second=card_id
                )
            )
    return problems
