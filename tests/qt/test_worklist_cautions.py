"""The worklist keeps a score's cautions (lungs cut off at the film's edge, ...) in the tooltips of its row,
worded as the result panel words them, and its CSV export has them in the ``cautions`` column."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QFileDialog

from cxrviewer.core.types import ScreeningRow
from cxrviewer.qt.worklist.table_model import DECISION, FILE, FLAG, PATH_ROLE, PATIENT_ID, SCORE, STATUS, WorklistModel

ROOT = Path(__file__).resolve().parents[2]
CUT_OFF = "Part of the lungs may lie outside this image (cut off at the bottom edge). The score cannot judge what is not shown."
ROW_TIPS = (FILE, SCORE, FLAG, STATUS)  # the cells whose tooltips speak of the image and its score


def _row(name: str, probability: float | None, cautions: tuple[str, ...] = (), error: str | None = None) -> ScreeningRow:
    return ScreeningRow(file=f"/scans/{name}", sha256=name * 8, probability=probability,
                        threshold=None if probability is None else 0.5,
                        flagged=None if probability is None else probability >= 0.5, model_name="m", model_version="1",
                        screened_at="2026-01-02T03:04:05+00:00", error=error, cautions=cautions)


def _tips(model: WorklistModel, row: int) -> dict[int, str]:
    return {column: model.item(row, column).toolTip() for column in (*ROW_TIPS, DECISION, PATIENT_ID)}


def test_a_rows_cautions_are_in_its_tooltips_and_nowhere_else(qtbot):
    model = WorklistModel()
    model.add_rows([_row("cut.png", 0.4, (CUT_OFF,)), _row("two.png", 0.8, (CUT_OFF, "Another caution.")),
                    _row("whole.png", 0.3), _row("bad.png", None, error="This file is empty (0 bytes).")])
    cut, two, whole, bad = (_tips(model, row) for row in range(4))
    for column in ROW_TIPS:
        assert cut[column].endswith(f"\nCaution: {CUT_OFF}"), column
        assert two[column].endswith(f"\nCaution: {CUT_OFF}\nCaution: Another caution."), column
    assert cut[SCORE].startswith("Abnormality score ")  # added under what the tooltip said already
    assert "Caution" not in cut[DECISION] + cut[PATIENT_ID]
    assert not any("Caution" in tip for tip in (*whole.values(), *bad.values()))


def test_a_row_with_a_caution_shows_a_warning_sign_beside_its_status(qtbot):
    """Seen without hovering: the sign is on the status cell of the rows with a caution, and on no other cell."""
    model = WorklistModel()
    model.add_rows([_row("cut.png", 0.4, (CUT_OFF,)), _row("whole.png", 0.3), _row("bad.png", None, error="Empty file.")])
    signs = [[not model.item(row, column).icon().isNull() for column in range(model.columnCount())] for row in range(3)]
    assert signs[0] == [column == STATUS for column in range(model.columnCount())]
    assert not any(signs[1]) and not any(signs[2])


def test_the_caution_line_is_the_result_panels_translated_one(qtbot):
    translator = QTranslator()
    assert translator.load(str(ROOT / "assets" / "i18n" / "cxrviewer_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        model = WorklistModel()
        model.add_rows([_row("cut.png", 0.4, ("Une partie des poumons ...",))])
        assert model.item(0, SCORE).toolTip().endswith("\nAttention\u00a0: Une partie des poumons ...")
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.real_data
def test_screening_a_cut_off_film_shows_its_caution_in_the_worklist_and_its_export(qtbot, make_window, shared_cxr,
                                                                                   tmp_path, monkeypatch):
    from tests.core.cut_off_film import BOTTOM_EDGE, whole_film, write_cut_off_film

    folder = tmp_path / "clinic"
    write_cut_off_film(shared_cxr, folder)
    shutil.copyfile(whole_film(shared_cxr), folder / "whole.jpg")
    window = make_window()
    assert window.screen_folder(folder)
    panel = window.batch_panel
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=30_000)
    rows = {Path(row.file).name: row for row in panel.visible_rows()}
    assert BOTTOM_EDGE in rows["cut_off.png"].cautions[0] and rows["whole.jpg"].cautions == ()
    tips = {Path(panel.proxy.index(r, FILE).data(PATH_ROLE)).name: panel.proxy.index(r, SCORE).data(Qt.ItemDataRole.ToolTipRole)
            for r in range(panel.proxy.rowCount())}
    assert tips["cut_off.png"].endswith(f"\nCaution: {rows['cut_off.png'].cautions[0]}")
    assert "Caution" not in tips["whole.jpg"]

    target = tmp_path / "worklist.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "CSV files (*.csv)"))
    panel.export_button.click()
    with target.open(newline="", encoding="utf-8") as handle:
        exported = {Path(r["file"]).name: r["cautions"] for r in csv.DictReader(handle)}
    assert exported == {"cut_off.png": rows["cut_off.png"].cautions[0], "whole.jpg": ""}



WHITE_LUNG_FILM = ("nih_cxr14", "pneumonia", "00000831_001.jpg")  # a test-split film: one lung found, the other white


@pytest.mark.real_data
def test_a_white_lung_film_is_scored_and_flagged_with_the_one_lung_caution(qtbot, make_window, wait_for_result,
                                                                           shared_cxr, tmp_path):
    """Not "read manually" as if it were not a chest X-ray: the score, the flag and the caution, side by side."""
    window = make_window()
    window.open_files([shared_cxr / "images" / Path(*WHITE_LUNG_FILM)])
    wait_for_result(window)
    assert window.panel.state() == "result", window.panel.problem_text()
    assert window.panel.flag_text() and window.panel.prediction().flagged
    assert "Caution: Only one lung could be found in this image." in window.panel.flag_note.text()
    window.grab().save(str(tmp_path / "white_lung.png"))
