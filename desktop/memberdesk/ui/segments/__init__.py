"""Member tags at the card and in bulk, and the Segments screen (saved member filters)."""
