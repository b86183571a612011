"""What the services hand to whatever shows or prints it, as plain data: the member card and
sheet, the membership figures, the receipt and the greeting cards.

Services build these; the GUI (``ui/``) and the PDF renderers (``reports/``) draw them. Below
both, so that neither imports the other's internals. No database, no Qt, no reportlab here.
"""
