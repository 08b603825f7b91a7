"""What every cxrviewer-cli command shares: exit codes, the one-sentence failure, JSON lines, the model to use."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from cxrviewer.core.errors import N_
from cxrviewer.i18n import _

log = logging.getLogger(__name__)


EXIT_OK = 0
EXIT_SOME_FAILED = 1  # some images could not be scored; selftest got an invalid result
EXIT_NOTHING_TO_DO = 2  # bad arguments, no images, unusable training data, no display
EXIT_MODEL_REFUSED = 3  # the model is missing, damaged, changed, or has no checksums
EXIT_CANNOT_WRITE = 4  # the CSV, the results database, the settings or a user folder cannot be written or read
EXIT_UNEXPECTED = 5  # a bug or an unforeseen failure; the details are in the log
EXIT_INTERRUPTED = 130

EXIT_CODES_HELP = """\
exit codes:
  0    all went well: every image scored (analyze, screen), selftest passed
  1    some images could not be scored (each one says why), or selftest found a wrong result
  2    nothing to do or unusable input: wrong arguments, no images found, training data unusable, no display
  3    the model was refused: missing, damaged, changed after it was exported, or exported by an older
       version without checksums for all its files (nothing was scored)
  4    something could not be written or read: the CSV (--out), the results database, the settings
  5    an unexpected problem; the details are in the log
  130  interrupted (screen: run the same command again to resume)
"""


class CommandFailed(Exception):
    """A failure the command explains with one sentence and ends with ``code``."""

    def __init__(self, code: int, message: str, prefix: str = N_("error: ")) -> None:  # prefix: English, translated when shown
        super().__init__(message)
        self.code = code
        self.message = message
        self.prefix = prefix


def display_width(text: str) -> int:
    """The columns ``text`` takes in a terminal (a Chinese character takes two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` terminal columns (``str.ljust`` for every script)."""
    return text + " " * max(0, width - display_width(text))


def where_details_are() -> str:
    """How a sentence ends that says the details were logged (``logsetup.where_details_are``, translated)."""
    from cxrviewer.logsetup import log_file

    where = log_file()
    return _("the details are in {file}").format(file=where) if where is not None else _("the details were printed above")


def json_line(record: dict) -> str:
    """One JSON line; NaN and Infinity are never written (strict JSON parsers reject them)."""
    return json.dumps(record, allow_nan=False)


def finite_or_none(value):
    """``value`` with every non-finite float replaced by None (training losses can diverge to NaN)."""
    import math

    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: finite_or_none(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite_or_none(v) for v in value]
    return value


def _active_model_dir() -> Path:
    """The active model's folder, read without writing anything.

    A config folder that does not exist and cannot be created holds no settings, so the bundled model
    is the active one; a settings file that exists but cannot be read is a failure (exit 4): using
    another model than the one the administrator chose would be silent.
    """
    from cxrviewer.core.config import active_model_dir
    from cxrviewer.paths import bundled_model_dir

    try:
        return active_model_dir()
    except OSError as exc:
        where = Path(exc.filename) if exc.filename else None
        if where is not None and not where.exists():
            log.warning("config folder %s cannot be created (%s): no settings, so the bundled model is used", where, exc)
            return bundled_model_dir()
        raise CommandFailed(EXIT_CANNOT_WRITE, _(
            "The settings ({where}) cannot be read ({reason}), so the model chosen by your administrator is not known; "
            "check that folder's permissions, or name a model folder with --model.").format(
            where=where or _("the config folder"), reason=exc.strerror or exc)) from exc


def load_runtime(model: str | None):
    """The runtime for ``--model`` or the active model; a refused model ends the command with exit 3."""
    from cxrviewer.core.errors import CxrError
    from cxrviewer.core.model.runtime import ModelRuntime

    folder = Path(model) if model else _active_model_dir()
    try:
        return ModelRuntime(folder)
    except CxrError as exc:
        log.error("model %s refused: %s (%s)", folder, exc.english_message, exc.detail)
        message = _("{message} (model folder: {folder})").format(message=exc.user_message, folder=folder)
        raise CommandFailed(EXIT_MODEL_REFUSED, message) from exc
