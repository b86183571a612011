"""The Settings page: this counter (database, language, backups), staff, and store rules."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from memberdesk import config
from memberdesk.domain.errors import ServiceError
from memberdesk.services.staff import backups as maintenance
from memberdesk.ui.settings.staff_admin import StaffSection
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.settings_sections import SECTIONS
from memberdesk.ui.widgets.workers import run_in_background


class CounterSection(QGroupBox):
    """Settings of this computer: which database, which language, where backups go."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("This counter"), parent)
        self.ctx = ctx
        self.settings = config.load()
        form = QFormLayout(self)

        self.database = QLabel(ctx.db.location())
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change_db = QPushButton(self.tr("Use another database file…"))
        change_db.clicked.connect(self._choose_database)
        row = QHBoxLayout()
        row.addWidget(self.database, 1)
        row.addWidget(change_db)
        form.addRow(self.tr("Database:"), row)

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, label in (("", self.tr("Follow the system")), ("zh_CN", "中文"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        form.addRow(self.tr("Language:"), self.language)

        self.backup_dir = QLineEdit(str(self.settings.backup_path()))
        self.backup_dir.setObjectName("backup_dir")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_backup_dir)
        row = QHBoxLayout()
        row.addWidget(self.backup_dir, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Backup folder:"), row)
        self.backup_keep = QLineEdit(str(self.settings.backup_keep))
        self.backup_keep.setObjectName("backup_keep")
        self.backup_keep.setMaximumWidth(80)
        form.addRow(self.tr("Daily backups kept:"), self.backup_keep)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_counter_settings")
        self.save_button.clicked.connect(self.save)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        self.status = QLabel()
        self.status.setObjectName("counter_settings_status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.status)
        self._show_last_backup()

    def reset_for_next_user(self) -> None:
        """Locked (F12): what was typed and not saved goes; the saved settings show again."""
        self.settings = config.load()
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.backup_dir.setText(str(self.settings.backup_path()))
        self.backup_keep.setText(str(self.settings.backup_keep))
        self.status.clear()
        self._show_last_backup()

    def _show_last_backup(self) -> None:
        found = maintenance.recent_backups(self.settings.backup_path())
        if found:
            self.status.setText(
                self.tr("Last backup: {when} ({count} kept)").format(
                    when=found[0].taken_at.strftime("%Y-%m-%d %H:%M"), count=len(found)
                )
            )

    def _choose_backup_dir(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_dir.text())
        if chosen:
            self.backup_dir.setText(chosen)

    def _choose_database(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("MemberDesk database"),
            str(Path(self.ctx.db.location()).parent),
            "SQLite (*.sqlite3 *.db)",
        )
        if chosen:
            self.settings.database = chosen
            config.save(self.settings)
            self.status.setText(self.tr("The counter uses the new database after a restart."))

    def save(self) -> bool:
        """Validate and write this counter's settings; the form keeps what was typed on error."""
        try:
            keep = maintenance.validate_keep(self.backup_keep.text())
        except ServiceError as error:
            self.status.setText(translate_error(error))
            self.backup_keep.setFocus()
            return False
        folder = self.backup_dir.text().strip()
        self.settings.backup_dir = folder
        self.settings.backup_keep = keep
        self.settings.language = str(self.language.currentData())
        config.save(self.settings)
        self.status.setText(self.tr("Saved. A new language shows after a restart."))
        return True

    def backup_now(self) -> None:
        if not self.save():
            return
        db, actor, folder, keep = (
            self.ctx.db,
            self.ctx.actor,
            self.settings.backup_path(),
            self.settings.backup_keep,
        )
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))

        def done(path: object) -> None:
            self.backup_button.setEnabled(True)
            self.status.setText(self.tr("Backup written: {path}").format(path=path))

        def failed(error: Exception) -> None:
            self.backup_button.setEnabled(True)
            self.status.setText(translate_error(error) if isinstance(error, ServiceError) else str(error))

        run_in_background(
            lambda _p: maintenance.backup_now(db, actor, folder, keep=keep),
            on_done=done,
            on_error=failed,
            owner=self,
        )


class SettingsPage(QWidget):
    """This counter's settings, staff accounts, and each area's store rules."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        body = QWidget()
        column = QVBoxLayout(body)
        self.counter = CounterSection(ctx)
        self.staff = StaffSection(ctx)
        column.addWidget(self.counter)
        column.addWidget(self.staff)
        self.sections: list[QWidget] = []
        for module_name, class_name in SECTIONS:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError:
                continue
            section = getattr(module, class_name)(ctx)
            self.sections.append(section)
            column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def page_title(self) -> str:
        return self.tr("Settings")

    def reset_for_next_user(self) -> None:
        """Locked (F12): each section forgets what the last person typed and was told."""
        for section in (self.counter, self.staff, *self.sections):
            reset = getattr(section, "reset_for_next_user", None)
            if callable(reset):
                reset()
