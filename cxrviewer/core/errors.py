"""Errors with a sentence a clinician understands (``user_message``) and a technical ``detail``."""

from __future__ import annotations


class CxrError(Exception):
    """Base of every expected failure. ``str(err)`` is the user-facing sentence."""

    default_message = "Something went wrong."

    def __init__(self, user_message: str | None = None, detail: str = "") -> None:
        self.user_message = user_message or self.default_message
        self.detail = detail
        super().__init__(self.user_message)


class UnsupportedImage(CxrError):
    default_message = "This file is not an image cxrviewer can open (use PNG or JPEG)."


class UnreadableImage(CxrError):
    default_message = "This image file is damaged or cannot be read."


class TruncatedImage(UnreadableImage):
    default_message = "This image file is incomplete (it may have been cut off while copying)."


class ImageTooLarge(CxrError):
    default_message = "This image is too large to open safely."


class ImageTooSmall(CxrError):
    default_message = "This image is too small to assess."


class NotChestXray(CxrError):
    default_message = "This does not look like a frontal chest X-ray — no score shown."


class ModelMissing(CxrError):
    default_message = (
        "The screening model could not be found. Please reinstall cxrviewer or ask your administrator."
    )


class ModelIntegrity(CxrError):
    default_message = (
        "The screening model file is damaged (its checksum does not match). "
        "Please reinstall cxrviewer or ask your administrator."
    )


class DataFolderError(CxrError):
    default_message = "The training data could not be read."


class DamagedImage(UnreadableImage):
    default_message = (
        "This image file is damaged (part of its picture data is corrupt), so it was not scored. "
        "Copy it again from the original source."
    )
