"""The skills catalogue's files: the shipped starter catalogue and spreadsheets coordinators import (no Qt)."""
