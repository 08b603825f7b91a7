"""The three labellings of a training folder, and grouped splits."""

from __future__ import annotations

import pytest

from cxrviewer.core.admin.dataset import find_labelled_images, split_of_group, summarize
from cxrviewer.core.errors import DataFolderError


def _touch(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    return path


def test_subfolder_labels(tmp_path):
    _touch(tmp_path / "normal" / "a.png")
    _touch(tmp_path / "Abnormal" / "b.jpg")
    _touch(tmp_path / "tb" / "deep" / "c.jpeg")
    _touch(tmp_path / "other" / "d.png")  # unlabelled: ignored
    items = find_labelled_images(tmp_path)
    assert sorted((i.path.name, i.label) for i in items) == [("a.png", 0), ("b.jpg", 1), ("c.jpeg", 1)]


def test_suffix_labels(tmp_path):
    _touch(tmp_path / "CHNCXR_0001_0.png")
    _touch(tmp_path / "CHNCXR_0002_1.png")
    _touch(tmp_path / "notes.png")
    items = find_labelled_images(tmp_path)
    assert sorted((i.path.name, i.label) for i in items) == [("CHNCXR_0001_0.png", 0), ("CHNCXR_0002_1.png", 1)]


def test_csv_labels_with_groups(tmp_path):
    _touch(tmp_path / "img" / "x.png")
    (tmp_path / "list.csv").write_text("file,label,group,source\nimg/x.png,1,p1,siteA\nimg/y.png,0,p1,siteA\n")
    items = find_labelled_images(tmp_path / "list.csv")
    assert [(i.label, i.group, i.source) for i in items] == [(1, "p1", "siteA"), (0, "p1", "siteA")]
    assert summarize(items)["by_source"] == {"siteA": {"normal": 1, "abnormal": 1}}


def test_bad_csv_and_empty_folder_are_explained(tmp_path):
    (tmp_path / "list.csv").write_text("name,class\na.png,1\n")
    with pytest.raises(DataFolderError, match="'file' and 'label'"):
        find_labelled_images(tmp_path / "list.csv")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DataFolderError, match="No labelled images"):
        find_labelled_images(empty)


def test_groups_never_straddle_splits():
    splits = {split_of_group("patient-7", 0.15, 0.15) for _ in range(5)}
    assert len(splits) == 1
    counts = {"train": 0, "val": 0, "test": 0}
    for n in range(3000):
        counts[split_of_group(f"g{n}", 0.15, 0.15)] += 1
    assert 0.12 < counts["val"] / 3000 < 0.18 and 0.12 < counts["test"] / 3000 < 0.18
