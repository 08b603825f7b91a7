"""The clinic's own labelled set: the images its clinicians reviewed, where they lie, checked unchanged.

Each image whose decision (the newest) is *abnormal* (label 1) or *normal* (label 0) becomes a
``LabelledImage`` pointing at the reviewed file itself: nothing is copied, so no second copy of
patients' images appears anywhere. *Unreadable* images are left out.

A label belongs to the content that was reviewed, so every file is hashed again: one whose bytes
changed since the review (overwritten, re-exported, another image under the same name) or that is
gone or unreadable is refused, and the counts of each say so. Images of one patient share a group
(the patient ID, where the file carried one), so a split never puts the same patient on both sides.

``write_manifest`` writes the set as a ``file,label,group,source`` CSV with absolute paths, the list
format ``dataset.find_labelled_images`` (the data check, training) already reads.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cxrviewer.core.admin.dataset import LabelledImage
from cxrviewer.core.atomic import atomic_open
from cxrviewer.core.checksums import file_sha256
from cxrviewer.core.errors import _, join
from cxrviewer.core.review.decisions import Decision, ReviewStore

log = logging.getLogger(__name__)

SOURCE = "reviewed"
LABELS = {"abnormal": 1, "normal": 0}


@dataclass(frozen=True)
class ReviewedSet:
    """The usable images, and the reviewed images refused or left out, each with why."""

    images: list[LabelledImage]
    changed: list[Decision] = field(default_factory=list)  # the file's bytes differ from the reviewed image
    missing: list[Decision] = field(default_factory=list)  # the file is gone, or cannot be read
    unreadable: int = 0  # decided "not readable": no label to give

    @property
    def used(self) -> int:
        return len(self.images)

    def counts(self) -> dict[str, int]:
        return {"used": self.used, "changed": len(self.changed), "missing": len(self.missing), "unreadable": self.unreadable}

    def words(self) -> str:
        """"38 reviewed images can be used (20 abnormal, 18 normal); refused: 1 changed since review, 2 missing"."""
        abnormal = sum(1 for i in self.images if i.label == 1)
        text = _("{count} reviewed images can be used ({abnormal} abnormal, {normal} normal)").format(
            count=self.used, abnormal=abnormal, normal=self.used - abnormal)
        refused = [*([_("{count} changed since review").format(count=len(self.changed))] if self.changed else []),
                   *([_("{count} missing").format(count=len(self.missing))] if self.missing else [])]
        if refused:
            text = _("{text}; refused: {refused}").format(text=text, refused=join(", ", refused))
        if self.unreadable:
            text = _("{text}; {count} marked not readable left out").format(text=text, count=self.unreadable)
        return text


def labelled_set_from_reviews(reviews: ReviewStore | str | Path | None = None,
                              progress: Callable[[int, int], None] | None = None) -> ReviewedSet:
    """The reviewed, unchanged images as labelled images (see the module's docstring).

    ``reviews``: an open ``ReviewStore``, or the results database's path (default: the user's).
    ``progress(done, total)`` is called as each image is checked (hashing many images takes a while).
    """
    store = reviews if isinstance(reviews, ReviewStore) else ReviewStore(reviews)
    try:
        latest = store.latest_decisions()
    finally:
        if store is not reviews:
            store.close()
    images: list[LabelledImage] = []
    changed: list[Decision] = []
    missing: list[Decision] = []
    unreadable = 0
    for done, decision in enumerate(latest, start=1):
        if progress is not None:
            progress(done, len(latest))
        if decision.decision not in LABELS:
            unreadable += 1
            continue
        path = Path(decision.file)
        try:
            if not path.is_file():
                raise FileNotFoundError(path)
            now = file_sha256(path)
        except OSError as exc:
            log.info("reviewed image %s not used: %r", path, exc)
            missing.append(decision)
            continue
        if now != decision.sha256:
            log.info("reviewed image %s not used: changed since review", path)
            changed.append(decision)
            continue
        group = f"patient:{decision.patient_id}" if decision.patient_id else decision.sha256
        images.append(LabelledImage(path=path, label=LABELS[decision.decision], group=group, source=SOURCE))
    return ReviewedSet(images, changed, missing, unreadable)


def write_manifest(reviewed: ReviewedSet, path: str | Path) -> int:
    """Write the usable images as a ``file,label,group,source`` CSV (absolute paths, owner-only, atomic)."""
    with atomic_open(Path(path), newline="", mode=0o600) as handle:
        writer = csv.writer(handle)
        writer.writerow(("file", "label", "group", "source"))
        for image in reviewed.images:
            writer.writerow((str(Path(image.path).resolve()), image.label, image.group, image.source))
    return reviewed.used
