"""The till's ledger: pricing, sales, returns, points, sales rules and the catalogue."""
