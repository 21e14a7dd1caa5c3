"""argparse's own words ("usage: ", "options", "the following arguments are required: %s"…)
in the current language: ``install()`` points argparse's module-level ``_`` and ``ngettext``
(gettext's, looked up at each call) at ``core.i18n``, context "argparse".

Used by ``omise-token`` and by the window's command line (``options.py``); light (argparse
and ``core.i18n`` only). ``Columns`` lays help out for Thai too: lines break only at spaces
(Thai has none between words, so a phrase is never cut), measured in terminal columns.

The sources below are argparse's exact strings in Python 3.11, 3.12 and 3.13 (3.13 adds the
deprecation warnings, "%(heading)s:" and translates the version option's help; 3.11 and 3.12
leave that one to the caller). A string of another Python version that is not here stays
English: never an error. tests/cli/test_thai.py checks the running interpreter's.
"""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from omise_token_gui.core import i18n
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from omise_token_gui.core.paths import Paths

CONTEXT = "argparse"

SOURCES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "optional arguments"),  # before 3.10
    QT_TRANSLATE_NOOP("argparse", "%(heading)s:"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", " (default: %(default)s)"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: warning: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),  # ngettext: and "…arguments"
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "argument '%(argument_name)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "option '%(option)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "command '%(parser_name)s' is deprecated"),
)
# Left in English on purpose: the errors of a program building its parser wrongly (a bug,
# never a tester's input): "dest= is required…", "conflicting option string: %s", "%r is not
# callable", "cannot merge actions…", "mutually exclusive arguments must be optional"…


def language_for(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The language a command line (``omise-token``'s or the window's) speaks:
    ``i18n.for_command_line`` with the settings file of the folders it names (read before
    the parser exists: its --help is in that language)."""
    chosen = i18n.option_in(argv)
    if chosen is not None:
        return chosen
    where = Paths.resolve(
        i18n.option_value(argv, "--data-dir"), i18n.option_value(argv, "--config-dir"), environ
    )
    return i18n.for_command_line(argv, where.settings_path, environ)


def gettext(message: str) -> str:
    """argparse's ``_``: its text in the current language (3.11/3.12 also pass a title
    given to ``add_subparsers``, already translated, and None: both come back as they are)."""
    if not isinstance(message, str):
        return message
    return translate("argparse", message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext``: the translation of ``singular`` when there is one (Thai has
    one form), else English's own form for ``n``."""
    text = translate("argparse", singular)
    if text != singular:
        return text
    return singular if n == 1 else plural


def install() -> None:
    """Make argparse speak through ``core.i18n`` from now on (idempotent)."""
    namespace = vars(argparse)
    namespace["_"] = gettext
    namespace["ngettext"] = ngettext


def width(text: str) -> int:
    """The columns ``text`` takes in a terminal: combining marks (Thai vowel and tone marks
    above and below a letter) none, wide characters two."""
    return sum(
        0
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf")
        else 2
        if unicodedata.east_asian_width(c) in ("W", "F")
        else 1
        for c in text
    )


def wrap(text: str, columns: int) -> list[str]:
    """``text`` in lines of at most ``columns``, broken only at spaces (a word wider than
    that gets a line of its own: a scenario id such as ``visa-insufficient-fund`` and a Thai
    phrase are never split)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and width(candidate) > columns:
            lines.append(line)
            candidate = word
        line = candidate
    return [*lines, line] if line else lines


class Columns(argparse.HelpFormatter):
    """Help wrapped with ``wrap``, and the usage's next lines indented by the prefix's
    width (argparse counts characters: "วิธีใช้: " is 9 characters but 6 columns)."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))

    def _format_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None,
    ) -> str:
        text = super()._format_usage(usage, actions, groups, prefix)
        shown = gettext("usage: ") if prefix is None else prefix
        extra = len(shown) - width(shown)
        if extra <= 0:
            return text
        first, *rest = text.split("\n")
        cut = " " * extra
        return "\n".join([first, *(line.removeprefix(cut) for line in rest)])
