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
registry, audit); this package only arranges it on screen and keeps long work off the GUI thread.

This module is the frame: the passphrase page, the four tabs, and what they share. Each tab owns its
widgets and slots; the tabs never reach into one another, they ask the dialog (``report``,
``busy``, ``run_job``, ``activate``, ``update_controls``, ...), which knows them all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxrviewer.core.admin import audit
from cxrviewer.core.admin.datacheck import DataCheckReport
from cxrviewer.core.admin.registry import RegisteredModel, Registry
from cxrviewer.core.errors import CxrError
from cxrviewer.qt.admin.auth_page import AuthPage
from cxrviewer.qt.admin.data_tab import DataTab
from cxrviewer.qt.admin.models_tab import ModelsTab
from cxrviewer.qt.admin.threshold_tab import ThresholdTab
from cxrviewer.qt.admin.training_tab import CommandBuilder, TrainingTab
from cxrviewer.qt.admin.widgets import BackgroundJob, MessageLabel, Work
from cxrviewer.qt.training_process import DEFAULT_GRACE_MS, training_command

log = logging.getLogger(__name__)


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
        self.job: BackgroundJob | None = None  # the check/comparison/recalibration whose result is awaited
        self._threads: list[BackgroundJob] = []  # every job thread not yet finished (joined in shutdown)
        self._job_handlers: tuple[Callable[[Any], None], Callable[[str], None]] | None = None
        self._job_bar: QProgressBar | None = None

        self.auth_page = AuthPage(config_dir)
        self.auth_page.passphrase_accepted.connect(self._enter_main)
        self.models_tab = ModelsTab(self)
        self.data_tab = DataTab(self, check_threads=check_threads)
        self.training_tab = TrainingTab(self, command_builder=command_builder, cancel_grace_ms=cancel_grace_ms)
        self.training_tab.held_out_spin.valueChanged.connect(self._held_out_changed)
        self.threshold_tab = ThresholdTab(self)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.auth_page)
        self.stack.addWidget(self._build_main_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.update_controls()
        self.stack.setCurrentIndex(0)
        self.auth_page.prepare()

    def _build_main_page(self) -> QWidget:
        page = QWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.models_tab, "Models")
        self.tabs.addTab(self.data_tab, "1. Local X-rays")
        self.tabs.addTab(self.training_tab, "2. Retrain and compare")
        self.tabs.addTab(self.threshold_tab, "Adjust threshold")
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

    @property
    def unlocked(self) -> bool:
        return self.stack.currentIndex() == 1

    @Slot()
    def _enter_main(self) -> None:
        self.registry.clean_staging()
        self.models_tab.refresh()
        self.stack.setCurrentIndex(1)

    @Slot(int)
    def _held_out_changed(self, _value: int) -> None:
        self.data_tab.reassess()  # the share set aside decides whether there are enough images
        self.update_controls()

    # ============================================================ what the tabs share

    @property
    def report(self) -> DataCheckReport | None:
        """The check of the local X-rays (data tab) that training and the threshold work from."""
        return self.data_tab.report

    def fractions(self) -> tuple[float, float]:
        """(tuning, checking) shares of the local X-rays, as chosen on the training tab."""
        return self.training_tab.fractions()

    def training_running(self) -> bool:
        return self.training_tab.is_running()

    def new_model_in_progress(self) -> bool:
        """A training runs, or its model awaits the administrator's decision."""
        return self.training_tab.candidate_out is not None

    def new_model_awaiting_decision(self) -> bool:
        return self.training_tab.candidate_dir is not None

    def data_details(self) -> dict:
        """What the audit log records about the local X-rays a decision was based on."""
        report = self.report
        if report is None:
            return {}
        return {"data_folder": str(report.data), "data_fingerprint": report.fingerprint, "counts": report.counts()}

    def update_controls(self) -> None:
        """Enable, on every tab, what makes sense now (after any change of data, job or training)."""
        self.training_tab.update_controls()
        self.threshold_tab.update_controls()
        self.models_tab.update_controls()

    def activate(self, model: RegisteredModel, decision: str, **details: Any) -> bool:
        """Switch the model in use (verified, atomic), record it, and tell the viewer. False on failure."""
        message = self.models_tab.models_message
        try:
            self.registry.activate(model)
        except CxrError as exc:
            message.show_message(f"{exc.user_message} The model in use is unchanged.", "error")
            self.models_tab.refresh()
            return False
        except OSError:
            log.exception("activation of %s failed", model.path)
            message.show_message("The settings could not be saved. The model in use is unchanged.", "error")
            self.models_tab.refresh()
            return False
        audit.append_entry(decision, model=model.audit_fields(), **details)
        self.models_tab.refresh()
        self.model_changed.emit(str(model.path))
        return True

    # ------------------------------------------------------------ background work

    def busy(self, label: MessageLabel) -> bool:
        """True (and says so on ``label``) while a check, training or comparison is running."""
        if self.job is not None or self.training_running():
            label.show_message("Please wait until the current step has finished.", "info")
            return True
        return False

    def run_job(self, work: Work, on_done: Callable[[Any], None], on_fail: Callable[[str], None], bar: QProgressBar) -> None:
        """Run ``work`` on a thread. ``self.job`` is cleared as soon as its result arrives, so the
        handlers already see an idle dialog; the thread itself is joined in ``shutdown``.

        The job's signals go to this dialog's slots (GUI thread), which call ``on_done``/``on_fail``:
        pass bound methods of the tabs, never lambdas.
        """
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
        self.update_controls()

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
        self.update_controls()

    @Slot(str)
    def _job_failed(self, message: str) -> None:
        handlers, self._job_handlers, self.job = self._job_handlers, None, None
        if handlers is not None:
            handlers[1](message)
        self.update_controls()

    @Slot()
    def _thread_finished(self) -> None:
        for thread in [t for t in self._threads if t.isFinished()]:
            self._threads.remove(thread)
            thread.deleteLater()

    # ------------------------------------------------------------ closing

    def shutdown(self) -> None:
        """Stop whatever runs (training child killed, its partial model deleted; thread joined)."""
        self.training_tab.shutdown()
        for thread in list(self._threads):
            thread.stop()
        self.job = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.training_running():
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
