"""Use cases: the only layer that writes. Each takes a Database and the acting staff member."""
