"""The list of opened files left of the image, one dot per file: orange for "Review recommended", grey for
below the threshold, red for a file that got no score.

Shown when two or more files are open and the worklist is not (``cxrviewer.qt.navigator`` decides): one list of
images on screen at a time, whose highlighted row is the image on show.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from cxrviewer.qt.result_panel import FLAG_TEXT, NO_FLAG_TEXT, tr_panel

PATH_ROLE = Qt.ItemDataRole.UserRole
STATE_TIPS = {"flagged": FLAG_TEXT, "clear": NO_FLAG_TEXT, "unseen": ""}  # "error": the reason; translated where shown


def expand_paths(paths: Iterable[str | Path]) -> list[str]:
    """Files as given; a folder contributes its files (not recursively, not hidden ones), sorted by name.

    Every file, whatever its name: the content decides what it is (a PACS export's DICOM files have no
    extension), and a file that is not an image says so when it is shown.
    """
    files: list[str] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            files.extend(str(p) for p in sorted(path.iterdir()) if p.is_file() and not p.name.startswith("."))
        else:
            files.append(str(path))
    return list(dict.fromkeys(files))  # no duplicates, order kept


def _dot_icon(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(2, 2, 10, 10)
    painter.end()
    return QIcon(pixmap)


class FileList(QListWidget):
    """``set_files`` fills it; choosing an entry (click, arrow keys, ``step``) emits ``file_chosen``."""

    file_chosen = Signal(str)  # the full path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileList")
        self.setMinimumWidth(170)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hide()
        self._icons = {"flagged": _dot_icon("#e8710a"), "clear": _dot_icon("#8a94a3"), "error": _dot_icon("#c5221f"),
                       "unseen": _dot_icon("#00000000")}
        self.currentItemChanged.connect(self._on_current_item_changed)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers) -> QModelIndex:  # Qt override
        """Page Up / Page Down move one file, as they do everywhere else in the window (the next image, not a page)."""
        one_row = {QAbstractItemView.CursorAction.MovePageDown: QAbstractItemView.CursorAction.MoveDown,
                   QAbstractItemView.CursorAction.MovePageUp: QAbstractItemView.CursorAction.MoveUp}
        return super().moveCursor(one_row.get(action, action), modifiers)

    def set_files(self, files: list[str]) -> None:
        """Replace the entries (nothing is chosen yet; whether the list is shown is the navigator's business)."""
        self.blockSignals(True)
        self.clear()
        for file in files:
            item = QListWidgetItem(self._icons["unseen"], Path(file).name)
            item.setData(PATH_ROLE, file)
            item.setToolTip(file)
            self.addItem(item)
        self.blockSignals(False)

    def paths(self) -> list[str]:
        return [self.item(row).data(PATH_ROLE) for row in range(self.count())]

    def step(self, delta: int) -> None:
        """Choose the entry ``delta`` places down (up if negative), if there is one."""
        row = self.currentRow() + delta
        if 0 <= row < self.count():
            self.setCurrentRow(row)

    def highlight(self, path: str | None) -> None:
        """Highlight the entry of ``path`` (the image on show) without choosing it again; none if it is not listed."""
        rows = [row for row in range(self.count()) if self.item(row).data(PATH_ROLE) == path]
        self.blockSignals(True)
        try:
            self.setCurrentRow(rows[0] if rows else -1)
        finally:
            self.blockSignals(False)

    def mark(self, path: str, state: str, message: str = "") -> None:
        """Set the dot of ``path``: "flagged", "clear", "error" (``message`` says why) or "unseen"."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(PATH_ROLE) == path:
                item.setIcon(self._icons[state])
                item.setToolTip(f"{path}\n{message if state == 'error' else tr_panel(STATE_TIPS[state]) if STATE_TIPS[state] else ''}")

    def mark_all_unseen(self) -> None:
        """Clear every dot (a new model: every score is asked for again)."""
        for row in range(self.count()):
            self.item(row).setIcon(self._icons["unseen"])

    def _on_current_item_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.file_chosen.emit(current.data(PATH_ROLE))
