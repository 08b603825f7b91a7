"""Errors with a sentence a clinician understands (``user_message``) and a technical ``detail``.

The sentence is translated when the error is created, into the language chosen by ``cxrviewer.i18n``
(which hands its gettext catalogue to ``use_catalogue``); the English sentence stays in
``english_message`` for the log files, which are always in English. Without a catalogue (the core's
tests, a library caller) every sentence is the English one.

A sentence with details is written at the raise site as ``_("… {name} …").format(name=value)``: ``_``
returns a ``Sentence`` (a ``str`` in the chosen language) that remembers its English text, and its
``format`` fills both, so ``CxrError`` still logs the English sentence with the same details.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable

_catalogue: gettext.NullTranslations = gettext.NullTranslations()


def use_catalogue(catalogue: gettext.NullTranslations) -> None:
    """Translate the core's sentences with ``catalogue`` from now on (``NullTranslations``: English)."""
    global _catalogue
    _catalogue = catalogue


class Sentence(str):
    """A sentence in the chosen language that keeps its English text (``english``) for the log files.

    ``format`` fills the placeholders of both texts (a ``Sentence`` given as a value fills the English
    text with its own English), so ``_("… {size} …").format(size=n)`` is still a ``Sentence``."""

    english: str

    def __new__(cls, translated: str, english: str) -> Sentence:
        sentence = super().__new__(cls, translated)
        sentence.english = english
        return sentence

    def format(self, *args: object, **kwargs: object) -> Sentence:  # type: ignore[override]
        english_args = [_english(value) for value in args]
        english_kwargs = {name: _english(value) for name, value in kwargs.items()}
        return Sentence(str.format(self, *args, **kwargs), self.english.format(*english_args, **english_kwargs))

    def __reduce__(self) -> tuple[type[Sentence], tuple[str, str]]:
        return Sentence, (str(self), self.english)


def _english(value: object) -> object:
    return value.english if isinstance(value, Sentence) else value


def english(text: str) -> str:
    """The English of ``text`` (a ``Sentence``), or ``text`` itself: what the log files get."""
    return text.english if isinstance(text, Sentence) else text


def join(separator: str, parts: Iterable[str]) -> Sentence:
    """``separator.join(parts)`` as a ``Sentence`` that keeps the English of each part (a list of phrases
    put into a sentence, or sentences put one after the other)."""
    parts = list(parts)
    return Sentence(separator.join(parts), separator.join(english(part) for part in parts))


def _(message: str) -> str:
    """``message`` in the chosen language (the English text when it has no translation), as a ``Sentence``
    that remembers the English for the log."""
    if not message:
        return message
    return Sentence(_catalogue.gettext(message), message)


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark ``message`` for translation without translating it now (class constants, translated at use)."""
    return message


class CxrError(Exception):
    """Base of every expected failure. ``str(err)`` is the user-facing sentence."""

    default_message = N_("Something went wrong.")

    def __init__(self, user_message: str | None = None, detail: str = "") -> None:
        message = user_message or self.default_message
        if isinstance(message, Sentence):  # translated at the raise site, details filled in
            self.english_message, self.user_message = message.english, str(message)
        else:
            self.english_message = message  # for the log, always English
            self.user_message = str(_(message))
        self.detail = detail
        super().__init__(self.user_message)

    @property
    def sentence(self) -> Sentence:
        """The user's sentence that keeps its English, to put into another sentence (``{why}``)."""
        return Sentence(self.user_message, self.english_message)


class UnsupportedImage(CxrError):
    default_message = N_("This file is not an image cxrviewer can open (use PNG, JPEG or DICOM).")


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
