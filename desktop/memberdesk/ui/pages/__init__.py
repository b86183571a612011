"""The main window's pages, one module each. A page is a QWidget built from an AppContext."""
