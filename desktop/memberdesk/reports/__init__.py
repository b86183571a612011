"""PDFs (greeting cards, receipts, membership report, member sheet) built into bytes."""
