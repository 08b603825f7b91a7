"""Tools ▸ Language: the language of cxrviewer (GUI and CLI), saved in the clinical settings.

The choice is applied at the next start (every window, dialog and message is built in one language);
the menu says so. "System language" follows the computer's locale. The languages' names are written
in their own language, so a user lost in a language they cannot read still finds theirs.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from cxrviewer.i18n import LANGUAGES

log = logging.getLogger(__name__)


class LanguageMenu(QMenu):
    """One checkable entry per language and "System language"; ``language_chosen`` says which ("" = system)."""

    def __init__(self, parent: QWidget, on_chosen) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Language"))
        self.setObjectName("languageMenu")
        self._on_chosen = on_chosen
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        saved = self.saved_language() or ""
        entries = [("", self.tr("System language"))] + [(code, name) for code, name in LANGUAGES.items()]
        for code, name in entries:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == saved)
            action.triggered.connect(self._chosen)
            self._group.addAction(action)
            self.addAction(action)
            if not code:
                self.addSeparator()

    @staticmethod
    def saved_language() -> str | None:
        from cxrviewer.core.config import load_settings

        try:
            return load_settings().language
        except OSError:
            return None

    def choose(self, code: str) -> None:
        """Save ``code`` ("" = the system's language) as the language for the next start."""
        from cxrviewer.core.config import load_settings, save_settings

        settings = load_settings()
        settings.language = code or None
        try:
            save_settings(settings)
        except OSError as exc:
            log.error("language not saved: %r", exc)
            self._on_chosen(self.tr("The language could not be saved: the settings folder cannot be written."))
            return
        for action in self._group.actions():
            action.setChecked(action.data() == code)
        log.info("language set to %s (applied at the next start)", code or "the system's")
        self._on_chosen(self.tr("The language will change when cxrviewer is restarted."))

    def _chosen(self) -> None:
        self.choose(str(self.sender().data() or ""))
