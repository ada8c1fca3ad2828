"""Readers for people files (CSV, XLSX, XLS, ODS), column mapping and row validation, without a database."""
