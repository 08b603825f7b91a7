"""Where things are: bundled resources (read-only) and the user's own folders (writable).

Bundled files are found through ``importlib.resources`` so the same code works from a source
checkout, an installed wheel and a PyInstaller bundle. Nothing is ever written inside the
install folder.
"""

from __future__ import annotations

import os
from importlib.resources import as_file, files
from pathlib import Path

import platformdirs

APP = "cxrviewer"


def _user_dir(kind: str, default: str) -> Path:
    """Honour CXRVIEWER_HOME (tests, portable installs) before the platform's standard folder."""
    home = os.environ.get("CXRVIEWER_HOME")
    path = Path(home) / kind if home else Path(default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    return _user_dir("data", platformdirs.user_data_dir(APP, appauthor=False))


def user_config_dir() -> Path:
    return _user_dir("config", platformdirs.user_config_dir(APP, appauthor=False))


def user_cache_dir() -> Path:
    return _user_dir("cache", platformdirs.user_cache_dir(APP, appauthor=False))


def user_log_dir() -> Path:
    return _user_dir("logs", platformdirs.user_log_dir(APP, appauthor=False))


def bundled_model_dir() -> Path:
    """The model shipped with the program (``cxrviewer/models``)."""
    with as_file(files("cxrviewer") / "models") as path:
        return Path(path)


def asset_path(name: str) -> Path:
    with as_file(files("cxrviewer") / "assets" / name) as path:
        return Path(path)
