"""The main window: open or drop X-rays, step through them, see each score beside the image.

Flow: ``open_files`` fills the file list; selecting a file calls ``show_file``, which either shows
a cached result at once or sends a numbered request to the model thread. Only the answer to the
latest request is shown: when files are stepped through quickly, earlier answers are cached for
later but never displayed over the file now selected.

Screening a folder (File ▸ Screen folder…, or dropping a folder on the window) fills the worklist
dock beside the viewer (``cxrviewer.qt.worklist``); choosing a row there shows that image here,
through the same ``show_file`` path as any other file. One list is on screen at a time, the opened
files or the worklist, and Page Up/Down and Next/Previous step that one (``navigator``). A line over
the image says whose it is (``study_line``: a DICOM file's patient and study).

The parts have their own modules: the file list (``file_list``), the image (``viewer``), the score
beside it (``result_panel``), the messages across the top (``message_bar``), the worklist dock
(``worklist``), the clinician's decision on the image shown (``review``: keys A, N, U, the Review
menu), and Tools ▸ Administration (``admin``, imported only when chosen).
"""

from __future__ import annotations

import html
import logging
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QSplitter, QStyle, QToolBar, QVBoxLayout, QWidget

from cxrviewer import __version__
from cxrviewer.core.types import Prediction, XrayImage
from cxrviewer.qt.file_list import FileList, expand_paths
from cxrviewer.qt.fit_layout import ScrollingPanel
from cxrviewer.qt.language_menu import LanguageMenu
from cxrviewer.qt.message_bar import MessageBar
from cxrviewer.qt.model_host import NO_MODEL_MESSAGE, LoadedModel, ModelHost, tr_host
from cxrviewer.qt.navigator import Navigator
from cxrviewer.qt.reading_actions import ReadingActions
from cxrviewer.qt.report_actions import ReportActions
from cxrviewer.qt.result_panel import DISCLAIMER, ResultPanel, format_threshold, local_check_text, tr_panel
from cxrviewer.qt.review import ReviewController
from cxrviewer.qt.study_line import StudyLine
from cxrviewer.qt.user_guide import UserGuideAction
from cxrviewer.qt.viewer import ImageViewer
from cxrviewer.qt.worklist.dock import WorklistDock

log = logging.getLogger(__name__)

CACHE_SIZE = 32  # results kept for stepping back; each holds the decoded image (up to ~80 MB for huge files)
# PACS exports name DICOM files without an extension, so "All files" is the filter the dialog starts with
OPEN_FILTERS = (QT_TRANSLATE_NOOP("MainWindow", "All files (*)"),
                QT_TRANSLATE_NOOP("MainWindow", "Chest X-ray images (*.png *.jpg *.jpeg *.dcm *.dicom *.dic)"),
                QT_TRANSLATE_NOOP("MainWindow", "DICOM files (*.dcm *.dicom *.dic)"))
ADMIN_UNAVAILABLE = QT_TRANSLATE_NOOP("MainWindow", "Administration is not available in this version.")
ADMIN_MODULES = ("cxrviewer.qt.admin", "cxrviewer.qt.admin.dialog")  # a build without administration lacks these
WORKLIST_HINT = QT_TRANSLATE_NOOP("MainWindow", "Choose an image in the worklist\nto see it here with its heatmap")
WINDOW_STATE_VERSION = 1  # 1: one list on screen, a narrow worklist; a state saved before is not restored


# what a file shows: its image, and a prediction or the sentence saying why there is none
Shown = tuple[XrayImage, Prediction | None, str]


def window_settings() -> QSettings:
    """Window geometry only (clinical settings live in the JSON config), in the user config folder."""
    from cxrviewer.paths import user_config_dir

    return QSettings(str(user_config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """The viewer. ``start_model()`` after ``show()``; closing joins the model thread."""

    def __init__(self, settings: QSettings | None = None, model_dir: str | Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("cxrviewer")
        self.setAcceptDrops(True)
        self._settings = settings if settings is not None else window_settings()
        self._model_dir = Path(model_dir) if model_dir is not None else None
        self._model: LoadedModel | None = None
        self._model_state = "not started"  # "loading", "ready", "failed"
        self._latest_request = 0
        self._pending: dict[int, str] = {}  # request id -> path
        self._cache: OrderedDict[str, Shown] = OrderedDict()
        self._current_path: str | None = None
        self._image_message = ""  # the status bar message about the image on show, cleared when another is shown
        self._admin_dialog = None
        self._shut_down = False

        self.viewer = ImageViewer()
        self.panel = ResultPanel()
        self.file_list = FileList()
        self.study_line = StudyLine()
        self._build_central()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()

        self.host = ModelHost()
        self._connect_host()
        self._build_worklist()
        self.navigator = Navigator(self, self.file_list, self.worklist_dock, self.splitter)  # the one list on screen
        self._build_review()
        self.panel.heatmap_toggled.connect(self.viewer.set_heatmap_visible)
        self.panel.heatmap_opacity_changed.connect(self.viewer.set_heatmap_opacity)
        self.viewer.set_heatmap_visible(self.panel.heatmap_enabled())
        self.viewer.set_heatmap_opacity(self.panel.heatmap_opacity())
        self.file_list.file_chosen.connect(self.show_file)
        self.reading = ReadingActions(self, self.viewer, self.panel, self._settings)  # window/level, invert, rotate, keys
        self.reports = ReportActions(self)  # File ▸ Export report… (Ctrl+E), File ▸ Print… (Ctrl+P)
        self._restore_geometry()

    # ---- construction ----------------------------------------------------------------------

    def _build_central(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.viewer_area = QWidget()  # the patient line over the image
        self.viewer_area.setObjectName("viewerArea")
        column = QVBoxLayout(self.viewer_area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.study_line)
        column.addWidget(self.viewer, 1)
        self.panel_area = ScrollingPanel(self.panel, pinned=("panelRule", "disclaimerLabel"))  # scrolls; the disclaimer stays
        for index, widget in enumerate((self.file_list, self.viewer_area, self.panel_area)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(index, 1 if widget is self.viewer_area else 0)
        self.splitter.setSizes([180, 830, self.panel.minimumWidth()])
        self.message_area = QVBoxLayout()
        self.message_area.setContentsMargins(0, 0, 0, 0)
        self.message_area.setSpacing(0)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.message_area)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _build_worklist(self) -> None:
        """The worklist dock beside the viewer: hidden until a folder is screened or the user opens it."""
        self.worklist_dock = WorklistDock(self.host, self)
        self.batch_panel = self.worklist_dock.panel
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.worklist_dock)
        self.worklist_dock.hide()
        self.worklist_action = self.worklist_dock.toggle_action
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.worklist_action)
        self.batch_status = QLabel("")
        self.batch_status.setObjectName("batchStatus")
        self.statusBar().insertPermanentWidget(0, self.batch_status)
        self.batch_panel.image_requested.connect(self.show_worklist_file)
        self.batch_panel.progress_text_changed.connect(self.batch_status.setText)

    def _build_review(self) -> None:
        """Decisions on the image shown: keys A, N, U, the buttons of the result panel, the Review menu."""
        self.review = ReviewController(self.panel.review_box, self)
        self.review.decision_recorded.connect(self.batch_panel.set_decision)
        self.review.problem.connect(self._on_review_problem)
        review_menu = QMenu(self.tr("&Review"), self)
        review_menu.addActions(list(self.review.actions.values()))
        review_menu.addSeparator()
        review_menu.addAction(self.review.history_action)
        review_menu.addAction(self.review.reviewer_action)
        self.menuBar().insertMenu(self.tools_menu.menuAction(), review_menu)

    def _on_review_problem(self, message: str) -> None:
        self._dismiss_messages("review")
        self.show_message(message, "warning", "review")

    def _action(self, text: str, slot, shortcut=None, icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        pix = QStyle.StandardPixmap
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open, pix.SP_DialogOpenButton,
                                        self.tr("Open one or more chest X-ray images"))
        self.screen_folder_action = self._action(self.tr("Screen &folder…"), self.screen_folder_dialog, "Ctrl+Shift+O",
                                                 pix.SP_DirOpenIcon,
                                                 self.tr("Screen every chest X-ray in a folder and list them by abnormality score"))
        self.exit_action = self._action(self.tr("E&xit"), self.close, QKeySequence.StandardKey.Quit)
        self.fit_action = self._action(self.tr("&Fit to window"), self.viewer.fit_to_window, "Ctrl+0", tip=self.tr("Show the whole image"))
        self.heatmap_action = self._action(self.tr("Show/hide &heatmap"), self.panel.toggle_heatmap, "H")
        self.next_action = self._action(self.tr("&Next image"), self.step_next, Qt.Key.Key_PageDown, pix.SP_ArrowDown)
        self.previous_action = self._action(self.tr("&Previous image"), self.step_previous, Qt.Key.Key_PageUp, pix.SP_ArrowUp)
        self.admin_action = self._action(self.tr("&Administration…"), self.open_administration)
        self.about_action = self._action(self.tr("&About cxrviewer"), self.show_about)

    def _build_menus_and_toolbar(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.screen_folder_action)
        file_menu.addSeparator()
        file_menu.addAction(self.exit_action)
        view_menu = self.view_menu = menu.addMenu(self.tr("&View"))
        for action in (self.fit_action, self.heatmap_action, self.next_action, self.previous_action):
            view_menu.addAction(action)
        self.tools_menu = menu.addMenu(self.tr("&Tools"))
        self.tools_menu.addAction(self.admin_action)
        self.language_menu = LanguageMenu(self, lambda text: self.show_message(text, "info", "language"))
        self.tools_menu.addMenu(self.language_menu)
        self.help_menu = menu.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)
        self.user_guide_action = UserGuideAction(self, self.help_menu)  # the clinicians' guide, rendered

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")  # saveState() keys on it
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.screen_folder_action)
        toolbar.addAction(self.fit_action)
        toolbar.addSeparator()
        toolbar.addAction(self.previous_action)
        toolbar.addAction(self.next_action)
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        self.image_status = QLabel("")
        self.image_status.setObjectName("imageStatus")
        self.model_status = QLabel(self.tr("Model not loaded"))
        self.model_status.setObjectName("modelStatus")
        self.statusBar().addPermanentWidget(self.image_status)
        self.statusBar().addPermanentWidget(self.model_status)

    def _connect_host(self) -> None:
        """Worker signals → methods of this GUI-thread window (queued), never lambdas."""
        self.host.model_loaded.connect(self._on_model_loaded)
        self.host.model_failed.connect(self._on_model_failed)
        self.host.analysis_finished.connect(self._on_analysis_finished)
        self.host.analysis_unscored.connect(self._on_analysis_unscored)
        self.host.analysis_failed.connect(self._on_analysis_failed)

    def _restore_geometry(self) -> None:
        """Window size and position, and where the worklist and toolbar were docked."""
        geometry = self._settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self._settings.value("window_state")
        if state is not None:
            self.restoreState(state, WINDOW_STATE_VERSION)

    # ---- model -------------------------------------------------------------------------------

    def start_model(self) -> None:
        """Start the model thread and load the model (call after ``show()``: the window never waits)."""
        if not self.host.is_running():
            self.host.start()
        self.load_model(self._model_dir)

    def load_model(self, model_dir: str | Path | None = None) -> None:
        """Load ``model_dir`` (default: the active model from the clinical settings) on the model thread."""
        from cxrviewer.core.config import active_model_dir

        target = Path(model_dir) if model_dir is not None else active_model_dir()
        self._model_state = "loading"
        self.model_status.setText(self.tr("Loading model…"))
        self.host.request_load(target)

    def reload_model(self, *_args: object) -> None:
        """Switch to the model the administrator activated, without restarting (``AdminDialog.model_changed``)."""
        self._model_dir = None
        self.load_model(None)

    def model(self) -> LoadedModel | None:
        return self._model

    def model_state(self) -> str:
        return self._model_state

    def _on_model_loaded(self, loaded: LoadedModel) -> None:
        changed = loaded != self._model
        self._model = loaded
        self._model_state = "ready"
        self.model_status.setText(self.tr("Model ready: {model}").format(model=loaded.label))
        self.model_status.setToolTip(self.tr("Review threshold {threshold}; loaded from {folder}").format(
            threshold=format_threshold(loaded.threshold), folder=loaded.model_dir))
        self._dismiss_messages("model")
        if changed:
            self._cache.clear()
            self.file_list.mark_all_unseen()
            if self._current_path is not None and self._current_path not in self._pending.values():
                self.show_file(self._current_path)  # re-score with the new model

    def _on_model_failed(self, message: str) -> None:
        self._dismiss_messages("model")
        if self._model is not None:
            self._model_state = "ready"
            self.model_status.setText(self.tr("Model ready: {model}").format(model=self._model.label))
            self.show_message(self.tr("The new model could not be loaded: {reason} Still using {model}.").format(
                reason=message, model=self._model.label), "warning", "model")
            return
        self._model_state = "failed"
        self.model_status.setText(self.tr("No model: viewing only"))
        reason = self.tr("{reason} Images can still be viewed, but no scores are shown.").format(reason=message)
        self.show_message(reason, "warning", "model")

    # ---- files ---------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        start = str(Path(self._current_path).parent) if self._current_path else str(Path.home())
        filters = [self.tr(text) for text in OPEN_FILTERS]
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Open chest X-rays"), start, ";;".join(filters), filters[0])
        if files:
            self.open_files(files)

    def open_files(self, paths: Iterable[str | Path]) -> None:
        """Replace the file list with ``paths`` (folders contribute their files), make it the list on screen, show the first."""
        files = expand_paths(paths)
        if not files:
            self.statusBar().showMessage(self.tr("No image files found."), 5000)
            return
        self.file_list.set_files(files)
        self.navigator.files_opened()
        self.file_list.setCurrentRow(0)  # -> file_chosen -> show_file
        if len(files) > 1:
            self.file_list.setFocus()  # arrow keys step through the images
        log.info("opened %d file(s)", len(files))

    def files(self) -> list[str]:
        return self.file_list.paths()

    def current_path(self) -> str | None:
        return self._current_path

    def analyses_pending(self) -> int:
        """Requests sent to the model thread and not answered yet."""
        return len(self._pending)

    def step_next(self) -> None:
        self.navigator.step(+1)

    def step_previous(self) -> None:
        self.navigator.step(-1)

    def show_file(self, path: str) -> None:
        """Show ``path``: from the cache at once, else ask the model thread (the newest request wins)."""
        self._current_path = path
        name = Path(path).name
        self.setWindowTitle(f"{name} — cxrviewer")
        self._clear_image_messages()
        self.navigator.image_shown(path)
        cached = self._cache.get(path)
        if cached is not None:
            self._cache.move_to_end(path)
            self._display(path, *cached)
            return
        self._latest_request += 1
        self._pending[self._latest_request] = path
        self.viewer.clear(self.tr("Opening…"))  # never show the previous X-ray under the new file's name
        self.study_line.show_file(path, self.tr("opening…"))  # nor the previous patient's name
        self.image_status.setText("")
        self.review.clear()
        self.panel.show_analysing(name, waiting_for_model=self._model_state == "loading")
        self.host.request_analysis(self._latest_request, path)

    def _on_analysis_finished(self, request_id: int, image: XrayImage, prediction: Prediction) -> None:
        self._on_answer(request_id, (image, prediction, ""), "flagged" if prediction.flagged else "clear")

    def _on_analysis_unscored(self, request_id: int, image: XrayImage, message: str) -> None:
        # "no model" may change once a model loads; a refusal by the loaded model will not
        self._on_answer(request_id, (image, None, message), "error", cache=self._model_state == "ready")

    def _on_answer(self, request_id: int, shown: Shown, state: str, cache: bool = True) -> None:
        path = self._pending.pop(request_id, None)
        if path is None:
            return
        if cache:
            self._remember(path, shown)
        self.file_list.mark(path, state, shown[2])
        if request_id != self._latest_request:
            log.debug("dropped the stale result of request %d (%s)", request_id, path)
            return
        self._display(path, *shown)

    def _on_analysis_failed(self, request_id: int, path: str, message: str) -> None:
        self._pending.pop(request_id, None)
        self.file_list.mark(path, "error", message)
        if request_id != self._latest_request:
            return
        self.viewer.clear(self.tr("This file cannot be shown.\nThe reason is given on the right."))
        self.study_line.show_file(path, self.tr("could not be read"))
        self.image_status.setText("")
        self.review.clear()
        self.panel.show_error(Path(path).name, message)
        self._image_message = f"{Path(path).name}: {message}"
        self.statusBar().showMessage(self._image_message, 8000)

    def _clear_image_messages(self) -> None:
        """Messages about the image on show go when another is shown (a stale one would seem to be about it)."""
        if self._image_message and self.statusBar().currentMessage() == self._image_message:
            self.statusBar().clearMessage()
        self._image_message = ""
        self._dismiss_messages("review")

    def _remember(self, path: str, shown: Shown) -> None:
        self._cache[path] = shown
        self._cache.move_to_end(path)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def _display(self, path: str, image: XrayImage, prediction: Prediction | None, message: str = "") -> None:
        name = Path(path).name
        self.viewer.set_xray(image)
        self.study_line.show_image(path, image)
        depth = self.tr("{bits}-bit {format}").format(bits=image.source_bit_depth, format=image.source_format)
        self.image_status.setText(f"{image.width} × {image.height} px · {depth}")
        if prediction is None:
            self.panel.show_no_score(name, message or tr_host(NO_MODEL_MESSAGE))
        else:
            self.viewer.set_heatmap(prediction)
            model = self._model
            overridden = model is not None and model.threshold_overridden
            expected = model.expected_at_new_hospital if model is not None and model.info == prediction.model else None
            self.panel.show_prediction(name, prediction, threshold_overridden=overridden, expected=expected)
        self.review.show_image(path, image, prediction)
        self.reports.show_image(path, image, prediction)

    # ---- folder screening (the worklist dock) ------------------------------------------------

    def screen_folder_dialog(self) -> None:
        start = str(Path(self._current_path).parent) if self._current_path else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Screen a folder of chest X-rays"), start)
        if folder:
            self.screen_folder(folder)

    def screen_folder(self, folder: str | Path) -> bool:
        """Screen every image in ``folder`` (and its sub-folders) into the worklist; False if it cannot start now."""
        self.show_worklist()
        started = self.batch_panel.start(folder)
        if started and self._current_path is None:  # nothing on show yet: say where the images will come from
            self.viewer.clear(self.tr(WORKLIST_HINT))
        return started

    def show_worklist(self) -> None:
        self.navigator.reveal_worklist()

    def show_worklist_file(self, path: str) -> None:
        """A worklist row was chosen: show that image and its score (unless it is on show already)."""
        if path != self._current_path:
            self.show_file(path)

    # ---- drag and drop ---------------------------------------------------------------------

    @staticmethod
    def _dropped_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # Qt override
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        """Dropped files are opened for viewing; a dropped folder is screened into the worklist."""
        dropped = self._dropped_files(event)
        if not dropped:
            event.ignore()
            return
        event.acceptProposedAction()
        folders = [path for path in dropped if Path(path).is_dir()]
        files = [path for path in dropped if path not in folders]
        if files:
            self.open_files(files)
        if folders:
            self.screen_folder(folders[0])
            if len(folders) > 1:
                self.show_message(self.tr("One folder is screened at a time: screening {folder}. "
                                          "Drop the others once it has finished.").format(folder=folders[0]), "info", "batch")

    # ---- messages, administration, about -------------------------------------------------------

    def show_message(self, text: str, kind: str = "info", tag: str = "") -> MessageBar:
        """A non-blocking message across the top of the window (``tag`` lets a later event replace it)."""
        bar = MessageBar(text, kind)
        bar.setProperty("tag", tag)
        self.message_area.addWidget(bar)
        bar.show()
        return bar

    def messages(self) -> list[MessageBar]:
        bars = (self.message_area.itemAt(i).widget() for i in range(self.message_area.count()))
        return [bar for bar in bars if isinstance(bar, MessageBar) and not bar.is_dismissed()]

    def _dismiss_messages(self, tag: str) -> None:
        for bar in self.messages():
            if bar.property("tag") == tag:
                bar.dismiss()

    def show_crash_notice(self, log_dir: Path) -> None:
        """Offer the crash report left by the previous run, in plain words."""
        report = log_dir / "crash.previous.log"
        text = self.tr("cxrviewer closed unexpectedly last time. A technical report was saved to "
                       "{report}. If this happens again, please send that file to your administrator.").format(report=report)
        bar = self.show_message(text, "warning", "crash")
        self._log_dir = log_dir
        bar.add_button(self.tr("Open log folder"), self.open_log_folder)

    def open_log_folder(self) -> None:
        from cxrviewer.paths import user_log_dir

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(getattr(self, "_log_dir", None) or user_log_dir())))

    def open_administration(self) -> None:
        """Open the admin dialog if this build has it (it is added by a separate module); one at a time."""
        if self._admin_dialog is not None and self._admin_dialog.isVisible():
            self._admin_dialog.raise_()
            self._admin_dialog.activateWindow()
            return
        try:
            from cxrviewer.qt.admin.dialog import AdminDialog
        except ModuleNotFoundError as exc:
            if exc.name not in ADMIN_MODULES:  # something the dialog needs is missing: a bug, not a choice
                log.exception("administration dialog could not be imported")
            self.show_message(self.tr(ADMIN_UNAVAILABLE), "info", "admin")
            return
        try:
            dialog = AdminDialog(self)
            dialog.model_changed.connect(self.reload_model)
        except Exception:  # noqa: BLE001 - a broken dialog must not take the viewer down
            log.exception("administration dialog could not be opened")
            self.show_message(self.tr("Administration could not be opened. The details were written to the log."), "warning", "admin")
            return
        self._admin_dialog = dialog
        dialog.show()  # not modal: the viewer stays usable, and model_changed reloads it

    def about_text(self) -> str:
        from cxrviewer import i18n, paths

        try:  # disclaimer.<code>.txt in the language in use, else the English one
            disclaimer = i18n.localized_path(paths.asset_path("disclaimer.txt")).read_text(encoding="utf-8").strip()
        except OSError:
            disclaimer = tr_panel(DISCLAIMER)
        if self._model is not None:
            overridden = self.tr(" (set by your administrator)") if self._model.threshold_overridden else ""
            model = self.tr("Model: {model}<br>Review threshold: {threshold}{overridden}").format(
                model=html.escape(self._model.label), threshold=format_threshold(self._model.threshold), overridden=overridden)
            model += "<br>" + html.escape(local_check_text(self._model.info))  # figures at this clinic, or "Not yet checked"
        else:
            model = self.tr("Model: not loaded")
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in disclaimer.split("\n\n"))
        support = self.tr("Chest X-ray screening support.")
        return f"<h3>cxrviewer {__version__}</h3><p>{support}</p><p>{model}</p>{paragraphs}"

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About cxrviewer"), self.about_text())

    # ---- shutdown ------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Join the model thread (idempotent). A QThread destroyed while running aborts the process."""
        if self._shut_down:
            return
        self._shut_down = True
        self.batch_panel.shutdown()  # cancels a screening in progress, so the join below is quick
        self.review.close()
        self.host.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.setValue("window_state", self.saveState(WINDOW_STATE_VERSION))
        self._settings.sync()
        if self._admin_dialog is not None:
            self._admin_dialog.close()
        self.shutdown()
        super().closeEvent(event)
