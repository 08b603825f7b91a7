"""Where the worklist sits: a dock beside the viewer, hidden until a folder is screened or the user opens it.

A side dock (not a bottom one) because chest X-rays are portrait or square: the image keeps the
window's full height, which matters more for reading than the viewer's width. It opens narrow (the
main window chooses the width so that the image keeps at least 60% of the window's width); the user
may widen it to see more columns.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from cxrviewer.qt.model_host import ModelHost
from cxrviewer.qt.worklist.panel import BatchPanel


class WorklistDock(QDockWidget):
    """Holds the ``BatchPanel`` (``panel``); ``toggle_action`` is View ▸ Worklist (Ctrl+L)."""

    def __init__(self, host: ModelHost, window: QMainWindow) -> None:
        super().__init__(QCoreApplication.translate("WorklistDock", "Worklist"), window)
        self.setObjectName("worklistDock")  # saveState() keys on it
        self.panel = BatchPanel(host)
        self.setWidget(self.panel)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.toggle_action = self.toggleViewAction()
        self.toggle_action.setText(self.tr("&Worklist"))
        self.toggle_action.setShortcut(QKeySequence("Ctrl+L"))
        self.toggle_action.setStatusTip(self.tr("Show or hide the worklist of screened folders and their history"))

    def reveal(self, window: QMainWindow, width: int) -> None:
        """Show the dock ``width`` pixels wide (only when it was hidden) and bring it to the front."""
        if self.isHidden():
            self.show()
            window.resizeDocks([self], [width], Qt.Orientation.Horizontal)
        self.raise_()
