"""The panel beside the image: the score, the review flag, the model, the heatmap controls, and the
clinician's decision on the image (``ReviewBox``: Abnormal / Normal / Not readable, a note, its history).

It is a passive view: the main window tells it which state to show (nothing open, analysing, a
result, a problem) and it reports the heatmap controls through signals. Every score is shown with
the threshold and the model that produced it, and the disclaimer never leaves the screen.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxrviewer.core.review.decisions import DECISION_WORDS, DECISIONS, MAX_NOTE, Decision
from cxrviewer.core.types import Prediction
from cxrviewer.i18n import ENGLISH, current_language, percent
from cxrviewer.qt.display_words import date_time_text
from cxrviewer.qt.fit_layout import WrappingRow
from cxrviewer.qt.local_check_line import figures as local_check_figures
from cxrviewer.qt.local_check_line import local_check_text, local_check_tip

# English constants (other modules and the tests compare with them); shown through ``tr_panel``
DISCLAIMER = QT_TRANSLATE_NOOP("ResultPanel", "For screening support; not a diagnosis.")
FLAG_TEXT = QT_TRANSLATE_NOOP("ResultPanel", "Review recommended")
NO_FLAG_TEXT = QT_TRANSLATE_NOOP("ResultPanel", "Below review threshold")
FLAG_NOTE = QT_TRANSLATE_NOOP("ResultPanel", "The score is at or above the review threshold. Please review this image.")
NO_FLAG_NOTE = QT_TRANSLATE_NOOP("ResultPanel", "A score below the threshold does not rule out disease.")
HEATMAP_NOTE = QT_TRANSLATE_NOOP("ResultPanel", "Brighter colours mark the areas that most influenced the score.")
DECISION_LABELS = {  # the core's DECISION_WORDS, as the GUI shows them
    "abnormal": QT_TRANSLATE_NOOP("ResultPanel", "Abnormal"),
    "normal": QT_TRANSLATE_NOOP("ResultPanel", "Normal"),
    "unreadable": QT_TRANSLATE_NOOP("ResultPanel", "Not readable"),
}


def tr_panel(text: str) -> str:
    """``text`` (one of this module's English constants) in the language of the GUI."""
    return QCoreApplication.translate("ResultPanel", text)


def decision_label(decision: str) -> str:
    """"Abnormal", "Normal" or "Not readable" in the language of the GUI."""
    return tr_panel(DECISION_LABELS.get(decision, DECISION_WORDS.get(decision, decision)))

FLAG_COLOUR = QColor("#e8710a")
NO_FLAG_COLOUR = QColor("#5f6b7a")
TRACK_COLOUR = QColor("#3c4043")
TICK_COLOUR = QColor("#e8eaed")
NO_SCORE_TITLE = QT_TRANSLATE_NOOP("ResultPanel", "No score: read this image manually")  # as its worklist row says ("Read manually")
PANEL_WIDTH = 270  # the panel's width beside the worklist: the decision buttons' row and its margins, no more


def _decimals_of(threshold_percent: float) -> int:
    return 0 if abs(threshold_percent - round(threshold_percent)) < 0.05 else 1


def _number(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` decimals and the percent sign, as the GUI's language writes it
    (English: "59.4%", exactly as before; French: "59,4 %", through QLocale)."""
    if current_language() == ENGLISH:
        return f"{value:.{decimals}f}%"
    return percent(QLocale().toString(float(value), "f", decimals).replace(QLocale().groupSeparator(), ""))


def format_threshold(threshold: float) -> str:
    """The threshold as a percentage: "50%" or "59.4%"."""
    value = 100.0 * threshold
    return _number(value, _decimals_of(value))


def format_percent(value: float, decimals: int = 0) -> str:
    """A probability as a percentage ("73%"; with ``decimals=1``, "73.4%")."""
    return _number(100.0 * value, decimals)


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
    limit_text = _number(shown_limit, limit_decimals)
    if decimals == 0 and shown_score == 100 and shown_limit <= 99:
        return "> " + _number(99, 0), limit_text
    if decimals == 0 and shown_score == 0 and shown_limit >= 1:
        return "< " + _number(1, 0), limit_text
    return _number(shown_score, decimals), limit_text


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
        self.setAccessibleDescription(self.tr("score {score}, review threshold {threshold}").format(
            score=format_percent(value), threshold=format_threshold(threshold)))
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
    """A one-line label that shortens long text with "…" at its end and keeps the full text in its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
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
        super().setText(self.fontMetrics().elidedText(self._full, self._mode, width))

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


REVIEW_STYLE = """
QFrame#reviewBox { border-top: 1px solid #3c4043; }
QLabel#reviewTitle { color: #e8eaed; font-weight: bold; font-size: 10.5pt; }
QLabel#reviewKeys { color: #9aa0a6; font-size: 9pt; }
QPushButton#decisionButton { padding: 6px 4px; font-weight: bold; }
QPushButton#decisionButton[chosen="true"] { background: #3d6fb4; color: #ffffff; border: 1px solid #8ab4f8; }
QPushButton#decisionButton[chosen="true"][differs="true"] { background: #8c3a12; border: 1px solid #f0a04b; }
QLabel#reviewedLabel { color: #e8eaed; }
QLabel#reviewedLabel[state="none"] { color: #9aa0a6; }
QLabel#disagreeLabel { color: #ffd7b5; background: #5c2b0e; border-left: 4px solid #f0a04b; padding: 5px 8px; }
QLabel#reviewerLabel { color: #bdc1c6; }
QPushButton#reviewerButton, QPushButton#historyButton { padding: 3px 8px; }
"""
DECISION_KEYS = {"abnormal": "A", "normal": "N", "unreadable": "U"}
NOT_REVIEWED_TEXT = QT_TRANSLATE_NOOP("ResultPanel", "Not reviewed yet")
NO_REVIEWER_TEXT = QT_TRANSLATE_NOOP("ResultPanel", "Reviewer: asked at your first decision")


def when_text(timestamp: str, with_date: bool = False) -> str:
    """An ISO UTC time as people read it here: "14:02" today, else (or ``with_date``) "12 Mar 2025 14:02"."""
    try:
        moment = datetime.fromisoformat(timestamp).astimezone()
    except (TypeError, ValueError):
        return timestamp
    today = moment.date() == datetime.now().astimezone().date()
    return date_time_text(moment, time_only=today and not with_date)


def reviewed_text(decision: Decision) -> str:
    """"Reviewed: Normal by Dr A, 14:02"."""
    return QCoreApplication.translate("ResultPanel", "Reviewed: {decision} by {reviewer}, {when}").format(
        decision=decision_label(decision.decision), reviewer=decision.reviewer, when=when_text(decision.reviewed_at))


def disagreement_text(decision: str, flagged: bool | None) -> str:
    """The sentence that marks a decision the model's flag disagrees with ("" when they agree)."""
    if flagged is None or decision == "unreadable" or flagged == (decision == "abnormal"):
        return ""
    if flagged:
        differs = QCoreApplication.translate("ResultPanel", "Differs from the model: it flagged this image \u201c{flag}\u201d.")
        return differs.format(flag=tr_panel(FLAG_TEXT))
    return QCoreApplication.translate("ResultPanel", "Differs from the model: its score is below the review threshold.")


class ReviewBox(QFrame):
    """The clinician's decision on the image shown: Abnormal / Normal / Not readable (keys A, N, U),
    an optional note, who reviews, the saved decision and its history. A passive view: it asks through
    signals, and ``ReviewController`` (``cxrviewer.qt.review``) records and tells it what to show."""

    decision_requested = Signal(str)  # "abnormal", "normal" or "unreadable"
    history_requested = Signal()
    reviewer_change_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewBox")
        self.setStyleSheet(REVIEW_STYLE)
        title = QLabel(self.tr("Your decision"))
        title.setObjectName("reviewTitle")
        keys = QLabel(self.tr("keys A · N · U"))
        keys.setObjectName("reviewKeys")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(keys)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        for decision in DECISIONS:
            button = QPushButton(decision_label(decision))
            button.setObjectName("decisionButton")
            button.setProperty("decision", decision)
            button.setToolTip(self.tr("Record \u201c{decision}\u201d for this image ({key})").format(
                decision=decision_label(decision), key=DECISION_KEYS[decision]))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard focus where it was
            button.clicked.connect(self._on_button_clicked)
            self.buttons[decision] = button
            row.addWidget(button)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("reviewNote")
        self.note_edit.setPlaceholderText(self.tr("Note (optional): type it, then choose"))
        self.note_edit.setAccessibleName(self.tr("Note saved with the decision"))
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setClearButtonEnabled(True)
        self.saved_label = _label(tr_panel(NOT_REVIEWED_TEXT), "reviewedLabel")
        self.disagree_label = _label("", "disagreeLabel")
        self.disagree_label.hide()
        self.reviewer_label = ElidedLabel(tr_panel(NO_REVIEWER_TEXT))
        self.reviewer_label.setObjectName("reviewerLabel")
        self.reviewer_button = QPushButton(self.tr("Change reviewer…"))
        self.reviewer_button.setObjectName("reviewerButton")
        self.reviewer_button.setToolTip(self.tr("Choose who is reviewing (asked once per session)"))
        self.reviewer_button.clicked.connect(self.reviewer_change_requested)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setObjectName("historyButton")
        self.history_button.setToolTip(self.tr("Every decision recorded for this image, corrections included"))
        self.history_button.clicked.connect(self.history_requested)
        foot = WrappingRow()  # "Change reviewer…" left, "History…" right; one under the other if too long side by side
        foot.addWidget(self.reviewer_button)
        foot.addWidget(self.history_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addLayout(row)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.disagree_label)
        layout.addWidget(self.reviewer_label)
        layout.addLayout(foot)
        self._decision: Decision | None = None
        self.show_decision(None)

    def _on_button_clicked(self) -> None:
        self.decision_requested.emit(str(self.sender().property("decision")))

    def show_decision(self, decision: Decision | None, flagged: bool | None = None, history: int = 0) -> None:
        """Show the decision that counts for the image (None: not reviewed), marked when ``flagged`` (the
        model's flag on screen) disagrees with it; ``history`` is how many decisions it has had."""
        self._decision = decision
        differs = disagreement_text(decision.decision, flagged) if decision is not None else ""
        self.saved_label.setText(reviewed_text(decision) if decision is not None else tr_panel(NOT_REVIEWED_TEXT))
        self.saved_label.setProperty("state", "saved" if decision is not None else "none")
        self.saved_label.setToolTip(self.tr("Note: {note}").format(note=decision.note) if decision is not None and decision.note else "")
        _restyle(self.saved_label)
        self.disagree_label.setText(differs)
        self.disagree_label.setVisible(bool(differs))
        for name, button in self.buttons.items():
            button.setProperty("chosen", decision is not None and decision.decision == name)
            button.setProperty("differs", bool(differs))
            _restyle(button)
        self.history_button.setText(self.tr("History ({count})…").format(count=history) if history else self.tr("History…"))
        self.history_button.setEnabled(history > 0)

    def set_reviewer(self, name: str | None) -> None:
        self.reviewer_label.set_full_text(self.tr("Reviewer: {name}").format(name=name) if name else tr_panel(NO_REVIEWER_TEXT))

    def reviewer_text(self) -> str:
        return self.reviewer_label.full_text()

    def set_decisions_enabled(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)
        self.note_edit.setEnabled(enabled)

    def decision(self) -> Decision | None:
        return self._decision

    def note(self) -> str:
        return self.note_edit.text().strip()

    def clear_note(self) -> None:
        self.note_edit.clear()

    def saved_text(self) -> str:
        return self.saved_label.text()

    def disagreement(self) -> str:
        return self.disagree_label.text() if not self.disagree_label.isHidden() else ""


class ResultPanel(QFrame):
    """States: empty, analysing, result, problem (error or no model). The disclaimer is always shown."""

    heatmap_toggled = Signal(bool)
    heatmap_opacity_changed = Signal(float)

    PAGE_EMPTY, PAGE_BUSY, PAGE_RESULT, PAGE_PROBLEM = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.setMinimumWidth(PANEL_WIDTH)
        self._prediction: Prediction | None = None

        self.file_label = ElidedLabel()
        self.file_label.setObjectName("fileLabel")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_empty_page())
        self.pages.addWidget(self._build_busy_page())
        self.pages.addWidget(self._build_result_page())
        self.pages.addWidget(self._build_problem_page())
        self.review_box = ReviewBox()  # shown with any decoded image: scored, or shown without a score

        self.disclaimer_label = _label(tr_panel(DISCLAIMER), "disclaimerLabel")
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("panelRule")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 14, 12, 14)
        layout.setSpacing(10)
        layout.addWidget(self.file_label)
        layout.addWidget(self.pages)
        layout.addWidget(self.review_box)
        layout.addStretch(1)
        layout.addWidget(line)
        layout.addWidget(self.disclaimer_label)
        self.show_empty()

    # ---- pages -----------------------------------------------------------------------------

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_label(self.tr("No image open.\nOpen a chest X-ray to see its abnormality score."), "hintLabel"))
        layout.addStretch(1)
        return page

    def _build_busy_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.busy_label = _label(self.tr("Analysing…"), "busyLabel")
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
        self.score_caption = _label(self.tr("Abnormality score"), "scoreCaption")
        self.score_label = _label("", "scoreLabel", wrap=False)
        self.score_bar = ScoreBar()
        self.flag_badge = _label("", "flagBadge")  # wraps: "Review recommended" is three words longer in some languages
        self.flag_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.flag_note = _label("", "noteLabel")
        self.threshold_label = _label("", "detailLabel")
        self.model_label = _label("", "detailLabel")
        self.local_check_label = _label("", "detailLabel")  # the model's figures at this clinic, or "Not yet checked"

        self.heatmap_check = QCheckBox(self.tr("Heatmap"))
        self.heatmap_check.setObjectName("heatmapCheck")
        self.heatmap_check.setToolTip(self.tr("Show where the model looked (H)"))
        self.heatmap_check.setChecked(True)
        self.opacity_slider = QSlider(Qt.Orientation.Horizontal)
        self.opacity_slider.setObjectName("opacitySlider")
        self.opacity_slider.setRange(10, 90)
        self.opacity_slider.setValue(35)
        self.opacity_slider.setToolTip(self.tr("Heatmap opacity"))
        self.opacity_slider.setAccessibleName(self.tr("Heatmap opacity"))
        self.heatmap_check.toggled.connect(self._on_heatmap_toggled)
        self.opacity_slider.valueChanged.connect(self._on_opacity_changed)
        heatmap_row = QVBoxLayout()  # two rows: "Heatmap" and "Opacity" are long words in some languages
        heatmap_row.setSpacing(4)
        heatmap_row.addWidget(self.heatmap_check)
        opacity_row = QHBoxLayout()
        opacity_row.addWidget(QLabel(self.tr("Opacity")))
        opacity_row.addWidget(self.opacity_slider, 1)
        heatmap_row.addLayout(opacity_row)
        self.heatmap_note = _label(tr_panel(HEATMAP_NOTE), "noteLabel")

        layout.addWidget(self.score_caption)
        layout.addWidget(self.score_label)
        layout.addWidget(self.score_bar)
        layout.addSpacing(4)
        layout.addWidget(self.flag_badge)
        layout.addWidget(self.flag_note)
        layout.addSpacing(4)
        layout.addWidget(self.threshold_label)
        layout.addWidget(self.model_label)
        layout.addWidget(self.local_check_label)
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
        self.review_box.hide()
        self.pages.setCurrentIndex(self.PAGE_EMPTY)

    def show_analysing(self, file_name: str, waiting_for_model: bool = False) -> None:
        self._prediction = None
        self._set_file(file_name)
        self.busy_label.setText(self.tr("Loading the model…") if waiting_for_model else self.tr("Analysing…"))
        self.review_box.hide()
        self.pages.setCurrentIndex(self.PAGE_BUSY)

    def show_prediction(self, file_name: str, prediction: Prediction, threshold_overridden: bool = False,
                        expected: dict | None = None) -> None:
        """``expected``: the model card's figures at hospitals it was not trained on (the local-check tooltip)."""
        self._prediction = prediction
        self._set_file(file_name)
        flagged = prediction.flagged
        score_text, threshold_text = format_score(prediction.probability, prediction.threshold)
        self.score_label.setText(score_text)
        self.score_bar.set_values(prediction.probability, prediction.threshold, flagged)
        self.flag_badge.setText(tr_panel(FLAG_TEXT if flagged else NO_FLAG_TEXT))
        self.flag_badge.setProperty("flagged", flagged)
        _restyle(self.flag_badge)
        cautions = (self.tr("Caution: {caution}").format(caution=c) for c in prediction.cautions)
        self.flag_note.setText("\n\n".join([tr_panel(FLAG_NOTE if flagged else NO_FLAG_NOTE), *cautions]))
        source = self.tr("set by your administrator") if threshold_overridden else self.tr("from the model card")
        self.threshold_label.setText(self.tr("Review threshold: {threshold} ({source})").format(threshold=threshold_text, source=source))
        self.model_label.setText(self.tr("Model: {name} {version}").format(name=prediction.model.name, version=prediction.model.version))
        self._show_local_check(prediction, expected)
        has_map = prediction.heatmap is not None
        self.heatmap_check.setEnabled(has_map)
        self.heatmap_note.setEnabled(has_map)
        self.opacity_slider.setEnabled(has_map and self.heatmap_check.isChecked())
        self.pages.setCurrentIndex(self.PAGE_RESULT)
        self.review_box.show()

    def _show_local_check(self, prediction: Prediction, expected: dict | None = None) -> None:
        check = local_check_figures(prediction.model)
        self.local_check_label.setText(local_check_text(prediction.model, check))
        self.local_check_label.setToolTip(local_check_tip(check, expected))

    def show_error(self, file_name: str, message: str) -> None:
        """A file that could not be analysed: the reason as a sentence; the app carries on."""
        self._show_problem(file_name, self.tr("This image could not be analysed"), message, "error")
        self.review_box.hide()  # nothing was read: there is no image content to attach a decision to

    def show_no_score(self, file_name: str, message: str) -> None:
        """The image is shown but there is no model to score it."""
        self._show_problem(file_name, tr_panel(NO_SCORE_TITLE), message, "notice")
        self.review_box.show()  # the image is shown: a clinician may still call it (e.g. not readable)

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
