"""The counter: the search box, its hits, the member card, the scanner, enrolment and edits."""
