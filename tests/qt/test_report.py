"""Reports: the one-page PDF of an image, printing through the same painter, the PDF summary of a screening
run, and where they are asked for (File ▸ Export report… / Print…, the worklist's *Export summary (PDF)…*).

The PDFs are checked by their text, extracted with pypdf (a dev requirement): what a clinician must find
on the page is there, and a page is one page."""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from cxrviewer.core.review.decisions import Decision
from cxrviewer.core.types import ModelInfo, Prediction, ScreeningRow, StudyInfo, XrayImage
from cxrviewer.qt.result_panel import DISCLAIMER, FLAG_TEXT, NO_FLAG_TEXT, ResultPanel, format_score

pypdf = pytest.importorskip("pypdf", reason="pypdf (a dev requirement) reads the generated PDFs back")

MODEL = ModelInfo("cxr-densenet", "1.4.2", "3f9a1c0b7d2e" + "ab" * 26)
CREATED = datetime(2025, 3, 12, 14, 2).astimezone()


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with whitespace runs as single spaces (Qt's PDF separates words with tabs)."""
    reader = pypdf.PdfReader(str(path))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def chest_image(study: StudyInfo | None = None, name: str = "chest_0001.png") -> XrayImage:
    yy, xx = np.mgrid[0:300, 0:240]
    pixels = (120 + 60 * np.sin(xx / 17.0) * np.cos(yy / 23.0)).astype(np.uint8)
    cv2.ellipse(pixels, (70, 150), (40, 95), 0, 0, 360, 40, -1)
    cv2.ellipse(pixels, (170, 150), (40, 95), 0, 0, 360, 40, -1)
    return XrayImage(pixels=pixels, path=Path(name), sha256=hashlib.sha256(pixels.tobytes()).hexdigest(),
                     source_format="PNG", source_bit_depth=8, source_mode="gray", study=study)


def prediction(probability: float = 0.8731, threshold: float = 0.594, heatmap: bool = True) -> Prediction:
    if not heatmap:
        return Prediction(probability, threshold, MODEL)
    yy, xx = np.mgrid[0:8, 0:8]
    cam = np.exp(-((xx - 2.5) ** 2 + (yy - 4.0) ** 2) / 3.0).astype(np.float32)
    lungs = np.zeros((60, 48), np.uint8)
    cv2.ellipse(lungs, (14, 30), (8, 19), 0, 0, 360, 1, -1)
    cv2.ellipse(lungs, (34, 30), (8, 19), 0, 0, 360, 1, -1)
    return Prediction(probability, threshold, MODEL, cam, (-30.0, 0.0, 270.0, 300.0), lungs.astype(bool))


STUDY = StudyInfo(patient_id="PID-0042", patient_name="Doe, Jane", study_date="2024-03-15", accession_number="ACC-7781")


def decision_on(image: XrayImage, decision: str = "abnormal", note: str = "Right lower zone opacity; CT advised.") -> Decision:
    return Decision(id=1, sha256=image.sha256, file=str(image.path), decision=decision, reviewer="Dr A. Mensah",
                    reviewed_at="2025-03-12T13:02:00+00:00", note=note, probability=0.8731, threshold=0.594, flagged=True,
                    model_name=MODEL.name, model_version=MODEL.version, patient_id="PID-0042")


# ---- the one-page report --------------------------------------------------------------------------


def test_image_report_is_one_page_with_everything_a_reader_needs(qapp, tmp_path):
    from cxrviewer.qt.report import ImageReport, write_image_report

    image = chest_image(STUDY)
    report = ImageReport("chest_0001.png", image, prediction(), decision_on(image), created=CREATED)
    path = write_image_report(tmp_path / "report", report)

    assert path.suffix == ".pdf" and path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # written beside it, renamed when complete
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600  # it names a patient
    pages = pdf_pages(path)
    assert len(pages) == 1
    text = pages[0]
    score, threshold = format_score(0.8731, 0.594)
    for expected in ("PID-0042", "Doe, Jane", "2024-03-15", "ACC-7781", "chest_0001.png",
                     f"Abnormality score {score}", f"Review threshold: {threshold}", FLAG_TEXT,
                     f"{MODEL.name} {MODEL.version}", MODEL.sha256[:12], DISCLAIMER,
                     "Clinician's decision", "Abnormal", "Dr A. Mensah", "Right lower zone opacity; CT advised.",
                     "12 Mar 2025", "With heatmap (inside the lungs)"):
        assert expected in text, expected
    assert MODEL.sha256[:13] not in text  # the first 12 hex digits, no more
    assert "Not yet reviewed" not in text


def test_report_without_study_decision_or_heatmap(qapp, tmp_path):
    from cxrviewer.qt.report import ImageReport, write_image_report

    report = ImageReport("plain.png", chest_image(None), prediction(0.002, 0.5, heatmap=False), None, created=CREATED)
    text = pdf_pages(write_image_report(tmp_path / "plain.pdf", report))[0]
    assert "Patient ID \u2014" in text and "Accession number \u2014" in text
    assert "< 1%" in text and "Review threshold: 50%" in text
    assert NO_FLAG_TEXT in text and FLAG_TEXT not in text
    assert "Not yet reviewed" in text
    assert "The model gave no heatmap for this image." in text
    assert DISCLAIMER in text


def test_a_long_note_on_a_letter_page_stays_on_one_page(qapp, tmp_path, monkeypatch):
    from cxrviewer.qt import report as report_module

    monkeypatch.setattr(report_module, "default_page_size", lambda: QPageSize(QPageSize.PageSizeId.Letter))
    image = chest_image(STUDY)
    note = " ".join(f"finding{i} described at length" for i in range(400))[:2000]
    report = report_module.ImageReport("x.png", image, prediction(), decision_on(image, "normal", note), created=CREATED)
    pages = pdf_pages(report_module.write_image_report(tmp_path / "long.pdf", report))
    assert len(pages) == 1
    assert "(shortened)" in pages[0] and DISCLAIMER in pages[0]
    assert "Differs from the model" in pages[0]  # a normal decision on a flagged image is marked


def printer_to_pdf(path: Path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_goes_through_the_same_painter(qapp, tmp_path):
    from cxrviewer.qt.report import ImageReport, print_image_report, write_image_report

    image = chest_image(STUDY)
    report = ImageReport("chest_0001.png", image, prediction(), decision_on(image), created=CREATED)
    printer = printer_to_pdf(tmp_path / "printed.pdf")
    print_image_report(printer, report)
    printed = pdf_pages(tmp_path / "printed.pdf")
    written = pdf_pages(write_image_report(tmp_path / "written.pdf", report))
    assert len(printed) == 1
    assert printed == written


# ---- the run summary ------------------------------------------------------------------------------


def rows_of_a_run(folder: Path) -> list[ScreeningRow]:
    def row(name: str, probability: float | None, error: str | None = None, patient: str = "") -> ScreeningRow:
        sha = None if error and "read" in error else hashlib.sha256(name.encode()).hexdigest()
        flagged = None if probability is None else probability >= 0.594
        return ScreeningRow(str(folder / name), sha, probability, None if probability is None else 0.594, flagged,
                            MODEL.name, MODEL.version, "2025-03-12T12:00:00+00:00", error, patient_id=patient)

    return [
        row("a/flag_high.png", 0.998, patient="PID-1"),
        row("a/flag_mid.png", 0.81),
        row("IM000001", 0.70),  # a DICOM file stored without its ID (an older database): read from the header
        row("clear_1.png", 0.12),
        row("clear_2.png", 0.40),
        row("broken.png", None, "This file could not be read: it is damaged or incomplete."),
    ]


def test_run_summary_lists_the_flagged_and_the_unreadable(qapp, tmp_path):
    from cxrviewer.qt.run_report import RunSummary, patient_ids_for, write_run_summary
    from tests.dicom_files import write_chest_dicom

    folder = tmp_path / "ward7"
    write_chest_dicom(folder, "IM000001", PatientID="PID-3")
    rows = rows_of_a_run(folder)
    decisions = {rows[1].sha256: Decision(2, rows[1].sha256, rows[1].file, "normal", "Dr B", "2025-03-12T13:00:00+00:00",
                                          flagged=True, probability=0.81, threshold=0.594, patient_id="PID-2")}
    summary = RunSummary(str(folder), "2025-03-12T12:00:00+00:00", "Completed", MODEL.name, MODEL.version, rows,
                         decisions, patient_ids_for(rows, decisions), created=CREATED)
    path, pages = write_run_summary(tmp_path / "summary", summary)

    assert pages == 1 and path.suffix == ".pdf"
    text = pdf_pages(path)
    assert len(text) == 1
    text = text[0]
    for expected in ("Screening run summary", str(folder), "12 Mar 2025", "Completed",
                     f"{MODEL.name} {MODEL.version} \u00b7 review threshold 59.4%",
                     "Images 6", "Scored 5", f"Flagged \u201c{FLAG_TEXT}\u201d 3", "Read manually (could not be scored) 1",
                     "Reviewed by a clinician 1", "Flagged: review recommended (3)",
                     "a/flag_high.png PID-1 > 99% Not yet reviewed", "a/flag_mid.png PID-2 81% Normal (differs)",
                     "IM000001 PID-3 70%", "Read manually (could not be scored) (1)",
                     "broken.png \u2014 This file could not be read: it is damaged or incomplete.",
                     DISCLAIMER, "Page 1 of 1"):
        assert expected in text, expected
    assert "clear_1.png" not in text and "clear_2.png" not in text
    assert text.index("flag_high") < text.index("flag_mid") < text.index("IM000001")  # highest score first


def test_a_long_run_summary_continues_on_more_pages(qapp, tmp_path):
    from cxrviewer.qt.run_report import RunSummary, write_run_summary

    rows = [ScreeningRow(f"/x/img_{i:03d}.png", f"{i:064x}", 0.6 + i / 1000, 0.594, True, "m", "1", "2025-03-12T12:00:00+00:00")
            for i in range(150)]
    rows += [ScreeningRow(f"/x/bad_{i}.png", None, None, None, None, "m", "1", "t", "Not a chest X-ray.") for i in range(3)]
    path, pages = write_run_summary(tmp_path / "long.pdf", RunSummary("/x", "2025-03-12T12:00:00+00:00", "Completed", "m", "1", rows))
    text = pdf_pages(path)
    assert pages == len(text) >= 3
    for number, page in enumerate(text, start=1):
        assert DISCLAIMER in page and f"Page {number} of {pages}" in page
    assert "(continued)" in text[1]
    everything = " ".join(text)
    assert all(f"img_{i:03d}.png" in everything for i in range(150))
    assert "bad_2.png" in text[-1]


# ---- where reports are asked for ------------------------------------------------------------------


class FakeWindow(QMainWindow):
    """The parts of the main window the report entries use: the result panel and a File menu with Exit."""

    def __init__(self) -> None:
        super().__init__()
        self.panel = ResultPanel()
        self.setCentralWidget(self.panel)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction("&Open…")
        self.exit_action = file_menu.addAction("E&xit")
        self.file_menu = file_menu
        self.said: list[tuple[str, str]] = []

    def show_message(self, text: str, kind: str = "info", tag: str = "") -> None:
        self.said.append((text, kind))


def test_report_entries_follow_the_image_on_show(qtbot, tmp_path):
    from cxrviewer.qt.report_actions import PRINT_UNAVAILABLE, ReportActions

    window = FakeWindow()
    qtbot.addWidget(window)
    image = chest_image(STUDY)
    recorded = decision_on(image)
    actions = ReportActions(window, decision_of=lambda sha: recorded if sha == image.sha256 else None)
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts == ["&Open…", "&Export report…", "&Print…", "", "E&xit"]
    assert actions.export_action.shortcut().toString() == "Ctrl+E"
    assert actions.print_action.shortcut().toString() == "Ctrl+P"
    assert not actions.export_action.isEnabled() and not actions.print_action.isEnabled()  # nothing shown

    scored = prediction()
    window.panel.show_prediction("chest_0001.png", scored)
    actions.show_image("/data/chest_0001.png", image, scored)
    assert actions.export_action.isEnabled() and actions.print_action.isEnabled()

    actions.ask_path = lambda parent, title, suggested: str(tmp_path / "from_menu")
    actions.export_action.trigger()
    text = pdf_pages(tmp_path / "from_menu.pdf")[0]
    assert "PID-0042" in text and "Dr A. Mensah" in text and "chest_0001.png" in text
    assert window.said[-1] == (f"Report saved to {tmp_path / 'from_menu.pdf'}", "info")

    printer = printer_to_pdf(tmp_path / "printed.pdf")
    actions.ask_printer = lambda parent: printer  # the dialog, factored out
    actions.print_action.trigger()  # the file is complete when the painter ends
    printed = pdf_pages(tmp_path / "printed.pdf")
    assert len(printed) == 1 and "Right lower zone opacity; CT advised." in printed[0] and DISCLAIMER in printed[0]

    cancelled = []
    actions.ask_printer = lambda parent: cancelled.append(1)  # the dialog cancelled: nothing printed
    actions.print_action.trigger()
    assert cancelled == [1]

    def no_print_support(parent):
        raise ModuleNotFoundError("No module named 'PySide6.QtPrintSupport'", name="PySide6.QtPrintSupport")

    actions.ask_printer = no_print_support  # a build without QtPrintSupport: said, not a crash
    actions.print_action.trigger()
    assert window.said[-1] == (PRINT_UNAVAILABLE, "warning")

    window.panel.show_analysing("next.png")  # loading the next image
    assert not actions.export_action.isEnabled() and not actions.print_action.isEnabled()
    window.panel.show_no_score("refused.png", "Not a chest X-ray.")
    actions.show_image("/data/refused.png", image, None)
    assert not actions.export_action.isEnabled()
    window.panel.show_prediction("chest_0001.png", scored)  # a score, but not yet for the image passed
    assert not actions.export_action.isEnabled()
    actions.show_image("/data/chest_0001.png", image, scored)
    assert actions.export_action.isEnabled()


def test_a_report_that_cannot_be_written_says_so(qtbot, tmp_path):
    from cxrviewer.qt.report_actions import ReportActions

    window = FakeWindow()
    qtbot.addWidget(window)
    actions = ReportActions(window, decision_of=lambda sha: None)
    image, scored = chest_image(), prediction()
    window.panel.show_prediction("x.png", scored)
    actions.show_image("/x.png", image, scored)
    assert actions.export(tmp_path / "missing" / "folder" / "r.pdf") is None
    text, kind = window.said[-1]
    assert kind == "warning" and "could not be saved" in text


def test_worklist_exports_the_run_summary(qtbot, tmp_path):
    from cxrviewer.core.review.decisions import ReviewStore
    from cxrviewer.core.screening.store import ResultStore
    from cxrviewer.qt.model_host import ModelHost
    from cxrviewer.qt.report_actions import SUMMARY_BUTTON_TEXT
    from cxrviewer.qt.worklist.panel import BatchPanel

    store_path = tmp_path / "results.sqlite"
    folder = tmp_path / "ward7"
    rows = rows_of_a_run(folder)
    rows[2] = replace(rows[2], file=str(folder / "flag_3.png"), sha256="c" * 64, probability=0.66)  # no DICOM file here
    with ResultStore(store_path) as store:
        run_id = store.start_run(folder, MODEL)
        for row in rows:
            store.add_row(run_id, row)
        store.finish_run(run_id, "completed")
    with ReviewStore(store_path) as reviews:
        reviews.record(sha256=rows[0].sha256, file=rows[0].file, decision="abnormal", reviewer="Dr C",
                       study=StudyInfo(patient_id="PID-1"))

    host = ModelHost()
    panel = BatchPanel(host, store_path)
    qtbot.addWidget(panel)
    try:
        button = panel.summary_export.button
        assert button.text() == SUMMARY_BUTTON_TEXT
        column = panel.layout()
        assert column.indexOf(panel.summary_export.row) == column.indexOf(panel.filter_export) + 1  # under Export CSV…
        assert not button.isEnabled()  # no run on show
        assert panel.open_run(run_id)
        assert button.isEnabled() and panel.export_button.isEnabled()

        panel.summary_export.ask_path = lambda parent, title, suggested: str(tmp_path / "run")
        button.click()
        text = pdf_pages(tmp_path / "run.pdf")
        assert len(text) == 1
        text = text[0]
        for expected in ("Flagged: review recommended (3)", "Read manually (could not be scored) (1)", "Images 6",
                         "Reviewed by a clinician 1", "a/flag_high.png PID-1 > 99% Abnormal", "flag_3.png",
                         "broken.png", "damaged or incomplete", DISCLAIMER):
            assert expected in text, expected
        assert "Saved the summary (1 page)" in panel.message()
    finally:
        panel.shutdown()
        host.stop()


# ---- in the main window (the lenient model scores the generated chest image) -------------------------


def test_main_window_file_menu_exports_and_prints_the_image_on_show(make_window, xray_png, write_png, wait_for_result,
                                                                     qtbot, tmp_path):
    window = make_window()
    reports = window.reports
    assert not reports.export_action.isEnabled() and not reports.print_action.isEnabled()
    window.open_files([xray_png])
    wait_for_result(window)
    assert window.panel.state() == "result"
    assert reports.export_action.isEnabled() and reports.print_action.isEnabled()

    asked = []
    reports.ask_path = lambda parent, title, suggested: asked.append(suggested) or str(tmp_path / "exported.pdf")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # the key reaches the entry
    assert len(asked) == 1 and asked[0].name.startswith(f"{xray_png.stem}-report-") and asked[0].suffix == ".pdf"
    text = pdf_pages(tmp_path / "exported.pdf")
    assert len(text) == 1
    model = window.model()
    for expected in (xray_png.name, window.panel.score_text(), window.panel.flag_text(), model.label.split()[-1],
                     "Not yet reviewed", DISCLAIMER):
        assert expected in text[0], expected

    printer = printer_to_pdf(tmp_path / "printed.pdf")
    reports.ask_printer = lambda parent: printer
    reports.print_action.trigger()
    printed = pdf_pages(tmp_path / "printed.pdf")
    assert len(printed) == 1 and xray_png.name in printed[0] and window.panel.score_text() in printed[0]

    window.open_files([write_png("flat.png", np.full((64, 64), 128, np.uint8))])  # not scored
    wait_for_result(window)
    assert not reports.export_action.isEnabled() and not reports.print_action.isEnabled()


def test_report_modules_stay_small():
    import cxrviewer.qt.report as report
    import cxrviewer.qt.report_actions as actions
    import cxrviewer.qt.run_report as run_report

    for module in (report, run_report, actions):
        assert len(Path(module.__file__).read_text(encoding="utf-8").splitlines()) <= 600, module.__name__
