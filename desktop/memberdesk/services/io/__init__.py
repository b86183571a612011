"""Spreadsheets in and out: reading a store's file, the member import and export."""
