"""Failures outside the model end as one sentence and a documented exit code, never a traceback:
an unwritable CSV, results database, config or log folder; and JSON output is strict JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cxrviewer.cli import main
from tests.conftest import make_png


def _cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "cxrviewer", *args], capture_output=True, text=True, timeout=120,
                          env=env or os.environ.copy())


def _strict(line: str):
    """Parse like a strict JSON parser: NaN and Infinity are errors."""
    def refuse(token):
        raise ValueError(f"not JSON: {token}")

    return json.loads(line, parse_constant=refuse)


@pytest.fixture
def scans(tmp_path, synthetic_xray) -> Path:
    folder = tmp_path / "scans"
    folder.mkdir()
    for i in range(2):
        pixels = synthetic_xray.copy()
        pixels[:4, :4] = i
        make_png(folder / f"cxr{i}.png", pixels)
    return folder


@pytest.fixture
def blocker(tmp_path) -> Path:
    """A plain file where a folder would have to be: nothing can be written below it (even by root)."""
    path = tmp_path / "a-file"
    path.write_text("not a folder")
    return path


def test_help_documents_the_exit_codes():
    for args in (["--help"], ["screen", "--help"], ["analyze", "--help"], ["selftest", "--help"]):
        result = _cli(*args)
        assert result.returncode == 0
        for code in ("exit codes:", "  3 ", "  4 ", "  130 "):
            assert code in result.stdout, (args, code)


def test_analyze_json_is_strict_json(scans):
    result = _cli("analyze", *map(str, sorted(scans.iterdir())), "--json")
    assert result.returncode == 0, result.stderr
    records = [_strict(line) for line in result.stdout.splitlines()]
    assert len(records) == 2 and all(0 < r["threshold"] < 1 for r in records)


def test_train_events_never_carry_nan():
    from cxrviewer.cli_support import finite_or_none, json_line

    event = {"event": "epoch", "loss": float("nan"), "val_auc": float("inf"), "nested": {"a": [1.0, float("-inf")]}}
    assert _strict(json_line(finite_or_none(event))) == {"event": "epoch", "loss": None, "val_auc": None,
                                                          "nested": {"a": [1.0, None]}}
    with pytest.raises(ValueError):
        json_line(event)


def test_screen_csv_that_cannot_be_written_is_refused_before_screening(scans, blocker, capsys):
    assert main(["screen", str(scans), "--out", str(blocker / "results.csv")]) == 4
    err = capsys.readouterr().err
    assert "The CSV cannot be written" in err and "Nothing was screened" in err and "Traceback" not in err
    assert main(["screen", str(scans), "--out", str(scans)]) == 4  # a folder, not a file
    assert "that is a folder" in capsys.readouterr().err


def test_screen_csv_failing_after_the_run_prints_the_summary_and_where_the_results_are(scans, tmp_path, monkeypatch, capsys):
    from cxrviewer.core.screening import store

    def full_disk(*args, **kwargs):
        path = args[1]
        raise OSError(28, "No space left on device", str(path))

    out = tmp_path / "results.csv"
    with monkeypatch.context() as patch:  # not monkeypatch.undo(): that would also undo the isolated user home
        patch.setattr(store, "export_csv", full_disk)
        assert main(["screen", str(scans), "--out", str(out)]) == 4
    captured = capsys.readouterr()
    assert "scored now:                 2" in captured.out and "saved in" in captured.out
    assert "the CSV could not be written" in captured.err and "No space left on device" in captured.err
    assert "results.sqlite" in captured.err and "run the same command again" in captured.err
    assert "Traceback" not in captured.err and not out.exists()
    assert main(["screen", str(scans), "--out", str(out)]) == 0  # as the sentence says: nothing is scored again
    assert "already scored (skipped):   2" in capsys.readouterr().out and out.is_file()


def test_unwritable_user_folders_analyze_still_works_and_screen_says_which(scans, blocker):
    env = {**os.environ, "CXRVIEWER_HOME": str(blocker / "home")}
    images = [str(p) for p in sorted(scans.iterdir())]
    result = _cli("analyze", *images, "--json", env=env)  # the bundled model: no settings can exist there
    assert result.returncode == 0, result.stderr
    assert len([_strict(line) for line in result.stdout.splitlines()]) == 2
    assert "logging to stderr only" in result.stderr and "Traceback" not in result.stderr
    result = _cli("selftest", env=env)
    assert result.returncode == 0 and "selftest passed" in result.stdout
    result = _cli("screen", str(scans), env=env)
    assert result.returncode == 4
    assert "results database cannot be created" in result.stderr and str(blocker) in result.stderr
    assert "Traceback" not in result.stderr


def test_settings_that_cannot_be_read_stop_with_exit_4(scans, isolated_home):
    settings = isolated_home / "config" / "settings.json"
    settings.unlink()
    settings.mkdir()  # unreadable as a file, for root too
    result = _cli("analyze", str(next(scans.iterdir())))
    assert result.returncode == 4
    assert "settings" in result.stderr and "--model" in result.stderr and "Traceback" not in result.stderr


def test_cli_logs_to_an_owner_only_rotating_file(scans, isolated_home):
    result = _cli("screen", str(scans), "--model", "/nonexistent/model")
    assert result.returncode == 3
    log_dir = isolated_home / "logs"
    text = (log_dir / "cxrviewer.log").read_text()
    assert "model /nonexistent/model refused" in text
    if os.name == "posix":
        assert log_dir.stat().st_mode & 0o777 == 0o700
        assert (log_dir / "cxrviewer.log").stat().st_mode & 0o777 == 0o600


def test_unexpected_failure_is_a_sentence_pointing_at_the_log(monkeypatch, capsys, isolated_home):
    import cxrviewer.cli as cli

    def boom(args):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "_cmd_selftest", boom)
    parser_args = ["selftest"]
    assert main(parser_args) == 5
    err = capsys.readouterr().err
    assert "unexpected problem" in err and ("cxrviewer.log" in err or "printed above" in err)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_log_files_stay_owner_only_across_a_rollover_and_a_crash_report(tmp_path, monkeypatch):
    import logging

    from cxrviewer import logsetup

    handler = logsetup.PrivateRotatingFileHandler(tmp_path / "x.log", maxBytes=200, backupCount=2, encoding="utf-8")
    try:
        for i in range(20):
            handler.emit(logging.LogRecord("t", logging.INFO, __file__, 1, "line %d" * 5, (i,) * 5, None))
    finally:
        handler.close()
    files = sorted(tmp_path.glob("x.log*"))
    assert len(files) == 3 and all(f.stat().st_mode & 0o777 == 0o600 for f in files)
    monkeypatch.setenv("CXRVIEWER_HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "logs").mkdir(parents=True)
    (tmp_path / "home" / "logs" / "crash.log").write_text("Fatal Python error")
    assert logsetup.take_crash_report() == "Fatal Python error"
    assert (tmp_path / "home" / "logs").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "home" / "logs" / "crash.previous.log").stat().st_mode & 0o777 == 0o600
