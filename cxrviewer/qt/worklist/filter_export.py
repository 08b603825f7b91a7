"""The rows under the worklist: *Flagged only* and *Not yet reviewed* (filters on the view) and *Export CSV…*
(the rows as listed: what you see is what you export). Two short rows, because the worklist sits in a narrow
side dock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cxrviewer.qt.worklist.table_model import FLAG, HEADERS, SCORE


def view_description(flagged_only: bool, not_reviewed_only: bool, column: int, order: Qt.SortOrder) -> str:
    """How the rows on screen are chosen and ordered, for the export message:
    "flagged or read manually; read manually first, then by abnormality score, highest first"."""
    filters = [what for what, on in (("flagged or read manually", flagged_only), ("not yet reviewed", not_reviewed_only)) if on]
    name = HEADERS[column].replace("\n", " ").lower() if 0 <= column < len(HEADERS) else "arrival"
    descending = order == Qt.SortOrder.DescendingOrder
    if column in (SCORE, FLAG):
        words = "highest first" if descending else "lowest first"
    else:
        words = "Z to A" if descending else "A to Z"
    return f"{' and '.join(filters) or 'all images'}; read manually first, then by {name}, {words}"


def default_export_path(folder: Path | None) -> Path:
    """"<folder>-screening-<date>-<time>.csv" in the user's Documents folder (else the home folder)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    where = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    name = (folder.name if folder is not None else "") or "worklist"
    return where / f"{name}-screening-{datetime.now():%Y%m%d-%H%M}.csv"


def ask_export_path(parent: QWidget, folder: Path | None) -> str:
    """The file the user chose to export to ("" if they cancelled)."""
    path, _ = QFileDialog.getSaveFileName(parent, "Export the worklist as CSV", str(default_export_path(folder)),
                                          "CSV files (*.csv);;All files (*)")
    return path


class FilterExportBar(QWidget):
    """The panel connects ``flagged_only_check.toggled``, ``not_reviewed_check.toggled`` and ``export_button.clicked``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flagged_only_check = QCheckBox("Flagged only")
        self.flagged_only_check.setObjectName("flaggedOnlyCheck")
        self.flagged_only_check.setToolTip("List only the images marked \"Review recommended\", and those without "
                                           "a score (\"Read manually\")")
        self.not_reviewed_check = QCheckBox("Not yet reviewed")
        self.not_reviewed_check.setObjectName("notReviewedCheck")
        self.not_reviewed_check.setToolTip("List only the images without a clinician's decision; "
                                           "an image leaves the list when its decision is recorded")
        self.export_button = QPushButton("Export CSV…")
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip("Save the images as listed (the filters and the order on screen) with their "
                                      "scores as a CSV file")
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        first = QHBoxLayout()
        first.addWidget(self.flagged_only_check)
        first.addStretch(1)
        first.addWidget(self.export_button)
        rows.addLayout(first)
        rows.addWidget(self.not_reviewed_check)
