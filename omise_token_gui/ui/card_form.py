"""The card form: every field of ``POST /tokens``, validated as you type, shown at the field.

The card itself (name, number, expiry, security code) is always shown; billing address and
phone fold away (``BILLING``), so that pick, create and copy fit a 1280×720 screen. Each
field's error line keeps its place, so that an error appearing as you type moves nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from omise_token_gui.core.card_defaults import default_card, picked_card
from omise_token_gui.core.cards import (
    REQUIRED_FIELDS,
    CardInput,
    Clock,
    detect_brand,
    utc_now,
    validate,
    vault_today,
)
from omise_token_gui.core.catalog import Catalog, CatalogCard, shown, source_text
from omise_token_gui.core.errors import FieldProblem
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, THAI, current, translate
from omise_token_gui.ui import palette
from omise_token_gui.ui.fold import Fold, reserved_line, show_line
from omise_token_gui.ui.i18n import on_language_change, translator
from omise_token_gui.ui.plain import plain_label
from omise_token_gui.ui.secret_edit import SecretLineEdit

_ = translator("CardForm")

_COUNTRY_RE = re.compile(r"([A-Za-z]{2}) — ")
# Fields whose selection other programs must never read (X11 PRIMARY): promise 2.
SECRET_FIELDS = ("number", "security_code")


@dataclass(frozen=True)
class FieldSpec:
    """A field: its name (the vault's), and its label and placeholder in English, marked
    (``shown_label``, ``shown_placeholder``: in the current language)."""

    name: str
    label: str
    placeholder: str = ""

    @property
    def required(self) -> bool:
        return self.name in REQUIRED_FIELDS

    @property
    def shown_label(self) -> str:
        return translate("CardForm", self.label)

    @property
    def shown_placeholder(self) -> str:
        return translate("CardForm", self.placeholder) if self.placeholder else ""


FIELDS = (
    # An empty field must not look filled in: no sample name or number as its placeholder.
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("CardForm", "Cardholder name"),
        QT_TRANSLATE_NOOP("CardForm", "(empty: type the name on the card)"),
    ),
    FieldSpec(
        "number",
        QT_TRANSLATE_NOOP("CardForm", "Card number"),
        QT_TRANSLATE_NOOP("CardForm", "(empty: pick a test card or type a number)"),
    ),
    FieldSpec(
        "expiration_month",
        QT_TRANSLATE_NOOP("CardForm", "Expiry month"),
        QT_TRANSLATE_NOOP("CardForm", "MM"),
    ),
    FieldSpec(
        "expiration_year",
        QT_TRANSLATE_NOOP("CardForm", "Expiry year"),
        QT_TRANSLATE_NOOP("CardForm", "YYYY"),
    ),
    FieldSpec(
        "security_code",
        QT_TRANSLATE_NOOP("CardForm", "Security code"),
        QT_TRANSLATE_NOOP("CardForm", "CVV / CVC"),
    ),
    FieldSpec("street1", QT_TRANSLATE_NOOP("CardForm", "Street 1")),
    FieldSpec("street2", QT_TRANSLATE_NOOP("CardForm", "Street 2")),
    FieldSpec("city", QT_TRANSLATE_NOOP("CardForm", "City")),
    FieldSpec("state", QT_TRANSLATE_NOOP("CardForm", "State")),
    FieldSpec("postal_code", QT_TRANSLATE_NOOP("CardForm", "Postal code")),
    FieldSpec(
        "country",
        QT_TRANSLATE_NOOP("CardForm", "Country"),
        QT_TRANSLATE_NOOP("CardForm", "TH", "the country field's placeholder: a sample code"),
    ),
    FieldSpec("phone_number", QT_TRANSLATE_NOOP("CardForm", "Phone number")),
)


# Fields on the expiry month's row, with the label shown before them ("": none).
SAME_ROW = {"expiration_year": "", "security_code": FIELDS[4].label}
# The fields folded under "Billing address and phone" (the card's own fields stay in sight).
BILLING = ("street1", "street2", "city", "state", "postal_code", "country", "phone_number")


@cache
def countries() -> list[tuple[str, str]]:
    """ISO 3166 alpha-2 codes and English names, from Qt's own locale data."""
    pairs = {(QLocale.territoryToCode(t), QLocale.territoryToString(t)) for t in QLocale.Country}
    return sorted((code, name) for code, name in pairs if len(code) == 2 and code.isalpha())


@cache
def thai_country_names() -> dict[str, str]:
    """The territories' Thai names by code (CLDR's, shipped in ``countries_th.json``: Qt has
    each territory's name only in English and in its own language)."""
    try:
        text = (
            resources.files("omise_token_gui.resources")
            .joinpath("countries_th.json")
            .read_text(encoding="utf-8")
        )
        names = json.loads(text)["names"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {str(code): str(name) for code, name in names.items()}


def country_items() -> list[tuple[str, str]]:
    """(code, "TH — name") for the country list, the names in the current language (the
    code first in both: a tester types ``TH`` or a name, and the vault gets the code)."""
    thai = thai_country_names() if current() == THAI else {}
    return [(code, f"{code} — {thai.get(code, name)}") for code, name in countries()]


class CardForm(QWidget):
    changed = Signal()

    def __init__(
        self, catalog: Catalog, parent: QWidget | None = None, clock: Clock = utc_now
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.clock = clock  # expiry is judged by the vault's (UTC) date of this clock
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._filling = False  # fill() checks the form once, after every field is set
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, item in country_items():
            self.country.addItem(item, code)
        completer = self.country.completer()
        if completer is not None:
            completer.setFilterMode(completer.filterMode().MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.scenario = reserved_line("scenarioHint")
        self.scenario.show()
        self._lay_out_fields()
        self.edits["expiration_month"].setMaxLength(4)
        self.edits["expiration_year"].setMaxLength(6)
        # The problems shown came from the form's own check (None), or from outside (the
        # vault's answer): a language switch checks again, or shows those again.
        self._told: tuple[FieldProblem, ...] | None = None
        self.fill(default_card(vault_today(clock)))
        on_language_change(self, self._retranslate)

    def _lay_out_fields(self) -> None:
        card, billing = self._forms()
        self.labels: dict[str, QLabel] = {}  # each row's label (texts: ``_retranslate``)
        expiry = QHBoxLayout()  # expiry month and year, and the security code: one row
        for spec in FIELDS:
            cell = self._field(spec)
            if spec.name in SAME_ROW:
                if SAME_ROW[spec.name]:
                    label = self.labels[spec.name] = plain_label()
                    label.setMinimumHeight(self.edits[spec.name].sizeHint().height())
                    expiry.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
                expiry.addWidget(cell, 1)
                continue
            label = self.labels[spec.name] = plain_label()
            form = billing if spec.name in BILLING else card
            if spec.name == "expiration_month":
                expiry.addWidget(cell, 1)
                form.addRow(label, expiry)
            else:
                form.addRow(label, cell)

    def _retranslate(self) -> None:
        for spec in FIELDS:
            edit = self.edits[spec.name]
            edit.setPlaceholderText(spec.shown_placeholder)
            edit.setAccessibleName(spec.shown_label)
            label = self.labels.get(spec.name)
            if label is None:
                continue
            if spec.name == "expiration_month":
                label.setText(_("Expiry month / year *"))
            elif spec.name in SAME_ROW:
                label.setText(translate("CardForm", SAME_ROW[spec.name]))
            elif spec.required:
                label.setText(_("{field} *", "a required field's label").format(
                    field=spec.shown_label))  # fmt: skip
            else:
                label.setText(spec.shown_label)
        self.billing.set_title(_("&Billing address and phone"))
        self._rename_countries()
        if self._told is None:
            self._on_change()
        else:
            self.show_problems(self._told)
            show_line(self.scenario, self._hint())  # the card's line, in the new language

    def _rename_countries(self) -> None:
        """The country list's names in the current language (codes and choice kept)."""
        edit = self.country.lineEdit() or QLineEdit()
        typed = edit.text()
        for widget in (self.country, edit):  # the same country: not an edit (the problems stay)
            widget.blockSignals(True)
        chosen = self.country.currentIndex()
        picked = chosen >= 0 and typed == self.country.itemText(chosen)
        for index, (_code, item) in enumerate(country_items()):
            self.country.setItemText(index, item)
        # A picked country reads in the new language; a text typed by hand stays.
        edit.setText(self.country.itemText(chosen) if picked else typed)
        for widget in (self.country, edit):
            widget.blockSignals(False)

    def _field(self, spec: FieldSpec) -> QWidget:
        """One field: its edit over its error line (and the scenario hint, for the number)."""
        if spec.name == "country":
            edit = self.country.lineEdit() or QLineEdit()
            widget: QWidget = self.country
        else:
            edit = SecretLineEdit() if spec.name in SECRET_FIELDS else QLineEdit()
            widget = edit
        edit.setObjectName(f"field_{spec.name}")
        self.edits[spec.name] = edit
        error = reserved_line(f"error_{spec.name}")
        palette.paint(error, palette.Look.ERROR)
        self.errors[spec.name] = error
        cell = QVBoxLayout()
        cell.setSpacing(1)
        cell.addWidget(widget)
        cell.addWidget(error)
        if spec.name == "number":
            cell.addWidget(self.scenario)
        edit.textChanged.connect(self._on_change)
        return self._wrap(cell)

    def _forms(self) -> tuple[QFormLayout, QFormLayout]:
        """The card's form, always shown, and the billing form inside ``self.billing``."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        card, billing = QFormLayout(), QFormLayout()
        for form in (card, billing):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setVerticalSpacing(2)
        holder = QWidget()
        holder.setLayout(billing)
        billing.setContentsMargins(0, 0, 0, 0)
        self.billing = Fold("", holder, "billing")  # its title: ``_retranslate``
        layout.addLayout(card)
        layout.addWidget(self.billing)
        layout.addStretch(1)
        return card, billing

    @staticmethod
    def _wrap(layout: QVBoxLayout | QHBoxLayout) -> QWidget:
        holder = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(layout)
        return holder

    # ---------------------------------------------------------------- values
    def card_input(self) -> CardInput:
        values = {name: edit.text() for name, edit in self.edits.items()}
        match = _COUNTRY_RE.match(values["country"])
        values["country"] = match.group(1).upper() if match else values["country"]
        return CardInput(**values)

    def fill(self, card: CardInput) -> None:
        self.blockSignals(True)
        self._filling = True
        try:
            for name, edit in self.edits.items():
                value = getattr(card, name)
                if name == "country":
                    index = self.country.findData(value.upper()) if len(value) == 2 else -1
                    if index >= 0:
                        self.country.setCurrentIndex(index)
                    else:
                        edit.setText(value)
                else:
                    edit.setText(value)
        finally:
            self._filling = False
            self.blockSignals(False)
        self._on_change()

    def fill_from_catalog(self, entry: CatalogCard) -> None:
        """Picking a test card: its number, and a sendable card around it (the rule is
        ``core.card_defaults.picked_card``)."""
        self.fill(picked_card(self.card_input(), entry, vault_today(self.clock)))

    def reset(self) -> None:
        """Every field back to the defaults (``core.card_defaults.default_card``)."""
        self.fill(default_card(vault_today(self.clock)))

    def catalog_entry(self) -> CatalogCard | None:
        return self.catalog.lookup(self.edits["number"].text())

    # ---------------------------------------------------------------- problems
    def problems(self) -> list[FieldProblem]:
        return validate(self.card_input(), vault_today(self.clock))

    def show_problems(self, problems: list[FieldProblem] | tuple[FieldProblem, ...]) -> None:
        """Show ``problems`` at their fields (from outside: the vault's, kept until the next
        edit, and shown again as they are after a language switch)."""
        self._told = tuple(problems)
        self._show(self._told)

    def _show(self, problems: tuple[FieldProblem, ...]) -> None:
        by_field: dict[str, list[str]] = {}
        for p in problems:
            target = p.field if p.field in self.errors else "number"
            by_field.setdefault(target, []).append(p.message)
        for name, label in self.errors.items():
            messages = by_field.get(name)
            show_line(label, " ".join(messages) if messages else "")
            edit = self.edits[name]
            edit.setProperty("invalid", bool(messages))
            palette.paint(edit, palette.Look.ERROR_BORDER if messages else palette.Look.PLAIN)
        hidden = sum(1 for name in BILLING if name in by_field)
        self.billing.set_note(_("%n problem(s)", n=hidden) if hidden else "")

    def _on_change(self) -> None:
        if self._filling:
            return  # fill() checks once, when every field holds its new value
        self._told = None
        self._show(tuple(self.problems()))
        show_line(self.scenario, self._hint())
        self.scenario.show()  # its place stays, empty or not
        self.changed.emit()

    def _hint(self) -> str:
        """What the number is: a catalog card (its scenario, expected charge, source), or
        not."""
        entry = self.catalog_entry()
        number = self.edits["number"].text()
        if entry is not None:
            return _(
                "{brand} test card · {scenario} · expected charge: {expected} · source {source}"
            ).format(
                brand=entry.brand,
                scenario=shown(entry.scenario_label),
                expected=entry.expected_outcome,
                source=source_text(entry)[0],
            )
        if number.strip():
            return _(
                "{brand} · not a catalog test card (charge should succeed if it passes Luhn)"
            ).format(brand=detect_brand(number) or _("unknown brand"))
        return ""
