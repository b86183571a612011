"""Care settings: where the store's own card texts and logo live, and whether they read."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from memberdesk import paths
from memberdesk.documents import card_texts
from memberdesk.ui.widgets.context import AppContext


class CareSettingsSection(QGroupBox):
    """Card texts and logo are files in the data folder, editable without touching the app."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Greeting cards"), parent)
        self.ctx = ctx
        self.folder = card_texts.store_templates_dir()
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("card_texts_state")
        self.state.setWordWrap(True)
        edit = QPushButton(self.tr("Edit card texts…"))
        edit.setObjectName("edit_card_texts")
        edit.clicked.connect(self.edit_texts)
        logo = QPushButton(self.tr("Choose logo…"))
        logo.clicked.connect(self.choose_logo)
        row = QHBoxLayout()
        row.addWidget(edit)
        row.addWidget(logo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(row)
        layout.addWidget(self.state)
        self.show_state()

    def show_state(self) -> None:
        self.where.setText(self.tr("The store's card texts and logo: {folder}").format(folder=self.folder))
        texts = card_texts.load()
        if texts.problem:
            self.state.setText(
                self.tr(
                    "The store's card texts cannot be read, the shipped texts are used: {problem}"
                ).format(problem=texts.problem)
            )
            self.state.setStyleSheet("color: #b45309;")
        else:
            own = (self.folder / "cards.toml").exists()
            self.state.setText(
                self.tr("Using the store's own texts.") if own else self.tr("Using the shipped texts.")
            )
            self.state.setStyleSheet("")

    def copy_texts(self) -> Path:
        """Put a copy of the shipped texts in the data folder, unless the store has its own."""
        target = self.folder / "cards.toml"
        if not target.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(paths.resource("templates", "cards.toml"), target)
        return target

    def edit_texts(self) -> None:
        target = self.copy_texts()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        self.show_state()

    def choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "", "PNG / JPEG (*.png *.jpg *.jpeg)")
        if chosen:
            self.folder.mkdir(parents=True, exist_ok=True)
            suffix = ".jpg" if chosen.lower().endswith((".jpg", ".jpeg")) else ".png"
            for old in ("logo.png", "logo.jpg"):
                (self.folder / old).unlink(missing_ok=True)
            shutil.copyfile(chosen, self.folder / f"logo{suffix}")
            self.show_state()
