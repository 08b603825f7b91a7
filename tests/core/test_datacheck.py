"""The check report shown before training: labellings, counts, unreadable files, duplicates, refusals."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from cxrviewer.core.admin import datacheck
from cxrviewer.core.errors import DataFolderError
from cxrviewer.core.types import CancelToken
from tests.conftest import make_png


def xray_pixels(seed: int, label: int, height: int = 120, width: int = 100) -> np.ndarray:
    """A small chest-like image, different for every seed (so no two files are duplicates);
    abnormal ones get a bright blob in the right lung field."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width]
    img = np.full((height, width), 200, np.float32)
    for cx in (0.3 * width, 0.7 * width):
        img -= 120 * np.exp(-(((xx - cx) / (0.16 * width)) ** 2 + ((yy - 0.5 * height) / (0.3 * height)) ** 2))
    if label:
        img += 70 * np.exp(-(((xx - 0.3 * width) / (0.07 * width)) ** 2 + ((yy - 0.45 * height) / (0.08 * height)) ** 2))
    img += rng.normal(0, 6, img.shape)
    return np.clip(img, 0, 255).astype(np.uint8)


def write_dataset(root: Path, layout: str, normal: int, abnormal: int, seed: int = 0) -> Path:
    """Labelled PNGs in one of the three layouts; returns what to pass to ``check_data`` (folder or CSV)."""
    root.mkdir(parents=True, exist_ok=True)
    rows = []
    for n, label in enumerate([0] * normal + [1] * abnormal):
        pixels = xray_pixels(seed * 10_000 + n, label)
        if layout == "folders":
            folder = root / ("abnormal" if label else "normal")
            folder.mkdir(exist_ok=True)
            make_png(folder / f"img{n:04d}.png", pixels)
        elif layout == "suffix":
            make_png(root / f"CHNCXR_{n:04d}_{label}.png", pixels)
        elif layout == "csv":
            (root / "images").mkdir(exist_ok=True)
            make_png(root / "images" / f"x{n:04d}.png", pixels)
            rows.append(f"images/x{n:04d}.png,{label},patient{n // 2}")
        else:
            raise ValueError(layout)
    if layout == "csv":
        (root / "labels.csv").write_text("file,label,group\n" + "\n".join(rows) + "\n", encoding="utf-8")
        return root / "labels.csv"
    return root


@pytest.mark.parametrize(("layout", "words"), [("folders", "subfolders"), ("suffix", "_0"), ("csv", "CSV")])
def test_each_labelling_is_counted(tmp_path, layout, words):
    data = write_dataset(tmp_path / layout, layout, normal=22, abnormal=24)
    report = datacheck.check_data(data, threads=1)
    assert report.labelling == layout
    assert (report.normal, report.abnormal) == (22, 24)
    assert report.unreadable == [] and report.duplicates == []
    assert report.ok, report.refusal
    assert words in report.summary_lines()[0]
    assert report.counts() == {"files": 46, "readable": 46, "normal": 22, "abnormal": 24, "unreadable": 0, "duplicate_files": 0}
    assert sum(sum(part.values()) for part in report.split_counts.values()) == 46


def test_csv_inside_a_folder_is_used(tmp_path):
    write_dataset(tmp_path, "csv", normal=3, abnormal=3)
    report = datacheck.check_data(tmp_path, threads=1)  # the folder holding labels.csv, not the CSV itself
    assert report.labelling == "csv"
    assert len(report.readable) == 6


def test_too_few_images_are_refused_with_a_reason(tmp_path):
    data = write_dataset(tmp_path, "folders", normal=25, abnormal=5)
    report = datacheck.check_data(data, threads=1)
    assert not report.ok
    assert "25 normal and 5 abnormal" in report.refusal
    assert "at least 20" in report.refusal
    with pytest.raises(DataFolderError):
        datacheck.require_usable(report)


def test_unreadable_files_are_listed_with_reasons(tmp_path):
    data = write_dataset(tmp_path, "folders", normal=21, abnormal=21)
    good = data / "normal" / "img0000.png"
    (data / "normal" / "cut.png").write_bytes(good.read_bytes()[:200])  # cut off while copying
    (data / "abnormal" / "notes.png").write_text("this is not an image")
    (data / "abnormal" / "empty.jpg").write_bytes(b"")
    report = datacheck.check_data(data)
    reasons = {bad.path.name: bad.reason for bad in report.unreadable}
    assert set(reasons) == {"cut.png", "notes.png", "empty.jpg"}
    assert "incomplete" in reasons["cut.png"] or "damaged" in reasons["cut.png"]
    assert "not an image" in reasons["notes.png"]
    assert "empty" in reasons["empty.jpg"]
    assert (report.normal, report.abnormal) == (21, 21)  # the bad ones are left out, not counted
    assert report.ok
    assert any("3 files cannot be read" in line for line in report.summary_lines())


def test_missing_file_in_csv_is_reported(tmp_path):
    data = write_dataset(tmp_path, "csv", normal=20, abnormal=20)
    with data.open("a", encoding="utf-8") as handle:
        handle.write("images/gone.png,1,p99\n")
    report = datacheck.check_data(data, threads=1)
    assert [(bad.path.name, bad.reason) for bad in report.unreadable] == [("gone.png", "This file no longer exists.")]


def test_duplicates_by_content(tmp_path):
    data = write_dataset(tmp_path, "folders", normal=21, abnormal=21)
    shutil.copy(data / "normal" / "img0000.png", data / "normal" / "copy_a.png")
    shutil.copy(data / "normal" / "img0000.png", data / "normal" / "copy_b.png")
    report = datacheck.check_data(data, threads=1)
    assert len(report.duplicates) == 1
    assert {p.name for p in report.duplicates[0].paths} == {"img0000.png", "copy_a.png", "copy_b.png"}
    assert report.duplicate_files == 2
    assert not report.duplicates[0].conflicting
    assert report.ok  # a warning, not a refusal


def test_same_image_with_two_labels_is_refused(tmp_path):
    data = write_dataset(tmp_path, "folders", normal=21, abnormal=21)
    shutil.copy(data / "normal" / "img0000.png", data / "abnormal" / "same.png")
    report = datacheck.check_data(data, threads=1)
    assert report.duplicates[0].conflicting
    assert not report.ok and "labelled both normal and abnormal" in report.refusal
    assert not report.enough_for_threshold


def test_split_without_both_classes_is_refused(tmp_path):
    data = write_dataset(tmp_path, "csv", normal=20, abnormal=20)
    lines = data.read_text().splitlines()
    data.write_text("\n".join([lines[0]] + [",".join(line.split(",")[:2] + ["one-patient"]) for line in lines[1:]]) + "\n")
    report = datacheck.check_data(data, threads=1)
    assert not report.ok and "set aside" in report.refusal  # every image is one patient: one split only
    assert report.enough_for_threshold  # recalibration needs no split


def test_assess_recomputes_without_reading_again(tmp_path):
    data = write_dataset(tmp_path, "folders", normal=20, abnormal=20)
    report = datacheck.check_data(data, val_fraction=0.1, test_fraction=0.1, threads=1)
    before = report.split_counts["test"]
    datacheck.assess(report, val_fraction=0.3, test_fraction=0.3)
    after = report.split_counts["test"]
    assert sum(after.values()) > sum(before.values())


def test_fingerprint_follows_files_labels_and_content(tmp_path):
    data = write_dataset(tmp_path, "suffix", normal=3, abnormal=3)
    first = datacheck.check_data(data, min_per_class=1, threads=1).fingerprint
    assert first == datacheck.check_data(data, min_per_class=1, threads=1).fingerprint
    make_png(data / "CHNCXR_0000_0.png", xray_pixels(999, 0))  # same name, new pixels
    assert datacheck.check_data(data, min_per_class=1, threads=1).fingerprint != first


def test_progress_and_cancel(tmp_path):
    data = write_dataset(tmp_path, "folders", normal=5, abnormal=5)
    seen = []
    datacheck.check_data(data, min_per_class=1, threads=2, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (10, 10) and len(seen) == 10
    token = CancelToken()

    def cancel_after_three(done: int, total: int) -> None:
        if done == 3:
            token.cancel()

    report = datacheck.check_data(data, min_per_class=1, threads=1, progress=cancel_after_three, cancel=token)
    assert report.cancelled and not report.ok and len(report.readable) == 3


def test_no_labelled_images_says_how_to_label(tmp_path):
    make_png(tmp_path / "unlabelled.png", xray_pixels(1, 0))
    with pytest.raises(DataFolderError, match="normal"):
        datacheck.check_data(tmp_path)
