"""Tags for many members at once, from the Members page (Ctrl+Shift+B): give a tag to, or take
it off, the members the page lists or a pasted list of phones and card numbers. The manager
also keeps the store's list of tags here (add, remove) and decides whether clerks may type
new tags at the card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.services.members.listing import MemberFilter
from memberdesk.services.segments import tags
from memberdesk.services.segments.member_lists import members_in_list, members_listed
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


class BulkTagsDialog(GuardedDialog):
    """Give (Enter) or take off a tag for the listed members or a pasted list."""

    def __init__(self, ctx: AppContext, member_filter: MemberFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_filter = ctx, member_filter
        self.setWindowTitle(self.tr("Tags for many members"))
        self.tag = QComboBox()
        self.tag.setObjectName("bulk_tag")
        self.listed = QRadioButton()
        self.listed.setObjectName("bulk_listed")
        self.pasted = QRadioButton(self.tr("These phones or card numbers:"))
        self.pasted.setObjectName("bulk_pasted")
        self.paste = QPlainTextEdit()
        self.paste.setObjectName("bulk_paste")
        self.paste.setPlaceholderText(self.tr("One a line, or separated by commas"))
        self.paste.setTabChangesFocus(True)
        self.paste.textChanged.connect(self._pasting)
        self.listed_ids = members_listed(ctx.db, ctx.actor, member_filter)
        self.listed.setText(self.tr("The %n member(s) the list shows", "", len(self.listed_ids)))
        self.listed.setChecked(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("bulk_outcome")
        self.outcome.setWordWrap(True)
        self.give = QPushButton(self.tr("Give the tag"))
        self.give.setObjectName("bulk_give")
        self.give.clicked.connect(lambda: self.run(give=True))
        self.take = QPushButton(self.tr("Take the tag off"))
        self.take.setObjectName("bulk_take")
        self.take.clicked.connect(lambda: self.run(give=False))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Tag"), self.tag)
        form.addRow(self.listed)
        form.addRow(self.pasted)
        form.addRow(self.paste)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.take)
        buttons.addWidget(self.give)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self._build_list_keeping(layout)
        self._fill_tags()
        self.setMinimumWidth(420)

    def _build_list_keeping(self, layout: QVBoxLayout) -> None:
        """The manager's part: the store's list of tags and the free-tags rule."""
        self.manages = allowed(self.ctx.actor, Permission.MANAGE_RULES)
        self.new_tag = QLineEdit()
        self.new_tag.setObjectName("bulk_new_tag")
        self.new_tag.setPlaceholderText(self.tr("New tag for the store's list"))
        add = QPushButton(self.tr("Add to the list"))
        add.setObjectName("bulk_add_tag")
        add.clicked.connect(self.add_tag)
        remove = QPushButton(self.tr("Remove the chosen tag"))
        remove.setObjectName("bulk_remove_tag")
        remove.clicked.connect(self.remove_tag)
        self.free = QCheckBox(self.tr("Clerks may type new tags at the card"))
        self.free.setObjectName("bulk_free_tags")
        self.free.setChecked(tags.free_tags_allowed(self.ctx.db, self.ctx.actor))
        self.free.toggled.connect(self._free_toggled)
        self.on_enter(self.new_tag, self.add_tag)
        row = QHBoxLayout()
        row.addWidget(self.new_tag, 1)
        row.addWidget(add)
        row.addWidget(remove)
        keeping = QWidget()
        inner = QVBoxLayout(keeping)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(QLabel(self.tr("The store's list (the manager keeps it):")))
        inner.addLayout(row)
        inner.addWidget(self.free)
        keeping.setVisible(self.manages)
        layout.insertWidget(layout.count() - 1, keeping)  # above the dialog's own buttons

    @classmethod
    def open_for(
        cls, ctx: AppContext, member_filter: MemberFilter, parent: QWidget | None = None
    ) -> BulkTagsDialog:
        dialog = cls(ctx, member_filter, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_primary(dialog.give)
        dialog.open()
        dialog.tag.setFocus()
        return dialog

    def _fill_tags(self, current: str = "") -> None:
        self.tag.clear()
        for info in tags.list_tags(self.ctx.db, self.ctx.actor):
            self.tag.addItem(
                self.tr("%1 (%2)").replace("%1", info.name).replace("%2", str(info.members)), info.name
            )
        if current:
            self.tag.setCurrentIndex(max(0, self.tag.findData(current)))

    def _pasting(self) -> None:
        if self.paste.toPlainText().strip():
            self.pasted.setChecked(True)

    def has_typed_data(self) -> bool:
        return bool(self.paste.toPlainText().strip() or self.new_tag.text().strip())

    def _say(self, text: str, error: bool = False) -> None:
        self.outcome.setStyleSheet("color: #b00020" if error else "")
        self.outcome.setText(text)

    def run(self, give: bool) -> None:
        name = self.tag.currentData()
        if not name:
            self._say(self.tr("Choose a tag first."), error=True)
            return
        unknown: tuple[str, ...] = ()
        try:
            if self.pasted.isChecked():
                found = members_in_list(self.ctx.db, self.ctx.actor, self.paste.toPlainText())
                ids, unknown = found.member_ids, found.unknown
            else:
                ids = self.listed_ids
            act = tags.assign if give else tags.unassign
            changed = act(self.ctx.db, self.ctx.actor, name, ids)
        except ServiceError as err:
            self._say(translate_error(err), error=True)
            return
        said = (
            self.tr("%n member(s) given the tag.", "", changed)
            if give
            else self.tr("The tag taken off %n member(s).", "", changed)
        )
        if unknown:
            said += " " + self.tr("Not found: %1").replace("%1", "、".join(unknown[:20]))
        self._say(said)
        if not unknown:
            self.paste.clear()
        self._fill_tags(name)
        self.ctx.data_changed.emit("tags")

    def add_tag(self) -> None:
        try:
            tags.add_tag(self.ctx.db, self.ctx.actor, self.new_tag.text())
        except ServiceError as err:
            self._say(translate_error(err), error=True)
            return
        name = self.new_tag.text().strip()
        self.new_tag.clear()
        self._fill_tags(" ".join(name.split()))
        self._say(self.tr("The tag is on the store's list."))

    def remove_tag(self) -> None:
        name = self.tag.currentData()
        if not name:
            return
        try:
            deleted = tags.remove_tag(self.ctx.db, self.ctx.actor, name)
        except ServiceError as err:
            self._say(translate_error(err), error=True)
            return
        self._fill_tags()
        self._say(
            self.tr("The tag is removed.")
            if deleted
            else self.tr("The tag is off the list; the members who carry it keep it.")
        )

    def _free_toggled(self, allowed_now: bool) -> None:
        try:
            tags.allow_free_tags(self.ctx.db, self.ctx.actor, allowed_now)
        except ServiceError as err:
            self._say(translate_error(err), error=True)
