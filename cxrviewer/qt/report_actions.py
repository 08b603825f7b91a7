"""Where reports are asked for: File ▸ Export report… (Ctrl+E) and File ▸ Print… (Ctrl+P) in the main
window, and *Export summary (PDF)…* right under *Export CSV…* below the worklist.

Each is added by one line in its host (``ReportActions(window)``, ``RunSummaryExport(panel, say)``), so the
window and the worklist stay as they are; the layouts are ``cxrviewer.qt.report`` (one image) and
``cxrviewer.qt.run_report`` (a screening run). The dialogs (save as, print) are attributes that tests
replace (``ask_path``, ``ask_printer``): printing in a test goes to a PDF ``QPrinter`` through the same
painter, with no dialog.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPagedPaintDevice
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMainWindow, QPushButton, QWidget

from cxrviewer.core.review.decisions import Decision
from cxrviewer.core.types import Prediction, XrayImage
from cxrviewer.qt.report import ImageReport, default_page_size, documents_folder, print_image_report, write_image_report
from cxrviewer.qt.run_report import RunSummary, patient_ids_for, write_run_summary

log = logging.getLogger(__name__)

SUMMARY_BUTTON_TEXT = QT_TRANSLATE_NOOP("RunSummaryExport", "Export summary (PDF)…")  # English; translated where shown
PRINT_UNAVAILABLE = QT_TRANSLATE_NOOP("ReportActions", "Printing is not available in this version of cxrviewer. "
                                      "Export the report (File ▸ Export report…) and print the PDF instead.")


def ask_printer(parent: QWidget) -> QPagedPaintDevice | None:
    """The system print dialog; the chosen ``QPrinter``, or None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(default_page_size())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportActions", "Print the report"))
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def ask_pdf_path(parent: QWidget, title: str, suggested: Path) -> str:
    """The PDF file the user chose ("" when cancelled)."""
    filters = ";;".join((QCoreApplication.translate("ReportActions", "PDF files (*.pdf)"),
                         QCoreApplication.translate("ReportActions", "All files (*)")))
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return path


def _stamp() -> str:
    return f"{datetime.now():%Y%m%d-%H%M}"


def _reason(exc: OSError) -> str:
    if getattr(exc, "strerror", None):
        return exc.strerror.lower()
    return QCoreApplication.translate("ReportActions", "it could not be written")


class _WaitCursor:
    """The busy cursor while a report is drawn (a summary reads DICOM headers; a page takes ~0.1 s)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class ReportActions(QObject):
    """File ▸ Export report… (Ctrl+E) and File ▸ Print… (Ctrl+P) for the scored image on show.

    The main window calls ``show_image`` whenever it displays an image. The entries are enabled only
    while the result panel shows the score of that image: off while loading, for a refused or unreadable
    file, and with nothing open. The decision in the report is read from the review store when the
    report is made, so it is the one that counts at that moment.
    """

    def __init__(self, window: QMainWindow, decision_of: Callable[[str], Decision | None] | None = None) -> None:
        super().__init__(window)
        self.setObjectName("reportActions")
        self._window = window
        self._panel = window.panel
        review = getattr(window, "review", None)  # the window's ReviewController: its store holds the decisions
        if decision_of is None and review is not None:
            def decision_of(sha256: str) -> Decision | None:
                return review.store().latest(sha256)
        self._decision_of = decision_of
        self._shown: tuple[str, XrayImage, Prediction] | None = None
        self.ask_path: Callable[[QWidget, str, Path], str] = ask_pdf_path
        self.ask_printer: Callable[[QWidget], QPagedPaintDevice | None] = ask_printer
        self.export_action = self._action(self.tr("&Export report…"), self.export_dialog, "Ctrl+E",
                                          self.tr("Save a one-page PDF report of the image on show"))
        self.print_action = self._action(self.tr("&Print…"), self.print_dialog, QKeySequence.StandardKey.Print,
                                         self.tr("Print the one-page report of the image on show"))
        exit_action = getattr(window, "exit_action", None)
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        file_menu = next((m for m in menus if exit_action in m.actions()), menus[0] if menus else None)
        if file_menu is not None:  # File: Open, Screen folder | Export report, Print | Exit
            if exit_action in file_menu.actions():
                file_menu.insertActions(exit_action, [self.export_action, self.print_action])
                file_menu.insertSeparator(exit_action)
            else:
                file_menu.addActions([self.export_action, self.print_action])
        self._panel.pages.currentChanged.connect(self._update_enabled)
        self._update_enabled()

    def _action(self, text: str, slot, shortcut, tip: str) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self._window.addAction(action)  # the key works wherever the focus is in the window
        return action

    def show_image(self, path: str, image: XrayImage, prediction: Prediction | None) -> None:
        """The main window displays ``image`` (with ``prediction``, or None when it has no score)."""
        self._shown = (path, image, prediction) if prediction is not None else None
        self._update_enabled()

    def _update_enabled(self, *_args: object) -> None:
        enabled = self.available()
        self.export_action.setEnabled(enabled)
        self.print_action.setEnabled(enabled)

    def available(self) -> bool:
        """A scored image is on show (and the panel shows its score)."""
        return (self._shown is not None and self._panel.state() == "result"
                and self._panel.prediction() is self._shown[2])

    def current_report(self) -> ImageReport | None:
        """The report of the image on show, with the decision that counts now (None without a score)."""
        if not self.available():
            return None
        path, image, prediction = self._shown
        decision, error = None, ""
        if self._decision_of is not None:
            try:
                decision = self._decision_of(image.sha256)
            except Exception:  # noqa: BLE001 - a report without the decision says so; it is still useful
                log.exception("decision on %s not read for the report", image.sha256[:12])
                error = self.tr("The decision could not be read from the results database.")
        model = self._window.model() if callable(getattr(self._window, "model", None)) else None
        return ImageReport(file_name=Path(path).name, image=image, prediction=prediction, decision=decision,
                           threshold_overridden=bool(getattr(model, "threshold_overridden", False)),
                           heatmap_opacity=max(0.35, self._panel.heatmap_opacity()), decision_error=error)

    def export_dialog(self) -> None:
        report = self.current_report()
        if report is None:
            return
        suggested = documents_folder() / f"{Path(report.file_name).stem or 'image'}-report-{_stamp()}.pdf"
        path = self.ask_path(self._window, self.tr("Export the report as PDF"), suggested)
        if path:
            self.export(path, report)

    def export(self, path: str | Path, report: ImageReport | None = None) -> Path | None:
        """Write the report of the image on show to ``path``; say where it went (or why not)."""
        report = report or self.current_report()
        if report is None:
            return None
        try:
            with _WaitCursor():
                written = write_image_report(path, report)
        except OSError as exc:
            log.warning("report export to %s failed: %r", path, exc)
            self._say(self.tr("The report could not be saved to {folder} ({reason}). Please choose another folder.").format(
                folder=Path(path).parent, reason=_reason(exc)), "warning")
            return None
        self._say(self.tr("Report saved to {path}").format(path=written), "info")
        return written

    def print_dialog(self) -> None:
        report = self.current_report()
        if report is None:
            return
        try:
            printer = self.ask_printer(self._window)
        except ImportError:  # a build without QtPrintSupport (build.spec keeps only QtCore/QtGui/QtWidgets)
            log.warning("printing unavailable: PySide6.QtPrintSupport is not in this build", exc_info=True)
            self._say(self.tr(PRINT_UNAVAILABLE), "warning")
            return
        if printer is not None:
            self.print_to(printer, report)

    def print_to(self, printer: QPagedPaintDevice, report: ImageReport | None = None) -> bool:
        """Print the report of the image on show on ``printer`` (as the dialog set it up)."""
        report = report or self.current_report()
        if report is None:
            return False
        try:
            with _WaitCursor():
                print_image_report(printer, report)
        except OSError as exc:
            log.warning("printing failed: %r", exc)
            self._say(self.tr("The report could not be printed. Please check the printer and try again."), "warning")
            return False
        self._say(self.tr("The report was sent to the printer."), "info")
        return True

    def _say(self, text: str, kind: str) -> None:
        """One message at a time across the top of the window (a new one replaces the last)."""
        show = getattr(self._window, "show_message", None)
        if show is None:
            return
        for bar in getattr(self._window, "messages", list)():
            if bar.property("tag") == "report":
                bar.dismiss()
        show(text, kind, "report")


class RunSummaryExport(QObject):
    """*Export summary (PDF)…* under *Export CSV…*, below the worklist (``panel.filter_export``).

    Enabled exactly when *Export CSV…* is (a finished or stopped run on show), which it follows through
    an event filter; ``say(text, kind)`` is the worklist's message line.
    """

    def __init__(self, panel: QWidget, say: Callable[[str, str], None]) -> None:
        super().__init__(panel)
        self.setObjectName("runSummaryExport")
        self._panel = panel
        self._say = say
        self.ask_path: Callable[[QWidget, str, Path], str] = ask_pdf_path
        self.button = QPushButton(self.tr(SUMMARY_BUTTON_TEXT))
        self.button.setObjectName("summaryButton")
        self.button.setToolTip(self.tr("Save a PDF summary of this run: the counts, the flagged images and those to read manually"))
        self.button.clicked.connect(self.export_dialog)
        # on a row of its own, right-aligned under Export CSV…: in the export row it would make the
        # worklist dock wider than it opens (about 520 px against 440)
        self.row = QWidget()
        self.row.setObjectName("summaryExportRow")
        row = QHBoxLayout(self.row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.button)
        column = panel.layout()
        column.insertWidget(column.indexOf(panel.filter_export) + 1, self.row)
        export_button = panel.export_button
        export_button.installEventFilter(self)
        self.button.setEnabled(export_button.isEnabled())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.EnabledChange and watched is self._panel.export_button:
            self.button.setEnabled(self._panel.export_button.isEnabled())
        return False

    def summary(self) -> RunSummary | None:
        """The run on show as the summary describes it (None when no stored run is on show)."""
        from cxrviewer.qt.worklist.history import STATUS_WORDS  # at call time: the worklist imports this module
        from cxrviewer.qt.worklist.table_model import tr_worklist

        run_id = self._panel.shown_run_id()
        if run_id is None:
            return None
        store = self._panel.store()
        run = store.get_run(run_id)
        if run is None:
            return None
        rows = store.rows_for_run(run_id)
        try:
            decisions = self._panel.reviews().latest_by_image()
        except Exception:  # noqa: BLE001 - the summary without decisions still lists what to read
            log.exception("decisions not read for the run summary")
            decisions = {}
        status = self._panel.shown_status()
        words = tr_worklist(STATUS_WORDS[status]) if status in STATUS_WORDS else status.capitalize()
        return RunSummary(folder=run.folder, started_at=run.started_at, status=words,
                          model_name=run.model_name, model_version=run.model_version, rows=rows, decisions=decisions,
                          patient_ids=patient_ids_for(rows, decisions))

    def export_dialog(self) -> None:
        run_id = self._panel.shown_run_id()
        run = self._panel.store().get_run(run_id) if run_id is not None else None
        name = (Path(run.folder).name if run is not None else "") or "worklist"
        path = self.ask_path(self._panel, self.tr("Export the run summary as PDF"), documents_folder() / f"{name}-summary-{_stamp()}.pdf")
        if path:
            self.export(path)

    def export(self, path: str | Path) -> Path | None:
        """Write the summary of the run on show to ``path``; say where it went (or why not)."""
        try:
            with _WaitCursor():
                summary = self.summary()
                if summary is None:
                    self._say(self.tr("There is no screening run on show to summarise."), "warning")
                    return None
                written, pages = write_run_summary(path, summary)
        except sqlite3.Error:
            log.exception("run summary: the results database could not be read")
            self._say(self.tr("The summary could not be made: the results database could not be read. "
                              "The details were written to the log."), "warning")
            return None
        except OSError as exc:
            log.warning("run summary export to %s failed: %r", path, exc)
            self._say(self.tr("The summary could not be saved to {folder} ({reason}). Please choose another folder.").format(
                folder=Path(path).parent, reason=_reason(exc)), "warning")
            return None
        saved = self.tr("Saved the summary (1 page) to {path}") if pages == 1 else self.tr("Saved the summary ({pages} pages) to {path}")
        self._say(saved.format(pages=pages, path=written), "saved")
        return written
