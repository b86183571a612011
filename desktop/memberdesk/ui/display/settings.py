"""The Settings section of this counter's customer display: on or off, which screen faces the
customer, and the picture shown between customers (the bundled logo unless the store picks one)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
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

from memberdesk.ui.display import choice as choices
from memberdesk.ui.display.choice import DisplayChoice
from memberdesk.ui.display.controller import DATA_KEY
from memberdesk.ui.widgets import file_dialogs
from memberdesk.ui.widgets.context import AppContext


class DisplaySection(QGroupBox):
    """Choose the screen and the picture, save; the display follows at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Customer display (second screen)"), parent)
        self.ctx = ctx
        self.enabled = QCheckBox(self.tr("Show the sale to the customer on a second screen"))
        self.enabled.setObjectName("display_enabled")
        self.screen_box = QComboBox()
        self.screen_box.setObjectName("display_screen")
        self.image = QLineEdit()
        self.image.setObjectName("display_image_path")
        self.image.setPlaceholderText(self.tr("The bundled logo"))
        choose = QPushButton(self.tr("Choose picture…"))
        choose.clicked.connect(self.choose_image)
        bundled = QPushButton(self.tr("Use the bundled logo"))
        bundled.clicked.connect(self.image.clear)
        picture = QHBoxLayout()
        picture.addWidget(self.image, 1)
        picture.addWidget(choose)
        picture.addWidget(bundled)
        form = QFormLayout()
        form.addRow("", self.enabled)
        form.addRow(self.tr("Screen:"), self.screen_box)
        form.addRow(self.tr("Picture between customers:"), picture)
        self.save_button = QPushButton(self.tr("Save customer display"))
        self.save_button.setObjectName("save_display")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("display_status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.show_saved()

    def _offer_screens(self, saved: str) -> None:
        """Every connected screen by name and size (the counter's own marked); a saved screen
        that is unplugged now stays offered, marked so."""
        self.screen_box.clear()
        primary = QGuiApplication.primaryScreen()
        primary_name = primary.name() if primary is not None else ""
        for screen in QGuiApplication.screens():
            size = screen.geometry().size()
            text = f"{screen.name()} — {size.width()}×{size.height()}"
            if screen.name() == primary_name:
                text += " " + self.tr("(the counter's screen)")
            self.screen_box.addItem(text, screen.name())
        if saved and self.screen_box.findData(saved) < 0:
            self.screen_box.addItem(self.tr("{screen} (not connected)").format(screen=saved), saved)
        index = self.screen_box.findData(saved) if saved else -1
        if index < 0:  # nothing chosen yet: the first screen that is not the counter's
            names = [self.screen_box.itemData(i) for i in range(self.screen_box.count())]
            others = [i for i, name in enumerate(names) if name != primary_name]
            index = others[0] if others else 0
        self.screen_box.setCurrentIndex(index)

    def show_saved(self) -> None:
        saved = choices.load()
        self.enabled.setChecked(saved.enabled)
        self._offer_screens(saved.screen)
        self.image.setText(saved.image)

    def reset_for_next_user(self) -> None:
        self.show_saved()
        self.status.clear()

    def choose_image(self) -> None:
        title, kinds = self.tr("Picture between customers"), self.tr("Pictures (*.png *.jpg *.jpeg)")
        chosen = file_dialogs.open_file(self, "display_image", title, kinds)
        if chosen is not None:
            self.image.setText(str(chosen))

    def typed(self) -> DisplayChoice:
        return DisplayChoice(
            self.enabled.isChecked(), str(self.screen_box.currentData() or ""), self.image.text().strip()
        )

    def save(self) -> bool:
        """Save and show at once; a picture that is not one is refused with the reason."""
        choice = self.typed()
        problem = choices.image_problem(choice.image)
        if problem:
            self.status.setText(problem)
            self.image.setFocus()
            self.image.selectAll()
            return False
        choices.save(choice)
        self.ctx.data_changed.emit(DATA_KEY)
        self.status.setText(self.tr("Customer display saved."))
        return True
