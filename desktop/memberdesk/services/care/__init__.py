"""The care calendar (顾客关怀) and the greeting cards and messages made from it."""
