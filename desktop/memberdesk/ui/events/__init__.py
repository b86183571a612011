"""Member events: the events page, its dialogs and the check-in window at the door."""
