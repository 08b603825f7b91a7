"""Check a clinic's labelled X-rays before anything is trained on them.

The admin sees, in plain words: how the images were labelled, how many there are per class,
which files cannot be read and why, which files are exact copies of each other (same bytes:
they would inflate the counts and may sit on both sides of the train/check split), and whether
there is enough to train at all. Training is refused with a reason when there is not, because a
model tuned on a handful of images is worse than the one already in use.
"""

from __future__ import annotations

import csv
import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from cxrviewer.core.admin.dataset import ABNORMAL_NAMES, NORMAL_NAMES, LabelledImage, find_labelled_images, split_of_group
from cxrviewer.core.errors import N_, CxrError, DataFolderError, _, english, join
from cxrviewer.core.image.reading import load_image
from cxrviewer.core.types import CancelToken, ProgressCallback

log = logging.getLogger(__name__)

MIN_PER_CLASS = 20
LABELLING_CSV = "csv"
LABELLING_FOLDERS = "folders"
LABELLING_SUFFIX = "suffix"
LABELLING_WORDS = {  # English; translated where shown
    LABELLING_CSV: N_("a CSV list with file names and labels"),
    LABELLING_FOLDERS: N_("subfolders named normal / abnormal"),
    LABELLING_SUFFIX: N_("file names ending in _0 (normal) or _1 (abnormal)"),
}
# the part of the data that would lack a class, by split (whole sentences: the translator needs each)
_PART_LACKS_A_CLASS = {
    "train": N_("After setting images aside, the training part would lack normal or abnormal images. "
                "Add more images or set aside a larger share."),
    "val": N_("After setting images aside, the tuning part would lack normal or abnormal images. "
              "Add more images or set aside a larger share."),
    "test": N_("After setting images aside, the checking part would lack normal or abnormal images. "
               "Add more images or set aside a larger share."),
}


@dataclass(frozen=True)
class UnreadableFile:
    path: Path
    reason: str  # the clinician-readable sentence of the CxrError


@dataclass(frozen=True)
class DuplicateSet:
    """Files with identical bytes. ``conflicting`` when they carry different labels."""

    sha256: str
    paths: tuple[Path, ...]
    labels: tuple[int, ...]

    @property
    def conflicting(self) -> bool:
        return len(set(self.labels)) > 1


@dataclass
class DataCheckReport:
    data: Path
    labelling: str
    items: list[LabelledImage]  # every labelled file found
    readable: list[LabelledImage] = field(default_factory=list)
    unreadable: list[UnreadableFile] = field(default_factory=list)
    duplicates: list[DuplicateSet] = field(default_factory=list)
    split_counts: dict[str, dict[str, int]] = field(default_factory=dict)  # {"train": {"normal": n, "abnormal": m}, ...}
    fingerprint: str = ""
    refusal: str | None = None  # why training is refused; None when the data is usable
    cancelled: bool = False
    min_per_class: int = MIN_PER_CLASS

    @property
    def enough_for_threshold(self) -> bool:
        """Threshold recalibration needs both classes in number and consistent labels, but no split."""
        return (not self.cancelled and self.normal >= self.min_per_class and self.abnormal >= self.min_per_class
                and not any(d.conflicting for d in self.duplicates))

    @property
    def ok(self) -> bool:
        return self.refusal is None and not self.cancelled

    @property
    def normal(self) -> int:
        return sum(1 for i in self.readable if i.label == 0)

    @property
    def abnormal(self) -> int:
        return sum(1 for i in self.readable if i.label == 1)

    @property
    def duplicate_files(self) -> int:
        """Files that are extra copies (a set of three identical files counts two)."""
        return sum(len(d.paths) - 1 for d in self.duplicates)

    def counts(self) -> dict:
        """The figures for the audit log."""
        return {
            "files": len(self.items),
            "readable": len(self.readable),
            "normal": self.normal,
            "abnormal": self.abnormal,
            "unreadable": len(self.unreadable),
            "duplicate_files": self.duplicate_files,
        }

    def summary_lines(self) -> list[str]:
        """The report in plain sentences, for the dialog (which adds its own formatting)."""
        labelling = LABELLING_WORDS.get(self.labelling)
        lines = [
            _("Labelled by {labelling}.").format(labelling=_(labelling) if labelling else self.labelling),
            _("{count} images can be used: {normal} normal, {abnormal} abnormal.").format(
                count=len(self.readable), normal=self.normal, abnormal=self.abnormal),
        ]
        if self.unreadable:
            n = len(self.unreadable)
            lines.append(_("1 file cannot be read and will be left out.") if n == 1
                         else _("{count} files cannot be read and will be left out.").format(count=n))
        if self.duplicates:
            conflicting = sum(1 for d in self.duplicates if d.conflicting)
            copies = self.duplicate_files
            text = (_("1 file is an exact copy of another file.") if copies == 1
                    else _("{count} files are exact copies of other files.").format(count=copies))
            if conflicting:
                text = join(" ", [text, _("{count} of these copies carry different labels; please correct them.").format(
                    count=conflicting)])
            lines.append(text)
        return lines


def detect_labelling(data: Path, items: list[LabelledImage]) -> str:
    """Which of the three labellings ``find_labelled_images`` used (same order of precedence)."""
    if data.is_file():
        return LABELLING_CSV
    manifests = sorted(data.glob("*.csv"))
    if len(manifests) == 1:
        # find_labelled_images used this list if it has at least one row (it raised if the columns were wrong)
        try:
            with manifests[0].open(newline="", encoding="utf-8") as handle:
                if next(csv.DictReader(handle), None) is not None:
                    return LABELLING_CSV
        except (OSError, UnicodeDecodeError, csv.Error):
            pass
    class_names = NORMAL_NAMES | ABNORMAL_NAMES
    for item in items:
        try:
            parts = item.path.relative_to(data).parts[:-1]
        except ValueError:
            continue
        if any(part.lower() in class_names for part in parts):
            return LABELLING_FOLDERS
    return LABELLING_SUFFIX


def data_fingerprint(data: Path, rows: list[tuple[LabelledImage, str]]) -> str:
    """sha256 of the sorted list of (file, label, content sha256): changes when any file, label or pixel does."""
    root = data if data.is_dir() else data.parent
    lines = []
    for item, digest in rows:
        try:
            name = item.path.relative_to(root).as_posix()
        except ValueError:
            name = item.path.as_posix()
        lines.append(f"{name}\t{item.label}\t{digest}")
    return hashlib.sha256("\n".join(sorted(lines)).encode("utf-8")).hexdigest()


def count_splits(
    items: list[LabelledImage], val_fraction: float, test_fraction: float, seed: int = 0
) -> dict[str, dict[str, int]]:
    """Images per class in each split the training run will make (same grouping and hash as training)."""
    counts = {s: {"normal": 0, "abnormal": 0} for s in ("train", "val", "test")}
    for item in items:
        split = split_of_group(item.group, val_fraction, test_fraction, seed)
        counts[split]["abnormal" if item.label else "normal"] += 1
    return counts


def _load_one(item: LabelledImage) -> tuple[LabelledImage, str | None, str | None]:
    """(item, content sha256 or None, reason it is unreadable or None)."""
    try:
        return item, load_image(item.path).sha256, None
    except CxrError as exc:
        return item, None, exc.user_message
    except Exception as exc:  # noqa: BLE001 - one odd file must not stop the check of thousands
        log.exception("unexpected failure reading %s", item.path)
        return item, None, _("This file could not be read ({kind}).").format(kind=type(exc).__name__)


def _load_all(items: list[LabelledImage], threads: int) -> Iterator[tuple[LabelledImage, str | None, str | None]]:
    if threads <= 1:
        yield from map(_load_one, items)
        return
    with ThreadPoolExecutor(max_workers=threads) as pool:
        yield from pool.map(_load_one, items)


def _refusal(report: DataCheckReport, min_per_class: int) -> str | None:
    if report.normal < min_per_class or report.abnormal < min_per_class:
        return _("Not enough images to train safely: {normal} normal and {abnormal} abnormal can be used; "
                 "at least {minimum} of each are needed.").format(
            normal=report.normal, abnormal=report.abnormal, minimum=min_per_class)
    if any(d.conflicting for d in report.duplicates):
        return _("Some identical files are labelled both normal and abnormal. Please correct the labels first.")
    for split in ("train", "val", "test"):
        part = report.split_counts.get(split, {})
        if part and (part["normal"] == 0 or part["abnormal"] == 0):
            return _(_PART_LACKS_A_CLASS[split])
    return None


def check_data(
    data: str | Path,
    *,
    min_per_class: int = MIN_PER_CLASS,
    val_fraction: float = 0.15,
    test_fraction: float = 0.15,
    seed: int = 0,
    threads: int = 2,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> DataCheckReport:
    """Read every labelled image once and report what can be used.

    Raises ``DataFolderError`` when no labelled images are found at all (the message says how
    to label them). Every file is decoded with the viewer's own loader, so "readable" here means
    the training run and the viewer will read it too.
    """
    data = Path(data)
    items = find_labelled_images(data)
    report = DataCheckReport(data=data, labelling=detect_labelling(data, items), items=items)
    by_hash: dict[str, list[LabelledImage]] = defaultdict(list)
    rows: list[tuple[LabelledImage, str]] = []
    for done, (item, digest, reason) in enumerate(_load_all(items, threads), 1):
        if digest is None:
            report.unreadable.append(UnreadableFile(item.path, reason or _("This file could not be read.")))
        else:
            report.readable.append(item)
            by_hash[digest].append(item)
            rows.append((item, digest))
        if progress:
            progress(done, len(items))
        if cancel is not None and cancel.cancelled:
            report.cancelled = True
            report.refusal = _("The check was stopped before it finished.")
            return report
    report.duplicates = [
        DuplicateSet(digest, tuple(i.path for i in same), tuple(i.label for i in same))
        for digest, same in sorted(by_hash.items())
        if len(same) > 1
    ]
    report.fingerprint = data_fingerprint(data, rows)
    assess(report, min_per_class=min_per_class, val_fraction=val_fraction, test_fraction=test_fraction, seed=seed)
    log.info("checked %s: %s; refusal=%s", data, report.counts(), report.refusal and english(report.refusal))
    return report


def assess(
    report: DataCheckReport,
    *,
    min_per_class: int = MIN_PER_CLASS,
    val_fraction: float = 0.15,
    test_fraction: float = 0.15,
    seed: int = 0,
) -> DataCheckReport:
    """(Re)compute the split counts and the refusal, e.g. when the admin changes the share set aside.

    Cheap: no file is read again.
    """
    if report.cancelled:
        return report
    report.split_counts = count_splits(report.readable, val_fraction, test_fraction, seed)
    report.refusal = _refusal(report, min_per_class)
    report.min_per_class = min_per_class
    return report


def require_usable(report: DataCheckReport) -> None:
    """Raise the refusal as a ``DataFolderError`` (for callers that proceed only on good data)."""
    if not report.ok:
        raise DataFolderError(report.refusal or _("The data check did not finish."))
