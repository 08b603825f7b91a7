"""The "Adapt to this clinic" tab: local check and an adapted candidate, proven before anyone relies on it.

Runs ``core.admin.local_check.adapt_and_check`` (through the dialog's background job runner) on a chosen
folder or list of labelled X-rays, or on the images the clinicians reviewed: both ROC curves, the 95%
interval of the AUC gain and the verdict. A candidate that is not recommended can only be switched on with
the override box ticked and a confirmation; the audit log records the override.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxrviewer.core.admin import audit
from cxrviewer.core.admin.local_check import Adaptation, adapt_and_check
from cxrviewer.core.errors import CxrError
from cxrviewer.qt.admin.widgets import MessageLabel, decimal, percent, signed
from cxrviewer.qt.roc_chart import LineChart, Series

if TYPE_CHECKING:
    from cxrviewer.qt.admin.dialog import AdminDialog

log = logging.getLogger(__name__)
KIND_ADAPTED = "adapted"


class AdaptTab(QWidget):
    def __init__(self, dialog: AdminDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.result: Adaptation | None = None
        self.base = None  # the RegisteredModel in use when the check started
        intro = QLabel(self.tr(
            "Check the model in use on your own labelled X-rays, and fit an adapted version of it (a new final step on "
            "the model's features; the network itself is unchanged). Every image is scored by a version fitted without "
            "it. Switching to the adapted model is recommended only when it is better beyond reasonable doubt."))
        intro.setWordWrap(True)
        self.source_label = QLabel(self.tr("No labelled X-rays chosen."))
        self.choose_button = QPushButton(self.tr("Choose folder or list…"))
        self.choose_button.clicked.connect(self.choose_data)
        self.reviewed_check = QCheckBox(self.tr("Use the images the clinicians reviewed instead"))
        self.run_button = QPushButton(self.tr("Check and adapt"))
        self.run_button.clicked.connect(self.start)
        self.progress = QProgressBar()
        self.progress.hide()
        # which reviewed images were used and which were refused (changed since review, missing): the core's sentence
        self.reviewed_summary = MessageLabel()
        self.reviewed_summary.setObjectName("reviewedSummary")
        self.message = MessageLabel()
        self.chart = LineChart(self.tr("ROC on your X-rays"), self.tr("1 - specificity"), self.tr("sensitivity"))
        self.chart.x_range = self.chart.y_range = (0.0, 1.0)
        self.chart.diagonal = True
        self.chart.hide()
        self.override_check = QCheckBox(self.tr("Switch on although it is not recommended (recorded in the audit log)"))
        self.override_check.hide()
        self.use_button = QPushButton(self.tr("Use the adapted model"))
        self.use_button.clicked.connect(self.use_candidate)
        self.use_button.hide()
        self.data: Path | None = None
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.source_label, 1)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(row)
        for widget in (self.reviewed_check, self.run_button, self.progress, self.reviewed_summary, self.message, self.chart,
                       self.override_check, self.use_button):
            box.addWidget(widget)
        box.addStretch(1)

    @Slot()
    def choose_data(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of labelled X-rays"))
        if folder:
            self.data = Path(folder)
            self.source_label.setText(folder)

    def _items(self):
        self.reviewed_summary.show_message("")
        if self.reviewed_check.isChecked():
            from cxrviewer.core.admin.reviewed_set import labelled_set_from_reviews

            reviewed = labelled_set_from_reviews()
            # shown as the core wrote it, before and with the result: refused images are not silently dropped
            self.reviewed_summary.show_message(reviewed.words(), "info")
            return reviewed.images, "reviewed images"
        from cxrviewer.core.admin.dataset import find_labelled_images

        if self.data is None:
            raise CxrError(self.tr("Choose a folder or list of labelled X-rays first, or use the reviewed images."))
        return find_labelled_images(self.data), str(self.data)

    @Slot()
    def start(self) -> None:
        if self.dialog.busy(self.message):
            return
        try:
            self.base = self.dialog.registry.active()
            items, label = self._items()
        except CxrError as exc:
            self.message.show_message(exc.user_message, "error")
            return
        out = self.dialog.registry.new_staging_dir()
        base = self.base
        for widget in (self.chart, self.override_check, self.use_button):
            widget.hide()
        self.result = None
        self.message.show_message(self.tr("Scoring {images} labelled X-rays…").format(images=len(items)), "info")
        self.progress.setValue(0)
        self.progress.show()

        def work(progress, cancel):
            return adapt_and_check(base.path, items, out, label, progress=progress, cancel=cancel)

        self.dialog.run_job(work, self._done, self._failed, self.progress)

    @Slot(object)
    def _done(self, result: Adaptation) -> None:
        self.progress.hide()
        self.result = result
        check = result.check
        self.chart.set_series([
            Series(self.tr("Model in use (AUC {auc})").format(auc=decimal(check.current.auc)), QColor("#666666"),
                   list(zip(check.current.fpr.tolist(), check.current.tpr.tolist(), strict=True)), dashed=True),
            Series(self.tr("Adapted, cross-validated (AUC {auc})").format(auc=decimal(check.candidate.auc)), QColor("#1f77b4"),
                   list(zip(check.candidate.fpr.tolist(), check.candidate.tpr.tolist(), strict=True)))])
        self.chart.show()
        low, high = check.difference.ci
        self.message.show_message(
            self.tr("{reason} ({images} images; gain in AUC {gain}, 95% interval {low} to {high}; adapted model at its "
                    "threshold: sensitivity {sensitivity}, specificity {specificity}.)").format(
                reason=check.reason, images=check.images, gain=signed(check.difference.auc), low=signed(low), high=signed(high),
                sensitivity=percent(check.candidate.sensitivity), specificity=percent(check.candidate.specificity)),
            "success" if check.recommended else "info")
        self.override_check.setChecked(False)
        self.override_check.setVisible(not check.recommended)
        self.use_button.show()
        self.use_button.setEnabled(True)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.message.show_message(message, "error")

    @Slot()
    def use_candidate(self) -> None:
        result, base = self.result, self.base
        if result is None or base is None:
            return
        override = not result.check.recommended
        if override:
            if not self.override_check.isChecked():
                self.message.show_message(self.tr("The adapted model is not recommended; tick the override box to switch it "
                                                  "on anyway."), "error")
                return
            answer = QMessageBox.question(self, self.tr("Not recommended"), self.tr(
                "The local check did not show that the adapted model is better. Switch it on anyway? "
                "This is recorded in the audit log."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            model = self.dialog.registry.register(result.candidate_dir, kind=KIND_ADAPTED,
                                                  note={"local_check": result.check.to_dict()})
        except (CxrError, OSError) as exc:
            log.exception("registering %s failed", result.candidate_dir)
            reason = exc.user_message if isinstance(exc, CxrError) else self.tr("The adapted model could not be saved.")
            self.message.show_message(self.tr("{reason} The model in use is unchanged.").format(reason=reason), "error")
            return
        if self.dialog.activate(model, audit.ACTIVATED, previous=base.audit_fields(), metrics=result.check.to_dict(),
                                override_not_recommended=override):
            self.message.show_message(self.tr("The adapted model is now in use: {model}.").format(model=model.label), "success")
        self.use_button.setEnabled(False)
        self.override_check.hide()
