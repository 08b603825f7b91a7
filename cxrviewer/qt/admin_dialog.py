"""Administration: adapt the screening model to the clinic's own X-rays, safely.

Open it non-modally so the viewer stays usable while training runs::

    dlg = AdminDialog(parent)
    dlg.model_changed.connect(reload_model)   # str: folder of the model now in use
    dlg.show()

Steps, each explicit: unlock with the administrator passphrase; check a folder of labelled local
X-rays; train (in a child process; fine-tune the model in use, or from scratch); compare the new
model with the model in use on images neither trained on; only then *Use the new model* or
*Discard* it. Any earlier model, or the one supplied with cxrviewer, can be put back from the
Models tab, and the threshold can be adjusted on local images without retraining. Every decision
goes to the audit log. The logic lives in ``cxrviewer.core`` (admin_auth, datacheck, comparison,
registry, audit); this module only arranges it on screen and keeps long work off the GUI thread.
"""

from __future__ import annotations

import datetime as _dt
import html
import logging
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cxrviewer.core.admin import audit, auth, datacheck
from cxrviewer.core.admin.comparison import Comparison, Recalibration, compare_models, recalibrate, unseen_images
from cxrviewer.core.admin.datacheck import DataCheckReport
from cxrviewer.core.admin.registry import KIND_EXTERNAL, KIND_RECALIBRATED, RegisteredModel, Registry
from cxrviewer.core.errors import CxrError
from cxrviewer.core.model.card import KERAS_NAME, verify_model
from cxrviewer.core.types import CancelToken
from cxrviewer.qt.roc_chart import BLUE, ORANGE, LineChart, Series
from cxrviewer.qt.training_process import DEFAULT_GRACE_MS, TrainingProcess, training_command

log = logging.getLogger(__name__)

CommandBuilder = Callable[..., tuple[str, list[str]]]
UNEXPECTED = "Something went wrong. The model in use is unchanged. Details are in the cxrviewer log file."


# ---------------------------------------------------------------- small pieces


def percent(value: float) -> str:
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{100 * value:.0f}%"


def decimal(value: float | None) -> str:
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.2f}"


def local_time(iso: str) -> str:
    """'2026-11-25 21:29' in the computer's time zone, from an ISO timestamp (UTC in cards)."""
    try:
        return _dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return iso or "–"


def origin_words(model: RegisteredModel) -> str:
    if model.bundled:
        return "Supplied with cxrviewer"
    if model.kind == KIND_EXTERNAL:
        return "Chosen outside this list"
    if model.kind == KIND_RECALIBRATED:
        return "Threshold adjusted on local X-rays"
    if model.card.extra.get("training", {}).get("fine_tuned_from"):
        return "Retrained on local X-rays"
    return "Trained on local X-rays"


def results_words(model: RegisteredModel) -> str:
    m = model.metrics
    if "auc" not in m:
        return "–"
    return (f"AUC {decimal(m.get('auc'))} · flags {percent(m.get('sensitivity'))} of abnormal, "
            f"clears {percent(m.get('specificity'))} of normal")


def fit_table_height(table: QTableWidget) -> None:
    """Make a small table exactly as tall as its rows (no grey empty area below them)."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 2)


def threshold_consequence(result: Recalibration) -> str:
    """What the new threshold means in daily work: how many normal images would be flagged for review."""
    before = 1 - result.before.specificity
    after = 1 - result.after.specificity
    text = (f"Calculated on {result.images} images ({result.normal} normal, {result.abnormal} abnormal). "
            f"With the new threshold, {percent(result.after.sensitivity)} of abnormal images are flagged, and "
            f"{percent(after)} of normal images would be flagged for review (now {percent(before)}).")
    if result.images < 100:
        text += " With fewer than 100 images these figures are rough."
    return text


class MessageLabel(QLabel):
    """A one-line inline message (no pop-up storms): plain sentences in a calm colour per kind."""

    COLORS = {"error": "#a40000", "info": "#333333", "success": "#1b6e20"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.kind = "info"
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setStyleSheet(f"color: {self.COLORS[kind]}; font-weight: {'bold' if kind == 'error' else 'normal'};")
        self.setText(text)
        self.setVisible(bool(text))


class BackgroundJob(QThread):
    """Runs ``work(progress, cancel)`` off the GUI thread; the result or a plain message comes back by signal.

    Receivers must be slots of GUI-thread objects (bound methods), so they run on the GUI thread.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[Callable[[int, int], None], CancelToken], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.cancel_token = CancelToken()

    def run(self) -> None:
        try:
            result = self._work(self._report_progress, self.cancel_token)
        except CxrError as exc:
            log.warning("background job failed: %s (%s)", exc.user_message, exc.detail)
            self.failed.emit(exc.user_message)
        except Exception:  # noqa: BLE001 - the dialog shows a sentence; the log keeps the traceback
            log.exception("background job crashed")
            self.failed.emit(UNEXPECTED)
        else:
            self.succeeded.emit(result)
        finally:
            self._work = None  # drop the closure (and what it holds) as soon as the work is done

    def _report_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def stop(self, wait_ms: int = 30_000) -> None:
        self.cancel_token.cancel()
        self.wait(wait_ms)


# ---------------------------------------------------------------- the dialog


class AdminDialog(QDialog):
    """Passphrase, local data check, retraining, comparison, activation, rollback, threshold."""

    model_changed = Signal(str)  # folder of the model now in use

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        registry: Registry | None = None,
        config_dir: Path | None = None,
        command_builder: CommandBuilder = training_command,
        cancel_grace_ms: int = DEFAULT_GRACE_MS,
        check_threads: int = 2,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("cxrviewer – Administration")
        self.setModal(False)
        self.resize(900, 680)
        self.registry = registry or Registry(config_dir=config_dir)
        self.config_dir = config_dir
        self.command_builder = command_builder
        self.cancel_grace_ms = cancel_grace_ms
        self.check_threads = check_threads
        self.report: DataCheckReport | None = None
        self.training: TrainingProcess | None = None
        self.candidate_out: Path | None = None  # staging folder the running/finished training writes to
        self.candidate_dir: Path | None = None  # a finished candidate awaiting the admin's decision
        self.recalibration_model: RegisteredModel | None = None
        self._models: list[RegisteredModel] = []
        self._job_bar: QProgressBar | None = None
        self.trained_against: RegisteredModel | None = None
        self.comparison: Comparison | None = None
        self.recalibration: Recalibration | None = None
        self.job: BackgroundJob | None = None  # the check/comparison/recalibration whose result is awaited
        self._threads: list[BackgroundJob] = []  # every job thread not yet finished (joined in shutdown)
        self._job_handlers: tuple[Callable[[Any], None], Callable[[str], None]] | None = None
        self._epoch_points: list[tuple[float, float, float]] = []

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_auth_page())
        self.stack.addWidget(self._build_main_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._update_training_controls()
        self._show_auth()

    # ============================================================ passphrase

    def _build_auth_page(self) -> QWidget:
        page = QWidget()
        self.auth_title = QLabel()
        self.auth_title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.auth_text = QLabel()
        self.auth_text.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setObjectName("passphrase")
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setObjectName("passphrase_repeat")
        self.repeat_label = QLabel("Type it again:")
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase_edit.returnPressed.connect(self._unlock)
        self.repeat_edit.returnPressed.connect(self._unlock)
        self.auth_message = MessageLabel()

        form = QFormLayout()
        form.addRow("Passphrase:", self.passphrase_edit)
        form.addRow(self.repeat_label, self.repeat_edit)
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(self.auth_title)
        box.addWidget(self.auth_text)
        box.addLayout(form)
        box.addWidget(self.auth_message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        box.addLayout(row)
        box.addStretch(2)
        return page

    def _show_auth(self) -> None:
        first_use = not auth.is_passphrase_set(self.config_dir)
        self.first_use = first_use
        if first_use:
            self.auth_title.setText("Set the administrator passphrase")
            self.auth_text.setText(
                "Only administrators may change the screening model. Choose a passphrase of at least "
                f"{auth.MIN_LENGTH} characters; it will be asked for every time this window is opened. "
                "Keep it somewhere safe: it cannot be recovered."
            )
            self.unlock_button.setText("Set passphrase")
        else:
            self.auth_title.setText("Administrator passphrase")
            self.auth_text.setText("Enter the administrator passphrase to manage the screening model.")
            self.unlock_button.setText("Unlock")
        self.repeat_edit.setVisible(first_use)
        self.repeat_label.setVisible(first_use)
        self.stack.setCurrentIndex(0)
        self.passphrase_edit.setFocus()

    @Slot()
    def _unlock(self) -> None:
        passphrase = self.passphrase_edit.text()
        try:
            if self.first_use:
                problem = auth.check_new_passphrase(passphrase, self.repeat_edit.text())
                if problem:
                    self.auth_message.show_message(problem, "error")
                    return
                auth.set_passphrase(passphrase, self.config_dir)
                audit.append_entry(audit.PASSPHRASE_SET)
            elif not auth.verify_passphrase(passphrase, self.config_dir):
                self.auth_message.show_message("That passphrase is not correct. Please try again.", "error")
                self.passphrase_edit.selectAll()
                return
        except CxrError as exc:
            self.auth_message.show_message(exc.user_message, "error")
            return
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.auth_message.show_message("")
        self._enter_main()

    @property
    def unlocked(self) -> bool:
        return self.stack.currentIndex() == 1

    def _enter_main(self) -> None:
        self.registry.clean_staging()
        self.refresh_models()
        self.stack.setCurrentIndex(1)

    # ============================================================ main page

    def _build_main_page(self) -> QWidget:
        page = QWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_models_tab(), "Models")
        self.tabs.addTab(self._build_data_tab(), "1. Local X-rays")
        self.tabs.addTab(self._build_training_tab(), "2. Retrain and compare")
        self.tabs.addTab(self._build_threshold_tab(), "Adjust threshold")
        footer = QLabel("For screening support; not a diagnosis. Every change is recorded in the audit log.")
        footer.setStyleSheet("color: #555;")
        close = QPushButton("Close")
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(footer, 1)
        row.addWidget(close)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tabs)
        box.addLayout(row)
        return page

    # ------------------------------------------------------------ models tab

    def _build_models_tab(self) -> QWidget:
        tab = QWidget()
        self.active_label = QLabel()
        self.active_label.setWordWrap(True)
        self.active_label.setStyleSheet("font-weight: bold;")
        self.models_table = QTableWidget(0, 5)
        self.models_table.setHorizontalHeaderLabels(["Model", "Added", "Origin", "Results on images set aside", "In use"])
        self.models_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.models_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.models_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.models_table.verticalHeader().hide()
        header = self.models_table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.models_table.itemSelectionChanged.connect(self._update_use_button)
        self.use_model_button = QPushButton("Use the selected model")
        self.use_model_button.clicked.connect(self._use_selected_model)
        self.models_message = MessageLabel()
        self.audit_view = QPlainTextEdit()
        self.audit_view.setReadOnly(True)
        self.audit_view.setMaximumHeight(130)

        row = QHBoxLayout()
        row.addWidget(self.models_message, 1)
        row.addStretch(0)
        row.addWidget(self.use_model_button)
        box = QVBoxLayout(tab)
        box.addWidget(self.active_label)
        box.addWidget(self.models_table, 1)
        box.addLayout(row)
        box.addWidget(QLabel("Recent decisions (audit log):"))
        box.addWidget(self.audit_view)
        return tab

    def refresh_models(self) -> None:
        """Reload the list from the registry and the settings (the single sources of truth)."""
        try:
            models = self.registry.models()
            active = self.registry.active()
        except CxrError as exc:
            self.models_message.show_message(exc.user_message, "error")
            return
        self._models = models
        self.active_label.setText(f"In use now: {active.label}, threshold {percent(active.threshold)}")
        self.models_table.setRowCount(len(models))
        for row, model in enumerate(models):
            in_use = model.path.resolve() == active.path.resolve()
            cells = [f"{model.name} {model.version}", local_time(model.created), origin_words(model), results_words(model),
                     "● in use" if in_use else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if in_use:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.models_table.setItem(row, column, item)
        self._update_use_button()
        self._refresh_audit_view()

    def _refresh_audit_view(self) -> None:
        lines = []
        for entry in reversed(audit.read_entries()[-30:]):
            model = entry.get("model") or {}
            what = f"{model.get('name', '')} {model.get('version', '')}".strip()
            lines.append(f"{local_time(entry.get('when', ''))}  {entry.get('who', '?')}: {entry.get('decision')}"
                         + (f" – {what}" if what else ""))
        self.audit_view.setPlainText("\n".join(lines) or "No decisions recorded yet.")

    def _selected_model(self) -> RegisteredModel | None:
        rows = self.models_table.selectionModel().selectedRows()
        return self._models[rows[0].row()] if rows else None

    @Slot()
    def _update_use_button(self) -> None:
        """Switching is blocked while a new model is being trained or awaits a decision: it is compared
        with the model that was in use when its training started."""
        model = self._selected_model()
        active = self.registry.active()
        training = self.training is not None and self.training.is_running()
        self.use_model_button.setEnabled(model is not None and model.path.resolve() != active.path.resolve()
                                         and not training and self.candidate_out is None)
        self.use_model_button.setToolTip("Finish or discard the new model first." if training or self.candidate_out else "")

    @Slot()
    def _use_selected_model(self) -> None:
        model = self._selected_model()
        if model is None:
            return
        previous = self.registry.active()
        newer = model.created > previous.created and not model.bundled
        decision = audit.ACTIVATED if newer else audit.ROLLED_BACK
        if self._activate(model, decision, previous=previous.audit_fields()):
            self.models_message.show_message(f"Now in use: {model.label}.", "success")

    def _activate(self, model: RegisteredModel, decision: str, **details: Any) -> bool:
        """Switch the model in use (verified, atomic), record it, and tell the viewer. False on failure."""
        try:
            self.registry.activate(model)
        except CxrError as exc:
            self.models_message.show_message(f"{exc.user_message} The model in use is unchanged.", "error")
            self.refresh_models()
            return False
        except OSError:
            log.exception("activation of %s failed", model.path)
            self.models_message.show_message("The settings could not be saved. The model in use is unchanged.", "error")
            self.refresh_models()
            return False
        audit.append_entry(decision, model=model.audit_fields(), **details)
        self.refresh_models()
        self.model_changed.emit(str(model.path))
        return True

    # ------------------------------------------------------------ local data tab

    def _build_data_tab(self) -> QWidget:
        tab = QWidget()
        intro = QLabel(
            "Choose chest X-rays from your clinic whose findings are known. Three ways of labelling them are understood: "
            "subfolders named <b>normal</b> and <b>abnormal</b>; file names ending in <b>_0</b> (normal) or <b>_1</b> "
            "(abnormal); or a CSV list with the columns <b>file</b> and <b>label</b> (0 or 1) and, if a patient has several "
            "images, <b>group</b> (for example the patient number)."
        )
        intro.setWordWrap(True)
        self.data_edit = QLineEdit()
        self.data_edit.setPlaceholderText("Folder or CSV list of labelled X-rays")
        self.data_edit.setObjectName("data_path")
        folder_button = QPushButton("Choose folder…")
        folder_button.clicked.connect(self._choose_folder)
        csv_button = QPushButton("Choose CSV list…")
        csv_button.clicked.connect(self._choose_csv)
        self.check_button = QPushButton("Check images")
        self.check_button.clicked.connect(self.start_check)
        self.data_edit.returnPressed.connect(self.start_check)
        self.check_progress = QProgressBar()
        self.check_progress.hide()
        self.data_message = MessageLabel()
        self.report_view = QTextBrowser()
        self.report_view.setOpenLinks(False)
        self.report_view.setPlaceholderText("The check report appears here.")

        row = QHBoxLayout()
        row.addWidget(self.data_edit, 1)
        row.addWidget(folder_button)
        row.addWidget(csv_button)
        row.addWidget(self.check_button)
        box = QVBoxLayout(tab)
        box.addWidget(intro)
        box.addLayout(row)
        box.addWidget(self.check_progress)
        box.addWidget(self.data_message)
        box.addWidget(self.report_view, 1)
        return tab

    @Slot()
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder of labelled X-rays")
        if folder:
            self.data_edit.setText(folder)
            self.start_check()

    @Slot()
    def _choose_csv(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, "CSV list of labelled X-rays", "", "CSV list (*.csv)")
        if file:
            self.data_edit.setText(file)
            self.start_check()

    def _fractions(self) -> tuple[float, float]:
        """(tuning, checking) shares: the share set aside is split evenly between the two."""
        held_out = self.held_out_spin.value() / 100.0
        return held_out / 2, held_out / 2

    @Slot()
    def start_check(self) -> None:
        text = self.data_edit.text().strip()
        if not text:
            self.data_message.show_message("Choose a folder or a CSV list first.", "error")
            return
        if self._busy(self.data_message):
            return
        if self.candidate_dir is not None:
            self.data_message.show_message("First use or discard the new model (tab “2. Retrain and compare”).", "info")
            return
        data = Path(text).expanduser()
        val, test = self._fractions()
        self.report = None
        self.report_view.clear()
        self._update_training_controls()
        self.data_message.show_message("Reading every image once to check it…", "info")
        self.check_progress.setValue(0)
        self.check_progress.show()
        self.check_button.setEnabled(False)
        threads = self.check_threads

        def work(progress, cancel):
            return datacheck.check_data(data, val_fraction=val, test_fraction=test, threads=threads,
                                        progress=progress, cancel=cancel)

        self._run_job(work, self._check_done, self._check_failed, self.check_progress)

    @Slot(object)
    def _check_done(self, report: DataCheckReport) -> None:
        self.check_button.setEnabled(True)
        self.check_progress.hide()
        self.report = report
        val, test = self._fractions()
        datacheck.assess(report, val_fraction=val, test_fraction=test)
        self._show_report()
        self._update_training_controls()

    @Slot(str)
    def _check_failed(self, message: str) -> None:
        self.check_button.setEnabled(True)
        self.check_progress.hide()
        self.data_message.show_message(message, "error")
        self._update_training_controls()

    def _show_report(self) -> None:
        report = self.report
        if report is None:
            return
        if report.ok:
            self.data_message.show_message("These images can be used for retraining.", "success")
        else:
            self.data_message.show_message(report.refusal or "", "error")
        self.report_view.setHtml(report_html(report))

    # ------------------------------------------------------------ training tab

    def _build_training_tab(self) -> QWidget:
        tab = QWidget()
        self.training_hint = MessageLabel()
        options = QGroupBox("Options")
        self.fine_tune_radio = QRadioButton("Improve the model in use with your X-rays (recommended)")
        self.scratch_radio = QRadioButton("Train a new model from scratch (needs many more images)")
        self.fine_tune_radio.setChecked(True)
        group = QButtonGroup(options)
        group.addButton(self.fine_tune_radio)
        group.addButton(self.scratch_radio)
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(1, 200)
        self.epochs_spin.setValue(10)
        self.epochs_spin.setSuffix(" rounds")
        self.held_out_spin = QSpinBox()
        self.held_out_spin.setRange(10, 60)
        self.held_out_spin.setValue(30)
        self.held_out_spin.setSuffix(" % of patients")
        self.held_out_spin.setToolTip("Half of these images tune the new model, half compare it with the model in use. "
                                      "None of them are used to train it.")
        self.held_out_spin.valueChanged.connect(self._held_out_changed)
        form = QFormLayout(options)
        form.addRow(self.fine_tune_radio)
        form.addRow(self.scratch_radio)
        form.addRow("Training length:", self.epochs_spin)
        form.addRow("Set aside for checking:", self.held_out_spin)

        self.start_button = QPushButton("Start training")
        self.start_button.clicked.connect(self.start_training)
        self.stop_button = QPushButton("Stop training")
        self.stop_button.clicked.connect(self.stop_training)
        self.stop_button.setEnabled(False)
        self.training_status = QLabel("")
        self.training_status.setWordWrap(True)
        self.training_progress = QProgressBar()
        self.training_progress.hide()
        self.training_message = MessageLabel()
        self.training_chart = LineChart("Training progress", "Round", "")
        self.training_chart.integer_x = True
        self.training_chart.setToolTip("Training error should fall; the check score (AUC on images set aside for tuning) "
                                       "should rise. 1.0 is perfect, 0.5 is chance.")
        self.training_chart.placeholder = "The curve appears after the first round."

        self.compare_box = QGroupBox("New model compared with the model in use, on your images set aside")
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setStyleSheet("font-weight: bold;")
        self.compare_table = QTableWidget(4, 2)
        self.compare_table.setHorizontalHeaderLabels(["Model in use", "New model"])
        self.compare_table.setVerticalHeaderLabels(
            ["Tells normal from abnormal (AUC, 1.00 = perfect)", "Abnormal images flagged (sensitivity)",
             "Normal images not flagged (specificity)", "Threshold (flag when score is at least)"]
        )
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.roc_chart = LineChart("Flagged abnormal vs false alarms", "False alarms (normal images flagged)",
                                   "Abnormal images flagged")
        self.roc_chart.x_range = (0.0, 1.0)
        self.roc_chart.y_range = (0.0, 1.0)
        self.roc_chart.diagonal = True
        self.accept_button = QPushButton("Use the new model")
        self.accept_button.clicked.connect(self.accept_candidate)
        self.reject_button = QPushButton("Discard the new model")
        self.reject_button.clicked.connect(self.reject_candidate)
        compare_layout = QVBoxLayout(self.compare_box)
        compare_layout.addWidget(self.verdict_label)
        compare_row = QHBoxLayout()
        table_column = QVBoxLayout()
        table_column.addWidget(self.compare_table)
        self.compare_note = QLabel(
            "AUC summarises how well the scores separate normal from abnormal images at every threshold. "
            "Sensitivity and specificity are at each model's own threshold.")
        self.compare_note.setWordWrap(True)
        self.compare_note.setStyleSheet("color: #555;")
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
        box = QVBoxLayout(tab)
        box.addWidget(self.training_hint)
        box.addLayout(top, 2)
        box.addWidget(self.training_message)
        box.addWidget(self.compare_box, 3)
        return tab

    @Slot(int)
    def _held_out_changed(self, _value: int) -> None:
        if self.report is not None:
            val, test = self._fractions()
            datacheck.assess(self.report, val_fraction=val, test_fraction=test)
            self._show_report()
        self._update_training_controls()

    def _update_training_controls(self) -> None:
        """Enable what makes sense now, and say why training is not possible where it is not."""
        running = self.training is not None and self.training.is_running()
        deciding = self.candidate_dir is not None
        ready = self.report is not None and self.report.ok
        if self.report is None:
            self.training_hint.show_message("First check a folder of labelled X-rays on the “1. Local X-rays” tab.", "info")
        elif not self.report.ok:
            self.training_hint.show_message(f"Training is not possible with these images: {self.report.refusal}", "error")
        else:
            self.training_hint.show_message(
                f"Images: {self.report.normal} normal and {self.report.abnormal} abnormal from {self.report.data}.", "info")
        self.start_button.setEnabled(ready and not running and not deciding and self.job is None)
        self.stop_button.setEnabled(running)
        for widget in (self.fine_tune_radio, self.scratch_radio, self.epochs_spin, self.held_out_spin):
            widget.setEnabled(not running and not deciding)
        usable = self.report is not None and self.report.enough_for_threshold
        self.recalibrate_button.setEnabled(usable and self.job is None and not running)
        self.threshold_hint.setVisible(not usable)
        if self._models:
            self._update_use_button()

    @Slot()
    def start_training(self) -> None:
        if self.report is None or not self.report.ok or self._busy(self.training_message):
            return
        try:
            self.trained_against = self.registry.active()
        except CxrError as exc:
            self.training_message.show_message(exc.user_message, "error")
            return
        init_from = self.trained_against.path if self.fine_tune_radio.isChecked() else None
        if init_from is not None and not (init_from / KERAS_NAME).is_file():
            self.training_message.show_message(
                "The model in use cannot be improved here (the file needed for further training is not part of it). "
                "Choose “Train a new model from scratch”, or put back the model supplied with cxrviewer first.", "error")
            return
        val, test = self._fractions()
        out = self.registry.new_staging_dir()
        program, args = self.command_builder(self.report.data.resolve(), out, epochs=self.epochs_spin.value(),
                                             val_fraction=val, test_fraction=test, init_from=init_from)
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
        self._update_training_controls()

    @Slot(dict)
    def _training_data_summarized(self, event: dict) -> None:
        self.training_message.show_message(
            f"Training on {event.get('train_images', '?')} images; {event.get('val_images', '?')} tune it and "
            f"{event.get('test_images', '?')} are kept aside to compare it with the model in use.", "info")

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
            Series("Training error", ORANGE, [(e, loss) for e, loss, _ in self._epoch_points], markers=True),
            Series("Check score (AUC)", BLUE, [(e, auc) for e, _, auc in self._epoch_points], markers=True),
        ])

    @Slot(str)
    def _training_failed(self, message: str) -> None:
        self.training_progress.hide()
        self.training_status.setText("")
        self._discard_output()
        audit.append_entry(audit.TRAINING_FAILED, note=message, data_folder=str(self.report.data) if self.report else None,
                           data_fingerprint=self.report.fingerprint if self.report else None)
        self.training_message.show_message(message, "error")
        self._update_training_controls()

    def _discard_output(self) -> None:
        out = self.candidate_out
        if out is not None:
            self.registry.discard_staging(out)
        self.candidate_out = None
        self.candidate_dir = None

    @Slot(str)
    def _training_finished(self, model_dir: str) -> None:
        self.training_progress.hide()
        self.training_status.setText("")
        if model_dir and Path(model_dir).resolve() != self.candidate_out.resolve():
            log.warning("training reported %s, expected %s; using the expected folder", model_dir, self.candidate_out)
        self.candidate_dir = self.candidate_out
        self.training_message.show_message("Training finished. Comparing the new model with the model in use…", "info")
        self.training_progress.setRange(0, 0)
        self.training_progress.show()
        candidate_dir, current, items = self.candidate_dir, self.trained_against, list(self.report.readable)

        def work(progress, cancel):
            candidate = (candidate_dir, verify_model(candidate_dir))
            return compare_models(candidate, (current.path, current.card), items, progress, cancel)

        self._run_job(work, self._comparison_done, self._comparison_failed, self.training_progress)
        self._update_training_controls()

    @Slot(object)
    def _comparison_done(self, comparison: Comparison) -> None:
        self.training_progress.hide()
        self.comparison = comparison
        self.training_message.show_message(
            f"Both models were scored on the same {comparison.images} images set aside ({comparison.normal} normal, "
            f"{comparison.abnormal} abnormal); the new model never saw them during training.", "info")
        self.verdict_label.setText(comparison.verdict)
        for column, result in enumerate((comparison.current, comparison.candidate)):
            values = [decimal(result.auc), percent(result.sensitivity), percent(result.specificity), percent(result.threshold)]
            for row, text in enumerate(values):
                self.compare_table.setItem(row, column, QTableWidgetItem(text))
        fit_table_height(self.compare_table)
        self.roc_chart.set_series([
            Series(f"Model in use (AUC {decimal(comparison.current.auc)})", QColor("#777777"),
                   list(zip(comparison.current.fpr.tolist(), comparison.current.tpr.tolist(), strict=True)), dashed=True),
            Series(f"New model (AUC {decimal(comparison.candidate.auc)})", BLUE,
                   list(zip(comparison.candidate.fpr.tolist(), comparison.candidate.tpr.tolist(), strict=True))),
        ])
        self.accept_button.setEnabled(True)
        self.reject_button.setEnabled(True)
        self.compare_box.show()
        self._update_training_controls()

    @Slot(str)
    def _comparison_failed(self, message: str) -> None:
        self.training_progress.hide()
        self.training_message.show_message(f"The new model could not be compared: {message} It was discarded.", "error")
        self._discard_output()
        audit.append_entry(audit.REJECTED, note=f"comparison failed: {message}",
                           data_folder=str(self.report.data) if self.report else None)
        self._update_training_controls()

    def _data_details(self) -> dict:
        report = self.report
        if report is None:
            return {}
        return {"data_folder": str(report.data), "data_fingerprint": report.fingerprint, "counts": report.counts()}

    @Slot()
    def accept_candidate(self) -> None:
        if self.candidate_dir is None or self.comparison is None:
            return
        note = {"data": str(self.report.data) if self.report else None,
                "data_fingerprint": self.report.fingerprint if self.report else None,
                "comparison": self.comparison.to_audit()}
        try:
            model = self.registry.register(self.candidate_dir, note=note)
        except (CxrError, OSError) as exc:
            log.exception("registering %s failed", self.candidate_dir)
            message = exc.user_message if isinstance(exc, CxrError) else "The new model could not be saved."
            self.training_message.show_message(f"{message} The model in use is unchanged.", "error")
            return
        self.candidate_dir = None
        self.candidate_out = None
        previous = self.trained_against.audit_fields() if self.trained_against else None
        if self._activate(model, audit.ACTIVATED, previous=previous, metrics=self.comparison.to_audit(), **self._data_details()):
            self.training_message.show_message(f"The new model is now in use: {model.label}.", "success")
        else:
            self.training_message.show_message(
                "The new model was saved but could not be switched on; the model in use is unchanged. See the Models tab.",
                "error")
        self.compare_box.hide()
        self._update_training_controls()

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
        self._discard_output()
        audit.append_entry(audit.REJECTED, model=candidate, metrics=metrics, **self._data_details())
        self.compare_box.hide()
        self.training_message.show_message("The new model was discarded. The model in use is unchanged.", "info")
        self._update_training_controls()

    # ------------------------------------------------------------ threshold tab

    def _build_threshold_tab(self) -> QWidget:
        tab = QWidget()
        intro = QLabel(
            "The threshold decides above which score an image is flagged “Review recommended”. Here it can be set on your "
            "own labelled X-rays so that the model in use flags a chosen share of abnormal images. The model itself is not "
            "changed; the adjusted version is added to the Models list, so the previous threshold can always be put back."
        )
        intro.setWordWrap(True)
        self.threshold_hint = QLabel("First check a folder of labelled X-rays on the “1. Local X-rays” tab.")
        self.threshold_hint.setStyleSheet("color: #555;")
        self.target_spin = QDoubleSpinBox()
        self.target_spin.setRange(50.0, 99.0)
        self.target_spin.setDecimals(0)
        self.target_spin.setValue(90.0)
        self.target_spin.setSuffix(" % of abnormal images flagged")
        self.recalibrate_button = QPushButton("Calculate")
        self.recalibrate_button.clicked.connect(self.start_recalibration)
        self.threshold_progress = QProgressBar()
        self.threshold_progress.hide()
        self.threshold_message = MessageLabel()
        self.threshold_table = QTableWidget(3, 2)
        self.threshold_table.setHorizontalHeaderLabels(["Current threshold", "New threshold"])
        self.threshold_table.setVerticalHeaderLabels(
            ["Threshold (flag when score is at least)", "Abnormal images flagged (sensitivity)",
             "Normal images not flagged (specificity)"])
        self.threshold_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.threshold_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.threshold_table.hide()
        self.apply_threshold_button = QPushButton("Use the new threshold")
        self.apply_threshold_button.clicked.connect(self.apply_recalibration)
        self.apply_threshold_button.hide()

        row = QHBoxLayout()
        row.addWidget(QLabel("Target:"))
        row.addWidget(self.target_spin)
        row.addWidget(self.recalibrate_button)
        row.addStretch(1)
        apply_row = QHBoxLayout()
        apply_row.addStretch(1)
        apply_row.addWidget(self.apply_threshold_button)
        box = QVBoxLayout(tab)
        box.addWidget(intro)
        box.addWidget(self.threshold_hint)
        box.addLayout(row)
        box.addWidget(self.threshold_progress)
        box.addWidget(self.threshold_message)
        box.addWidget(self.threshold_table)
        box.addLayout(apply_row)
        box.addStretch(1)
        return tab

    @Slot()
    def start_recalibration(self) -> None:
        if self.report is None or not self.report.enough_for_threshold or self._busy(self.threshold_message):
            return
        try:
            model = self.registry.active()
        except CxrError as exc:
            self.threshold_message.show_message(exc.user_message, "error")
            return
        items = unseen_images(self.report.readable, model.card, self.report.data)
        target = self.target_spin.value() / 100.0
        self.recalibration_model = model
        self.recalibration = None
        self.threshold_table.hide()
        self.apply_threshold_button.hide()
        self.threshold_message.show_message(f"Scoring {len(items)} images the model in use has not been trained on…", "info")
        self.threshold_progress.setValue(0)
        self.threshold_progress.show()

        def work(progress, cancel):
            return recalibrate((model.path, model.card), items, target, progress, cancel)

        self._run_job(work, self._recalibration_done, self._recalibration_failed, self.threshold_progress)

    @Slot(object)
    def _recalibration_done(self, result: Recalibration) -> None:
        self.threshold_progress.hide()
        self.recalibration = result
        for column, res in enumerate((result.before, result.after)):
            for row, text in enumerate((percent(res.threshold), percent(res.sensitivity), percent(res.specificity))):
                self.threshold_table.setItem(row, column, QTableWidgetItem(text))
        fit_table_height(self.threshold_table)
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
        result, base = self.recalibration, self.recalibration_model
        if result is None or base is None or self.report is None:
            return
        target = result.target_sensitivity
        method = f"highest threshold flagging at least {100 * target:.0f}% of abnormal images on {result.images} local images"
        note = {"method": method,
                "target_sensitivity": target, "data": str(self.report.data), "data_fingerprint": self.report.fingerprint}
        try:
            model = self.registry.add_recalibrated(base, result.threshold, result.evaluation(), note)
        except (CxrError, OSError) as exc:
            log.exception("recalibration of %s failed", base.path)
            message = exc.user_message if isinstance(exc, CxrError) else "The new threshold could not be saved."
            self.threshold_message.show_message(f"{message} The model in use is unchanged.", "error")
            return
        if self._activate(model, audit.RECALIBRATED, previous=base.audit_fields(), metrics=result.evaluation(),
                          target_sensitivity=target, **self._data_details()):
            self.threshold_message.show_message(f"The new threshold ({percent(result.threshold)}) is now in use.", "success")
        else:
            self.threshold_message.show_message(
                "The new threshold could not be switched on; the model in use is unchanged.", "error")
        self.apply_threshold_button.setEnabled(False)

    # ------------------------------------------------------------ background work

    def _busy(self, label: MessageLabel) -> bool:
        """True (and says so on ``label``) while a check, training or comparison is running."""
        if self.job is not None or (self.training is not None and self.training.is_running()):
            label.show_message("Please wait until the current step has finished.", "info")
            return True
        return False

    def _run_job(self, work, on_done: Callable[[Any], None], on_fail: Callable[[str], None], bar: QProgressBar) -> None:
        """Run ``work`` on a thread. ``self.job`` is cleared as soon as its result arrives, so the
        handlers already see an idle dialog; the thread itself is joined in ``shutdown``."""
        job = BackgroundJob(work, self)
        self.job = job
        self._job_handlers = (on_done, on_fail)
        self._threads.append(job)
        job.progressed.connect(self._job_progress)
        job.succeeded.connect(self._job_succeeded)
        job.failed.connect(self._job_failed)
        job.finished.connect(self._thread_finished)
        self._job_bar = bar
        job.start()
        self._update_training_controls()

    @Slot(int, int)
    def _job_progress(self, done: int, total: int) -> None:
        bar = self._job_bar
        if bar is not None and total > 0:
            bar.setRange(0, total)
            bar.setValue(done)

    @Slot(object)
    def _job_succeeded(self, result: Any) -> None:
        handlers, self._job_handlers, self.job = self._job_handlers, None, None
        if handlers is not None:
            handlers[0](result)
        self._update_training_controls()

    @Slot(str)
    def _job_failed(self, message: str) -> None:
        handlers, self._job_handlers, self.job = self._job_handlers, None, None
        if handlers is not None:
            handlers[1](message)
        self._update_training_controls()

    @Slot()
    def _thread_finished(self) -> None:
        for thread in [t for t in self._threads if t.isFinished()]:
            self._threads.remove(thread)
            thread.deleteLater()

    # ------------------------------------------------------------ closing

    def shutdown(self) -> None:
        """Stop whatever runs (training child killed, its partial model deleted; thread joined)."""
        if self.training is not None and self.training.is_running():
            self.training.abort()
        if self.candidate_dir is not None or self.candidate_out is not None:
            self._discard_output()
        for thread in list(self._threads):
            thread.stop()
        self.job = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.training is not None and self.training.is_running():
            answer = QMessageBox.question(self, "Training is running",
                                          "Training is still running. Stop it and close this window? Nothing will be changed.")
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.shutdown()
        super().closeEvent(event)

    def open(self) -> None:
        """Show without blocking the viewer: ``QDialog.open`` would make this window-modal, and the viewer
        must stay usable during a training run that can take hours."""
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.show()
        self.raise_()
        self.activateWindow()

    def reject(self) -> None:
        """Escape closes like the Close button (with the same question while training runs)."""
        self.close()


# ---------------------------------------------------------------- report as HTML


def report_html(report: DataCheckReport, max_listed: int = 15) -> str:
    """The check report in plain words: counts, what will be left out and why, and what to fix."""
    esc = html.escape
    parts = [f"<p><b>{esc(str(report.data))}</b></p><ul>"]
    parts += [f"<li>{esc(line)}</li>" for line in report.summary_lines()]
    parts.append("</ul>")
    if report.split_counts:
        c = report.split_counts
        parts.append(
            "<p>The images are divided into three parts: "
            f"<b>{c['train']['normal'] + c['train']['abnormal']}</b> to train on, "
            f"<b>{c['val']['normal'] + c['val']['abnormal']}</b> to tune, and "
            f"<b>{c['test']['normal'] + c['test']['abnormal']}</b> "
            f"({c['test']['normal']} normal, {c['test']['abnormal']} abnormal) "
            "to compare the new model with the model in use."
            + (" Images of the same patient (the list's <b>group</b> column) always stay in the same part."
               if report.labelling == datacheck.LABELLING_CSV else "")
            + "</p>"
        )
    if report.unreadable:
        parts.append("<p><b>Files that cannot be read</b> (they will be left out):</p><ul>")
        for bad in report.unreadable[:max_listed]:
            parts.append(f"<li>{esc(_short(bad.path, report.data))}: {esc(bad.reason)}</li>")
        if len(report.unreadable) > max_listed:
            parts.append(f"<li>… and {len(report.unreadable) - max_listed} more.</li>")
        parts.append("</ul>")
    if report.duplicates:
        parts.append("<p><b>Identical files</b> (the same image stored more than once):</p><ul>")
        for dup in report.duplicates[:max_listed]:
            names = ", ".join(esc(_short(p, report.data)) for p in dup.paths)
            warning = " – <span style='color:#a40000'>labelled differently</span>" if dup.conflicting else ""
            parts.append(f"<li>{names}{warning}</li>")
        if len(report.duplicates) > max_listed:
            parts.append(f"<li>… and {len(report.duplicates) - max_listed} more.</li>")
        parts.append("</ul>")
    return "".join(parts)


def _short(path: Path, data: Path) -> str:
    root = data if data.is_dir() else data.parent
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
