"""How long does one window/level update take on a 3000 x 3000 X-ray?

    python bench/viewer_wl.py               # 8-bit and 16-bit (stored values), 30 updates each
    python bench/viewer_wl.py --side 4000 --updates 50

The image is a real chest X-ray from ../shared/data/cxr (the first NIH image of the manifest),
enlarged to ``--side`` pixels with a little noise so the tables see many distinct values; without the
data folder a generated chest-like image is used. The 16-bit case keeps 12-bit stored values
(``XrayImage.stored_values``, as a DICOM file gives them) and windows those.

Printed per case, in milliseconds per update (median, and the worst of ``--updates``):

  lut          the lookup alone (``Windowing.render``) on the full image
  lut drag     the lookup on the drag copy (at most ``windowing.PROXY_SIDE`` pixels a side)
  drag update  what one mouse move costs in the viewer: the lookup on the drag copy, QImage and
               QPixmap, and a synchronous repaint of the viewport (1000 x 760, image fitted)
  release      the full-resolution update when the button is released (lookup, QPixmap, repaint)

Measured offscreen (QT_QPA_PLATFORM=offscreen); never asserted in the tests.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "cxr"


def chest(side: int) -> np.ndarray:
    """A 12-bit (uint16, 0-4095) chest X-ray of ``side`` x ``side`` pixels."""
    base = None
    manifest = SHARED / "manifest.csv"
    if manifest.is_file():
        with manifest.open() as handle:
            row = next((r for r in csv.DictReader(handle) if r["source"] == "nih_cxr14"), None)
        if row is not None:
            base = cv2.imread(str(SHARED / row["file"]), cv2.IMREAD_GRAYSCALE)
    if base is None:
        from cxrviewer.core.model.selftest import synthetic_chest_png

        base = cv2.imdecode(np.frombuffer(synthetic_chest_png(), np.uint8), cv2.IMREAD_GRAYSCALE)
    big = cv2.resize(base.astype(np.float32) * 16.0, (side, side), interpolation=cv2.INTER_CUBIC)
    noise = np.random.default_rng(0).normal(0, 6, big.shape).astype(np.float32)
    return np.clip(big + noise, 0, 4095).astype(np.uint16)


def timed(function, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def report(name: str, times: list[float]) -> None:
    print(f"  {name:<12} {statistics.median(times):7.1f} ms median   {max(times):7.1f} ms worst")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--side", type=int, default=3000)
    parser.add_argument("--updates", type=int, default=30)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from cxrviewer.core.image.reading import window_to_uint8
    from cxrviewer.core.types import XrayImage
    from cxrviewer.qt.viewer import ImageViewer

    app = QApplication.instance() or QApplication([])
    stored = chest(args.side)
    pixels = window_to_uint8(stored)
    cases = {
        "8-bit pixels": XrayImage(pixels, None, "bench", "PNG", 8, "gray"),
        "16-bit stored values": XrayImage(pixels, None, "bench", "DICOM", 12, "monochrome2", stored_values=stored),
    }
    viewer = ImageViewer()
    viewer.resize(1000, 760)
    viewer.show()
    app.processEvents()
    print(f"window/level update, {args.side} x {args.side} image, {args.updates} updates, "
          f"viewport {viewer.viewport().width()} x {viewer.viewport().height()}")
    for name, image in cases.items():
        print(f"{name}:")
        measure(app, viewer, image, args.updates)
    viewer.close()


def measure(app, viewer, image, updates: int) -> None:
    """Print the four figures for one image."""
    from PySide6.QtCore import QPointF

    from cxrviewer.qt.windowing import Window, Windowing

    windowing = Windowing(image.pixels, image.stored_values)
    base = windowing.default
    windows = [Window(base.centre + i * base.width / 200, base.width * (0.6 + i / 100)) for i in range(updates)]
    windowing.render(windows[0], proxy=True)  # the drag copy is made once per image, not per update
    steps = iter(windows * 2)
    report("lut", timed(lambda: windowing.render(next(steps)), updates))
    steps = iter(windows * 2)
    report("lut drag", timed(lambda: windowing.render(next(steps), proxy=True), updates))

    viewer.set_xray(image)
    app.processEvents()
    unit = windowing.units_per_display_level()
    moves = iter(range(1, 10 * updates))

    def update(proxy: bool) -> None:
        step = next(moves)
        viewer.set_window(Window(base.centre + step * unit, base.width + step * unit), proxy=proxy)
        viewer.viewport().repaint()

    report("drag update", timed(lambda: update(True), updates))
    report("release", timed(lambda: update(False), max(5, updates // 3)))
    assert viewer.pixel_at(QPointF(viewer.viewport().rect().center())) is not None


if __name__ == "__main__":
    main()
