"""Help ▸ User guide: the clinicians' guide (``docs/user_guide.md``) rendered in a window of its own.

The guide ships as a package resource, ``cxrviewer/assets/user_guide.md`` (in the source tree a link to
``docs/user_guide.md``, so there is one text; a wheel and the frozen bundle hold a copy, as they do for every
asset), read through ``paths.asset_path`` like the style sheet. Qt renders its Markdown, tables included.
The window is not modal: the guide can stay open beside the image.

In the clinic's language: ``user_guide.<code>.md`` beside it (``docs/user_guide.fr.md``, ...) when that
translation exists (``i18n.localized_path``), else the English guide.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QMenu, QTextBrowser, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

GUIDE_ASSET = "user_guide.md"
MISSING = QT_TRANSLATE_NOOP("UserGuide", "The user guide could not be found in this installation. Please ask your administrator.")


def guide_text() -> str:
    """The guide's Markdown in the language in use (English where it has no translation), or a sentence
    saying it is missing."""
    from cxrviewer.i18n import localized_path
    from cxrviewer.paths import asset_path

    try:
        return localized_path(asset_path(GUIDE_ASSET)).read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("user guide not found: %r", exc)
        return QCoreApplication.translate("UserGuide", MISSING)


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("cxrviewer user guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuideText")
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(780, 640)


class UserGuideAction(QAction):
    """Help ▸ User guide; one guide window at a time."""

    def __init__(self, window: QMainWindow, help_menu: QMenu) -> None:
        super().__init__(QCoreApplication.translate("UserGuideAction", "&User guide"), window)
        self.setStatusTip(self.tr("How to use cxrviewer: reading an X-ray, screening a folder, recording decisions"))
        self.triggered.connect(self.open_guide)
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, self)
        self._window = window
        self.dialog: UserGuideDialog | None = None

    def open_guide(self) -> UserGuideDialog:
        if self.dialog is None:
            self.dialog = UserGuideDialog(self._window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
