"""The stored-value liability (储值负债) as the report shows and prints it: plain figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from memberdesk.domain.vocab import WalletEntryKind


@dataclass(frozen=True)
class Movement:
    kind: WalletEntryKind
    entries: int
    principal_fen: int
    bonus_fen: int
    money_fen: int


@dataclass(frozen=True)
class Held:
    """What the accounts hold at the end of a day (members and gift cards apart)."""

    member_principal_fen: int = 0
    member_bonus_fen: int = 0
    gift_card_fen: int = 0  # principal and bonus of the cards together
    accounts_with_balance: int = 0
    gift_card_bonus_fen: int = 0

    @property
    def total_fen(self) -> int:
        return self.member_principal_fen + self.member_bonus_fen + self.gift_card_fen

    @property
    def principal_fen(self) -> int:
        """Members' principal and the cards' (the bonus apart): the money the store owes."""
        return self.member_principal_fen + self.gift_card_fen - self.gift_card_bonus_fen

    @property
    def bonus_fen(self) -> int:
        return self.member_bonus_fen + self.gift_card_bonus_fen


@dataclass
class Liability:
    """Owed at the end of ``at`` (members and gift cards apart), and the period's movements
    from ``opening`` (the end of the day before ``start``) to ``closing`` (the end of ``end``):
    opening + every movement = closing, principal and bonus each."""

    at: dt.date
    start: dt.date
    end: dt.date
    member_principal_fen: int = 0
    member_bonus_fen: int = 0
    gift_card_fen: int = 0
    accounts_with_balance: int = 0
    movements: list[Movement] = field(default_factory=list)
    opening: Held = Held()
    closing: Held = Held()
    store_name: str = ""

    @property
    def owed_fen(self) -> int:
        """Money members and card holders paid in and have not spent: what the store owes."""
        return self.member_principal_fen + self.gift_card_fen

    def moved(self, kind: WalletEntryKind) -> Movement:
        """The period's movement of one kind (nothing moved: zeros)."""
        return next((m for m in self.movements if m.kind is kind), Movement(kind, 0, 0, 0, 0))

    @property
    def adds_up(self) -> bool:
        p = sum(m.principal_fen for m in self.movements)
        b = sum(m.bonus_fen for m in self.movements)
        return self.opening.total_fen + p + b == self.closing.total_fen
