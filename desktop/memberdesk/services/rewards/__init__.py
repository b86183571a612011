"""Rewards that run over many members: the yearly tier review and points expiry."""
