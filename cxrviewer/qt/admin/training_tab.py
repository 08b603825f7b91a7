"""The "2. Retrain and compare" tab: train in a child process, compare with the model in use, then decide.

Training runs as ``cxrviewer train --jsonl`` in a ``TrainingProcess`` (a crash or out-of-memory there
cannot take the viewer down). It writes into a staging folder (``candidate_out``); when it finishes,
that folder is the candidate (``candidate_dir``), scored beside the model in use on images neither
trained on. Nothing changes until the administrator presses *Use the new model* or *Discard*.
"""

from __future__ import annotations

import importlib.util
import logging
import math
import platform
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxrviewer import __version__
from cxrviewer.core.admin import audit
from cxrviewer.core.admin.comparison import Comparison, compare_models
from cxrviewer.core.admin.registry import RegisteredModel
from cxrviewer.core.errors import CxrError
from cxrviewer.core.model.card import KERAS_NAME, ModelCard, verify_model
from cxrviewer.qt.admin.widgets import MessageLabel, decimal, fit_table_height, fit_table_width, percent, set_affixes
from cxrviewer.qt.roc_chart import BLUE, ORANGE, LineChart, Series
from cxrviewer.qt.training_process import DEFAULT_GRACE_MS, TrainingProcess, tr_failure, training_command

if TYPE_CHECKING:
    from cxrviewer.qt.admin.dialog import AdminDialog

log = logging.getLogger(__name__)

CommandBuilder = Callable[..., tuple[str, list[str]]]


def training_available() -> bool:
    """Whether this installation can retrain, i.e. its training child has TensorFlow.

    From source or a wheel: TensorFlow can be imported (``find_spec`` finds it without importing it; the
    viewer never imports TensorFlow). In a frozen build the viewer program never contains TensorFlow; the
    console program beside it, which trains, does only in the "-full" variant (``packaging/build.sh`` with
    ``CXRVIEWER_WITH_TF=1``), and that bundle alone holds ``_internal/tensorflow`` (the frozen tests tell
    the variants apart the same way).
    """
    if getattr(sys, "frozen", False):
        internal = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent / "_internal"))
        return (internal / "tensorflow").is_dir()
    try:
        return importlib.util.find_spec("tensorflow") is not None
    except (ImportError, ValueError):
        return False


def training_unavailable_text() -> str:
    """The sentence shown instead of a training that would fail: which installation has training."""
    full = f"cxrviewer-{__version__}-linux-{platform.machine() or 'x86_64'}-full"
    if getattr(sys, "frozen", False):
        text = QCoreApplication.translate(
            "TrainingTab", "Retraining needs the full installation ({bundle}). Ask your IT contact. "
            "Adjusting the threshold works in this installation.")
    else:
        text = QCoreApplication.translate(
            "TrainingTab", "Retraining needs the full installation ({bundle}, or cxrviewer installed with its “train” extra). "
            "Ask your IT contact. Adjusting the threshold works in this installation.")
    return text.format(bundle=full)


def scratch_recipe(card: ModelCard) -> dict:
    """How a model trained here from scratch is trained: as the model in use was (its input size, crop to the lung
    fields, lung mask and augmentation), so that the two differ by the clinic's data, not by the recipe. A card that does not
    record its augmentation leaves the training program's default."""
    spec = card.preprocessing
    recipe: dict = {"size": spec.size, "lung_crop": spec.lung_crop, "lung_mask": spec.lung_mask}
    augmentation = card.extra.get("training", {}).get("augmentation")
    if augmentation:
        recipe["augment"] = tuple(augmentation)
    return recipe


class TrainingTab(QWidget):
    """Options, progress curve, comparison table and ROC chart, and the decision buttons."""

    def __init__(self, dialog: AdminDialog, command_builder: CommandBuilder = training_command,
                 cancel_grace_ms: int = DEFAULT_GRACE_MS, available: bool | None = None) -> None:
        super().__init__()
        self.dialog = dialog
        self.available = training_available() if available is None else available
        self.command_builder = command_builder
        self.cancel_grace_ms = cancel_grace_ms
        self.training: TrainingProcess | None = None
        self.candidate_out: Path | None = None  # staging folder the running/finished training writes to
        self.candidate_dir: Path | None = None  # a finished candidate awaiting the admin's decision
        self.trained_against: RegisteredModel | None = None
        self.comparison: Comparison | None = None
        self._epoch_points: list[tuple[float, float, float]] = []
        self._build()

    def _build(self) -> None:
        self.training_hint = MessageLabel()
        options = QGroupBox(self.tr("Options"))
        self.fine_tune_radio = QRadioButton(self.tr("Improve the model in use with your X-rays (recommended)"))
        self.scratch_radio = QRadioButton(self.tr("Train a new model from scratch (needs many more images)"))
        self.fine_tune_radio.setChecked(True)
        group = QButtonGroup(options)
        group.addButton(self.fine_tune_radio)
        group.addButton(self.scratch_radio)
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(1, 200)
        self.epochs_spin.setValue(10)
        set_affixes(self.epochs_spin, self.tr("{n} rounds"))
        self.held_out_spin = QSpinBox()
        self.held_out_spin.setRange(10, 60)
        self.held_out_spin.setValue(30)
        set_affixes(self.held_out_spin, self.tr("{n} % of patients"))
        self.held_out_spin.setToolTip(self.tr("Half of these images tune the new model, half compare it with the model in use. "
                                              "None of them are used to train it."))
        form = QFormLayout(options)
        form.addRow(self.fine_tune_radio)
        form.addRow(self.scratch_radio)
        form.addRow(self.tr("Training length:"), self.epochs_spin)
        form.addRow(self.tr("Set aside for checking:"), self.held_out_spin)

        self.start_button = QPushButton(self.tr("Start training"))
        self.start_button.clicked.connect(self.start_training)
        self.stop_button = QPushButton(self.tr("Stop training"))
        self.stop_button.clicked.connect(self.stop_training)
        self.stop_button.setEnabled(False)
        self.training_status = QLabel("")
        self.training_status.setWordWrap(True)
        self.training_progress = QProgressBar()
        self.training_progress.hide()
        self.training_message = MessageLabel()
        self.training_chart = LineChart(self.tr("Training progress"), self.tr("Round"), "")
        self.training_chart.integer_x = True
        self.training_chart.setToolTip(self.tr("Training error should fall; the check score (AUC on images set aside for "
                                               "tuning) should rise. 1.0 is perfect, 0.5 is chance."))
        self.training_chart.placeholder = self.tr("The curve appears after the first round.")

        self.compare_box = QGroupBox(self.tr("New model compared with the model in use, on your images set aside"))
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setStyleSheet("font-weight: bold;")
        self.compare_table = QTableWidget(4, 2)
        self.compare_table.setHorizontalHeaderLabels([self.tr("Model in use"), self.tr("New model")])
        self.compare_table.setVerticalHeaderLabels(
            [self.tr("Tells normal from abnormal (AUC, 1.00 = perfect)"), self.tr("Abnormal images flagged (sensitivity)"),
             self.tr("Normal images not flagged (specificity)"), self.tr("Threshold (flag when score is at least)")]
        )
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.roc_chart = LineChart(self.tr("Flagged abnormal vs false alarms"), self.tr("False alarms (normal images flagged)"),
                                   self.tr("Abnormal images flagged"))
        self.roc_chart.x_range = (0.0, 1.0)
        self.roc_chart.y_range = (0.0, 1.0)
        self.roc_chart.diagonal = True
        self.accept_button = QPushButton(self.tr("Use the new model"))
        self.accept_button.clicked.connect(self.accept_candidate)
        self.reject_button = QPushButton(self.tr("Discard the new model"))
        self.reject_button.clicked.connect(self.reject_candidate)
        compare_layout = QVBoxLayout(self.compare_box)
        compare_layout.addWidget(self.verdict_label)
        compare_row = QHBoxLayout()
        table_column = QVBoxLayout()
        table_column.addWidget(self.compare_table)
        self.compare_note = QLabel(self.tr(
            "AUC summarises how well the scores separate normal from abnormal images at every threshold. "
            "Sensitivity and specificity are at each model's own threshold."))
        self.compare_note.setWordWrap(True)
        self.compare_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the theme's muted text
        table_column.addWidget(self.compare_note)
        table_column.addStretch(1)
        compare_row.addLayout(table_column, 3)
        compare_row.addWidget(self.roc_chart, 2)
        compare_layout.addLayout(compare_row)
        decide_row = QHBoxLayout()
        decide_row.addStretch(1)
        decide_row.addWidget(self.reject_button)
        decide_row.addWidget(self.accept_button)
        compare_layout.addLayout(decide_row)
        self.compare_box.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.training_status, 1)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(options)
        left.addLayout(buttons)
        left.addWidget(self.training_progress)
        left.addStretch(1)
        top.addLayout(left, 3)
        top.addWidget(self.training_chart, 2)
        box = QVBoxLayout(self)
        box.addWidget(self.training_hint)
        box.addLayout(top, 2)
        box.addWidget(self.training_message)
        box.addWidget(self.compare_box, 3)

    # ------------------------------------------------------------ state the other tabs ask about (via the dialog)

    def is_running(self) -> bool:
        return self.training is not None and self.training.is_running()

    def fractions(self) -> tuple[float, float]:
        """(tuning, checking) shares: the share set aside is split evenly between the two."""
        held_out = self.held_out_spin.value() / 100.0
        return held_out / 2, held_out / 2

    def update_controls(self) -> None:
        """Enable what makes sense now, and say why training is not possible where it is not."""
        report = self.dialog.report
        running = self.is_running()
        deciding = self.candidate_dir is not None
        ready = report is not None and report.ok and self.available
        if not self.available:
            self.training_hint.show_message(training_unavailable_text(), "info")
        elif report is None:
            self.training_hint.show_message(self.tr("First check a folder of labelled X-rays on the “1. Local X-rays” tab."), "info")
        elif not report.ok:
            self.training_hint.show_message(
                self.tr("Training is not possible with these images: {reason}").format(reason=report.refusal), "error")
        else:
            self.training_hint.show_message(self.tr("Images: {normal} normal and {abnormal} abnormal from {folder}.").format(
                normal=report.normal, abnormal=report.abnormal, folder=report.data), "info")
        self.start_button.setEnabled(ready and not running and not deciding and self.dialog.job is None)
        self.start_button.setToolTip("" if self.available else training_unavailable_text())
        self.stop_button.setEnabled(running)
        for widget in (self.fine_tune_radio, self.scratch_radio, self.epochs_spin):
            widget.setEnabled(self.available and not running and not deciding)
        self.held_out_spin.setEnabled(not running and not deciding)  # the data check counts with it too

    # ------------------------------------------------------------ training

    @Slot()
    def start_training(self) -> None:
        report = self.dialog.report
        if not self.available or report is None or not report.ok or self.dialog.busy(self.training_message):
            return
        try:
            self.trained_against = self.dialog.registry.active()
        except CxrError as exc:
            self.training_message.show_message(exc.user_message, "error")
            return
        init_from = self.trained_against.path if self.fine_tune_radio.isChecked() else None
        if init_from is not None and not (init_from / KERAS_NAME).is_file():
            self.training_message.show_message(
                self.tr("The model in use cannot be improved here (the file needed for further training is not part of it). "
                        "Choose “Train a new model from scratch”, or put back the model supplied with cxrviewer first."),
                "error")
            return
        val, test = self.fractions()
        out = self.dialog.registry.new_staging_dir()
        recipe = {} if init_from is not None else scratch_recipe(self.trained_against.card)
        program, args = self.command_builder(report.data.resolve(), out, epochs=self.epochs_spin.value(),
                                             val_fraction=val, test_fraction=test, init_from=init_from, **recipe)
        self.candidate_out = out
        self.comparison = None
        self.compare_box.hide()
        self._epoch_points = []
        self._draw_training_curve()
        self.training_message.show_message("")
        self.training_progress.setRange(0, self.epochs_spin.value())
        self.training_progress.setValue(0)
        self.training_progress.show()
        self.training = TrainingProcess(self, grace_ms=self.cancel_grace_ms)
        self.training.progress.connect(self._training_progress)
        self.training.status_changed.connect(self.training_status.setText)
        self.training.finished.connect(self._training_finished)
        self.training.failed.connect(self._training_failed)
        self.training.data_summarized.connect(self._training_data_summarized)
        self.training.start(program, args)
        self.dialog.update_controls()

    @Slot(dict)
    def _training_data_summarized(self, event: dict) -> None:
        self.training_message.show_message(
            self.tr("Training on {train} images; {tune} tune it and {check} are kept aside to compare it with the model in use.")
            .format(train=event.get("train_images", "?"), tune=event.get("val_images", "?"), check=event.get("test_images", "?")),
            "info")

    @Slot()
    def stop_training(self) -> None:
        if self.training is not None:
            self.training.cancel()

    @Slot(int, int, float, float)
    def _training_progress(self, epoch: int, epochs: int, loss: float, val_auc: float) -> None:
        self._epoch_points.append((float(epoch), loss, val_auc))
        self.training_progress.setRange(0, max(epochs, 1))
        self.training_progress.setValue(epoch)
        self._draw_training_curve()

    def _draw_training_curve(self) -> None:
        losses = [p[1] for p in self._epoch_points if math.isfinite(p[1])]
        self.training_chart.y_range = (0.0, max([1.0, *losses]))
        self.training_chart.x_range = (1.0, float(max(self.epochs_spin.value(), 2)))
        self.training_chart.set_series([
            Series(self.tr("Training error"), ORANGE, [(e, loss) for e, loss, _ in self._epoch_points], markers=True),
            Series(self.tr("Check score (AUC)"), BLUE, [(e, auc) for e, _, auc in self._epoch_points], markers=True),
        ])

    @Slot(str)
    def _training_failed(self, message: str) -> None:
        report = self.dialog.report
        self.training_progress.hide()
        self.training_status.setText("")
        self.discard_output()
        audit.append_entry(audit.TRAINING_FAILED, note=self.training.english_failure or message,
                           data_folder=str(report.data) if report else None,
                           data_fingerprint=report.fingerprint if report else None)
        self.training_message.show_message(tr_failure(message), "error")
        self.dialog.update_controls()

    def discard_output(self) -> None:
        out = self.candidate_out
        if out is not None:
            self.dialog.registry.discard_staging(out)
        self.candidate_out = None
        self.candidate_dir = None

    # ------------------------------------------------------------ comparison

    @Slot(str)
    def _training_finished(self, model_dir: str) -> None:
        self.training_progress.hide()
        self.training_status.setText("")
        if model_dir and Path(model_dir).resolve() != self.candidate_out.resolve():
            log.warning("training reported %s, expected %s; using the expected folder", model_dir, self.candidate_out)
        self.candidate_dir = self.candidate_out
        self.training_message.show_message(self.tr("Training finished. Comparing the new model with the model in use…"), "info")
        self.training_progress.setRange(0, 0)
        self.training_progress.show()
        candidate_dir, current, items = self.candidate_dir, self.trained_against, list(self.dialog.report.readable)

        def work(progress, cancel):
            candidate = (candidate_dir, verify_model(candidate_dir))
            return compare_models(candidate, (current.path, current.card), items, progress, cancel)

        self.dialog.run_job(work, self._comparison_done, self._comparison_failed, self.training_progress)
        self.dialog.update_controls()

    @Slot(object)
    def _comparison_done(self, comparison: Comparison) -> None:
        self.training_progress.hide()
        self.comparison = comparison
        self.training_message.show_message(
            self.tr("Both models were scored on the same {images} images set aside ({normal} normal, {abnormal} abnormal); "
                    "the new model never saw them during training.").format(
                images=comparison.images, normal=comparison.normal, abnormal=comparison.abnormal), "info")
        self.verdict_label.setText(comparison.verdict)
        for column, result in enumerate((comparison.current, comparison.candidate)):
            values = [decimal(result.auc), percent(result.sensitivity), percent(result.specificity), percent(result.threshold)]
            for row, text in enumerate(values):
                self.compare_table.setItem(row, column, QTableWidgetItem(text))
        fit_table_height(self.compare_table)
        fit_table_width(self.compare_table)
        self.roc_chart.set_series([
            Series(self.tr("Model in use (AUC {auc})").format(auc=decimal(comparison.current.auc)), QColor("#777777"),
                   list(zip(comparison.current.fpr.tolist(), comparison.current.tpr.tolist(), strict=True)), dashed=True),
            Series(self.tr("New model (AUC {auc})").format(auc=decimal(comparison.candidate.auc)), BLUE,
                   list(zip(comparison.candidate.fpr.tolist(), comparison.candidate.tpr.tolist(), strict=True))),
        ])
        self.accept_button.setEnabled(True)
        self.reject_button.setEnabled(True)
        self.compare_box.show()
        self.dialog.update_controls()

    @Slot(str)
    def _comparison_failed(self, message: str) -> None:
        report = self.dialog.report
        self.training_progress.hide()
        self.training_message.show_message(
            self.tr("The new model could not be compared: {reason} It was discarded.").format(reason=message), "error")
        self.discard_output()
        audit.append_entry(audit.REJECTED, note=f"comparison failed: {message}",
                           data_folder=str(report.data) if report else None)
        self.dialog.update_controls()

    # ------------------------------------------------------------ the decision

    @Slot()
    def accept_candidate(self) -> None:
        if self.candidate_dir is None or self.comparison is None:
            return
        report = self.dialog.report
        note = {"data": str(report.data) if report else None,
                "data_fingerprint": report.fingerprint if report else None,
                "comparison": self.comparison.to_audit()}
        try:
            model = self.dialog.registry.register(self.candidate_dir, note=note)
        except (CxrError, OSError) as exc:
            log.exception("registering %s failed", self.candidate_dir)
            message = exc.user_message if isinstance(exc, CxrError) else self.tr("The new model could not be saved.")
            self.training_message.show_message(self.tr("{reason} The model in use is unchanged.").format(reason=message), "error")
            return
        self.candidate_dir = None
        self.candidate_out = None
        previous = self.trained_against.audit_fields() if self.trained_against else None
        if self.dialog.activate(model, audit.ACTIVATED, previous=previous, metrics=self.comparison.to_audit(),
                                **self.dialog.data_details()):
            self.training_message.show_message(self.tr("The new model is now in use: {model}.").format(model=model.label), "success")
        else:
            self.training_message.show_message(
                self.tr("The new model was saved but could not be switched on; the model in use is unchanged. See the Models tab."),
                "error")
        self.compare_box.hide()
        self.dialog.update_controls()

    @Slot()
    def reject_candidate(self) -> None:
        if self.candidate_dir is None:
            return
        metrics = self.comparison.to_audit() if self.comparison else None
        candidate = {"path": str(self.candidate_dir)}
        try:
            card = verify_model(self.candidate_dir)
            candidate.update(name=card.name, version=card.version, sha256=card.sha256)
        except CxrError:
            pass
        self.discard_output()
        audit.append_entry(audit.REJECTED, model=candidate, metrics=metrics, **self.dialog.data_details())
        self.compare_box.hide()
        self.training_message.show_message(self.tr("The new model was discarded. The model in use is unchanged."), "info")
        self.dialog.update_controls()

    # ------------------------------------------------------------ closing

    def shutdown(self) -> None:
        """Kill a running training child and delete what it (or a finished, undecided training) wrote."""
        if self.is_running():
            self.training.abort()
        if self.candidate_dir is not None or self.candidate_out is not None:
            self.discard_output()
