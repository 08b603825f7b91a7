"""How fast does folder screening go, against what limit, and does memory stay flat?

    python bench/screening.py            # about 4 minutes on 2 cores
    python bench/screening.py --quick    # under a minute
    python bench/screening.py --compare runs/v20 --no-memory --no-tutorial   # another model side by side

Side by side, in images per second (best of 3 rounds, the pipelines interleaved, because a shared
2-core machine is noisy), on three sets of images:
  * 3000 x 3000 8-bit PNGs and 3000 x 3000 16-bit PNGs, made by upscaling real X-rays from
    ../shared/data/cxr (with a little noise, as a detector has, so they compress like real ones);
  * the real folder itself (a subset; JPEGs of 224-512 px).
Pipelines:
  (a) decode only, 2 threads (``load_image``): the practical limit on 2 cores;
  (b) our screening pipeline (``FolderScreening``: 2 decode threads + LiteRT + SQLite commit per row);
  (c) ours without decode threads (load, then score, one at a time), to show what the threads buy;
  (d) the tutorial pipeline: cv2.imread, resize to 256x256x3, /255, Keras ``model.predict`` one image
      at a time, on the untrained tutorial CNN (speed only);
and, for reference, the model alone on images decoded beforehand (LiteRT, 2 threads). The last column is the
process's CPU time per image for (a) and (b) and their ratio: on two busy cores the rate follows the CPU time, and
the CPU time hardly moves with other work on the machine, so the ratio is the figure to compare between runs.
Then the resident memory (VmRSS/VmHWM from /proc/self/status) before and after screening the whole
real folder (4,995 images) once; this runs first, before TensorFlow is imported.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cxrviewer.core.image.reading import load_image  # noqa: E402
from cxrviewer.core.model.runtime import ModelRuntime  # noqa: E402
from cxrviewer.core.screening.batch import FolderScreening, find_images  # noqa: E402
from cxrviewer.core.screening.store import ResultStore  # noqa: E402

SHARED_CXR = REPO.parent / "shared" / "data" / "cxr"
BIG_SIDE = 3000


def memory_kib() -> dict[str, int]:
    """VmRSS (now) and VmHWM (peak) of this process, in KiB, without psutil."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0])
    return values


def reset_peak() -> None:
    """Let VmHWM start again from the current RSS (Linux >= 4.0), so the peak is this stage's."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


# -- images ------------------------------------------------------------------------------------


def make_big_pngs(sources: list[Path], folder: Path, bits: int) -> list[Path]:
    """3000 x 3000 PNGs upscaled from real X-rays; 16-bit ones hold 12-bit data as a detector writes it."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(bits)
    seeds = rng.integers(0, 2**31, len(sources))

    def make(index: int) -> Path:
        gray = cv2.imread(str(sources[index]), cv2.IMREAD_GRAYSCALE)
        big = cv2.resize(gray, (BIG_SIDE, BIG_SIDE), interpolation=cv2.INTER_CUBIC).astype(np.float32)
        noise = np.random.default_rng(seeds[index]).normal(0, 1.0, big.shape).astype(np.float32)
        if bits == 8:
            pixels = np.clip(big + 2.0 * noise, 0, 255).astype(np.uint8)
        else:
            pixels = np.clip(big * 16.0 + 24.0 * noise, 0, 4095).astype(np.uint16)
        path = folder / f"big{bits}_{index:03d}.png"
        cv2.imwrite(str(path), pixels)
        return path

    with ThreadPoolExecutor(2) as pool:
        return list(pool.map(make, range(len(sources))))


def real_images(count: int) -> list[Path]:
    """An evenly spread subset of the real folder, so every source is represented."""
    every = find_images(SHARED_CXR / "images")
    step = max(1, len(every) // count)
    return every[::step][:count]


# -- pipelines ---------------------------------------------------------------------------------


def decode_only(paths: list[Path]) -> None:
    with ThreadPoolExecutor(2) as pool:
        for _ in pool.map(load_image, paths):
            pass


def ours(runtime: ModelRuntime, paths: list[Path], store_dir: Path) -> None:
    with ResultStore(Path(tempfile.mkdtemp(dir=store_dir)) / "results.sqlite") as store:
        for _ in FolderScreening(paths[0].parent, runtime, store, images=paths, workers=2):
            pass


def ours_sequential(runtime: ModelRuntime, paths: list[Path]) -> None:
    from cxrviewer.core.errors import CxrError

    for path in paths:
        try:
            runtime.predict(load_image(path))
        except CxrError:
            pass  # refused as not a chest X-ray: the work was still done


def model_only(runtime: ModelRuntime, images: list) -> None:
    from cxrviewer.core.errors import CxrError

    for image in images:
        try:
            runtime.predict(image)
        except CxrError:
            pass


def tutorial(model, paths: list[Path]) -> None:
    from tutorial_baseline import tutorial_input

    for path in paths:
        model.predict(tutorial_input(path)[None], verbose=0)


def rate(job: Callable[[], None], count: int) -> tuple[float, float]:
    """Images per second, and the process's CPU time per image in ms (every thread; less sensitive than the rate
    to other work on the machine: on two fully loaded cores the rate is about 2000 / CPU ms)."""
    started, cpu = time.perf_counter(), time.process_time()
    job()
    return count / (time.perf_counter() - started), 1000 * (time.process_time() - cpu) / count


# -- stages ------------------------------------------------------------------------------------


def memory_stage(runtime: ModelRuntime, count: int, work: Path) -> list[str]:
    """Screen ``count`` real images once; RSS must not grow with the number of images."""
    paths = find_images(SHARED_CXR / "images")[:count]
    samples: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        if done % 500 == 0 or done == total:
            samples.append((done, memory_kib()["VmRSS"]))

    reset_peak()
    before = memory_kib()
    started = time.perf_counter()
    with ResultStore(work / "memory.sqlite") as store:
        job = FolderScreening(SHARED_CXR / "images", runtime, store, progress=progress, images=paths)
        for _ in job:
            pass
    seconds = time.perf_counter() - started
    after = memory_kib()
    trace = ", ".join(f"{done}: {kib / 1024:.0f}" for done, kib in samples)
    return [
        f"Memory, screening {len(paths)} real images once ({seconds:.0f} s, {len(paths) / seconds:.0f} images/s; "
        f"{job.summary.scored} scored, {len(job.summary.failed)} refused/failed):",
        f"  VmRSS before {before['VmRSS'] / 1024:.0f} MiB, after {after['VmRSS'] / 1024:.0f} MiB "
        f"(+{(after['VmRSS'] - before['VmRSS']) / 1024:.0f} MiB); peak during the run {after['VmHWM'] / 1024:.0f} MiB "
        f"(+{(after['VmHWM'] - before['VmRSS']) / 1024:.0f} MiB over the start)",
        f"  VmRSS (MiB) after N images: {trace}",
    ]


def share(rate_: float, limit: float) -> str:
    """A rate with its share of the decode-only limit."""
    return f"{rate_:.1f}/s ({100 * rate_ / limit:.0f}%)"


def speed_table(sets: dict[str, list[Path]], runtimes: list[ModelRuntime], tutorial_model, work: Path,
                rounds: int) -> list[str]:
    """Best of ``rounds``, the pipelines (and the models compared) interleaved in each round so they share the same
    background load; one row per set and model."""
    lines = ["| images | (a) decode only, 2 threads | (b) ours: FolderScreening | (c) ours, no threads | (d) tutorial, Keras "
             "| model only (decoded beforehand) | CPU ms per image: (a) / (b) (ratio) |", "|---|---|---|---|---|---|---|"]
    for label, paths in sets.items():
        decoded = [load_image(p) for p in paths]
        jobs: dict[str, Callable[[], None]] = {"decode": lambda p=paths: decode_only(p)}
        for n, runtime in enumerate(runtimes):
            jobs[f"ours{n}"] = lambda p=paths, r=runtime: ours(r, p, work)
            jobs[f"sequential{n}"] = lambda p=paths, r=runtime: ours_sequential(r, p)
            jobs[f"model{n}"] = lambda d=decoded, r=runtime: model_only(r, d)
        if tutorial_model is not None:
            jobs["tutorial"] = lambda p=paths: tutorial(tutorial_model, p)
        best = dict.fromkeys(jobs, 0.0)
        cpu = dict.fromkeys(jobs, float("inf"))
        for _ in range(rounds):
            for name, job in jobs.items():
                images_per_second, cpu_ms = rate(job, len(paths))
                best[name], cpu[name] = max(best[name], images_per_second), min(cpu[name], cpu_ms)
        limit = best["decode"]

        tutorial_cell = "skipped" if tutorial_model is None else share(best["tutorial"], limit)
        for n, runtime in enumerate(runtimes):  # the tutorial runs once: its cell is on the first model's row
            cells = [f"{limit:.1f}/s", share(best[f"ours{n}"], limit), share(best[f"sequential{n}"], limit),
                     tutorial_cell if n == 0 else "–",
                     f"{best[f'model{n}']:.1f}/s",
                     f"{cpu['decode']:.1f} / {cpu[f'ours{n}']:.1f} ({100 * cpu['decode'] / cpu[f'ours{n}']:.0f}%)"]
            name = f"{label} ({len(paths)})" + (f", model {runtime.info.version}" if len(runtimes) > 1 else "")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
            print(lines[-1], flush=True)
        del decoded
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sets: 8 big images, 100 real, 1 round, memory over 1,000")
    parser.add_argument("--big", type=int, help="3000 x 3000 PNGs per bit depth (default 20, quick 8)")
    parser.add_argument("--real", type=int, help="real images for the speed table (default 200, quick 100)")
    parser.add_argument("--rounds", type=int, help="repetitions, best kept (default 3, quick 1)")
    parser.add_argument("--memory", type=int, help="real images for the memory stage (default all 4,995, quick 1,000)")
    parser.add_argument("--no-tutorial", action="store_true", help="skip the Keras pipeline (no TensorFlow import)")
    parser.add_argument("--threads", type=int, default=2, help="LiteRT threads of the model and the segmenter (default 2)")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory stage")
    parser.add_argument("--compare", type=Path, action="append", default=[],
                        help="another model folder (e.g. an older release) through the same rounds, side by side")
    args = parser.parse_args()
    big = args.big or (8 if args.quick else 20)
    real = args.real or (100 if args.quick else 200)
    rounds = args.rounds or (1 if args.quick else 3)
    memory = args.memory or (1000 if args.quick else 10**9)
    if not (SHARED_CXR / "images").is_dir():
        print(f"needs the real X-rays in {SHARED_CXR}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

    runtime = ModelRuntime(REPO / "models", num_threads=args.threads)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; "
          f"model {runtime.info.name} {runtime.info.version}, {args.threads} LiteRT threads; "
          f"Python {platform.python_version()}, OpenCV {cv2.__version__}",
          flush=True)
    report: list[str] = []
    with tempfile.TemporaryDirectory(prefix="cxr-bench-") as tmp:
        work = Path(tmp)
        if not args.no_memory:
            report += memory_stage(runtime, memory, work)
            print("\n".join(report), flush=True)

        started = time.perf_counter()
        sources = real_images(big)
        sets = {
            "3000x3000 8-bit PNG": make_big_pngs(sources, work / "big8", 8),
            "3000x3000 16-bit PNG": make_big_pngs(sources, work / "big16", 16),
            "real folder subset": real_images(real),
        }
        sizes = {k: np.mean([p.stat().st_size for p in v]) / 2**20 for k, v in sets.items()}
        print(f"made {2 * big} big PNGs in {time.perf_counter() - started:.0f} s; mean file size "
              + ", ".join(f"{k}: {v:.2f} MB" for k, v in sizes.items()), flush=True)

        tutorial_model = None
        if not args.no_tutorial:
            from tutorial_baseline import build_tutorial_model

            tutorial_model = build_tutorial_model()
            tutorial_model.predict(np.zeros((1, 256, 256, 3), np.float32), verbose=0)  # build and trace once
        decode_only(sets["3000x3000 8-bit PNG"][:2])  # warm the page cache and OpenCV
        print(f"\nimages per second, best of {rounds} (and % of the decode-only limit)", flush=True)
        report += ["", f"images per second, best of {rounds} rounds (and % of the decode-only limit):",
                   *speed_table(sets, [runtime, *(ModelRuntime(d, num_threads=args.threads) for d in args.compare)],
                                tutorial_model, work, rounds)]
    print("\n" + "\n".join(report))
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
