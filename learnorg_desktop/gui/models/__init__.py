"""Thin Qt item models over service results."""
