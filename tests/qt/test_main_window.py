"""The viewer window end to end: open, drop, bad files, stale results, model problems, admin, closing."""

from __future__ import annotations

import re
import shutil
import sys
import types
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from cxrviewer.core.errors import ModelMissing, NotChestXray, UnreadableImage, UnsupportedImage
from cxrviewer.qt.main_window import ADMIN_UNAVAILABLE
from cxrviewer.qt.model_host import NO_MODEL_MESSAGE
from cxrviewer.qt.result_panel import DISCLAIMER, FLAG_TEXT, NO_FLAG_TEXT

PERCENT = re.compile(r"^([<>] )?\d{1,3}(\.\d+)?%$")


def assert_scored(window, file_name: str) -> None:
    panel = window.panel
    assert panel.state() == "result", panel.problem_text()
    assert panel.file_name() == file_name
    assert PERCENT.match(panel.score_text()), panel.score_text()
    model = window.model()
    assert f"{model.info.name} {model.info.version}" in panel.model_label.text()
    assert panel.disclaimer_label.isVisible() and panel.disclaimer_label.text() == DISCLAIMER
    assert panel.flag_text() in (FLAG_TEXT, NO_FLAG_TEXT)
    assert window.viewer.has_image()


def drop_files(window, paths: list[Path]) -> None:
    """A real drag-enter + drop, as the platform would deliver it."""
    mime = QMimeData()  # kept in a variable: the events only borrow it
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()


def test_window_shows_model_status_when_ready(make_window):
    window = make_window()
    assert window.model_state() == "ready"
    assert window.model_status.text() == f"Model ready: {window.model().info.name} {window.model().info.version}"


def test_open_generated_xray_shows_score_model_and_disclaimer(make_window, xray_png, wait_for_result):
    window = make_window()
    window.open_files([xray_png])
    wait_for_result(window)
    assert_scored(window, xray_png.name)
    assert window.file_list.isHidden()  # one file: no list needed
    assert xray_png.name in window.windowTitle()


@pytest.mark.real_data
def test_open_real_xray_shows_score_and_heatmap(make_window, real_xray_path, wait_for_result):
    window = make_window()
    window.open_files([str(real_xray_path)])
    wait_for_result(window)
    assert_scored(window, real_xray_path.name)
    assert window.viewer.has_heatmap() and not window.viewer.heatmap_shown()  # off until the reader asks
    window.panel.heatmap_check.click()
    assert window.viewer.heatmap_shown()
    window.panel.heatmap_check.click()
    assert not window.viewer.heatmap_shown()
    window.panel.heatmap_check.click()
    window.panel.opacity_slider.setValue(70)
    assert window.viewer.heatmap_shown() and window.viewer.heatmap_opacity() == pytest.approx(0.7)


def test_drop_two_files_lists_both_and_scores(make_window, chest_png, wait_for_result):
    first, second = chest_png("first.png"), chest_png("second.png")
    window = make_window()
    drop_files(window, [first, second])
    assert window.file_list.count() == 2
    assert [window.file_list.item(i).text() for i in range(2)] == ["first.png", "second.png"]
    assert window.file_list.isVisible()
    wait_for_result(window)
    assert_scored(window, "first.png")
    window.file_list.setCurrentRow(1)
    wait_for_result(window)
    assert_scored(window, "second.png")


def test_drag_without_files_is_refused(make_window):
    window = make_window(wait_for_model=False)
    mime = QMimeData()
    mime.setText("not a file")
    enter = QDragEnterEvent(QPointF(10, 10).toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_bad_files_show_the_reason_and_the_next_good_file_is_scored(make_window, tmp_path, xray_png, wait_for_result):
    text_file = tmp_path / "notes.png"
    text_file.write_text("this is not an image", encoding="utf-8")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    window = make_window()
    window.open_files([text_file, empty, xray_png])

    wait_for_result(window)
    assert window.panel.state() == "problem"
    assert window.panel.file_name() == "notes.png"
    assert window.panel.problem_text() == UnsupportedImage.default_message
    assert not window.viewer.has_image()
    assert "cannot be shown" in window.viewer.hint()

    window.step_next()
    wait_for_result(window)
    assert window.panel.file_name() == "empty.png"
    assert window.panel.problem_text() == "This file is empty (0 bytes)."

    window.step_next()
    wait_for_result(window)
    assert_scored(window, xray_png.name)


def test_damaged_png_reason(make_window, tmp_path, xray_png, wait_for_result):
    cut = tmp_path / "cut.png"
    cut.write_bytes(xray_png.read_bytes()[:-200])
    window = make_window()
    window.open_files([cut])
    wait_for_result(window)
    assert window.panel.problem_text() in (UnreadableImage.default_message,
                                           "This image file is incomplete (it may have been cut off while copying).")
    assert "Traceback" not in window.panel.problem_text()


def test_stale_result_is_never_shown(make_window, chest_png, wait_for_result, monkeypatch):
    first, last = str(chest_png("first.png")), str(chest_png("last.png"))
    window = make_window()
    shown: list[str] = []
    on_gui_thread: list[bool] = []
    display = window._display

    def spy(path, *rest):
        shown.append(path)
        on_gui_thread.append(QThread.currentThread() is QApplication.instance().thread())
        display(path, *rest)

    monkeypatch.setattr(window, "_display", spy)
    window.show_file(first)
    window.show_file(last)  # requested before the first answer can arrive
    wait_for_result(window)
    assert shown == [last]
    assert on_gui_thread == [True]  # worker answers are handled on the GUI thread
    assert window.panel.file_name() == "last.png"
    assert window.current_path() == last


def test_stepping_back_uses_the_cached_result(make_window, chest_png, tmp_path, wait_for_result):
    first = chest_png("a.png")
    second = tmp_path / "b.png"
    second.write_text("not an image", encoding="utf-8")
    window = make_window()
    window.open_files([first, second])
    wait_for_result(window)
    score_first = window.panel.score_text()
    window.step_next()
    wait_for_result(window)
    assert window.panel.state() == "problem"
    requests = window._latest_request
    window.step_previous()
    assert window.panel.state() == "result"  # at once, no "Analysing…"
    assert window.panel.score_text() == score_first
    assert window._latest_request == requests


def test_flag_follows_administrators_recalibrated_threshold(make_window, xray_png, wait_for_result, qtbot, recalibrated_model):
    window = make_window()
    window.open_files([xray_png])
    wait_for_result(window)
    probability = window.panel.prediction().probability

    for threshold, expected in [(probability, FLAG_TEXT), (min(1.0, probability + 0.01), NO_FLAG_TEXT),
                                (max(0.0, probability - 0.01), FLAG_TEXT)]:
        recalibrated_model(threshold)
        window.reload_model()
        qtbot.waitUntil(lambda t=threshold: window.model() is not None and window.model().threshold == t, timeout=30_000)
        wait_for_result(window)
        assert window.panel.prediction().threshold == threshold
        assert window.panel.flag_text() == expected
        assert "set by your administrator" in window.panel.threshold_label.text()


def test_missing_model_shows_plain_message_and_images_still_open(make_window, tmp_path, xray_png, wait_for_result):
    window = make_window(model_dir=tmp_path / "no-model-here")
    assert window.model_state() == "failed"
    texts = [bar.text() for bar in window.messages()]
    assert any(ModelMissing.default_message in text for text in texts), texts
    assert not any("Traceback" in text or "Error" in text for text in texts)
    assert "No model" in window.model_status.text()
    window.open_files([xray_png])
    wait_for_result(window)
    assert window.viewer.has_image()
    assert window.panel.problem_text() == NO_MODEL_MESSAGE


def test_damaged_model_is_reported_in_plain_words(make_window, tmp_path, model_dir):
    damaged = tmp_path / "damaged"
    shutil.copytree(model_dir, damaged)
    data = bytearray((damaged / "model.tflite").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (damaged / "model.tflite").write_bytes(bytes(data))
    window = make_window(model_dir=damaged)
    assert window.model_state() == "failed"
    assert any("damaged" in bar.text() for bar in window.messages())


def test_failed_switch_keeps_the_current_model(make_window, tmp_path, qtbot):
    window = make_window()
    current = window.model()
    window.load_model(tmp_path / "missing")
    qtbot.waitUntil(lambda: any(bar.property("tag") == "model" for bar in window.messages()), timeout=30_000)
    assert window.model() == current
    assert window.model_state() == "ready"
    assert "Still using" in window.messages()[-1].text()


def test_administration_missing_gives_plain_message(make_window, monkeypatch):
    window = make_window(wait_for_model=False)
    monkeypatch.setitem(sys.modules, "cxrviewer.qt.admin.dialog", None)  # as if the module were not there
    window.admin_action.trigger()
    assert [bar.text() for bar in window.messages() if bar.property("tag") == "admin"] == [ADMIN_UNAVAILABLE]


def test_administration_model_change_reloads_the_model(make_window, monkeypatch, qtbot):
    class FakeAdminDialog(QDialog):
        model_changed = Signal(str)  # whatever it carries, the window reloads the active model

    module = types.ModuleType("cxrviewer.qt.admin.dialog")
    module.AdminDialog = FakeAdminDialog
    monkeypatch.setitem(sys.modules, "cxrviewer.qt.admin.dialog", module)
    window = make_window()
    first = window.model()
    window.open_administration()
    dialog = window._admin_dialog
    assert isinstance(dialog, FakeAdminDialog) and dialog.isVisible()
    dialog.model_changed.emit("/some/model")
    assert window.model_state() == "loading"
    qtbot.waitUntil(lambda: window.model_state() == "ready", timeout=30_000)
    assert window.model() == first
    dialog.close()


def test_about_mentions_version_model_and_disclaimer(make_window):
    from cxrviewer import __version__

    window = make_window()
    text = window.about_text()
    assert __version__ in text and window.model().info.version in text and "not a diagnosis" in text


def test_image_that_is_not_a_chest_xray_is_shown_without_a_score(make_window, write_png, wait_for_result):
    blank = write_png("blank.png", np.full((300, 300), 128, np.uint8))
    window = make_window()
    window.open_files([blank])
    wait_for_result(window)
    assert window.viewer.has_image()  # the reader can still look at it
    assert window.panel.state() == "problem"
    assert window.panel.problem_text() == NotChestXray.default_message
    assert window.panel.score_text() == ""


def test_closing_while_analysing_exits_cleanly(make_window, write_png):
    big = np.random.default_rng(0).integers(0, 256, (2500, 2500), dtype=np.uint8)
    path = write_png("big.png", big)
    window = make_window()
    window.open_files([path])
    assert window.analyses_pending() == 1
    window.close()
    assert not window.host.is_running()


def test_worklist_stays_where_the_user_docked_it(make_window, window_settings):
    window = make_window(wait_for_model=False)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.worklist_dock)
    window.close()
    window_settings.sync()
    reopened = make_window(wait_for_model=False)
    assert reopened.dockWidgetArea(reopened.worklist_dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_geometry_and_window_state_are_restored_in_a_new_window(qtbot, make_window, window_settings):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QToolBar

    from cxrviewer.qt.main_window import MainWindow

    window = make_window(wait_for_model=False)
    window.addToolBar(Qt.ToolBarArea.LeftToolBarArea, window.findChild(QToolBar, "mainToolbar"))
    window.worklist_dock.show()
    qtbot.waitUntil(window.worklist_dock.isVisible)
    screen, least = window.screen().availableGeometry(), window.minimumSizeHint()  # restored windows fit their screen
    wanted = QRect(screen.x() + 30, screen.y() + 20, min(screen.width() - 40, least.width() + 40),
                   min(screen.height() - 40, least.height() + 60))
    window.setGeometry(wanted)
    qtbot.waitUntil(lambda: window.geometry() == wanted)
    geometry, state = window.geometry(), window.saveState()
    window.close()
    window_settings.sync()

    reopened = MainWindow(settings=window_settings)  # as at the next start (make_window would resize it)
    try:
        reopened.show()
        qtbot.waitExposed(reopened)
        restored = reopened.geometry()
        assert geometry == wanted and restored.size() == wanted.size()
        # the position up to the window frame, which Qt adds or not depending on the platform (offscreen: 5 px)
        assert abs(restored.x() - wanted.x()) <= 8 and abs(restored.y() - wanted.y()) <= 8
        assert reopened.toolBarArea(reopened.findChild(QToolBar, "mainToolbar")) == Qt.ToolBarArea.LeftToolBarArea
        assert reopened.worklist_dock.isVisible()
        assert reopened.saveState() == state
    finally:
        reopened.close()
        reopened.shutdown()
        reopened.deleteLater()
