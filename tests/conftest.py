"""Shared fixtures: an isolated user home, the bundled model, real data from ../shared when present."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

REPO = Path(__file__).resolve().parents[1]
SHARED_CXR = REPO.parent / "shared" / "data" / "cxr"


@pytest.fixture(scope="session")
def bundled_model_dir() -> Path:
    """The model shipped in models/, with its "is this a chest X-ray" check."""
    from cxrviewer.paths import bundled_model_dir

    return bundled_model_dir()


@pytest.fixture(scope="session")
def model_dir(bundled_model_dir, tmp_path_factory) -> Path:
    """The bundled model without its embedding-distance refusal (``ood.npz``).

    The generated test images are not real X-rays, and the bundled model rightly refuses them;
    tests of plumbing (GUI, batch, CLI) use this copy so they can run without patient data.
    Refusal itself is tested against ``bundled_model_dir``/``bundled_runtime``. The copy is re-sealed
    (its card's manifest lists what it has), as ``bench/seal_model.py --no-input-check`` would.
    """
    import shutil

    from cxrviewer.core.model.card import seal_model

    copy = tmp_path_factory.mktemp("lenient") / "model"
    shutil.copytree(bundled_model_dir, copy, ignore=shutil.ignore_patterns("ood.npz", "*.keras"))
    seal_model(copy, require_gate=False)
    return copy


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch, model_dir) -> Path:
    """Every test gets its own user data/config/log folders (never the real ones), with
    ``model_dir`` as the active model (so CLI subprocesses and the GUI use it too)."""
    import json

    from cxrviewer.core.admin import auth

    home = tmp_path_factory.mktemp("cxrhome")
    monkeypatch.setenv("CXRVIEWER_HOME", str(home))
    # never the machine's own system-wide passphrase (a system install writes /etc/opt/cxrviewer)
    monkeypatch.setattr(auth, "SYSTEM_CONFIG_DIR", home / "system-config")
    # English whatever the developer's own locale (the translations have their own tests)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    (home / "config").mkdir()
    (home / "config" / "settings.json").write_text(json.dumps({"active_model": str(model_dir)}))
    return home


@pytest.fixture(scope="session")
def runtime(model_dir):
    from cxrviewer.core.model.runtime import ModelRuntime

    return ModelRuntime(model_dir)


@pytest.fixture(scope="session")
def bundled_runtime(bundled_model_dir):
    from cxrviewer.core.model.runtime import ModelRuntime

    return ModelRuntime(bundled_model_dir)


@pytest.fixture(scope="session")
def shared_cxr() -> Path:
    if not (SHARED_CXR / "manifest.csv").is_file():
        pytest.skip(f"real chest X-rays not available: {SHARED_CXR} is absent (it sits beside the repository in CI)")
    return SHARED_CXR


@pytest.fixture
def real_xray_path(shared_cxr) -> Path:
    """One real adult frontal chest X-ray (an NIH image, 512 px)."""
    import csv

    with (shared_cxr / "manifest.csv").open() as handle:
        row = next(r for r in csv.DictReader(handle) if r["source"] == "nih_cxr14")
    return shared_cxr / row["file"]


def make_png(path: Path, pixels: np.ndarray) -> Path:
    """Write an array as PNG with OpenCV (uint16 stays 16-bit)."""
    import cv2

    assert cv2.imwrite(str(path), pixels)
    return path


@pytest.fixture
def synthetic_xray() -> np.ndarray:
    """A 300x260 8-bit image with a chest-like layout (bright frame, two darker lung fields)."""
    h, w = 300, 260
    yy, xx = np.mgrid[0:h, 0:w]
    img = np.full((h, w), 200, np.float32)
    for cx in (0.3 * w, 0.7 * w):
        img -= 120 * np.exp(-(((xx - cx) / (0.16 * w)) ** 2 + ((yy - 0.5 * h) / (0.3 * h)) ** 2))
    img += np.random.default_rng(0).normal(0, 6, img.shape)
    return np.clip(img, 0, 255).astype(np.uint8)


@pytest.fixture
def recalibrated_model(model_dir, tmp_path):
    """``make(threshold)``: activate a copy of ``model_dir`` whose card carries a locally recalibrated
    threshold (what the admin dialog's "Adjust threshold" produces through the registry)."""
    import dataclasses
    import itertools
    import shutil

    from cxrviewer.core.config import Settings, save_settings
    from cxrviewer.core.model.card import read_card, write_card

    counter = itertools.count()

    def make(threshold: float) -> Path:
        folder = tmp_path / f"recalibrated{next(counter)}"
        shutil.copytree(model_dir, folder)
        card = read_card(folder)
        extra = {**card.extra, "recalibration": {"method": "test", "from": {"threshold": card.threshold}}}
        write_card(folder, dataclasses.replace(card, threshold=threshold, version=card.version + "+local.test", extra=extra))
        save_settings(Settings(active_model=str(folder)))
        return folder

    return make
