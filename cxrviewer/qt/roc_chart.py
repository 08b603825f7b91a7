"""A small line chart drawn with QPainter (QtCharts is not part of PySide6-Essentials).

Used twice in the admin dialog: the live training curve (per round: training error and check
score) and the ROC curves of the model in use versus the new one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cxrviewer.qt.admin.widgets import decimal  # the administration dialog's number formatter (QLocale)

BLUE = QColor("#1f6fb2")
ORANGE = QColor("#d9731a")
GREY = QColor("#8a8a8a")


@dataclass
class Series:
    name: str
    color: QColor
    points: list[tuple[float, float]] = field(default_factory=list)
    markers: bool = False
    dashed: bool = False


class LineChart(QWidget):
    """Lines on fixed or automatic axes, with a legend; NaN points are left out."""

    def __init__(self, title: str = "", x_label: str = "", y_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.x_label = x_label
        self.y_label = y_label
        self.x_range: tuple[float, float] | None = None
        self.y_range: tuple[float, float] | None = None
        self.diagonal = False  # the chance line of a ROC chart
        self.integer_x = False  # x counts something (training rounds): whole-number ticks
        self.placeholder = self.tr("No data yet")
        self._series: list[Series] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 170)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(320, 230)

    def set_series(self, series: Sequence[Series]) -> None:
        self._series = list(series)
        self.update()

    def series(self) -> list[Series]:
        return list(self._series)

    def clear(self) -> None:
        self.set_series([])

    # ------------------------------------------------------------ geometry

    def _ranges(self) -> tuple[tuple[float, float], tuple[float, float]]:
        xs = [x for s in self._series for x, y in s.points if math.isfinite(x) and math.isfinite(y)]
        ys = [y for s in self._series for x, y in s.points if math.isfinite(x) and math.isfinite(y)]
        x_range = self.x_range or ((min(xs), max(xs)) if xs else (0.0, 1.0))
        y_range = self.y_range or ((min(ys), max(ys)) if ys else (0.0, 1.0))
        if x_range[1] <= x_range[0]:
            x_range = (x_range[0] - 0.5, x_range[0] + 0.5)
        if y_range[1] <= y_range[0]:
            pad = abs(y_range[0]) * 0.1 or 0.5
            y_range = (y_range[0] - pad, y_range[0] + pad)
        return x_range, y_range

    @staticmethod
    def _nice_ticks(lo: float, hi: float, target: int = 6, integer: bool = False) -> tuple[list[float], float]:
        """Round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) and the step between them."""
        raw = (hi - lo) / max(target - 1, 1)
        magnitude = 10 ** math.floor(math.log10(raw))
        step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * 0.999)
        if integer:
            step = max(1.0, float(math.ceil(step)))
        first = math.ceil(lo / step - 1e-9) * step
        count = int(math.floor((hi - first) / step + 1e-9)) + 1
        return [first + i * step for i in range(count)], step

    @staticmethod
    def _tick_text(value: float, step: float) -> str:
        """A tick's number as the GUI's language writes it ("0.25"; "0,25" in French)."""
        decimals = next((d for d in range(4) if abs(step * 10**d - round(step * 10**d)) < 1e-6), 3)
        return decimal(value, decimals)

    def _legend_rows(self, metrics: QFontMetrics, width: int) -> list[list[tuple[Series, str]]]:
        """The legend's entries (series, name as drawn) in rows no wider than ``width``: one row where they fit, a
        row more for each that does not (a name longer than a whole row ends in "…"; the tooltip can say more)."""
        rows: list[list[tuple[Series, str]]] = []
        used = width + 1
        for s in self._series:
            name = metrics.elidedText(s.name, Qt.TextElideMode.ElideRight, max(20, width - 22))
            needed = 22 + metrics.horizontalAdvance(name)
            if rows and used + 12 + needed <= width:
                rows[-1].append((s, name))
                used += 12 + needed
            else:
                rows.append([(s, name)])
                used = needed
        return rows

    # ------------------------------------------------------------ painting

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        text_color = palette.text().color()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        line = metrics.height()

        left = metrics.horizontalAdvance("0.00") + line + 10
        legend = self._legend_rows(metrics, self.width() - left - 12)  # as many rows as the translated names need
        legend_h = (line + 4) * len(legend)
        plot = QRectF(self.rect()).adjusted(left, line + 8 + legend_h, -12, -(2 * line + 10))
        if plot.width() < 20 or plot.height() < 20:
            return
        (x0, x1), (y0, y1) = self._ranges()

        def to_px(x: float, y: float) -> QPointF:
            return QPointF(plot.left() + (x - x0) / (x1 - x0) * plot.width(),
                           plot.bottom() - (y - y0) / (y1 - y0) * plot.height())

        # title and legend
        painter.setPen(text_color)
        bold = QFont(small)
        bold.setBold(True)
        painter.setFont(bold)
        title = painter.fontMetrics().elidedText(self.title, Qt.TextElideMode.ElideRight, self.width() - 4)
        painter.drawText(QRectF(0, 2, self.width(), line + 2), Qt.AlignmentFlag.AlignHCenter, title)
        painter.setFont(small)
        for row, entries in enumerate(legend):
            x = plot.left()
            y_mid = line + 6 + (line + 4) * row + (line + 4) / 2
            for s, name in entries:
                painter.setPen(QPen(s.color, 2.5, Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine))
                painter.drawLine(QPointF(x, y_mid), QPointF(x + 18, y_mid))
                painter.setPen(text_color)
                painter.drawText(QPointF(x + 22, y_mid + metrics.ascent() / 2 - 1), name)
                x += 34 + metrics.horizontalAdvance(name)

        # grid, ticks and axis labels
        grid = QColor(text_color)
        grid.setAlpha(40)
        x_ticks, x_step = self._nice_ticks(x0, x1, integer=self.integer_x)
        y_ticks, y_step = self._nice_ticks(y0, y1)
        for tx in x_ticks:
            p = to_px(tx, y0)
            painter.setPen(grid)
            painter.drawLine(QPointF(p.x(), plot.top()), QPointF(p.x(), plot.bottom()))
            painter.setPen(text_color)
            label = self._tick_text(tx, x_step)
            painter.drawText(QPointF(p.x() - metrics.horizontalAdvance(label) / 2, plot.bottom() + line), label)
        for ty in y_ticks:
            p = to_px(x0, ty)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), p.y()), QPointF(plot.right(), p.y()))
            painter.setPen(text_color)
            label = self._tick_text(ty, y_step)
            painter.drawText(QPointF(plot.left() - metrics.horizontalAdvance(label) - 4, p.y() + metrics.ascent() / 2 - 1), label)
        painter.setPen(text_color)
        painter.drawRect(plot)
        x_label_box = QRectF(plot.left(), plot.bottom() + line + 2, plot.width(), line + 4)
        painter.drawText(x_label_box, Qt.AlignmentFlag.AlignHCenter,
                         metrics.elidedText(self.x_label, Qt.TextElideMode.ElideRight, int(plot.width())))
        painter.save()
        painter.translate(2, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line + 2), Qt.AlignmentFlag.AlignHCenter,
                         metrics.elidedText(self.y_label, Qt.TextElideMode.ElideRight, int(plot.height())))
        painter.restore()

        if self.diagonal:
            painter.setPen(QPen(GREY, 1, Qt.PenStyle.DotLine))
            painter.drawLine(to_px(x0, y0), to_px(x1, y1))

        drawn = False
        painter.setClipRect(plot.adjusted(-4, -4, 4, 4))
        for s in self._series:
            points = [to_px(px, py) for px, py in s.points if math.isfinite(px) and math.isfinite(py)]
            if not points:
                continue
            drawn = True
            painter.setPen(QPen(s.color, 2.2, Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine))
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            painter.drawPath(path)
            if s.markers or len(points) == 1:
                painter.setBrush(s.color)
                for p in points:
                    painter.drawEllipse(p, 3.0, 3.0)
                painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setClipping(False)
        if not drawn and self.placeholder:
            painter.setPen(GREY)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.placeholder)
        painter.end()
