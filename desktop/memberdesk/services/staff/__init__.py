"""Staff and access: sign-in and PINs, permissions, the audit log, store set-up, backups."""
