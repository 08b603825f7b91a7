"""The model's figures at this clinic, as the result panel and About show them, in the GUI's language.

One line: "At this clinic (120 images, 2025-03-12): AUC 0.82, sensitivity 91%, specificity 55%", or
"Not yet checked at this clinic" until an administrator checked the model on at least
``MIN_CHECK_IMAGES`` labelled local images (``core.admin.local_check``: it stores the figures and
writes the same line in English for the CLI). English is the core's line, byte for byte.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from cxrviewer.core.admin.local_check import load_figures
from cxrviewer.i18n import ENGLISH, current_language, percent

CONTEXT = "LocalCheckLine"
NOT_CHECKED = QT_TRANSLATE_NOOP("LocalCheckLine", "Not yet checked at this clinic")
CHECKED = QT_TRANSLATE_NOOP(
    "LocalCheckLine", "At this clinic ({images} images, {date}): AUC {auc}, sensitivity {sensitivity}, specificity {specificity}")
NOT_CHECKED_TIP = QT_TRANSLATE_NOOP(
    "LocalCheckLine",
    "This model's figures come from the public X-rays it was trained on. How well it works on this clinic's "
    "X-rays has not been measured yet: an administrator can check it on at least 50 labelled local images "
    "(Tools \u25b8 Administration \u25b8 Adapt, or cxrviewer-cli adapt).")
CHECKED_TIP = QT_TRANSLATE_NOOP(
    "LocalCheckLine",
    "Measured by an administrator on labelled X-rays of this clinic, each scored as the model would score it "
    "(user guide: \u201cIs the model checked at this clinic?\u201d).")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _decimal(value: object, decimals: int, as_percent: bool = False) -> str:
    if not isinstance(value, int | float):
        return "?"
    number = 100 * value if as_percent else float(value)
    if current_language() == ENGLISH:
        text = f"{number:.{decimals}f}"
    else:
        text = QLocale().toString(float(number), "f", decimals).replace(QLocale().groupSeparator(), "")
    return percent(text) if as_percent else text


def figures(model) -> dict | None:
    """The newest local check of ``model`` (ModelInfo: sha256, version) that counts, or None."""
    return load_figures(model.sha256, model.version)


def local_check_text(model, check: dict | None = None) -> str:
    """The line for ``model``: its figures at this clinic, or "Not yet checked at this clinic"."""
    check = figures(model) if check is None else check
    if not check:
        return _tr(NOT_CHECKED)
    return _tr(CHECKED).format(images=check.get("images"), date=str(check.get("date", ""))[:10],
                               auc=_decimal(check.get("auc"), 2), sensitivity=_decimal(check.get("sensitivity"), 0, True),
                               specificity=_decimal(check.get("specificity"), 0, True))


def local_check_tip(check: dict | None) -> str:
    """The tooltip: where the figures come from, or how an administrator checks the model here."""
    return _tr(CHECKED_TIP if check else NOT_CHECKED_TIP)
