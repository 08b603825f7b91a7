"""One navigator: one list of images on screen, whose highlighted row is the image shown, stepped by every key and
button; the image keeps 60% of the window at 1280 x 800; messages about an image go with it; Help has the guide
and the keys; the worklist cuts text at its end with the full text in a tooltip."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolBar, QToolButton

from cxrviewer.qt.navigator import IMAGE_SHARE, worklist_width
from cxrviewer.qt.worklist.table_model import FILE, HEADERS, SCORE
from tests.conftest import make_png

TIMEOUT_MS = 30_000


def chest_like(index: int) -> np.ndarray:
    h, w = 300, 260
    yy, xx = np.mgrid[0:h, 0:w]
    img = np.full((h, w), 200, np.float32)
    for cx in (0.3 * w, 0.7 * w):
        img -= (60 + 20 * index) * np.exp(-(((xx - cx) / (0.16 * w)) ** 2 + ((yy - 0.5 * h) / (0.3 * h)) ** 2))
    img += np.random.default_rng(index).normal(0, 6, img.shape)
    return np.clip(img, 0, 255).astype(np.uint8)


@pytest.fixture
def folder(tmp_path) -> Path:
    """Five generated X-rays with their own scores, and one file that cannot be read (a "Read manually" row)."""
    folder = tmp_path / "ward"
    folder.mkdir()
    for i in range(5):
        make_png(folder / f"patient_with_a_rather_long_file_name_{i:02d}.png", chest_like(i))
    (folder / "broken.png").write_text("not an image")
    return folder


@pytest.fixture
def screened(qtbot, make_window, folder, wait_for_result):
    """A 1280 x 800 window showing the screened folder in its worklist, active so that its keys reach it."""
    window = make_window()
    window.resize(1280, 800)
    assert window.screen_folder(folder)
    qtbot.waitUntil(lambda: window.batch_panel.shown_status() == "completed", timeout=TIMEOUT_MS)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    return window


def shown_and_highlighted(window) -> tuple[str | None, str | None]:
    return window.current_path(), window.batch_panel.highlighted_path()


def wait_shown(qtbot, window, wait_for_result, path: str) -> None:
    qtbot.waitUntil(lambda: window.current_path() == path, timeout=TIMEOUT_MS)
    wait_for_result(window)


def toolbar_button(window, action) -> QToolButton:
    toolbar = window.findChild(QToolBar, "mainToolbar")
    button = toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton) and button.isVisible()
    return button


def click_row(panel, row: int) -> None:
    rect = panel.table.visualRect(panel.proxy.index(row, FILE))
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


def test_the_image_keeps_sixty_percent_of_a_1280_by_800_window_beside_the_worklist(screened, qtbot):
    window = screened
    qtbot.waitUntil(lambda: window.worklist_dock.isVisible())
    QApplication.processEvents()
    assert (window.width(), window.height()) == (1280, 800)
    assert window.viewer_area.width() >= IMAGE_SHARE * window.width(), (window.viewer_area.width(), window.worklist_dock.width())
    assert window.viewer.width() >= IMAGE_SHARE * window.width()
    assert window.file_list.isHidden()  # one list on screen
    assert window.panel.isVisible() and window.panel.width() >= window.panel.minimumWidth()
    assert window.worklist_dock.width() >= 200  # still a usable list
    table = window.batch_panel.table
    assert table.columnViewportPosition(SCORE) + table.columnWidth(SCORE) <= table.viewport().width()  # the score is in view
    assert worklist_width(1280, 270) == 230 and worklist_width(2560, 270) == 560


def test_page_down_the_toolbar_and_a_click_move_one_highlight_and_the_image_follows(screened, qtbot, wait_for_result):
    window, panel = screened, screened.batch_panel
    rows = [row.file for row in panel.visible_rows()]
    assert window.current_path() is None and panel.highlighted_path() is None

    QTest.keyClick(window, Qt.Key.Key_PageDown)  # nothing highlighted yet: the first row
    wait_shown(qtbot, window, wait_for_result, rows[0])
    assert shown_and_highlighted(window) == (rows[0], rows[0])
    assert window.panel.state() == "problem"  # the "Read manually" row comes first

    toolbar_button(window, window.next_action).click()
    wait_shown(qtbot, window, wait_for_result, rows[1])
    assert shown_and_highlighted(window) == (rows[1], rows[1])

    click_row(panel, 4)
    wait_shown(qtbot, window, wait_for_result, rows[4])
    assert shown_and_highlighted(window) == (rows[4], rows[4])

    panel.table.setFocus()  # with the list focused, Page Up is still one image, not a page
    QTest.keyClick(panel.table, Qt.Key.Key_PageUp)
    wait_shown(qtbot, window, wait_for_result, rows[3])
    assert shown_and_highlighted(window) == (rows[3], rows[3])

    toolbar_button(window, window.previous_action).click()
    wait_shown(qtbot, window, wait_for_result, rows[2])
    QTest.keyClick(panel.table, Qt.Key.Key_Down)  # the arrow keys move the same highlight
    wait_shown(qtbot, window, wait_for_result, rows[3])
    assert shown_and_highlighted(window) == (rows[3], rows[3])

    window.step_next()
    window.step_next()
    window.step_next()  # past the end: stays on the last
    wait_shown(qtbot, window, wait_for_result, rows[-1])
    assert shown_and_highlighted(window) == (rows[-1], rows[-1])


def test_opened_files_replace_the_worklist_on_screen_and_come_back_with_it(screened, qtbot, wait_for_result, chest_png):
    window, panel = screened, screened.batch_panel
    first, second = chest_png("opened_a.png"), chest_png("opened_b.png")
    window.open_files([first, second])
    wait_shown(qtbot, window, wait_for_result, str(first))
    assert window.worklist_dock.isHidden() and window.file_list.isVisible()  # one list on screen
    assert "View ▸ Worklist" in window.statusBar().currentMessage()
    QTest.keyClick(window, Qt.Key.Key_PageDown)
    wait_shown(qtbot, window, wait_for_result, str(second))
    assert window.file_list.currentRow() == 1

    window.worklist_action.trigger()  # View ▸ Worklist: back, and no row claims an image it does not show
    assert window.worklist_dock.isVisible() and window.file_list.isHidden()
    assert panel.highlighted_path() is None
    QTest.keyClick(window, Qt.Key.Key_PageDown)  # Page Down steps the worklist again
    top = panel.visible_rows()[0].file
    wait_shown(qtbot, window, wait_for_result, top)
    assert panel.highlighted_path() == top
    assert window.file_list.currentRow() == -1  # the hidden list follows: the image is not one of its files

    window.worklist_action.trigger()  # hidden again: the opened files are the list on screen
    assert window.file_list.isVisible()
    QTest.keyClick(window, Qt.Key.Key_PageDown)
    wait_shown(qtbot, window, wait_for_result, str(first))
    assert window.file_list.currentRow() == 0


def test_a_row_that_leaves_the_list_takes_the_highlight_and_nothing_else_opens(screened, qtbot, wait_for_result):
    """Under "Not yet reviewed" a decided image leaves the list: it stays on show, no other image opens by itself
    (a repeated key must never decide an image nobody looked at), and Page Down goes on with the next one."""
    window, panel = screened, screened.batch_panel
    window.review.set_reviewer("Dr A")
    panel.not_reviewed_check.click()
    rows = [row.file for row in panel.visible_rows()]
    panel.select_row(2)
    wait_shown(qtbot, window, wait_for_result, rows[2])
    QTest.keyClick(window, Qt.Key.Key_N)
    with_decision = hashlib.sha256(Path(rows[2]).read_bytes()).hexdigest()
    qtbot.waitUntil(lambda: rows[2] not in [row.file for row in panel.visible_rows()], timeout=5_000)
    QApplication.processEvents()
    assert window.current_path() == rows[2] and panel.highlighted_path() is None
    assert window.analyses_pending() == 0
    QTest.keyClick(window, Qt.Key.Key_PageDown)
    wait_shown(qtbot, window, wait_for_result, rows[3])
    assert panel.highlighted_path() == rows[3]
    assert with_decision  # recorded for the image that was on show


def test_a_message_about_an_image_goes_when_another_is_shown(screened, qtbot, wait_for_result):
    window, panel = screened, screened.batch_panel
    rows = [row.file for row in panel.visible_rows()]
    broken = next(row for row in rows if row.endswith("broken.png"))
    panel.highlight(None)
    window.show_file(broken)
    wait_for_result(window)
    assert "broken.png" in window.statusBar().currentMessage()
    window.step_next()
    qtbot.waitUntil(lambda: window.current_path() != broken, timeout=TIMEOUT_MS)
    assert window.statusBar().currentMessage() == ""


def test_the_open_dialog_offers_dicom_and_every_file(make_window, monkeypatch):
    window = make_window(wait_for_model=False)
    asked = {}

    def fake(parent, caption, folder, filters, selected=""):
        asked.update(filters=filters, selected=selected)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake)
    window.open_dialog()
    assert "*.dcm" in asked["filters"] and "All files (*)" in asked["filters"]
    assert asked["selected"] == "All files (*)"  # PACS exports have no extension: nothing is hidden to start with


def test_help_has_the_user_guide_and_every_key(make_window, qtbot):
    window = make_window(wait_for_model=False)
    help_menu = window.help_menu
    texts = [action.text().replace("&", "") for action in help_menu.actions()]
    assert "User guide" in texts and "Keyboard shortcuts" in texts
    dialog = window.user_guide_action.open_guide()
    qtbot.waitUntil(dialog.isVisible)
    shown = dialog.browser.toPlainText()
    assert "guide for clinicians" in shown and "Read manually" in shown and "#" not in shown.splitlines()[0]
    assert dialog.browser.document().toMarkdown()  # rendered from Markdown, not shown as source
    dialog.close()

    window.reading.shortcuts_action.trigger()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    text = box.text()
    for key in ("PgDown", "Ctrl+L", "A / N / U", "F11"):
        assert key in text, key
    box.close()


def test_the_guide_ships_as_a_package_resource():
    from cxrviewer.paths import asset_path

    repo = Path(__file__).resolve().parents[2]
    assert asset_path("user_guide.md").read_text(encoding="utf-8") == (repo / "docs" / "user_guide.md").read_text(encoding="utf-8")
    spec = (repo / "build.spec").read_text(encoding="utf-8")
    assert '("models", "assets")' in spec  # the frozen bundle copies every file of assets/ (the guide included)


def test_worklist_text_is_cut_at_its_end_with_the_full_text_in_a_tooltip(screened):
    panel = screened.batch_panel
    assert panel.table.textElideMode() == Qt.TextElideMode.ElideRight
    for row in range(panel.proxy.rowCount()):
        for column in range(len(HEADERS)):
            index = panel.proxy.index(row, column)
            text = index.data() or ""
            if text and not panel.table.isColumnHidden(column):
                assert text in (index.data(Qt.ItemDataRole.ToolTipRole) or ""), (row, HEADERS[column], text)
    assert panel.title_label.toolTip().endswith("ward")
