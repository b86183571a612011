"""Campaigns: a saved segment put to work, with a control group and a measured result."""
