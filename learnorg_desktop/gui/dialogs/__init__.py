"""Dialogs: person form, departure, new database."""
