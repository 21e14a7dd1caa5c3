"""Translation without Qt: the core's, the command line's and the emulator-free parts' strings.

One catalog per language, the Qt Linguist ``.ts`` files in ``resources/i18n`` (the same files
the window's ``.qm`` are compiled from, so a string has one translation everywhere).

Marking a string (``scripts/i18n.py update`` finds these, by their names; see docs/i18n.md)::

    _ = translator("Vault")                    # once per module, a literal context
    _("The vault did not answer within {seconds} s.").format(seconds=...)
    _("%n token(s) created", n=count)          # plural: %n is replaced by the count
    LABEL = QT_TRANSLATE_NOOP("Catalog", "Insufficient funds")   # marked, translated later
    translate("Catalog", LABEL)                # by a context named at the call

Contracts:
- The language is process-wide (``set_language``), with a per-task override (``speaking``,
  a ContextVar: an asyncio task created inside it keeps the language it was created with).
- An unknown context, source or language gives the source text: never an exception.
- ``%n`` is replaced by the count in the chosen form (English: one/other; Thai: one form).
- In the window's process a ``backend`` (Qt's translator) may answer instead of the catalog,
  for the language the window speaks; other languages still come from the catalog.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

TYPE_CHECKING = False  # not typing's (core.channel says why)
if TYPE_CHECKING:  # pathlib only when a catalog is read: the fast path forwards without it
    from pathlib import Path

ENGLISH, THAI = "en", "th"
LANGUAGES = (ENGLISH, THAI)
SYSTEM = "system"  # the Settings choice: follow the computer's language
CHOICES = (SYSTEM, *LANGUAGES)
# The language names as shown in the language choice: each in its own language.
NATIVE_NAMES = {ENGLISH: "English", THAI: "ไทย (Thai)"}
CATALOG_PACKAGE = "omise_token_gui.resources.i18n"
CATALOG_NAME = "omise_token_gui_{}.ts"

Backend = Callable[[str, str, "str | None", int], str]

_language = ENGLISH
_override: ContextVar[str | None] = ContextVar("omise_token_gui_language", default=None)
_backend: tuple[str, Backend] | None = None


def QT_TRANSLATE_NOOP(context: str, source: str, disambiguation: str | None = None) -> str:
    """Marks ``source`` for translation under ``context`` and returns it unchanged (Qt's name,
    so that the tools and translators know it)."""
    del context, disambiguation
    return source


def current() -> str:
    """The language strings are translated into now (``speaking`` first, else the process's)."""
    return _override.get() or _language


def set_language(language: str) -> None:
    """Make ``language`` (one of LANGUAGES; anything else: English) the process's language."""
    global _language
    _language = language if language in LANGUAGES else ENGLISH


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Translate into ``language`` inside the block (and in tasks created inside it)."""
    token = _override.set(language if language in LANGUAGES else ENGLISH)
    try:
        yield
    finally:
        _override.reset(token)


def set_backend(language: str | None, backend: Backend | None = None) -> None:
    """Let ``backend`` (context, source, disambiguation, n) answer for ``language``; None: no
    backend (the catalog answers for every language)."""
    global _backend
    _backend = (language, backend) if language and backend else None


def from_locale(environ: Mapping[str, str] | None = None) -> str:
    """The language the computer's locale asks for: the first of LANGUAGE (a list), LC_ALL,
    LC_MESSAGES, LANG that is set, Thai when it names Thai (``th``, ``th_TH.UTF-8``)."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        first = value.split(":")[0] if name == "LANGUAGE" else value
        return THAI if first.lower().startswith("th") else ENGLISH
    return ENGLISH


def resolve(choice: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The language for a choice: ``en``/``th`` (any case, spaces around: a hand-edited
    settings file's ``"TH"``); ``system``, None or anything else: the locale's."""
    chosen_ = normal(choice)
    return chosen_ if chosen_ in LANGUAGES else from_locale(environ)


def normal(choice: object) -> str | None:
    """A choice as the code knows it (``" TH "`` → ``th``); None when it is not a string."""
    return choice.strip().lower()[:16] if isinstance(choice, str) else None


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language (the source itself when there is no translation)."""
    language = current()
    if _backend is not None and _backend[0] == language:
        return _backend[1](context, source, disambiguation, n)
    if language == ENGLISH and n < 0:  # the source is English; its catalog holds plurals only
        return source
    return catalog(language).lookup(context, source, disambiguation, n)


def translator(context: str) -> Callable[..., str]:
    """A ``_(source, disambiguation=None, n=-1)`` for one context (module level, literal)."""

    def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(context, source, disambiguation, n)

    return tr


def plural_index(language: str, n: int) -> int:
    """Which numerus form a count takes (Qt's rules: Thai has one form, English two)."""
    if language == THAI:
        return 0
    return 0 if n == 1 else 1


class Catalog:
    """One language's translations: (context, source, disambiguation) → forms. (A plain
    class: ``dataclasses`` would be imported before the window's first paint.)"""

    __slots__ = ("language", "messages")

    def __init__(
        self, language: str, messages: dict[tuple[str, str, str], tuple[str, ...]] | None = None
    ) -> None:
        self.language = language
        self.messages = messages or {}

    def lookup(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        forms = self.messages.get((context, source, disambiguation or ""))
        text = source
        if forms:
            index = plural_index(self.language, n) if n >= 0 else 0
            text = forms[min(index, len(forms) - 1)] or source
        return text.replace("%n", str(n)) if n >= 0 else text


def parse_ts(text: str, language: str) -> Catalog:
    """The finished translations of a ``.ts`` document (unfinished ones are left out)."""
    from xml.etree import ElementTree

    messages: dict[tuple[str, str, str], tuple[str, ...]] = {}
    # The shipped .ts files (package data), not input from outside: stdlib XML is fine.
    for context in ElementTree.fromstring(text).iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = tuple(forms) if forms else (translation.text or "",)
    return Catalog(language, messages)


def catalog_dir() -> Path:
    """The folder of the shipped .ts and .qm (a real folder in a wheel, an editable install and
    a frozen app alike; importlib.resources is not imported before the first paint)."""
    import importlib
    from pathlib import Path

    return Path(importlib.import_module(CATALOG_PACKAGE).__file__ or "").parent


@cache
def catalog(language: str) -> Catalog:
    """The shipped catalog of ``language`` (an empty one when it cannot be read)."""
    try:
        name = CATALOG_NAME.format(language)
        text = (catalog_dir() / name).read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError, ValueError):
        return Catalog(language)
    return parse_ts(text, language)


def chosen(option: str | None, settings_file: os.PathLike[str] | str | None) -> str:
    """The language to start in: ``--language`` when given, else the Settings choice (read
    from the settings file's ``language``, cheaply, before the rest of the settings), else
    the computer's locale. Never fails: an unreadable file means "the computer's"."""
    if option in LANGUAGES:
        return option
    return resolve(_saved_choice(settings_file))


def _saved_choice(settings_file: os.PathLike[str] | str | None) -> str | None:
    """The settings file's ``language`` (None when absent or unreadable)."""
    saved = None
    if settings_file is not None:
        import json

        try:
            with open(settings_file, encoding="utf-8") as handle:
                doc = json.load(handle)
            saved = doc.get("language") if isinstance(doc, dict) else None
        except (OSError, ValueError, RecursionError):  # RecursionError: [[[[…
            saved = None
    return saved if isinstance(saved, str) else None


LANGUAGE_OPTION = "--language"


def option_value(argv: Sequence[str], option: str) -> str | None:
    """The value a command line gives ``option`` (``--opt X``, ``--opt=X``, or an
    abbreviation argparse accepts, at least ``--xy``), before any ``--``; the last one wins,
    as in argparse. None when it is not there."""
    found: str | None = None
    words = iter(argv)
    for word in words:
        if word == "--":
            break
        name, has_value, value = word.partition("=")
        if len(name) >= 4 and option.startswith(name):
            found = value if has_value else next(words, "")
    return found


def option_in(argv: Sequence[str]) -> str | None:
    """The language ``--language`` names in a command line (``option_value``); None when
    there is none or it names no language of LANGUAGES."""
    found = option_value(argv, LANGUAGE_OPTION)
    return found if found in LANGUAGES else None


def for_command_line(
    argv: Sequence[str],
    settings_file: os.PathLike[str] | str | None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The language ``omise-token ARGV`` speaks: one rule for the command line and for the
    fast path that forwards a ``create`` to the running app (which then speaks the shell's
    language, not its own: forward ``--language=`` this). ``--language`` (``option_in``);
    else the Settings choice in ``settings_file``, the settings file of the folders ARGV
    names (``Paths.resolve(data, config).settings_path``, the config folder being
    ``option_value(argv, "--config-dir")`` or the environment's or the platform's); else the
    locale of ``environ`` (None: ``os.environ``). Never fails."""
    return option_in(argv) or resolve(_saved_choice(settings_file), environ)
