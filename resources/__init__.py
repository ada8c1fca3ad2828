"""Shipped resources: icons, translations, templates (installed as learnorg_desktop.resources)."""
