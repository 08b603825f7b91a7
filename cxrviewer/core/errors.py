"""Errors with a sentence a clinician understands (``user_message``) and a technical ``detail``.

The sentence is translated when the error is created, into the language chosen by ``cxrviewer.i18n``
(which hands its gettext catalogue to ``use_catalogue``); the English sentence stays in
``english_message`` for the log files, which are always in English. Without a catalogue (the core's
tests, a library caller) every sentence is the English one.
"""

from __future__ import annotations

import gettext

_catalogue: gettext.NullTranslations = gettext.NullTranslations()


def use_catalogue(catalogue: gettext.NullTranslations) -> None:
    """Translate the core's sentences with ``catalogue`` from now on (``NullTranslations``: English)."""
    global _catalogue
    _catalogue = catalogue


def _(message: str) -> str:
    """``message`` in the chosen language (the English text when it has no translation)."""
    return _catalogue.gettext(message) if message else message


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark ``message`` for translation without translating it now (class constants, translated at use)."""
    return message


class CxrError(Exception):
    """Base of every expected failure. ``str(err)`` is the user-facing sentence."""

    default_message = N_("Something went wrong.")

    def __init__(self, user_message: str | None = None, detail: str = "") -> None:
        self.english_message = user_message or self.default_message  # for the log, always English
        self.user_message = _(self.english_message)
        self.detail = detail
        super().__init__(self.user_message)


class UnsupportedImage(CxrError):
    default_message = N_("This file is not an image cxrviewer can open (use PNG or JPEG).")


class UnreadableImage(CxrError):
    default_message = N_("This image file is damaged or cannot be read.")


class TruncatedImage(UnreadableImage):
    default_message = N_("This image file is incomplete (it may have been cut off while copying).")


class ImageTooLarge(CxrError):
    default_message = N_("This image is too large to open safely.")


class ImageTooSmall(CxrError):
    default_message = N_("This image is too small to assess.")


class NotChestXray(CxrError):
    default_message = N_("This does not look like a frontal chest X-ray — no score shown.")


class ModelMissing(CxrError):
    default_message = N_(
        "The screening model could not be found. Please reinstall cxrviewer or ask your administrator."
    )


class ModelIntegrity(CxrError):
    default_message = N_(
        "The screening model file is damaged (its checksum does not match). "
        "Please reinstall cxrviewer or ask your administrator."
    )


class DataFolderError(CxrError):
    default_message = N_("The training data could not be read.")


class DamagedImage(UnreadableImage):
    default_message = N_(
        "This image file is damaged (part of its picture data is corrupt), so it was not scored. "
        "Copy it again from the original source."
    )
