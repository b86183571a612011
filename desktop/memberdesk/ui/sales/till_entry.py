"""The till's two ways of adding a line: a scanned or typed code, or an item without a code.

They are separate on purpose: Enter in the code box adds the code's product and nothing else,
Enter in the item's fields adds that item and nothing else, so a half-typed item never holds
up the next scan, and a refused item keeps the clerk in the field that is wrong.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from memberdesk.domain.vocab import SizeCategory
from memberdesk.services.sales.pricing import LineForm
from memberdesk.ui.widgets import member_labels

_QTY_TIMES_CODE = re.compile(r"^(\d{1,3})\s*[*xX×]\s*(\S.*)$")


class TillEntry(QWidget):
    """The code box and the item-without-a-code row above the cart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Scan barcode or type SKU (3*SKU for three)"))
        self.add_button = QPushButton(self.tr("Add (Enter)"))
        code_label = QLabel(self.tr("&Code"))
        code_label.setBuddy(self.code)
        grid.addWidget(code_label, 0, 0)
        grid.addWidget(self.code, 0, 1, 1, 5)
        grid.addWidget(self.add_button, 0, 6)
        self.description, self.size_box, self.price = QLineEdit(), QLineEdit(), QLineEdit()
        self.description.setPlaceholderText(self.tr("Item without a code"))
        self.size_box.setPlaceholderText(self.tr("Size"))
        self.price.setPlaceholderText(self.tr("Price, e.g. 128.50"))
        self.category = QComboBox()
        self.category.addItem(self.tr("(category)"), "")
        for cat in SizeCategory:
            self.category.addItem(member_labels.size_category(cat), cat.value)
        # never squeezed below its words (a Han character is about two 'x' wide)
        longest = max(len(self.category.itemText(i)) for i in range(self.category.count()))
        self.category.setMinimumContentsLength(2 * longest)
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        free_label = QLabel(self.tr("Or &item"))
        free_label.setBuddy(self.description)
        grid.addWidget(free_label, 1, 0)
        grid.addWidget(self.description, 1, 1, 1, 2)
        grid.addWidget(self.category, 1, 3)
        grid.addWidget(self.size_box, 1, 4)
        grid.addWidget(self.price, 1, 5)
        grid.setColumnStretch(1, 2)

    def item_fields(self) -> tuple[QWidget, ...]:
        return (self.description, self.category, self.size_box, self.price)

    def in_item_row(self, widget: QWidget | None) -> bool:
        """Whether ``widget`` (the focus) is one of the item-without-a-code fields."""
        return widget is not None and any(widget is f or f.isAncestorOf(widget) for f in self.item_fields())

    def code_typed(self) -> bool:
        return bool(self.code.text().strip())

    def item_typed(self) -> bool:
        return bool(
            self.description.text().strip() or self.price.text().strip() or self.size_box.text().strip()
        )

    def coded_line(self) -> tuple[str, int]:
        """The code as typed and how many (``3*SKU`` is three)."""
        code = self.code.text().strip()
        found = _QTY_TIMES_CODE.match(code)
        if found:
            return found.group(2).strip(), int(found.group(1))
        return code, 1

    def item_line(self) -> LineForm:
        return LineForm(
            description=self.description.text(),
            category=self.category.currentData() or "",
            size=self.size_box.text(),
            unit_price=self.price.text(),
        )

    def field_for(self, name: str) -> QLineEdit | None:
        """The item field a service error names (``lines.N.unit_price`` → the price)."""
        last = name.rsplit(".", 1)[-1]
        return {"unit_price": self.price, "description": self.description, "size": self.size_box}.get(last)

    def clear_code(self) -> None:
        self.code.clear()

    def clear_item(self) -> None:
        for edit in (self.description, self.size_box, self.price):
            edit.clear()
        self.category.setCurrentIndex(0)

    def set_enabled(self, on: bool) -> None:
        for widget in (self.code, self.add_button, *self.item_fields()):
            widget.setEnabled(on)
