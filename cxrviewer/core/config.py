"""Clinical settings (the active model) in a JSON file in the user config folder.

A locally recalibrated threshold is not a setting: it lives in the card of its own registry entry
(``core.registry``), so the card is the single source of a model's threshold.

Readable without Qt (``QSettings`` holds window geometry only). Written atomically, so a crash
while saving leaves the previous settings intact.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from cxrviewer.core.atomic import write_json_atomic

log = logging.getLogger(__name__)
SETTINGS_NAME = "settings.json"


@dataclass
class Settings:
    active_model: str | None = None  # folder of a registered model; None = the bundled one
    language: str | None = None  # "fr", "zh_CN"...: the language of the GUI and the CLI; None = the system's

    @classmethod
    def from_dict(cls, data: dict) -> Settings:
        fields = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in fields})


def settings_path(config_dir: Path | None = None) -> Path:
    from cxrviewer.paths import user_config_dir

    return (config_dir or user_config_dir()) / SETTINGS_NAME


def load_settings(config_dir: Path | None = None) -> Settings:
    path = settings_path(config_dir)
    if not path.exists():
        return Settings()
    try:
        return Settings.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError) as exc:
        log.error("settings file %s unreadable (%r); using defaults", path, exc)
        return Settings()


def save_settings(settings: Settings, config_dir: Path | None = None) -> None:
    write_json_atomic(settings_path(config_dir), asdict(settings))


def active_model_dir(config_dir: Path | None = None) -> Path:
    """The model the app should use: the admin-activated one if it is still there, else the bundled one."""
    from cxrviewer.paths import bundled_model_dir

    chosen = load_settings(config_dir).active_model
    if chosen and (Path(chosen) / "model.tflite").is_file():
        return Path(chosen)
    if chosen:
        log.error("active model %s is missing; falling back to the bundled model", chosen)
    return bundled_model_dir()
