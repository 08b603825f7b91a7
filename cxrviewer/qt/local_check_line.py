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
NEW_HOSPITAL = QT_TRANSLATE_NOOP(
    "LocalCheckLine",
    "At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about {auc} "
    "({sealed} at {hospitals} other hospitals): treat the score as a rough pointer until it is checked here.")
NEW_HOSPITAL_SHORT = QT_TRANSLATE_NOOP(
    "LocalCheckLine",
    "At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about {auc}: "
    "treat the score as a rough pointer until it is checked here.")
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


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def expected_at_new_hospital(card) -> dict | None:
    """The card's ``evaluation.expected_at_new_hospital`` (``auc_mean`` at sources left out of training, AUC at
    sealed hospitals), or None: a card without it (a model trained at the clinic), or a model whose score no longer
    comes from the head those figures measured (adapted here; a recalibrated threshold leaves the AUC as it was)."""
    extra = card.extra if isinstance(card.extra, dict) else {}
    if getattr(card, "head", "shipped") != "shipped" or "adaptation" in extra:
        return None
    evaluation = extra.get("evaluation")
    block = evaluation.get("expected_at_new_hospital") if isinstance(evaluation, dict) else None
    return block if isinstance(block, dict) and _is_number(block.get("auc_mean")) else None


def new_hospital_text(expected: dict | None) -> str:
    """"At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about
    0.68 (0.54 at 3 other hospitals): treat the score as …", or "" without the card's figures."""
    if not expected or not _is_number(expected.get("auc_mean")):
        return ""
    sealed = expected.get("sealed_hospitals_auc")
    sealed = sealed if isinstance(sealed, dict) else {}
    hospitals = sealed.get("hospitals")
    if _is_number(sealed.get("pooled")) and isinstance(hospitals, int) and not isinstance(hospitals, bool) and hospitals > 1:
        return _tr(NEW_HOSPITAL).format(auc=_decimal(expected["auc_mean"], 2), sealed=_decimal(sealed["pooled"], 2),
                                        hospitals=hospitals)
    return _tr(NEW_HOSPITAL_SHORT).format(auc=_decimal(expected["auc_mean"], 2))


def local_check_tip(check: dict | None, expected: dict | None = None) -> str:
    """The tooltip: where the figures come from, or how an administrator checks the model here (and, from the
    model card, what to expect of it at a hospital it was not trained on)."""
    if check:
        return _tr(CHECKED_TIP)
    return "\n\n".join(text for text in (_tr(NOT_CHECKED_TIP), new_hospital_text(expected)) if text)

