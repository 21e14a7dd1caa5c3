"""The card form: every field of ``POST /tokens``, validated as you type, shown at the field.

The card itself (name, number, expiry, security code) is always shown; billing address and
phone fold away (``BILLING``), so that pick, create and copy fit a 1280×720 screen. Each
field's error line keeps its place, so that an error appearing as you type moves nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

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
    Catalog,
    CatalogCard,
    Clock,
    detect_brand,
    utc_now,
    validate,
    vault_today,
)
from omise_token_gui.core.errors import FieldProblem
from omise_token_gui.ui import palette
from omise_token_gui.ui.fold import Fold, reserved_line, show_line
from omise_token_gui.ui.plain import plain_label
from omise_token_gui.ui.secret_edit import SecretLineEdit

_COUNTRY_RE = re.compile(r"([A-Za-z]{2}) — ")
# Fields whose selection other programs must never read (X11 PRIMARY): promise 2.
SECRET_FIELDS = ("number", "security_code")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    placeholder: str = ""

    @property
    def required(self) -> bool:
        return self.name in REQUIRED_FIELDS


FIELDS = (
    # An empty field must not look filled in: no sample name or number as its placeholder.
    FieldSpec("name", "Cardholder name", "(empty: type the name on the card)"),
    FieldSpec("number", "Card number", "(empty: pick a test card or type a number)"),
    FieldSpec("expiration_month", "Expiry month", "MM"),
    FieldSpec("expiration_year", "Expiry year", "YYYY"),
    FieldSpec("security_code", "Security code", "CVV / CVC"),
    FieldSpec("street1", "Street 1"),
    FieldSpec("street2", "Street 2"),
    FieldSpec("city", "City"),
    FieldSpec("state", "State"),
    FieldSpec("postal_code", "Postal code"),
    FieldSpec("country", "Country", "TH"),
    FieldSpec("phone_number", "Phone number"),
)


# Fields on the expiry month's row, with the label shown before them ("": none).
SAME_ROW = {"expiration_year": "", "security_code": "Security code"}
# The fields folded under "Billing address and phone" (the card's own fields stay in sight).
BILLING = ("street1", "street2", "city", "state", "postal_code", "country", "phone_number")


@cache
def countries() -> list[tuple[str, str]]:
    """ISO 3166 alpha-2 codes and names, from Qt's own locale data."""
    pairs = {(QLocale.territoryToCode(t), QLocale.territoryToString(t)) for t in QLocale.Country}
    return sorted((code, name) for code, name in pairs if len(code) == 2 and code.isalpha())


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
        for code, name in countries():
            self.country.addItem(f"{code} — {name}", code)
        completer = self.country.completer()
        if completer is not None:
            completer.setFilterMode(completer.filterMode().MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.scenario = reserved_line("scenarioHint")
        self.scenario.show()
        card, billing = self._forms()
        expiry = QHBoxLayout()  # expiry month and year, and the security code: one row
        for spec in FIELDS:
            cell = self._field(spec)
            if spec.name in SAME_ROW:
                if SAME_ROW[spec.name]:
                    label = plain_label(SAME_ROW[spec.name])
                    label.setMinimumHeight(self.edits[spec.name].sizeHint().height())
                    expiry.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
                expiry.addWidget(cell, 1)
                continue
            label_text = spec.label + (" *" if spec.required else "")
            form = billing if spec.name in BILLING else card
            if spec.name == "expiration_month":
                expiry.addWidget(cell, 1)
                form.addRow(plain_label("Expiry month / year *"), expiry)
            else:
                form.addRow(plain_label(label_text), cell)
        self.edits["expiration_month"].setMaxLength(4)
        self.edits["expiration_year"].setMaxLength(6)
        self.fill(default_card(vault_today(clock)))

    def _field(self, spec: FieldSpec) -> QWidget:
        """One field: its edit over its error line (and the scenario hint, for the number)."""
        if spec.name == "country":
            edit = self.country.lineEdit() or QLineEdit()
            widget: QWidget = self.country
        else:
            edit = SecretLineEdit() if spec.name in SECRET_FIELDS else QLineEdit()
            widget = edit
        edit.setPlaceholderText(spec.placeholder)
        edit.setAccessibleName(spec.label)
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
        self.billing = Fold("&Billing address and phone", holder, "billing")
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
        self.billing.set_note(f"{hidden} problem{'s' if hidden > 1 else ''}" if hidden else "")

    def _on_change(self) -> None:
        if self._filling:
            return  # fill() checks once, when every field holds its new value
        self.show_problems(self.problems())
        entry = self.catalog_entry()
        number = self.edits["number"].text()
        if entry is not None:
            hint = (
                f"{entry.brand} test card · {entry.scenario_label} · expected charge: "
                f"{entry.expected_outcome} · source {entry.confidence}"
            )
        elif number.strip():
            brand = detect_brand(number) or "unknown brand"
            hint = f"{brand} · not a catalog test card (charge should succeed if it passes Luhn)"
        else:
            hint = ""
        show_line(self.scenario, hint)
        self.scenario.show()  # its place stays, empty or not
        self.changed.emit()
