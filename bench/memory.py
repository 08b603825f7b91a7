"""Peak memory of loading one very large image, before and after the memory fixes, and of screening.

    python bench/memory.py                 # about 3-4 minutes on 2 cores (the images are made first)
    python bench/memory.py --no-screening  # single images only

Makes, in a temporary folder, images at the pixel limit (80 megapixels, 8944 x 8944) that compress
to almost nothing, as a tester's 174 KB 16-bit PNG did:
  * an 80 MP 16-bit gray PNG, an 80 MP 8-bit gray PNG, an 80 MP 8-bit colour PNG, an 80 MP palette PNG,
  * an 80 MP gray JPEG, and a 6000 x 6000 colour progressive JPEG (36 MP),
  * an 80 MP 16-bit colour PNG (refused before decoding: it cannot fit the decode budget).
Each case runs in a fresh child process (``--child``), which imports what the app imports for
loading, records its peak resident memory (VmHWM), loads the image and preprocesses it
for the model, and reports its peak again. Two paths, side by side:
  * ``old``: the loader as it was before the fix (commit 7938b36: ``cv2.imdecode(IMREAD_UNCHANGED)``,
    a float32 copy of the whole image to window 16-bit data, colour decoded to 3-4 channels);
  * ``new``: ``cxrviewer.core.image.reading.load_image`` as it is now.
Then folder screening (``FolderScreening`` with the bundled model, the real thing) over 8 such
images with 2 and with 4 decode workers, each in its own child, to compare with workers x the
single-image figure. Prints one table; the figures in docs/screening.md ("Memory") come from it.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SIDE = 8944  # 8944 x 8944 = 79,995,136 pixels: just under the 80-megapixel limit
MIB = 1024 * 1024


def peak_mib() -> float:
    """Peak resident memory of this process so far, in MiB.

    VmHWM of /proc/self/status where there is one: Linux carries ``ru_maxrss`` over from the parent
    through fork and exec, so a child started by a parent that made 80-megapixel images would report
    the parent's peak. Elsewhere ``ru_maxrss`` (KiB on Linux, bytes on macOS).
    """
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MIB if sys.platform == "darwin" else peak / 1024


# -- the images --------------------------------------------------------------------------------


def make_images(folder: Path) -> dict[str, Path]:
    import cv2
    import numpy as np
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = None
    folder.mkdir(parents=True, exist_ok=True)
    ramp = (np.arange(SIDE, dtype=np.uint32) * 4095 // (SIDE - 1)).astype(np.uint16)
    made: dict[str, Path] = {}

    def write(name: str, image: np.ndarray, *params: int) -> None:
        path = folder / name
        ok, data = cv2.imencode(path.suffix, image, list(params))
        assert ok, name
        path.write_bytes(data.tobytes())
        made[name] = path

    gray16 = np.broadcast_to(ramp[None, :], (SIDE, SIDE)).copy()  # 12-bit data in 16 bits, like a detector
    gray16[SIDE // 3 : SIDE // 2, SIDE // 4 : SIDE // 2] = 3000
    write("80MP-16bit-gray.png", gray16)
    gray8 = (gray16 >> 4).astype(np.uint8)
    del gray16
    write("80MP-8bit-gray.png", gray8)
    write("80MP-gray.jpg", gray8, cv2.IMWRITE_JPEG_QUALITY, 90)
    colour = np.dstack([gray8, gray8 // 2, 255 - gray8])
    write("80MP-8bit-colour.png", colour)
    Image.fromarray(colour[..., ::-1]).quantize(64).save(folder / "80MP-palette.png")
    made["80MP-palette.png"] = folder / "80MP-palette.png"
    small = colour[:6000, :6000]
    write("36MP-colour-progressive.jpg", np.ascontiguousarray(small), cv2.IMWRITE_JPEG_PROGRESSIVE, 1)
    del colour, small
    colour16 = np.zeros((SIDE, SIDE, 3), np.uint16)
    colour16[..., 0] = gray8
    write("80MP-16bit-colour.png", colour16)
    del colour16
    return made


def make_folder(folder: Path, count: int) -> Path:
    """``count`` distinct 80 MP 16-bit PNGs (a different bright block in each, so each hash differs)."""
    import cv2
    import numpy as np

    folder.mkdir(parents=True, exist_ok=True)
    ramp = (np.arange(SIDE, dtype=np.uint32) * 4095 // (SIDE - 1)).astype(np.uint16)
    base = np.broadcast_to(ramp[None, :], (SIDE, SIDE)).copy()
    for i in range(count):
        image = base.copy()
        image[100 * i : 100 * i + 500, 200:900] = 3500
        ok, data = cv2.imencode(".png", image)
        (folder / f"big{i:02d}.png").write_bytes(data.tobytes())
    return folder


# -- the loader before the fix (commit 7938b36), for the side-by-side figures ------------------


def old_load_image(path: Path):
    """``load_image`` as it was: header by Pillow, ``cv2.imdecode(IMREAD_UNCHANGED)``, float32 windowing."""
    import cv2
    import numpy as np
    from PIL import Image

    data = path.read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with Image.open(io.BytesIO(data)) as header:
            width, height = header.size
            mode = header.mode
    if width * height > 80_000_000:
        raise ValueError("too large")
    if mode == "P":  # palettes went through Pillow
        Image.MAX_IMAGE_PIXELS = None
        with Image.open(io.BytesIO(data)) as image:
            rgb = np.asarray(image.convert("RGB"))
        return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    decoded = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_UNCHANGED)
    if decoded.ndim == 3:
        step = max(1, max(decoded.shape[:2]) // 256)
        _colour = decoded[::step, ::step, :3].astype(np.float32)
        code = cv2.COLOR_BGR2GRAY if decoded.shape[2] == 3 else cv2.COLOR_BGRA2GRAY
        decoded = cv2.cvtColor(decoded, code)
    if decoded.dtype != np.uint8:
        values = decoded.astype(np.float32)
        sample = values[:: max(1, values.shape[0] // 512), :: max(1, values.shape[1] // 512)]
        lo, hi = np.percentile(sample, [0.5, 99.5])
        if hi <= lo:
            hi = lo + 1.0
        scaled = (values - lo) * (255.0 / (hi - lo))
        decoded = np.clip(scaled, 0, 255).astype(np.uint8)
    return decoded


# -- one measurement, in a child process ------------------------------------------------------


def child(path_name: str, which: str) -> dict:
    sys.path.insert(0, str(REPO))
    import cv2  # noqa: F401  (what the app has imported before it loads an image)
    import numpy as np  # noqa: F401
    import simplejpeg  # noqa: F401
    from PIL import Image  # noqa: F401

    from cxrviewer.core.errors import CxrError
    from cxrviewer.core.image.preprocess import PreprocessSpec, preprocess
    from cxrviewer.core.image.reading import load_image

    spec = PreprocessSpec(**json.loads((REPO / "models" / "model_card.json").read_text())["preprocessing"])
    path = Path(path_name)
    before = peak_mib()
    started = time.perf_counter()
    try:
        pixels = old_load_image(path) if which == "old" else load_image(path).pixels
        preprocess(pixels, spec)
        outcome = f"{pixels.shape[1]} x {pixels.shape[0]}"
    except CxrError as exc:
        outcome = "refused: " + exc.user_message.split(" (")[0]
    except MemoryError:
        outcome = "MemoryError"
    return {"baseline_mib": before, "peak_mib": peak_mib(), "seconds": time.perf_counter() - started, "outcome": outcome}


def screening_child(folder: str, workers: int, store_dir: str) -> dict:
    sys.path.insert(0, str(REPO))
    from cxrviewer.core.model.runtime import ModelRuntime
    from cxrviewer.core.screening.batch import FolderScreening
    from cxrviewer.core.screening.store import ResultStore
    from cxrviewer.paths import bundled_model_dir

    runtime = ModelRuntime(bundled_model_dir())
    before = peak_mib()
    started = time.perf_counter()
    with ResultStore(Path(store_dir) / f"results-{workers}.sqlite") as store:
        job = FolderScreening(folder, runtime, store, workers=workers)
        rows = list(job)
    errors = sorted({r.error for r in rows if r.error})
    return {"baseline_mib": before, "peak_mib": peak_mib(), "seconds": time.perf_counter() - started,
            "outcome": f"{len(rows)} rows, {job.summary.scored} scored; {'; '.join(errors)[:80]}"}


def run_child(*args: str) -> dict:
    result = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, cwd=REPO, timeout=1800)
    if result.returncode != 0:
        return {"baseline_mib": float("nan"), "peak_mib": float("nan"), "seconds": float("nan"),
                "outcome": f"child failed ({result.returncode}): {result.stderr.strip().splitlines()[-1:]}"}
    return json.loads(result.stdout.strip().splitlines()[-1])


# -- main --------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", nargs=2, metavar=("PATH", "old|new"), help=argparse.SUPPRESS)
    parser.add_argument("--screening-child", nargs=3, metavar=("FOLDER", "WORKERS", "STORE"), help=argparse.SUPPRESS)
    parser.add_argument("--no-screening", action="store_true", help="measure single images only")
    parser.add_argument("--images", type=int, default=8, help="images in the screened folder (default 8)")
    parser.add_argument("--keep", action="store_true", help="keep the generated images (printed path)")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0
    if args.screening_child:
        folder, workers, store = args.screening_child
        print(json.dumps(screening_child(folder, int(workers), store)))
        return 0

    import cv2
    import numpy as np

    work = Path(tempfile.mkdtemp(prefix="cxr-memory-"))
    try:
        print(f"{platform.python_version()}, numpy {np.__version__}, OpenCV {cv2.__version__}, {os.cpu_count()} cores; "
              f"images in {work}", flush=True)
        started = time.perf_counter()
        images = make_images(work / "single")
        print(f"made {len(images)} images in {time.perf_counter() - started:.0f} s", flush=True)
        print()
        header = f"{'image':30} {'file':>9} | {'old peak':>9} {'old s':>6} | {'new peak':>9} {'new s':>6} | new outcome"
        print(header)
        print("-" * len(header))
        single_peaks = {}
        for name, path in images.items():
            old = run_child("--child", str(path), "old")
            new = run_child("--child", str(path), "new")
            single_peaks[name] = new["peak_mib"]
            size = path.stat().st_size
            size_text = f"{size / 1024:.0f} KB" if size < MIB else f"{size / MIB:.1f} MB"
            print(f"{name:30} {size_text:>9} | {old['peak_mib']:7.0f} MB {old['seconds']:6.1f} | "
                  f"{new['peak_mib']:7.0f} MB {new['seconds']:6.1f} | {new['outcome']}", flush=True)
            if old["outcome"] not in ("", None) and not old["outcome"][0].isdigit():
                print(f"{'':30} old path: {old['outcome']}")
        print(f"(peak = the child's peak resident memory: Python, numpy, OpenCV, Pillow and simplejpeg imported "
              f"({new['baseline_mib']:.0f} MB before loading), then load_image + preprocess)")
        if not args.no_screening:
            folder = make_folder(work / "folder", args.images)
            single = single_peaks["80MP-16bit-gray.png"]
            print()
            print(f"folder screening: {args.images} x 80 MP 16-bit PNG, FolderScreening with the bundled model")
            for workers in (2, 4):
                result = run_child("--screening-child", str(folder), str(workers), str(work))
                print(f"  {workers} workers: peak {result['peak_mib']:.0f} MB (model loaded: {result['baseline_mib']:.0f} MB), "
                      f"{result['seconds']:.0f} s; bound {workers} x {single:.0f} = {workers * single:.0f} MB; "
                      f"{result['outcome']}", flush=True)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
