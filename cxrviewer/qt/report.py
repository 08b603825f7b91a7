"""The one-page report of an image, for PDF and for the printer.

One layout, painted by ``paint_image_report`` onto any ``QPagedPaintDevice`` (a ``QPdfWriter``, a
``QPrinter``; a ``QImage`` works too, for a preview): every length is in points (1/72 inch) and scaled by the
device's resolution in ``Sheet``, fonts are sized in points, so a 1200-dpi PDF, a 600-dpi printer and a
150-dpi picture show the same page. Qt writes the PDF itself (``QPdfWriter``, in QtGui) and prints
through QtPrintSupport, both in PySide6-Essentials: no other dependency.

What the page holds, top to bottom: who and what (DICOM patient and study, "—" where the file has
none; the file name), the image as read and the same image with the heatmap inside the lung fields,
side by side at their true proportions, the abnormality score and threshold as the result panel
writes them, the flag, the model (name, version, first 12 hex digits of its SHA-256), the clinician's
decision (or "Not yet reviewed"), and at the foot the disclaimer. The text under the images is measured
first and the images take the room it leaves, so nothing is cut off on a shorter page (US Letter, a
printer's wider margins) or by a long note.

The menu entries that ask for it (File ▸ Export report…, File ▸ Print…) are in ``report_actions``;
the summary of a screening run, which shares ``Sheet``, the title and the footer, in ``run_report``.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import cv2
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QMarginsF, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from cxrviewer import __version__
from cxrviewer.core.atomic import fsync_folder
from cxrviewer.core.model.heatmap import overlay_rgba
from cxrviewer.core.review.decisions import Decision
from cxrviewer.core.types import Prediction, StudyInfo, XrayImage
from cxrviewer.qt.convert import gray_to_qimage, rgba_to_qimage
from cxrviewer.qt.display_words import date_time_text
from cxrviewer.qt.heatmap_legend import HIGH_TEXT, LOW_TEXT, legend_rgb, legend_word
from cxrviewer.qt.result_panel import (
    DISCLAIMER,
    FLAG_NOTE,
    FLAG_TEXT,
    HEATMAP_NOTE,
    NO_FLAG_NOTE,
    NO_FLAG_TEXT,
    decision_label,
    disagreement_text,
    format_score,
    tr_panel,
    when_text,
)

log = logging.getLogger(__name__)

MISSING = "\u2014"  # "—": the file does not say
NOT_REVIEWED = QT_TRANSLATE_NOOP("Report", "Not yet reviewed")  # English constants; translated where painted (tr_report)
REPORT_TITLE = QT_TRANSLATE_NOOP("Report", "Chest X-ray screening report")
IMAGE_MAX_SIDE = 1400  # pixels kept per image in the PDF: sharp at the printed size (~9 cm), a small file
MARGIN_MM = 15.0
PRIVATE_FILE = 0o600  # a report names a patient: owner-only, as the results database and its CSVs
T = TypeVar("T")
INK = QColor("#202124")
MUTED = QColor("#5f6368")
RULE = QColor("#bdc1c6")
FLAG_FILL = QColor("#e8710a")  # the result panel's flag colour
NO_FLAG_EDGE = QColor("#5f6b7a")
DISAGREE_FILL = QColor("#fdebd8")
LABEL_GAP = 8.0  # points between a label and its value


# ---- a paged device seen in points ---------------------------------------------------------------


class Sheet:
    """A painter on a paged device, in points: ``width`` x ``height`` is the printable area.

    Text is wrapped to a width and its height returned, so a layout can go down the page. With ``dry``
    nothing is drawn (a first pass that counts pages); sizes are measured the same way.
    """

    def __init__(self, painter: QPainter, device: QPagedPaintDevice, dry: bool = False) -> None:
        self.painter = painter
        self.device = device
        self.dry = dry
        self.scale = max(device.logicalDpiX(), 1) / 72.0
        self.width = device.width() / self.scale
        self.height = device.height() / self.scale
        self._family = QGuiApplication.font().family()

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        s = self.scale
        return QRectF(x * s, y * s, w * s, h * s)

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self._family)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(size)
        font.setBold(bold)
        # no ligatures: "ﬁ" and "ﬂ" would make "flagged" unfindable (search, copy, screen readers)
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        return font

    def _flags(self, align: Qt.AlignmentFlag, anywhere: bool) -> int:
        wrap = Qt.TextFlag.TextWrapAnywhere if anywhere else Qt.TextFlag.TextWordWrap
        return align | wrap

    def _fitted(self, w: float, text: str, size: float, bold: bool, anywhere: bool,
                align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> tuple[int, float]:
        """The flags that keep ``text`` inside ``w`` (words wrap; a word longer than the line breaks
        anywhere, as file names and paths need) and the height it then takes."""
        self.painter.setFont(self.font(size, bold))
        self.painter.setPen(INK)  # with no pen, Qt measures every text as empty
        area = self.rect(0, 0, w, 100000)
        flags = self._flags(align, anywhere)
        bound = self.painter.boundingRect(area, flags, text)
        if not anywhere and bound.width() > area.width() + 0.5:
            flags = self._flags(align, True)
            bound = self.painter.boundingRect(area, flags, text)
        return flags, bound.height() / self.scale

    def measure(self, w: float, text: str, size: float = 9.5, bold: bool = False, anywhere: bool = False) -> float:
        """The height ``text`` takes, wrapped to ``w``."""
        return self._fitted(w, text, size, bold, anywhere)[1]

    def line_width(self, text: str, size: float = 9.5, bold: bool = False) -> float:
        """The width ``text`` takes on one line (points)."""
        self.painter.setFont(self.font(size, bold))
        self.painter.setPen(INK)
        return self.painter.boundingRect(self.rect(0, 0, 100000, 1000), Qt.AlignmentFlag.AlignLeft, text).width() / self.scale

    def word_width(self, text: str, size: float = 9.5, bold: bool = False) -> float:
        """The width of the longest word of ``text``: a column narrower than that breaks a word in two."""
        return max((self.line_width(word, size, bold) for word in text.split()), default=0.0)

    def label_width(self, labels: list[str], least: float, most: float, size: float = 8.5) -> float:
        """A label column wide enough for the longest label on one line (and a gap), between ``least`` and ``most``:
        translated labels ("Номер направления") are longer than the English ones the columns were drawn for."""
        return min(most, max([least] + [self.line_width(label, size) + LABEL_GAP for label in labels]))

    def text(self, x: float, y: float, w: float, text: str, size: float = 9.5, bold: bool = False, colour: QColor = INK,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, anywhere: bool = False) -> float:
        """Draw ``text`` wrapped to ``w`` from (x, y); returns the height it took."""
        flags, height = self._fitted(w, text, size, bold, anywhere, align)
        if not self.dry:
            self.painter.setPen(colour)
            self.painter.drawText(self.rect(x, y, w, height + 1), flags, text)
        return height

    def rule(self, y: float, colour: QColor = RULE, x: float = 0.0, w: float | None = None) -> None:
        if not self.dry:
            self.painter.setPen(QPen(colour, 0.75 * self.scale))
            self.painter.drawLine(self.rect(x, y, 0, 0).topLeft(), self.rect(x + (self.width - x if w is None else w), y, 0, 0).topLeft())

    def box(self, x: float, y: float, w: float, h: float, fill: QColor | None = None, edge: QColor | None = None) -> None:
        if self.dry:
            return
        self.painter.setPen(QPen(edge, 0.75 * self.scale) if edge is not None else Qt.PenStyle.NoPen)
        self.painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        self.painter.drawRect(self.rect(x, y, w, h))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)

    def image(self, x: float, y: float, w: float, h: float, image: QImage, stretch: bool = False) -> QRectF:
        """``image`` fitted into the box at its own proportions (or filling it with ``stretch``), centred;
        returns where it went (points)."""
        if image.isNull() or w <= 0 or h <= 0:
            return QRectF(x, y, 0, 0)
        if stretch:
            if not self.dry:
                self.painter.drawImage(self.rect(x, y, w, h), image)
            return QRectF(x, y, w, h)
        fit = min(w / image.width(), h / image.height())
        iw, ih = image.width() * fit, image.height() * fit
        target = QRectF(x + (w - iw) / 2, y + (h - ih) / 2, iw, ih)
        if not self.dry:
            self.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            self.painter.drawImage(self.rect(target.x(), target.y(), iw, ih), image)
        return target


def tr_report(text: str) -> str:
    """``text`` (one of the reports' English constants or labels) in the GUI's language."""
    return QCoreApplication.translate("Report", text)


def now_text(moment: datetime | None = None) -> str:
    """"12 Mar 2025 14:02 CET": local time with its zone, for "report created" (month names in the GUI's language)."""
    moment = (moment or datetime.now()).astimezone()
    return f"{date_time_text(moment)} {moment.tzname() or ''}".strip()


def default_page_size() -> QPageSize:
    """US Letter where the locale measures in inches, A4 elsewhere."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4)


def pdf_writer(path: str | Path, title: str) -> QPdfWriter:
    """A PDF writer with the report's page size and margins (1200 dpi, Qt's default)."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(default_page_size())
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator(f"cxrviewer {__version__}")
    return writer


def pdf_path(path: str | Path) -> Path:
    path = Path(path)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def write_pdf(path: str | Path, title: str, paint: Callable[[QPdfWriter], T]) -> tuple[Path, T]:
    """Paint a PDF with ``paint(writer)`` and put it at ``path`` (".pdf" added when missing).

    As the CSV exports: written beside the target and renamed over it only when complete (a failure
    leaves no half file, and an earlier file as it was), and owner-only (0600: it names a patient).
    Raises ``OSError`` when the folder cannot be written.
    """
    path = pdf_path(path)
    fd, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(fd)
    try:
        writer = pdf_writer(partial, title)
        result = paint(writer)
        del writer  # the file is complete once the painter has ended and the writer is gone
        if os.path.getsize(partial) == 0:
            raise OSError(0, QCoreApplication.translate("Report", "the PDF file was not written"))
        os.chmod(partial, PRIVATE_FILE)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)
    return path, result


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def paint_footer(sheet: Sheet, page_text: str = "") -> float:
    """The disclaimer across the foot of the page (and "Page i of n" when given); returns its top (points)."""
    detail = QCoreApplication.translate(
        "Report", "Every image must still be read by a qualified clinician. A score below the threshold does not mean "
        "the image is normal, and a flagged image is not necessarily abnormal.")
    disclaimer = tr_panel(DISCLAIMER)
    width = sheet.width - (70 if page_text else 0)
    height = sheet.measure(width, disclaimer, 10.5, True) + 3 + sheet.measure(width, detail, 8)
    top = sheet.height - height
    sheet.rule(top - 6)
    y = top + sheet.text(0, top, width, disclaimer, 10.5, True)
    sheet.text(0, y + 3, width, detail, 8, colour=MUTED)
    if page_text:
        sheet.text(sheet.width - 70, top, 70, page_text, 8, colour=MUTED, align=Qt.AlignmentFlag.AlignRight)
    return top - 6


def paint_title(sheet: Sheet, title: str, created: datetime) -> float:
    """The title, the program and the time the report was made; returns the y below them."""
    right = 190
    title_h = sheet.text(0, 0, sheet.width - right - 8, title, 16, True)  # two lines in French or Russian
    created_text = QCoreApplication.translate("Report", "Created {when}").format(when=now_text(created))
    created_h = sheet.text(sheet.width - right, 2, right, created_text, 8.5, colour=MUTED, align=Qt.AlignmentFlag.AlignRight)
    version_h = sheet.text(sheet.width - right, 4 + created_h, right, f"cxrviewer {__version__}", 8.5, colour=MUTED,
                           align=Qt.AlignmentFlag.AlignRight)
    y = max(30.0, title_h + 4, 4 + created_h + version_h + 4)
    sheet.rule(y)
    return y + 8


def paint_fields(sheet: Sheet, y: float, fields: list[tuple[str, str]], columns: int = 2, label_width: float = 92) -> float:
    """Label: value pairs in columns (long values wrap); returns the y below them."""
    column = sheet.width / columns
    label_width = sheet.label_width([label for label, _ in fields], label_width, column * 0.45)
    for start in range(0, len(fields), columns):
        chunk = fields[start:start + columns]
        span = sheet.width if len(chunk) == 1 else column  # a field alone on its row has the whole width
        heights = []
        for i, (label, value) in enumerate(chunk):
            x = i * column
            heights.append(sheet.text(x, y, label_width - LABEL_GAP, label, 8.5, colour=MUTED))
            heights.append(sheet.text(x + label_width, y, span - label_width - 8, value or MISSING, 9.5))
        y += max(heights) + 4
    return y


# ---- the one-page report of an image --------------------------------------------------------------


@dataclass(frozen=True)
class ImageReport:
    """What a report says about one scored image. ``decision`` is the one that counts (None: not reviewed)."""

    file_name: str
    image: XrayImage
    prediction: Prediction
    decision: Decision | None = None
    threshold_overridden: bool = False
    heatmap_opacity: float = 0.5
    created: datetime = field(default_factory=lambda: datetime.now().astimezone())
    decision_error: str = ""  # when the decisions could not be read: said instead of "Not yet reviewed"

    def study_fields(self) -> list[tuple[str, str]]:
        study = self.image.study or StudyInfo()
        fields = [(QT_TRANSLATE_NOOP("Report", "Patient name"), study.patient_name),
                  (QT_TRANSLATE_NOOP("Report", "Patient ID"), study.patient_id),
                  (QT_TRANSLATE_NOOP("Report", "Study date"), study.study_date),
                  (QT_TRANSLATE_NOOP("Report", "Accession number"), study.accession_number),
                  (QT_TRANSLATE_NOOP("Report", "File"), self.file_name)]
        return [(tr_report(label), value) for label, value in fields]

    def model_text(self) -> str:
        model = self.prediction.model
        return f"{model.name} {model.version} \u00b7 SHA-256 {model.sha256[:12] or MISSING}"

    def decision_lines(self) -> list[tuple[str, str]]:
        if self.decision is None:
            return []
        d = self.decision
        return [(QT_TRANSLATE_NOOP("Report", "Decision"), decision_label(d.decision)),
                (QT_TRANSLATE_NOOP("Report", "Reviewer"), d.reviewer),
                (QT_TRANSLATE_NOOP("Report", "Time"), when_text(d.reviewed_at, with_date=True)),
                (QT_TRANSLATE_NOOP("Report", "Note"), d.note or MISSING)]  # English labels: translated where painted


def _reduced(pixels: np.ndarray) -> np.ndarray:
    height, width = pixels.shape[:2]
    scale = min(1.0, IMAGE_MAX_SIDE / max(height, width))
    if scale >= 1.0:
        return pixels
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return cv2.resize(pixels, size, interpolation=cv2.INTER_AREA)


def report_images(report: ImageReport) -> tuple[QImage, QImage | None]:
    """The image as read (reduced for print) and, when the model gave a map, the same with the heatmap
    inside the lung fields (``overlay_rgba`` with the lung mask, blended at ``heatmap_opacity``)."""
    gray = _reduced(report.image.pixels)
    prediction = report.prediction
    if prediction.heatmap is None or prediction.heatmap_box is None:
        return gray_to_qimage(gray), None
    height, width = gray.shape
    scale = width / report.image.width
    box = tuple(v * scale for v in prediction.heatmap_box)
    rgba = overlay_rgba(prediction.heatmap, box, width, height, opacity=report.heatmap_opacity, lung_mask=prediction.lung_mask)
    alpha = rgba[..., 3:4].astype(np.float32) / 255.0
    blended = rgba[..., :3].astype(np.float32) * alpha + gray[..., None].astype(np.float32) * (1.0 - alpha)
    out = np.empty((height, width, 4), np.uint8)
    out[..., :3] = np.clip(blended + 0.5, 0, 255).astype(np.uint8)
    out[..., 3] = 255
    return gray_to_qimage(gray), rgba_to_qimage(out)


def _legend_image() -> QImage:
    rgb = legend_rgb(256)
    return rgba_to_qimage(np.concatenate([rgb, np.full((1, 256, 1), 255, np.uint8)], axis=2))


def _paint_result(sheet: Sheet, y: float, report: ImageReport) -> float:
    """Score, flag, threshold and model; returns the y below them."""
    prediction = report.prediction
    flagged = prediction.flagged
    score, threshold = format_score(prediction.probability, prediction.threshold)
    sheet.text(0, y, 160, QCoreApplication.translate("Report", "Abnormality score"), 9, colour=MUTED)
    sheet.text(0, y + 12, 160, score, 24, True)
    flag = tr_panel(FLAG_TEXT if flagged else NO_FLAG_TEXT)
    badge_x = 170
    badge_w = min(sheet.width - badge_x, max(170.0, sheet.line_width(flag, 11, True) + 16))
    text_h = sheet.measure(badge_w - 8, flag, 11, True)
    badge_h = max(24.0, text_h + 10)
    sheet.box(badge_x, y + 14, badge_w, badge_h, FLAG_FILL if flagged else None, None if flagged else NO_FLAG_EDGE)
    sheet.text(badge_x + 4, y + 14 + (badge_h - text_h) / 2, badge_w - 8, flag, 11, True,
               QColor("#ffffff") if flagged else NO_FLAG_EDGE, align=Qt.AlignmentFlag.AlignHCenter)
    y += max(48.0, 14 + badge_h + 10)
    if report.threshold_overridden:
        source = QCoreApplication.translate("Report", "set by your administrator")
    else:
        source = QCoreApplication.translate("Report", "from the model card")
    threshold_line = QCoreApplication.translate("Report", "Review threshold: {threshold} ({source})")
    threshold_line = threshold_line.format(threshold=threshold, source=source)
    y += sheet.text(0, y, sheet.width, threshold_line, 9.5) + 2
    y += sheet.text(0, y, sheet.width, tr_panel(FLAG_NOTE if flagged else NO_FLAG_NOTE), 9, colour=MUTED) + 2
    y += sheet.text(0, y, sheet.width, QCoreApplication.translate("Report", "Model: {model}").format(model=report.model_text()), 9.5)
    return y


def _fit_note(sheet: Sheet, width: float, note: str, max_height: float) -> str:
    """The note, shortened with "…" only if it would take more than ``max_height`` (the decision history has it all)."""
    if sheet.measure(width, note, 9.5, anywhere=False) <= max_height:
        return note
    shortened = QCoreApplication.translate("Report", "… (shortened)")
    low, high = 0, len(note)
    while low < high:
        middle = (low + high + 1) // 2
        if sheet.measure(width, note[:middle] + shortened, 9.5) <= max_height:
            low = middle
        else:
            high = middle - 1
    return note[:low].rstrip() + shortened


def _paint_decision(sheet: Sheet, y: float, report: ImageReport) -> float:
    """The clinician's decision (or "Not yet reviewed"); returns the y below it."""
    y += sheet.text(0, y, sheet.width, QCoreApplication.translate("Report", "Clinician's decision"), 11, True) + 4
    if report.decision is None:
        text = report.decision_error or tr_report(NOT_REVIEWED)
        return y + sheet.text(0, y, sheet.width, text, 10.5, True, MUTED)
    lines = report.decision_lines()
    label_width = sheet.label_width([tr_report(label) for label, _ in lines], 70, sheet.width * 0.3)
    for label, value in lines:
        if label == "Note":
            value = _fit_note(sheet, sheet.width - label_width, value, 60)
        label_h = sheet.text(0, y, label_width - LABEL_GAP, tr_report(label), 8.5, colour=MUTED)
        value_h = sheet.text(label_width, y, sheet.width - label_width, value, 10.5 if label == "Decision" else 9.5,
                             label == "Decision")
        y += max(label_h, value_h) + 3
    differs = disagreement_text(report.decision.decision, report.prediction.flagged)
    if differs:
        height = sheet.measure(sheet.width - 12, differs, 9)
        sheet.box(0, y + 2, sheet.width, height + 8, DISAGREE_FILL)
        sheet.text(6, y + 6, sheet.width - 12, differs, 9)
        y += height + 12
    return y


def paint_image_report(device: QPagedPaintDevice, report: ImageReport) -> None:
    """Paint the one-page report of ``report`` onto ``device`` (PDF writer, printer or image)."""
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError(QCoreApplication.translate("Report", "The report could not be drawn (the file or printer could not be opened)."))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_image_page(Sheet(painter, device), report)
    finally:
        painter.end()


def _paint_image_page(sheet: Sheet, report: ImageReport) -> None:
    """Top down: who, the images, the result, the decision; the footer at the foot. The text below the
    images is measured first (a dry pass) so that the images take only the room it leaves."""
    y = paint_title(sheet, tr_report(REPORT_TITLE), report.created)
    y = paint_fields(sheet, y, report.study_fields()) + 6
    foot = paint_footer(sheet)
    dry = Sheet(sheet.painter, sheet.device, dry=True)
    below = _paint_result(dry, 0, report) + 14 + _paint_decision(dry, 0, report) + 10
    y = _paint_images(sheet, y, foot - 14 - below - y, report) + 14
    sheet.rule(y - 7)
    y = _paint_result(sheet, y, report) + 14
    sheet.rule(y - 7)
    _paint_decision(sheet, y, report)


def _paint_images(sheet: Sheet, top: float, height: float, report: ImageReport) -> float:
    """The image and the image with the heatmap, side by side, as large as ``height`` allows at their
    own proportions; the colour legend under the heatmap. Returns the y below them."""
    plain, heat = report_images(report)
    gap, legend = 14, 30
    width = (sheet.width - gap) / 2
    right = width + gap
    if heat is not None:
        heat_title = QCoreApplication.translate("Report", "With heatmap (inside the lungs)")
    else:
        heat_title = QCoreApplication.translate("Report", "Heatmap")
    image_title = QCoreApplication.translate("Report", "Image")
    caption = max(14.0, sheet.measure(width, image_title, 9.5, True) + 3, sheet.measure(width, heat_title, 9.5, True) + 3)
    natural = width * plain.height() / max(plain.width(), 1)
    image_h = max(60.0, min(natural, height - caption - legend))
    sheet.text(0, top, width, image_title, 9.5, True)
    sheet.text(right, top, width, heat_title, 9.5, True)
    top += caption
    placed = sheet.image(0, top, width, image_h, plain)
    sheet.box(placed.x(), placed.y(), placed.width(), placed.height(), edge=RULE)
    bottom = top + image_h
    if heat is None:
        sheet.box(right, top, width, image_h, edge=RULE)
        no_heatmap = QCoreApplication.translate("Report", "The model gave no heatmap for this image.")
        sheet.text(right + 10, top + image_h / 2 - 8, width - 20, no_heatmap, 9.5,
                   colour=MUTED, align=Qt.AlignmentFlag.AlignHCenter)
        return bottom
    placed = sheet.image(right, top, width, image_h, heat)
    sheet.box(placed.x(), placed.y(), placed.width(), placed.height(), edge=RULE)
    bar_y = bottom + 6
    sheet.image(right, bar_y, width, 7, _legend_image(), stretch=True)
    sheet.box(right, bar_y, width, 7, edge=RULE)
    sheet.text(right, bar_y + 8, width, legend_word(LOW_TEXT), 8, colour=MUTED)
    sheet.text(right, bar_y + 8, width, legend_word(HIGH_TEXT), 8, colour=MUTED, align=Qt.AlignmentFlag.AlignRight)
    note_h = sheet.text(0, bar_y, width - 10, tr_panel(HEATMAP_NOTE), 8, colour=MUTED)
    return max(bar_y + 8 + 11, bar_y + note_h)


def write_image_report(path: str | Path, report: ImageReport) -> Path:
    """The report as a one-page PDF at ``path`` (".pdf" added when missing); returns the path written."""
    return write_pdf(path, f"{tr_report(REPORT_TITLE)}: {report.file_name}", lambda writer: paint_image_report(writer, report))[0]


def print_image_report(printer: QPagedPaintDevice, report: ImageReport) -> None:
    """Print through the same painter as the PDF (``printer`` is a ``QPrinter`` set up by the dialog)."""
    paint_image_report(printer, report)
