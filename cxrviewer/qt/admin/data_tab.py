"""The "1. Local X-rays" tab: choose the clinic's labelled X-rays, read each once, and report what can be used."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cxrviewer.core.admin import datacheck
from cxrviewer.core.admin.datacheck import DataCheckReport
from cxrviewer.qt.admin.widgets import MessageLabel

if TYPE_CHECKING:
    from cxrviewer.qt.admin.dialog import AdminDialog

MORE = QT_TRANSLATE_NOOP("DataTab", "… and {count} more.")  # the end of a shortened list; translated where shown


class DataTab(QWidget):
    """Owns the check ``report`` the other tabs work from (``AdminDialog.report``)."""

    def __init__(self, dialog: AdminDialog, check_threads: int = 2) -> None:
        super().__init__()
        self.dialog = dialog
        self.check_threads = check_threads
        self.report: DataCheckReport | None = None
        intro = QLabel(self.tr(
            "Choose chest X-rays from your clinic whose findings are known. Three ways of labelling them are understood: "
            "subfolders named <b>normal</b> and <b>abnormal</b>; file names ending in <b>_0</b> (normal) or <b>_1</b> "
            "(abnormal); or a CSV list with the columns <b>file</b> and <b>label</b> (0 or 1) and, if a patient has several "
            "images, <b>group</b> (for example the patient number)."
        ))
        intro.setWordWrap(True)
        self.data_edit = QLineEdit()
        self.data_edit.setPlaceholderText(self.tr("Folder or CSV list of labelled X-rays"))
        self.data_edit.setObjectName("data_path")
        folder_button = QPushButton(self.tr("Choose folder…"))
        folder_button.clicked.connect(self._choose_folder)
        csv_button = QPushButton(self.tr("Choose CSV list…"))
        csv_button.clicked.connect(self._choose_csv)
        self.check_button = QPushButton(self.tr("Check images"))
        self.check_button.clicked.connect(self.start_check)
        self.data_edit.returnPressed.connect(self.start_check)
        self.check_progress = QProgressBar()
        self.check_progress.hide()
        self.data_message = MessageLabel()
        self.report_view = QTextBrowser()
        self.report_view.setOpenLinks(False)
        self.report_view.setPlaceholderText(self.tr("The check report appears here."))

        row = QHBoxLayout()
        row.addWidget(self.data_edit, 1)
        row.addWidget(folder_button)
        row.addWidget(csv_button)
        row.addWidget(self.check_button)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(row)
        box.addWidget(self.check_progress)
        box.addWidget(self.data_message)
        box.addWidget(self.report_view, 1)

    @Slot()
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.dialog, self.tr("Folder of labelled X-rays"))
        if folder:
            self.data_edit.setText(folder)
            self.start_check()

    @Slot()
    def _choose_csv(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self.dialog, self.tr("CSV list of labelled X-rays"), "", self.tr("CSV list (*.csv)"))
        if file:
            self.data_edit.setText(file)
            self.start_check()

    @Slot()
    def start_check(self) -> None:
        text = self.data_edit.text().strip()
        if not text:
            self.data_message.show_message(self.tr("Choose a folder or a CSV list first."), "error")
            return
        if self.dialog.busy(self.data_message):
            return
        if self.dialog.new_model_awaiting_decision():
            self.data_message.show_message(self.tr("First use or discard the new model (tab “2. Retrain and compare”)."), "info")
            return
        data = Path(text).expanduser()
        val, test = self.dialog.fractions()
        self.report = None
        self.report_view.clear()
        self.dialog.update_controls()
        self.data_message.show_message(self.tr("Reading every image once to check it…"), "info")
        self.check_progress.setValue(0)
        self.check_progress.show()
        self.check_button.setEnabled(False)
        threads = self.check_threads

        def work(progress, cancel):
            return datacheck.check_data(data, val_fraction=val, test_fraction=test, threads=threads,
                                        progress=progress, cancel=cancel)

        self.dialog.run_job(work, self._check_done, self._check_failed, self.check_progress)

    @Slot(object)
    def _check_done(self, report: DataCheckReport) -> None:
        self.check_button.setEnabled(True)
        self.check_progress.hide()
        self.report = report
        self.reassess()
        self.dialog.update_controls()

    @Slot(str)
    def _check_failed(self, message: str) -> None:
        self.check_button.setEnabled(True)
        self.check_progress.hide()
        self.data_message.show_message(message, "error")
        self.dialog.update_controls()

    def reassess(self) -> None:
        """Judge the report again with the share of patients set aside now chosen, and show it."""
        report = self.report
        if report is None:
            return
        val, test = self.dialog.fractions()
        datacheck.assess(report, val_fraction=val, test_fraction=test)
        if report.ok:
            self.data_message.show_message(self.tr("These images can be used for retraining."), "success")
        else:
            self.data_message.show_message(report.refusal or "", "error")
        self.report_view.setHtml(report_html(report))


def report_html(report: DataCheckReport, max_listed: int = 15) -> str:
    """The check report in plain words: counts, what will be left out and why, and what to fix."""
    esc = html.escape
    parts = [f"<p><b>{esc(str(report.data))}</b></p><ul>"]
    parts += [f"<li>{esc(line)}</li>" for line in report.summary_lines()]
    parts.append("</ul>")
    if report.split_counts:
        c = report.split_counts
        parts.append(
            "<p>" + QCoreApplication.translate(
                "DataTab", "The images are divided into three parts: <b>{train}</b> to train on, <b>{tune}</b> to tune, and "
                "<b>{check}</b> ({normal} normal, {abnormal} abnormal) to compare the new model with the model in use.").format(
                train=c["train"]["normal"] + c["train"]["abnormal"], tune=c["val"]["normal"] + c["val"]["abnormal"],
                check=c["test"]["normal"] + c["test"]["abnormal"], normal=c["test"]["normal"], abnormal=c["test"]["abnormal"])
            + (QCoreApplication.translate(
                "DataTab", " Images of the same patient (the list's <b>group</b> column) always stay in the same part.")
               if report.labelling == datacheck.LABELLING_CSV else "")
            + "</p>"
        )
    if report.unreadable:
        parts.append("<p>" + QCoreApplication.translate("DataTab", "<b>Files that cannot be read</b> (they will be left out):")
                     + "</p><ul>")
        for bad in report.unreadable[:max_listed]:
            parts.append(f"<li>{esc(_short(bad.path, report.data))}: {esc(bad.reason)}</li>")
        if len(report.unreadable) > max_listed:
            parts.append("<li>" + QCoreApplication.translate("DataTab", MORE).format(count=len(report.unreadable) - max_listed) + "</li>")
        parts.append("</ul>")
    if report.duplicates:
        parts.append("<p>" + QCoreApplication.translate(
            "DataTab", "<b>Identical files</b> (the same image stored more than once):") + "</p><ul>")
        for dup in report.duplicates[:max_listed]:
            names = ", ".join(esc(_short(p, report.data)) for p in dup.paths)
            colour = MessageLabel.COLORS["error"]
            differently = QCoreApplication.translate("DataTab", "labelled differently")
            warning = f" – <span style='color:{colour}'>{differently}</span>" if dup.conflicting else ""
            parts.append(f"<li>{names}{warning}</li>")
        if len(report.duplicates) > max_listed:
            parts.append("<li>" + QCoreApplication.translate("DataTab", MORE).format(count=len(report.duplicates) - max_listed) + "</li>")
        parts.append("</ul>")
    return "".join(parts)


def _short(path: Path, data: Path) -> str:
    root = data if data.is_dir() else data.parent
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
