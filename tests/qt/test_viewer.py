"""The image view: fitting, zooming, and the heatmap layer kept apart from the X-ray."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from cxrviewer.core.types import ModelInfo, Prediction
from cxrviewer.qt.viewer import ImageViewer, heatmap_pixmap


@pytest.fixture
def viewer(qtbot):
    widget = ImageViewer()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def prediction(width: int, height: int) -> Prediction:
    heatmap = np.zeros((8, 8), np.float32)
    heatmap[2, 5] = 1.0
    side = max(width, height)
    box = ((width - side) / 2, (height - side) / 2, (width + side) / 2, (height + side) / 2)
    return Prediction(0.8, 0.5, ModelInfo("m", "1", "x"), heatmap, box)


def shown_rect(viewer):
    return viewer.mapFromScene(viewer.sceneRect()).boundingRect()


def test_image_is_fitted_and_refitted_on_resize(viewer, qtbot):
    viewer.set_image(np.full((1000, 800), 90, np.uint8))
    rect = shown_rect(viewer)
    assert rect.height() == pytest.approx(viewer.viewport().height(), abs=3)
    viewer.resize(900, 800)
    qtbot.waitUntil(lambda: shown_rect(viewer).height() == pytest.approx(viewer.viewport().height(), abs=3))


def test_wheel_zooms_in_and_double_click_fits_again(viewer):
    viewer.set_image(np.full((500, 500), 90, np.uint8))
    fitted = viewer.transform().m11()
    centre = QPointF(viewer.viewport().rect().center())
    wheel = QWheelEvent(centre, viewer.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewer.viewport(), wheel)
    assert viewer.transform().m11() == pytest.approx(fitted * 1.44, rel=0.01)
    viewer.fit_to_window()
    assert viewer.transform().m11() == pytest.approx(fitted, rel=0.01)


def test_heatmap_layer_covers_the_image_and_toggles(viewer):
    viewer.set_image(np.full((300, 200), 90, np.uint8))
    viewer.set_heatmap(prediction(200, 300))
    assert viewer.heatmap_shown()
    overlay = viewer._overlay_item
    assert overlay.mapRectToScene(overlay.boundingRect()).size().toTuple() == pytest.approx((200, 300), abs=1)
    viewer.set_heatmap_visible(False)
    assert not viewer.heatmap_shown()
    viewer.set_heatmap_visible(True)
    viewer.set_heatmap_opacity(0.3)
    assert overlay.opacity() == pytest.approx(0.3)
    viewer.set_image(np.full((300, 200), 90, np.uint8))
    assert not viewer.has_heatmap()  # a new image never keeps the previous heatmap


def test_large_image_overlay_is_computed_at_reduced_size(qapp):
    pixmap, scale = heatmap_pixmap(prediction(4000, 3000), 4000, 3000)
    assert max(pixmap.width(), pixmap.height()) <= 1024
    assert pixmap.width() * scale == pytest.approx(4000, abs=4)
