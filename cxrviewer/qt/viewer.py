"""The image view: the X-ray fitted to the window, the heatmap as a separate layer on top.

The heatmap is its own pixmap item so switching it off, or changing its opacity, never touches
the X-ray's pixels: the reader can always see the untouched image. The overlay is computed once
per prediction at full strength (at most ``OVERLAY_MAX_SIDE`` pixels, since the model's map is a
coarse grid and upsampling further adds nothing) and its opacity is the item's opacity.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

from cxrviewer.core.model.heatmap import overlay_rgba
from cxrviewer.core.types import Prediction
from cxrviewer.qt.convert import gray_to_qimage, rgba_to_qimage

log = logging.getLogger(__name__)

BACKGROUND = QColor("#1e1f22")
HINT_COLOUR = QColor("#9aa0a6")
OVERLAY_MAX_SIDE = 1024
ZOOM_STEP = 1.2
MAX_ZOOM = 16.0
EMPTY_HINT = "Open a chest X-ray\n(File ▸ Open…, or drag image files here)"


def heatmap_pixmap(prediction: Prediction, width: int, height: int) -> tuple[QPixmap, float] | None:
    """The overlay for an image of ``width`` x ``height`` and the scale that maps it onto the image."""
    if prediction.heatmap is None or prediction.heatmap_box is None:
        return None
    scale = min(1.0, OVERLAY_MAX_SIDE / max(width, height))
    out_w, out_h = max(1, round(width * scale)), max(1, round(height * scale))
    box = tuple(v * scale for v in prediction.heatmap_box)
    rgba = overlay_rgba(prediction.heatmap, box, out_w, out_h, opacity=1.0)
    return QPixmap.fromImage(rgba_to_qimage(rgba)), width / out_w


class ImageViewer(QGraphicsView):
    """Shows one grayscale image with an optional heatmap layer; wheel zooms, double-click fits again."""

    zoom_changed = Signal(float)  # view scale relative to image pixels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._image_item = QGraphicsPixmapItem()
        self._image_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._overlay_item = QGraphicsPixmapItem()
        self._overlay_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._overlay_item.setZValue(1)
        self._scene.addItem(self._image_item)
        self._scene.addItem(self._overlay_item)
        self._has_image = False
        self._hint = EMPTY_HINT
        self._fit = True
        self._heatmap_visible = True
        self._heatmap_opacity = 0.35
        self._overlay_item.setOpacity(self._heatmap_opacity)
        self._overlay_item.setVisible(False)

        self.setBackgroundBrush(BACKGROUND)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # drops belong to the main window; QGraphicsView would otherwise swallow them for its scene
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)

    # ---- content ---------------------------------------------------------------------------

    def set_image(self, pixels: np.ndarray) -> None:
        """Show a new image (uint8 (H, W)), fitted to the view; any previous heatmap is removed."""
        self._image_item.setPixmap(QPixmap.fromImage(gray_to_qimage(pixels)))
        self._scene.setSceneRect(QRectF(0, 0, pixels.shape[1], pixels.shape[0]))
        self.clear_heatmap()
        self._has_image = True
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.fit_to_window()

    def clear(self, hint: str = EMPTY_HINT) -> None:
        """Remove the image; ``hint`` is drawn in its place (say why there is nothing to see)."""
        self._hint = hint
        self._image_item.setPixmap(QPixmap())
        self.clear_heatmap()
        self._has_image = False
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.viewport().update()

    def has_image(self) -> bool:
        return self._has_image

    def hint(self) -> str:
        return "" if self._has_image else self._hint

    def set_heatmap(self, prediction: Prediction) -> None:
        """Compute the overlay for the image on show; shown if the heatmap is switched on."""
        pixmap = self._image_item.pixmap()
        made = heatmap_pixmap(prediction, pixmap.width(), pixmap.height()) if not pixmap.isNull() else None
        if made is None:
            self.clear_heatmap()
            return
        overlay, scale = made
        self._overlay_item.setPixmap(overlay)
        self._overlay_item.setTransform(QTransform.fromScale(scale, scale))
        self._overlay_item.setVisible(self._heatmap_visible)

    def clear_heatmap(self) -> None:
        self._overlay_item.setPixmap(QPixmap())
        self._overlay_item.setVisible(False)

    def has_heatmap(self) -> bool:
        return not self._overlay_item.pixmap().isNull()

    def heatmap_shown(self) -> bool:
        return self.has_heatmap() and self._overlay_item.isVisible()

    def set_heatmap_visible(self, visible: bool) -> None:
        self._heatmap_visible = bool(visible)
        self._overlay_item.setVisible(self._heatmap_visible and self.has_heatmap())

    def set_heatmap_opacity(self, opacity: float) -> None:
        self._heatmap_opacity = float(np.clip(opacity, 0.0, 1.0))
        self._overlay_item.setOpacity(self._heatmap_opacity)

    def heatmap_opacity(self) -> float:
        return self._heatmap_opacity

    # ---- zoom ------------------------------------------------------------------------------

    def fit_to_window(self) -> None:
        """Fit the whole image in the view, and keep fitting it as the window is resized."""
        self._fit = True
        if self._has_image:
            self.fitInView(self._image_item, Qt.AspectRatioMode.KeepAspectRatio)
            self.zoom_changed.emit(self.transform().m11())

    def zoom_by(self, factor: float) -> None:
        """Zoom about the mouse position; zooming stops the automatic fitting until the next fit."""
        if not self._has_image:
            return
        current = self.transform().m11()
        fitted = self._fitted_scale()
        target = float(np.clip(current * factor, min(fitted, 1.0) * 0.5, MAX_ZOOM))
        if target <= fitted and factor < 1:
            self.fit_to_window()
            return
        self.scale(target / current, target / current)
        self._fit = False
        self.zoom_changed.emit(target)

    def _fitted_scale(self) -> float:
        rect = self._image_item.boundingRect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return 1.0
        return min(view.width() / rect.width(), view.height() / rect.height())

    def wheelEvent(self, event: QWheelEvent) -> None:  # Qt override
        steps = event.angleDelta().y() / 120
        if steps and self._has_image:
            self.zoom_by(ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # Qt override
        self.fit_to_window()
        event.accept()

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        if self._fit:
            self.fit_to_window()

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        if self._fit:
            self.fit_to_window()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # Qt override
        """With no image, say how to open one (in view coordinates, so it is never scaled)."""
        if self._has_image:
            return
        painter.save()
        painter.resetTransform()
        painter.setPen(HINT_COLOUR)
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        painter.setFont(font)
        painter.drawText(self.viewport().rect().adjusted(20, 20, -20, -20),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._hint)
        painter.restore()
