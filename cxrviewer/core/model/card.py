"""The model card: the JSON beside the weights that says what the model is and how to use it.

Everything the runtime needs beyond the weights lives here: input size, preprocessing,
calibration and threshold. A model folder is one unit, and the card's ``integrity`` section
covers all of it:

* ``files``: the sha256 of every file of the folder (``model.tflite``, ``ood.npz``, ``model.keras``,
  ...); sub-folders (a lung segmenter with its own card) and hidden files are not part of it;
* ``content_sha256``: the sha256 of the card's own result-changing content in canonical JSON
  (threshold, calibration, preprocessing, input spec, the weights' sha256 and the file list).

Reading a card also checks every number that changes a result (a finite threshold in (0, 1), a
positive finite calibration slope, a sane input size, ...), so a card that the program would
misread is refused with a sentence, never half-used. ``write_card`` recomputes ``content_sha256``
(the program's own edits, such as a recalibrated threshold, are deliberate); ``seal_model``
also re-hashes the files, which is what an export does (``bench/seal_model.py`` for a folder by hand).
These checksums catch damage, a partial copy, a deleted file and a hand edit; they are not a
signature (whoever can write the folder can re-seal it). See docs/decisions.md, "Model folder integrity".
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from cxrviewer.core.atomic import write_json_atomic
from cxrviewer.core.checksums import canonical_sha256, file_sha256
from cxrviewer.core.errors import N_, ModelIntegrity, ModelMissing, _, english
from cxrviewer.core.image.preprocess import LUNG_MASKS, PreprocessSpec

log = logging.getLogger(__name__)

CARD_NAME = "model_card.json"
TFLITE_NAME = "model.tflite"
KERAS_NAME = "model.keras"
OOD_NAME = "ood.npz"
ADAPTED_HEAD_NAME = "adapted_head.npz"  # a head fitted on local images (card ``head: adapted``; core.model.head)
HEADS = ("shipped", "adapted")
RESULT_FILES = (TFLITE_NAME, OOD_NAME, KERAS_NAME, ADAPTED_HEAD_NAME)  # files the program reads: never used unless covered
INTEGRITY_KEY = "integrity"
INTEGRITY_FORMAT = 1
MIN_SIZE, MAX_SIZE = 32, 2048  # model input side in pixels
NORMALIZATIONS = ("per_image_standardize",)  # what core.image.preprocess implements
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

# The sentences are English constants (marked for translation; ``_(CONSTANT).format(...)`` at the raise site).
DAMAGED_CARD = N_("The screening model's description file (model_card.json) is damaged: {problem}. "
                  "Please reinstall cxrviewer or ask your administrator.")
CHANGED_CARD = N_(
    "The screening model's description file (model_card.json) was changed after the model was exported "
    "(its checksum does not match), so its threshold and calibration cannot be trusted. "
    "Please reinstall cxrviewer or ask your administrator."
)
OLD_FORMAT = N_(
    "This model folder was made by an older version of cxrviewer and has no checksums for all of its files, "
    "so it cannot be used until an administrator exports (seals) it again."
)
MISSING_FILE = N_("The screening model folder is incomplete: {what} is missing. Please reinstall cxrviewer or ask your administrator.")
DAMAGED_FILE = N_(
    "The screening model file {what} is damaged (its checksum does not match). Please reinstall cxrviewer or ask your administrator."
)
UNCOVERED_FILE = N_(
    "The screening model folder contains {what}, which its checksums do not cover. Please reinstall cxrviewer or ask your administrator."
)
NO_GATE = N_(
    "This model folder has no ood.npz (the check that an image is a chest X-ray); a model without it is sealed "
    "only on purpose (bench/seal_model.py --no-input-check)."
)
UNWRITABLE_CARD = N_("The model's description was not written, because {problem}.")
WHAT = {OOD_NAME: N_("ood.npz (the check that an image is a chest X-ray)"),
        ADAPTED_HEAD_NAME: N_("adapted_head.npz (the model's part fitted on this clinic's images)")}


class CardProblem(ValueError):
    """A card value the program cannot use; its argument is a phrase that completes ``DAMAGED_CARD``
    (translated, with its English: see ``_problem``)."""


def _problem(exc: CardProblem) -> str:
    """The phrase of a ``CardProblem``: a ``Sentence`` (translated, keeping its English for the log)."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)


@dataclass(frozen=True)
class ModelCard:
    name: str
    version: str
    sha256: str  # of model.tflite; the model's identity in results and audit
    preprocessing: PreprocessSpec
    threshold: float
    calibration: dict = field(default_factory=lambda: {"method": "platt", "a": 1.0, "b": 0.0})
    extra: dict = field(default_factory=dict)  # metrics, training summary, intended use, ...
    files: dict = field(default_factory=dict)  # file name -> sha256; model.tflite's entry is always ``sha256``
    head: str = "shipped"  # "adapted": the score comes from adapted_head.npz on the embedding (written only then)

    @property
    def manifest(self) -> dict[str, str]:
        """The files the card covers (name -> sha256), the weights' entry taken from ``sha256``."""
        return dict(sorted({**self.files, TFLITE_NAME: self.sha256}.items()))

    def result_content(self) -> dict:
        """Everything in the card that changes a score, a flag or a refusal, as plain JSON values."""
        content = {
            "sha256": self.sha256,
            "files": self.manifest,
            "threshold": float(self.threshold),
            "calibration": {"method": self.calibration.get("method", "platt"),
                            "a": float(self.calibration["a"]), "b": float(self.calibration["b"])},
            "preprocessing": self.preprocessing.to_dict(),
            "input": {"size": self.preprocessing.size, "channels": 1, "dtype": "float32"},
        }
        if self.head != "shipped":  # only then: the checksum of every other card stays what it was
            content["head"] = self.head
        return content

    def content_sha256(self) -> str:
        return canonical_sha256(self.result_content())

    def to_dict(self) -> dict:
        validate_card(self)
        data = dict(self.extra)
        data.update(
            {
                "name": self.name,
                "version": self.version,
                "sha256": self.sha256,
                "input": {"size": self.preprocessing.size, "channels": 1, "dtype": "float32"},
                "preprocessing": self.preprocessing.to_dict(),
                "calibration": self.calibration,
                "threshold": {**data.get("threshold", {}), "value": self.threshold},
                **({"head": self.head} if self.head != "shipped" else {}),
                INTEGRITY_KEY: {
                    "format": INTEGRITY_FORMAT,
                    "files": self.manifest,
                    "content_sha256": self.content_sha256(),
                    "content": "sha256 of canonical JSON (sorted keys, no spaces) of sha256, files, threshold value, "
                               "calibration (method, a, b), preprocessing and input",
                },
            }
        )
        return data

    @classmethod
    def from_dict(cls, data: dict) -> ModelCard:
        """Parse and check a card; raises ``CardProblem`` (a phrase) for any value the program cannot use.

        The content checksum is checked by ``read_card`` (a card built in memory has none yet).
        """
        if not isinstance(data, dict):
            raise CardProblem(_("it is not a JSON object"))
        known = {"name", "version", "sha256", "preprocessing", "calibration", "input", "head", INTEGRITY_KEY}
        threshold = data.get("threshold")
        integrity = data.get(INTEGRITY_KEY) or {}
        if not isinstance(integrity, dict) or not isinstance(integrity.get("files", {}), dict):
            raise CardProblem(_("its list of file checksums is not readable"))
        card = cls(
            name=_text(data, "name"),
            version=str(_required(data, "version")),
            sha256=str(_required(data, "sha256")),
            preprocessing=_preprocessing(data),
            threshold=_number(threshold.get("value") if isinstance(threshold, dict) else None, _("the threshold")),
            calibration=_required(data, "calibration"),
            extra={k: v for k, v in data.items() if k not in known},
            files=dict(integrity.get("files", {})),
            head=data.get("head", "shipped"),
        )
        validate_card(card)
        return card


def _required(data: dict, key: str):
    if data.get(key) is None:
        raise CardProblem(_("it has no {key}").format(key=key))
    return data[key]


def _text(data: dict, key: str) -> str:
    value = _required(data, key)
    if not isinstance(value, str) or not value.strip():
        raise CardProblem(_("its {key} is not a text").format(key=key))
    return value


def _number(value, what: str) -> float:
    """A JSON number as float; text, booleans and missing values are refused."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CardProblem(_("{what} is not a number").format(what=what))
    return float(value)


def _preprocessing(data: dict) -> PreprocessSpec:
    spec = _required(data, "preprocessing")
    if not isinstance(spec, dict):
        raise CardProblem(_("its preprocessing is not readable"))
    unknown = sorted(set(spec) - {f.name for f in dataclasses.fields(PreprocessSpec)})
    if unknown:  # a step this version cannot do would silently be skipped
        raise CardProblem(
            _("its preprocessing asks for {names}, which this version of cxrviewer does not know").format(
                names=", ".join(map(repr, unknown))
            )
        )
    size = spec.get("size", PreprocessSpec.size)
    if isinstance(size, bool) or not isinstance(size, int):
        raise CardProblem(_("the model's input size is not a whole number"))
    for flag in ("crop_border", "clahe", "lung_crop"):
        if not isinstance(spec.get(flag, False), bool):
            raise CardProblem(_("the preprocessing setting '{flag}' is not true or false").format(flag=flag))
    try:
        return PreprocessSpec.from_dict(spec)
    except TypeError as exc:
        raise CardProblem(_("its preprocessing is not readable")) from exc


def validate_card(card: ModelCard) -> None:
    """Raise ``CardProblem`` unless every result-changing value is one the program can use as written."""
    if not isinstance(card.name, str) or not card.name.strip():
        raise CardProblem(_("its name is not a text"))
    if not isinstance(card.sha256, str) or not _SHA256.match(card.sha256):
        raise CardProblem(_("the checksum of the model file is not a sha256"))
    t = card.threshold
    if isinstance(t, bool) or not isinstance(t, int | float) or not math.isfinite(t) or not 0.0 < t < 1.0:
        raise CardProblem(_("the threshold is not a number between 0 and 1"))
    cal = card.calibration
    if not isinstance(cal, dict):
        raise CardProblem(_("its calibration is not readable"))
    if cal.get("method", "platt") != "platt":
        raise CardProblem(_("its calibration method {method} is not one cxrviewer knows").format(method=repr(cal.get("method"))))
    a = _number(cal.get("a"), _("the calibration slope (a)"))
    b = _number(cal.get("b"), _("the calibration offset (b)"))
    if not math.isfinite(a) or a <= 0:
        raise CardProblem(_("the calibration slope (a) is not a positive number"))
    if not math.isfinite(b):
        raise CardProblem(_("the calibration offset (b) is not a finite number"))
    spec = card.preprocessing
    if isinstance(spec.size, bool) or not isinstance(spec.size, int) or not MIN_SIZE <= spec.size <= MAX_SIZE:
        raise CardProblem(
            _("the model's input size is not a whole number from {minimum} to {maximum}").format(minimum=MIN_SIZE, maximum=MAX_SIZE)
        )
    if not isinstance(spec.crop_border, bool) or not isinstance(spec.clahe, bool):
        raise CardProblem(_("a preprocessing setting is not true or false"))
    if spec.normalization not in NORMALIZATIONS:
        raise CardProblem(
            _("its preprocessing normalization {normalization} is not one cxrviewer knows").format(normalization=repr(spec.normalization))
        )
    if spec.lung_mask not in LUNG_MASKS:
        raise CardProblem(_("its lung mask {mask} is not one cxrviewer knows").format(mask=repr(spec.lung_mask)))
    if spec.lung_mask and not spec.lung_crop:
        raise CardProblem(_("it keeps only the lungs but does not crop to them"))
    if spec.lung_crop:
        margin = _number(spec.lung_margin, _("the lung crop margin"))
        if not math.isfinite(margin) or not 0.0 <= margin <= 0.5:
            raise CardProblem(_("the lung crop margin is not a number from 0 to 0.5"))
        if not isinstance(spec.lung_segmenter_sha256, str) or not _SHA256.match(spec.lung_segmenter_sha256):
            raise CardProblem(_("it crops to the lungs but does not say which lung model (no sha256)"))
    for name, digest in card.files.items():
        if not isinstance(name, str) or not _plain_name(name):
            raise CardProblem(_("its file list names {name}, which is not a file of the model folder").format(name=repr(name)))
        if not isinstance(digest, str) or not _SHA256.match(digest):
            raise CardProblem(_("the checksum of {name} is not a sha256").format(name=name))
    if card.files.get(TFLITE_NAME, card.sha256) != card.sha256:
        raise CardProblem(_("it gives two different checksums for model.tflite"))
    if card.head not in HEADS:
        raise CardProblem(_("its head {head} is not one cxrviewer knows").format(head=repr(card.head)))
    if card.head == "adapted" and card.files and ADAPTED_HEAD_NAME not in card.files:
        raise CardProblem(_("it uses an adapted head but its file list has no {file}").format(file=ADAPTED_HEAD_NAME))


def _check_input_spec(data: dict, card: ModelCard) -> None:
    spec = data.get("input")
    if spec is None:
        return
    if not isinstance(spec, dict) or spec != {**spec, "size": card.preprocessing.size, "channels": 1, "dtype": "float32"}:
        raise CardProblem(_("its input description does not match its preprocessing"))


def _plain_name(name: str) -> bool:
    return bool(name) and name not in (".", "..", CARD_NAME) and not name.startswith(".") and "/" not in name and "\\" not in name


def folder_files(model_dir: str | Path) -> list[Path]:
    """The files of a model folder that its manifest covers: top level, not hidden, not the card."""
    return sorted(p for p in Path(model_dir).iterdir() if p.is_file() and _plain_name(p.name))


def _load_json(model_dir: Path) -> dict:
    path = model_dir / CARD_NAME
    if not path.is_file() or not (model_dir / TFLITE_NAME).is_file():
        raise ModelMissing(detail=f"missing {path} or {TFLITE_NAME}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ModelIntegrity(_(DAMAGED_CARD).format(problem=_("it is not valid JSON")), repr(exc)) from exc
    except OSError as exc:
        raise ModelIntegrity(_(DAMAGED_CARD).format(problem=_("it cannot be read")), repr(exc)) from exc
    return data


def _parse(data: dict, model_dir: Path) -> ModelCard:
    try:
        card = ModelCard.from_dict(data)
        _check_input_spec(data, card)
    except CardProblem as exc:
        raise ModelIntegrity(
            _(DAMAGED_CARD).format(problem=_problem(exc)), f"{model_dir / CARD_NAME}: {english(_problem(exc))}"
        ) from exc
    return card


def read_card(model_dir: str | Path) -> ModelCard:
    """Read and check a card: every value usable, and the result-changing content as exported (checksum).

    Raises ``ModelMissing`` when there is no model, ``ModelIntegrity`` (with a sentence) otherwise.
    The files are checked by ``verify_model``.
    """
    model_dir = Path(model_dir)
    data = _load_json(model_dir)
    if not isinstance(data, dict) or not isinstance(data.get(INTEGRITY_KEY), dict):
        raise ModelIntegrity(OLD_FORMAT, f"{model_dir / CARD_NAME} has no '{INTEGRITY_KEY}' section")
    if data[INTEGRITY_KEY].get("format") != INTEGRITY_FORMAT or not data[INTEGRITY_KEY].get("files"):
        raise ModelIntegrity(OLD_FORMAT, f"{model_dir / CARD_NAME}: integrity format {data[INTEGRITY_KEY].get('format')!r}")
    card = _parse(data, model_dir)
    recorded = data[INTEGRITY_KEY].get("content_sha256")
    if recorded != card.content_sha256():
        raise ModelIntegrity(CHANGED_CARD, f"content sha256 {card.content_sha256()} != card {recorded}")
    return card


def verify_model(model_dir: str | Path) -> ModelCard:
    """Read the card, then check every file it lists against its sha256.

    A file the program reads (``RESULT_FILES``) that is present but not listed is refused too (it
    would be used unchecked); other unlisted files are never read and only logged.
    """
    model_dir = Path(model_dir)
    card = read_card(model_dir)
    for name, expected in card.manifest.items():
        path = model_dir / name
        what = WHAT.get(name, name)
        if not path.is_file():
            raise ModelIntegrity(_(MISSING_FILE).format(what=_(what)), f"{path} is missing")
        try:
            actual = file_sha256(path)
        except OSError as exc:
            raise ModelIntegrity(_(DAMAGED_FILE).format(what=_(what)), repr(exc)) from exc
        if actual != expected:
            if name == TFLITE_NAME:
                raise ModelIntegrity(detail=f"sha256 {actual} != card {expected}")
            raise ModelIntegrity(_(DAMAGED_FILE).format(what=_(what)), f"{name}: sha256 {actual} != card {expected}")
    for path in folder_files(model_dir):
        if path.name not in card.manifest:
            if path.name in RESULT_FILES:
                raise ModelIntegrity(
                    _(UNCOVERED_FILE).format(what=_(WHAT.get(path.name, path.name))), f"{path} is not in the manifest"
                )
            log.warning("model folder %s: %s is not covered by the card and is not used", model_dir, path.name)
    return card


def write_card(model_dir: str | Path, card: ModelCard) -> Path:
    """Write ``card`` (checked; its content checksum recomputed; its file list kept as it is).

    The card keeps the permissions of the card it replaces (owner-only in the registry).
    """
    path = Path(model_dir) / CARD_NAME
    try:
        data = card.to_dict()
    except CardProblem as exc:
        raise ModelIntegrity(_(UNWRITABLE_CARD).format(problem=_problem(exc)), english(_problem(exc))) from exc
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    write_json_atomic(path, data, mode=mode)
    return path


def seal_model(model_dir: str | Path, card: ModelCard | None = None, require_gate: bool = True) -> ModelCard:
    """(Re)write the card's manifest from the files now in ``model_dir``: what an export does.

    ``card`` defaults to the folder's own card, read without its checksums (so an older card can be
    sealed). Every top-level file but the card is listed; sub-folders and hidden files are not.
    ``require_gate`` refuses a folder without ``ood.npz`` (a model without the chest X-ray check is
    sealed only on purpose, as the tests' lenient copy is). Only seal a folder you trust: sealing
    records what is there, damaged or not.
    """
    model_dir = Path(model_dir)
    if card is None:
        card = _parse(_load_json(model_dir), model_dir)
    files = {p.name: file_sha256(p) for p in folder_files(model_dir)}
    if TFLITE_NAME not in files:
        raise ModelMissing(detail=f"{model_dir / TFLITE_NAME} is missing")
    if require_gate and OOD_NAME not in files:
        raise ModelIntegrity(NO_GATE, f"{model_dir / OOD_NAME} is missing")
    extra = dict(card.extra)
    if OOD_NAME in files and isinstance(extra.get("out_of_distribution"), dict):
        extra["out_of_distribution"] = {**extra["out_of_distribution"], "sha256": files[OOD_NAME]}
    elif OOD_NAME not in files:
        extra.pop("out_of_distribution", None)  # the card must not describe a check the folder does not have
    card = dataclasses.replace(card, sha256=files[TFLITE_NAME], files=files, extra=extra)
    write_card(model_dir, card)
    log.info("sealed model folder %s: %s", model_dir, ", ".join(sorted(files)))
    return card


def make_private(folder: str | Path) -> None:
    """Owner-only permissions for a folder and everything in it (folders 0700, files 0600); POSIX only."""
    if os.name != "posix":
        return
    folder = Path(folder)
    os.chmod(folder, 0o700)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            os.chmod(Path(root) / name, 0o700)
        for name in files:
            path = Path(root) / name
            if not path.is_symlink():
                os.chmod(path, 0o600)
