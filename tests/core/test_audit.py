"""The audit log: append-only JSON lines with who, when, what, on which data."""

from __future__ import annotations

import datetime as dt
import json
import math
import os

import pytest

from cxrviewer.core.admin import audit


def test_entries_are_appended_with_who_and_when(isolated_home):
    audit.append_entry(audit.ACTIVATED, model={"name": "m", "version": "1"}, data_folder="/clinic/xrays",
                       data_fingerprint="ab" * 32, counts={"normal": 30, "abnormal": 25}, metrics={"auc": 0.81})
    audit.append_entry(audit.ROLLED_BACK, model={"name": "bundled"})
    path = audit.audit_path()
    assert path == isolated_home / "data" / "audit.log"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["decision"] == "activated"
    assert first["who"] == audit.current_user() and first["who"]
    when = dt.datetime.fromisoformat(first["when"])
    assert when.utcoffset() == dt.timedelta(0)
    assert first["counts"] == {"normal": 30, "abnormal": 25} and first["data_fingerprint"] == "ab" * 32
    assert [e["decision"] for e in audit.read_entries()] == ["activated", "rolled back"]


def test_earlier_lines_are_never_rewritten(isolated_home):
    audit.append_entry(audit.REJECTED, note="first")
    before = audit.audit_path().read_bytes()
    audit.append_entry(audit.RECALIBRATED, note="second")
    after = audit.audit_path().read_bytes()
    assert after.startswith(before) and len(after) > len(before)


def test_a_line_cut_by_a_crash_is_skipped(isolated_home):
    audit.append_entry(audit.ACTIVATED, note="kept")
    with audit.audit_path().open("a", encoding="utf-8") as handle:
        handle.write('{"decision": "activ')  # power cut mid-write
    audit.append_entry(audit.ROLLED_BACK, note="after the cut")
    assert [e["note"] for e in audit.read_entries()] == ["kept", "after the cut"]
    lines = audit.audit_path().read_text(encoding="utf-8").splitlines()
    assert lines[1] == '{"decision": "activ'  # the damage stays visible; nothing is rewritten


def test_values_are_json_safe(isolated_home):
    import numpy as np

    entry = audit.append_entry(audit.RECALIBRATED, metrics={"auc": float("nan"), "sens": np.float64(0.9), "n": np.int64(3)},
                               model={"path": audit.audit_path()})
    assert entry["metrics"] == {"auc": None, "sens": 0.9, "n": 3}
    line = audit.audit_path().read_text().splitlines()[0]
    assert "NaN" not in line
    assert json.loads(line)["metrics"]["sens"] == pytest.approx(0.9)
    assert not math.isnan(json.loads(line)["metrics"]["n"])


def test_unknown_decision_is_a_programming_error(isolated_home):
    with pytest.raises(ValueError):
        audit.append_entry("approved-ish")
    assert audit.read_entries() == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_log_and_its_folder_are_owner_only(isolated_home):
    data = isolated_home / "data"
    data.mkdir()
    os.chmod(data, 0o755)
    old = data / audit.AUDIT_NAME
    old.write_text('{"decision": "activated"}\n')
    os.chmod(old, 0o644)  # a log written by an earlier version, readable by everyone
    audit.append_entry(audit.WRONG_PASSPHRASE, wrong_tries_in_a_row=1)
    assert old.stat().st_mode & 0o777 == 0o600
    assert data.stat().st_mode & 0o777 == 0o700
    assert [e["decision"] for e in audit.read_entries()] == ["activated", "wrong passphrase"]

    fresh = isolated_home / "elsewhere" / "audit.log"
    audit.append_entry(audit.ROLLED_BACK, path=fresh)
    assert fresh.stat().st_mode & 0o777 == 0o600 and fresh.parent.stat().st_mode & 0o777 == 0o700
