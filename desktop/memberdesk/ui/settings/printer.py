"""The Settings section of this counter's receipt printer: which printer, how it prints
Chinese, whether a cash drawer hangs on it, and a test page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.reports.thermal import paper_of, sample_page_bytes
from memberdesk.services.devices import printer, setup
from memberdesk.ui.widgets import actions
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.workers import Progress, run_in_background

# kind -> what the address starts with, and an example
KINDS = (
    (printer.NONE, "", ""),
    (printer.NETWORK, "tcp://", "tcp://192.168.1.50:9100"),
    (printer.USB, "usb:", "usb:0416:5011"),
    (printer.SERIAL, "serial:", "serial:/dev/ttyUSB0"),
)


class PrinterSection(QGroupBox):
    """Choose the printer, save, print a test page; the test page never blocks the window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Receipt printer and cash drawer"), parent)
        self.ctx = ctx
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("printer_kind")
        labels = (
            self.tr("None: PDF to the system printer"),
            self.tr("Network (ESC/POS)"),
            self.tr("USB (ESC/POS)"),
            self.tr("Serial port (ESC/POS)"),
        )
        for (kind, _prefix, _example), label in zip(KINDS, labels, strict=True):
            self.kind.addItem(label, kind)
        self.address = QLineEdit()
        self.address.setObjectName("printer_address")
        self.chinese = QComboBox()
        self.chinese.setObjectName("printer_chinese")
        self.chinese.addItem(self.tr("The printer's Chinese font (GB18030)"), setup.GB18030)
        self.chinese.addItem(self.tr("Draw Chinese as a picture (no Chinese font)"), setup.RASTER)
        self.drawer = QCheckBox(self.tr("A cash drawer is plugged into the printer"))
        self.drawer.setObjectName("printer_drawer")
        form.addRow(self.tr("Printer:"), self.kind)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Chinese:"), self.chinese)
        form.addRow("", self.drawer)
        self.till = QLineEdit()
        self.till.setObjectName("till_name")
        self.till.setMaxLength(40)
        form.addRow(self.tr("Till name:"), self.till)
        self.save_button = QPushButton(self.tr("Save printer"))
        self.save_button.setObjectName("save_printer")
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("Print a test page"))
        self.test_button.setObjectName("printer_test_page")
        self.test_button.clicked.connect(self.print_test_page)
        self.shift_button = QPushButton(self.tr("End of shift…"))
        self.shift_button.setObjectName("end_of_shift")
        self.shift_button.clicked.connect(self.end_of_shift)
        self.drawer_button = QPushButton(self.tr("Open the drawer…"))
        self.drawer_button.setObjectName("open_drawer")
        self.drawer_button.clicked.connect(self.open_drawer)
        self.status = QLabel()
        self.status.setObjectName("printer_status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.drawer_button)
        buttons.addWidget(self.shift_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.show_saved()

    def show_saved(self) -> None:
        saved = setup.load()
        address = saved.address if saved.thermal else printer.PrinterAddress(printer.NONE)
        self.kind.setCurrentIndex(max(0, self.kind.findData(address.kind)))
        self.address.setText(str(address) if address.thermal else "")
        self.chinese.setCurrentIndex(max(0, self.chinese.findData(saved.chinese)))
        self.drawer.setChecked(saved.drawer)
        self.till.setText(saved.till)
        self.till.setPlaceholderText(saved.till_name)
        self._kind_changed()

    def reset_for_next_user(self) -> None:
        self.show_saved()
        self.status.clear()

    def _kind_changed(self, _index: int = 0) -> None:
        kind = self.kind.currentData()
        _kind, prefix, example = next(k for k in KINDS if k[0] == kind)
        thermal = kind != printer.NONE
        for widget in (self.address, self.chinese, self.drawer, self.test_button):
            widget.setEnabled(thermal)
        self.address.setPlaceholderText(example)
        if thermal and not self.address.text().startswith(prefix):
            self.address.setText(prefix)
        if not thermal:
            self.address.clear()

    def typed(self) -> setup.DeviceSettings:
        """What is on screen as settings; ``ValidationError`` when the address is no address."""
        text = self.address.text() if self.kind.currentData() != printer.NONE else printer.NONE
        return setup.checked(text, str(self.chinese.currentData()), self.drawer.isChecked(), self.till.text())

    def save(self) -> bool:
        try:
            settings = self.typed()
        except ServiceError as err:
            self.status.setText(translate_error(err))
            self.address.setFocus()
            return False
        setup.save(settings)
        self.show_saved()
        self.status.setText(self.tr("Printer saved."))
        return True

    def open_drawer(self) -> QWidget:
        """Open the cash drawer without a sale (a supervisor, a reason), from the sales area."""
        dialog: QWidget = actions.widget_class("drawer_dialog").open_for(self.ctx, None, self)
        return actions.watch(self.ctx, dialog)

    def end_of_shift(self) -> QWidget:
        """The end-of-shift dialog of the till (交班), from the sales area."""
        dialog: QWidget = actions.widget_class("shift_dialog").open_for(self.ctx, None, self)
        return actions.watch(self.ctx, dialog)

    def print_test_page(self) -> None:
        try:
            settings = self.typed()
        except ServiceError as err:
            self.status.setText(translate_error(err))
            self.address.setFocus()
            return
        address = settings.address
        data = sample_page_bytes(self.ctx.store_name, str(address), ui_language(), paper_of(settings))
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Printing the test page…"))

        def job(_progress: Progress) -> None:
            printer.send(address, data, settings.timeout_s)

        def done(_result: object) -> None:
            self.test_button.setEnabled(True)
            self.status.setText(self.tr("The test page went to the printer. Save to keep this printer."))

        def failed(error: Exception) -> None:
            self.test_button.setEnabled(True)
            self.status.setText(translate_error(error) if isinstance(error, ServiceError) else str(error))

        run_in_background(job, on_done=done, on_error=failed, owner=self)
