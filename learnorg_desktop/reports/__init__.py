"""Spreadsheet reports built with openpyxl (pure: DTOs in, file out; openpyxl imported lazily)."""
