"""Find labelled X-rays in a folder or a CSV manifest, and split them by group.

Three labellings are understood (the first that applies wins):

* a CSV manifest ``file,label[,group,source]`` (paths relative to the CSV's folder);
* subfolders named for the class: ``normal``/``0``/``negative`` vs ``abnormal``/``1``/``tb``/...;
* a file-name suffix ``_0``/``_1`` before the extension (NLM convention, ``CHNCXR_0001_0.png``).
"""

from __future__ import annotations

import csv
import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from cxrviewer.core.errors import DataFolderError, _
from cxrviewer.core.image.reading import SUPPORTED_SUFFIXES

NORMAL_NAMES = {"normal", "0", "negative", "neg", "healthy", "no_finding"}
ABNORMAL_NAMES = {"abnormal", "1", "positive", "pos", "tb", "tuberculosis", "disease", "pneumonia"}


@dataclass(frozen=True)
class LabelledImage:
    path: Path
    label: int
    group: str
    source: str


def _is_image(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES


def _from_csv(csv_path: Path) -> list[LabelledImage]:
    root = csv_path.parent
    items = []
    with csv_path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or not {"file", "label"} <= set(reader.fieldnames):
            raise DataFolderError(_("The list {name} needs the columns 'file' and 'label'.").format(name=csv_path.name))
        for row in reader:
            label = str(row["label"]).strip()
            if label not in ("0", "1"):
                raise DataFolderError(_("The list {name} has a label '{label}'; only 0 and 1 are allowed.").format(
                    name=csv_path.name, label=label))
            file = row["file"].strip()
            items.append(
                LabelledImage(
                    path=root / file,
                    label=int(label),
                    group=(row.get("group") or "").strip() or file,
                    source=(row.get("source") or "").strip() or "local",
                )
            )
    return items


def _label_of_folder(name: str) -> int | None:
    name = name.lower()
    if name in NORMAL_NAMES:
        return 0
    if name in ABNORMAL_NAMES:
        return 1
    return None


def _from_folders(root: Path) -> list[LabelledImage]:
    items = []
    for path in sorted(p for p in root.rglob("*") if _is_image(p)):
        rel = path.relative_to(root)
        labels = [label for part in rel.parts[:-1] if (label := _label_of_folder(part)) is not None]
        if labels:
            items.append(LabelledImage(path, labels[-1], str(rel), "local"))
    return items


def _from_suffix(root: Path) -> list[LabelledImage]:
    items = []
    for path in sorted(p for p in root.rglob("*") if _is_image(p)):
        stem = path.stem
        if stem.endswith("_0") or stem.endswith("_1"):
            items.append(LabelledImage(path, int(stem[-1]), str(path.relative_to(root)), "local"))
    return items


def find_labelled_images(data: str | Path) -> list[LabelledImage]:
    """All labelled images under ``data`` (a folder or a CSV file)."""
    data = Path(data)
    if not data.exists():
        raise DataFolderError(_("The folder or list {path} does not exist.").format(path=data))
    if data.is_file():
        if data.suffix.lower() != ".csv":
            raise DataFolderError(_("Choose a folder of images or a CSV list of images with labels."))
        items = _from_csv(data)
    else:
        manifests = sorted(data.glob("*.csv"))
        items = _from_csv(manifests[0]) if len(manifests) == 1 else []
        items = items or _from_folders(data) or _from_suffix(data)
    if not items:
        raise DataFolderError(_(
            "No labelled images were found. Put them in subfolders named 'normal' and 'abnormal', "
            "end file names with _0 or _1, or provide a CSV list with 'file' and 'label' columns."
        ))
    return items


def split_of_group(group: str, val_fraction: float, test_fraction: float, seed: int = 0) -> str:
    """'train', 'val' or 'test', stable for a group: images sharing a group never straddle splits."""
    digest = hashlib.sha256(f"{seed}:{group}".encode()).digest()
    u = int.from_bytes(digest[:8], "big") / 2**64
    if u < test_fraction:
        return "test"
    if u < test_fraction + val_fraction:
        return "val"
    return "train"


def summarize(items: list[LabelledImage]) -> dict:
    """Counts per source and label, for the model card and the admin check report."""
    by_source: dict[str, dict[str, int]] = {}
    for (source, label), n in sorted(Counter((i.source, i.label) for i in items).items()):
        by_source.setdefault(source, {"normal": 0, "abnormal": 0})["abnormal" if label else "normal"] = n
    return {
        "images": len(items),
        "normal": sum(1 for i in items if i.label == 0),
        "abnormal": sum(1 for i in items if i.label == 1),
        "by_source": by_source,
    }


def load_lesion_boxes(files: tuple[Path, ...] | list[Path]) -> dict[Path, list[tuple[float, float, float, float]]]:
    """Lesion boxes per image (absolute path -> [(x0, y0, x1, y1)] in image pixels).

    Reads ``file,xmin,ymin,xmax,ymax`` (TBX11K boxes) and ``file,x,y,diameter_px`` (JSRT nodules,
    turned into their bounding squares); file paths are relative to the CSV's folder.
    """
    boxes: dict[Path, list[tuple[float, float, float, float]]] = {}
    for csv_path in map(Path, files):
        with csv_path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if "xmin" in row:
                    box = tuple(float(row[k]) for k in ("xmin", "ymin", "xmax", "ymax"))
                else:
                    x, y, r = float(row["x"]), float(row["y"]), float(row["diameter_px"]) / 2
                    box = (x - r, y - r, x + r, y + r)
                boxes.setdefault((csv_path.parent / row["file"]).resolve(), []).append(box)
    return boxes
