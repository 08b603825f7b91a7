"""The words of the Qt-free display modules, as the reader sees them, in the GUI's language.

``windowing`` (pure numpy) and ``orientation`` (pure Python) never import Qt, so their words are English:
the preset names are identifiers (``PRESETS``, ``viewer.preset_name()``) and ``describe_orientation``
returns English (the tests compare with it). They are translated here where they are shown: the
View ▸ Window/level menu, the keyboard shortcuts table, the viewer's corner text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
