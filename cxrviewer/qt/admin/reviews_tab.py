"""The "Clinician reviews" tab: how the model does against the clinic's own reviewers, and where they differ.

Read from the decisions in the results database each time the tab is shown (``refresh``): images
reviewed, sensitivity and specificity with 95% intervals, the agreement trend (a warning when it drops,
rule in ``cxrviewer.core.review.figures``) and every disagreement, newest first. *Save as a labelled
list…* checks that each reviewed file is unchanged (hashing runs off the GUI thread) and writes the
clinic's labelled list for the "1. Local X-rays" tab, without copying any image.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxrviewer.core.admin.reviewed_set import ReviewedSet, labelled_set_from_reviews, write_manifest
from cxrviewer.core.errors import CxrError, Sentence
from cxrviewer.core.review.decisions import ReviewStore
from cxrviewer.core.review.figures import RunningFigures, disagreement_kind, running_figures
from cxrviewer.qt.admin.widgets import MessageLabel, local_time, percent
from cxrviewer.qt.fit_layout import keep_title_whole
from cxrviewer.qt.result_panel import decision_label

if TYPE_CHECKING:
    from cxrviewer.qt.admin.dialog import AdminDialog

log = logging.getLogger(__name__)

# English constants (the tests compare with them), shown through tr()
KIND_WORDS = {"missed": QT_TRANSLATE_NOOP("ReviewsTab", "Missed by the model"),
              "over-called": QT_TRANSLATE_NOOP("ReviewsTab", "Flagged, reviewer: normal")}
COLUMNS = (QT_TRANSLATE_NOOP("ReviewsTab", "When"), QT_TRANSLATE_NOOP("ReviewsTab", "File"), QT_TRANSLATE_NOOP("ReviewsTab", "Kind"),
           QT_TRANSLATE_NOOP("ReviewsTab", "Reviewer said"), QT_TRANSLATE_NOOP("ReviewsTab", "Model said"),
           QT_TRANSLATE_NOOP("ReviewsTab", "Reviewer"), QT_TRANSLATE_NOOP("ReviewsTab", "Note"))
NOTE_COLUMN = COLUMNS.index("Note")
NOT_SAVED = QT_TRANSLATE_NOOP("ReviewsTab", "The list could not be saved to {path} ({reason}). Choose another folder.")


def tr_reviews(text: str) -> str:
    """``text`` (one of this module's English constants) in the GUI's language."""
    return QCoreApplication.translate("ReviewsTab", text)


class ReviewsTab(QWidget):
    """Running figures and the disagreement list; ``results_path`` defaults to the user's results database."""

    def __init__(self, dialog: AdminDialog | None = None, results_path: str | Path | None = None) -> None:
        super().__init__()
        self.dialog = dialog
        self._results_path = Path(results_path) if results_path is not None else None
        self.figures: RunningFigures | None = None
        intro = QLabel(self.tr("Each image's latest decision by your clinicians, compared with the model's flag at the time. "
                               "Images marked not readable, and images without a score, are left out of the rates."))
        intro.setWordWrap(True)
        self.reviewed_label = QLabel()
        self.sensitivity_label = QLabel()
        self.specificity_label = QLabel()
        self.agreement_label = QLabel()
        self.models_label = QLabel()
        for label in (self.reviewed_label, self.sensitivity_label, self.specificity_label, self.agreement_label,
                      self.models_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trend_label = QLabel()
        self.trend_label.setObjectName("reviewTrend")
        self.trend_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Images reviewed:"), self.reviewed_label)
        form.addRow(self.tr("Sensitivity:"), self.sensitivity_label)
        form.addRow(self.tr("Specificity:"), self.specificity_label)
        form.addRow(self.tr("Agreement:"), self.agreement_label)
        form.addRow(self.tr("Models:"), self.models_label)
        self.disagreements_title = QLabel(self.tr("Disagreements"))
        self.disagreements_title.setStyleSheet("font-weight: bold;")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("disagreementTable")
        self.table.setHorizontalHeaderLabels([tr_reviews(column) for column in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        keep_title_whole(header, NOTE_COLUMN)  # long file names must not squeeze "Note" (longer in some languages)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button = QPushButton(self.tr("Save as a labelled list…"))
        self.save_button.setToolTip(self.tr("Check that the reviewed files are unchanged and list them with their decision "
                                            "as labels, for the \u201c1. Local X-rays\u201d tab (no image is copied)"))
        self.save_button.clicked.connect(self._ask_list_path)
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = MessageLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.trend_label)
        layout.addWidget(self.disagreements_title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)

    def showEvent(self, event) -> None:  # Qt override: the figures are read afresh each time the tab is shown
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        try:
            with ReviewStore(self._results_path) as store:
                latest = store.latest_decisions()
        except Exception:  # noqa: BLE001 - a damaged database must not break the administration window
            log.exception("decisions not read for the reviews tab")
            self.message.show_message(self.tr("The clinicians' decisions could not be read. The details are in the log."), "error")
            return
        figures = self.figures = running_figures(latest)
        counts = figures.by_decision
        self.reviewed_label.setText(
            self.tr("{reviewed} ({abnormal} abnormal, {normal} normal, {unreadable} not readable); {compared} compared with "
                    "the model").format(reviewed=figures.reviewed, abnormal=counts["abnormal"], normal=counts["normal"],
                                        unreadable=counts["unreadable"], compared=figures.compared))
        self.sensitivity_label.setText(
            self.tr("{rate} — abnormal images the model flagged").format(rate=figures.sensitivity.words()))
        self.specificity_label.setText(
            self.tr("{rate} — normal images it left below the threshold").format(rate=figures.specificity.words()))
        self.agreement_label.setText(figures.agreement.words())
        self.models_label.setText(", ".join(f"{name} ({n})" for name, n in figures.model_versions.items()) or "–")
        self.trend_label.setText(figures.trend.words())
        self.trend_label.setStyleSheet(f"color: {MessageLabel.COLORS['error']}; font-weight: bold;" if figures.trend.warning else "")
        self.disagreements_title.setText(self.tr("Disagreements ({count}), newest first").format(count=len(figures.disagreements)))
        self.table.setRowCount(len(figures.disagreements))
        for row, decision in enumerate(figures.disagreements):
            flag = self.tr("flagged") if decision.flagged else self.tr("below threshold")
            model = f"{percent(decision.probability)} · {flag} · {decision.model_version}"
            values = (local_time(decision.reviewed_at), Path(decision.file).name, tr_reviews(KIND_WORDS[disagreement_kind(decision)]),
                      decision_label(decision.decision), model, decision.reviewer, decision.note)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(decision.file if column == 1 else text)
                self.table.setItem(row, column, item)
        self.save_button.setEnabled(figures.by_decision["abnormal"] + figures.by_decision["normal"] > 0)

    # ---- the labelled list -------------------------------------------------------------------

    def _ask_list_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the reviewed images as a labelled list"),
                                              str(Path.home() / "reviewed-xrays.csv"), self.tr("CSV files (*.csv)"))
        if path:
            self.save_labelled_list(path)

    def save_labelled_list(self, path: str | Path) -> None:
        """Check the reviewed files (off the GUI thread when in the dialog) and write the list to ``path``."""
        path = Path(path)
        results_path = self._results_path

        def work(progress, _cancel) -> tuple[ReviewedSet, Path]:
            reviewed = labelled_set_from_reviews(results_path, progress)
            if reviewed.used:
                try:
                    write_manifest(reviewed, path)
                except OSError as exc:
                    values = {"path": path, "reason": exc.strerror or exc}  # shown translated, logged in English
                    raise CxrError(Sentence(tr_reviews(NOT_SAVED).format(**values), NOT_SAVED.format(**values)),
                                   repr(exc)) from exc
            return reviewed, path

        if self.dialog is None:  # standalone (tests): at once
            try:
                self._list_saved(work(lambda done, total: None, None))
            except CxrError as exc:
                self._list_failed(exc.user_message)
            return
        if self.dialog.busy(self.message):
            return
        self.progress.show()
        self.dialog.run_job(work, self._list_saved, self._list_failed, self.progress)

    def _list_saved(self, result: tuple[ReviewedSet, Path]) -> None:
        self.progress.hide()
        reviewed, path = result
        if not reviewed.used:
            self.message.show_message(self.tr("No list was saved: {reason}.").format(reason=reviewed.words()), "error")
            return
        self.message.show_message(
            self.tr("{result}. Saved to {path}: choose it on the \u201c1. Local X-rays\u201d tab to check it or to train on it.")
            .format(result=reviewed.words(), path=path), "success")

    def _list_failed(self, message: str) -> None:
        self.progress.hide()
        self.message.show_message(message, "error")
