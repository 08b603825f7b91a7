"""The worklist: screen a folder, watch it fill, work down it from the highest score.

The panel sits in a dock beside the viewer (``WorklistDock``). Choosing a row shows that image, with
its heatmap, in the viewer (``image_requested``; the main window runs the normal single-image
analysis, which gives the same score). The screening itself runs on the model thread (``ModelHost.
request_screening``); this panel only shows what comes back, in batches, so the window stays
responsive. Results are kept in the results database, so past runs can be reopened from the
history, exported as CSV, and resumed when they were cancelled or interrupted.

From top to bottom: the history bar (``history``), the folder and its state, the progress row
(``progress``), a message line, the table (``table_view`` over ``table_model``), the summary, and
the filter and export row (``filter_export``). This module holds the state and wires those parts.

Clinicians' decisions (``cxrviewer.core.review``) show in the table's Decision column: the decisions
that count are read when a run is shown or a screening starts, and the main window passes each new one
(``set_decision``) as it is recorded.

One navigator: the highlighted row is the image on show. The main window steps it (``step``: Page Up/Down,
the toolbar's Next/Previous) and tells it which image is shown (``highlight``); a row the user chooses asks
for its image (``image_requested``). A row that leaves the list because of a filter (a decision recorded
under *Not yet reviewed*) takes the highlight with it: nothing else is shown by itself, and the next step
goes on from where that row was. *Export CSV…* writes the rows as listed, filters and order included.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cxrviewer.core.review.decisions import Decision, ReviewStore, decision_csv_extra
from cxrviewer.core.screening.store import ResultStore, RunRecord, default_results_path
from cxrviewer.core.types import ScreeningRow
from cxrviewer.qt.model_host import ModelHost, ScreeningOutcome
from cxrviewer.qt.report_actions import RunSummaryExport
from cxrviewer.qt.result_panel import ElidedLabel, format_threshold
from cxrviewer.qt.worklist.filter_export import FilterExportBar, ask_export_path, view_description
from cxrviewer.qt.worklist.history import STATUS_WORDS, HistoryBar, run_state
from cxrviewer.qt.worklist.progress import ScreeningProgress, format_duration
from cxrviewer.qt.worklist.table_model import WorklistModel, WorklistProxy, local_time, tr_worklist
from cxrviewer.qt.worklist.table_view import WorklistTable

log = logging.getLogger(__name__)

IDLE_MESSAGE = QT_TRANSLATE_NOOP(
    "Worklist", "Screen a folder (File ▸ Screen folder…, or drop a folder on the window) to list its images here: "
    "first those to read manually (no score), then the highest abnormality score. Choose a row, or "
    "step with Page Up / Page Down, to see that image.")
BUSY_MESSAGE = QT_TRANSLATE_NOOP("Worklist", "A folder is already being screened. Cancel it first, or wait until it has finished.")
SHOWING = QT_TRANSLATE_NOOP("Worklist", "  (showing the {count} {shown})")  # after the summary while a filter is on
SHOWN_FLAGGED = QT_TRANSLATE_NOOP("Worklist", "flagged or read manually")
SHOWN_NOT_REVIEWED = QT_TRANSLATE_NOOP("Worklist", "not yet reviewed")

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


def summary_text(counts: dict[str, int]) -> str:
    text = QCoreApplication.translate("Worklist", "Scored {scored} · Flagged {flagged} · Read manually {failed}").format(
        scored=counts["scored"], flagged=counts["flagged"], failed=counts["failed"])
    if counts["earlier"]:
        text += QCoreApplication.translate("Worklist", " · Already done {count}").format(count=counts["earlier"])
    if counts.get("reviewed"):
        text += QCoreApplication.translate("Worklist", " · Reviewed {count}").format(count=counts["reviewed"])
        if counts.get("differs"):
            text += QCoreApplication.translate("Worklist", " ({count} differ from the flag)").format(count=counts["differs"])
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
        self._reviews: ReviewStore | None = None
        self._job = None  # the ScreeningJob in progress
        self._live_run_id: int | None = None  # the run the current job records
        self._shown_run_id: int | None = None  # the run whose rows the table shows
        self._shown_folder: Path | None = None
        self._shown_status = ""
        self._runs: dict[int, RunRecord] = {}
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
        self.history_bar = HistoryBar()
        self.title_label = ElidedLabel("")
        self.title_label.setObjectName("worklistTitle")
        self.state_label = QLabel("")
        self.state_label.setObjectName("worklistState")
        self.state_label.setWordWrap(True)
        self.model_label = QLabel("")
        self.model_label.setObjectName("worklistModel")
        self.model_label.setWordWrap(True)
        self.progress = ScreeningProgress()
        self.message_label = QLabel("")
        self.message_label.setObjectName("worklistMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = WorklistTable(self.proxy)
        self.summary_label = QLabel("")
        self.summary_label.setObjectName("worklistSummary")
        self.summary_label.setWordWrap(True)
        self.filter_export = FilterExportBar()

        # the controls a user presses, by the names tests and bench/gui_latency.py use
        self.history_combo = self.history_bar.combo
        self.resume_button = self.history_bar.resume_button
        self.cancel_button = self.progress.cancel_button
        self.flagged_only_check = self.filter_export.flagged_only_check
        self.not_reviewed_check = self.filter_export.not_reviewed_check
        self.export_button = self.filter_export.export_button

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(5)
        layout.addWidget(self.history_bar)
        layout.addSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.model_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.filter_export)

        self.cancel_button.clicked.connect(self.cancel)
        self.resume_button.clicked.connect(self.resume_selected)
        self.export_button.clicked.connect(self.export_dialog)
        self.summary_export = RunSummaryExport(self, self._set_message)  # Export summary (PDF)… under Export CSV…
        self.flagged_only_check.toggled.connect(self.set_flagged_only)
        self.not_reviewed_check.toggled.connect(self.set_not_reviewed_only)
        self.history_bar.run_chosen.connect(self.open_run)
        self.table.image_chosen.connect(self.image_requested)

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

    def reviews(self) -> ReviewStore:
        """The clinicians' decisions, in the same database (this connection only reads)."""
        if self._reviews is None:
            self._reviews = ReviewStore(self._store_path)
        return self._reviews

    def _load_decisions(self) -> None:
        try:
            decisions = self.reviews().latest_by_image()
        except Exception:  # noqa: BLE001 - the worklist still works without its Decision column
            log.exception("decisions could not be read for the worklist")
            decisions = {}
        self.model.set_decisions(decisions)

    def set_decision(self, decision: Decision) -> None:
        """A decision was just recorded (main window): show it in the rows of its image."""
        if self.model.set_decision(decision):
            self._update_summary()

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
            self._set_message(self.tr("The screening history could not be read. The details were written to the log."), "warning")
            runs = []
        self._history_loaded = True
        self._runs = {run.id: run for run in runs}
        wanted = select_run if select_run is not None else self._shown_run_id
        self.history_bar.set_runs(runs, self._live_run_id, wanted)
        self._update_controls()

    def history(self) -> list[tuple[int, str]]:
        """(run id, the text shown) for each entry of the history list, newest first."""
        return self.history_bar.entries()

    def open_run(self, run_id: int) -> bool:
        """List the images of an earlier run (every image of its folder, earlier scores included)."""
        if self.is_running():
            self._set_message(tr_worklist(BUSY_MESSAGE), "warning")
            self.refresh_history()
            return False
        try:
            run = self.store().get_run(run_id)
            rows = self.store().rows_for_run(run_id) if run is not None else []
        except Exception:  # noqa: BLE001 - a damaged database must not break the panel
            log.exception("run %d could not be read", run_id)
            self._set_message(self.tr("This screening run could not be read. The details were written to the log."), "warning")
            return False
        if run is None:
            self._set_message(self.tr("This screening run is no longer in the results database."), "warning")
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
        self._load_decisions()
        self.model.set_rows(rows, earlier_than=run.started_at)
        self.table.forget_position()
        self._set_title(run.folder, self.tr("{status} · started {when}").format(status=tr_worklist(STATUS_WORDS[state]),
                                                                                when=local_time(run.started_at)))
        threshold = next((row.threshold for row in rows if row.threshold is not None), None)
        self._set_model_text(f"{run.model_name} {run.model_version}", threshold)
        self.progress.hide()
        if state == "interrupted":
            self._set_message(self.tr("This run was interrupted before it finished (cxrviewer was closed or stopped). "
                                      "Resume to screen the rest of the folder."), "warning")
        elif state == "cancelled":
            self._set_message(self.tr("This run was cancelled before it finished. Resume to screen the rest of the folder."))
        elif not rows:
            self._set_message(self.tr("This run has no screened images."))
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
            self._set_message(tr_worklist(BUSY_MESSAGE), "warning")
            return False
        if not folder.is_dir():
            self._set_message(self.tr("This folder does not exist or cannot be opened: {folder}").format(folder=folder), "warning")
            return False
        store_path = self._store_path if self._store_path is not None else default_results_path()
        self._job = self._host.request_screening(folder, store_path)  # the model thread opens its own connection
        self._live_run_id = None
        self._shown_run_id = None
        self._shown_folder = folder
        self._shown_status = "running"
        self.model.set_root(folder)
        self.model.clear_rows()
        self.table.forget_position()
        self._load_decisions()
        self._set_title(str(folder), self.tr("Looking for images…"))
        self._set_model_text("", None)
        self.progress.begin()
        self._set_message("")
        self._update_summary()
        self._update_controls()
        self.running_changed.emit(True)
        self.progress_text_changed.emit(self.tr("Screening: looking for images…"))
        log.info("screening %s (job %d)", folder, self._job.id)
        return True

    def cancel(self) -> None:
        """Stop the screening in progress; takes effect between two images (well within a second)."""
        if self._job is None:
            return
        self._job.cancel.cancel()
        self.progress.show_cancelling()
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
        self.progress.set_total(total)
        self._set_title(str(self._shown_folder), self.tr("Screening {total} images…").format(total=total))
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
        self.progress.advance(done, total)
        self.progress_text_changed.emit(self.tr("Screening: {done} of {total}").format(done=done, total=total))

    def _on_finished(self, outcome: ScreeningOutcome) -> None:
        if not self._current(outcome.job_id):
            return
        self._job = None
        summary = outcome.summary
        self._shown_run_id = outcome.run_id
        self._shown_status = outcome.status
        done, total = summary.done, summary.total
        self.progress.end()  # the state line below the folder name says how it ended
        elapsed = format_duration(outcome.seconds)
        if outcome.status == "completed":
            self._set_title(str(outcome.folder), self.tr("Completed · {total} images in {elapsed}").format(total=total, elapsed=elapsed))
            self._set_message("")
        else:
            self._set_title(str(outcome.folder), self.tr("Cancelled after {done} of {total} images").format(done=done, total=total))
            self._set_message(self.tr("Screening was cancelled. The images finished so far are kept; "
                                      "Resume screens the rest of the folder."))
        self._set_model_text(outcome.model_label, outcome.threshold)
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
        self.progress.end()
        self._set_title(str(self._shown_folder), self.tr("Not screened"))
        self._set_message(message, "warning")
        self._update_summary()
        self.refresh_history()
        self.running_changed.emit(False)
        self.progress_text_changed.emit("")

    # ---- choosing a row, filtering ------------------------------------------------------------

    def select_row(self, row: int) -> None:
        """Make table row ``row`` (as sorted and filtered on screen) the chosen one (its image is requested)."""
        self.table.select_row(row)

    def step(self, delta: int) -> bool:
        """Highlight the row ``delta`` places down the list as shown (up if negative); its image is requested."""
        return self.table.step(delta)

    def highlight(self, path: str | None) -> bool:
        """Highlight the row of ``path`` (the image on show) without requesting it; False when it is not listed."""
        return self.table.highlight(path)

    def highlighted_path(self) -> str | None:
        return self.table.highlighted_path()

    def visible_rows(self) -> list[ScreeningRow]:
        """The rows in the order shown (sorted, filtered)."""
        return [self.proxy.source_item(r).row for r in range(self.proxy.rowCount())]

    def set_flagged_only(self, flagged_only: bool) -> None:
        if self.flagged_only_check.isChecked() != flagged_only:
            self.flagged_only_check.setChecked(flagged_only)  # comes back here through toggled
            return
        self.proxy.set_flagged_only(flagged_only)
        self._update_summary()

    def set_not_reviewed_only(self, not_reviewed_only: bool) -> None:
        """List only the images without a decision (each leaves the list when its decision is recorded)."""
        if self.not_reviewed_check.isChecked() != not_reviewed_only:
            self.not_reviewed_check.setChecked(not_reviewed_only)  # comes back here through toggled
            return
        self.proxy.set_not_reviewed_only(not_reviewed_only)
        self._update_summary()

    # ---- export ----------------------------------------------------------------------------

    def export_dialog(self) -> None:
        path = ask_export_path(self, self._shown_folder)
        if path:
            self.export_csv(path)

    def export_csv(self, path: str | Path) -> Path | None:
        """Write the rows as listed (filters and order as on screen) as CSV; say how many, how chosen, and where."""
        path = Path(path)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            rows = self.visible_rows()
            count = self.store().export_csv(rows, path, decision_csv_extra(self.reviews()))
        except OSError as exc:
            log.warning("CSV export to %s failed: %r", path, exc)
            reason = exc.strerror.lower() if exc.strerror else self.tr("it could not be written")
            self._set_message(self.tr("The CSV file could not be saved to {folder} ({reason}). Please choose another folder.").format(
                folder=path.parent, reason=reason), "warning")
            return None
        self._set_message(self.tr("Saved {count} of {total} rows ({view}) to {path}").format(
            count=count, total=self.model.rowCount(), view=self.view_description(), path=path), "saved")
        return path

    def view_description(self) -> str:
        """How the list on screen is chosen and ordered ("all images; read manually first, then by ...")."""
        header = self.table.horizontalHeader()
        return view_description(self.proxy.flagged_only(), self.proxy.not_reviewed_only(), header.sortIndicatorSection(),
                                header.sortIndicatorOrder())

    # ---- display helpers -------------------------------------------------------------------

    def _show_idle(self) -> None:
        self.progress.hide()
        self._set_title("", "")
        self._set_model_text("", None)
        self._set_message(tr_worklist(IDLE_MESSAGE))
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
        limit = self.tr(" · review threshold {threshold}").format(threshold=format_threshold(threshold)) if threshold is not None else ""
        self.model_label.setText(self.tr("Model {model}{limit}").format(model=label, limit=limit))

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
            shown = ", ".join(tr_worklist(what) for what, on in ((SHOWN_FLAGGED, self.proxy.flagged_only()),
                                                                 (SHOWN_NOT_REVIEWED, self.proxy.not_reviewed_only())) if on)
            if shown:
                text += tr_worklist(SHOWING).format(count=self.proxy.rowCount(), shown=shown)
            self.summary_label.setText(text)
        self.table.show_identifier_columns(self.model.has_identifiers())
        self._update_controls()

    def summary(self) -> str:
        return self.summary_label.text()

    def _update_controls(self) -> None:
        running = self.is_running()
        self.cancel_button.setEnabled(running and not self._job.cancel.cancelled)
        self.export_button.setEnabled(not running and self._shown_run_id is not None and self.proxy.rowCount() > 0)
        resumable = self._shown_status in ("cancelled", "interrupted")
        self.history_bar.update_controls(running, bool(self._runs), resumable)

    # ---- shutdown --------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Cancel a screening in progress (the window then joins the model thread) and close the database."""
        self._closed = True
        if self._job is not None:
            self._job.cancel.cancel()
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._reviews is not None:
            self._reviews.close()
            self._reviews = None
