"""The window's languages: Qt's translator, a retranslation hook, and the Thai font check.

Marking a string in ui/ (``scripts/i18n.py update`` finds these; docs/i18n.md)::

    _ = translator("CreatePanel")      # module level, a literal, stable context

    class CreatePanel(QWidget):
        def __init__(self) -> None:
            ...                                   # widgets built without their texts
            on_language_change(self, self._retranslate)   # now, and at every switch

        def _retranslate(self) -> None:
            self.create_button.setText(_("&Create token"))

Never ``self.tr()``: PySide takes its context from the object's runtime class, so a string
written on a base class is looked up under the subclass's name and silently stays English
(a test refuses ``.tr(`` in the package).

``apply_language`` installs the language's ``.qm`` (compiled from the .ts by
``scripts/i18n.py release``), makes the core speak it (``core.i18n`` answers through Qt for
that language) and sets QLocale's default; Qt then sends ``QEvent.LanguageChange`` to every
widget, and each ``on_language_change`` callback sets its texts again: at once, no restart.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator
from PySide6.QtGui import QFontDatabase

from omise_token_gui.core import i18n

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []  # the current language's translator (kept alive)


def translator(context: str) -> Callable[..., str]:
    """``_(source, disambiguation=None, n=-1)`` translating through Qt under ``context``.
    A counted text goes through core.i18n: the same Qt lookup once a language is applied,
    and English's one/other forms from the catalog where no Qt translator is installed yet
    (Qt alone would show "3 token(s)")."""

    def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if n >= 0:
            return i18n.translate(context, source, disambiguation, n)
        return QCoreApplication.translate(context, source, disambiguation, n)

    return tr


_MNEMONIC_SUFFIX = re.compile(r"\s*\(&[^&\s]\)")


def without_mnemonic(text: str) -> str:
    """The text as read aloud or shown without its mnemonic: ``&Create`` → ``Create``,
    ``สร้าง (&C)`` → ``สร้าง`` (the Thai/CJK convention), ``&&`` → ``&``."""
    text = _MNEMONIC_SUFFIX.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _qt_translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


class _LanguageWatch(QObject):
    """Calls ``retranslate`` when its parent receives ``QEvent.LanguageChange``."""

    def __init__(self, watched: QObject, retranslate: Callable[[], None]) -> None:
        super().__init__(watched)
        self._retranslate = retranslate
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def on_language_change(watched: QObject, retranslate: Callable[[], None]) -> None:
    """Run ``retranslate`` now and whenever the language changes (``watched`` must be a
    widget, or an object Qt sends LanguageChange to; the hook lives as long as it does)."""
    _LanguageWatch(watched, retranslate)
    retranslate()


class CatalogTranslator(QTranslator):
    """Stands in for a missing or unreadable ``.qm``: the same ``.ts``, read by core.i18n
    (slower to load, the same texts). Answers None (a null QString) for a text it has not:
    Qt then uses the source, as it does with a ``.qm`` ("" would blank it)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._catalog = i18n.catalog(language)

    def isEmpty(self) -> bool:
        return not self._catalog.messages

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        forms = self._catalog.messages.get((context, source, disambiguation or ""))
        if not forms:
            return None  # type: ignore[return-value]  # a null QString: "not here" to Qt
        index = i18n.plural_index(self._catalog.language, n) if n >= 0 else 0
        return forms[min(index, len(forms) - 1)]


def _load(language: str) -> QTranslator:
    path = i18n.catalog_dir() / i18n.CATALOG_NAME.format(language).replace(".ts", ".qm")
    loaded = QTranslator()
    if path.is_file() and loaded.load(str(path)):
        return loaded
    log.warning("No compiled translations in %s (scripts/i18n.py release): using the .ts", path)
    return CatalogTranslator(language)


def apply_language(language: str) -> str:
    """Make the window and the core speak ``language`` (en or th); the language applied.
    Every widget gets ``QEvent.LanguageChange`` (a no-op when it is the language already)."""
    language = language if language in i18n.LANGUAGES else i18n.ENGLISH
    app = QCoreApplication.instance()
    loaded = _load(language)
    for old in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    if app is not None:
        QCoreApplication.installTranslator(loaded)
        _installed.append(loaded)
    i18n.set_language(language)
    i18n.set_backend(language, _qt_translate)
    thai = language == i18n.THAI
    QLocale.setDefault(
        QLocale(QLocale.Language.Thai, QLocale.Country.Thailand)
        if thai
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    return language


def current_language() -> str:
    return i18n.current()


def thai_font_available() -> bool:
    """True when a font that draws Thai is installed (else Thai text would be boxes)."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Thai))


_followed: list[str] = []  # the Settings choice seen last (empty: none seen yet)


def follow_language(choice: str) -> None:
    """Apply a changed Settings choice (``Settings.language``) at once. The first call only
    notes it: the start has applied ``--language``, or this choice, already."""
    if _followed and _followed[0] != choice:
        apply_language(i18n.resolve(choice))
    _followed[:] = [choice]
