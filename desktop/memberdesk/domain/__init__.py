"""Pure value rules of the shop: no Qt, no SQL."""
