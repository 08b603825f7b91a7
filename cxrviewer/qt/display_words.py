"""The words of the Qt-free display modules, as the reader sees them, in the GUI's language.

``windowing`` (pure numpy) and ``orientation`` (pure Python) never import Qt, so their words are English:
the preset names are identifiers (``PRESETS``, ``viewer.preset_name()``) and ``describe_orientation``
returns English (the tests compare with it). They are translated here where they are shown: the
View ▸ Window/level menu, the keyboard shortcuts table, the viewer's corner text.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from cxrviewer.i18n import DATE_TIME_PATTERN, DEFAULT_DATE_TIME_PATTERN, ENGLISH, current_language
from cxrviewer.qt.windowing import DEFAULT, FULL_RANGE

LABELS = {
    DEFAULT: QT_TRANSLATE_NOOP("Windowing", "Default (from file)"),
    FULL_RANGE: QT_TRANSLATE_NOOP("Windowing", "Full range"),
    "Lung": QT_TRANSLATE_NOOP("Windowing", "Lung"),
    "Soft tissue": QT_TRANSLATE_NOOP("Windowing", "Soft tissue"),
    "Bone": QT_TRANSLATE_NOOP("Windowing", "Bone"),
}


# every sentence ``orientation.describe_orientation`` can return
ORIENTATIONS = (
    QT_TRANSLATE_NOOP("Orientation", "Flipped left–right"),
    QT_TRANSLATE_NOOP("Orientation", "Flipped top–bottom"),
    QT_TRANSLATE_NOOP("Orientation", "Rotated 90° right"),
    QT_TRANSLATE_NOOP("Orientation", "Rotated 180°"),
    QT_TRANSLATE_NOOP("Orientation", "Rotated 90° left"),
    QT_TRANSLATE_NOOP("Orientation", "Flipped left–right, then rotated 90° right"),
    QT_TRANSLATE_NOOP("Orientation", "Flipped left–right, then rotated 90° left"),
)


def orientation_words(text: str) -> str:
    """``describe_orientation``'s English sentence in the GUI's language ("" stays "")."""
    return QCoreApplication.translate("Orientation", text) if text else ""


def preset_label(name: str) -> str:
    """``name`` (a ``windowing.PRESETS`` name) in the GUI's language; an unknown name as it is."""
    return QCoreApplication.translate("Windowing", LABELS[name]) if name in LABELS else name


def date_time_text(moment: datetime, time_only: bool = False) -> str:
    """A local date and time as the GUI's language writes it: "12 Mar 2025 14:02", "12 mars 2025 14:02",
    "2025年3月12日 14:02" (or only "14:02")."""
    moment = moment.astimezone()
    if current_language() == ENGLISH:
        return moment.strftime("%H:%M" if time_only else "%d %b %Y %H:%M")
    pattern = "HH:mm" if time_only else DATE_TIME_PATTERN.get(current_language(), DEFAULT_DATE_TIME_PATTERN)
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())), pattern)
