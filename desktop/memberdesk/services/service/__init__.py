"""Service at the counter: complaints, after-sales, suggestions, satisfaction, workflow runs."""
