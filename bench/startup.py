"""How fast does the viewer start, how much memory does it take, how big is the frozen bundle?

    python bench/startup.py [IMAGE]                          # from source (python + the venv)
    python bench/startup.py [IMAGE] --frozen dist/cxrviewer  # the PyInstaller build
    options: --runs 5  --display offscreen|xvfb  --json

Each run is a fresh process with a fresh, empty user home (``CXRVIEWER_HOME``), timed from just
before the process is started:

  * **window**: the main window's first paint;
  * **model ready**: the model loaded on its thread ("Model ready" in the status bar);
  * **first score**: the score (or the reason for none) of IMAGE given on the command line;
  * **drop to score**: a second kind of run starts without a file and drops IMAGE on the window
    (a real ``QDropEvent``) once the model is ready; this is the time from the drop to the score;
  * **peak RSS** of the process (``wait4`` rusage), the figure the OS reports for the whole run;
  * **CLI analyze**: ``cxrviewer-cli analyze IMAGE`` (or ``python -m cxrviewer analyze``), start to exit.

The times come from the inert measuring aid in ``packaging/entry_gui.py`` (environment variable
``CXRVIEWER_STARTUP_PROBE``), which is frozen into the ``cxrviewer`` program, so source and frozen
runs are timed by the same code. The first run of each kind warms the disk cache and is reported
apart ("cold"); medians are over ``--runs`` further runs. ``--display xvfb`` runs a real X server
(Xvfb) and the xcb platform plugin instead of Qt's offscreen one.

IMAGE defaults to a real NIH chest X-ray from ../shared/data/cxr; without that folder a generated
image is used, which the bundled model refuses as "not a chest X-ray" (still a timed answer).
Targets (docs/packaging.md): window < 1.0 s from source, < 1.5 s frozen; first score < 2.0 s;
peak RSS < 300 MB.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_CXR = REPO.parent / "shared" / "data" / "cxr"
ENTRY_GUI = REPO / "packaging" / "entry_gui.py"

# what "without TensorFlow" leaves out of a bundle: TensorFlow, Keras and what only they pull in
TF_PARTS = ("tensorflow", "tensorflow_io_gcs_filesystem", "tensorboard", "tensorboard_data_server", "keras", "tf_keras",
            "h5py", "h5py.libs", "ml_dtypes", "jax", "jaxlib", "optree", "grpc", "absl", "google", "libtensorflow",
            "wrapt", "rich", "namex", "opt_einsum", "flatbuffers", "gast", "astunparse", "termcolor")


def default_image(tmp: Path) -> tuple[Path, str]:
    manifest = SHARED_CXR / "manifest.csv"
    if manifest.is_file():
        with manifest.open() as handle:
            row = next(r for r in csv.DictReader(handle) if r["source"] == "nih_cxr14")
        return SHARED_CXR / row["file"], "real NIH chest X-ray"
    sys.path.insert(0, str(REPO))
    from cxrviewer.core.model.selftest import synthetic_chest_png

    path = tmp / "generated.png"
    path.write_bytes(synthetic_chest_png())
    return path, "generated image (the bundled model refuses it: timed as an answer, not a score)"


def resolve_frozen(path: str) -> tuple[Path, Path, Path]:
    """(bundle folder, viewer program, console program) from a folder or either program."""
    p = Path(path).resolve()
    folder = p if p.is_dir() else p.parent
    if (folder / "Contents" / "MacOS").is_dir():  # macOS .app
        folder = folder / "Contents" / "MacOS"
    suffix = ".exe" if sys.platform.startswith("win") else ""
    gui, cli = folder / f"cxrviewer{suffix}", folder / f"cxrviewer-cli{suffix}"
    if not gui.is_file() or not cli.is_file():
        raise SystemExit(f"no cxrviewer and cxrviewer-cli programs in {folder}")
    return folder, gui, cli


def run_measured(command: list[str], env: dict, timeout: float) -> tuple[int, float, float, str]:
    """(exit code, wall seconds, peak RSS in MB, stderr tail) of one child process."""
    started = time.time()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.time() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.005)
    wall = time.time() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read() if proc.stderr else ""
    return proc.returncode, wall, usage.ru_maxrss / 1024, err[-2000:]


def gui_run(program: list[str], image: Path, drop: bool, env_base: dict, timeout: float) -> dict:
    with tempfile.TemporaryDirectory(prefix="cxrbench-") as tmp:
        report_path = Path(tmp) / "report.json"
        env = {**env_base, "CXRVIEWER_HOME": str(Path(tmp) / "home"), "CXRVIEWER_STARTUP_PROBE": str(report_path),
               "CXRVIEWER_STARTUP_PROBE_TIMEOUT": str(timeout - 5)}
        args = list(program)
        if drop:
            env["CXRVIEWER_STARTUP_PROBE_DROP"] = str(image)
        else:
            args.append(str(image))
        t0 = time.time()
        code, wall, rss, err = run_measured(args, env, timeout)
        if not report_path.is_file():
            raise SystemExit(f"the viewer wrote no report (exit {code}):\n{err}")
        report = json.loads(report_path.read_text())
    result = {"exit": code, "wall": wall, "rss_mb": rss, "finished": report.get("finished"),
              "tensorflow": report.get("tensorflow_imported"), "answer": report.get("score_text") or report.get("problem_text")}
    for key in ("window_painted", "model_ready", "first_result"):
        if key in report:
            result[key] = report[key] - t0
    if drop and "dropped" in report and "first_result" in report:
        result["drop_to_result"] = report["first_result"] - report["dropped"]
    return result


def cli_run(program: list[str], image: Path, env_base: dict, timeout: float) -> dict:
    with tempfile.TemporaryDirectory(prefix="cxrbench-") as tmp:
        env = {**env_base, "CXRVIEWER_HOME": str(Path(tmp) / "home")}
        code, wall, rss, err = run_measured([*program, "analyze", str(image)], env, timeout)
    return {"exit": code, "wall": wall, "rss_mb": rss}


def folder_size(folder: Path) -> dict:
    """Bytes in the bundle, and in its TensorFlow part (top-level entries of _internal named in TF_PARTS)."""
    internal = folder / "_internal"
    total = tf = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            total += size
            rel = path.relative_to(internal).parts if internal in path.parents else ()
            if rel and (rel[0] in TF_PARTS or rel[0].startswith("libtensorflow")):
                tf += size
    return {"total_mb": total / 1e6, "tensorflow_mb": tf / 1e6, "without_tensorflow_mb": (total - tf) / 1e6}


class Xvfb:
    """A private X server for the runs (``--display xvfb``)."""

    def __enter__(self) -> str:
        if not shutil.which("Xvfb"):
            raise SystemExit("Xvfb is not installed (apt-get install xvfb)")
        read, write = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                     pass_fds=(write,), stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as handle:
            number = handle.readline().strip()
        return f":{number}"

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def summarise(runs: list[dict], key: str) -> str:
    values = [r[key] for r in runs if key in r]
    if not values:
        return "-"
    return f"{statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("image", nargs="?", help="image to score (default: a real X-ray from ../shared/data/cxr)")
    parser.add_argument("--frozen", help="the PyInstaller build: its folder (dist/cxrviewer) or its cxrviewer program")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--display", choices=("offscreen", "xvfb"), default="offscreen")
    parser.add_argument("--timeout", type=float, default=90)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="cxrbench-img-") as tmp:
        image, image_note = (Path(args.image).resolve(), "given") if args.image else default_image(Path(tmp))
        if args.frozen:
            folder, gui, cli = resolve_frozen(args.frozen)
            gui_cmd, cli_cmd, label = [str(gui)], [str(cli)], f"frozen ({folder})"
        else:
            gui_cmd, cli_cmd, label = [sys.executable, str(ENTRY_GUI)], [sys.executable, "-m", "cxrviewer"], "source"
        env = {k: v for k, v in os.environ.items() if k not in ("CXRVIEWER_HOME", "DISPLAY", "WAYLAND_DISPLAY")}
        env.update(TF_CPP_MIN_LOG_LEVEL="2", PYTHONPATH=str(REPO) if not args.frozen else "")
        xvfb = Xvfb() if args.display == "xvfb" else None
        display = xvfb.__enter__() if xvfb else None
        try:
            if display:
                env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            else:
                env["QT_QPA_PLATFORM"] = "offscreen"
            kinds = {"open": [], "drop": []}
            cold = {}
            for kind in kinds:
                cold[kind] = gui_run(gui_cmd, image, kind == "drop", env, args.timeout)
                for _ in range(args.runs):
                    kinds[kind].append(gui_run(gui_cmd, image, kind == "drop", env, args.timeout))
            cli_cold = cli_run(cli_cmd, image, env, args.timeout)
            cli_runs = [cli_run(cli_cmd, image, env, args.timeout) for _ in range(args.runs)]
        finally:
            if xvfb:
                xvfb.__exit__(None, None, None)

    opened, dropped = kinds["open"], kinds["drop"]
    every = opened + dropped
    figures = {
        "build": label,
        "display": args.display,
        "image": f"{image} ({image_note})",
        "answer": opened[-1].get("answer"),
        "runs": args.runs,
        "load_average": os.getloadavg()[0],
        "cpus": os.cpu_count(),
        "window_s": median([r["window_painted"] for r in every if "window_painted" in r]),
        "model_ready_s": median([r["model_ready"] for r in every if "model_ready" in r]),
        "first_score_s": median([r["first_result"] for r in opened if "first_result" in r]),
        "drop_to_score_s": median([r["drop_to_result"] for r in dropped if "drop_to_result" in r]),
        "peak_rss_mb": max(r["rss_mb"] for r in every),
        "peak_rss_median_mb": median([r["rss_mb"] for r in every]),
        "cli_analyze_s": median([r["wall"] for r in cli_runs]),
        "cli_peak_rss_mb": max(r["rss_mb"] for r in cli_runs),
        "cold": {"window_s": cold["open"].get("window_painted"), "first_score_s": cold["open"].get("first_result"),
                 "cli_analyze_s": cli_cold["wall"]},
        "tensorflow_imported_by_viewer": any(r.get("tensorflow") for r in every),
        "failures": [r for r in every if r["exit"] != 0 or r["finished"] != "done"]
                    + [r for r in cli_runs if r["exit"] not in (0, 1)],
    }
    if args.frozen:
        figures["bundle"] = folder_size(folder)

    if args.json:
        print(json.dumps(figures, indent=2))
        return 1 if figures["failures"] else 0
    print(f"cxrviewer start-up, {label}, {args.display} display, {args.runs} runs after one cold run")
    print(f"  machine: {figures['cpus']} CPUs, load average {figures['load_average']:.1f} at the end")
    print(f"  image: {figures['image']}; answer: {figures['answer']}")
    print(f"  start -> window painted     {summarise(every, 'window_painted')}   (cold {cold['open'].get('window_painted', 0):.2f} s)")
    print(f"  start -> model ready        {summarise(every, 'model_ready')}")
    print(f"  start -> first score        {summarise(opened, 'first_result')}   (cold {cold['open'].get('first_result', 0):.2f} s)")
    print(f"  drop -> score (model ready) {summarise(dropped, 'drop_to_result')}")
    print(f"  peak RSS                    {figures['peak_rss_median_mb']:.0f} MB median, {figures['peak_rss_mb']:.0f} MB max")
    print(f"  CLI analyze, start to exit  {summarise(cli_runs, 'wall')}; peak RSS {figures['cli_peak_rss_mb']:.0f} MB")
    print(f"  viewer imported TensorFlow: {'YES' if figures['tensorflow_imported_by_viewer'] else 'no'}")
    if args.frozen:
        size = figures["bundle"]
        print(f"  bundle size                 {size['total_mb']:.0f} MB in total, {size['without_tensorflow_mb']:.0f} MB "
              f"without TensorFlow ({size['tensorflow_mb']:.0f} MB TensorFlow/Keras)")
    if figures["failures"]:
        print(f"  FAILED runs: {figures['failures']}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
