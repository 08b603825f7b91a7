"""The summary of a screening run as PDF: what was screened, the counts, and the two lists a clinician
works from, the flagged images ("Review recommended") and those to read manually (no score).

Painted by ``paint_run_summary`` onto any ``QPagedPaintDevice`` with the same ``Sheet`` as the image
report (``cxrviewer.qt.report``). Long lists continue on further pages, their column headings repeated;
every page carries the disclaimer and "Page i of n" (a first pass without drawing counts the pages).

Patient IDs come with the screening rows (the store keeps the DICOM identifiers); for rows stored before
it did, from the clinician's decision on the image (which records them) or, for DICOM files in the lists,
from the file's header (read without its pixels: about a millisecond a file); "—" otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter

from cxrviewer.core.review.decisions import Decision
from cxrviewer.core.types import ScreeningRow
from cxrviewer.qt.report import MISSING, MUTED, RULE, Sheet, paint_fields, paint_footer, paint_title, write_pdf
from cxrviewer.qt.result_panel import FLAG_TEXT, decision_label, format_score, format_threshold, tr_panel, when_text

log = logging.getLogger(__name__)

SUMMARY_TITLE = QT_TRANSLATE_NOOP("RunReport", "Screening run summary")  # English; translated where painted
READ_MANUALLY = QT_TRANSLATE_NOOP("RunReport", "Read manually (could not be scored)")


def tr_run(text: str) -> str:
    return QCoreApplication.translate("RunReport", text)


@dataclass(frozen=True)
class RunSummary:
    """One screening run as the summary shows it. ``decisions``: sha256 -> the decision that counts;
    ``patient_ids``: file -> patient ID (only where known)."""

    folder: str
    started_at: str  # ISO UTC, as stored
    status: str  # in words: "Completed", "Cancelled", ...
    model_name: str
    model_version: str
    rows: Sequence[ScreeningRow]
    decisions: Mapping[str, Decision] = field(default_factory=dict)
    patient_ids: Mapping[str, str] = field(default_factory=dict)
    created: datetime = field(default_factory=lambda: datetime.now().astimezone())

    @property
    def threshold(self) -> float | None:
        return next((row.threshold for row in self.rows if row.threshold is not None), None)

    def scored(self) -> list[ScreeningRow]:
        return [row for row in self.rows if row.probability is not None]

    def flagged(self) -> list[ScreeningRow]:
        """Flagged images, highest score first (the order of the worklist)."""
        rows = [row for row in self.scored() if row.flagged]
        return sorted(rows, key=lambda row: -float(row.probability))

    def unscored(self) -> list[ScreeningRow]:
        return [row for row in self.rows if row.probability is None]

    def reviewed(self) -> int:
        return sum(1 for row in self.rows if row.sha256 is not None and row.sha256 in self.decisions)

    def counts(self) -> list[tuple[str, int]]:
        flagged = QCoreApplication.translate("RunReport", "Flagged \u201c{flag}\u201d").format(flag=tr_panel(FLAG_TEXT))
        return [(QCoreApplication.translate("RunReport", "Images"), len(self.rows)),
                (QCoreApplication.translate("RunReport", "Scored"), len(self.scored())),
                (flagged, len(self.flagged())), (tr_run(READ_MANUALLY), len(self.unscored())),
                (QCoreApplication.translate("RunReport", "Reviewed by a clinician"), self.reviewed())]

    def display_file(self, row: ScreeningRow) -> str:
        """The file relative to the screened folder (as the worklist shows it), else as stored."""
        try:
            return Path(row.file).relative_to(self.folder).as_posix()
        except ValueError:
            return row.file

    def patient_id(self, row: ScreeningRow) -> str:
        known = row.patient_id or self.patient_ids.get(row.file, "")
        if not known and row.sha256 is not None and row.sha256 in self.decisions:
            known = self.decisions[row.sha256].patient_id
        return known or MISSING

    def decision_text(self, row: ScreeningRow) -> str:
        decision = self.decisions.get(row.sha256) if row.sha256 is not None else None
        if decision is None:
            return QCoreApplication.translate("RunReport", "Not yet reviewed")
        words = decision_label(decision.decision)
        if decision.agrees_with_model is False:
            return QCoreApplication.translate("RunReport", "{decision} (differs)").format(decision=words)
        return words


def dicom_patient_id(path: str | Path) -> str:
    """The Patient ID in a DICOM file's header ("" for other files or when it cannot be read)."""
    from cxrviewer.core.image.dicom import is_dicom

    try:
        with open(path, "rb") as handle:
            if not is_dicom(handle.read(132)):
                return ""
        import pydicom

        dataset = pydicom.dcmread(str(path), stop_before_pixels=True, specific_tags=["PatientID"], force=True)
        value = dataset.get("PatientID", "")
    except Exception:  # noqa: BLE001 - an unreadable header leaves the ID unknown, it never stops the summary
        return ""
    return str(value).strip("\x00 ")


def patient_ids_for(rows: Sequence[ScreeningRow], decisions: Mapping[str, Decision]) -> dict[str, str]:
    """file -> patient ID read from the header, for the rows the summary lists (flagged or unscored) whose
    ID neither the row nor a decision gives."""
    found = {}
    for row in rows:
        listed = row.probability is None or bool(row.flagged)
        known = row.patient_id or (row.sha256 is not None and row.sha256 in decisions and decisions[row.sha256].patient_id)
        if listed and not known:
            patient = dicom_patient_id(row.file)
            if patient:
                found[row.file] = patient
    return found


# ---- painting ------------------------------------------------------------------------------------


class _Flow:
    """Goes down the pages: ``room(h)`` starts a new page when ``h`` points do not fit above the footer."""

    def __init__(self, sheet: Sheet, summary: RunSummary, pages: int) -> None:
        self.sheet = sheet
        self.summary = summary
        self.pages = pages  # the total, known on the second pass
        self.page = 1
        self.y = 0.0
        self.bottom = 0.0
        self._start_page()

    def _start_page(self) -> None:
        if self.pages:
            page = QCoreApplication.translate("RunReport", "Page {page} of {pages}").format(page=self.page, pages=self.pages)
        else:
            page = QCoreApplication.translate("RunReport", "Page {page}").format(page=self.page)
        self.bottom = paint_footer(self.sheet, page) - 8
        if self.page == 1:
            self.y = paint_title(self.sheet, tr_run(SUMMARY_TITLE), self.summary.created)
        else:
            continued = QCoreApplication.translate("RunReport", "{title} (continued)").format(title=tr_run(SUMMARY_TITLE))
            self.y = self.sheet.text(0, 0, self.sheet.width, f"{continued} \u00b7 "
                                     f"{Path(self.summary.folder).name or self.summary.folder}", 9, colour=MUTED) + 10

    def room(self, height: float) -> bool:
        """True when a new page was started to make room."""
        if self.y + height <= self.bottom:
            return False
        if not self.sheet.dry:
            self.sheet.device.newPage()
        self.page += 1
        self._start_page()
        return True


Column = tuple[str, float]  # heading, share of the width


def _row_height(sheet: Sheet, widths: list[float], cells: Sequence[str]) -> float:
    return max(sheet.measure(w - 6, text, 9) for w, text in zip(widths, cells, strict=True)) + 6


def _paint_cells(sheet: Sheet, y: float, widths: list[float], cells: Sequence[str], bold: bool = False,
                 colour=None) -> None:
    x = 0.0
    for width, text in zip(widths, cells, strict=True):
        kwargs = {"colour": colour} if colour is not None else {}
        sheet.text(x, y + 3, width - 6, text, 9, bold, **kwargs)
        x += width


def column_widths(sheet: Sheet, shares: Sequence[float], headings: Sequence[str]) -> list[float]:
    """The columns' widths (points) from their shares of the page, each widened to its heading's longest word
    ("Показатель" in a 10% column would break in two), the room taken from the columns that can spare it."""
    widths = [share * sheet.width for share in shares]
    least = [sheet.word_width(heading, 9, True) + 7 for heading in headings]
    need = sum(max(0.0, low - width) for low, width in zip(least, widths, strict=True))
    spare = [max(0.0, width - low) for low, width in zip(least, widths, strict=True)]
    if need <= 0 or sum(spare) <= 0:
        return widths
    taken = min(1.0, need / sum(spare))
    return [max(width, low) if width < low else width - free * taken
            for low, width, free in zip(least, widths, spare, strict=True)]


def _paint_table(flow: _Flow, title: str, columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> None:
    sheet = flow.sheet
    headings = [tr_run(name) for name, _ in columns]  # English names, marked where the tables are painted
    widths = column_widths(sheet, [share for _, share in columns], headings)
    none = QCoreApplication.translate("RunReport", "None.")
    head_h = _row_height(sheet, widths, headings)
    title_h = sheet.measure(sheet.width, title, 12, True) + 6
    first_h = _row_height(sheet, widths, rows[0]) if rows else sheet.measure(sheet.width, none, 9.5) + 4
    flow.room(title_h + head_h + first_h)  # a title never sits alone at the foot of a page
    flow.y += sheet.text(0, flow.y, sheet.width, title, 12, True) + 6
    if not rows:
        flow.y += sheet.text(0, flow.y, sheet.width, none, 9.5, colour=MUTED) + 4
        return

    def heading() -> None:
        sheet.box(0, flow.y, sheet.width, head_h, fill=RULE.lighter(125))
        _paint_cells(sheet, flow.y, widths, headings, bold=True)
        flow.y += head_h

    heading()
    for cells in rows:
        height = _row_height(sheet, widths, cells)
        if flow.room(height):
            continued = QCoreApplication.translate("RunReport", "{title} (continued)").format(title=title)
            flow.y += sheet.text(0, flow.y, sheet.width, continued, 10, True) + 4
            heading()
        _paint_cells(sheet, flow.y, widths, cells)
        flow.y += height
        sheet.rule(flow.y, RULE.lighter(115))
    flow.y += 8


def _paint_summary(sheet: Sheet, summary: RunSummary, pages: int) -> int:
    flow = _Flow(sheet, summary, pages)
    threshold = summary.threshold
    model = f"{summary.model_name} {summary.model_version}".strip() or MISSING
    if threshold is not None:
        limit = QCoreApplication.translate("RunReport", " \u00b7 review threshold {threshold}")
        model += limit.format(threshold=format_threshold(threshold))
    screened = f"{when_text(summary.started_at, with_date=True)} \u00b7 {summary.status}"
    fields = [(QCoreApplication.translate("RunReport", "Folder"), summary.folder),
              (QCoreApplication.translate("RunReport", "Screened"), screened),
              (QCoreApplication.translate("RunReport", "Model"), model)]
    flow.y = paint_fields(sheet, flow.y, fields, columns=1, label_width=70) + 8
    for label, count in summary.counts():
        label_h = sheet.text(0, flow.y, 250, label, 10)  # two lines in Russian: the next count goes below both
        flow.y += max(label_h, sheet.text(250, flow.y, 80, str(count), 10, True, align=Qt.AlignmentFlag.AlignRight)) + 3
    flow.y += 14
    flagged = [(summary.display_file(row), summary.patient_id(row),
                format_score(float(row.probability), float(row.threshold))[0], summary.decision_text(row))
               for row in summary.flagged()]
    title = QCoreApplication.translate("RunReport", "Flagged: {flag} ({count})")
    _paint_table(flow, title.format(flag=tr_panel(FLAG_TEXT).lower(), count=len(flagged)),
                 [(QT_TRANSLATE_NOOP("RunReport", "File"), 0.46), (QT_TRANSLATE_NOOP("RunReport", "Patient ID"), 0.2),
                  (QT_TRANSLATE_NOOP("RunReport", "Score"), 0.1), (QT_TRANSLATE_NOOP("RunReport", "Decision"), 0.24)], flagged)
    flow.y += 6
    no_score = QCoreApplication.translate("RunReport", "No score")
    manual = [(summary.display_file(row), summary.patient_id(row), row.error or no_score) for row in summary.unscored()]
    _paint_table(flow, f"{tr_run(READ_MANUALLY)} ({len(manual)})",
                 [("File", 0.4), ("Patient ID", 0.2), (QT_TRANSLATE_NOOP("RunReport", "Reason"), 0.4)], manual)
    return flow.page


def paint_run_summary(device: QPagedPaintDevice, summary: RunSummary) -> int:
    """Paint the summary onto ``device`` (as many pages as it needs); returns the number of pages."""
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError(QCoreApplication.translate("RunReport", "The summary could not be drawn (the file or printer could not be opened)."))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pages = _paint_summary(Sheet(painter, device, dry=True), summary, 0)
        _paint_summary(Sheet(painter, device), summary, pages)
    finally:
        painter.end()
    return pages


def write_run_summary(path: str | Path, summary: RunSummary) -> tuple[Path, int]:
    """The summary as a PDF at ``path`` (".pdf" added when missing); returns the path and the page count."""
    return write_pdf(path, f"{tr_run(SUMMARY_TITLE)}: {Path(summary.folder).name}", lambda writer: paint_run_summary(writer, summary))
