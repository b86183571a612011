"""A member's tags, edited from the card by keyboard (Ctrl+B): the store's tags as a list to
tick with Space, and, when the manager allows free tags, a line for new ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.services.members.tag_names import split_tags
from memberdesk.services.segments import tags
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

TAGS_KEY = "Ctrl+B"  # 标签 (biāoqiān): the card's key for this dialog


class MemberTagsDialog(GuardedDialog):
    """Tick the member's tags; Enter saves, Esc asks before dropping a change."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.setWindowTitle(self.tr("Member's tags"))
        self.had = set(tags.tags_of(ctx.db, ctx.actor, member_id))
        store_tags = [t.name for t in tags.list_tags(ctx.db, ctx.actor)]
        self.list = QListWidget()
        self.list.setObjectName("tags_list")
        for name in sorted(set(store_tags) | self.had):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in self.had else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        hint = QLabel(self.tr("Space ticks or unticks the tag under the cursor; Enter saves."))
        hint.setWordWrap(True)
        self.free = QLineEdit()
        self.free.setObjectName("tags_new")
        self.free.setPlaceholderText(self.tr("New tags, separated by commas"))
        self.free_allowed = tags.free_tags_allowed(ctx.db, ctx.actor)
        self.free.setVisible(self.free_allowed)
        if not store_tags and not self.had:
            hint.setText(
                self.tr("The store has no tags yet: type new ones below.")
                if self.free_allowed
                else self.tr("The store has no tags yet: the manager adds them under Members → Tags.")
            )
        self.error = QLabel()
        self.error.setObjectName("tags_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save = QPushButton(self.tr("Save tags"))
        self.save.setObjectName("tags_save")
        self.save.clicked.connect(self.run)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.free)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(320)

    @classmethod
    def open_for(
        cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None
    ) -> MemberTagsDialog:
        assert member_id is not None, "tags are edited from a member's card"
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_primary(dialog.save)
        dialog.open()
        (dialog.list if dialog.list.count() else dialog.free).setFocus()
        return dialog

    def chosen(self) -> list[str]:
        ticked = [
            self.list.item(i).text()
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        return ticked + split_tags(self.free.text())

    def has_typed_data(self) -> bool:
        return set(self.chosen()) != self.had

    def run(self) -> None:
        try:
            tags.set_member_tags(self.ctx.db, self.ctx.actor, self.member_id, self.chosen())
        except ServiceError as err:
            self.error.setText(translate_error(err))
            self.error.setVisible(True)
            return
        self.ctx.data_changed.emit("tags")
        self.accept()
