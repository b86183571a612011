"""The Care page (顾客关怀): the calendar's tasks, greeting cards, the after-sales list, care settings."""
