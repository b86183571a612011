"""The top of the GUI: the application, the main window, sign-in, the store's first start and
the daily backup. It composes the feature pages; nothing below imports it."""
