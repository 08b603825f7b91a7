"""The history bar at the top of the worklist: earlier screening runs, and *Resume* for one left unfinished."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from cxrviewer.core.screening.store import RunRecord
from cxrviewer.qt.worklist.table_model import local_time, tr_worklist

STATUS_WORDS = {  # in English; translated where shown (tr_worklist)
    "completed": QT_TRANSLATE_NOOP("Worklist", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("Worklist", "Cancelled"),
    "running": QT_TRANSLATE_NOOP("Worklist", "Screening now"),
    "interrupted": QT_TRANSLATE_NOOP("Worklist", "Interrupted"),
}


def run_state(run: RunRecord, live_run_id: int | None) -> str:
    """'running' only for the run this window is screening now; any other run left 'running' was interrupted."""
    if run.status == "running":
        return "running" if run.id == live_run_id else "interrupted"
    return run.status


def history_text(run: RunRecord, live_run_id: int | None) -> str:
    """One entry of the list: "Completed · chest-folder · 12 Mar 2025 14:05 · 240 images · 31 flagged"."""
    state = run_state(run, live_run_id)
    folder = Path(run.folder).name or run.folder
    text = f"{tr_worklist(STATUS_WORDS[state])} · {folder} · {local_time(run.started_at)}"
    if state == "running":  # its counts are still growing: the progress bar shows them
        return text
    flagged = QCoreApplication.translate("Worklist", " · {count} flagged").format(count=run.flagged) if run.images else ""
    return text + QCoreApplication.translate("Worklist", " · {count} images").format(count=run.images) + flagged


class HistoryBar(QWidget):
    """"History [runs ▾] [Resume]". Choosing a run emits ``run_chosen``; the panel wires *Resume*."""

    run_chosen = Signal(int)  # a run id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("historyCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)  # the dock is narrow; the full entry is in the tooltip and the list
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setToolTip(self.tr("Earlier screening runs: choose one to list its images again"))
        self.combo.setAccessibleName(self.tr("Screening history"))
        self.combo.setPlaceholderText(self.tr("Earlier screenings…"))  # shown while no run is chosen
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.setToolTip(self.tr("Screen the rest of this folder; images already scored are not screened again"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("History"))
        label.setBuddy(self.combo)
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.resume_button)
        self.combo.activated.connect(self._on_activated)

    def set_runs(self, runs: list[RunRecord], live_run_id: int | None, select_run: int | None) -> None:
        """List ``runs`` (newest first) and show ``select_run`` as the current entry (none if it is not listed)."""
        combo = self.combo
        combo.blockSignals(True)
        combo.clear()
        for run in runs:
            combo.addItem(history_text(run, live_run_id), run.id)
            combo.setItemData(combo.count() - 1, run.folder, Qt.ItemDataRole.ToolTipRole)
        if not runs:
            combo.addItem(self.tr("No screening runs yet"), None)
        at = combo.findData(select_run) if select_run is not None else -1
        if not runs:
            at = 0  # "No screening runs yet", rather than the placeholder for a list with nothing to choose
        combo.setCurrentIndex(at)
        combo.blockSignals(False)

    def entries(self) -> list[tuple[int, str]]:
        """(run id, the text shown) for each entry of the list, newest first."""
        combo = self.combo
        return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count()) if combo.itemData(i) is not None]

    def update_controls(self, running: bool, has_runs: bool, resumable: bool) -> None:
        self.combo.setEnabled(not running and has_runs)
        self.resume_button.setEnabled(not running and resumable)
        self.resume_button.setVisible(resumable)

    def _on_activated(self, index: int) -> None:
        run_id = self.combo.itemData(index)
        if run_id is not None:
            self.run_chosen.emit(int(run_id))
