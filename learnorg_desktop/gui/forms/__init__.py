"""Python forms generated from ui/*.ui by scripts/build_forms.py; do not edit by hand."""
