"""The heatmap's colour legend (low -> high), drawn over a corner of the image while the heatmap is on.

The colours come from ``core.model.heatmap.overlay_rgba`` itself (a one-row map from 0 to 1), so
the legend cannot drift from the overlay: the low part, which the overlay leaves transparent, shows
as the plain grey behind it, and the colours then rise through the same colour map.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from cxrviewer.core.model.heatmap import overlay_rgba
from cxrviewer.qt.convert import rgba_to_qimage

LEGEND_TITLE = QT_TRANSLATE_NOOP("HeatmapLegend", "Heatmap: influence on the score")  # English; translated where drawn
LOW_TEXT = QT_TRANSLATE_NOOP("HeatmapLegend", "low")
HIGH_TEXT = QT_TRANSLATE_NOOP("HeatmapLegend", "high")
BAR_GREY = 96  # what "no colour" looks like in the bar: a neutral mid-dark grey
PANEL_COLOUR = QColor(0, 0, 0, 165)
TEXT_COLOUR = QColor("#e8eaed")


def legend_rgb(steps: int = 256) -> np.ndarray:
    """The legend bar's colours, low to high: the overlay's colours over a neutral grey (uint8 (1, steps, 3))."""
    ramp = np.linspace(0.0, 1.0, steps, dtype=np.float32)[None, :]
    rgba = overlay_rgba(ramp, (0.0, 0.0, float(steps), 1.0), steps, 1, opacity=1.0).astype(np.float32)
    alpha = rgba[..., 3:4] / 255.0
    rgb = rgba[..., :3] * alpha + BAR_GREY * (1.0 - alpha)
    return np.clip(rgb + 0.5, 0, 255).astype(np.uint8)


def _bar_pixmap(steps: int = 256) -> QPixmap:
    rgb = legend_rgb(steps)
    rgba = np.concatenate([rgb, np.full((1, steps, 1), 255, np.uint8)], axis=2)
    return QPixmap.fromImage(rgba_to_qimage(rgba))


def legend_word(text: str) -> str:
    """``LEGEND_TITLE``, ``LOW_TEXT`` or ``HIGH_TEXT`` in the GUI's language (the PDF report draws them too)."""
    return QCoreApplication.translate("HeatmapLegend", text)


class HeatmapLegend(QWidget):
    """A small translucent panel: a title, the colour bar, and "low" / "high" under its ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatmapLegend")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setAccessibleName(self.tr("Heatmap colour legend, from low to high influence on the score"))
        self._bar = _bar_pixmap()
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        self.setFont(font)
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:  # Qt override
        metrics = self.fontMetrics()
        width = max(200, metrics.horizontalAdvance(legend_word(LEGEND_TITLE)) + 20)
        return QSize(width, metrics.height() * 2 + 14 + 4 + 4)

    def bar_rect(self) -> QRect:
        metrics = self.fontMetrics()
        return QRect(10, 6 + metrics.height() + 2, self.width() - 20, 12)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PANEL_COLOUR)
        painter.drawRoundedRect(QRectF(self.rect()), 4, 4)
        metrics = self.fontMetrics()
        painter.setPen(TEXT_COLOUR)
        painter.drawText(QRect(10, 4, self.width() - 20, metrics.height()), Qt.AlignmentFlag.AlignLeft, legend_word(LEGEND_TITLE))
        bar = self.bar_rect()
        painter.drawPixmap(bar, self._bar)
        painter.setPen(QColor(255, 255, 255, 90))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar.adjusted(0, 0, -1, -1))
        painter.setPen(TEXT_COLOUR)
        below = QRect(bar.left(), bar.bottom() + 2, bar.width(), metrics.height())
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, legend_word(LOW_TEXT))
        painter.drawText(below, Qt.AlignmentFlag.AlignRight, legend_word(HIGH_TEXT))
        painter.end()
