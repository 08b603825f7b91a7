"""Layout helpers for text whose length depends on the language (a French or Russian button is often half as
long again as the English one, a Chinese one half as long).

* ``WrappingRow``: a row of buttons that goes onto two (or more) rows when the translated texts do not fit
  side by side, instead of squeezing every button below its text. Where they fit (English) it looks exactly
  like a ``QHBoxLayout`` with a stretch before the last widget.
* ``fit_placeholder``: a line edit at least as wide as its placeholder (which Qt cuts without a "…").
* ``keep_title_whole``: a table's stretched note column never narrower than its title.
* ``ScrollingPanel``: a side panel that scrolls when its content is taller than the window (long languages,
  several message bars), instead of squeezing its wrapped labels over each other. It takes the panel's own
  width and gains the scroll bar's width only while the bar is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QHeaderView, QLayout, QLayoutItem, QLineEdit, QScrollArea, QStyle, QVBoxLayout, QWidget


class WrappingRow(QLayout):
    """Widgets left to right, the last one pushed to the right edge (``last_right``); a widget that would not fit
    on the row goes onto the next one (the last one still at the right edge). Never narrower than its widest
    widget's size hint: a button's text is never cut."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, last_right: bool = True) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._last_right = last_right
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    # ---- QLayout's item list -----------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # Qt override
        self._items.append(item)

    def count(self) -> int:  # Qt override
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # ---- sizes --------------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:  # Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def sizeHint(self) -> QSize:  # Qt override: everything on one row
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # Qt override: one widget a row
        shown = self._shown()
        margins = self.contentsMargins()
        width = max((item.sizeHint().width() for item in shown), default=0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:  # Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def rows(self) -> int:
        """How many rows the widgets take at the layout's present width (1 where they fit side by side)."""
        return len(self._rows(self.contentsRect().width()))

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            hint = item.sizeHint().width()
            if rows and used + self.spacing() + hint <= width:
                rows[-1].append(item)
                used += self.spacing() + hint
            else:
                rows.append([item])
                used = hint
        return rows

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows = self._rows(area.width())
        shown = self._shown()
        y = area.y()
        for number, row in enumerate(rows):
            height = max(item.sizeHint().height() for item in row)
            x = area.x()
            for item in row:
                hint = item.sizeHint()
                width = min(hint.width(), area.width())
                at = x
                if self._last_right and item is shown[-1] and len(shown) > 1:
                    at = area.right() + 1 - width  # the last widget keeps to the right edge, on whichever row it is
                if move:
                    item.setGeometry(QRect(QPoint(at, y), QSize(width, height)))
                x += width + self.spacing()
            y += height + (self.spacing() if number < len(rows) - 1 else 0)
        return y - rect.y() + margins.bottom()


def keep_title_whole(header: QHeaderView, column: int) -> None:
    """A stretched column (a note) keeps at least its title's width when the other columns take the rest: no
    column of ``header`` is made narrower than that title (a short one, "Note", else every column grows)."""
    header.setMinimumSectionSize(max(header.minimumSectionSize(), header.sectionSizeHint(column)))


def fit_placeholder(edit: QLineEdit, extra: int = 0) -> None:
    """Make ``edit`` at least wide enough for its placeholder text (plus ``extra`` pixels, e.g. a clear button)."""
    text_width = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    frame = 2 * edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    margins = edit.textMargins()
    edit.setMinimumWidth(text_width + frame + margins.left() + margins.right() + 8 + extra)  # 8: QLineEdit's own inner margin


class ScrollingPanel(QWidget):
    """Holds ``panel`` (a fixed-width side panel) in a scroll area that scrolls vertically when the panel is taller
    than the space given; the widgets named in ``pinned`` (e.g. the disclaimer) are taken out of the panel's
    layout and kept below the scroll area, always in view. Where the panel fits, it looks as it did without.
    Its width is the panel's, plus the scroll bar's while the bar is shown."""

    def __init__(self, panel: QWidget, pinned: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{panel.objectName() or 'panel'}Scroller")
        self.area = QScrollArea()
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no tab stop of its own; the arrow keys stay the lists'
        self.area.setWidget(panel)
        self._panel = panel
        inner = panel.layout()
        foot = QVBoxLayout()
        if inner is not None:
            margins = inner.contentsMargins()
            foot.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
            foot.setSpacing(inner.spacing())
            for name in pinned:
                widget = panel.findChild(QWidget, name)
                if widget is not None and inner.indexOf(widget) >= 0:
                    inner.removeWidget(widget)
                    foot.addWidget(widget)
            if foot.count():  # the bottom margin is now below the pinned widgets; the panel's own would only add height
                inner.setContentsMargins(margins.left(), margins.top(), margins.right(), 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.area, 1)
        layout.addLayout(foot)
        self.setMinimumWidth(panel.minimumWidth())  # what the window's splitter keeps for the panel (``Navigator``)
        self.area.verticalScrollBar().installEventFilter(self)  # shown or hidden: the width needed changes

    def scrolls(self) -> bool:
        """The panel is taller than the space given: its scroll bar is shown."""
        return self.area.verticalScrollBar().isVisibleTo(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.area.verticalScrollBar() and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            bar = self.area.verticalScrollBar().sizeHint().width() if event.type() == QEvent.Type.Show else 0
            self.setMinimumWidth(self._panel.minimumWidth() + bar)
        return False
