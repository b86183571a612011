"""Campaigns on screen: set one up over a saved segment, send it, read its result."""
