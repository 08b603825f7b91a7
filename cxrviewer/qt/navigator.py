"""One navigator: the list on screen is the one every key and button steps, and its highlighted row is the
image on show.

There are two lists of images: the opened files (``FileList``, left of the image) and the worklist of a
screened folder (the dock). Both used to be on screen at once, each with its own highlight; Page Up/Down and
the toolbar's Next/Previous stepped the opened files while a click in the worklist showed a worklist image,
and at 1280 x 800 the image was squeezed to about 235 px between them. So only one of them is ever shown,
and this class keeps the rules:

* Showing the worklist (a folder is screened, View ▸ Worklist) hides the opened files; hiding it brings the
  opened files back (when there are two or more).
* Opening files (File ▸ Open…, dropping files) hides the worklist: the opened files are what the user now
  steps through. View ▸ Worklist (Ctrl+L) brings it back, nothing lost.
* Page Down / Page Up and the toolbar's Next / Previous step the list on screen (``step``).
* Whatever shows an image (a click, a step, the window itself), the list on screen highlights that image's
  row, or none when the image is not in it (``image_shown``). The other list follows quietly, so it is right
  when it comes back.
* The worklist opens narrow enough that the image keeps at least ``IMAGE_SHARE`` of the window's width
  (``worklist_width``); the user may widen it.

Opened files were not made rows of the worklist: the worklist is a screening run (stored, resumable,
exported), and a few files opened to look at are not one.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter

from cxrviewer.qt.file_list import FileList
from cxrviewer.qt.worklist.dock import WorklistDock

IMAGE_SHARE = 0.6  # of the window's width, at least, for the image when the worklist opens
WORKLIST_WIDTH = (230, 560)  # the narrowest and widest the worklist opens at
SEPARATORS = 12  # the dock's separator and the splitter's handles, in pixels, with a margin
DOCK_MARGINS = 16  # the worklist's margins around its table, in pixels, with a margin
WORKLIST_HIDDEN_MESSAGE = QT_TRANSLATE_NOOP(
    "Navigator", "The worklist is hidden while you step through the files you opened: View ▸ Worklist (Ctrl+L) shows it again.")


def worklist_width(window_width: int, panel_width: int) -> int:
    """How wide the worklist opens: what is left once the image has ``IMAGE_SHARE`` of the window and the
    score panel its width (230 px at 1280 wide, 560 at most on wide screens)."""
    free = int(window_width * (1.0 - IMAGE_SHARE)) - panel_width - SEPARATORS
    return max(WORKLIST_WIDTH[0], min(WORKLIST_WIDTH[1], free))


class Navigator(QObject):
    """The rules above, for ``window`` (a ``MainWindow``): its file list, worklist dock and central splitter."""

    def __init__(self, window: QMainWindow, file_list: FileList, dock: WorklistDock, splitter: QSplitter) -> None:
        super().__init__(window)
        self.setObjectName("navigator")
        self._window = window
        self._files = file_list
        self._dock = dock
        self._splitter = splitter
        dock.visibilityChanged.connect(self._on_worklist_visibility)

    def worklist_on(self) -> bool:
        """The worklist is the list on screen (its dock is shown, docked or floating)."""
        return not self._dock.isHidden()

    def step(self, delta: int) -> None:
        """Page Down / Page Up, Next / Previous: the next or previous row of the list on screen."""
        if self.worklist_on():
            self._dock.panel.step(delta)
        else:
            self._files.step(delta)

    def image_shown(self, path: str | None) -> None:
        """``path`` is on show: highlight its row in the list on screen (none if it is not there)."""
        self._files.highlight(path)
        if self.worklist_on():
            self._dock.panel.highlight(path)

    def files_opened(self) -> None:
        """Files were opened: they become the list on screen."""
        if self.worklist_on():
            self._dock.hide()
            self._window.statusBar().showMessage(self.tr(WORKLIST_HIDDEN_MESSAGE), 10000)
        self._update_file_list()

    def reveal_worklist(self) -> None:
        """Show the worklist (narrow enough for the image to keep its share) and make it the list on screen."""
        panel = self._splitter.widget(self._splitter.count() - 1)
        sizes = self._splitter.sizes()
        if sizes and sizes[-1] > panel.minimumWidth():  # the score panel at its narrowest, the image gets the rest
            sizes[1] += sizes[-1] - panel.minimumWidth()
            sizes[-1] = panel.minimumWidth()
            self._splitter.setSizes(sizes)
        needed = self._dock.panel.table.useful_width() + DOCK_MARGINS  # the score column never cut (long words in some languages)
        self._dock.reveal(self._window, max(needed, worklist_width(self._window.width(), panel.minimumWidth())))

    def _on_worklist_visibility(self, _visible: bool) -> None:
        self._update_file_list()
        self.image_shown(getattr(self._window, "current_path", lambda: None)())

    def _update_file_list(self) -> None:
        self._files.setVisible(not self.worklist_on() and self._files.count() > 1)

    def key_table(self) -> list[tuple[str, str]]:
        """(keys, what they do) for moving through images and deciding, for Help ▸ Keyboard shortcuts."""
        window = self._window
        rows = []
        for name, words in (("next_action", self.tr("Next image in the list on screen")),
                            ("previous_action", self.tr("Previous image in the list on screen")),
                            ("open_action", self.tr("Open X-ray files (PNG, JPEG, DICOM)")),
                            ("screen_folder_action", self.tr("Screen a folder into the worklist")),
                            ("worklist_action", self.tr("Show or hide the worklist"))):
            action = getattr(window, name, None)
            if action is not None and not action.shortcut().isEmpty():
                rows.append((action.shortcut().toString(QKeySequence.SequenceFormat.NativeText), words))
        rows.append(("↑ / ↓", self.tr("Previous / next row when the list has the keyboard focus")))
        rows.append(("A / N / U", self.tr("Your decision: Abnormal / Normal / Not readable")))
        return rows
