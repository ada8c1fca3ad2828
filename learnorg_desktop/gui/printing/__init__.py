"""Printable pages rendered with Qt's own printing support (PDF through QPdfWriter)."""
