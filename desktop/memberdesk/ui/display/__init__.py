"""The customer display: a second window on the screen facing the customer."""
