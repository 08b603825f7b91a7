"""The reading tools' menu entries and keys, added to the main window in one place.

``ReadingActions(window, viewer, panel, settings)`` adds the View ▸ Window/level, Invert, Rotate,
Flip, 1:1, zoom and Full screen entries (and a few toolbar buttons), the Help ▸ Keyboard shortcuts
table (F1; the main window's navigation keys first, then these), and the heatmap's reading rules:

* **The heatmap is off when an image opens** (the clinician reads the film first); **H** shows it.
  This is per image: stepping to the next image switches it off again.
* **Its opacity is remembered** across restarts (``QSettings``, ``viewer/heatmap_opacity``).

Every action is added to the main window itself as well as to its menu, with the default
``WindowShortcut`` context: a key works whether the image, the file list or the window has the
focus, and still works in full screen where the toolbar is hidden. Keys chosen to stay clear of
the review decisions (A, N, U), image stepping (Page Up/Down), the worklist (Ctrl+L) and H.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolBar, QToolButton

from cxrviewer.qt.display_words import preset_label
from cxrviewer.qt.result_panel import ResultPanel
from cxrviewer.qt.viewer import ImageViewer
from cxrviewer.qt.windowing import PRESETS

OPACITY_KEY = "viewer/heatmap_opacity"
HEATMAP_OFF_FOR_EACH_IMAGE = True

# (keys, what they do) for Help ▸ Reading shortcuts and docs/user_guide.md ("Reading the image")
MOUSE_TABLE = (
    (QT_TRANSLATE_NOOP("ReadingActions", "Right-drag"),
     QT_TRANSLATE_NOOP("ReadingActions", "Window/level: left–right changes the width (contrast), up–down the level (brightness)")),
    (QT_TRANSLATE_NOOP("ReadingActions", "Double right-click"),
     QT_TRANSLATE_NOOP("ReadingActions", "Back to the file's own window (Default)")),
    (QT_TRANSLATE_NOOP("ReadingActions", "Mouse wheel"), QT_TRANSLATE_NOOP("ReadingActions", "Zoom in or out around the cursor")),
    (QT_TRANSLATE_NOOP("ReadingActions", "Left-drag"),
     QT_TRANSLATE_NOOP("ReadingActions", "Move the image when it is larger than the view")),
    (QT_TRANSLATE_NOOP("ReadingActions", "Double left-click"), QT_TRANSLATE_NOOP("ReadingActions", "Fit the image to the window")),
)  # in English; translated where shown


def tr_reading(text: str) -> str:
    return QCoreApplication.translate("ReadingActions", text)


def plain_text(menu_text: str) -> str:
    """A menu entry's words without its accelerator: "&Invert" -> "Invert", and Chinese "反色(&I)" -> "反色"
    (the letter in brackets is only for the menu)."""
    return re.sub(r"\s*\(&[^&)]\)", "", menu_text).replace("&", "")


def key_text(sequence: QKeySequence | str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class ReadingActions(QObject):
    """Creates and wires the reading actions; ``window`` keeps it alive as its child."""

    def __init__(self, window: QMainWindow, viewer: ImageViewer, panel: ResultPanel, settings: QSettings) -> None:
        super().__init__(window)
        self.setObjectName("readingActions")
        self._window = window
        self._viewer = viewer
        self._panel = panel
        self._settings = settings
        self._hidden_for_full_screen: list = []
        self._was_maximized = False
        self._build_actions()
        self._build_menus()
        self._restore_heatmap_settings()
        viewer.display_changed.connect(self._sync_checks)
        viewer.image_shown.connect(self._on_image_shown)
        panel.heatmap_opacity_changed.connect(self._remember_opacity)
        window.installEventFilter(self)

    # ---- actions ---------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "", checkable: bool = False) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({key_text(shortcut)})" if shortcut is not None else tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self._window.addAction(action)  # the key works wherever the focus is in the window
        return action

    def _build_actions(self) -> None:
        viewer = self._viewer
        self.preset_group = QActionGroup(self)
        self.preset_group.setExclusive(True)
        self.preset_actions: dict[str, QAction] = {}
        for preset in PRESETS:
            action = self._action(preset_label(preset.name), lambda _=False, name=preset.name: viewer.apply_preset(name),
                                  preset.shortcut, self.tr("Window/level: {preset}").format(preset=preset_label(preset.name)),
                                  checkable=True)
            self.preset_group.addAction(action)
            self.preset_actions[preset.name] = action
        self.invert_action = self._action(self.tr("&Invert"), viewer.toggle_inverted, "I", self.tr("Show the image as a negative"),
                                          checkable=True)
        self.rotate_left_action = self._action(self.tr("Rotate &left"), viewer.rotate_left, "Ctrl+Left",
                                               self.tr("Rotate 90° anticlockwise"))
        self.rotate_right_action = self._action(self.tr("Rotate &right"), viewer.rotate_right, "Ctrl+Right",
                                                self.tr("Rotate 90° clockwise"))
        self.flip_horizontal_action = self._action(self.tr("Flip left–ri&ght"), viewer.flip_horizontal, "F",
                                                   self.tr("Mirror the image left to right"))
        self.flip_vertical_action = self._action(self.tr("Flip &top–bottom"), viewer.flip_vertical, "V",
                                                 self.tr("Turn the image upside down"))
        self.actual_size_action = self._action(self.tr("&Actual size (1:1)"), viewer.actual_size, "Ctrl+1",
                                               self.tr("One image pixel per screen pixel"))
        self.zoom_in_action = self._action(self.tr("&Zoom in"), lambda: viewer.zoom_by(1.25), QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(self.tr("Zoom &out"), lambda: viewer.zoom_by(0.8), QKeySequence.StandardKey.ZoomOut)
        self.reset_view_action = self._action(self.tr("R&eset view"), viewer.reset_view, "R",
                                              self.tr("Default window, not inverted, upright, fitted to the window"))
        self.full_screen_action = self._action(self.tr("F&ull screen"), self.toggle_full_screen, "F11",
                                               self.tr("Read the image on the whole screen (Esc leaves)"), checkable=True)
        self.leave_full_screen_action = self._action(self.tr("Leave full screen"), self.leave_full_screen, "Esc")
        self.leave_full_screen_action.setEnabled(False)  # Esc belongs to the widgets except in full screen
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1",
                                             self.tr("The keys for moving through images, deciding and reading the image"))
        fit = getattr(self._window, "fit_action", None)
        if fit is not None:
            self._window.addAction(fit)
        self._sync_checks()

    def _build_menus(self) -> None:
        window = self._window
        view_menu: QMenu | None = getattr(window, "view_menu", None)
        if view_menu is None:
            view_menu = window.menuBar().addMenu(self.tr("&View"))
        self.window_menu = QMenu(self.tr("Window/le&vel"), window)
        self.window_menu.setObjectName("windowLevelMenu")
        self.window_menu.addActions(list(self.preset_actions.values()))
        reading = [self.window_menu.menuAction(), self.invert_action, None, self.rotate_left_action, self.rotate_right_action,
                   self.flip_horizontal_action, self.flip_vertical_action, None, self.actual_size_action,
                   self.zoom_in_action, self.zoom_out_action, self.reset_view_action, None, self.full_screen_action, None]
        fit = getattr(window, "fit_action", None)
        after_fit = view_menu.actions()
        before = after_fit[after_fit.index(fit) + 1] if fit in after_fit and after_fit.index(fit) + 1 < len(after_fit) else None
        for item in reading:
            if item is None and before is not None:
                view_menu.insertSeparator(before)
            elif item is None:
                view_menu.addSeparator()
            elif before is not None:
                view_menu.insertAction(before, item)
            else:
                view_menu.addAction(item)
        help_menu: QMenu | None = getattr(window, "help_menu", None)  # its title is translated: found by attribute
        if help_menu is not None:
            help_menu.insertAction(help_menu.actions()[0] if help_menu.actions() else None, self.shortcuts_action)
        toolbar = window.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.addSeparator()
            button = QToolButton(toolbar)
            button.setObjectName("windowLevelButton")
            button.setText(self.tr("Window/level"))
            button.setToolTip(self.tr("Window/level presets (right-drag on the image to adjust)"))
            button.setMenu(self.window_menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            toolbar.addWidget(button)
            toolbar.addAction(self.invert_action)
            toolbar.addAction(self.reset_view_action)

    def _sync_checks(self) -> None:
        self.invert_action.setChecked(self._viewer.is_inverted())
        name = self._viewer.preset_name() if self._viewer.has_image() else None
        for preset, action in self.preset_actions.items():
            action.setChecked(preset == name)
        if name is None:  # a dragged window is none of the presets
            checked = self.preset_group.checkedAction()
            if checked is not None:
                self.preset_group.setExclusive(False)
                checked.setChecked(False)
                self.preset_group.setExclusive(True)

    # ---- heatmap ------------------------------------------------------------------------------

    def _restore_heatmap_settings(self) -> None:
        """Heatmap off to start with; the opacity the user chose last time (if any)."""
        self._panel.heatmap_check.setChecked(False)
        self._viewer.set_heatmap_visible(False)
        stored = self._settings.value(OPACITY_KEY)
        try:
            percent = int(float(stored)) if stored is not None else None
        except (TypeError, ValueError):
            percent = None
        if percent is not None:
            slider = self._panel.opacity_slider
            slider.setValue(max(slider.minimum(), min(slider.maximum(), percent)))
        self._viewer.set_heatmap_opacity(self._panel.heatmap_opacity())

    def _remember_opacity(self, opacity: float) -> None:
        self._settings.setValue(OPACITY_KEY, round(opacity * 100))

    def _on_image_shown(self) -> None:
        if HEATMAP_OFF_FOR_EACH_IMAGE:
            self._panel.heatmap_check.setChecked(False)

    # ---- full screen --------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        if self._window.isFullScreen():
            self.leave_full_screen()
        else:
            self.enter_full_screen()

    def enter_full_screen(self) -> None:
        """The whole screen for reading: the toolbar is hidden, menus, score and review stay."""
        window = self._window
        if window.isFullScreen():
            return
        self._was_maximized = window.isMaximized()
        self._hidden_for_full_screen = [bar for bar in window.findChildren(QToolBar) if bar.isVisible()]
        for bar in self._hidden_for_full_screen:
            bar.hide()
        window.showFullScreen()
        self._sync_full_screen()

    def leave_full_screen(self) -> None:
        window = self._window
        if not window.isFullScreen():
            return
        if self._was_maximized:
            window.showMaximized()
        else:
            window.showNormal()
        for bar in self._hidden_for_full_screen:
            bar.show()
        self._hidden_for_full_screen = []
        self._sync_full_screen()

    def _sync_full_screen(self) -> None:
        full = self._window.isFullScreen()
        self.full_screen_action.setChecked(full)
        self.leave_full_screen_action.setEnabled(full)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self._window and event.type() == QEvent.Type.WindowStateChange:
            self._sync_full_screen()  # also when the window manager changed it
        return False

    # ---- help ---------------------------------------------------------------------------------

    def key_table(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every reading key and mouse action, in menu order."""
        rows = [(key_text(a.shortcut()), plain_text(a.text())) for a in self.preset_actions.values()]
        rows[0] = (self.tr("{key} or double right-click").format(key=rows[0][0]), rows[0][1])
        for action in (self.invert_action, self.rotate_left_action, self.rotate_right_action, self.flip_horizontal_action,
                       self.flip_vertical_action):
            rows.append((key_text(action.shortcut()), plain_text(action.text())))
        fit = getattr(self._window, "fit_action", None)
        if fit is not None:
            rows.append((key_text(fit.shortcut()), plain_text(fit.text())))
        for action in (self.actual_size_action, self.zoom_in_action, self.zoom_out_action, self.reset_view_action):
            rows.append((key_text(action.shortcut()), plain_text(action.text())))
        rows.append((f"{key_text('F11')} / {key_text('Esc')}", self.tr("Full screen / leave full screen")))
        heatmap = getattr(self._window, "heatmap_action", None)
        if heatmap is not None:
            rows.append((key_text(heatmap.shortcut()), self.tr("Show/hide the heatmap (with its colour legend)")))
        return rows + [(tr_reading(keys), tr_reading(text)) for keys, text in MOUSE_TABLE]

    def show_shortcuts(self) -> None:
        def table(pairs) -> str:
            return "<table>" + "".join(f"<tr><td style='padding-right:14px'><b>{html.escape(k)}</b></td>"
                                       f"<td>{html.escape(t)}</td></tr>" for k, t in pairs) + "</table>"

        navigator = getattr(self._window, "navigator", None)  # the main window's list of images (Page Up/Down, ...)
        moving_title = self.tr("Moving through images, deciding")
        reading_title = self.tr("Reading the image")
        display_only = self.tr("Reading changes the display only, never the image or its score.")
        moving = f"<h3>{html.escape(moving_title)}</h3>{table(navigator.key_table())}" if navigator is not None else ""
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"{moving}<h3>{html.escape(reading_title)}</h3>{table(self.key_table())}<p>{html.escape(display_only)}</p>")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
