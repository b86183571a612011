"""Members: enrolment and edits, the counter's search, the card, the list, the sheet, erase."""
