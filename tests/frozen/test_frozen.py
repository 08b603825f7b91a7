"""The frozen build as IT installs it.

Builds the bundle and the tarball (``packaging/build.sh dist``, which reuses an up-to-date bundle),
unpacks the tarball, installs it with ``install.sh --prefix`` into a temporary folder, and from
there, with the network unavailable (``unshare -n``): runs the self-test, screens a folder to CSV,
starts the viewer offscreen (and under Xvfb when available), lets it score an image and closes it.
Last, uninstalls and checks that exactly the installed files went and the user's data stayed.

Every program runs with its own empty user home and the model bundled in the build (not the lenient
test model the other tests use). About 1-1.5 minutes on 2 busy cores when the bundle must be built
(3 minutes for a ``CXRVIEWER_WITH_TF=1`` build), about 20 s when it is reused. Deselect with
``-m "not frozen"``.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the tarball and install.sh are for Linux"),
]

REPO = Path(__file__).resolve().parents[2]
SHARED_CXR = REPO.parent / "shared" / "data" / "cxr"
BUILD_TIMEOUT_S = 1800  # a cold build on 2 busy cores takes 1-2 minutes; TensorFlow adds several
RUN_TIMEOUT_S = 120


@dataclass
class Installed:
    prefix: Path
    appdir: Path
    bindir: Path
    unpacked: Path
    with_tensorflow: bool


def _network_guard() -> list[str]:
    """A command prefix that runs a program with no network: a new, empty network namespace."""
    for guard in (["unshare", "-n"], ["unshare", "-r", "-n"]):
        try:
            if shutil.which(guard[0]) and subprocess.run([*guard, "true"], capture_output=True, timeout=30).returncode == 0:
                return guard
        except (OSError, subprocess.TimeoutExpired):
            pass
    warnings.warn("unshare cannot create a network namespace here (needs root or user namespaces): the frozen "
                  "programs run WITH network access, so 'works offline' is not proven by this run", stacklevel=1)
    return []


OFFLINE = _network_guard() if sys.platform.startswith("linux") else []


def program_env(home: Path, **extra: str) -> dict[str, str]:
    """A clean environment: an empty user home, no display unless given, nothing of the test venv."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("CXRVIEWER_HOME", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH", "VIRTUAL_ENV")}
    env.update(CXRVIEWER_HOME=str(home), **extra)
    return env


def run(command: list[str], env: dict, timeout: float = RUN_TIMEOUT_S, offline: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([*(OFFLINE if offline else []), *command], env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def tarball() -> Path:
    """dist/cxrviewer-<version>-linux-<arch>[-full].tar.gz, built now unless the existing one is up to date."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.skip("PyInstaller is not installed (pip install -e '.[dev]')")
    env = {**os.environ, "PYTHON": sys.executable}
    result = subprocess.run(["bash", str(REPO / "packaging" / "build.sh"), "dist"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
    assert result.returncode == 0, f"build failed:\n{result.stdout[-3000:]}\n{result.stderr[-5000:]}"
    names = [word for line in result.stdout.splitlines() if line.startswith("== ") for word in line.split()
             if word.endswith(".tar.gz")]
    assert names, result.stdout
    path = REPO / names[-1]
    assert path.is_file(), result.stdout
    return path


def _install(tarball: Path, where: Path, *options: str) -> Installed:
    with tarfile.open(tarball) as archive:
        archive.extractall(where / "unpacked", filter="tar")
    (unpacked,) = (where / "unpacked").iterdir()
    prefix = where / "prefix"
    env = program_env(where / "install-home")
    passphrase = where / "admin-passphrase.txt"  # an unattended installation sets the administrator passphrase
    passphrase.write_text("frozen test passphrase\n")
    result = run(["bash", str(unpacked / "install.sh"), "--prefix", str(prefix), "--passphrase-file", str(passphrase),
                  *options], env, timeout=600, offline=False)
    assert result.returncode == 0, result.stdout + result.stderr
    if "--no-selftest" not in options:
        assert "self-test passed" in result.stdout, result.stdout
    hashed = where / "install-home" / "config" / "admin.json"  # the installing user's (CXRVIEWER_HOME) config
    assert f"administrator passphrase set from {passphrase}" in result.stdout, result.stdout
    assert hashed.is_file() and "frozen test passphrase" not in hashed.read_text()
    assert hashed.stat().st_mode & 0o777 == 0o600
    appdir = prefix / "share" / "cxrviewer" / "program"
    with_tf = (appdir / "_internal" / "tensorflow").is_dir()
    return Installed(prefix, appdir, prefix / "bin", unpacked, with_tf)


@pytest.fixture(scope="module")
def installed(tarball, tmp_path_factory) -> Installed:
    return _install(tarball, tmp_path_factory.mktemp("frozen"))


@pytest.fixture
def home(tmp_path) -> Path:
    return tmp_path / "user-home"


def real_xrays(count_per_source: int = 2) -> list[Path]:
    manifest = SHARED_CXR / "manifest.csv"
    if not manifest.is_file():
        return []
    picked: dict[str, list[Path]] = {}
    with manifest.open() as handle:
        for row in csv.DictReader(handle):
            if row.get("pediatric", "no") == "no" and len(picked.setdefault(row["source"], [])) < count_per_source:
                picked[row["source"]].append(SHARED_CXR / row["file"])
    return [p for paths in picked.values() for p in paths]


def generated_image(folder: Path, name: str = "generated.png") -> Path:
    """The self-test's generated chest-like image (depending on the model, scored or refused as not an X-ray)."""
    from cxrviewer.core.model.selftest import synthetic_chest_png

    path = folder / name
    path.write_bytes(synthetic_chest_png())
    return path


def colour_photo(folder: Path, name: str = "photo.png") -> Path:
    """A colourful picture, which the bundled model refuses as "not a chest X-ray"."""
    import cv2
    import numpy as np

    path = folder / name
    pixels = np.random.default_rng(0).integers(0, 256, (300, 300, 3), dtype=np.uint8)
    assert cv2.imwrite(str(path), pixels)
    return path


# ---- the bundle itself ---------------------------------------------------------------------------

def test_bundle_holds_both_programs_model_and_assets_and_viewer_has_no_tensorflow(installed):
    from PyInstaller.archive.readers import CArchiveReader

    internal = installed.appdir / "_internal"
    assert (installed.appdir / "cxrviewer").is_file() and (installed.appdir / "cxrviewer-cli").is_file()
    bundled_model = internal / "cxrviewer" / "models"
    assert (bundled_model / "model.tflite").is_file() and (bundled_model / "model_card.json").is_file()
    for name in ("icon.png", "style.qss", "disclaimer.txt", "user_guide.md"):
        assert (internal / "cxrviewer" / "assets" / name).is_file(), name
    for language in ("fr", "es", "pt", "ru", "zh_CN"):  # the translated guide and disclaimer of each language
        for name in (f"user_guide.{language}.md", f"disclaimer.{language}.txt"):
            assert (internal / "cxrviewer" / "assets" / name).is_file(), name
    assert (internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqoffscreen.so").is_file()
    assert (internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert not any(internal.glob("tkinter*")) and not (internal / "matplotlib").exists() and not (internal / "skimage").exists()

    modules = list(CArchiveReader(str(installed.appdir / "cxrviewer")).open_embedded_archive("PYZ.pyz").toc)
    heavy = [m for m in modules if m.split(".")[0] in ("tensorflow", "keras") or m == "cxrviewer.core.admin.training"]
    assert "cxrviewer.qt.main_window" in modules and not heavy, heavy[:5]
    modules_cli = list(CArchiveReader(str(installed.appdir / "cxrviewer-cli")).open_embedded_archive("PYZ.pyz").toc)
    assert ("tensorflow" in modules_cli) == installed.with_tensorflow


def test_bundled_qt_libraries_resolve(installed):
    """Every library of the xcb and offscreen platform plugins is found (bundled or on the system)."""
    internal = installed.appdir / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    for plugin in ("libqxcb.so", "libqoffscreen.so"):
        out = subprocess.run(["ldd", str(internal / "PySide6" / "Qt" / "plugins" / "platforms" / plugin)], env=env,
                             capture_output=True, text=True).stdout
        assert "not found" not in out, out


def test_install_links_commands_menu_entry_and_icon(installed):
    for name in ("cxrviewer", "cxrviewer-cli"):
        link = installed.bindir / name
        assert link.is_symlink() and link.resolve() == (installed.appdir / name).resolve()
    desktop = installed.prefix / "share" / "applications" / "cxrviewer.desktop"
    text = desktop.read_text()
    assert f"Exec={installed.appdir}/cxrviewer %F" in text
    assert "MimeType=image/png;image/jpeg;" in text and "Icon=cxrviewer" in text
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    assert (installed.prefix / "share" / "icons" / "hicolor" / "256x256" / "apps" / "cxrviewer.png").is_file()
    manifest = (installed.appdir / "install-manifest.txt").read_text()
    assert f"dir {installed.appdir}" in manifest and f"file {desktop}" in manifest


# ---- the command line, offline ------------------------------------------------------------------

def test_selftest_passes_offline_through_the_installed_link(installed, home):
    result = run([str(installed.bindir / "cxrviewer-cli"), "selftest"], program_env(home))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "selftest passed" in result.stdout and "verified" in result.stdout
    assert "Traceback" not in result.stderr


def test_screen_folder_offline_writes_a_csv_row_for_every_image(installed, home, tmp_path):
    folder = tmp_path / "scans"
    (folder / "ward2").mkdir(parents=True)
    reals = real_xrays()
    for i, path in enumerate(reals):
        shutil.copy(path, (folder if i % 2 else folder / "ward2") / f"{i:02d}_{path.name}")
    generated_image(folder)
    colour_photo(folder)  # not an X-ray: refused with a reason, still a row
    (folder / "damaged.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    expected = {p.resolve() for p in folder.rglob("*") if p.is_file()}
    out = tmp_path / "worklist.csv"

    result = run([str(installed.bindir / "cxrviewer-cli"), "screen", str(folder), "--out", str(out)], program_env(home))
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 1: some images could not be scored
    assert "Traceback" not in result.stderr, result.stderr
    with out.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {Path(r["file"]).resolve() for r in rows} == expected
    by_name = {Path(r["file"]).name: r for r in rows}
    assert by_name["damaged.png"]["error"] and by_name["photo.png"]["error"]  # generated.png: scored or refused
    scored = [r for r in rows if not r["error"]]
    for row in scored:
        assert 0.0 <= float(row["probability"]) <= 1.0 and row["model_name"] and row["flagged"] in ("true", "false")
    if reals:  # real adult chest X-rays from ../shared/data/cxr: nearly all must get a score
        assert len(scored) >= len(reals) - 1, [(n, r["error"]) for n, r in by_name.items() if r["error"]]
    else:
        warnings.warn(f"{SHARED_CXR} is absent: the frozen screening ran on generated images only", stacklevel=1)


def test_analyze_prints_json_offline(installed, home, tmp_path):
    reals = real_xrays(1)
    image = reals[0] if reals else generated_image(tmp_path)
    result = run([str(installed.bindir / "cxrviewer-cli"), "analyze", "--json", str(image)], program_env(home))
    record = json.loads(result.stdout.strip().splitlines()[-1])
    assert record["file"] == str(image) and record["model"]["name"]
    if reals:
        assert result.returncode == 0 and 0.0 <= record["probability"] <= 1.0, record
    else:  # a generated image: a score or a plain refusal, never a crash
        assert (result.returncode, bool(record["error"])) in ((0, False), (1, True)), record


def test_train_in_a_bundle_without_tensorflow_says_so_plainly(installed, home, tmp_path):
    if installed.with_tensorflow:
        pytest.skip("this bundle includes TensorFlow (CXRVIEWER_WITH_TF=1)")
    cli = str(installed.bindir / "cxrviewer-cli")
    result = run([cli, "train", str(tmp_path), "--out", str(tmp_path / "m")], program_env(home))
    assert result.returncode == 2 and "full installation" in result.stderr and "Traceback" not in result.stderr
    result = run([cli, "train", str(tmp_path), "--out", str(tmp_path / "m"), "--jsonl"], program_env(home))
    event = json.loads(result.stdout.strip())
    assert result.returncode == 2 and event["event"] == "error" and "TensorFlow" in event["message"]


def test_train_in_the_full_bundle_works_offline(installed, home, tmp_path):
    """Only for a bundle built with CXRVIEWER_WITH_TF=1: one short training round, frozen TensorFlow."""
    if not installed.with_tensorflow:
        pytest.skip("this bundle has no TensorFlow (build with CXRVIEWER_WITH_TF=1 to test training)")
    import cv2
    import numpy as np

    rng = np.random.default_rng(0)
    yy, xx = np.mgrid[0:128, 0:128]
    for label in ("normal", "abnormal"):
        (tmp_path / "data" / label).mkdir(parents=True)
        for i in range(40):
            img = 190 - 110 * (np.exp(-(((xx - 40) / 20) ** 2 + ((yy - 64) / 38) ** 2))
                               + np.exp(-(((xx - 88) / 20) ** 2 + ((yy - 64) / 38) ** 2)))
            if label == "abnormal":
                cx, cy = rng.integers(35, 95, 2)
                img += 70 * np.exp(-(((xx - cx) / 9) ** 2 + ((yy - cy) / 9) ** 2))
            img += rng.normal(0, 6, img.shape)
            cv2.imwrite(str(tmp_path / "data" / label / f"{label}{i:02d}.png"), np.clip(img, 0, 255).astype(np.uint8))
    out = tmp_path / "model"
    result = run([str(installed.bindir / "cxrviewer-cli"), "train", str(tmp_path / "data"), "--out", str(out),
                  "--epochs", "3", "--size", "64", "--jsonl"], program_env(home, TF_CPP_MIN_LOG_LEVEL="2"), timeout=600)
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode == 0 and events and events[-1]["event"] == "done", result.stdout[-2000:] + result.stderr[-3000:]
    assert (out / "model.tflite").is_file() and (out / "model_card.json").is_file()


# ---- the viewer ---------------------------------------------------------------------------------

def start_viewer(installed: Installed, home: Path, image: Path, env_extra: dict, wrapper: list[str] = ()) -> tuple[dict, str]:
    """Start the installed viewer with an image; the probe closes it once the image has its answer."""
    report = home.parent / f"probe-{os.getpid()}-{len(env_extra)}.json"
    env = program_env(home, CXRVIEWER_STARTUP_PROBE=str(report), CXRVIEWER_STARTUP_PROBE_TIMEOUT="90", **env_extra)
    proc = subprocess.Popen([*OFFLINE, *wrapper, str(installed.bindir / "cxrviewer"), str(image)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGTERM)  # the viewer did not close itself: stop it, then fail
        try:
            stdout, stderr = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            stdout, stderr = proc.communicate()
        pytest.fail(f"the viewer did not close within {RUN_TIMEOUT_S} s; stderr:\n{stderr[-3000:]}")
    assert proc.returncode == 0, f"exit {proc.returncode}\n{stderr[-3000:]}"
    assert "Traceback" not in stderr and "Destroyed while thread" not in stderr, stderr[-3000:]
    assert report.is_file(), stderr[-3000:]
    return json.loads(report.read_text()), stderr


def check_viewer_report(report: dict, home: Path, real: bool) -> None:
    assert report["frozen"] is True and report["finished"] == "done", report
    assert report["window_painted"] and report["model_ready"] and report["first_result"], report
    assert report["tensorflow_imported"] is False
    if real or report["panel_state"] == "result":
        assert report["panel_state"] == "result" and report["score_text"].endswith("%"), report
    else:  # a generated image the model refuses: the reason is shown instead
        assert report["panel_state"] == "problem" and report["problem_text"], report
    log = next((home / "logs").glob("cxrviewer.log")).read_text()
    assert "starting (gui)" in log and "closed (exit code 0)" in log, log[-2000:]


def test_viewer_starts_offscreen_scores_the_image_and_closes(installed, home, tmp_path):
    reals = real_xrays(1)
    image = reals[0] if reals else generated_image(tmp_path)
    report, _ = start_viewer(installed, home, image, {"QT_QPA_PLATFORM": "offscreen"})
    check_viewer_report(report, home, real=bool(reals))


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb-run is not installed (apt-get install xvfb xauth)")
def test_viewer_starts_on_an_x_server_with_the_bundled_xcb_plugin(installed, home, tmp_path):
    reals = real_xrays(1)
    image = reals[0] if reals else generated_image(tmp_path)
    report, stderr = start_viewer(installed, home, image, {"QT_QPA_PLATFORM": "xcb"},
                                  wrapper=["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24 -nolisten tcp"])
    assert "could not load the Qt platform plugin" not in stderr
    check_viewer_report(report, home, real=bool(reals))


def test_viewer_without_a_display_explains_instead_of_crashing(installed, home):
    result = run([str(installed.bindir / "cxrviewer")], program_env(home))
    assert result.returncode == 2 and "needs a screen" in result.stderr and "Traceback" not in result.stderr


# ---- uninstall ----------------------------------------------------------------------------------

def test_uninstall_removes_exactly_what_install_added_and_keeps_user_data(tarball, tmp_path):
    fresh = _install(tarball, tmp_path, "--no-selftest")
    results = fresh.prefix / "share" / "cxrviewer" / "results.sqlite"  # what the app writes beside the program
    results.write_text("the user's results")
    (fresh.prefix / "share" / "applications" / "other-app.desktop").write_text("[Desktop Entry]\nName=other\n")

    result = subprocess.run([str(fresh.appdir / "uninstall.sh")], capture_output=True, text=True, timeout=120,
                            env=program_env(tmp_path / "home", HOME=str(tmp_path / "home")))
    assert result.returncode == 0, result.stdout + result.stderr
    left = sorted(str(p.relative_to(fresh.prefix)) for p in fresh.prefix.rglob("*") if not p.is_dir())
    assert left in (["share/applications/other-app.desktop", "share/cxrviewer/results.sqlite"],
                    ["share/applications/mimeinfo.cache", "share/applications/other-app.desktop",
                     "share/cxrviewer/results.sqlite"]), left
    assert results.read_text() == "the user's results"
    assert not fresh.appdir.exists() and not (fresh.bindir / "cxrviewer").exists()

    # --purge deletes the data of the user who runs it (and only when asked)
    home = tmp_path / "purge-home"
    data = home / ".local" / "share" / "cxrviewer"
    data.mkdir(parents=True)
    (data / "results.sqlite").write_text("x")
    env = program_env(home, HOME=str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env.pop(name, None)
    second = _install(tarball, tmp_path / "again", "--no-selftest", "--no-menu")
    result = subprocess.run([str(second.appdir / "uninstall.sh"), "--purge", "--yes"], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not data.exists() and not second.appdir.exists()
