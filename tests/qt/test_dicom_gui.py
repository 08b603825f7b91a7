"""DICOM through the product: real files written with pydicom, without an extension as PACS exports are, opened,
dropped and screened; the patient line over the image, the worklist's identifier columns, the CSV, the history."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.conftest import make_png
from tests.dicom_files import PATIENT_SHOWN, write_chest_dicom

pytest.importorskip("pydicom", reason="pydicom is not installed in this environment")

TIMEOUT_MS = 30_000


def drop(window, paths: list[Path]) -> None:
    mime = QMimeData()  # kept in a variable: the events only borrow it
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # any file: the content decides
    event = QDropEvent(position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


def test_an_extension_less_dicom_opened_shows_whose_image_it_is(make_window, tmp_path, wait_for_result, synthetic_xray):
    dicom = write_chest_dicom(tmp_path / "pacs", "IM000001")
    window = make_window()
    window.open_files([dicom])
    wait_for_result(window)
    assert window.panel.state() == "result", window.panel.problem_text()  # scored like any X-ray
    line = window.study_line.plain_text()
    assert line == "Doe, Jane · ID PID-0042 · Study date 2024-03-15 · Accession ACC-7781"
    assert window.study_line.isVisible() and window.study_line.toolTip().endswith(str(dicom))  # the full line, then the path
    assert "DICOM" in window.image_status.text()

    png = make_png(tmp_path / "plain.png", synthetic_xray)
    window.open_files([png])  # the next image never shows the previous patient's name
    wait_for_result(window)
    assert "Doe" not in window.study_line.plain_text()
    assert window.study_line.plain_text() == "plain.png · PNG: no patient details in the file"


def test_a_dropped_dicom_without_extension_is_opened(make_window, tmp_path, wait_for_result):
    dicom = write_chest_dicom(tmp_path / "pacs", "1.2.840.113619.2.55.3.604688119")
    window = make_window()
    drop(window, [dicom])
    wait_for_result(window)
    assert window.current_path() == str(dicom) and window.panel.state() == "result"
    assert window.study_line.plain_text().startswith("Doe, Jane · ID PID-0042")


def test_screening_a_folder_with_a_dicom_lists_the_patient_and_exports_the_identifiers(qtbot, make_window, tmp_path,
                                                                                      synthetic_xray, monkeypatch):
    from cxrviewer.qt.worklist.table_model import ACCESSION, FILE, PATIENT_ID, PATIENT_NAME, STUDY_DATE

    folder = tmp_path / "export"
    write_chest_dicom(folder, "IM000001")
    make_png(folder / "plain.png", synthetic_xray)
    window = make_window()
    assert window.screen_folder(folder)
    panel = window.batch_panel
    qtbot.waitUntil(lambda: panel.shown_status() == "completed", timeout=TIMEOUT_MS)
    rows = {Path(row.file).name: row for row in panel.visible_rows()}
    dicom = rows["IM000001"]
    assert dicom.probability is not None and dicom.error is None  # scored
    assert {key: getattr(dicom, key) for key in PATIENT_SHOWN} == PATIENT_SHOWN

    assert panel.table.identifier_columns_shown()  # some row comes from a DICOM file
    at = [row.file for row in panel.visible_rows()].index(dicom.file)
    cells = {column: panel.proxy.index(at, column).data() for column in (FILE, PATIENT_ID, PATIENT_NAME, STUDY_DATE, ACCESSION)}
    assert cells == {FILE: "Doe, Jane (PID-0042)", PATIENT_ID: "PID-0042", PATIENT_NAME: "Doe, Jane",
                     STUDY_DATE: "2024-03-15", ACCESSION: "ACC-7781"}
    assert str(folder / "IM000001") in panel.proxy.index(at, FILE).data(Qt.ItemDataRole.ToolTipRole)

    panel.select_row(at)
    qtbot.waitUntil(lambda: window.current_path() == dicom.file and window.panel.state() == "result", timeout=TIMEOUT_MS)
    assert window.study_line.plain_text().startswith("Doe, Jane · ID PID-0042")

    target = tmp_path / "worklist.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "CSV files (*.csv)"))
    panel.export_button.click()
    with target.open(newline="", encoding="utf-8") as handle:
        exported = {Path(r["file"]).name: r for r in csv.DictReader(handle)}
    assert exported["IM000001"]["patient_id"] == "PID-0042" and exported["IM000001"]["study_date"] == "2024-03-15"
    assert exported["IM000001"]["accession_number"] == "ACC-7781" and exported["plain.png"]["patient_id"] == ""
    assert "Doe" not in target.read_text(encoding="utf-8")  # no names in a CSV

    run_id = panel.shown_run_id()
    assert panel.open_run(run_id)  # reopened from the history: the identifiers come back from the store
    names = [panel.proxy.index(r, PATIENT_NAME).data() for r in range(panel.proxy.rowCount())]
    assert "Doe, Jane" in names


def test_a_png_only_worklist_has_no_empty_patient_columns(qtbot, make_window, tmp_path, synthetic_xray):
    folder = tmp_path / "pngs"
    folder.mkdir()
    make_png(folder / "a.png", synthetic_xray)
    window = make_window()
    assert window.screen_folder(folder)
    qtbot.waitUntil(lambda: window.batch_panel.shown_status() == "completed", timeout=TIMEOUT_MS)
    assert not window.batch_panel.table.identifier_columns_shown()
