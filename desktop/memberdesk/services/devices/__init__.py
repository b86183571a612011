"""The counter's devices: the thermal printer, the cash drawer on its kick port, the shift's
cash (what the drawer should hold)."""
