"""Service: complaints and their page, after-sales, suggestions, farewell, the workflow panel."""
