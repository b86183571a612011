"""Membership figures for a period: what the report and the Reports page show."""
