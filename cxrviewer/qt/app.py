"""Start the viewer: logging, the application object, the theme, the window, then the model.

Order matters for how fast the program feels: the window is shown first and the model is loaded
on its own thread afterwards, so the user sees "Loading model…" instead of a frozen screen.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from cxrviewer import __version__

log = logging.getLogger(__name__)

APP_NAME = "cxrviewer"


def dark_palette() -> QPalette:
    """A dark-grey palette: easier on the eyes in a reading room and kind to X-ray contrast."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2d31",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#232427",
        QPalette.ColorRole.AlternateBase: "#2f3136",
        QPalette.ColorRole.ToolTipBase: "#3c4043",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#35373c",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d8187"))
    return palette


def apply_theme(app: QApplication) -> None:
    """Fusion + dark palette for every widget (dialogs included), then the modest style sheet."""
    from cxrviewer.paths import asset_path

    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    try:
        app.setStyleSheet(asset_path("style.qss").read_text(encoding="utf-8"))
    except OSError as exc:
        log.warning("style sheet not loaded: %r", exc)
    icon = asset_path("icon.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (reused when it exists, as under pytest-qt), named for QSettings and the log."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)  # lets Wayland desktops match the window to the menu entry
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("cxrviewer")
    apply_theme(app)
    return app


_translators: list[QTranslator] = []  # kept alive as long as they are installed
_default_locale: QLocale | None = None


def install_translations(app: QApplication, language: str | None = None) -> str:
    """Choose the language (``language``, else the settings, the environment, the system's locale) and
    install it: cxrviewer's own ``.qm``, Qt's for its dialogs' buttons, gettext for the core's sentences,
    and the locale for numbers and dates. Returns the language code. Called again, it replaces the last."""
    global _default_locale
    from cxrviewer import i18n
    from cxrviewer.paths import asset_path

    if _default_locale is None:
        _default_locale = QLocale()
    while _translators:
        app.removeTranslator(_translators.pop())
    code = i18n.setup(language, system=QLocale.system().name())
    if code == i18n.ENGLISH:
        QLocale.setDefault(_default_locale)
        return code
    QLocale.setDefault(QLocale(code))
    folder = asset_path("i18n")
    for name in (f"cxrviewer_{code}", f"qtbase_{i18n.QT_CATALOGUE[code]}"):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _translators.append(translator)
        else:
            log.error("translation %s not found in %s", name, folder)
    log.info("language: %s", code)
    return code


def run_gui(files: list[str]) -> int:
    """Run the viewer until its window closes; ``files`` are opened at start. Returns the exit code."""
    from cxrviewer.logsetup import setup_logging, take_crash_report
    from cxrviewer.qt.main_window import MainWindow

    crash_report = take_crash_report()  # before setup_logging re-opens the crash log for this run
    log_dir = setup_logging()
    log.info("cxrviewer %s starting (gui)", __version__)
    app = make_application()
    install_translations(app)
    window = MainWindow()
    window.show()
    if crash_report:
        log.warning("the previous run crashed; report kept in %s", Path(log_dir) / "crash.previous.log")
        window.show_crash_notice(Path(log_dir))
    window.start_model()
    if files:
        window.open_files(files)
    try:
        code = app.exec()
    finally:
        window.shutdown()
    log.info("cxrviewer closed (exit code %d)", code)
    return int(code)
