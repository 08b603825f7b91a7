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
from cxrviewer.qt.admin.widgets import MessageLabel
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
        intro = QLabel(
            "Check the model in use on your own labelled X-rays, and fit an adapted version of it (a new final step on "
            "the model's features; the network itself is unchanged). Every image is scored by a version fitted without "
            "it. Switching to the adapted model is recommended only when it is better beyond reasonable doubt.")
        intro.setWordWrap(True)
        self.source_label = QLabel("No labelled X-rays chosen.")
        self.choose_button = QPushButton("Choose folder or list…")
        self.choose_button.clicked.connect(self.choose_data)
        self.reviewed_check = QCheckBox("Use the images the clinicians reviewed instead")
        self.run_button = QPushButton("Check and adapt")
        self.run_button.clicked.connect(self.start)
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = MessageLabel()
        self.chart = LineChart("ROC on your X-rays", "1 - specificity", "sensitivity")
        self.chart.x_range = self.chart.y_range = (0.0, 1.0)
        self.chart.diagonal = True
        self.chart.hide()
        self.override_check = QCheckBox("Switch on although it is not recommended (recorded in the audit log)")
        self.override_check.hide()
        self.use_button = QPushButton("Use the adapted model")
        self.use_button.clicked.connect(self.use_candidate)
        self.use_button.hide()
        self.data: Path | None = None
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.source_label, 1)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(row)
        for widget in (self.reviewed_check, self.run_button, self.progress, self.message, self.chart,
                       self.override_check, self.use_button):
            box.addWidget(widget)
        box.addStretch(1)

    @Slot()
    def choose_data(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder of labelled X-rays")
        if folder:
            self.data = Path(folder)
            self.source_label.setText(folder)

    def _items(self):
        if self.reviewed_check.isChecked():
            from cxrviewer.core.admin.reviewed_set import labelled_set_from_reviews

            return labelled_set_from_reviews().images, "reviewed images"
        from cxrviewer.core.admin.dataset import find_labelled_images

        if self.data is None:
            raise CxrError("Choose a folder or list of labelled X-rays first, or use the reviewed images.")
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
        self.message.show_message(f"Scoring {len(items)} labelled X-rays…", "info")
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
            Series(f"Model in use (AUC {check.current.auc:.2f})", QColor("#666666"),
                   list(zip(check.current.fpr.tolist(), check.current.tpr.tolist(), strict=True)), dashed=True),
            Series(f"Adapted, cross-validated (AUC {check.candidate.auc:.2f})", QColor("#1f77b4"),
                   list(zip(check.candidate.fpr.tolist(), check.candidate.tpr.tolist(), strict=True)))])
        self.chart.show()
        low, high = check.difference.ci
        self.message.show_message(
            f"{check.reason} ({check.images} images; gain in AUC {check.difference.auc:+.3f}, 95% interval "
            f"{low:+.3f} to {high:+.3f}; adapted model at its threshold: sensitivity {100 * check.candidate.sensitivity:.0f}%, "
            f"specificity {100 * check.candidate.specificity:.0f}%.)", "success" if check.recommended else "info")
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
                self.message.show_message("The adapted model is not recommended; tick the override box to switch it on "
                                          "anyway.", "error")
                return
            answer = QMessageBox.question(self, "Not recommended", "The local check did not show that the adapted model "
                                          "is better. Switch it on anyway? This is recorded in the audit log.")
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            model = self.dialog.registry.register(result.candidate_dir, kind=KIND_ADAPTED,
                                                  note={"local_check": result.check.to_dict()})
        except (CxrError, OSError) as exc:
            log.exception("registering %s failed", result.candidate_dir)
            self.message.show_message(f"{getattr(exc, 'user_message', 'The adapted model could not be saved.')} "
                                      "The model in use is unchanged.", "error")
            return
        if self.dialog.activate(model, audit.ACTIVATED, previous=base.audit_fields(), metrics=result.check.to_dict(),
                                override_not_recommended=override):
            self.message.show_message(f"The adapted model is now in use: {model.label}.", "success")
        self.use_button.setEnabled(False)
        self.override_check.hide()
