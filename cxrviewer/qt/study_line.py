"""The line over the image that says whose it is.

A DICOM image: the patient's name, ID, the study date and the accession number from its header, the
way a reading room checks them before reading. A PNG or JPEG carries none of these, and the line says so
with the file's name, so nobody takes a name from the list for the patient's identity without checking.
The full path is in the tooltip. A line too long for the view is cut at its end with "…" (the name and ID
come first, so they are the last to go).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from cxrviewer.core.types import StudyInfo, XrayImage

NO_DETAILS = QT_TRANSLATE_NOOP("StudyLine", "no patient details in the file")  # English; translated where shown


def study_parts(study: StudyInfo) -> list[tuple[str, str]]:
    """(label, value) for each identifier the header has, in reading order; the name has no label."""
    parts = [("", study.patient_name), (QT_TRANSLATE_NOOP("StudyLine", "ID"), study.patient_id),
             (QT_TRANSLATE_NOOP("StudyLine", "Study date"), study.study_date),
             (QT_TRANSLATE_NOOP("StudyLine", "Accession"), study.accession_number)]
    return [(QCoreApplication.translate("StudyLine", label) if label else "", value) for label, value in parts if value]


class StudyLine(QLabel):
    """``show_image(path, image)`` for a decoded image, ``show_file(path)`` when nothing could be read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studyLine")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # a long line never widens the window
        self.setAccessibleName(self.tr("Patient and study of the image shown"))
        self._plain = ""
        self._rich = ""
        self.clear_line()

    def show_image(self, path: str, image: XrayImage) -> None:
        study = image.study
        if study is None:
            self.show_file(path, f"{image.source_format}: {self.tr(NO_DETAILS)}")
            return
        parts = study_parts(study)
        if not parts:
            self.show_file(path, f"DICOM: {self.tr(NO_DETAILS)}")
            return
        plain = [f"{label} {value}".strip() for label, value in parts]
        rich = [f"<b>{html.escape(value)}</b>" if not label else f"{label} <b>{html.escape(value)}</b>"
                for label, value in parts]
        self._set(" · ".join(plain), " &nbsp;·&nbsp; ".join(rich), path)

    def show_file(self, path: str, note: str = "") -> None:
        name = Path(path).name
        plain = f"{name} · {note}" if note else name
        rich = f"<b>{html.escape(name)}</b>" + (f" &nbsp;·&nbsp; {html.escape(note)}" if note else "")
        self._set(plain, rich, path)

    def clear_line(self) -> None:
        self._set("", "", "")
        self.hide()

    def plain_text(self) -> str:
        """What the line says, without markup ("" when hidden)."""
        return self._plain if not self.isHidden() else ""

    def _set(self, plain: str, rich: str, path: str) -> None:
        self._plain, self._rich = plain, rich
        self.setToolTip(f"{plain}\n{path}" if plain and path else path)
        self._fit()
        self.setVisible(bool(plain))

    def _fit(self) -> None:
        """The formatted line when it fits, else the plain line cut at its end."""
        bold = QFont(self.font())
        bold.setBold(True)
        room = self.contentsRect().width() - 8
        if QFontMetrics(bold).horizontalAdvance(self._plain) <= room or room <= 0:
            self.setText(self._rich)
        else:
            self.setText(html.escape(self.fontMetrics().elidedText(self._plain, Qt.TextElideMode.ElideRight, room)))

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit()
