"""The worklist end to end: screen a folder on the model thread, sort, filter, view, cancel, resume, history, export.

Images without a score are "Read manually" rows, first in every sort and kept by *Flagged only*; the export
writes what the list shows, in its order.

Real Qt events throughout (mouse clicks on the header and rows, keys on the history list, a real
folder drop). Images are generated: chest-like patterns with different lung darkness, so each has
its own content (sha256) and its own score; an administrator's threshold override between the
scores gives a mix of flagged and unflagged rows without patient data.
"""

from __future__ import annotations

import csv
import re
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QToolBar

from cxrviewer.core.review.decisions import DECISION_CSV_COLUMNS
from cxrviewer.core.screening.batch import find_images
from cxrviewer.core.screening.store import CSV_COLUMNS, ResultStore
from cxrviewer.qt.model_host import NO_IMAGES_MESSAGE, NO_MODEL_SCREENING_MESSAGE
from cxrviewer.qt.result_panel import FLAG_TEXT
from cxrviewer.qt.worklist.table_model import FILE, FLAG, READ_MANUALLY_TEXT, SCORE, STATUS
from tests.conftest import make_png

BATCH_TIMEOUT_MS = 30_000
GOOD = 7  # scored images in the generated folder (one of them in a sub-folder)
BAD = 2  # a text file named .png and an empty .jpg
PERCENT = re.compile(r"^([<>] )?\d{1,3}(\.\d+)?%$")


def chest_like(index: int) -> np.ndarray:
    """A 300x260 chest-like pattern; ``index`` changes the lung darkness and the noise (so the score)."""
    h, w = 300, 260
    yy, xx = np.mgrid[0:h, 0:w]
    img = np.full((h, w), 200, np.float32)
    for cx in (0.3 * w, 0.7 * w):
        img -= (60 + 20 * index) * np.exp(-(((xx - cx) / (0.16 * w)) ** 2 + ((yy - 0.5 * h) / (0.3 * h)) ** 2))
    img += np.random.default_rng(index).normal(0, 6, img.shape)
    return np.clip(img, 0, 255).astype(np.uint8)


@pytest.fixture
def xray_folder(tmp_path, runtime, recalibrated_model) -> Path:
    """7 generated images (one in a sub-folder) and 2 bad files; the review threshold is set between the scores."""
    from cxrviewer.core.image.reading import load_image

    folder = tmp_path / "clinic"
    (folder / "ward b").mkdir(parents=True)
    paths = [make_png(folder / f"cxr{i:02d}.png", chest_like(i)) for i in range(GOOD - 1)]
    paths.append(make_png(folder / "ward b" / "cxr99.png", chest_like(GOOD - 1)))
    (folder / "broken.png").write_text("this is not an image")
    (folder / "empty.jpg").write_bytes(b"")
    scores = sorted(runtime.predict(load_image(p)).probability for p in paths)
    threshold = (scores[3] + scores[4]) / 2  # the 3 highest are flagged
    recalibrated_model(threshold)
    return folder


@pytest.fixture
def copies_folder(tmp_path, chest_png) -> Path:
    """Many copies of one generated image: a batch long enough to cancel or close in the middle."""
    data = chest_png("source.png").read_bytes()
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"copy{i:03d}.png").write_bytes(data)
    return folder


def screen(qtbot, window, folder: Path) -> None:
    """Start screening ``folder`` from the window and wait until the batch has ended."""
    assert window.screen_folder(folder)
    wait_idle(qtbot, window)


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.batch_panel.is_running(), timeout=BATCH_TIMEOUT_MS)


def click_header(panel, column: int) -> None:
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))


def click_row(panel, row: int) -> None:
    rect = panel.table.visualRect(panel.proxy.index(row, FILE))
    assert rect.isValid(), "row not on screen"
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


def cell(panel, row: int, column: int) -> str:
    return panel.proxy.index(row, column).data()


def scores_on_screen(panel) -> list[float | None]:
    return [row.probability for row in panel.visible_rows()]


def drop(window, paths: list[Path]) -> None:
    mime = QMimeData()  # kept in a variable: the events only borrow it
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = QPointF(window.width() / 2, window.height() / 3)
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


# ---- the worklist fills, sorts, filters --------------------------------------------------------


def test_screening_a_folder_lists_every_image_highest_score_first(qtbot, make_window, xray_folder):
    window = make_window()
    assert window.screen_folder_action.shortcut().toString() == "Ctrl+Shift+O"
    assert window.screen_folder_action in window.findChild(QToolBar, "mainToolbar").actions()
    assert window.screen_folder_action in window.menuBar().actions()[0].menu().actions()  # File menu
    screen(qtbot, window, xray_folder)
    panel = window.batch_panel
    assert window.worklist_dock.isVisible()
    assert panel.shown_status() == "completed"
    assert panel.proxy.rowCount() == GOOD + BAD

    scores = scores_on_screen(panel)
    assert scores[:BAD] == [None] * BAD  # no score: "Read manually", at the top
    assert scores[BAD:] == sorted(scores[BAD:], reverse=True)
    assert [cell(panel, r, SCORE) for r in range(BAD)] == [READ_MANUALLY_TEXT] * BAD
    for row in range(BAD, BAD + GOOD):
        assert PERCENT.match(cell(panel, row, SCORE)), cell(panel, row, SCORE)
        assert cell(panel, row, STATUS) == "Scored"
    assert [cell(panel, r, FLAG) for r in range(BAD, BAD + 3)] == [FLAG_TEXT] * 3
    assert cell(panel, BAD + 3, FLAG) != FLAG_TEXT
    assert "ward b/cxr99.png" in [cell(panel, r, FILE) for r in range(BAD, BAD + GOOD)]  # sub-folders are screened and named

    reasons = {cell(panel, r, FILE): cell(panel, r, STATUS) for r in range(BAD)}
    assert set(reasons) == {"broken.png", "empty.jpg"}
    for row, reason in enumerate(reasons.values()):
        assert reason.endswith(".") and "Traceback" not in reason and "Error" not in reason
        assert reason in panel.proxy.index(row, SCORE).data(Qt.ItemDataRole.ToolTipRole)  # the reason, under the mouse
    assert panel.summary() == f"Scored {GOOD} · Flagged 3 · Read manually {BAD}"
    model = window.model()
    assert f"{model.info.name} {model.info.version}" in panel.model_label.text()
    assert f"{GOOD + BAD} images" in panel.title() and "Completed" in panel.title()
    assert not panel.cancel_button.isEnabled() and panel.export_button.isEnabled()


def test_read_manually_rows_stay_first_whichever_column_is_sorted_and_whichever_way(qtbot, make_window, xray_folder):
    window = make_window()
    screen(qtbot, window, xray_folder)
    panel = window.batch_panel

    click_header(panel, SCORE)  # the default is highest first; a click turns it round
    assert panel.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    scores = scores_on_screen(panel)
    assert scores[:BAD] == [None] * BAD and scores[BAD:] == sorted(scores[BAD:])
    click_header(panel, SCORE)
    scores = scores_on_screen(panel)
    assert scores[:BAD] == [None] * BAD and scores[BAD:] == sorted(scores[BAD:], reverse=True)

    for column in (FILE, FLAG, STATUS):
        for _ in range(2):  # A to Z, then Z to A
            click_header(panel, column)
            assert scores_on_screen(panel)[:BAD] == [None] * BAD, (column, panel.table.horizontalHeader().sortIndicatorOrder())
        if column == FILE:
            names = [cell(panel, r, FILE) for r in range(BAD, GOOD + BAD)]
            assert names == sorted(names, key=str.lower, reverse=True)
    click_header(panel, FLAG)
    click_header(panel, FLAG)
    assert panel.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    flags = [cell(panel, r, FLAG) for r in range(GOOD + BAD)]
    assert flags[:BAD] == ["No score"] * BAD and flags[BAD:BAD + 3] == [FLAG_TEXT] * 3


@pytest.mark.real_data
def test_an_image_the_input_check_refuses_is_read_manually_at_the_top(qtbot, make_window, tmp_path, bundled_model_dir,
                                                                      real_xray_path):
    """With the real chest-X-ray check: a refused image was scored nowhere and used to sink below "< 1%"."""
    import shutil

    folder = tmp_path / "refused"
    folder.mkdir()
    make_png(folder / "blank.png", np.full((300, 260), 128, np.uint8))  # the bundled model refuses it
    shutil.copy(real_xray_path, folder / f"real{real_xray_path.suffix}")
    window = make_window(model_dir=bundled_model_dir)
    screen(qtbot, window, folder)
    panel = window.batch_panel
    top = panel.visible_rows()[0]
    assert Path(top.file).name == "blank.png" and top.probability is None and top.error
    assert cell(panel, 0, SCORE) == READ_MANUALLY_TEXT
    click_header(panel, SCORE)  # lowest first: still at the top
    assert Path(panel.visible_rows()[0].file).name == "blank.png"


def test_flagged_only_lists_the_flagged_images(qtbot, make_window, xray_folder):
    window = make_window()
    screen(qtbot, window, xray_folder)
    panel = window.batch_panel
    panel.flagged_only_check.click()
    assert panel.proxy.rowCount() == 3 + BAD  # the flagged, and the images to read manually
    rows = panel.visible_rows()
    assert all(row.probability is None for row in rows[:BAD]) and all(row.flagged for row in rows[BAD:])
    assert "showing the 5 flagged or read manually" in panel.summary()
    panel.flagged_only_check.click()
    assert panel.proxy.rowCount() == GOOD + BAD


def test_choosing_a_row_shows_that_image_with_its_score(qtbot, make_window, xray_folder, wait_for_result):
    window = make_window()
    screen(qtbot, window, xray_folder)
    panel = window.batch_panel
    click_row(panel, BAD)
    wait_for_result(window)
    top = panel.visible_rows()[BAD]
    assert window.current_path() == top.file
    assert window.panel.state() == "result" and window.viewer.has_image() and window.viewer.has_heatmap()
    assert window.panel.score_text() == cell(panel, BAD, SCORE)  # the same score as in the table
    assert window.panel.flag_text() == FLAG_TEXT

    QTest.keyClick(panel.table, Qt.Key.Key_Down)  # the keyboard walks down the list too
    wait_for_result(window)
    assert window.current_path() == panel.visible_rows()[BAD + 1].file

    click_row(panel, 0)  # a file without a score: its reason, no crash
    wait_for_result(window)
    assert window.panel.state() == "problem" and window.panel.problem_text()


# ---- cancel, resume, history, export ------------------------------------------------------------


def test_cancel_stops_within_a_second_and_the_run_shows_cancelled(qtbot, make_window, copies_folder):
    window = make_window()
    panel = window.batch_panel
    assert window.screen_folder(copies_folder)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=BATCH_TIMEOUT_MS)
    assert panel.cancel_button.isEnabled()
    clicked = time.monotonic()
    panel.cancel_button.click()
    wait_idle(qtbot, window)
    assert time.monotonic() - clicked < 1.0
    assert panel.shown_status() == "cancelled"
    assert panel.model.rowCount() < 400
    assert "Cancelled" in panel.title() and "Resume" in panel.message()
    assert panel.resume_button.isVisible() and panel.resume_button.isEnabled()
    run_id, text = panel.history()[0]
    assert run_id == panel.shown_run_id() and text.startswith("Cancelled · many")
    assert ResultStore().get_run(run_id).status == "cancelled"


def test_screening_again_skips_images_done_before(qtbot, make_window, xray_folder):
    window = make_window()
    screen(qtbot, window, xray_folder)
    screen(qtbot, window, xray_folder)
    panel = window.batch_panel
    assert panel.shown_status() == "completed"
    assert panel.proxy.rowCount() == GOOD + BAD
    assert panel.summary() == f"Scored {GOOD} · Flagged 3 · Read manually {BAD} · Already done {GOOD}"
    assert all(cell(panel, r, STATUS) == "Scored earlier" for r in range(BAD, GOOD + BAD))
    assert len(panel.history()) == 2


def test_resume_finishes_a_cancelled_run(qtbot, make_window, copies_folder):
    window = make_window()
    panel = window.batch_panel
    assert window.screen_folder(copies_folder)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=BATCH_TIMEOUT_MS)
    panel.cancel()
    wait_idle(qtbot, window)
    assert panel.shown_status() == "cancelled"
    panel.resume_button.click()
    assert panel.is_running()
    wait_idle(qtbot, window)
    assert panel.shown_status() == "completed" and panel.proxy.rowCount() == 400


def test_history_reopens_runs_and_offers_to_resume_an_interrupted_one(qtbot, make_window, xray_folder, tmp_path):
    # a run left "running" by a process that was killed
    other = tmp_path / "other"
    other.mkdir()
    make_png(other / "only.png", chest_like(3))
    window = make_window()
    with ResultStore() as store:
        killed = store.start_run(other, window.model().info)
    screen(qtbot, window, xray_folder)
    panel = window.batch_panel
    history = panel.history()
    assert [run_id for run_id, _ in history][1] == killed
    assert history[0][1].startswith("Completed · clinic") and history[0][1].endswith(f"{GOOD + BAD} images · 3 flagged")
    assert history[1][1].startswith("Interrupted · other")

    panel.history_combo.setFocus()
    QTest.keyClick(panel.history_combo, Qt.Key.Key_Down)  # a real key on the history list opens the older run
    assert panel.shown_run_id() == killed and panel.shown_status() == "interrupted"
    assert panel.proxy.rowCount() == 0 and "interrupted" in panel.message()
    assert panel.resume_button.isVisible()

    QTest.keyClick(panel.history_combo, Qt.Key.Key_Up)  # back to the folder screened above: its rows are restored
    assert panel.proxy.rowCount() == GOOD + BAD
    assert panel.summary() == f"Scored {GOOD} · Flagged 3 · Read manually {BAD}"
    assert scores_on_screen(panel)[BAD:] == sorted(scores_on_screen(panel)[BAD:], reverse=True)

    assert panel.open_run(killed)
    panel.resume_button.click()
    wait_idle(qtbot, window)
    assert panel.shown_status() == "completed" and panel.proxy.rowCount() == 1
    assert panel.history()[0][1].startswith("Completed · other")


def test_export_writes_what_the_list_shows_in_its_order_and_says_where(qtbot, make_window, xray_folder, tmp_path, monkeypatch):
    window = make_window()
    screen(qtbot, window, xray_folder)
    panel = window.batch_panel
    target = tmp_path / "exports" / "worklist.csv"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "CSV files (*.csv)"))

    def exported() -> list[list[str]]:
        panel.export_button.click()
        with target.open(newline="") as handle:
            return list(csv.reader(handle))

    lines = exported()  # everything, as listed: read manually first, then the highest score
    assert tuple(lines[0]) == (*CSV_COLUMNS, *DECISION_CSV_COLUMNS)
    assert ",".join(lines[0]).startswith("file,sha256,probability,threshold,flagged,model_name,model_version,screened_at,"
                                         "error,patient_id,study_date,accession_number")
    assert [r[0] for r in lines[1:]] == [row.file for row in panel.visible_rows()]
    assert {Path(r[0]) for r in lines[1:]} == set(find_images(xray_folder))
    assert str(target) in panel.message() and f"Saved {GOOD + BAD} of {GOOD + BAD} rows" in panel.message()

    panel.flagged_only_check.click()  # what you see is what you export
    click_header(panel, SCORE)  # lowest score first
    lines = exported()
    shown = panel.visible_rows()
    assert len(shown) == 3 + BAD and [r[0] for r in lines[1:]] == [row.file for row in shown]
    probabilities = [float(r[2]) for r in lines[1 + BAD:]]
    assert probabilities == sorted(probabilities) and all(r[4] == "true" for r in lines[1 + BAD:])
    message = panel.message()
    assert f"Saved {3 + BAD} of {GOOD + BAD} rows" in message and str(target) in message
    assert "flagged or read manually" in message and "lowest first" in message

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("/proc/no/such/place.csv", ""))
    panel.export_button.click()
    assert "could not be saved" in panel.message()


# ---- starting: drop, empty folder; closing -------------------------------------------------------


def test_dropping_a_folder_starts_a_batch(qtbot, make_window, xray_folder):
    window = make_window()
    drop(window, [xray_folder])
    assert window.batch_panel.is_running()
    assert window.file_list.count() == 0  # the folder is screened, not opened as a file list
    wait_idle(qtbot, window)
    assert window.batch_panel.proxy.rowCount() == GOOD + BAD


def test_a_folder_without_images_gets_a_plain_message(qtbot, make_window, tmp_path):
    window = make_window()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / ".DS_Store").write_text("hidden files are not the user's")
    screen(qtbot, window, empty)
    panel = window.batch_panel
    assert panel.message() == NO_IMAGES_MESSAGE
    assert panel.shown_status() == "failed" and panel.model.rowCount() == 0
    assert panel.history() == []  # nothing was screened, so no run was recorded

    assert not window.screen_folder(tmp_path / "gone")
    assert "does not exist" in panel.message()


def test_without_a_model_the_folder_is_not_screened_and_says_why(qtbot, make_window, xray_folder, tmp_path):
    window = make_window(model_dir=tmp_path / "no_model_here")
    assert window.model_state() == "failed"
    screen(qtbot, window, xray_folder)
    assert window.batch_panel.message() == NO_MODEL_SCREENING_MESSAGE
    assert window.batch_panel.model.rowCount() == 0


def test_a_row_chosen_mid_batch_is_shown_before_the_batch_ends(qtbot, make_window, copies_folder, wait_for_result):
    window = make_window()
    panel = window.batch_panel
    assert window.screen_folder(copies_folder)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=BATCH_TIMEOUT_MS)
    click_row(panel, 0)
    wait_for_result(window)
    assert window.panel.state() == "result"
    assert panel.is_running()  # answered between two images of the batch, not after it
    panel.cancel()
    wait_idle(qtbot, window)


def test_closing_the_window_mid_batch_cancels_and_joins(qtbot, make_window, copies_folder):
    window = make_window()
    panel = window.batch_panel
    assert window.screen_folder(copies_folder)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=BATCH_TIMEOUT_MS)
    run_id = panel.shown_run_id()
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 2.0
    assert not window.host.is_running()
    with ResultStore() as store:
        assert store.get_run(run_id).status == "cancelled"
