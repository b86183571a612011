"""A realistic demo store, generated deterministically from a seed and written in bulk."""
