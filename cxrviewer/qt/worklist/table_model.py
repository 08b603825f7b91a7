"""The worklist table: one row per screened image, sorted by score, filterable to the flagged ones
and to the images not yet reviewed; the clinician's decision (if any) in its own column, marked when it
differs from the model's flag; a DICOM image's patient ID, name, study date and accession number in theirs;
a score's cautions (lungs cut off at the film's edge, ...) in the tooltips of its row, and a warning sign beside its status.

``WorklistModel`` holds the rows (appended in batches while a folder is screened); ``WorklistProxy``
sorts and filters them for the view.

**Read manually first.** A row without a score (the input check refused the image, or the file could not
be read) is a "Read manually" row, and those rows come first whichever column is sorted and whichever way:
an image the model could not score is not a low-priority image, it is one only a person can read (3 of 800
real TB X-rays were refused by the input check and used to sink below "< 1%"). They also stay listed under
*Flagged only*. *Not yet reviewed* applies to them as to any row: once a clinician has recorded a decision
for one (even "Not readable"), it has been read; a file with no content to decide on stays listed.

Why a ``QStandardItemModel`` and the proxy's own C++ sorting and filtering, not a Python
``data()``/``lessThan()``: painting a table asks for several roles of every visible cell, and
sorting compares rows many times; from Python each of those calls must take the GIL, which the
model thread and the decode threads hold in turn during a batch. Keeping Python out of painting,
sorting and filtering keeps the window responsive while rows arrive (see ``bench/gui_latency.py``).
Python runs once per arriving row, to build its cells.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle

from cxrviewer.core.review.decisions import Decision
from cxrviewer.core.types import ScreeningRow
from cxrviewer.qt.result_panel import (  # the panel's words
    FLAG_TEXT,
    decision_label,
    format_score,
    reviewed_text,
    tr_panel,
    when_text,
)

PATH_ROLE = Qt.ItemDataRole.UserRole  # the file's full path, for showing it in the viewer
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a column sorts by (a number or lower-case text)
FLAGGED_ROLE = Qt.ItemDataRole.UserRole + 2  # "yes" / "no"
# two letters for the filters, matched by a regular expression in C++: "F" flagged, "M" read manually (no score),
# "f" below the threshold; then "R"/"r" reviewed or not
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3
PINNED_ROLE = Qt.ItemDataRole.UserRole + 4  # True on the cells of a row whose text sort value carries the pin prefix
FILE, SCORE, FLAG, DECISION, PATIENT_ID, PATIENT_NAME, STUDY_DATE, ACCESSION, STATUS = range(9)
# two lines for the score: the list sits in a narrow side dock; in English (the tests), translated where shown
HEADERS = (
    QT_TRANSLATE_NOOP("Worklist", "Image"),
    QT_TRANSLATE_NOOP("Worklist", "Abnormality\nscore"),
    QT_TRANSLATE_NOOP("Worklist", "Flag"),
    QT_TRANSLATE_NOOP("Worklist", "Decision"),
    QT_TRANSLATE_NOOP("Worklist", "Patient ID"),
    QT_TRANSLATE_NOOP("Worklist", "Patient name"),
    QT_TRANSLATE_NOOP("Worklist", "Study date"),
    QT_TRANSLATE_NOOP("Worklist", "Accession"),
    QT_TRANSLATE_NOOP("Worklist", "Status"),
)
IDENTIFIER_FIELDS = {PATIENT_ID: "patient_id", PATIENT_NAME: "patient_name", STUDY_DATE: "study_date",
                     ACCESSION: "accession_number"}  # column -> ScreeningRow field (DICOM only)
DIFFERS_SUFFIX = QT_TRANSLATE_NOOP("Worklist", " (differs)")  # a decision the row's flag disagrees with: "Normal (differs)"
NOT_FLAGGED_TEXT = QT_TRANSLATE_NOOP("Worklist", "Below threshold")
NO_SCORE_FLAG_TEXT = QT_TRANSLATE_NOOP("Worklist", "No score")
READ_MANUALLY_TEXT = QT_TRANSLATE_NOOP("Worklist", "Read manually")  # the score cell of a row without a score
SCORED_TEXT = QT_TRANSLATE_NOOP("Worklist", "Scored")
# already scored by this model version in an earlier run (when: in the tooltip)
EARLIER_TEXT = QT_TRANSLATE_NOOP("Worklist", "Scored earlier")

FLAG_COLOUR = QColor("#f0a04b")
ERROR_COLOUR = QColor("#f28b82")
DIFFERS_COLOUR = QColor("#ff8a50")
DECIDED_COLOUR = QColor("#e8eaed")
QUIET_COLOUR = QColor("#9aa0a6")
READ_MANUALLY_COLOUR = QColor("#8ab4f8")
# Sort values that put a row without a score first in either order: in the score and flag columns a number
# above every score (highest first) or below it (lowest first); in text columns a first character that sorts
# before ("0", A to Z) or after ("2", Z to A) the "1" every scored row's text starts with.
_PIN_NUMBER = {Qt.SortOrder.DescendingOrder: 10.0, Qt.SortOrder.AscendingOrder: -1.0}
_PIN_PREFIX = {Qt.SortOrder.DescendingOrder: "2", Qt.SortOrder.AscendingOrder: "0"}
_NUMERIC_COLUMNS = (SCORE, FLAG)


def tr_worklist(text: str) -> str:
    """``text`` (one of the worklist's English constants, in English for the tests) in the GUI's language."""
    return QCoreApplication.translate("Worklist", text)


def local_time(timestamp: str) -> str:
    """An ISO UTC time from the store, in local time as people read it ("12 Mar 2025 14:05"), with the month's
    name in the GUI's language ("12 mars 2025 14:05")."""
    return when_text(timestamp, with_date=True)


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
            return self.row.error or QCoreApplication.translate("Worklist", "Not screened")
        return tr_worklist(EARLIER_TEXT if self.earlier else SCORED_TEXT)


class WorklistModel(QStandardItemModel):
    """Screened images in arrival order (the proxy sorts); each source row has a ``WorkItem``."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels([tr_worklist(header) for header in HEADERS])
        self.horizontalHeaderItem(SCORE).setToolTip(QCoreApplication.translate(
            "Worklist", "The model's abnormality score; click a header to sort. Images without a score (Read manually) always come first"))
        self._items: list[WorkItem] = []
        self._by_file: dict[str, int] = {}
        self._counts = dict.fromkeys(("scored", "flagged", "failed", "earlier", "reviewed", "differs", "identified"), 0)
        self._decisions: dict[str, Decision] = {}  # sha256 -> the decision that counts
        self._marks: list[tuple[bool, bool]] = []  # per row: (reviewed, differs), as counted
        self._rows_of: dict[str, list[int]] = {}  # sha256 -> rows showing that image
        self._root: Path | None = None
        self._pin_order = Qt.SortOrder.DescendingOrder  # set by the proxy when the sort order changes
        self._bold = QFont()
        self._bold.setBold(True)
        self._brushes = {colour.name(): QBrush(colour) for colour in (FLAG_COLOUR, ERROR_COLOUR, QUIET_COLOUR,
                                                                       DIFFERS_COLOUR, DECIDED_COLOUR, READ_MANUALLY_COLOUR)}

    # ---- contents ------------------------------------------------------------------------

    def set_root(self, folder: str | Path | None) -> None:
        """Files under ``folder`` are shown by their path inside it (sub-folders tell the cases apart)."""
        self._root = Path(folder) if folder is not None else None

    def clear_rows(self) -> None:
        self.removeRows(0, self.rowCount())
        self._items = []
        self._by_file = {}
        self._marks = []
        self._rows_of = {}
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
            self._forget_image(at)
            self._items[at] = WorkItem(row, earlier)
            self._count(self._items[at], +1)
            self._note_image(at)
            self._set_cells(at)
        self._append(new)
        return len(new)

    def _append(self, items: list[WorkItem]) -> None:
        for item in items:
            at = len(self._items)
            self._by_file[item.row.file] = at
            self._items.append(item)
            self._marks.append((False, False))
            self._count(item, +1)
            self._note_image(at)
            self.appendRow(self._cells(item))
            self._mark(at)

    def _count(self, item: WorkItem, sign: int) -> None:
        self._counts["identified"] += sign * any(getattr(item.row, field) for field in IDENTIFIER_FIELDS.values())
        if item.scored:
            self._counts["scored"] += sign
            self._counts["flagged"] += sign * item.flagged
            self._counts["earlier"] += sign * item.earlier
        else:
            self._counts["failed"] += sign

    def _note_image(self, at: int) -> None:
        sha256 = self._items[at].row.sha256
        if sha256:
            self._rows_of.setdefault(sha256, []).append(at)

    def _forget_image(self, at: int) -> None:
        sha256 = self._items[at].row.sha256
        if sha256 and at in self._rows_of.get(sha256, []):
            self._rows_of[sha256].remove(at)

    def _set_cells(self, at: int) -> None:
        for column, cell in enumerate(self._cells(self._items[at])):
            self.setItem(at, column, cell)
        self._mark(at)

    def _mark(self, at: int) -> None:
        """Keep the reviewed/differs counts in step with what row ``at`` shows."""
        reviewed, differs = self._marks[at]
        self._counts["reviewed"] -= reviewed
        self._counts["differs"] -= differs
        decision = self.decision_of(self._items[at])
        mark = (decision is not None, decision is not None and self._differs(self._items[at], decision))
        self._marks[at] = mark
        self._counts["reviewed"] += mark[0]
        self._counts["differs"] += mark[1]

    # ---- decisions -----------------------------------------------------------------------

    def set_decisions(self, decisions: dict[str, Decision]) -> None:
        """The decision that counts for each reviewed image (sha256 -> Decision); rows shown are updated."""
        self._decisions = dict(decisions)
        for at in range(len(self._items)):
            if self._marks[at][0] or self._items[at].row.sha256 in self._decisions:
                self._set_cells(at)

    def set_decision(self, decision: Decision) -> int:
        """A decision was just recorded: update the rows of its image. Returns how many rows show it."""
        self._decisions[decision.sha256] = decision
        rows = list(self._rows_of.get(decision.sha256, []))
        for at in rows:
            self._set_cells(at)
        return len(rows)

    def decision_of(self, item: WorkItem) -> Decision | None:
        return self._decisions.get(item.row.sha256) if item.row.sha256 else None

    @staticmethod
    def _differs(item: WorkItem, decision: Decision) -> bool:
        """The row's flag disagrees with the decision (flagged = abnormal); never for "not readable"."""
        return item.scored and decision.decision != "unreadable" and item.flagged != (decision.decision == "abnormal")

    def rows(self) -> list[ScreeningRow]:
        return [item.row for item in self._items]

    def item_at(self, source_row: int) -> WorkItem:
        return self._items[source_row]

    def source_row_of(self, file: str) -> int | None:
        """The row of ``file`` in this (unsorted) model, or None when it is not listed."""
        return self._by_file.get(file)

    def counts(self) -> dict[str, int]:
        """Screened (with a score), flagged, failed (read manually), how many of the scored were done in an
        earlier run, reviewed (a decision is recorded), how many decisions differ from the row's flag, and how
        many rows carry DICOM identifiers."""
        return dict(self._counts)

    def has_identifiers(self) -> bool:
        """Some row names a patient or study (DICOM): the identifier columns are worth showing."""
        return self._counts["identified"] > 0

    def row_label(self, row: ScreeningRow) -> str:
        """The first column: whose image it is for DICOM ("Doe, Jane (PID-0042)": a PACS export's file names are
        numbers), else the file's path inside the screened folder."""
        if row.patient_name and row.patient_id:
            return f"{row.patient_name} ({row.patient_id})"
        return row.patient_name or row.patient_id or self.display_name(row.file)

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
        name = self.row_label(row)
        status = item.status_text()
        decision = self.decision_of(item)
        cells = [QStandardItem() for _ in HEADERS]
        filter_key = ("F" if item.flagged else "f" if item.scored else "M") + ("R" if decision is not None else "r")
        for cell in cells:
            cell.setEditable(False)
            cell.setData(row.file, PATH_ROLE)
            cell.setData("yes" if item.flagged else "no", FLAGGED_ROLE)
            cell.setData(filter_key, FILTER_ROLE)
        file_cell, score_cell, flag_cell, decision_cell, status_cell = (cells[c] for c in (FILE, SCORE, FLAG, DECISION, STATUS))
        self._fill_decision(decision_cell, item, decision)
        file_cell.setText(name)
        who = patient_text(row)
        file_cell.setToolTip(f"{who}\n{row.file}" if who else row.file)
        for column, field in IDENTIFIER_FIELDS.items():
            value = getattr(row, field)
            cells[column].setText(value)
            cells[column].setToolTip(value)
            cells[column].setData(value.lower() or "~", SORT_ROLE)  # empty ones last (A to Z)
        file_cell.setData(name.lower(), SORT_ROLE)
        status_cell.setText(status)
        status_cell.setToolTip(row.error or QCoreApplication.translate("Worklist", "{status} ({when}) by {model} {version}").format(
            status=status, when=local_time(row.screened_at), model=row.model_name, version=row.model_version))
        status_cell.setData(status.lower(), SORT_ROLE)
        status_cell.setForeground(self._brushes[(QUIET_COLOUR if item.scored else ERROR_COLOUR).name()])
        score_cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not item.scored:
            self._fill_unscored(cells, item)
            return cells
        threshold = row.threshold if row.threshold is not None else 1.0
        score_text, threshold_text = format_score(row.probability, threshold)
        score_cell.setText(score_text)
        score_cell.setData(float(row.probability), SORT_ROLE)
        score_cell.setToolTip(QCoreApplication.translate(
            "Worklist", "Abnormality score {score} · review threshold {threshold} · model {model} {version}").format(
            score=score_text, threshold=threshold_text, model=row.model_name, version=row.model_version))
        flag_text = tr_panel(FLAG_TEXT) if item.flagged else tr_worklist(NOT_FLAGGED_TEXT)
        flag_cell.setText(flag_text)
        flag_cell.setToolTip(flag_text)
        flag_cell.setData(float(row.probability) + (2.0 if item.flagged else 0.0), SORT_ROLE)  # flagged first, then by score
        if row.cautions:  # lungs cut off at the film's edge, ...: under every tooltip of the row that speaks of it
            cautions = caution_text(row)
            for cell in (file_cell, score_cell, flag_cell, status_cell):
                cell.setToolTip(f"{cell.toolTip()}\n{cautions}")
            status_cell.setIcon(caution_icon())  # seen without hovering: the reason is in the tooltip
        for column in range(len(HEADERS)):
            if column not in _NUMERIC_COLUMNS:
                cells[column].setData("1" + str(cells[column].data(SORT_ROLE)), SORT_ROLE)  # after the pinned rows
        if item.flagged:
            for cell in (score_cell, flag_cell):
                cell.setForeground(self._brushes[FLAG_COLOUR.name()])
            score_cell.setFont(self._bold)
        else:
            flag_cell.setForeground(self._brushes[QUIET_COLOUR.name()])
        return cells

    def _fill_unscored(self, cells: list[QStandardItem], item: WorkItem) -> None:
        """A "Read manually" row: no score, the reason in the tooltip and the Status column, pinned first."""
        score_cell, flag_cell = cells[SCORE], cells[FLAG]
        score_cell.setText(tr_worklist(READ_MANUALLY_TEXT))
        score_cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        score_cell.setFont(self._bold)
        score_cell.setForeground(self._brushes[READ_MANUALLY_COLOUR.name()])
        flag_cell.setText(tr_worklist(NO_SCORE_FLAG_TEXT))
        flag_cell.setForeground(self._brushes[QUIET_COLOUR.name()])
        reason = item.row.error or QCoreApplication.translate("Worklist", "It was not screened.")
        tip = QCoreApplication.translate("Worklist", "Read manually. No score: {reason}\nOpen the image and read it yourself.").format(
            reason=reason)
        for cell in (score_cell, flag_cell):
            cell.setToolTip(tip)
        self._pin(cells)

    def _pin(self, cells: list[QStandardItem]) -> None:
        """Give an unscored row's cells the sort values that put it first in the current sort order."""
        for column, cell in enumerate(cells):
            if column in _NUMERIC_COLUMNS:
                cell.setData(_PIN_NUMBER[self._pin_order], SORT_ROLE)
            else:
                text = cell.data(SORT_ROLE)
                text = str(text)[1:] if cell.data(PINNED_ROLE) else str(text)
                cell.setData(_PIN_PREFIX[self._pin_order] + text, SORT_ROLE)
                cell.setData(True, PINNED_ROLE)

    def _fill_decision(self, cell: QStandardItem, item: WorkItem, decision: Decision | None) -> None:
        if decision is None:
            cell.setData("~", SORT_ROLE)  # after every decision when sorted A to Z
            cell.setToolTip(QCoreApplication.translate("Worklist", "Not reviewed yet"))
            return
        differs = self._differs(item, decision)
        cell.setText(decision_label(decision.decision) + (tr_worklist(DIFFERS_SUFFIX) if differs else ""))
        cell.setData(f"{'0' if differs else '1'} {decision.decision}", SORT_ROLE)  # differing ones first
        tip = reviewed_text(decision)
        if differs:
            tip += QCoreApplication.translate("Worklist", " — differs from the model's flag")
            cell.setForeground(self._brushes[DIFFERS_COLOUR.name()])
            cell.setFont(self._bold)
        else:
            cell.setForeground(self._brushes[DECIDED_COLOUR.name()])
        note = QCoreApplication.translate("Worklist", "Note: {note}").format(note=decision.note) if decision.note else ""
        cell.setToolTip(tip + (f"\n{note}" if note else ""))

    def set_unscored_first(self, order: Qt.SortOrder) -> None:
        """Give unscored rows the sort values that put them first in ``order`` (every column)."""
        if order == self._pin_order:
            return
        self._pin_order = order
        for at, item in enumerate(self._items):
            if not item.scored:
                self._pin([self.item(at, column) for column in range(len(HEADERS))])


@functools.cache
def caution_icon() -> QIcon:
    """The style's warning sign, beside the status of a score that comes with a caution (made once, not per row)."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def caution_text(row: ScreeningRow) -> str:
    """The row's cautions, one "Caution: ..." line each as the result panel shows them; "" when it has none."""
    return "\n".join(QCoreApplication.translate("ResultPanel", "Caution: {caution}").format(caution=caution)
                     for caution in row.cautions)


def patient_text(row: ScreeningRow) -> str:
    """"Doe, Jane · ID PID-0042 · 2024-03-15 · Acc. ACC-7781" for a DICOM row; "" when it names nobody."""
    patient_id = QCoreApplication.translate("Worklist", "ID {id}").format(id=row.patient_id) if row.patient_id else ""
    accession = QCoreApplication.translate("Worklist", "Acc. {number}").format(number=row.accession_number) if row.accession_number else ""
    parts = [row.patient_name, patient_id, row.study_date, accession]
    return " · ".join(part for part in parts if part)


class WorklistProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE`` and filters on ``FILTER_ROLE`` (a regular expression), both in Qt's C++ code.

    With "Not yet reviewed" on, a row leaves the list as soon as its decision is recorded (the filter is
    dynamic), so the list is what remains to be done.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(FLAG)
        self.setDynamicSortFilter(True)  # rows arriving during a batch go straight to their sorted place
        self._flagged_only = False
        self._not_reviewed_only = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # Qt override
        model = self.sourceModel()
        if isinstance(model, WorklistModel):
            model.set_unscored_first(order)
        super().sort(column, order)

    def set_flagged_only(self, flagged_only: bool) -> None:
        self._flagged_only = bool(flagged_only)
        self._update_filter()

    def flagged_only(self) -> bool:
        return self._flagged_only

    def set_not_reviewed_only(self, not_reviewed_only: bool) -> None:
        self._not_reviewed_only = bool(not_reviewed_only)
        self._update_filter()

    def not_reviewed_only(self) -> bool:
        return self._not_reviewed_only

    def _update_filter(self) -> None:
        """Flagged only keeps the "Read manually" rows (M): an image without a score may be the most urgent."""
        pattern = ("^[FM]" if self._flagged_only else "^") + (".r$" if self._not_reviewed_only else "")
        self.setFilterRegularExpression(QRegularExpression("" if pattern == "^" else pattern))

    def source_item(self, proxy_row: int) -> WorkItem:
        return self.sourceModel().item_at(self.mapToSource(self.index(proxy_row, 0)).row())
