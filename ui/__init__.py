"""Qt Designer forms (installed as learnorg_desktop.ui); compiled into learnorg_desktop/gui/forms."""
