"""The till's cart as the clerk builds it, for a window that shows it to the customer.

The sale dialog publishes every priced cart (and the recorded sale); the customer display
subscribes. Neither imports the other: the one feed of a counter hangs on its ``AppContext``.
Only the priced figures travel, never the dialog's widgets, so a subscriber cannot reach what
the clerk is typing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # types only: the sale's services load with the till, not at start-up
    from memberdesk.services.sales.pricing import PricedCart
    from memberdesk.services.sales.recording import SaleResult


@dataclass(frozen=True)
class TillView:
    """One moment of an open sale: the cart as priced, and the sale once it is recorded."""

    member_id: int | None  # None for a customer without membership
    cart: PricedCart
    result: SaleResult | None = None


class CartFeed(QObject):
    """The counter's open sale, as it changes; ``closed`` when no sale is open any more."""

    changed = Signal(object)  # TillView
    closed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: TillView | None = None
        self._owner: object | None = None

    @classmethod
    def of(cls, ctx: QObject) -> CartFeed:
        """The feed of this counter (made the first time it is asked for)."""
        feed = ctx.findChild(cls)
        return feed if isinstance(feed, cls) else cls(ctx)

    def publish(
        self, owner: object, member_id: int | None, cart: PricedCart | None, result: SaleResult | None = None
    ) -> None:
        """The sale ``owner`` holds, as priced now (nothing when it has no priced cart yet)."""
        if cart is None:
            return
        self._owner = owner
        self.current = TillView(member_id, cart, result)
        self.changed.emit(self.current)

    def close_sale(self, owner: object) -> None:
        """``owner``'s sale is over (recorded and closed, or given up). A sale opened later in
        another window keeps the display."""
        if owner is not self._owner:
            return
        self._owner = None
        self.current = None
        self.closed.emit()
