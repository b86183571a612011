"""The Settings page: this counter, staff accounts, and the sections the features contribute."""
