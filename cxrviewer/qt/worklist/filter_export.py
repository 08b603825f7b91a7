"""The row under the worklist: *Flagged only* (a filter on the view) and *Export CSV…* (every image of the run)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QPushButton, QWidget


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
    """The panel connects ``flagged_only_check.toggled`` and ``export_button.clicked``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flagged_only_check = QCheckBox("Flagged only")
        self.flagged_only_check.setObjectName("flaggedOnlyCheck")
        self.flagged_only_check.setToolTip("List only the images marked \"Review recommended\"")
        self.export_button = QPushButton("Export CSV…")
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip("Save every image of this run with its score as a CSV file")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.flagged_only_check)
        row.addStretch(1)
        row.addWidget(self.export_button)
