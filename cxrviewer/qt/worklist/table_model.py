"""The worklist table: one row per screened image, sorted by score, filterable to the flagged ones.

``WorklistModel`` holds the rows (appended in batches while a folder is screened); ``WorklistProxy``
sorts and filters them for the view. Rows without a score (files that could not be screened) stay
at the bottom whichever way the score or flag column is sorted: a reader working down the list
from the top meets the images that most need review first, and the failures last.

Why a ``QStandardItemModel`` and the proxy's own C++ sorting and filtering, not a Python
``data()``/``lessThan()``: painting a table asks for several roles of every visible cell, and
sorting compares rows many times; from Python each of those calls must take the GIL, which the
model thread and the decode threads hold in turn during a batch. Keeping Python out of painting,
sorting and filtering keeps the window responsive while rows arrive (see ``bench/gui_latency.py``).
Python runs once per arriving row, to build its cells.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from cxrviewer.core.types import ScreeningRow
from cxrviewer.qt.result_panel import FLAG_TEXT, format_score

PATH_ROLE = Qt.ItemDataRole.UserRole  # the file's full path, for showing it in the viewer
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a column sorts by (a number or lower-case text)
FLAGGED_ROLE = Qt.ItemDataRole.UserRole + 2  # "yes" / "no", for the "Flagged only" filter
FILE, SCORE, FLAG, STATUS = range(4)
HEADERS = ("File", "Abnormality\nscore", "Flag", "Status")  # two lines: the list sits in a narrow side dock
NOT_FLAGGED_TEXT = "Below threshold"
NO_SCORE_FLAG_TEXT = "No score"
NO_SCORE_TEXT = "—"
SCORED_TEXT = "Scored"
EARLIER_TEXT = "Scored earlier"  # already scored by this model version in an earlier run (when: in the tooltip)

FLAG_COLOUR = QColor("#f0a04b")
ERROR_COLOUR = QColor("#f28b82")
QUIET_COLOUR = QColor("#9aa0a6")
# the sort value of an unscored row in the score and flag columns: below every score when sorting
# highest first, above every score when sorting lowest first, so such rows always come last
_UNSCORED_LOW, _UNSCORED_HIGH = -1.0, 10.0


def local_time(timestamp: str) -> str:
    """An ISO UTC time from the store, in local time as people read it ("12 Mar 2025 14:05")."""
    try:
        moment = datetime.fromisoformat(timestamp).astimezone()
    except (TypeError, ValueError):
        return timestamp
    return moment.strftime("%d %b %Y %H:%M")


@dataclass(frozen=True)
class WorkItem:
    """A row of the table: the stored result, and whether it was scored before this run."""

    row: ScreeningRow
    earlier: bool = False

    @property
    def scored(self) -> bool:
        return self.row.error is None and self.row.probability is not None

    @property
    def flagged(self) -> bool:
        return self.scored and bool(self.row.flagged)

    def status_text(self) -> str:
        if not self.scored:
            return self.row.error or "Not screened"
        return EARLIER_TEXT if self.earlier else SCORED_TEXT


class WorklistModel(QStandardItemModel):
    """Screened images in arrival order (the proxy sorts); each source row has a ``WorkItem``."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels(list(HEADERS))
        self.horizontalHeaderItem(SCORE).setToolTip("The model's abnormality score; click a header to sort")
        self._items: list[WorkItem] = []
        self._by_file: dict[str, int] = {}
        self._counts = dict.fromkeys(("scored", "flagged", "failed", "earlier"), 0)
        self._root: Path | None = None
        self._unscored_key = _UNSCORED_LOW  # set by the proxy when the sort order changes
        self._bold = QFont()
        self._bold.setBold(True)
        self._brushes = {colour.name(): QBrush(colour) for colour in (FLAG_COLOUR, ERROR_COLOUR, QUIET_COLOUR)}

    # ---- contents ------------------------------------------------------------------------

    def set_root(self, folder: str | Path | None) -> None:
        """Files under ``folder`` are shown by their path inside it (sub-folders tell the cases apart)."""
        self._root = Path(folder) if folder is not None else None

    def clear_rows(self) -> None:
        self.removeRows(0, self.rowCount())
        self._items = []
        self._by_file = {}
        self._counts = dict.fromkeys(self._counts, 0)

    def set_rows(self, rows: Iterable[ScreeningRow], earlier_than: str | None = None) -> None:
        """Replace the contents; a row screened before ``earlier_than`` (an ISO time) is marked as done earlier."""
        self.clear_rows()
        items = [WorkItem(row, earlier_than is not None and row.screened_at < earlier_than) for row in rows]
        self._append(items)

    def add_rows(self, rows: Iterable[ScreeningRow], earlier: bool = False) -> int:
        """Append rows; a file already listed is updated in place. Returns how many rows were new."""
        new: list[WorkItem] = []
        for row in rows:
            at = self._by_file.get(row.file)
            if at is None:
                new.append(WorkItem(row, earlier))
                continue
            self._count(self._items[at], -1)
            self._items[at] = WorkItem(row, earlier)
            self._count(self._items[at], +1)
            for column, cell in enumerate(self._cells(self._items[at])):
                self.setItem(at, column, cell)
        self._append(new)
        return len(new)

    def _append(self, items: list[WorkItem]) -> None:
        for item in items:
            self._by_file[item.row.file] = len(self._items)
            self._items.append(item)
            self._count(item, +1)
            self.appendRow(self._cells(item))

    def _count(self, item: WorkItem, sign: int) -> None:
        if item.scored:
            self._counts["scored"] += sign
            self._counts["flagged"] += sign * item.flagged
            self._counts["earlier"] += sign * item.earlier
        else:
            self._counts["failed"] += sign

    def rows(self) -> list[ScreeningRow]:
        return [item.row for item in self._items]

    def item_at(self, source_row: int) -> WorkItem:
        return self._items[source_row]

    def counts(self) -> dict[str, int]:
        """Screened (with a score), flagged, failed, and how many of the scored were done in an earlier run."""
        return dict(self._counts)

    def display_name(self, file: str) -> str:
        path = Path(file)
        if self._root is not None:
            try:
                return path.relative_to(self._root).as_posix()
            except ValueError:
                pass
        return path.name

    # ---- cells ---------------------------------------------------------------------------

    def _cells(self, item: WorkItem) -> list[QStandardItem]:
        row = item.row
        name = self.display_name(row.file)
        status = item.status_text()
        cells = [QStandardItem() for _ in HEADERS]
        for cell in cells:
            cell.setEditable(False)
            cell.setData(row.file, PATH_ROLE)
            cell.setData("yes" if item.flagged else "no", FLAGGED_ROLE)
        file_cell, score_cell, flag_cell, status_cell = cells
        file_cell.setText(name)
        file_cell.setToolTip(row.file)
        file_cell.setData(name.lower(), SORT_ROLE)
        status_cell.setText(status)
        status_cell.setToolTip(row.error or f"{status} ({local_time(row.screened_at)}) by {row.model_name} {row.model_version}")
        status_cell.setData(status.lower(), SORT_ROLE)
        status_cell.setForeground(self._brushes[(QUIET_COLOUR if item.scored else ERROR_COLOUR).name()])
        score_cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not item.scored:
            score_cell.setText(NO_SCORE_TEXT)
            flag_cell.setText(NO_SCORE_FLAG_TEXT)
            for cell in (score_cell, flag_cell):
                cell.setData(self._unscored_key, SORT_ROLE)
                cell.setForeground(self._brushes[QUIET_COLOUR.name()])
                cell.setToolTip("No score: the reason is in the Status column")
            return cells
        threshold = row.threshold if row.threshold is not None else 1.0
        score_text, threshold_text = format_score(row.probability, threshold)
        score_cell.setText(score_text)
        score_cell.setData(float(row.probability), SORT_ROLE)
        score_cell.setToolTip(f"Review threshold {threshold_text} · model {row.model_name} {row.model_version}")
        flag_cell.setText(FLAG_TEXT if item.flagged else NOT_FLAGGED_TEXT)
        flag_cell.setData(float(row.probability) + (2.0 if item.flagged else 0.0), SORT_ROLE)  # flagged first, then by score
        if item.flagged:
            for cell in (score_cell, flag_cell):
                cell.setForeground(self._brushes[FLAG_COLOUR.name()])
            score_cell.setFont(self._bold)
        else:
            flag_cell.setForeground(self._brushes[QUIET_COLOUR.name()])
        return cells

    def set_unscored_last(self, order: Qt.SortOrder) -> None:
        """Give unscored rows the score/flag sort value that puts them last in ``order``."""
        key = _UNSCORED_LOW if order == Qt.SortOrder.DescendingOrder else _UNSCORED_HIGH
        if key == self._unscored_key:
            return
        self._unscored_key = key
        for at, item in enumerate(self._items):
            if not item.scored:
                self.item(at, SCORE).setData(key, SORT_ROLE)
                self.item(at, FLAG).setData(key, SORT_ROLE)


class WorklistProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE`` and filters on ``FLAGGED_ROLE``, both in Qt's C++ code."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FLAGGED_ROLE)
        self.setFilterKeyColumn(FLAG)
        self.setDynamicSortFilter(True)  # rows arriving during a batch go straight to their sorted place

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # Qt override
        model = self.sourceModel()
        if isinstance(model, WorklistModel):
            model.set_unscored_last(order)
        super().sort(column, order)

    def set_flagged_only(self, flagged_only: bool) -> None:
        self.setFilterFixedString("yes" if flagged_only else "")

    def flagged_only(self) -> bool:
        return self.filterRegularExpression().pattern() == "yes"

    def source_item(self, proxy_row: int) -> WorkItem:
        return self.sourceModel().item_at(self.mapToSource(self.index(proxy_row, 0)).row())
