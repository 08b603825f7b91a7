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

Locking: the window locks (back to the passphrase page) when it is closed, by Close, Escape or the
window's close button, and by itself after ``AUTO_LOCK_MS`` without a key press or mouse click in it, so
it is never left open on a shared workstation. A training or check that is running keeps running while
the window is locked; it can only be stopped, and a new model only used or discarded, after unlocking.

This module is the frame: the passphrase page, the tabs, and what they share. Each tab owns its
widgets and slots; the tabs never reach into one another, they ask the dialog (``report``,
``busy``, ``run_job``, ``activate``, ``update_controls``, ...), which knows them all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
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
from cxrviewer.qt.admin.reviews_tab import ReviewsTab
from cxrviewer.qt.admin.threshold_tab import ThresholdTab
from cxrviewer.qt.admin.training_tab import CommandBuilder, TrainingTab
from cxrviewer.qt.admin.widgets import BackgroundJob, MessageLabel, Work
from cxrviewer.qt.training_process import DEFAULT_GRACE_MS, training_command

log = logging.getLogger(__name__)

AUTO_LOCK_MS = 5 * 60 * 1000  # no key press or mouse click in the window for this long: it locks
INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                          QEvent.Type.Wheel, QEvent.Type.TouchBegin})
JOB_WHILE_LOCKED = QT_TRANSLATE_NOOP("AdminDialog", "A new model is being trained or awaits a decision. Unlock to stop or decide, "
                                     "or leave this window open: the work goes on while it is locked.")  # translated where shown


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
        auto_lock_ms: int = AUTO_LOCK_MS,
        training_available: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("cxrviewer – Administration"))
        self.setModal(False)
        self.resize(900, 680)
        self.registry = registry or Registry(config_dir=config_dir)
        self.config_dir = config_dir
        self.job: BackgroundJob | None = None  # the check/comparison/recalibration whose result is awaited
        self._threads: list[BackgroundJob] = []  # every job thread not yet finished (joined in shutdown)
        self._job_handlers: tuple[Callable[[Any], None], Callable[[str], None]] | None = None
        self._job_bar: QProgressBar | None = None

        self._parent_closing = False  # the viewer is quitting: this window must go, locked or not
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(auto_lock_ms)
        self.idle_timer.timeout.connect(self._lock_when_idle)
        if parent is not None:
            parent.installEventFilter(self)

        self.auth_page = AuthPage(config_dir)
        self.auth_page.passphrase_accepted.connect(self._enter_main)
        self.models_tab = ModelsTab(self)
        self.data_tab = DataTab(self, check_threads=check_threads)
        self.training_tab = TrainingTab(self, command_builder=command_builder, cancel_grace_ms=cancel_grace_ms,
                                        available=training_available)
        self.training_tab.held_out_spin.valueChanged.connect(self._held_out_changed)
        self.threshold_tab = ThresholdTab(self)
        self.reviews_tab = ReviewsTab(self)
        from cxrviewer.qt.admin.adapt_tab import AdaptTab  # the local check and an adapted candidate
        self.adapt_tab = AdaptTab(self)

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
        self.tabs.setUsesScrollButtons(False)  # every tab title whole: the window is never narrower than they need
        self.tabs.addTab(self.models_tab, self.tr("Models"))
        self.tabs.addTab(self.data_tab, self.tr("1. Local X-rays"))
        self.tabs.addTab(self.training_tab, self.tr("2. Retrain and compare"))
        self.tabs.addTab(self.threshold_tab, self.tr("Adjust threshold"))
        self.tabs.addTab(self.reviews_tab, self.tr("Clinician reviews"))
        self.tabs.addTab(self.adapt_tab, self.tr("Adapt to this clinic"))
        footer = QLabel(self.tr("For screening support; not a diagnosis. Every change is recorded in the audit log."))
        footer.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the theme's muted text colour, readable on light and dark
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close and lock this window."))
        self.close_button.setAutoDefault(False)  # Enter in a field must never close the window
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(footer, 1)
        row.addWidget(self.close_button)
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
        if not self.new_model_in_progress():  # a training kept running while the window was locked
            self.registry.clean_staging()
        self.models_tab.refresh()
        self.stack.setCurrentIndex(1)
        self.tabs.setFocus()  # not whatever button comes next in the focus chain
        self._watch_input(True)
        self.idle_timer.start()

    # ------------------------------------------------------------ locking

    def lock(self, note: str = "") -> None:
        """Back to the passphrase page. Running work goes on; ``note`` says why on that page."""
        self.idle_timer.stop()
        self._watch_input(False)
        self.stack.setCurrentIndex(0)
        self.auth_page.prepare(note)

    @Slot()
    def _lock_when_idle(self) -> None:
        if not self.unlocked:
            return
        minutes = max(1, round(self.idle_timer.interval() / 60_000))
        if self.training_running():
            going_on = self.tr(" The training goes on meanwhile.")
        elif self.new_model_in_progress():
            going_on = self.tr(" The new model awaits your decision.")
        elif self.job is not None:
            going_on = self.tr(" The current step goes on meanwhile.")
        else:
            going_on = ""
        locked = self.tr("Locked after 1 minute without use.") if minutes == 1 else self.tr("Locked after {minutes} minutes without use.")
        self.lock(locked.format(minutes=minutes) + going_on)
        log.info("administration locked after %d ms without input", self.idle_timer.interval())

    def _watch_input(self, on: bool) -> None:
        """Watch key presses and clicks while unlocked. Child widgets get their input directly, not through
        this dialog, so the filter sits on the application and keeps only what happens in this window."""
        app = QApplication.instance()
        if app is None:
            return
        app.removeEventFilter(self)
        if on:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in INPUT_EVENTS:
            widget = watched if isinstance(watched, QWidget) else None
            while widget is not None:  # this window, or a window of its own (a file chooser, a question)
                if widget is self:
                    self.idle_timer.start()  # restart the countdown to locking
                    break
                widget = widget.parentWidget()
        elif kind == QEvent.Type.Close and watched is self.parent() and watched is not None:
            self._parent_closing = True
        return False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if not self.unlocked and not event.spontaneous():  # shown again after closing (not un-minimised)
            self.auth_page.prepare()
        super().showEvent(event)

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
            message.show_message(self.tr("{reason} The model in use is unchanged.").format(reason=exc.user_message), "error")
            self.models_tab.refresh()
            return False
        except OSError:
            log.exception("activation of %s failed", model.path)
            message.show_message(self.tr("The settings could not be saved. The model in use is unchanged."), "error")
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
            label.show_message(self.tr("Please wait until the current step has finished."), "info")
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

    def _may_close(self) -> bool:
        """False when closing must wait: locked with a new model in progress (only an administrator may
        discard it), or the administrator answers No to stopping it."""
        if not self.new_model_in_progress():
            return True
        if not self.unlocked and not self._parent_closing:
            self.auth_page.show_message(self.tr(JOB_WHILE_LOCKED), "info")
            return False
        if self.training_running():
            title = self.tr("Training is running")
            text = self.tr("Training is still running. Stop it and close this window? Nothing will be changed.")
        else:
            title = self.tr("New model not decided")
            text = self.tr("Close this window and discard the new model? The model in use stays.")
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _closing(self) -> None:
        """What closing does, however the window is closed: stop the work, lock."""
        self.shutdown()
        self.lock()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """The window's close button, ``close()`` (the Close button, the viewer quitting)."""
        if not self._may_close():
            event.ignore()
            return
        self._closing()
        event.accept()  # not QDialog.closeEvent: it would call reject(), which asks again

    def open(self) -> None:
        """Show without blocking the viewer: ``QDialog.open`` would make this window-modal, and the viewer
        must stay usable during a training run that can take hours."""
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.show()
        self.raise_()
        self.activateWindow()

    def reject(self) -> None:
        """Escape closes like the Close button (with the same question while training runs) and locks.
        (It used to call ``close()``, whose ``QDialog.closeEvent`` calls ``reject()``: nothing closed.)"""
        if self._may_close():
            self._closing()
            super().reject()
