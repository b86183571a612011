"""The floor of the GUI, imported by every feature and importing none: the dialog contract,
workers, windows, languages, vocabulary labels, the action registry, layout helpers."""
