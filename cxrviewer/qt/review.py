"""Recording the clinician's decision on the image shown (keys A, N, U, or the buttons of ``ReviewBox``).

``ReviewController`` is the part of the main window that records: it knows the image on show (its
content hash, the score on screen, the DICOM identifiers), who reviews in this session, and the
decision store (``cxrviewer.core.review.decisions.ReviewStore``). The reviewer is asked once per
session, at the first decision, from the local list (``ReviewerDialog``, with *Add reviewer…*; no
passwords: it records who reviewed, it does not restrict who may). ``HistoryDialog`` lists every
decision of the image, corrections included.

Why the decision is written on the GUI thread: it is one SQLite insert and commit (WAL,
``synchronous=NORMAL``), 0.3–0.4 ms median on this project's machines (within the 5 ms budget even at the
99th percentile), so the window never waits noticeably, the decision is saved before the next key
press, and it is never queued behind a folder screening that keeps the model thread busy for minutes.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxrviewer.core.review.decisions import (
    DECISIONS,
    Decision,
    ModelScore,
    ReviewError,
    ReviewStore,
    clean_reviewer_name,
    last_reviewer,
    load_reviewers,
    remember_reviewer,
)
from cxrviewer.core.types import Prediction, XrayImage
from cxrviewer.qt.fit_layout import fit_placeholder, keep_title_whole
from cxrviewer.qt.result_panel import DECISION_KEYS, ReviewBox, decision_label, disagreement_text, format_percent, when_text

log = logging.getLogger(__name__)

SLOW_WRITE_MS = 5.0  # a decision write slower than this is logged (it runs on the GUI thread)
NOT_SAVED_MESSAGE = QT_TRANSLATE_NOOP(
    "ReviewController", "The decision was not saved: the results database could not be written. The details were written to the log.")


class ReviewerDialog(QDialog):
    """Who is reviewing: a name from the local list, or a new one (*Add reviewer…*)."""

    def __init__(self, names: list[str], current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewerDialog")
        self.setWindowTitle(self.tr("Who is reviewing?"))
        intro = QLabel(self.tr("Your name is saved with each decision you record in this session."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("reviewerList")
        self.list.addItems(names)
        self.add_button = QPushButton(self.tr("Add reviewer…"))
        self.add_button.setObjectName("addReviewerButton")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("newReviewerEdit")
        self.name_edit.setPlaceholderText(self.tr("New reviewer's name, e.g. Dr A. Mensah"))
        self.name_edit.setMaxLength(80)
        fit_placeholder(self.name_edit)  # the example name is part of the hint: never cut
        self.problem = QLabel("")
        self.problem.setStyleSheet("color: #f28b82;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Review as this person"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(add_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self.add_typed_name)
        self.name_edit.returnPressed.connect(self.add_typed_name)
        self.list.itemDoubleClicked.connect(self.accept)
        self.list.currentRowChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        matches = self.list.findItems(current, Qt.MatchFlag.MatchExactly) if current else []
        self.list.setCurrentItem(matches[0] if matches else self.list.item(0))
        if not names:
            self.name_edit.setFocus()
        self._update_ok()

    def add_typed_name(self) -> None:
        """Add the typed name to the list (or pick it, if it is there) and choose it."""
        try:
            name = clean_reviewer_name(self.name_edit.text())
        except ReviewError as exc:
            self.problem.setText(exc.user_message)
            self.problem.show()
            return
        self.problem.hide()
        existing = [self.list.item(i) for i in range(self.list.count()) if self.list.item(i).text().casefold() == name.casefold()]
        if existing:
            self.list.setCurrentItem(existing[0])
        else:
            self.list.addItem(name)
            self.list.setCurrentRow(self.list.count() - 1)
        self.name_edit.clear()

    def chosen(self) -> str:
        item = self.list.currentItem()
        return item.text() if item is not None else ""

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))

    def accept(self) -> None:  # Qt override: a typed, unadded name counts as chosen
        if self.name_edit.text().strip():
            self.add_typed_name()
            if not self.problem.isHidden():
                return
        if self.chosen():
            super().accept()


class HistoryDialog(QDialog):
    """Every decision recorded for one image, newest first; the first row is the one that counts."""

    COLUMNS = (QT_TRANSLATE_NOOP("HistoryDialog", "When"), QT_TRANSLATE_NOOP("HistoryDialog", "Decision"),
               QT_TRANSLATE_NOOP("HistoryDialog", "Reviewer"), QT_TRANSLATE_NOOP("HistoryDialog", "Note"),
               QT_TRANSLATE_NOOP("HistoryDialog", "Model at the time"))  # in English; translated where shown

    def __init__(self, file_name: str, decisions: list[Decision], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Decisions on {file}").format(file=file_name))
        self.resize(720, 300)
        intro = QLabel(self.tr("{count} decision(s) on {file}, newest first. The newest counts; "
                               "earlier ones are kept as they were recorded.").format(count=len(decisions), file=file_name))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(decisions), len(self.COLUMNS))
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, decision in enumerate(decisions):
            differs = disagreement_text(decision.decision, decision.flagged)
            flag = self.tr("flagged") if decision.flagged else self.tr("below threshold")
            model = self.tr("no score") if decision.probability is None else self.tr("{score} · {flag} · {model} {version}").format(
                score=format_percent(decision.probability, 1), flag=flag, model=decision.model_name, version=decision.model_version)
            words = decision_label(decision.decision) + (self.tr(" (differs)") if differs else "")
            values = (when_text(decision.reviewed_at, with_date=True), words,
                      decision.reviewer, decision.note, model)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(differs or text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        keep_title_whole(header, 3)  # the note keeps at least its title's width
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(close)

    def rows(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())] for r in range(self.table.rowCount())]


class ReviewController(QObject):
    """Records decisions on the image shown. ``show_image`` / ``clear`` follow the main window's display."""

    decision_recorded = Signal(object)  # Decision, after its commit
    problem = Signal(str)  # a sentence for the window's message bar

    def __init__(self, box: ReviewBox, parent: QWidget, results_path: str | Path | None = None,
                 config_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._box = box
        self._window = parent
        self._results_path = Path(results_path) if results_path is not None else None
        self._config_dir = config_dir
        self._store: ReviewStore | None = None
        self._reviewer: str | None = None
        self._target: tuple[str, XrayImage, Prediction | None] | None = None
        self._pending: tuple[str, str, str] | None = None  # (decision, note, sha256) waiting for the reviewer
        self._dialog: QDialog | None = None
        self.actions: dict[str, QAction] = {}
        for decision in DECISIONS:
            action = QAction(self.tr("Record \u201c{decision}\u201d").format(decision=decision_label(decision)), parent)
            action.setShortcut(QKeySequence(DECISION_KEYS[decision]))
            action.setAutoRepeat(False)  # a key held down records one decision, not one per repeat
            action.setData(decision)
            action.triggered.connect(self._on_action)
            self.actions[decision] = action
        self.reviewer_action = QAction(self.tr("Change &reviewer…"), parent)
        self.reviewer_action.triggered.connect(self.choose_reviewer)
        self.history_action = QAction(self.tr("Decision &history…"), parent)
        self.history_action.triggered.connect(self.show_history)
        box.decision_requested.connect(self.record)
        box.history_requested.connect(self.show_history)
        box.reviewer_change_requested.connect(self.choose_reviewer)
        self.clear()

    # ---- the store ---------------------------------------------------------------------------

    def store(self) -> ReviewStore:
        """The decisions (opened on first use, on the GUI thread, which is the only one to use it)."""
        if self._store is None:
            self._store = ReviewStore(self._results_path)
        return self._store

    def close(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
        if self._store is not None:
            self._store.close()
            self._store = None

    # ---- what is on show ---------------------------------------------------------------------

    def show_image(self, path: str, image: XrayImage, prediction: Prediction | None) -> None:
        """An image is on show (scored or not): decisions now apply to it; show its saved decision."""
        self._target = (path, image, prediction)
        self._set_enabled(True)
        self._refresh_box()

    def clear(self) -> None:
        """Nothing reviewable on show (loading, unreadable file, nothing open)."""
        self._target = None
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for action in self.actions.values():
            action.setEnabled(enabled)
        self.history_action.setEnabled(enabled)
        self._box.set_decisions_enabled(enabled)

    def _refresh_box(self) -> None:
        if self._target is None:
            return
        _, image, prediction = self._target
        try:
            history = self.store().history(image.sha256)
        except (OSError, sqlite3.Error):
            log.exception("decisions on %s could not be read", image.sha256[:12])
            history = []
        latest = history[0] if history else None
        flagged = prediction.flagged if prediction is not None else (latest.flagged if latest is not None else None)
        self._box.show_decision(latest, flagged, len(history))
        self._box.set_reviewer(self._reviewer)

    def current_decision(self) -> Decision | None:
        return self._box.decision()

    # ---- reviewer ------------------------------------------------------------------------------

    def reviewer(self) -> str | None:
        return self._reviewer

    def set_reviewer(self, name: str) -> str:
        """Review as ``name`` for the rest of the session (added to the local list)."""
        name = clean_reviewer_name(name)
        try:
            name = remember_reviewer(name, self._config_dir)
        except OSError:
            log.warning("reviewer %s not saved to the reviewer list", name, exc_info=True)
        self._reviewer = name
        self._box.set_reviewer(name)
        return name

    def choose_reviewer(self) -> ReviewerDialog:
        """Ask who reviews (window-modal, not blocking); a decision waiting for the answer is then saved."""
        if isinstance(self._dialog, ReviewerDialog) and self._dialog.isVisible():
            return self._dialog
        try:
            names, last = load_reviewers(self._config_dir), last_reviewer(self._config_dir)
        except OSError:
            log.warning("reviewer list not read", exc_info=True)
            names, last = [], ""
        dialog = ReviewerDialog(names, self._reviewer or last, self._window)
        dialog.accepted.connect(self._on_reviewer_chosen)
        dialog.rejected.connect(self._on_reviewer_dismissed)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _on_reviewer_chosen(self) -> None:
        dialog, self._dialog = self._dialog, None
        if not isinstance(dialog, ReviewerDialog):
            return
        self.set_reviewer(dialog.chosen())
        dialog.deleteLater()
        pending, self._pending = self._pending, None
        if pending is not None and self._target is not None and self._target[1].sha256 == pending[2]:
            self._save(pending[0], pending[1])

    def _on_reviewer_dismissed(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if self._pending is not None:
            self._pending = None
            self.problem.emit(self.tr("The decision was not saved: choose who is reviewing first."))

    # ---- recording -------------------------------------------------------------------------------

    def _on_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.record(str(action.data()))

    def record(self, decision: str) -> Decision | None:
        """Record ``decision`` (with the note typed) for the image on show; asks the reviewer first once."""
        if self._target is None or decision not in DECISIONS:
            return None
        note = self._box.note()
        if self._reviewer is None:
            self._pending = (decision, note, self._target[1].sha256)
            self.choose_reviewer()
            return None
        return self._save(decision, note)

    def _save(self, decision: str, note: str) -> Decision | None:
        path, image, prediction = self._target
        started = time.perf_counter()
        try:
            saved = self.store().record(
                sha256=image.sha256, file=path, decision=decision, reviewer=self._reviewer, note=note,
                score=ModelScore.from_prediction(prediction) if prediction is not None else None, study=image.study,
            )
        except ReviewError as exc:
            self.problem.emit(self.tr("The decision was not saved: {reason}").format(reason=exc.user_message))
            return None
        except (OSError, sqlite3.Error):
            log.exception("decision on %s not saved", path)
            self.problem.emit(self.tr(NOT_SAVED_MESSAGE))
            return None
        elapsed_ms = 1000 * (time.perf_counter() - started)
        if elapsed_ms > SLOW_WRITE_MS:
            log.info("saving a decision took %.1f ms on the GUI thread", elapsed_ms)
        self._box.clear_note()
        self._refresh_box()
        self.decision_recorded.emit(saved)
        return saved

    # ---- history -----------------------------------------------------------------------------------

    def show_history(self) -> HistoryDialog | None:
        if self._target is None:
            return None
        path, image, _ = self._target
        try:
            decisions = self.store().history(image.sha256)
        except (OSError, sqlite3.Error):
            log.exception("decision history not read")
            self.problem.emit(self.tr("The decision history could not be read. The details were written to the log."))
            return None
        dialog = HistoryDialog(Path(path).name, decisions, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
