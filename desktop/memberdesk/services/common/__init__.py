"""Plumbing every service shares: who is acting, and the hot path's driver statements."""
