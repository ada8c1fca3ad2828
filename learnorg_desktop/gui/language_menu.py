"""Settings > Language: system default, French or English, kept with the UI settings and applied at once."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from learnorg_desktop.gui.ui_settings import UiSettings

# Each language is named in itself, never translated: someone facing a language they cannot read
# must still find their own in the list.
NATIVE_NAMES = (("fr", "Français"), ("en", "English"))


def apply_language(lang: str | None) -> str:
    """Swap the application's translators for `lang` (None: the system's); returns the language applied.

    Installing or removing a translator sends LanguageChange to every widget, which re-runs their
    retranslate(); dates and numbers follow through QLocale.setDefault.
    """
    # Imported here: application imports the main window, which builds this menu.
    from learnorg_desktop.gui.application import install_translators, resolve_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for translator in app.findChildren(QTranslator):  # install_translators parents its translators to the app
        app.removeTranslator(translator)
        translator.setParent(None)  # freed once nobody holds it any more
    resolved = resolve_language(lang)
    install_translators(app, resolved)
    return resolved


class LanguageMenu(QMenu):
    """The three exclusive choices; the checked one is the stored preference."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.system_action = self._choice(None)
        self.addSeparator()
        self.language_actions = {lang: self._choice(lang, f"&{name}") for lang, name in NATIVE_NAMES}  # F, E
        (self.language_actions.get(settings.language() or "") or self.system_action).setChecked(True)
        self.retranslate()

    def _choice(self, lang: str | None, text: str = "") -> QAction:
        action = self.addAction(text)
        action.setCheckable(True)
        action.setData(lang or "")
        self._group.addAction(action)
        action.triggered.connect(lambda _checked=False, chosen=lang: self.choose(chosen))
        return action

    def choose(self, lang: str | None) -> None:
        """Keep the choice for the next start and switch the running window to it."""
        self._settings.set_language(lang)
        self._settings.sync()
        (self.language_actions[lang] if lang else self.system_action).setChecked(True)
        apply_language(lang)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        self.system_action.setText(self.tr("&System default"))
