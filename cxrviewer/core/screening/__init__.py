"""Screening a folder and keeping its results (SQLite store, CSV export)."""
