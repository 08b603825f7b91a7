"""``selftest``, ``analyze`` and ``screen`` refuse a tampered model folder with exit code 3 and a sentence.

The tampering is the testers' list: a deleted or damaged ``ood.npz``, a threshold of NaN, 5.0 or -1, a
missing or negated calibration, a calibration or input size that is text, a card of an older version.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cxrviewer.cli import main
from cxrviewer.core.model.card import CARD_NAME, OOD_NAME


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "cxrviewer", *args], capture_output=True, text=True, timeout=120,
                          env=os.environ.copy())


def _card(folder: Path, change) -> None:
    data = json.loads((folder / CARD_NAME).read_text())
    change(data)
    (folder / CARD_NAME).write_text(json.dumps(data))


TAMPERING = {
    "ood.npz deleted": (lambda f: (f / OOD_NAME).unlink(), "ood.npz (the check that an image is a chest X-ray) is missing"),
    "ood.npz truncated": (lambda f: (f / OOD_NAME).write_bytes((f / OOD_NAME).read_bytes()[:1000]), "ood.npz"),
    "ood.npz garbage": (lambda f: (f / OOD_NAME).write_bytes(b"garbage" * 1000), "ood.npz"),
    "threshold NaN": (lambda f: _card(f, lambda c: c["threshold"].update(value=float("nan"))), "threshold"),
    "threshold 5.0": (lambda f: _card(f, lambda c: c["threshold"].update(value=5.0)), "threshold"),
    "threshold -1": (lambda f: _card(f, lambda c: c["threshold"].update(value=-1)), "threshold"),
    "threshold 0.5 by hand": (lambda f: _card(f, lambda c: c["threshold"].update(value=0.5)), "changed after"),
    "calibration missing": (lambda f: _card(f, lambda c: c.pop("calibration")), "calibration"),
    "calibration negated": (lambda f: _card(f, lambda c: c["calibration"].update(a=-c["calibration"]["a"])), "calibration"),
    "calibration a text": (lambda f: _card(f, lambda c: c["calibration"].update(a="x")), "calibration slope"),
    "input size text": (lambda f: _card(f, lambda c: c["preprocessing"].update(size="abc")), "input size"),
    "card of an older version": (lambda f: _card(f, lambda c: c.pop("integrity")), "older version"),
    "card not JSON": (lambda f: (f / CARD_NAME).write_text("{"), "not valid JSON"),
}


@pytest.fixture
def tampered(bundled_model_dir, tmp_path):
    def make(case: str) -> Path:
        folder = tmp_path / "model"
        shutil.copytree(bundled_model_dir, folder)
        TAMPERING[case][0](folder)
        return folder

    return make


def test_selftest_on_the_bundled_model_verifies_every_file_and_the_gate(bundled_model_dir):
    result = _cli("selftest", "--model", str(bundled_model_dir))
    assert result.returncode == 0, result.stderr
    assert "selftest passed" in result.stdout
    assert "model.keras, model.tflite, ood.npz" in result.stdout and "chest X-ray check: on" in result.stdout


@pytest.mark.parametrize("case", sorted(TAMPERING))
def test_selftest_refuses_tampering_with_exit_3_and_a_sentence(tampered, case, capsys):
    folder = tampered(case)
    assert main(["selftest", "--model", str(folder)]) == 3
    captured = capsys.readouterr()
    assert captured.err.startswith("selftest FAILED: ") and TAMPERING[case][1] in captured.err
    assert "Traceback" not in captured.err and "selftest passed" not in captured.out


@pytest.mark.parametrize("case", ["ood.npz deleted", "threshold NaN", "calibration negated", "input size text"])
def test_analyze_and_screen_refuse_tampering_with_exit_3(tampered, case, tmp_path, synthetic_xray, capsys):
    from tests.conftest import make_png

    folder = tampered(case)
    (tmp_path / "scans").mkdir()
    image = make_png(tmp_path / "scans" / "a.png", synthetic_xray)
    assert main(["analyze", str(image), "--json", "--model", str(folder)]) == 3
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("error: ") and TAMPERING[case][1] in captured.err
    assert main(["screen", str(tmp_path / "scans"), "--model", str(folder)]) == 3
    captured = capsys.readouterr()
    assert TAMPERING[case][1] in captured.err and "Traceback" not in captured.err


def test_selftest_refusal_in_a_real_process(tampered):
    result = _cli("selftest", "--model", str(tampered("threshold NaN")))
    assert result.returncode == 3
    assert "selftest FAILED" in result.stderr and "threshold" in result.stderr and "Traceback" not in result.stderr


def test_selftest_of_a_model_sealed_without_its_gate_says_so(model_dir):
    result = _cli("selftest", "--model", str(model_dir))
    assert result.returncode == 0, result.stderr
    assert "chest X-ray check: OFF" in result.stdout
