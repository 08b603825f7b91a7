"""The PDF reports laid out in every language: no text over another, over a rule or across the edge of its box,
nothing beyond the page, and no word of the translated labels broken in two (only file names, paths and IDs
may break anywhere). French and Russian are the longest: a two-line title, "Рекомендован пересмотр врачом" in
the flag badge, "Номер направления" as a label, the count labels of a run summary on two lines.

Every text, rule and box the painter draws is recorded (in points, per page) through ``Sheet``; the pages are
also the ones looked at as pictures when the layout changed (docs/translations.md)."""

from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt

from cxrviewer.core.review.decisions import Decision
from cxrviewer.core.types import ScreeningRow, StudyInfo

LANGUAGES = ("en", "fr", "es", "pt", "ru", "zh_CN")
_spec = importlib.util.spec_from_file_location("report_cases", Path(__file__).with_name("test_report.py"))
cases = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cases)  # the report tests' image, prediction and model (pypdf is not needed here)

LONG_STUDY = StudyInfo(patient_id="PID-0042-2025-0193847", patient_name="Nkemelu-Abdoulaye, Marie-Françoise Oluwaseun",
                       study_date="2024-03-15", accession_number="ACC-7781-RADIOLOGIE-0001")
LONG_FILE = "radiographie_thoracique_patient_0001_consultation_externe.dcm"


@dataclass
class Drawing:
    """What the painter drew, in points: (page, rect, text) for texts, (page, x0, x1, y) for rules, (page, rect) for boxes."""

    width: float = 0.0
    height: float = 0.0
    page: int = 1
    texts: list[tuple[int, QRectF, str]] = field(default_factory=list)
    rules: list[tuple[int, float, float, float]] = field(default_factory=list)
    boxes: list[tuple[int, QRectF]] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)  # texts whose words had to break anywhere


@pytest.fixture
def drawing(monkeypatch) -> Drawing:
    from cxrviewer.qt import report, run_report

    record = Drawing()
    text, rule, box, start_page = report.Sheet.text, report.Sheet.rule, report.Sheet.box, run_report._Flow._start_page

    def points(sheet, rect) -> QRectF:
        s = sheet.scale
        return QRectF(rect.x() / s, rect.y() / s, rect.width() / s, rect.height() / s)

    def recorded_text(self, x, y, w, words, size=9.5, bold=False, colour=report.INK, align=Qt.AlignmentFlag.AlignLeft, anywhere=False):
        height = text(self, x, y, w, words, size, bold, colour, align, anywhere)
        if not self.dry and words:
            record.width, record.height = self.width, self.height
            flags, measured = self._fitted(w, words, size, bold, anywhere, align)
            bound = self.painter.boundingRect(self.rect(x, y, w, measured + 1), flags, words)
            record.texts.append((record.page, points(self, bound), words))
            if not anywhere and int(flags) & Qt.TextFlag.TextWrapAnywhere.value:
                record.broken.append(words)
        return height

    def recorded_rule(self, y, colour=report.RULE, x=0.0, w=None):
        rule(self, y, colour, x, w)
        if not self.dry:
            record.rules.append((record.page, x, x + (self.width - x if w is None else w), y))

    def recorded_box(self, x, y, w, h, fill=None, edge=None):
        box(self, x, y, w, h, fill, edge)
        if not self.dry:
            record.boxes.append((record.page, QRectF(x, y, w, h)))

    def recorded_start_page(self):
        if not self.sheet.dry:
            record.page = self.page
        start_page(self)

    monkeypatch.setattr(report.Sheet, "text", recorded_text)
    monkeypatch.setattr(report.Sheet, "rule", recorded_rule)
    monkeypatch.setattr(report.Sheet, "box", recorded_box)
    monkeypatch.setattr(run_report._Flow, "_start_page", recorded_start_page)
    return record


@pytest.fixture
def in_language(qapp):
    from cxrviewer.qt.app import install_translations

    yield lambda code: install_translations(qapp, code)
    install_translations(qapp, "en")


def assert_laid_out(drawing: Drawing) -> None:
    texts = drawing.texts
    assert texts, "nothing was drawn"
    for _page, rect, words in texts:
        assert rect.left() >= -0.5 and rect.right() <= drawing.width + 0.5, f"beyond the page's width: {words!r}"
        assert rect.top() >= -0.5 and rect.bottom() <= drawing.height + 0.5, f"beyond the page's height: {words!r}"
    for i, (page, rect, words) in enumerate(texts):
        near = rect.adjusted(-1, 0.5, 1, -0.5)  # texts side by side keep a gap; lines may touch
        for other_page, other, other_words in texts[i + 1:]:
            assert not (page == other_page and near.intersects(other.adjusted(0, 0.5, 0, -0.5))), (
                f"overlapping texts on page {page}: {words!r} and {other_words!r}")
        for rule_page, x0, x1, y in drawing.rules:
            crosses = rect.top() + 0.5 < y < rect.bottom() - 0.5 and rect.left() < x1 and rect.right() > x0
            assert not (rule_page == page and crosses), f"a rule crosses {words!r} on page {page}"
        for box_page, box in drawing.boxes:
            inside = box.adjusted(-0.5, -0.5, 0.5, 0.5).contains(rect)
            assert not (box_page == page and box.intersects(rect.adjusted(0.5, 0.5, -0.5, -0.5)) and not inside), (
                f"{words!r} runs across the edge of its box on page {page}")
    words_broken = [words for words in drawing.broken if not any(c in words for c in "/_0123456789")]
    assert not words_broken, f"words broken in two (a column or label too narrow for them): {words_broken}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_image_report_lays_out_in_every_language(language, in_language, drawing, qapp, tmp_path):
    from cxrviewer.qt.report import ImageReport, write_image_report

    in_language(language)
    image = cases.chest_image(LONG_STUDY, LONG_FILE)
    decision = Decision(id=1, sha256=image.sha256, file=LONG_FILE, decision="normal", reviewer="Dr A. Mensah-Kouassi",
                        reviewed_at="2025-03-12T13:02:00+00:00", note="Right lower zone opacity; compare with the old film.",
                        probability=0.8731, threshold=0.594, flagged=True, model_name=cases.MODEL.name,
                        model_version=cases.MODEL.version, patient_id=LONG_STUDY.patient_id)
    report = ImageReport(LONG_FILE, image, cases.prediction(), decision, threshold_overridden=True, created=cases.CREATED)
    write_image_report(tmp_path / "flagged.pdf", report)
    assert_laid_out(drawing)

    for drawn in (drawing.texts, drawing.rules, drawing.boxes):
        drawn.clear()
    plain = ImageReport("plain.png", cases.chest_image(None), cases.prediction(0.002, 0.5, heatmap=False), None, created=cases.CREATED)
    write_image_report(tmp_path / "plain.pdf", plain)
    assert_laid_out(drawing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_run_summary_lays_out_in_every_language(language, in_language, drawing, qapp, tmp_path):
    from cxrviewer.core import errors
    from cxrviewer.qt.run_report import RunSummary, write_run_summary

    in_language(language)
    folder = Path("/data/clinic/radiology/2025-03-12_morning_outpatients")

    def row(name: str, probability: float | None, error: str | None = None, patient: str = "") -> ScreeningRow:
        return ScreeningRow(str(folder / name), hashlib.sha256(name.encode()).hexdigest(), probability,
                            None if probability is None else 0.594, None if probability is None else probability >= 0.594,
                            cases.MODEL.name, cases.MODEL.version, "2025-03-12T12:00:00+00:00", error, patient_id=patient)

    rows = [row("chest_clinic/patient_000123_standing_pa.png", 0.998, patient=LONG_STUDY.patient_id), row("b.png", 0.81),
            row("c.png", 0.2), row("phone_photo.jpg", None, str(errors.NotChestXray().user_message)),
            row("copy_cut_short.dcm", None, str(errors.TruncatedImage().user_message))]
    rows += [row(f"img_{i:03d}.png", 0.6 + i / 1000) for i in range(60)]  # a second and third page
    decisions = {rows[1].sha256: Decision(2, rows[1].sha256, rows[1].file, "normal", "Dr B", "2025-03-12T13:00:00+00:00",
                                          flagged=True, probability=0.81, threshold=0.594)}
    summary = RunSummary(str(folder), "2025-03-12T12:00:00+00:00", "Interrupted", cases.MODEL.name, cases.MODEL.version, rows,
                         decisions, created=cases.CREATED)
    _, pages = write_run_summary(tmp_path / "summary.pdf", summary)
    assert pages >= 2 and drawing.page == pages
    assert_laid_out(drawing)
