"""The "Adjust threshold" tab: set the review threshold on the clinic's labelled X-rays, without retraining.

The model itself is not changed: the adjusted threshold becomes a new entry in the registry (same
weights, new card threshold), so the previous threshold can always be put back from the Models tab.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
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

from cxrviewer.core.admin import audit
from cxrviewer.core.admin.comparison import Recalibration, recalibrate, unseen_images
from cxrviewer.core.admin.registry import RegisteredModel
from cxrviewer.core.errors import CxrError
from cxrviewer.qt.admin.widgets import MessageLabel, fit_table_height, fit_table_width, percent, set_affixes

if TYPE_CHECKING:
    from cxrviewer.qt.admin.dialog import AdminDialog

log = logging.getLogger(__name__)


def threshold_consequence(result: Recalibration) -> str:
    """What the new threshold means in daily work: how many normal images would be flagged for review."""
    before = 1 - result.before.specificity
    after = 1 - result.after.specificity
    text = QCoreApplication.translate(
        "ThresholdTab", "Calculated on {images} images ({normal} normal, {abnormal} abnormal). With the new threshold, "
        "{sensitivity} of abnormal images are flagged, and {after} of normal images would be flagged for review (now {before})."
    ).format(images=result.images, normal=result.normal, abnormal=result.abnormal,
             sensitivity=percent(result.after.sensitivity), after=percent(after), before=percent(before))
    if result.images < 100:
        text += QCoreApplication.translate("ThresholdTab", " With fewer than 100 images these figures are rough.")
    return text


class ThresholdTab(QWidget):
    """Target sensitivity, *Calculate* (scores the checked images the model in use never trained on), *Use*."""

    def __init__(self, dialog: AdminDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.recalibration_model: RegisteredModel | None = None  # the model in use when the calculation started
        self.recalibration: Recalibration | None = None
        intro = QLabel(self.tr(
            "The threshold decides above which score an image is flagged “Review recommended”. Here it can be set on your "
            "own labelled X-rays so that the model in use flags a chosen share of abnormal images. The model itself is not "
            "changed; the adjusted version is added to the Models list, so the previous threshold can always be put back."
        ))
        intro.setWordWrap(True)
        self.threshold_hint = QLabel(self.tr("First check a folder of labelled X-rays on the “1. Local X-rays” tab."))
        self.threshold_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the theme's muted text
        self.target_spin = QDoubleSpinBox()
        self.target_spin.setRange(50.0, 99.0)
        self.target_spin.setDecimals(0)
        self.target_spin.setValue(90.0)
        set_affixes(self.target_spin, self.tr("{n} % of abnormal images flagged"))
        self.recalibrate_button = QPushButton(self.tr("Calculate"))
        self.recalibrate_button.clicked.connect(self.start_recalibration)
        self.threshold_progress = QProgressBar()
        self.threshold_progress.hide()
        self.threshold_message = MessageLabel()
        self.threshold_table = QTableWidget(3, 2)
        self.threshold_table.setHorizontalHeaderLabels([self.tr("Current threshold"), self.tr("New threshold")])
        self.threshold_table.setVerticalHeaderLabels(
            [self.tr("Threshold (flag when score is at least)"), self.tr("Abnormal images flagged (sensitivity)"),
             self.tr("Normal images not flagged (specificity)")])
        self.threshold_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.threshold_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.threshold_table.hide()
        self.apply_threshold_button = QPushButton(self.tr("Use the new threshold"))
        self.apply_threshold_button.clicked.connect(self.apply_recalibration)
        self.apply_threshold_button.hide()

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Target:")))
        row.addWidget(self.target_spin)
        row.addWidget(self.recalibrate_button)
        row.addStretch(1)
        apply_row = QHBoxLayout()
        apply_row.addStretch(1)
        apply_row.addWidget(self.apply_threshold_button)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.threshold_hint)
        box.addLayout(row)
        box.addWidget(self.threshold_progress)
        box.addWidget(self.threshold_message)
        box.addWidget(self.threshold_table)
        box.addLayout(apply_row)
        box.addStretch(1)

    def update_controls(self) -> None:
        report = self.dialog.report
        usable = report is not None and report.enough_for_threshold
        self.recalibrate_button.setEnabled(usable and self.dialog.job is None and not self.dialog.training_running())
        self.threshold_hint.setVisible(not usable)

    @Slot()
    def start_recalibration(self) -> None:
        report = self.dialog.report
        if report is None or not report.enough_for_threshold or self.dialog.busy(self.threshold_message):
            return
        try:
            model = self.dialog.registry.active()
        except CxrError as exc:
            self.threshold_message.show_message(exc.user_message, "error")
            return
        items = unseen_images(report.readable, model.card, report.data)
        target = self.target_spin.value() / 100.0
        self.recalibration_model = model
        self.recalibration = None
        self.threshold_table.hide()
        self.apply_threshold_button.hide()
        self.threshold_message.show_message(
            self.tr("Scoring {images} images the model in use has not been trained on…").format(images=len(items)), "info")
        self.threshold_progress.setValue(0)
        self.threshold_progress.show()

        def work(progress, cancel):
            return recalibrate((model.path, model.card), items, target, progress, cancel)

        self.dialog.run_job(work, self._recalibration_done, self._recalibration_failed, self.threshold_progress)

    @Slot(object)
    def _recalibration_done(self, result: Recalibration) -> None:
        self.threshold_progress.hide()
        self.recalibration = result
        for column, res in enumerate((result.before, result.after)):
            for row, text in enumerate((percent(res.threshold), percent(res.sensitivity), percent(res.specificity))):
                self.threshold_table.setItem(row, column, QTableWidgetItem(text))
        fit_table_height(self.threshold_table)
        fit_table_width(self.threshold_table)
        self.threshold_table.show()
        self.threshold_message.show_message(threshold_consequence(result), "info")
        self.apply_threshold_button.show()
        self.apply_threshold_button.setEnabled(True)

    @Slot(str)
    def _recalibration_failed(self, message: str) -> None:
        self.threshold_progress.hide()
        self.threshold_message.show_message(message, "error")

    @Slot()
    def apply_recalibration(self) -> None:
        report = self.dialog.report
        result, base = self.recalibration, self.recalibration_model
        if result is None or base is None or report is None:
            return
        target = result.target_sensitivity
        method = f"highest threshold flagging at least {100 * target:.0f}% of abnormal images on {result.images} local images"
        note = {"method": method,
                "target_sensitivity": target, "data": str(report.data), "data_fingerprint": report.fingerprint}
        try:
            model = self.dialog.registry.add_recalibrated(base, result.threshold, result.evaluation(), note)
        except (CxrError, OSError) as exc:
            log.exception("recalibration of %s failed", base.path)
            message = exc.user_message if isinstance(exc, CxrError) else self.tr("The new threshold could not be saved.")
            self.threshold_message.show_message(self.tr("{reason} The model in use is unchanged.").format(reason=message), "error")
            return
        if self.dialog.activate(model, audit.RECALIBRATED, previous=base.audit_fields(), metrics=result.evaluation(),
                                target_sensitivity=target, **self.dialog.data_details()):
            self.threshold_message.show_message(
                self.tr("The new threshold ({threshold}) is now in use.").format(threshold=percent(result.threshold)), "success")
        else:
            self.threshold_message.show_message(
                self.tr("The new threshold could not be switched on; the model in use is unchanged."), "error")
        self.apply_threshold_button.setEnabled(False)
