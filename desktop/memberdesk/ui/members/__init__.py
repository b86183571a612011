"""The Members page: the member list, import and export, erasing a member's data."""
