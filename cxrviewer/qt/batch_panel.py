"""The worklist: screen a folder, watch it fill, work down it from the highest score.

The panel sits in a dock under the viewer. Choosing a row shows that image, with its heatmap, in
the viewer above (``image_requested``; the main window runs the normal single-image analysis,
which gives the same score). The screening itself runs on the model thread (``ModelHost.
request_screening``); this panel only shows what comes back, in batches, so the window stays
responsive. Results are kept in the results database, so past runs can be reopened from the
history, exported as CSV, and resumed when they were cancelled or interrupted.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxrviewer.core.screening.store import ResultStore, RunRecord, default_results_path
from cxrviewer.core.types import ScreeningRow
from cxrviewer.qt.model_host import ModelHost, ScreeningOutcome
from cxrviewer.qt.result_panel import FLAG_TEXT, ElidedLabel, format_threshold
from cxrviewer.qt.worklist_model import FILE, FLAG, PATH_ROLE, SCORE, WorklistModel, WorklistProxy, local_time

log = logging.getLogger(__name__)

IDLE_MESSAGE = ("Screen a folder (File ▸ Screen folder…, or drop a folder on the window) to list its images here, "
                "highest abnormality score first. Choose a row to see that image and its heatmap above.")
BUSY_MESSAGE = "A folder is already being screened. Cancel it first, or wait until it has finished."
RATE_WINDOW_SECONDS = 10.0  # the rate shown is over the last few seconds, so it follows changes in speed
STATUS_WORDS = {"completed": "Completed", "cancelled": "Cancelled", "running": "Screening now", "interrupted": "Interrupted"}

STYLE = """
QLabel#worklistTitle { font-weight: bold; font-size: 11pt; color: #e8eaed; }
QLabel#worklistState { color: #e8eaed; }
QLabel#worklistModel, QLabel#worklistRate { color: #bdc1c6; font-size: 9pt; }
QLabel#worklistSummary { color: #e8eaed; font-weight: bold; }
QLabel#worklistMessage { color: #bdc1c6; }
QLabel#worklistMessage[kind="warning"] { color: #fdd663; }
QLabel#worklistMessage[kind="saved"] { color: #81c995; }
QTableView#worklistTable { gridline-color: #2f3136; }
QTableView#worklistTable::item:selected { background: #3d6fb4; color: #ffffff; }
QProgressBar#worklistProgress { min-height: 18px; max-height: 18px; text-align: center; }
"""


def format_duration(seconds: float) -> str:
    """A rough duration as people say it: "40 s", "3 min", "1 h 5 min"."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60} min"


def format_rate(rate: float) -> str:
    return f"{rate:.1f} images/s" if rate < 10 else f"{rate:.0f} images/s"


def run_state(run: RunRecord, live_run_id: int | None) -> str:
    """'running' only for the run this window is screening now; any other run left 'running' was interrupted."""
    if run.status == "running":
        return "running" if run.id == live_run_id else "interrupted"
    return run.status


def summary_text(counts: dict[str, int]) -> str:
    text = f"Screened {counts['scored']} · Flagged {counts['flagged']} · Failed {counts['failed']}"
    if counts["earlier"]:
        text += f" · Already done {counts['earlier']}"
    return text


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class BatchPanel(QWidget):
    """The worklist. ``start(folder)`` screens a folder on ``host``'s model thread; ``cancel()`` stops it."""

    image_requested = Signal(str)  # the user chose a row: show this file
    running_changed = Signal(bool)
    progress_text_changed = Signal(str)  # a short line for the status bar ("" when idle)

    def __init__(self, host: ModelHost, store_path: str | Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchPanel")
        self.setStyleSheet(STYLE)
        self._host = host
        self._store_path = Path(store_path) if store_path is not None else None
        self._store: ResultStore | None = None
        self._job = None  # the ScreeningJob in progress
        self._live_run_id: int | None = None  # the run the current job records
        self._shown_run_id: int | None = None  # the run whose rows the table shows
        self._shown_folder: Path | None = None
        self._shown_status = ""
        self._runs: dict[int, RunRecord] = {}
        self._samples: deque[tuple[float, int]] = deque()
        self._started_at = 0.0
        self._total = 0
        self._done = 0
        self._history_loaded = False
        self._closed = False

        self.model = WorklistModel(self)
        self.proxy = WorklistProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._connect_host()
        self._show_idle()

    # ---- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        """A tall, narrow layout: the panel lives in a side dock, so the X-ray keeps the window's full height."""
        self.history_combo = QComboBox()
        self.history_combo.setObjectName("historyCombo")
        self.history_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.history_combo.setMinimumContentsLength(20)
        self.history_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.history_combo.setToolTip("Earlier screening runs: choose one to list its images again")
        self.history_combo.setAccessibleName("Screening history")
        self.resume_button = QPushButton("Resume")
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.setToolTip("Screen the rest of this folder; images already scored are not screened again")
        history_row = QHBoxLayout()
        history = QLabel("History")
        history.setBuddy(self.history_combo)
        history_row.addWidget(history)
        history_row.addWidget(self.history_combo, 1)
        history_row.addWidget(self.resume_button)

        self.title_label = ElidedLabel("")
        self.title_label.setObjectName("worklistTitle")
        self.state_label = QLabel("")
        self.state_label.setObjectName("worklistState")
        self.state_label.setWordWrap(True)
        self.model_label = QLabel("")
        self.model_label.setObjectName("worklistModel")
        self.model_label.setWordWrap(True)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("worklistProgress")
        self.rate_label = QLabel("")
        self.rate_label.setObjectName("worklistRate")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip("Stop screening; the images finished so far are kept")
        self.progress_row = QWidget()
        progress = QVBoxLayout(self.progress_row)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.setSpacing(4)
        progress.addWidget(self.progress_bar)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_label, 1)
        rate_row.addWidget(self.cancel_button)
        progress.addLayout(rate_row)

        self.message_label = QLabel("")
        self.message_label.setObjectName("worklistMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableView()
        self.table.setObjectName("worklistTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps a file name's distinguishing end
        self.table.setShowGrid(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        bold = QFont(self.font())
        bold.setBold(True)
        wide = QFontMetrics(bold)
        em = self.fontMetrics().horizontalAdvance("M")
        score_width = max(self.fontMetrics().horizontalAdvance("Abnormality") + 22, wide.horizontalAdvance("100%") + 16)
        for column, width in ((FILE, 12 * em), (SCORE, score_width), (FLAG, self.fontMetrics().horizontalAdvance(FLAG_TEXT) + 12)):
            header.resizeSection(column, width)
        header.setMinimumSectionSize(4 * em)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SCORE, Qt.SortOrder.DescendingOrder)  # highest score first

        self.summary_label = QLabel("")
        self.summary_label.setObjectName("worklistSummary")
        self.summary_label.setWordWrap(True)
        self.flagged_only_check = QCheckBox("Flagged only")
        self.flagged_only_check.setObjectName("flaggedOnlyCheck")
        self.flagged_only_check.setToolTip("List only the images marked \"Review recommended\"")
        self.export_button = QPushButton("Export CSV…")
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip("Save every image of this run with its score as a CSV file")
        bottom = QHBoxLayout()
        bottom.addWidget(self.flagged_only_check)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(history_row)
        layout.addSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.model_label)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addLayout(bottom)

        self.cancel_button.clicked.connect(self.cancel)
        self.resume_button.clicked.connect(self.resume_selected)
        self.export_button.clicked.connect(self.export_dialog)
        self.flagged_only_check.toggled.connect(self.set_flagged_only)
        self.history_combo.activated.connect(self._on_history_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.clicked.connect(self._on_row_clicked)

    def _connect_host(self) -> None:
        """Model-thread signals → methods of this GUI-thread widget (queued), never lambdas."""
        self._host.screening_started.connect(self._on_started)
        self._host.rows_screened.connect(self._on_rows)
        self._host.screening_progressed.connect(self._on_progress)
        self._host.screening_finished.connect(self._on_finished)
        self._host.screening_failed.connect(self._on_failed)

    # ---- store and history -------------------------------------------------------------------

    def store(self) -> ResultStore:
        """The results database, opened on first use (this connection only reads; the model thread writes)."""
        if self._store is None:
            self._store = ResultStore(self._store_path)
        return self._store

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        if not self._history_loaded:
            self.refresh_history()

    def refresh_history(self, select_run: int | None = None) -> None:
        """Reload the run list; keep (or move to) ``select_run``, else the run on show."""
        try:
            runs = self.store().list_runs()
        except Exception:  # noqa: BLE001 - a damaged database must not break the panel
            log.exception("screening history could not be read")
            self._set_message("The screening history could not be read. The details were written to the log.", "warning")
            runs = []
        self._history_loaded = True
        self._runs = {run.id: run for run in runs}
        wanted = select_run if select_run is not None else self._shown_run_id
        combo = self.history_combo
        combo.blockSignals(True)
        combo.clear()
        for run in runs:
            combo.addItem(self._history_text(run), run.id)
            combo.setItemData(combo.count() - 1, run.folder, Qt.ItemDataRole.ToolTipRole)
        if not runs:
            combo.addItem("No screening runs yet", None)
        at = combo.findData(wanted) if wanted is not None else -1
        combo.setCurrentIndex(at)
        combo.blockSignals(False)
        self._update_controls()

    def _history_text(self, run: RunRecord) -> str:
        state = run_state(run, self._live_run_id)
        folder = Path(run.folder).name or run.folder
        text = f"{STATUS_WORDS[state]} · {folder} · {local_time(run.started_at)}"
        if state == "running":  # its counts are still growing: the progress bar shows them
            return text
        flagged = f" · {run.flagged} flagged" if run.images else ""
        return f"{text} · {run.images} images{flagged}"

    def history(self) -> list[tuple[int, str]]:
        """(run id, the text shown) for each entry of the history list, newest first."""
        combo = self.history_combo
        return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count()) if combo.itemData(i) is not None]

    def _on_history_activated(self, index: int) -> None:
        run_id = self.history_combo.itemData(index)
        if run_id is not None:
            self.open_run(int(run_id))

    def open_run(self, run_id: int) -> bool:
        """List the images of an earlier run (every image of its folder, earlier scores included)."""
        if self.is_running():
            self._set_message(BUSY_MESSAGE, "warning")
            self.refresh_history()
            return False
        try:
            run = self.store().get_run(run_id)
            rows = self.store().rows_for_run(run_id) if run is not None else []
        except Exception:  # noqa: BLE001 - a damaged database must not break the panel
            log.exception("run %d could not be read", run_id)
            self._set_message("This screening run could not be read. The details were written to the log.", "warning")
            return False
        if run is None:
            self._set_message("This screening run is no longer in the results database.", "warning")
            self.refresh_history()
            return False
        self._show_run(run, rows)
        self.refresh_history(select_run=run_id)
        return True

    def _show_run(self, run: RunRecord, rows: list[ScreeningRow]) -> None:
        state = run_state(run, self._live_run_id)
        self._shown_run_id = run.id
        self._shown_folder = Path(run.folder)
        self._shown_status = state
        self.model.set_root(run.folder)
        self.model.set_rows(rows, earlier_than=run.started_at)
        self._set_title(run.folder, f"{STATUS_WORDS[state]} · started {local_time(run.started_at)}")
        threshold = next((row.threshold for row in rows if row.threshold is not None), None)
        self._set_model_text(f"{run.model_name} {run.model_version}", threshold)
        self.progress_row.hide()
        if state == "interrupted":
            self._set_message("This run was interrupted before it finished (cxrviewer was closed or stopped). "
                              "Resume to screen the rest of the folder.", "warning")
        elif state == "cancelled":
            self._set_message("This run was cancelled before it finished. Resume to screen the rest of the folder.")
        elif not rows:
            self._set_message("This run has no screened images.")
        else:
            self._set_message("")
        self._update_summary()

    # ---- screening -------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._job is not None

    def shown_run_id(self) -> int | None:
        return self._shown_run_id

    def shown_status(self) -> str:
        """What the table shows: '' (nothing), 'running', 'completed', 'cancelled', 'interrupted' or 'failed'."""
        return self._shown_status

    def start(self, folder: str | Path) -> bool:
        """Screen ``folder`` (and its sub-folders). False, with the reason shown, if it cannot start."""
        folder = Path(folder).expanduser()
        if self.is_running():
            self._set_message(BUSY_MESSAGE, "warning")
            return False
        if not folder.is_dir():
            self._set_message(f"This folder does not exist or cannot be opened: {folder}", "warning")
            return False
        store_path = self._store_path if self._store_path is not None else default_results_path()
        self._job = self._host.request_screening(folder, store_path)  # the model thread opens its own connection
        self._live_run_id = None
        self._shown_run_id = None
        self._shown_folder = folder
        self._shown_status = "running"
        self._samples.clear()
        self._started_at = time.monotonic()
        self._total = self._done = 0
        self.model.set_root(folder)
        self.model.clear_rows()
        self._set_title(str(folder), "Looking for images…")
        self._set_model_text("", None)
        self.progress_bar.setRange(0, 0)  # busy until the number of images is known
        self.progress_bar.setFormat("Looking for images…")
        self.rate_label.setText("Estimating the time left…")
        self.cancel_button.setText("Cancel")
        self.progress_row.show()
        self._set_message("")
        self._update_summary()
        self._update_controls()
        self.running_changed.emit(True)
        self.progress_text_changed.emit("Screening: looking for images…")
        log.info("screening %s (job %d)", folder, self._job.id)
        return True

    def cancel(self) -> None:
        """Stop the screening in progress; takes effect between two images (well within a second)."""
        if self._job is None:
            return
        self._job.cancel.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText("Cancelling…")
        log.info("screening job %d cancelled by the user", self._job.id)

    def resume_selected(self) -> None:
        """Screen again the folder of the run on show; images scored already are skipped."""
        run = self._runs.get(self._shown_run_id) if self._shown_run_id is not None else None
        folder = Path(run.folder) if run is not None else self._shown_folder
        if folder is not None:
            self.start(folder)

    def _current(self, job_id: int) -> bool:
        return not self._closed and self._job is not None and self._job.id == job_id

    def _on_started(self, job_id: int, run_id: int, total: int, model_label: str, threshold: float) -> None:
        if not self._current(job_id):
            return
        self._live_run_id = run_id
        self._shown_run_id = run_id
        self._total = total
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(f"%v of {total} images")
        self._set_title(str(self._shown_folder), f"Screening {total} images…")
        self._set_model_text(model_label, threshold)
        self.refresh_history(select_run=run_id)

    def _on_rows(self, job_id: int, rows: list[ScreeningRow], earlier: bool) -> None:
        if not self._current(job_id):
            return
        self.model.add_rows(rows, earlier=earlier)
        self._update_summary()

    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        if not self._current(job_id):
            return
        now = time.monotonic()
        self._done, self._total = done, total
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[0][0] > RATE_WINDOW_SECONDS:
            self._samples.popleft()
        if total:
            self.progress_bar.setMaximum(total)
            self.progress_bar.setValue(done)
        start_time, start_done = self._samples[0]
        if now - start_time >= 0.5 and done > start_done:
            rate = (done - start_done) / (now - start_time)
            left = f" · about {format_duration((total - done) / rate)} left" if done < total else ""
            self.rate_label.setText(f"{format_rate(rate)}{left}")
        self.progress_text_changed.emit(f"Screening: {done} of {total}")

    def _on_finished(self, outcome: ScreeningOutcome) -> None:
        if not self._current(outcome.job_id):
            return
        self._job = None
        summary = outcome.summary
        self._shown_run_id = outcome.run_id
        self._shown_status = outcome.status
        done, total = summary.done, summary.total
        self.progress_row.hide()  # the state line below the folder name says how it ended
        elapsed = format_duration(outcome.seconds)
        if outcome.status == "completed":
            self._set_title(str(outcome.folder), f"Completed · {total} images in {elapsed}")
            self._set_message("")
        else:
            self._set_title(str(outcome.folder), f"Cancelled after {done} of {total} images")
            self._set_message("Screening was cancelled. The images finished so far are kept; "
                              "Resume screens the rest of the folder.")
        self._set_model_text(outcome.model_label, outcome.threshold)
        self.cancel_button.setText("Cancel")
        self._live_run_id = None
        self._update_summary()
        self.refresh_history(select_run=outcome.run_id)
        self.running_changed.emit(False)
        self.progress_text_changed.emit("")

    def _on_failed(self, job_id: int, message: str) -> None:
        if not self._current(job_id):
            return
        self._job = None
        self._live_run_id = None
        self._shown_status = "failed"
        self.progress_row.hide()
        self._set_title(str(self._shown_folder), "Not screened")
        self._set_message(message, "warning")
        self.cancel_button.setText("Cancel")
        self._update_summary()
        self.refresh_history()
        self.running_changed.emit(False)
        self.progress_text_changed.emit("")

    # ---- choosing a row --------------------------------------------------------------------

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.image_requested.emit(str(current.data(PATH_ROLE)))

    def _on_row_clicked(self, index: QModelIndex) -> None:
        """A click on the row already chosen shows it again (the viewer may show another file meanwhile)."""
        if index.isValid():
            self.image_requested.emit(str(index.data(PATH_ROLE)))

    def select_row(self, row: int) -> None:
        """Make table row ``row`` (as sorted and filtered on screen) the chosen one."""
        index = self.proxy.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)

    def visible_rows(self) -> list[ScreeningRow]:
        """The rows in the order shown (sorted, filtered)."""
        return [self.proxy.source_item(r).row for r in range(self.proxy.rowCount())]

    def set_flagged_only(self, flagged_only: bool) -> None:
        if self.flagged_only_check.isChecked() != flagged_only:
            self.flagged_only_check.setChecked(flagged_only)  # comes back here through toggled
            return
        self.proxy.set_flagged_only(flagged_only)
        self._update_summary()

    # ---- export ----------------------------------------------------------------------------

    def _default_export_path(self) -> Path:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        name = (self._shown_folder.name if self._shown_folder is not None else "") or "worklist"
        return folder / f"{name}-screening-{datetime.now():%Y%m%d-%H%M}.csv"

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export the worklist as CSV", str(self._default_export_path()),
                                              "CSV files (*.csv);;All files (*)")
        if path:
            self.export_csv(path)

    def export_csv(self, path: str | Path) -> Path | None:
        """Write every image of the run on show (whatever the filter) as CSV; say where it went."""
        path = Path(path)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            rows = self.store().rows_for_run(self._shown_run_id) if self._shown_run_id is not None else self.model.rows()
            count = self.store().export_csv(rows, path)
        except OSError as exc:
            log.warning("CSV export to %s failed: %r", path, exc)
            reason = exc.strerror.lower() if exc.strerror else "it could not be written"
            self._set_message(f"The CSV file could not be saved to {path.parent} ({reason}). Please choose another folder.",
                              "warning")
            return None
        self._set_message(f"Saved {count} rows to {path}", "saved")
        return path

    # ---- display helpers -------------------------------------------------------------------

    def _show_idle(self) -> None:
        self.progress_row.hide()
        self._set_title("", "")
        self._set_model_text("", None)
        self._set_message(IDLE_MESSAGE)
        self._update_summary()
        self._update_controls()

    def _set_title(self, folder: str, state: str) -> None:
        """The folder's name in bold (full path in the tooltip), and under it the state in words."""
        path = Path(folder) if folder else None
        self.title_label.set_full_text(path.name or folder if path is not None else "")
        self.title_label.setToolTip(folder)
        self.title_label.setVisible(path is not None)
        self.state_label.setText(state)
        self.state_label.setVisible(bool(state))

    def title(self) -> str:
        """The folder and the state, as shown."""
        return f"{self.title_label.full_text()} — {self.state_label.text()}"

    def _set_model_text(self, label: str, threshold: float | None) -> None:
        if not label:
            self.model_label.setText("")
            return
        limit = f" · review threshold {format_threshold(threshold)}" if threshold is not None else ""
        self.model_label.setText(f"Model {label}{limit}")

    def _set_message(self, text: str, kind: str = "info") -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("kind", kind)
        _restyle(self.message_label)
        self.message_label.setVisible(bool(text))

    def message(self) -> str:
        return self.message_label.text() if self.message_label.isVisibleTo(self) else ""

    def _update_summary(self) -> None:
        if self.model.rowCount() == 0:
            self.summary_label.setText("")
        else:
            text = summary_text(self.model.counts())
            if self.proxy.flagged_only():
                text += f"  (showing the {self.proxy.rowCount()} flagged)"
            self.summary_label.setText(text)
        self._update_controls()

    def summary(self) -> str:
        return self.summary_label.text()

    def _update_controls(self) -> None:
        running = self.is_running()
        self.cancel_button.setEnabled(running and not self._job.cancel.cancelled)
        self.history_combo.setEnabled(not running and bool(self._runs))
        self.export_button.setEnabled(not running and self._shown_run_id is not None and self.model.rowCount() > 0)
        resumable = self._shown_status in ("cancelled", "interrupted")
        self.resume_button.setEnabled(not running and resumable)
        self.resume_button.setVisible(resumable)

    # ---- shutdown --------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Cancel a screening in progress (the window then joins the model thread) and close the database."""
        self._closed = True
        if self._job is not None:
            self._job.cancel.cancel()
        if self._store is not None:
            self._store.close()
            self._store = None

