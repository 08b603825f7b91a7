"""One 3000 x 3000 X-ray from file to score: where the time goes, with and without the lung segmenter.

    python bench/single_image.py [--repeats 15]

Target (issue "a model that holds up at new hospitals"): under 150 ms on 2 cores, decode included, with the
segmenter. Prints the median of each step, side by side: decode (``load_image``), model input without lungs
(``preprocess``), model input with lungs (segmenter on a 512-px copy + crop + ``preprocess``), the model
(LiteRT, 2 threads), and ``ModelRuntime.predict`` end to end (input checks included).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cxrviewer.core.image.preprocess import preprocess  # noqa: E402
from cxrviewer.core.image.reading import load_image  # noqa: E402
from cxrviewer.core.model.inputs import find_lungs  # noqa: E402
from cxrviewer.core.model.runtime import ModelRuntime  # noqa: E402
from cxrviewer.paths import bundled_model_dir  # noqa: E402

SIDE = 3000


class NoSegmenter:
    """Times ``find_lungs``'s reduction alone."""

    def segment(self, pixels: np.ndarray) -> None:
        return None


def median_ms(work, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(1000 * (time.perf_counter() - start))
    return statistics.median(times)


def big_png(folder: Path) -> Path:
    """A real X-ray upscaled to 3000 x 3000 with a little detector noise, saved as 8-bit PNG."""
    manifest = REPO.parent / "shared" / "data" / "cxr" / "images" / "nih_cxr14" / "normal"
    source = next(iter(sorted(manifest.glob("*.jpg"))), None)
    if source is None:
        sys.exit("needs ../shared/data/cxr (a real X-ray to upscale)")
    gray = cv2.imread(str(source), cv2.IMREAD_GRAYSCALE)
    big = cv2.resize(gray, (SIDE, SIDE), interpolation=cv2.INTER_CUBIC).astype(np.float32)
    big += np.random.default_rng(0).normal(0, 2, big.shape)
    path = folder / "big.png"
    cv2.imwrite(str(path), np.clip(big, 0, 255).astype(np.uint8))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    runtime = ModelRuntime(bundled_model_dir())
    with tempfile.TemporaryDirectory() as tmp:
        path = big_png(Path(tmp))
        image = load_image(path)
        spec = runtime.card.preprocessing
        x, _ = preprocess(image.pixels, spec)
        rows = {
            "decode (load_image, 8-bit PNG)": median_ms(lambda: load_image(path), args.repeats),
            "model input without lungs (preprocess)": median_ms(lambda: preprocess(image.pixels, spec), args.repeats),
            "  reduce to 512 px for the segmenter, one area resize (first version)": median_ms(
                lambda: cv2.resize(image.pixels, (512, 512), interpolation=cv2.INTER_AREA), args.repeats),
            "  reduce to 512 px for the segmenter, as find_lungs does it": median_ms(
                lambda: find_lungs(image.pixels, NoSegmenter()), args.repeats),
            "model input with lungs (segment 512 px + preprocess)": median_ms(lambda: runtime.prepare(image), args.repeats),
            "model (LiteRT, 2 threads)": median_ms(lambda: runtime.run(x), args.repeats),
            "predict (checks + lungs + model + heatmap)": median_ms(lambda: runtime.predict(image), args.repeats),
            "file to score (load_image + predict)": median_ms(lambda: runtime.predict(load_image(path)), args.repeats),
        }
    print(f"{SIDE} x {SIDE} 8-bit PNG, median of {args.repeats}, model {runtime.info.name} {runtime.info.version}")
    for name, ms in rows.items():
        print(f"  {name:66s} {ms:7.1f} ms")


if __name__ == "__main__":
    main()
