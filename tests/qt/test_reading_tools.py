"""The reading tools with real events: window/level by right-drag, presets, invert, rotate, flip, zoom,
the value under the cursor, full screen, and the heatmap's reading rules (off at first, H, opacity kept).

What is checked is what the reader sees: the viewport is grabbed and its pixels compared.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cxrviewer.core.types import ModelInfo, Prediction, XrayImage
from cxrviewer.qt.convert import qimage_to_gray
from cxrviewer.qt.orientation import describe_orientation
from cxrviewer.qt.reading_actions import OPACITY_KEY
from cxrviewer.qt.viewer import ImageViewer
from cxrviewer.qt.windowing import DEFAULT, PROXY_SIDE, Window, Windowing, lut_8bit

RIGHT = Qt.MouseButton.RightButton
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


# ---- helpers ---------------------------------------------------------------------------------------


def ramp(height: int = 300, width: int = 400) -> np.ndarray:
    """Left to right from 20 to 235: every window change shows in the middle of it."""
    return np.tile(np.linspace(20, 235, width).astype(np.uint8), (height, 1))


def shown(viewer: ImageViewer) -> np.ndarray:
    """What the viewport shows now, as gray levels (the corner texts are not part of the viewport)."""
    return qimage_to_gray(viewer.viewport().grab().toImage())


def image_area(viewer: ImageViewer) -> tuple[slice, slice]:
    """The central part of the image as shown (inside its edges), as (rows, columns) of the viewport."""
    rect = viewer.mapFromScene(viewer.sceneRect()).boundingRect().intersected(viewer.viewport().rect())
    margin_x, margin_y = rect.width() // 5, rect.height() // 5
    return slice(rect.top() + margin_y, rect.bottom() - margin_y), slice(rect.left() + margin_x, rect.right() - margin_x)


def drag(widget, button, start: QPoint, end: QPoint, steps: int = 4) -> None:
    QTest.mousePress(widget, button, NO_MOD, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(widget, start + (end - start) * (i / steps))
    QTest.mouseRelease(widget, button, NO_MOD, end)


def wheel(viewer: ImageViewer, position: QPointF, clicks: int) -> None:
    event = QWheelEvent(position, viewer.viewport().mapToGlobal(position), QPoint(0, 0), QPoint(0, 120 * clicks),
                        Qt.MouseButton.NoButton, NO_MOD, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewer.viewport(), event)


def heat_prediction(width: int, height: int) -> Prediction:
    heatmap = np.zeros((8, 8), np.float32)
    heatmap[1, 1] = 1.0  # hot near the top-left corner of the image
    side = max(width, height)
    box = ((width - side) / 2, (height - side) / 2, (width + side) / 2, (height + side) / 2)
    return Prediction(0.8, 0.5, ModelInfo("m", "1", "x"), heatmap, box)


def xray(pixels: np.ndarray, stored: np.ndarray | None = None, window=None, mode: str = "gray") -> XrayImage:
    return XrayImage(pixels, None, "sha", "DICOM" if stored is not None else "PNG", 12 if stored is not None else 8, mode,
                     display_window=window, stored_values=stored)


@pytest.fixture
def viewer(qtbot):
    widget = ImageViewer()
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def reading_window(make_window, qtbot):
    """The real main window (no analysis needed), active so that window shortcuts are delivered."""
    window = make_window(wait_for_model=False)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


# ---- windowing (no Qt events) -------------------------------------------------------------------


def test_default_window_shows_the_decoded_pixels_and_a_narrow_window_stretches_them():
    pixels = ramp()
    windowing = Windowing(pixels)
    assert windowing.render(windowing.default) is pixels  # the file's own display, untouched
    assert np.array_equal(lut_8bit(windowing.default), np.arange(256))
    narrow = windowing.render(Window(127.5, 64))
    assert narrow[0, 0] == 0 and narrow[0, -1] == 255
    assert np.array_equal(windowing.render(windowing.default, inverted=True), 255 - pixels)


def test_stored_values_are_windowed_and_presets_scale_through_the_default_window():
    stored = np.tile(np.linspace(0, 4095, 512).astype(np.uint16), (64, 1))
    pixels = np.clip((stored.astype(np.float32) - 1500) * 255 / 1000, 0, 255).astype(np.uint8)  # window 2000/1000
    windowing = Windowing(pixels, stored, display_window=(2000.0, 1000.0))
    assert windowing.uses_stored_values and windowing.default == Window(2000.0, 1000.0)
    full = windowing.render(windowing.preset("Full range"))
    assert full[0, 0] == 0 and full[0, -1] == 255 and len(np.unique(full)) > len(np.unique(pixels))  # detail back
    lung = windowing.preset("Lung")  # 45-195 of the default display, in stored units
    assert lung.low == pytest.approx(1500 + 45 * 1000 / 255) and lung.high == pytest.approx(1500 + 195 * 1000 / 255)
    assert windowing.value_at(511, 0) == 4095 and windowing.value_at(512, 0) is None


def test_signed_and_monochrome1_values_and_the_drag_copy():
    stored = np.tile(np.linspace(-1000, 1000, 300).astype(np.int16), (2000, 1))
    pixels = np.zeros(stored.shape, np.uint8)
    mono1 = Windowing(pixels, stored, display_window=(0.0, 2000.0), monochrome1=True)
    out = mono1.render(Window(0.0, 2000.0 - 1e-3))
    assert out[0, 0] == 255 and out[0, -1] == 0  # MONOCHROME1: higher stored values are darker
    proxy = mono1.render(Window(0.0, 1000.0), proxy=True)
    assert max(proxy.shape) == PROXY_SIDE and mono1.proxy_scale() == pytest.approx(2000 / PROXY_SIDE)


def dicom_bytes(stored: np.ndarray, photometric: str, **attributes) -> bytes:
    """A CR DICOM file of ``stored`` (uint16, 12 bits), built with pydicom."""
    import io

    import pydicom
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import generate_uid

    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.1"  # CR image storage
    ds.SOPInstanceUID = generate_uid()
    ds.Modality = "CR"
    ds.set_pixel_data(stored, photometric, 12)
    for keyword, value in attributes.items():
        setattr(ds, keyword, value)
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    assert pydicom.dcmread(io.BytesIO(buffer.getvalue())).Rows == stored.shape[0]
    return buffer.getvalue()


@pytest.mark.parametrize("photometric", ["MONOCHROME2", "MONOCHROME1"])
def test_dicom_window_level_continues_from_the_files_window_on_stored_values(viewer, photometric):
    pytest.importorskip("pydicom")
    from cxrviewer.core.image.dicom import decode_dicom

    stored = np.tile(np.round(np.linspace(0, 4095, 256)).astype(np.uint16), (128, 1))
    image = decode_dicom(dicom_bytes(stored, photometric, WindowCenter=1000, WindowWidth=1000))
    assert image.stored_values is not None and image.display_window == (1000.0, 1000.0)
    viewer.set_xray(image)
    windowing = viewer.windowing()
    start = windowing.render(viewer.window())
    assert start is image.pixels  # the file's own display first
    nudged = windowing.render(Window(1000.0, 1001.0))  # the first step of a drag: no jump, same polarity
    assert np.abs(nudged.astype(int) - image.pixels.astype(int)).max() <= 2
    viewer.apply_preset("Full range")  # the stored values beyond the file's window come back
    full = windowing.render(viewer.window())
    assert len(np.unique(full)) > 2 * len(np.unique(image.pixels))  # 256 levels of stored values, not ~64
    bright_side = full[:, -1].mean() if photometric == "MONOCHROME2" else full[:, 0].mean()
    assert bright_side > 250  # MONOCHROME1 stays dense = bright


# ---- mouse on the viewer ----------------------------------------------------------------------


def test_right_drag_changes_contrast_and_brightness_and_double_right_click_resets(viewer):
    viewer.set_image(ramp())
    rows, cols = image_area(viewer)
    before = shown(viewer)[rows, cols].astype(float)
    centre = viewer.viewport().rect().center()
    drag(viewer.viewport(), RIGHT, centre, centre + QPoint(-120, -40))  # narrower (more contrast), lower level (brighter)
    window = viewer.window()
    assert window.width == pytest.approx(255 - 120, abs=1) and window.centre == pytest.approx(127.5 - 40, abs=1)
    after = shown(viewer)[rows, cols].astype(float)
    assert after.mean() > before.mean() + 20
    assert np.ptp(after.mean(axis=0)) > np.ptp(before.mean(axis=0)) + 20  # a steeper ramp: more contrast
    assert viewer.preset_name() is None and "W 135" in viewer.info_text()

    QTest.mouseDClick(viewer.viewport(), RIGHT, NO_MOD, centre)
    assert viewer.preset_name() == DEFAULT
    assert np.array_equal(shown(viewer)[rows, cols], before.astype(np.uint8))


def test_wheel_zooms_around_the_cursor_and_left_drag_pans_when_zoomed(viewer):
    viewer.set_image(ramp(400, 400))
    cursor = QPointF(200, 150)
    under = viewer.pixel_at(cursor)
    wheel(viewer, cursor, 3)
    assert viewer.zoom_percent() > 150
    x, y, _ = viewer.pixel_at(cursor)
    assert (x, y) == pytest.approx(under[:2], abs=2)  # the point under the cursor stayed there
    scroll = viewer.horizontalScrollBar().value()
    drag(viewer.viewport(), LEFT, QPoint(300, 200), QPoint(200, 200))
    assert viewer.horizontalScrollBar().value() == pytest.approx(scroll + 100, abs=3)


def test_value_under_the_cursor_is_the_stored_16_bit_value_whatever_the_rotation(viewer):
    stored = np.full((200, 300), 1000, np.uint16)
    stored[:, 150:] = 3071  # right half
    pixels = (stored // 16).astype(np.uint8)
    viewer.set_xray(xray(pixels, stored, (2048.0, 4096.0), "monochrome2"))
    rect = viewer.mapFromScene(viewer.sceneRect()).boundingRect()
    QTest.mouseMove(viewer.viewport(), QPoint(rect.left() + rect.width() // 4, rect.center().y()))
    assert "Value 1000" in viewer.pixel_text()
    QTest.mouseMove(viewer.viewport(), QPoint(rect.right() - rect.width() // 4, rect.center().y()))
    assert "Value 3071" in viewer.pixel_text()  # the stored value, not the 8-bit 191
    x, y, _ = viewer.pixel_at(QPointF(rect.right() - rect.width() // 4, rect.center().y()))
    assert 150 <= x < 300 and 0 <= y < 200 and f"x {x}  y {y}" in viewer.pixel_text()

    viewer.rotate_right()  # the image's left half is now at the top
    rect = viewer.mapFromScene(viewer.sceneRect()).boundingRect()
    QTest.mouseMove(viewer.viewport(), QPoint(rect.center().x(), rect.top() + rect.height() // 4))
    assert "Value 1000" in viewer.pixel_text()
    QTest.mouseMove(viewer.viewport(), QPoint(2, 2))  # off the image (it is fitted, with bars beside it)
    assert viewer.pixel_text() == ""


def test_eight_bit_value_under_the_cursor_without_stored_values(viewer):
    viewer.set_image(np.full((100, 100), 77, np.uint8))
    QTest.mouseMove(viewer.viewport(), viewer.viewport().rect().center())
    assert "Value 77" in viewer.pixel_text()


def test_heatmap_stays_on_the_image_through_rotation_flip_and_zoom(viewer):
    viewer.set_image(ramp(300, 200))
    viewer.set_heatmap(heat_prediction(200, 300))
    overlay, frame = viewer._overlay_item, viewer._frame
    for turn in (viewer.rotate_right, viewer.flip_horizontal, lambda: viewer.zoom_by(2.0), viewer.flip_vertical):
        turn()
        image_rect = frame.mapRectToScene(frame.rect())
        assert overlay.mapRectToScene(overlay.boundingRect()).getRect() == pytest.approx(image_rect.getRect(), abs=1)
        # the same image pixel under the overlay and the image
        hot = overlay.mapToScene(QPointF(overlay.boundingRect().width() * 0.1, overlay.boundingRect().height() * 0.1))
        local = frame.mapFromScene(hot)
        assert (local.x(), local.y()) == pytest.approx((20, 30), abs=2)


def test_orientation_words():
    from cxrviewer.qt.orientation import FLIP_LEFT_RIGHT, FLIP_TOP_BOTTOM, ROTATE_LEFT, ROTATE_RIGHT, UPRIGHT, compose

    assert describe_orientation(UPRIGHT) == ""
    assert describe_orientation(ROTATE_RIGHT) == "Rotated 90° right"
    assert describe_orientation(compose(ROTATE_RIGHT, ROTATE_RIGHT)) == "Rotated 180°"
    assert describe_orientation(ROTATE_LEFT) == "Rotated 90° left"
    assert describe_orientation(FLIP_LEFT_RIGHT) == "Flipped left–right"
    assert describe_orientation(FLIP_TOP_BOTTOM) == "Flipped top–bottom"
    assert describe_orientation(compose(FLIP_LEFT_RIGHT, FLIP_LEFT_RIGHT)) == ""
    assert describe_orientation(compose(ROTATE_LEFT, FLIP_LEFT_RIGHT)) == "Flipped left–right, then rotated 90° right"


# ---- keys on the main window ------------------------------------------------------------------


@pytest.mark.parametrize("focus", ["viewer", "window"])
def test_i_inverts_the_displayed_image_from_the_viewer_or_the_window(reading_window, qtbot, focus):
    window = reading_window
    window.viewer.set_xray(xray(np.full((200, 200), 40, np.uint8)))
    target = window.viewer if focus == "viewer" else window
    if focus == "viewer":
        window.viewer.setFocus()
        qtbot.waitUntil(window.viewer.hasFocus)
    centre = window.viewer.viewport().rect().center()
    assert shown(window.viewer)[centre.y(), centre.x()] == 40
    QTest.keyClick(target, Qt.Key.Key_I)
    assert window.viewer.is_inverted() and window.reading.invert_action.isChecked()
    assert shown(window.viewer)[centre.y(), centre.x()] == 215
    assert "Inverted" in window.viewer.info_text()
    QTest.keyClick(target, Qt.Key.Key_R)  # reset view
    assert shown(window.viewer)[centre.y(), centre.x()] == 40 and not window.reading.invert_action.isChecked()


def test_rotate_keys_change_the_displayed_aspect_and_flip_mirrors(reading_window):
    window = reading_window
    pixels = np.full((200, 400), 60, np.uint8)
    pixels[:, :40] = 250  # a bright band on the left edge
    window.viewer.set_xray(xray(pixels))

    def shown_box():
        grab = shown(window.viewer)
        ys, xs = np.nonzero(grab > 45)  # the image; the background is #1e1f22
        return xs.min(), xs.max(), ys.min(), ys.max(), grab

    x0, x1, y0, y1, _ = shown_box()
    assert (x1 - x0) > 1.8 * (y1 - y0)  # landscape
    QTest.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    x0, x1, y0, y1, grab = shown_box()
    assert (y1 - y0) > 1.8 * (x1 - x0)  # portrait after a quarter turn
    assert grab[y0 + 3, (x0 + x1) // 2] == 250  # clockwise: the left edge is now at the top
    assert "Rotated 90° right" in window.viewer.info_text()
    QTest.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_F)
    x0, x1, y0, y1, grab = shown_box()
    assert grab[(y0 + y1) // 2, x1 - 3] == 250 and grab[(y0 + y1) // 2, x0 + 3] == 60  # mirrored
    QTest.keyClick(window, Qt.Key.Key_V)
    assert "Rotated 180°" in window.viewer.info_text()  # left-right then top-bottom flips make a half turn
    assert window.viewer.image_size() == (400, 200)  # display only


def test_ctrl_1_shows_100_percent_and_ctrl_0_fits(reading_window):
    window = reading_window
    window.viewer.set_xray(xray(ramp(1500, 1200)))
    fitted = window.viewer.zoom_percent()
    assert fitted < 100 and f"Zoom {fitted}%" in window.viewer.info_text()
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.viewer.zoom_percent() == 100 and "Zoom 100%" in window.viewer.info_text()
    QTest.keyClick(window.viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.viewer.zoom_percent() == fitted


def test_preset_keys_and_menu(reading_window):
    window = reading_window
    window.viewer.set_xray(xray(ramp()))
    QTest.keyClick(window, Qt.Key.Key_F4)
    assert window.viewer.preset_name() == "Lung" and window.reading.preset_actions["Lung"].isChecked()
    assert window.viewer.info_text().startswith("Lung:")
    QTest.keyClick(window, Qt.Key.Key_F2)
    assert window.viewer.preset_name() == DEFAULT
    titles = [a.text() for a in window.reading.window_menu.actions()]
    assert titles == ["Default (from file)", "Full range", "Lung", "Soft tissue", "Bone"]
    keys = dict(window.reading.key_table())
    assert any("Ctrl+1" in k for k in keys) and any(k.startswith("I") for k in keys)


def test_f11_enters_full_screen_and_esc_leaves(reading_window, qtbot):
    window = reading_window
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.reading.full_screen_action.isChecked()
    QTest.keyClick(window.viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.reading.leave_full_screen_action.isEnabled()  # Esc belongs to the widgets again


def test_heatmap_is_off_at_first_h_toggles_it_with_its_legend_and_opacity_is_remembered(
        make_window, xray_png, wait_for_result, qtbot, window_settings):
    window = make_window()
    window.open_files([xray_png])
    wait_for_result(window)
    assert window.viewer.has_heatmap() and not window.viewer.heatmap_shown()  # the film first
    assert not window.viewer.legend.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_H)
    assert window.viewer.heatmap_shown() and window.viewer.legend.isVisible()
    window.viewer.rotate_right()
    assert window.viewer.legend.isVisible()
    QTest.keyClick(window.viewer, Qt.Key.Key_H)
    assert not window.viewer.heatmap_shown() and not window.viewer.legend.isVisible()

    window.panel.opacity_slider.setValue(62)
    assert window.viewer.heatmap_opacity() == pytest.approx(0.62)
    window.close()
    assert int(window_settings.value(OPACITY_KEY)) == 62

    again = make_window(wait_for_model=False)
    assert again.panel.heatmap_opacity() == pytest.approx(0.62)
    assert again.viewer.heatmap_opacity() == pytest.approx(0.62)
    assert not again.panel.heatmap_enabled()
