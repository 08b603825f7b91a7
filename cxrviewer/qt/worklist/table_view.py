"""The worklist table on screen: narrow columns for a side dock, "Read manually" rows then the highest score
first, one row chosen at a time.

Text that does not fit is cut at its end with "…" (never in the middle of a name), and every cell carries its
full text in a tooltip. The File column takes what the score leaves of the visible width (within limits), so in
the narrow dock the two columns a reader needs, the image and its score, are the ones in view; the others
(flag, decision, the DICOM identifiers, the status or the reason there is no score) follow to the right. The
identifier columns are shown only when some row comes from a DICOM file.

One navigator: the highlighted row is the image on show. A row the user chooses (click, arrow keys) emits
``image_chosen``; ``step`` (Page Up/Down and the toolbar's Next/Previous, through the main window) moves the
highlight and emits it too; ``highlight`` moves it to the image the window shows without emitting. When the
highlighted row leaves the list (a decision recorded under *Not yet reviewed*, a filter switched on), Qt would
move the highlight to a neighbour, and the neighbour's image would open by itself, under a finger that may
press a decision key again: here the highlight goes instead (the image stays on show), and the next step goes
on from where that row was.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cxrviewer.qt.result_panel import FLAG_TEXT, decision_label, tr_panel
from cxrviewer.qt.worklist.table_model import (
    ACCESSION,
    DECISION,
    DIFFERS_SUFFIX,
    FILE,
    FLAG,
    HEADERS,
    IDENTIFIER_FIELDS,
    PATH_ROLE,
    PATIENT_ID,
    PATIENT_NAME,
    READ_MANUALLY_TEXT,
    SCORE,
    STUDY_DATE,
    tr_worklist,
)


class WorklistTable(QTableView):
    """A read-only view of ``model`` (the panel's ``WorklistProxy``), sorted by score, highest first."""

    image_chosen = Signal(str)  # the user chose a row, or stepped to it: show this file

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklistTable")
        self._syncing = False  # the highlight is being moved to the image on show: no image request
        self._rows_leaving = False  # rows are leaving the list: a move of the highlight is Qt's, not the user's
        self._gone_from = -1  # where the highlighted row was when it left the list: the next step goes on from there
        self._row_before_layout = -1
        # connected before setModel creates the selection model, so these run before it moves the current row
        model.rowsAboutToBeRemoved.connect(self._on_rows_leaving)
        model.rowsRemoved.connect(self._on_rows_left)
        model.layoutAboutToBeChanged.connect(self._on_layout_changing)  # a filtered-out row can leave this way too
        model.layoutChanged.connect(self._on_layout_changed)
        self.setModel(model)
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.clicked.connect(self._on_clicked)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # "…" at the end; the full text is in the tooltip
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
        self._em = em
        self._score_width = max(metrics.horizontalAdvance(tr_worklist(HEADERS[SCORE]).split("\n")[0]) + 22,
                                wide.horizontalAdvance(tr_worklist(READ_MANUALLY_TEXT)) + 14)
        decision_width = wide.horizontalAdvance(decision_label("abnormal") + tr_worklist(DIFFERS_SUFFIX)) + 12
        flag_width = metrics.horizontalAdvance(tr_panel(FLAG_TEXT)) + 12
        for column, width in ((FILE, 12 * em), (SCORE, self._score_width), (FLAG, flag_width),
                              (DECISION, decision_width), (PATIENT_ID, 8 * em), (PATIENT_NAME, 12 * em),
                              (STUDY_DATE, metrics.horizontalAdvance("2024-12-31") + 16), (ACCESSION, 8 * em)):
            header.resizeSection(column, width)
        header.setMinimumSectionSize(4 * em)
        self.show_identifier_columns(False)
        self.setSortingEnabled(True)
        self.sortByColumn(SCORE, Qt.SortOrder.DescendingOrder)  # read manually first, then the highest score

    def show_identifier_columns(self, shown: bool) -> None:
        """Patient ID, name, study date and accession number: only when some row comes from a DICOM file."""
        for column in IDENTIFIER_FIELDS:
            self.setColumnHidden(column, not shown)

    def identifier_columns_shown(self) -> bool:
        return not self.isColumnHidden(PATIENT_ID)

    def useful_width(self) -> int:
        """The narrowest width that shows the File column at its narrowest (8 characters) beside the whole Score
        column, with a vertical scroll bar: the worklist opens at least this wide (Russian "read manually" is long)."""
        return 8 * self._em + self._score_width + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

    def resizeEvent(self, event) -> None:  # Qt override
        """The File column takes what the score leaves of the visible width (8 to 24 characters wide)."""
        super().resizeEvent(event)
        available = self.viewport().width() - self.columnWidth(SCORE)
        self.setColumnWidth(FILE, max(8 * self._em, min(24 * self._em, available)))

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers) -> QModelIndex:  # Qt override
        """Page Up / Page Down move one row, as they do everywhere else in the window (the next image, not a page)."""
        one_row = {QAbstractItemView.CursorAction.MovePageDown: QAbstractItemView.CursorAction.MoveDown,
                   QAbstractItemView.CursorAction.MovePageUp: QAbstractItemView.CursorAction.MoveUp}
        return super().moveCursor(one_row.get(action, action), modifiers)

    def select_row(self, row: int) -> None:
        """Make row ``row`` (as sorted and filtered on screen) the chosen one."""
        index = self.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    # ---- one navigator ------------------------------------------------------------------------

    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._rows_leaving:
            if previous.isValid():
                self._gone_from = previous.row()  # Qt moved the highlight to a neighbour: undone in _on_rows_left
            return
        if current.isValid() and not self._syncing:
            self._gone_from = -1
            self.image_chosen.emit(str(current.data(PATH_ROLE)))

    def _on_clicked(self, index: QModelIndex) -> None:
        """A click on the row already chosen shows it again (the viewer may show another file meanwhile)."""
        if index.isValid():
            self.image_chosen.emit(str(index.data(PATH_ROLE)))

    def _on_rows_leaving(self, *_args) -> None:
        self._rows_leaving = True

    def _on_rows_left(self, *_args) -> None:
        """The highlighted row left the list: no row is highlighted (the image stays on show, nothing else opens)."""
        self._rows_leaving = False
        if self._gone_from >= 0 and self.selectionModel().currentIndex().isValid():
            self.selectionModel().clear()

    def _on_layout_changing(self, *_args) -> None:
        self._row_before_layout = self.selectionModel().currentIndex().row() if self.selectionModel() else -1

    def _on_layout_changed(self, *_args) -> None:
        """Sorting keeps the highlighted row; a row filtered out loses it (Qt says nothing): remember where it was."""
        if self._row_before_layout >= 0 and not self.selectionModel().currentIndex().isValid():
            self._gone_from = self._row_before_layout
        self._row_before_layout = -1

    def forget_position(self) -> None:
        """New contents: the next step starts at the top."""
        self._gone_from = -1

    def step(self, delta: int) -> bool:
        """Highlight the row ``delta`` places down the list as shown (up if negative), emitting ``image_chosen``.

        With no row highlighted, the first step goes to the row that took the place of the one that left the
        list, else to the top. False when there is no such row.
        """
        current = self.selectionModel().currentIndex()
        if current.isValid():
            row = current.row() + delta
        elif self._gone_from >= 0:
            row = self._gone_from if delta > 0 else self._gone_from - 1
        else:
            row = 0
        if not 0 <= row < self.model().rowCount():
            return False
        self.select_row(row)
        return True

    def highlight(self, path: str | None) -> bool:
        """Highlight the row of ``path`` (the image on show) without emitting; none when it is not listed.
        True when it is listed (as the list is filtered now)."""
        proxy = self.model()
        source = proxy.sourceModel()
        at = source.source_row_of(path) if path is not None else None
        index = proxy.mapFromSource(source.index(at, 0)) if at is not None else QModelIndex()
        selection = self.selectionModel()
        if index.isValid() and QPersistentModelIndex(selection.currentIndex()) == QPersistentModelIndex(index):
            return True
        self._syncing = True
        try:
            if index.isValid():
                self.select_row(index.row())
            else:
                selection.clear()
        finally:
            self._syncing = False
        self._gone_from = -1
        return index.isValid()

    def highlighted_path(self) -> str | None:
        """The file of the highlighted row (None when no row is)."""
        current = self.selectionModel().currentIndex()
        return str(current.data(PATH_ROLE)) if current.isValid() else None
