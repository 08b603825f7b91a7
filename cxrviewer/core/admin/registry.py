"""The model registry: every model the clinic has approved, each in its own folder with its card.

Layout (``user_data_dir()/models``)::

    models/
      20261125-213200-trained-1a2b/      model.tflite, model.keras, model_card.json
      20261126-090000-recalibrated-3c4d/ same weights, card with a locally chosen threshold
      .staging/<id>/                     a training run writes here; nothing here is ever active

The card is the single source of truth about a model (name, version, threshold, metrics, what it
was trained on); the registry adds no index file that could disagree with it. Which model is in
use is one field of ``settings.json`` (``Settings.active_model``), written atomically
(temp file + ``os.replace``), so a crash at any moment leaves either the old or the new model
active, and ``config.active_model_dir`` falls back to the bundled model if a chosen folder is
ever missing. A model is verified (``verify_model``: the sha256 of every file of its folder and of
its card's result-changing content, and the card's ranges) before it is registered, when it is
listed or looked up, and again before it is activated; a folder that fails is left out of the list
and never activated. The registry's folders are owner-only (folders 0700, files 0600): they hold
the clinic's models and the notes of what local data they were fitted on.

A recalibrated model is a new entry with the *same* ``model.tflite`` (same sha256) and a card whose
threshold was chosen on local images; the original entry is untouched, so rolling back restores
the original threshold too.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import logging
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from cxrviewer.core.atomic import fsync_folder
from cxrviewer.core.config import Settings, load_settings, save_settings
from cxrviewer.core.errors import CxrError, ModelIntegrity, _, english
from cxrviewer.core.model.card import CARD_NAME, ModelCard, make_private, read_card, verify_model, write_card

log = logging.getLogger(__name__)

STAGING = ".staging"
BUNDLED_ID = "bundled"
KIND_BUNDLED = "bundled"
KIND_TRAINED = "trained"
KIND_RECALIBRATED = "recalibrated"
KIND_EXTERNAL = "external"


@dataclass(frozen=True)
class RegisteredModel:
    """One model folder and its card, as listed to the administrator."""

    id: str
    path: Path
    card: ModelCard
    bundled: bool = False
    external: bool = False  # activated from a folder outside the registry (settings.json edited by hand)

    @property
    def name(self) -> str:
        return self.card.name

    @property
    def version(self) -> str:
        return self.card.version

    @property
    def created(self) -> str:
        return str(self.card.extra.get("registry", {}).get("registered") or self.card.extra.get("created", ""))

    @property
    def kind(self) -> str:
        if self.bundled:
            return KIND_BUNDLED
        if self.external:
            return KIND_EXTERNAL
        return str(self.card.extra.get("registry", {}).get("kind", KIND_TRAINED))

    @property
    def threshold(self) -> float:
        return self.card.threshold

    @property
    def metrics(self) -> dict:
        """The headline figures, most local first: a recalibration's local evaluation, the comparison on
        local images set aside that approved this model, or the training run's own test split."""
        local = self.card.extra.get("local_evaluation")
        if local:
            return dict(local)
        compared = self.card.extra.get("registry", {}).get("comparison", {}).get("candidate")
        if compared:
            return dict(compared)
        return dict(self.card.extra.get("metrics", {}).get("test", {}))

    @property
    def label(self) -> str:
        """How the dialog names the model: name, version and, for the bundled one, that it shipped with the program."""
        if self.bundled:
            return _("{name} {version} (supplied with cxrviewer)").format(name=self.name, version=self.version)
        return f"{self.name} {self.version}"

    def audit_fields(self) -> dict:
        return {"id": self.id, "name": self.name, "version": self.version, "sha256": self.card.sha256,
                "threshold": self.threshold, "path": str(self.path)}


def _new_id(kind: str) -> str:
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%d-%H%M%S")
    return f"{stamp}-{kind}-{secrets.token_hex(2)}"


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


class Registry:
    """Models in ``root`` (default ``user_data_dir()/models``) and the active choice in the settings."""

    def __init__(self, root: Path | None = None, config_dir: Path | None = None) -> None:
        if root is None:
            from cxrviewer.paths import user_data_dir

            root = user_data_dir() / "models"
        self.root = Path(root)
        self.config_dir = config_dir
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        _private_folder(self.root)

    # ------------------------------------------------------------ listing

    def bundled(self) -> RegisteredModel:
        from cxrviewer.paths import bundled_model_dir

        path = bundled_model_dir()
        return RegisteredModel(BUNDLED_ID, path, read_card(path), bundled=True)

    def models(self) -> list[RegisteredModel]:
        """The bundled model first, then registered ones oldest first. Damaged folders are logged and left out.

        A model activated from outside the registry (set by hand in settings.json) is listed last,
        so the list always shows what is in use.
        """
        found = [self.bundled()]
        for folder in sorted(p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith(".")):
            try:
                found.append(RegisteredModel(folder.name, folder, verify_model(folder)))
            except CxrError as exc:
                log.error("registry folder %s is not a usable model: %s (%s)", folder, exc, exc.detail)
        try:
            active = self.active()
        except CxrError:
            return found
        if all(m.path.resolve() != active.path.resolve() for m in found):
            found.append(active)
        return found

    def get(self, model_id: str) -> RegisteredModel:
        if model_id == BUNDLED_ID:
            return self.bundled()
        folder = self.root / model_id
        return RegisteredModel(model_id, folder, verify_model(folder))

    def active(self) -> RegisteredModel:
        """The model in use, exactly as ``config.active_model_dir`` resolves it (with its fallback)."""
        from cxrviewer.core.config import active_model_dir

        path = active_model_dir(self.config_dir)
        if path.parent.resolve() == self.root.resolve():
            try:
                return self.get(path.name)
            except CxrError:
                log.error("active model %s is unreadable; reporting the bundled model", path)
                return self.bundled()
        if path.resolve() != self.bundled().path.resolve():
            return RegisteredModel(path.name, path, verify_model(path), external=True)  # activated outside the registry
        return self.bundled()

    # ------------------------------------------------------------ staging and registration

    def new_staging_dir(self) -> Path:
        """An empty folder for a training run's output, inside the registry (so registering is a rename)."""
        path = self.root / STAGING / _new_id(KIND_TRAINED)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _private_folder(path.parent)
        return path

    def discard_staging(self, path: Path) -> None:
        """Delete a candidate that was rejected or whose training failed."""
        path = Path(path)
        if path.parent.resolve() != (self.root / STAGING).resolve():
            raise ValueError(f"{path} is not a staging folder of this registry")
        shutil.rmtree(path, ignore_errors=True)
        log.info("discarded candidate %s", path)

    def clean_staging(self) -> None:
        """Remove candidates left behind by an earlier run that crashed or was closed mid-way."""
        staging = self.root / STAGING
        if staging.is_dir():
            for folder in staging.iterdir():
                shutil.rmtree(folder, ignore_errors=True)

    def register(self, staged: Path, kind: str = KIND_TRAINED, note: dict | None = None) -> RegisteredModel:
        """Verify a staged model and move it into the registry under a new id (an atomic rename).

        The card gets a ``registry`` section (kind, when, note); the files are not touched, so
        their sha256 still match. The folder becomes owner-only before it is moved in.
        """
        staged = Path(staged)
        card = verify_model(staged)
        registry_info = {"kind": kind, "registered": _now(), **(note or {})}
        write_card(staged, dataclasses.replace(card, extra={**card.extra, "registry": registry_info}))
        make_private(staged)
        verify_model(staged)
        model_id = _new_id(kind)
        target = self.root / model_id
        os.replace(staged, target)
        fsync_folder(self.root)
        log.info("registered model %s %s as %s", card.name, card.version, model_id)
        return self.get(model_id)

    def add_recalibrated(self, base: RegisteredModel, threshold: float, evaluation: dict, note: dict) -> RegisteredModel:
        """A new entry: ``base``'s weights unchanged (same sha256), card with a locally chosen threshold.

        ``evaluation`` is what the threshold gives on the local images (sensitivity, specificity,
        AUC, images); ``note`` says how it was chosen (target, data folder and fingerprint).
        """
        card = verify_model(base.path)
        staged = self.root / STAGING / _new_id(KIND_RECALIBRATED)
        staged.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        staged.mkdir(mode=0o700)
        try:
            for source in base.path.iterdir():  # weights, .keras, ood.npz, sub-folders (their own units): all but the card
                if source.name.startswith(".") or source.name == "__pycache__":
                    continue
                if source.is_dir():
                    shutil.copytree(source, staged / source.name, ignore=shutil.ignore_patterns(".*", "__pycache__"))
                elif source.is_file() and source.name != CARD_NAME:
                    shutil.copy2(source, staged / source.name)
            previous = {"model": f"{card.name} {card.version}", "id": base.id, "threshold": card.threshold,
                        "threshold_method": card.extra.get("threshold", {}).get("method")}
            threshold_info = {
                **card.extra.get("threshold", {}),
                "method": note.get("method", "recalibrated on local images"),
                "target_sensitivity": note.get("target_sensitivity"),
            }
            extra = {**card.extra, "threshold": threshold_info, "local_evaluation": evaluation,
                     "recalibration": {**note, "from": previous, "when": _now()}}
            extra.pop("registry", None)
            version = f"{_base_version(card)}+local.{_dt.datetime.now().strftime('%Y%m%d%H%M')}"
            write_card(staged, dataclasses.replace(card, version=version, threshold=float(threshold), extra=extra))
            if verify_model(staged).manifest != card.manifest:  # the copies checked against the base's own checksums
                raise ModelIntegrity(detail="recalibrated copy changed the model's files")
            return self.register(staged, KIND_RECALIBRATED, {"recalibrated_from": base.id})
        except BaseException:
            shutil.rmtree(staged, ignore_errors=True)
            raise

    # ------------------------------------------------------------ activation

    def activate(self, model: RegisteredModel) -> Settings:
        """Make ``model`` the one in use: verify it, then switch ``settings.json`` atomically."""
        verify_model(model.path)
        settings = load_settings(self.config_dir)
        settings.active_model = None if model.bundled else str(model.path.resolve())
        save_settings(settings, self.config_dir)
        log.info("activated model %s (%s)", english(model.label), model.path)
        return settings


def _private_folder(folder: Path) -> None:
    """Owner-only (0700) where the platform has POSIX permissions; a folder we do not own is left as it is."""
    if os.name == "posix":
        try:
            os.chmod(folder, 0o700)
        except OSError as exc:
            log.warning("could not make %s owner-only: %s", folder, exc)


def _base_version(card: ModelCard) -> str:
    """The version without an earlier '+local...' tag, so recalibrating twice does not pile tags up."""
    return card.version.split("+local.", 1)[0]
