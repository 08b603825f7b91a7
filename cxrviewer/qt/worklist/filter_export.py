"""The rows under the worklist: *Flagged only* and *Not yet reviewed* (filters on the view) and *Export CSV…*
(the rows as listed: what you see is what you export). Two short rows, because the worklist sits in a narrow
side dock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cxrviewer.qt.result_panel import FLAG_TEXT, tr_panel
from cxrviewer.qt.worklist.table_model import FLAG, HEADERS, READ_MANUALLY_TEXT, SCORE, tr_worklist


def view_description(flagged_only: bool, not_reviewed_only: bool, column: int, order: Qt.SortOrder) -> str:
    """How the rows on screen are chosen and ordered, for the export message:
    "flagged or read manually; read manually first, then by abnormality score, highest first"."""
    translate = QCoreApplication.translate
    if flagged_only and not_reviewed_only:
        filters = translate("Worklist", "flagged or read manually and not yet reviewed")
    elif flagged_only:
        filters = translate("Worklist", "flagged or read manually")
    else:
        filters = translate("Worklist", "not yet reviewed") if not_reviewed_only else translate("Worklist", "all images")
    name = tr_worklist(HEADERS[column]).replace("\n", " ").lower() if 0 <= column < len(HEADERS) else translate("Worklist", "arrival")
    descending = order == Qt.SortOrder.DescendingOrder
    if column in (SCORE, FLAG):
        words = translate("Worklist", "highest first") if descending else translate("Worklist", "lowest first")
    else:
        words = translate("Worklist", "Z to A") if descending else translate("Worklist", "A to Z")
    sentence = QCoreApplication.translate("Worklist", "{filters}; read manually first, then by {column}, {order}")
    return sentence.format(filters=filters, column=name, order=words)


def default_export_path(folder: Path | None) -> Path:
    """"<folder>-screening-<date>-<time>.csv" in the user's Documents folder (else the home folder)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    where = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    name = (folder.name if folder is not None else "") or "worklist"
    return where / f"{name}-screening-{datetime.now():%Y%m%d-%H%M}.csv"


def ask_export_path(parent: QWidget, folder: Path | None) -> str:
    """The file the user chose to export to ("" if they cancelled)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Worklist", "Export the worklist as CSV"), str(default_export_path(folder)),
        QCoreApplication.translate("Worklist", "CSV files (*.csv)") + ";;" + QCoreApplication.translate("Worklist", "All files (*)"))
    return path


class FilterExportBar(QWidget):
    """The panel connects ``flagged_only_check.toggled``, ``not_reviewed_check.toggled`` and ``export_button.clicked``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flagged_only_check = QCheckBox(self.tr("Flagged only"))
        self.flagged_only_check.setObjectName("flaggedOnlyCheck")
        self.flagged_only_check.setToolTip(self.tr("List only the images marked \"{flag}\", and those without a score "
                                                   "(\"{manual}\")").format(flag=tr_panel(FLAG_TEXT),
                                                                            manual=tr_worklist(READ_MANUALLY_TEXT)))
        self.not_reviewed_check = QCheckBox(self.tr("Not yet reviewed"))
        self.not_reviewed_check.setObjectName("notReviewedCheck")
        self.not_reviewed_check.setToolTip(self.tr("List only the images without a clinician's decision; "
                                                   "an image leaves the list when its decision is recorded"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Save the images as listed (the filters and the order on screen) with their "
                                              "scores as a CSV file"))
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        first = QHBoxLayout()
        first.addWidget(self.flagged_only_check)
        first.addStretch(1)
        first.addWidget(self.export_button)
        rows.addLayout(first)
        rows.addWidget(self.not_reviewed_check)
