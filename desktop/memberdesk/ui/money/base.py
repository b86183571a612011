"""What every member-money dialog shares: who it is for, a form, the error line, two buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.services.members.card import member_card
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


class MoneyDialog(GuardedDialog):
    """A form for one member's money; a refused action leaves what was typed in place and
    says why under the form. Subclasses add their rows to ``form`` and set ``primary``."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        card = member_card(ctx.db, ctx.actor, member_id)
        self.member_name, self.member_card = card.name, card.card_no
        self.who = QLabel(f"<b>{card.greeting}</b> · {card.card_no}")
        self.who.setObjectName("money_member")
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("money_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        self.primary = QPushButton()
        self.primary.setObjectName("money_primary")
        self.primary.clicked.connect(self.run)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.primary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(420)

    @classmethod
    def open_for(cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> MoneyDialog:
        assert member_id is not None, "member money is opened from a member's card"
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_primary(dialog.primary)
        dialog.open()
        dialog.first_field().setFocus()
        return dialog

    def first_field(self) -> QWidget:
        return self.primary

    def run(self) -> None:
        try:
            self.act()
        except ServiceError as err:
            self.show_error(translate_error(err))
            return
        self.ctx.data_changed.emit("money")
        self.accept()
        self.after_done()

    def after_done(self) -> None:
        """What follows a done action once the dialog has closed (a slip to print)."""

    def act(self) -> None:
        """Do the dialog's work through its service (raise the service's error to stay open)."""
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
