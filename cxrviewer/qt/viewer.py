"""The image view: the X-ray with the reading tools of a clinical viewer, the heatmap as a layer on top.

Reading tools (as in Weasis and RadiAnt): window/level by right-button drag (horizontal = width,
vertical = level) and presets (``windowing``), invert, rotate by quarter turns, flip, zoom around the
cursor, 1:1 and fit, pan by left-drag, and the value under the cursor. Everything is display only:
the decoded image is never changed, and each new image starts from the file's own display.

The scene holds one frame item in image pixel coordinates; the X-ray and the heatmap are its
children, and rotation/flip is the frame's transform, so the heatmap stays on the anatomy whatever
the orientation and zoom, and a scene point maps back to an image pixel through the frame. The
view's own transform is only the zoom (so ``transform().m11()`` is the scale).

The heatmap is its own pixmap item so switching it off, or changing its opacity, never touches
the X-ray's pixels. The overlay is computed once per prediction at full strength (at most
``OVERLAY_MAX_SIDE`` pixels, since the model's map is a coarse grid and upsampling further adds
nothing) and its opacity is the item's opacity.

The texts in the corners (window, zoom, orientation; the value under the cursor) and the heatmap
legend are small child widgets of the view, not scene items: they never scale, rotate or scroll
with the image, and updating one repaints only its own corner.
"""

from __future__ import annotations

import logging
import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QPixmap, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsScene, QGraphicsView, QLabel, QWidget

from cxrviewer.core.model.heatmap import overlay_rgba
from cxrviewer.core.types import Prediction, XrayImage
from cxrviewer.i18n import percent
from cxrviewer.qt.convert import gray_to_qimage, rgba_to_qimage
from cxrviewer.qt.display_words import orientation_words, preset_label
from cxrviewer.qt.heatmap_legend import HeatmapLegend
from cxrviewer.qt.orientation import (
    FLIP_LEFT_RIGHT,
    FLIP_TOP_BOTTOM,
    ROTATE_LEFT,
    ROTATE_RIGHT,
    UPRIGHT,
    Orientation,
    compose,
    describe_orientation,
)
from cxrviewer.qt.windowing import DEFAULT, Window, Windowing

log = logging.getLogger(__name__)

BACKGROUND = QColor("#1e1f22")
HINT_COLOUR = QColor("#9aa0a6")
OVERLAY_MAX_SIDE = 1024
ZOOM_STEP = 1.2
MAX_ZOOM = 16.0
CORNER_MARGIN = 8
EMPTY_HINT = QT_TRANSLATE_NOOP("ImageViewer", "Open a chest X-ray\n(File ▸ Open…, or drag image files here)")  # translated where shown
CORNER_STYLE = ("QLabel { background: rgba(0, 0, 0, 165); color: #e8eaed; padding: 3px 7px; border-radius: 4px;"
                " font-size: 9pt; }")

def format_level(value: float) -> str:
    return f"{value:.0f}" if abs(value) >= 10 or float(value).is_integer() else f"{value:.1f}"


def heatmap_pixmap(prediction: Prediction, width: int, height: int) -> tuple[QPixmap, float] | None:
    """The overlay for an image of ``width`` x ``height`` and the scale that maps it onto the image."""
    if prediction.heatmap is None or prediction.heatmap_box is None:
        return None
    scale = min(1.0, OVERLAY_MAX_SIDE / max(width, height))
    out_w, out_h = max(1, round(width * scale)), max(1, round(height * scale))
    box = tuple(v * scale for v in prediction.heatmap_box)
    rgba = overlay_rgba(prediction.heatmap, box, out_w, out_h, opacity=1.0, lung_mask=prediction.lung_mask)
    return QPixmap.fromImage(rgba_to_qimage(rgba)), width / out_w


class CornerLabel(QLabel):
    """A small translucent text box over a corner of the image; mouse events pass through it."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(CORNER_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()


class ImageViewer(QGraphicsView):
    """One grayscale image with reading tools and an optional heatmap layer (see the module docstring)."""

    zoom_changed = Signal(float)  # view scale relative to image pixels
    display_changed = Signal()  # window, inversion or orientation changed (menus sync their checks)
    image_shown = Signal()  # a new image replaced the previous one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._frame = QGraphicsRectItem()  # image pixel coordinates; its transform is the orientation
        self._frame.setPen(QPen(Qt.PenStyle.NoPen))
        self._image_item = QGraphicsPixmapItem(self._frame)
        self._image_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._overlay_item = QGraphicsPixmapItem(self._frame)
        self._overlay_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._overlay_item.setZValue(1)
        self._scene.addItem(self._frame)
        self._has_image = False
        self._hint = self.tr(EMPTY_HINT)
        self._fit = True
        self._heatmap_visible = True
        self._heatmap_opacity = 0.35
        self._overlay_item.setOpacity(self._heatmap_opacity)
        self._overlay_item.setVisible(False)
        self._windowing: Windowing | None = None
        self._window: Window | None = None
        self._preset: str | None = DEFAULT  # name of the preset on show; None after a drag
        self._inverted = False
        self._orientation: Orientation = UPRIGHT
        self._wl_drag: tuple[QPointF, Window] | None = None
        self._proxy_shown = False
        self._pixel: tuple[int, int, int] | None = None

        self.info_label = CornerLabel("viewerInfo", self)
        self.pixel_label = CornerLabel("pixelInfo", self)
        self.legend = HeatmapLegend(self)
        self.legend.hide()

        self.setBackgroundBrush(BACKGROUND)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)  # zoom_to anchors explicitly
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)  # the right button is window/level
        self.viewport().setMouseTracking(True)
        # drops belong to the main window; QGraphicsView would otherwise swallow them for its scene
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)

    # ---- content ---------------------------------------------------------------------------

    def set_image(self, pixels: np.ndarray) -> None:
        """Show a new 8-bit image (uint8 (H, W)), fitted to the view; any previous heatmap is removed."""
        self._show(Windowing(pixels))

    def set_xray(self, image: XrayImage) -> None:
        """Show a decoded X-ray; window/level and the value under the cursor use its stored values when kept."""
        stored = getattr(image, "stored_values", None)
        window = getattr(image, "display_window", None)
        self._show(Windowing(image.pixels, stored, window, monochrome1=image.source_mode == "monochrome1"))

    def _show(self, windowing: Windowing) -> None:
        self._windowing = windowing
        self._window = windowing.default
        self._preset = DEFAULT
        self._inverted = False
        self._orientation = UPRIGHT
        self._wl_drag = None
        self._pixel = None
        height, width = windowing.shape
        self._frame.setRect(QRectF(0, 0, width, height))
        self._render()
        self.clear_heatmap()
        self._has_image = True
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self._apply_orientation()
        self.fit_to_window()
        self.image_shown.emit()
        self.display_changed.emit()

    def clear(self, hint: str = EMPTY_HINT) -> None:
        """Remove the image; ``hint`` is drawn in its place (say why there is nothing to see)."""
        self._hint = self.tr(hint) if hint == EMPTY_HINT else hint
        self._image_item.setPixmap(QPixmap())
        self.clear_heatmap()
        self._has_image = False
        self._windowing = None
        self._window = None
        self._pixel = None
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self._update_corners()
        self.viewport().update()

    def has_image(self) -> bool:
        return self._has_image

    def hint(self) -> str:
        return "" if self._has_image else self._hint

    def image_size(self) -> tuple[int, int]:
        """(width, height) of the image in pixels, before any rotation; (0, 0) without an image."""
        if self._windowing is None:
            return (0, 0)
        height, width = self._windowing.shape
        return (width, height)

    def _render(self, proxy: bool = False) -> None:
        """Window the image (or its drag copy) and put it on show."""
        if self._windowing is None or self._window is None:
            return
        shown = self._windowing.render(self._window, self._inverted, proxy=proxy)
        self._image_item.setPixmap(QPixmap.fromImage(gray_to_qimage(shown)))
        height, width = self._windowing.shape
        self._image_item.setTransform(QTransform.fromScale(width / shown.shape[1], height / shown.shape[0]))
        self._proxy_shown = shown.shape != self._windowing.shape

    # ---- window/level and inversion ----------------------------------------------------------

    def window(self) -> Window | None:
        """The window on show, in the units of the values windowed (stored values when kept, else 0-255)."""
        return self._window

    def windowing(self) -> Windowing | None:
        return self._windowing

    def preset_name(self) -> str | None:
        """The preset on show, or None after the window was dragged."""
        return self._preset

    def set_window(self, window: Window, proxy: bool = False) -> None:
        """Show ``window`` (kept within usable limits); ``proxy`` windows the drag copy only (fast)."""
        if self._windowing is None:
            return
        self._window = self._windowing.clamp(window)
        self._preset = None
        self._render(proxy=proxy)
        self._update_corners()
        self.display_changed.emit()

    def apply_preset(self, name: str) -> None:
        """Show a preset of ``windowing.PRESETS`` ("Default (from file)" shows the file's own display)."""
        if self._windowing is None:
            return
        self._window = self._windowing.preset(name)
        self._preset = name
        self._render()
        self._update_corners()
        self.display_changed.emit()

    def reset_window(self) -> None:
        self.apply_preset(DEFAULT)

    def is_inverted(self) -> bool:
        return self._inverted

    def set_inverted(self, inverted: bool) -> None:
        if self._windowing is None or bool(inverted) == self._inverted:
            return
        self._inverted = bool(inverted)
        self._render()
        self._update_corners()
        self.display_changed.emit()

    def toggle_inverted(self) -> None:
        self.set_inverted(not self._inverted)

    # ---- orientation -------------------------------------------------------------------------

    def orientation(self) -> Orientation:
        return self._orientation

    def rotate_right(self) -> None:
        self._reorient(ROTATE_RIGHT)

    def rotate_left(self) -> None:
        self._reorient(ROTATE_LEFT)

    def flip_horizontal(self) -> None:
        self._reorient(FLIP_LEFT_RIGHT)

    def flip_vertical(self) -> None:
        self._reorient(FLIP_TOP_BOTTOM)

    def _reorient(self, operation: Orientation) -> None:
        if not self._has_image:
            return
        self._orientation = compose(self._orientation, operation)
        self._apply_orientation()
        self.display_changed.emit()

    def _apply_orientation(self) -> None:
        """Set the frame's transform so the oriented image has its top-left corner at the scene origin."""
        a, b, c, d = self._orientation
        turn = QTransform(a, c, b, d, 0, 0)  # Qt: x' = m11 x + m21 y, y' = m12 x + m22 y
        bounds = turn.mapRect(self._frame.rect())
        self._frame.setTransform(turn * QTransform.fromTranslate(-bounds.left(), -bounds.top()))
        self._scene.setSceneRect(QRectF(0, 0, bounds.width(), bounds.height()))
        if self._fit:
            self.fit_to_window()
        else:
            self.centerOn(self.sceneRect().center())
            self._update_corners()

    def reset_view(self) -> None:
        """Back to the file's own display: default window, not inverted, upright, fitted."""
        if not self._has_image:
            return
        self._inverted = False
        self._orientation = UPRIGHT
        self._fit = True
        self._apply_orientation()
        self.apply_preset(DEFAULT)

    # ---- zoom ------------------------------------------------------------------------------

    def zoom(self) -> float:
        """View pixels per image pixel (1.0 is 1:1)."""
        return self.transform().m11()

    def zoom_percent(self) -> int:
        return round(self.zoom() * 100)

    def fit_to_window(self) -> None:
        """Fit the whole image in the view, and keep fitting it as the window is resized."""
        self._fit = True
        if self._has_image:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self.zoom_changed.emit(self.zoom())
        self._update_corners()

    def actual_size(self) -> None:
        """One image pixel per screen pixel (1:1), about the centre of the view."""
        if self._has_image:
            self.zoom_to(1.0)

    def zoom_to(self, target: float, anchor: QPointF | None = None) -> None:
        """Set the zoom, keeping the image point under ``anchor`` (view coordinates; default the centre) in place."""
        if not self._has_image:
            return
        centre = QPointF(self.viewport().rect().center())
        anchor = QPointF(anchor) if anchor is not None else centre
        under = self._to_scene(anchor)
        self.setTransform(QTransform.fromScale(target, target))
        self.centerOn(under + (centre - anchor) / target)
        self._fit = False
        self.zoom_changed.emit(target)
        self._update_corners()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom about ``anchor`` (default the centre); zooming stops the automatic fitting until the next fit."""
        if not self._has_image:
            return
        current = self.zoom()
        fitted = self._fitted_scale()
        target = float(np.clip(current * factor, min(fitted, 1.0) * 0.5, MAX_ZOOM))
        if target <= fitted and factor < 1:
            self.fit_to_window()
            return
        self.zoom_to(target, anchor)

    def _fitted_scale(self) -> float:
        rect = self.sceneRect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return 1.0
        return min(view.width() / rect.width(), view.height() / rect.height())

    def _to_scene(self, point: QPointF) -> QPointF:
        inverse, _ = self.viewportTransform().inverted()
        return inverse.map(QPointF(point))

    # ---- the value under the cursor ------------------------------------------------------------

    def pixel_at(self, point: QPointF) -> tuple[int, int, int] | None:
        """(x, y, value) of the image pixel under ``point`` (viewport coordinates), or None outside the image.

        x, y are in the file's pixel grid whatever the rotation; the value is the stored value when
        the image kept them (16-bit, DICOM), else the 8-bit pixel.
        """
        if self._windowing is None:
            return None
        local = self._frame.mapFromScene(self._to_scene(point))
        x, y = math.floor(local.x()), math.floor(local.y())
        value = self._windowing.value_at(x, y)
        return None if value is None else (x, y, value)

    def pixel_text(self) -> str:
        """What the corner shows for the pixel under the cursor ("" when the cursor is not on the image)."""
        return self.pixel_label.text() if self.pixel_label.isVisible() else ""

    def info_text(self) -> str:
        return self.info_label.text() if self.info_label.isVisible() else ""

    def _show_pixel(self, point: QPointF | None) -> None:
        pixel = self.pixel_at(point) if point is not None else None
        if pixel == self._pixel:
            return
        self._pixel = pixel
        if pixel is None:
            self.pixel_label.hide()
            return
        x, y, value = pixel
        self.pixel_label.setText(f"x {x}  y {y}\n" + self.tr("Value {value}").format(value=value))
        self._place_corners()
        self.pixel_label.show()

    # ---- corner texts and legend ---------------------------------------------------------------

    def _update_corners(self) -> None:
        if not self._has_image or self._window is None:
            self.info_label.hide()
            self.pixel_label.hide()
            self.legend.hide()
            return
        window = self._window
        name = preset_label(self._preset) if self._preset else self.tr("Window")
        lines = [self.tr("{preset}:  W {width}  L {level}").format(preset=name, width=format_level(window.width),
                                                                  level=format_level(window.centre)),
                 self.tr("Zoom {zoom}").format(zoom=percent(str(self.zoom_percent())))]
        turned = orientation_words(describe_orientation(self._orientation))
        if turned:
            lines.append(turned)
        if self._inverted:
            lines.append(self.tr("Inverted"))
        self.info_label.setText("\n".join(lines))
        self.info_label.show()
        self.legend.setVisible(self.heatmap_shown())
        self._place_corners()

    def _place_corners(self) -> None:
        area = self.viewport().geometry()
        for label in (self.info_label, self.pixel_label):
            label.adjustSize()
        self.info_label.move(area.left() + CORNER_MARGIN, area.bottom() - self.info_label.height() - CORNER_MARGIN + 1)
        self.pixel_label.move(area.right() - self.pixel_label.width() - CORNER_MARGIN + 1,
                              area.bottom() - self.pixel_label.height() - CORNER_MARGIN + 1)
        self.legend.move(area.right() - self.legend.width() - CORNER_MARGIN + 1, area.top() + CORNER_MARGIN)

    # ---- heatmap -------------------------------------------------------------------------------

    def set_heatmap(self, prediction: Prediction) -> None:
        """Compute the overlay for the image on show; shown if the heatmap is switched on."""
        width, height = self.image_size()
        made = heatmap_pixmap(prediction, width, height) if self._has_image else None
        if made is None:
            self.clear_heatmap()
            return
        overlay, scale = made
        self._overlay_item.setPixmap(overlay)
        self._overlay_item.setTransform(QTransform.fromScale(scale, scale))
        self._overlay_item.setVisible(self._heatmap_visible)
        self._update_corners()

    def clear_heatmap(self) -> None:
        self._overlay_item.setPixmap(QPixmap())
        self._overlay_item.setVisible(False)
        self.legend.hide()

    def has_heatmap(self) -> bool:
        return not self._overlay_item.pixmap().isNull()

    def heatmap_shown(self) -> bool:
        return self.has_heatmap() and self._overlay_item.isVisible()

    def set_heatmap_visible(self, visible: bool) -> None:
        self._heatmap_visible = bool(visible)
        self._overlay_item.setVisible(self._heatmap_visible and self.has_heatmap())
        self.legend.setVisible(self.heatmap_shown())

    def set_heatmap_opacity(self, opacity: float) -> None:
        self._heatmap_opacity = float(np.clip(opacity, 0.0, 1.0))
        self._overlay_item.setOpacity(self._heatmap_opacity)

    def heatmap_opacity(self) -> float:
        return self._heatmap_opacity

    # ---- mouse ---------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:  # Qt override
        steps = event.angleDelta().y() / 120
        if steps and self._has_image:
            self.zoom_by(ZOOM_STEP**steps, event.position())
            self._show_pixel(event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.RightButton and self._window is not None:
            self._wl_drag = (event.position(), self._window)
            self.viewport().setCursor(Qt.CursorShape.SizeAllCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        self._show_pixel(event.position())
        if self._wl_drag is not None and self._windowing is not None and event.buttons() & Qt.MouseButton.RightButton:
            start, window = self._wl_drag
            moved = event.position() - start
            unit = self._windowing.units_per_display_level()
            # right = wider (less contrast), down = higher level (darker), as in RadiAnt and Weasis
            self.set_window(Window(window.centre + moved.y() * unit, window.width + moved.x() * unit), proxy=True)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.RightButton and self._wl_drag is not None:
            self._wl_drag = None
            self.viewport().unsetCursor()
            if self._proxy_shown:
                self._render()  # the full image once the drag ends
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.RightButton:
            self.reset_window()
        else:
            self.fit_to_window()
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Leave:
            self._show_pixel(None)  # the cursor left the image area: no value to show
        return super().viewportEvent(event)

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        if self._fit:
            self.fit_to_window()
        self._place_corners()

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
