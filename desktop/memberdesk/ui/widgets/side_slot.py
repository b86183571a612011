"""The place beside a page's main content where one panel (a guided workflow) is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class SideSlot(QWidget):
    """Holds at most one panel; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.panel: QWidget | None = None
        self.hide()

    def set_panel(self, widget: QWidget | None) -> None:
        """Show ``widget`` here in place of the current panel (None empties the slot)."""
        if widget is not None and widget is self.panel:
            self.show()
            return
        if self.panel is not None:
            abandon = getattr(self.panel, "abandon", None)
            if callable(abandon):
                abandon()  # a workflow being replaced is recorded as left, not left running
            self._layout.removeWidget(self.panel)
            self.panel.setParent(None)  # type: ignore[call-overload]
        self.panel = widget
        if widget is not None:
            self._layout.addWidget(widget)
            widget.show()
        self.setVisible(widget is not None)
