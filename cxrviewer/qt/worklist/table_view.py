"""The worklist table on screen: narrow columns for a side dock, highest score first, one row chosen at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cxrviewer.qt.result_panel import FLAG_TEXT
from cxrviewer.qt.worklist.table_model import FILE, FLAG, SCORE


class WorklistTable(QTableView):
    """A read-only view of ``model`` (the panel's ``WorklistProxy``), sorted by score, highest first."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklistTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps a file name's distinguishing end
        self.setShowGrid(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        metrics = self.fontMetrics()
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        bold = QFont(self.font())
        bold.setBold(True)
        wide = QFontMetrics(bold)
        em = metrics.horizontalAdvance("M")
        score_width = max(metrics.horizontalAdvance("Abnormality") + 22, wide.horizontalAdvance("100%") + 16)
        for column, width in ((FILE, 12 * em), (SCORE, score_width), (FLAG, metrics.horizontalAdvance(FLAG_TEXT) + 12)):
            header.resizeSection(column, width)
        header.setMinimumSectionSize(4 * em)
        self.setSortingEnabled(True)
        self.sortByColumn(SCORE, Qt.SortOrder.DescendingOrder)  # highest score first

    def select_row(self, row: int) -> None:
        """Make row ``row`` (as sorted and filtered on screen) the chosen one."""
        index = self.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
