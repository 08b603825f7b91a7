"""The panel beside the image: the score, the review flag, the model, the heatmap controls.

It is a passive view: the main window tells it which state to show (nothing open, analysing, a
result, a problem) and it reports the heatmap controls through signals. Every score is shown with
the threshold and the model that produced it, and the disclaimer never leaves the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxrviewer.core.types import Prediction

DISCLAIMER = "For screening support; not a diagnosis."
FLAG_TEXT = "Review recommended"
NO_FLAG_TEXT = "Below review threshold"
FLAG_NOTE = "The score is at or above the review threshold. Please review this image."
NO_FLAG_NOTE = "A score below the threshold does not rule out disease."
HEATMAP_NOTE = "Brighter colours mark the areas that most influenced the score."

FLAG_COLOUR = QColor("#e8710a")
NO_FLAG_COLOUR = QColor("#5f6b7a")
TRACK_COLOUR = QColor("#3c4043")
TICK_COLOUR = QColor("#e8eaed")


def _decimals_of(threshold_percent: float) -> int:
    return 0 if abs(threshold_percent - round(threshold_percent)) < 0.05 else 1


def format_threshold(threshold: float) -> str:
    """The threshold as a percentage: "50%" or "59.4%"."""
    percent = 100.0 * threshold
    return f"{percent:.{_decimals_of(percent)}f}%"


def format_percent(value: float) -> str:
    """A probability as a whole percentage ("73%")."""
    return f"{100.0 * value:.0f}%"


def format_score(probability: float, threshold: float) -> tuple[str, str]:
    """Score and threshold as percentages whose order on screen always agrees with the flag.

    Whole percentages normally ("73%" against "59.4%"); near the threshold more decimals are used,
    so a flagged score never reads lower than the threshold shown beside it (or the reverse). A model's
    score is never certain, so one that would round to 100% or 0% reads "> 99%" or "< 1%".
    """
    flagged = probability >= threshold
    score, limit = 100.0 * probability, 100.0 * threshold
    for decimals in range(7):  # beyond that the two are equal for any reader
        limit_decimals = max(decimals, _decimals_of(limit))
        shown_score, shown_limit = round(score, decimals), round(limit, limit_decimals)
        if (shown_score >= shown_limit) == flagged:
            break
    limit_text = f"{shown_limit:.{limit_decimals}f}%"
    if decimals == 0 and shown_score == 100 and shown_limit <= 99:
        return "> 99%", limit_text
    if decimals == 0 and shown_score == 0 and shown_limit >= 1:
        return "< 1%", limit_text
    return f"{shown_score:.{decimals}f}%", limit_text


class ScoreBar(QWidget):
    """A horizontal bar for the score with a tick at the review threshold, so the distance to it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreBar")
        self._value = 0.0
        self._threshold = 0.5
        self._flagged = False
        self.setMinimumHeight(22)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(200, 22)

    def set_values(self, value: float, threshold: float, flagged: bool) -> None:
        self._value, self._threshold, self._flagged = float(value), float(threshold), bool(flagged)
        self.setAccessibleDescription(f"score {format_percent(value)}, review threshold {format_threshold(threshold)}")
        self.update()

    def value(self) -> float:
        return self._value

    def paintEvent(self, event) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(1, 6, self.width() - 2, 10)
        track = QPainterPath()
        track.addRoundedRect(bar, 5, 5)
        painter.fillPath(track, TRACK_COLOUR)
        fill = QRectF(bar.left(), bar.top(), bar.width() * min(max(self._value, 0.0), 1.0), bar.height())
        painter.save()
        painter.setClipRect(fill)
        painter.fillPath(track, FLAG_COLOUR if self._flagged else NO_FLAG_COLOUR.lighter(140))
        painter.restore()
        x = bar.left() + bar.width() * min(max(self._threshold, 0.0), 1.0)
        painter.setPen(QPen(TICK_COLOUR, 2))
        painter.drawLine(int(round(x)), 1, int(round(x)), self.height() - 1)
        painter.end()


class ElidedLabel(QLabel):
    """A one-line label that shortens long text with "…" and keeps the full text in its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        width = max(self.width(), 50)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._elide()


def _label(text: str, name: str, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property used by a selector changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ResultPanel(QFrame):
    """States: empty, analysing, result, problem (error or no model). The disclaimer is always shown."""

    heatmap_toggled = Signal(bool)
    heatmap_opacity_changed = Signal(float)

    PAGE_EMPTY, PAGE_BUSY, PAGE_RESULT, PAGE_PROBLEM = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.setMinimumWidth(280)
        self._prediction: Prediction | None = None

        self.file_label = ElidedLabel()
        self.file_label.setObjectName("fileLabel")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_empty_page())
        self.pages.addWidget(self._build_busy_page())
        self.pages.addWidget(self._build_result_page())
        self.pages.addWidget(self._build_problem_page())

        self.disclaimer_label = _label(DISCLAIMER, "disclaimerLabel")
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("panelRule")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(10)
        layout.addWidget(self.file_label)
        layout.addWidget(self.pages)
        layout.addStretch(1)
        layout.addWidget(line)
        layout.addWidget(self.disclaimer_label)
        self.show_empty()

    # ---- pages -----------------------------------------------------------------------------

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_label("No image open.\nOpen a chest X-ray to see its abnormality score.", "hintLabel"))
        layout.addStretch(1)
        return page

    def _build_busy_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.busy_label = _label("Analysing…", "busyLabel")
        busy_bar = QProgressBar()
        busy_bar.setRange(0, 0)
        busy_bar.setTextVisible(False)
        busy_bar.setMaximumHeight(6)
        layout.addWidget(self.busy_label)
        layout.addWidget(busy_bar)
        layout.addStretch(1)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.score_caption = _label("Abnormality score", "scoreCaption")
        self.score_label = _label("", "scoreLabel", wrap=False)
        self.score_bar = ScoreBar()
        self.flag_badge = _label("", "flagBadge", wrap=False)
        self.flag_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.flag_note = _label("", "noteLabel")
        self.threshold_label = _label("", "detailLabel")
        self.model_label = _label("", "detailLabel")

        self.heatmap_check = QCheckBox("Heatmap")
        self.heatmap_check.setObjectName("heatmapCheck")
        self.heatmap_check.setToolTip("Show where the model looked (H)")
        self.heatmap_check.setChecked(True)
        self.opacity_slider = QSlider(Qt.Orientation.Horizontal)
        self.opacity_slider.setObjectName("opacitySlider")
        self.opacity_slider.setRange(10, 90)
        self.opacity_slider.setValue(35)
        self.opacity_slider.setToolTip("Heatmap opacity")
        self.opacity_slider.setAccessibleName("Heatmap opacity")
        self.heatmap_check.toggled.connect(self._on_heatmap_toggled)
        self.opacity_slider.valueChanged.connect(self._on_opacity_changed)
        heatmap_row = QHBoxLayout()
        heatmap_row.addWidget(self.heatmap_check)
        heatmap_row.addWidget(QLabel("Opacity"))
        heatmap_row.addWidget(self.opacity_slider, 1)
        self.heatmap_note = _label(HEATMAP_NOTE, "noteLabel")

        layout.addWidget(self.score_caption)
        layout.addWidget(self.score_label)
        layout.addWidget(self.score_bar)
        layout.addSpacing(4)
        layout.addWidget(self.flag_badge)
        layout.addWidget(self.flag_note)
        layout.addSpacing(4)
        layout.addWidget(self.threshold_label)
        layout.addWidget(self.model_label)
        layout.addSpacing(10)
        layout.addLayout(heatmap_row)
        layout.addWidget(self.heatmap_note)
        return page

    def _build_problem_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.problem_title = _label("", "problemTitle")
        self.problem_label = _label("", "problemLabel")
        layout.addWidget(self.problem_title)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        return page

    # ---- states ----------------------------------------------------------------------------

    def show_empty(self) -> None:
        self._prediction = None
        self.file_label.set_full_text("")
        self.file_label.hide()
        self.pages.setCurrentIndex(self.PAGE_EMPTY)

    def show_analysing(self, file_name: str, waiting_for_model: bool = False) -> None:
        self._prediction = None
        self._set_file(file_name)
        self.busy_label.setText("Loading the model…" if waiting_for_model else "Analysing…")
        self.pages.setCurrentIndex(self.PAGE_BUSY)

    def show_prediction(self, file_name: str, prediction: Prediction, threshold_overridden: bool = False) -> None:
        self._prediction = prediction
        self._set_file(file_name)
        flagged = prediction.flagged
        score_text, threshold_text = format_score(prediction.probability, prediction.threshold)
        self.score_label.setText(score_text)
        self.score_bar.set_values(prediction.probability, prediction.threshold, flagged)
        self.flag_badge.setText(FLAG_TEXT if flagged else NO_FLAG_TEXT)
        self.flag_badge.setProperty("flagged", flagged)
        _restyle(self.flag_badge)
        self.flag_note.setText(FLAG_NOTE if flagged else NO_FLAG_NOTE)
        source = "set by your administrator" if threshold_overridden else "from the model card"
        self.threshold_label.setText(f"Review threshold: {threshold_text} ({source})")
        self.model_label.setText(f"Model: {prediction.model.name} {prediction.model.version}")
        has_map = prediction.heatmap is not None
        self.heatmap_check.setEnabled(has_map)
        self.heatmap_note.setEnabled(has_map)
        self.opacity_slider.setEnabled(has_map and self.heatmap_check.isChecked())
        self.pages.setCurrentIndex(self.PAGE_RESULT)

    def show_error(self, file_name: str, message: str) -> None:
        """A file that could not be analysed: the reason as a sentence; the app carries on."""
        self._show_problem(file_name, "This image could not be analysed", message, "error")

    def show_no_score(self, file_name: str, message: str) -> None:
        """The image is shown but there is no model to score it."""
        self._show_problem(file_name, "No score", message, "notice")

    def _show_problem(self, file_name: str, title: str, message: str, kind: str) -> None:
        self._prediction = None
        self._set_file(file_name)
        self.problem_title.setText(title)
        self.problem_title.setProperty("kind", kind)
        _restyle(self.problem_title)
        self.problem_label.setText(message)
        self.pages.setCurrentIndex(self.PAGE_PROBLEM)

    def _set_file(self, file_name: str) -> None:
        self.file_label.set_full_text(file_name)
        self.file_label.show()

    # ---- queries (tests, main window) --------------------------------------------------------

    def state(self) -> str:
        return ("empty", "busy", "result", "problem")[self.pages.currentIndex()]

    def prediction(self) -> Prediction | None:
        return self._prediction

    def file_name(self) -> str:
        return self.file_label.full_text()

    def score_text(self) -> str:
        return self.score_label.text() if self.state() == "result" else ""

    def problem_text(self) -> str:
        return self.problem_label.text() if self.state() == "problem" else ""

    def flag_text(self) -> str:
        return self.flag_badge.text() if self.state() == "result" else ""

    def heatmap_enabled(self) -> bool:
        return self.heatmap_check.isChecked()

    def heatmap_opacity(self) -> float:
        return self.opacity_slider.value() / 100.0

    def toggle_heatmap(self) -> None:
        if self.heatmap_check.isEnabled():
            self.heatmap_check.toggle()

    # ---- control handlers ----------------------------------------------------------------

    def _on_heatmap_toggled(self, checked: bool) -> None:
        self.opacity_slider.setEnabled(checked and self._prediction is not None and self._prediction.heatmap is not None)
        self.heatmap_toggled.emit(checked)

    def _on_opacity_changed(self, value: int) -> None:
        self.heatmap_opacity_changed.emit(value / 100.0)
