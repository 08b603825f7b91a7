"""The administration dialog with real Qt events, and the training child process.

Training is played by a tiny fake child (``fake_train.py``, written per test) that speaks the
same JSON-lines protocol as ``cxrviewer train --jsonl``: it prints rounds slowly, honours "stop"
on stdin (or ignores it, or crashes, as a test asks), and "exports" a model by copying the
bundled one with a card that says it trained on the given data. The real training child is
exercised in tests/training/test_training_small.py.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cxrviewer.core import config
from cxrviewer.core.admin import audit, auth
from cxrviewer.core.admin.registry import Registry
from tests.core.test_datacheck import write_dataset

PASSPHRASE = "clinic admin 2026"
WAIT_MS = 30_000
SHOTS = os.environ.get("CXRVIEWER_SHOTS")  # a folder: save screenshots there to look at them

FAKE_TRAIN = r'''
import json, shutil, sys, threading, time
from pathlib import Path

mode, data, out, epochs, val, test, source, delay = sys.argv[1:9]
epochs, delay = int(epochs), float(delay)
stop = threading.Event()


def watch():
    for line in sys.stdin:
        if line.strip() == "stop":
            stop.set()
            return


threading.Thread(target=watch, daemon=True).start()


def emit(event, split=False):
    line = json.dumps(event) + "\n"
    if split:  # a line arriving in two pieces
        sys.stdout.write(line[:9])
        sys.stdout.flush()
        time.sleep(0.02)
        line = line[9:]
    sys.stdout.write(line)
    sys.stdout.flush()


print("W0000 00:00 tensorflow chatter on stderr", file=sys.stderr, flush=True)
sys.stdout.write("a stray line that is not JSON\n")
emit({"event": "preprocess", "done": 60, "total": 60})
emit({"event": "data", "train_images": 40, "val_images": 10, "test_images": 10})
if mode == "refuse":  # a training program running in French: its sentence, and the English for the audit log
    emit({"event": "error", "message": "Les images d’entraînement doivent être normales et anormales.",
          "english": "The training images need both normal and abnormal images.", "detail": ""})
    sys.exit(2)
done = 0
for epoch in range(1, epochs + 1):
    waited = 0.0
    while waited < delay and not (stop.is_set() and mode != "ignore_stop"):
        time.sleep(0.02)
        waited += 0.02
    if stop.is_set() and mode != "ignore_stop":
        break
    if mode == "crash" and epoch == 2:
        print("Traceback (most recent call last):\nMemoryError", file=sys.stderr, flush=True)
        sys.exit(3)
    emit({"event": "epoch", "epoch": epoch, "epochs": epochs, "loss": 0.7 / epoch, "val_auc": 0.6 + 0.04 * epoch,
          "val_source_mean_auc": 0.6}, split=True)
    done = epoch
if mode == "ignore_stop":
    while True:
        time.sleep(0.1)
if done == 0:
    emit({"event": "error", "message": "Training was stopped before the first round finished; nothing was saved.", "detail": ""})
    sys.exit(2)
shutil.copytree(source, out, dirs_exist_ok=True)
card = json.loads((Path(out) / "model_card.json").read_text())
card["version"] = "local-test"
card["created"] = "2030-01-01T00:00:00+00:00"
card.setdefault("training", {})["data"] = data
card["training"]["split"] = {"seed": 0, "val_fraction": float(val), "test_fraction": float(test)}
card["training"]["fine_tuned_from"] = "cxrviewer-cxr-screen"
(Path(out) / "model_card.json").write_text(json.dumps(card))
emit({"event": "done", "model_dir": out, "threshold": card["threshold"]["value"]})
'''


@pytest.fixture
def fake_train(tmp_path) -> Path:
    script = tmp_path / "fake_train.py"
    script.write_text(FAKE_TRAIN, encoding="utf-8")
    return script


def fake_builder(script: Path, mode: str, source: Path, delay: float = 0.05, calls: list | None = None):
    """A ``command_builder`` for the dialog that runs the fake child instead of TensorFlow (the keywords it was
    given are appended to ``calls``)."""

    def build(data, out, *, epochs, val_fraction, test_fraction, init_from=None, **recipe):
        if calls is not None:
            calls.append({"init_from": init_from, **recipe})
        return sys.executable, [str(script), mode, str(data), str(out), str(epochs), str(val_fraction), str(test_fraction),
                                str(source), str(delay)]

    return build


@pytest.fixture
def local_data(tmp_path) -> Path:
    return write_dataset(tmp_path / "clinic_xrays", "folders", normal=30, abnormal=30)


@pytest.fixture(autouse=True)
def no_system_passphrase(tmp_path, monkeypatch):
    """The system-wide passphrase folder (``/etc/opt/cxrviewer``) is an empty temporary one in these tests."""
    monkeypatch.setattr(auth, "SYSTEM_CONFIG_DIR", tmp_path / "etc-opt-cxrviewer")


@pytest.fixture
def open_dialog(qtbot, isolated_home):
    """Build the dialog (bundled model in use), show it; teardown stops its child and threads.

    Training counts as available (the fake child needs no TensorFlow) unless a test says otherwise.
    """
    from cxrviewer.qt.admin.dialog import AdminDialog

    config.save_settings(config.Settings())  # the shipped default: the bundled model, nothing activated
    dialogs = []

    def factory(unlock: bool = True, **kwargs) -> AdminDialog:
        if unlock and not auth.is_passphrase_set():
            auth.set_passphrase(PASSPHRASE)  # as install.sh does, through cxrviewer-cli set-passphrase
        kwargs.setdefault("training_available", True)
        dialog = AdminDialog(None, **kwargs)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        dialog.resize(960, 760)
        dialog.show()
        qtbot.waitExposed(dialog)
        if unlock:
            qtbot.keyClicks(dialog.auth_page.passphrase_edit, PASSPHRASE)
            qtbot.mouseClick(dialog.auth_page.unlock_button, Qt.MouseButton.LeftButton)
            assert dialog.unlocked
        return dialog

    yield factory
    for dialog in dialogs:
        dialog.shutdown()
        assert all(not thread.isRunning() for thread in dialog._threads)
        assert dialog.training_tab.training is None or not dialog.training_tab.training.is_running()
    delete_on_gui_thread(dialogs)


def delete_on_gui_thread(objects: list) -> None:
    """Destroy Qt objects here, on the GUI thread. Left to Python's garbage collector, a parentless
    QObject can be destroyed on whatever thread happens to trigger a collection (a worker of the next
    test), which crashes Qt."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for obj in objects:
        obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    objects.clear()
    gc.collect()


def shot(dialog, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(SHOTS) / f"{name}.png"))


def check_folder(qtbot, dialog, data: Path) -> None:
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.data_tab.data_edit, str(data))
    qtbot.mouseClick(dialog.data_tab.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.data_tab.check_button.isEnabled(), timeout=WAIT_MS)


def start_training(qtbot, dialog, epochs: int = 3) -> None:
    dialog.tabs.setCurrentIndex(2)
    dialog.training_tab.epochs_spin.setValue(epochs)
    assert dialog.training_tab.start_button.isEnabled()
    qtbot.mouseClick(dialog.training_tab.start_button, Qt.MouseButton.LeftButton)
    assert dialog.training_tab.training is not None


def staging_folders() -> list[Path]:
    staging = Registry().root / ".staging"
    return sorted(staging.iterdir()) if staging.is_dir() else []


# ---------------------------------------------------------------- passphrase


def type_passphrase(qtbot, dialog, text: str) -> None:
    page = dialog.auth_page
    page.passphrase_edit.clear()
    qtbot.keyClicks(page.passphrase_edit, text)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)


def test_without_a_passphrase_administration_says_how_it_is_set_and_stays_closed(qtbot, open_dialog):
    dialog = open_dialog(unlock=False)
    page = dialog.auth_page
    assert page.state == "unset" and not dialog.unlocked
    assert page.auth_title.text() == "Administration is closed"
    assert "set when cxrviewer is installed" in page.auth_text.text()
    assert page.command_label.isVisible() and page.command_label.text() == auth.set_passphrase_command()
    assert " set-passphrase" in page.command_label.text()
    assert not page.passphrase_edit.isVisible() and not page.unlock_button.isVisible()  # no form to set one here
    shot(dialog, "no_passphrase")

    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button: Check again
    assert "Still no passphrase" in page.auth_message.text()
    assert not dialog.unlocked and not auth.is_passphrase_set()

    auth.set_passphrase(PASSPHRASE)  # IT runs the command
    qtbot.mouseClick(page.check_again_button, Qt.MouseButton.LeftButton)
    assert page.state == "ready" and page.passphrase_edit.isVisible() and not page.command_label.isVisible()
    type_passphrase(qtbot, dialog, PASSPHRASE)
    assert dialog.unlocked


def test_wrong_passphrases_are_slowed_down_audited_and_remembered(qtbot, open_dialog):
    auth.set_passphrase(PASSPHRASE)
    dialog = open_dialog(unlock=False)
    page = dialog.auth_page
    type_passphrase(qtbot, dialog, "wrong passphrase 1")
    assert page.auth_message.text() == "That passphrase is not correct. Please try again."
    type_passphrase(qtbot, dialog, "wrong passphrase 2")
    assert page.unlock_button.isEnabled()
    type_passphrase(qtbot, dialog, "wrong passphrase 3")
    assert not page.unlock_button.isEnabled() and not page.passphrase_edit.isEnabled()
    assert page.auth_message.text() == ("That passphrase is not correct. Too many wrong passphrases: "
                                        "you can try again in 5 seconds.")
    type_passphrase(qtbot, dialog, PASSPHRASE)  # ignored while waiting
    assert not dialog.unlocked
    wrong = [e for e in audit.read_entries() if e["decision"] == audit.WRONG_PASSPHRASE]
    assert [e["wrong_tries_in_a_row"] for e in wrong] == [1, 2, 3] and all(e["who"] == audit.current_user() for e in wrong)
    shot(dialog, "too_many_tries")

    restarted = open_dialog(unlock=False)  # the wait outlives the window (and the program)
    assert restarted.auth_page.state == "waiting" and not restarted.auth_page.unlock_button.isEnabled()
    record = json.loads(auth.attempts_path().read_text())
    record["last_failure"] -= auth.FIRST_DELAY_S  # the wait is over
    auth.attempts_path().write_text(json.dumps(record))
    qtbot.waitUntil(lambda: restarted.auth_page.unlock_button.isEnabled(), timeout=5000)
    assert restarted.auth_page.auth_message.text() == "You can try again now."
    type_passphrase(qtbot, restarted, PASSPHRASE)
    assert restarted.unlocked and auth.wrong_tries() == 0


def test_a_damaged_passphrase_file_keeps_administration_closed(qtbot, open_dialog):
    auth.set_passphrase(PASSPHRASE)
    auth.auth_path().write_text("{not json")
    dialog = open_dialog(unlock=False)
    type_passphrase(qtbot, dialog, PASSPHRASE)
    page = dialog.auth_page
    assert not dialog.unlocked and page.state == "unset" and "damaged" in page.auth_text.text()
    assert page.command_label.text() == auth.set_passphrase_command() + " --replace"


# ---------------------------------------------------------------- closing and locking


def assert_locked_and_asks_again(qtbot, dialog) -> None:
    assert not dialog.unlocked and dialog.stack.currentWidget() is dialog.auth_page
    dialog.show()  # what the viewer does on Tools > Administration
    qtbot.waitExposed(dialog)
    assert not dialog.unlocked and dialog.auth_page.passphrase_edit.isVisible()
    assert dialog.auth_page.passphrase_edit.text() == ""
    type_passphrase(qtbot, dialog, PASSPHRASE)
    assert dialog.unlocked and dialog.isVisible()  # the Enter that unlocked pressed no button behind


def test_close_button_closes_and_locks(qtbot, open_dialog):
    dialog = open_dialog()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert_locked_and_asks_again(qtbot, dialog)


def test_escape_closes_and_locks(qtbot, open_dialog):
    dialog = open_dialog()
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClick(dialog.data_tab.data_edit, Qt.Key.Key_Escape)  # a line edit passes Escape on to the window
    assert not dialog.isVisible()
    assert_locked_and_asks_again(qtbot, dialog)


def test_the_window_close_button_closes_and_locks(qtbot, open_dialog):
    dialog = open_dialog()
    dialog.windowHandle().close()  # what the window manager's close button does
    assert not dialog.isVisible()
    assert_locked_and_asks_again(qtbot, dialog)


def test_it_locks_itself_after_a_while_without_input(qtbot, open_dialog):
    from PySide6.QtWidgets import QLineEdit

    dialog = open_dialog(auto_lock_ms=400)
    dialog.tabs.setCurrentIndex(1)
    for _ in range(6):  # 0.9 s of typing: each key press starts the 0.4 s again
        qtbot.wait(150)
        qtbot.keyClicks(dialog.data_tab.data_edit, "x")
    assert dialog.unlocked
    qtbot.waitUntil(lambda: not dialog.unlocked, timeout=5000)
    assert dialog.isVisible() and "Locked after 1 minute without use." in dialog.auth_page.auth_message.text()
    shot(dialog, "locked")

    elsewhere = QLineEdit()  # typing in another window (the viewer) does not keep this one open
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    type_passphrase(qtbot, dialog, PASSPHRASE)
    started = time.monotonic()
    while dialog.unlocked and time.monotonic() - started < 5:
        qtbot.keyClicks(elsewhere, "y")
        qtbot.wait(50)
    assert not dialog.unlocked and time.monotonic() - started < 2


def test_locking_keeps_a_running_training_that_only_an_administrator_may_stop(
        qtbot, open_dialog, local_data, fake_train, bundled_model_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dialog = open_dialog(command_builder=fake_builder(fake_train, "ok", bundled_model_dir, delay=20.0), auto_lock_ms=60_000)
    check_folder(qtbot, dialog, local_data)
    start_training(qtbot, dialog)
    qtbot.waitUntil(lambda: "first round" in dialog.training_tab.training_status.text(), timeout=WAIT_MS)
    dialog.idle_timer.setInterval(300)
    dialog.idle_timer.start()
    qtbot.waitUntil(lambda: not dialog.unlocked, timeout=5000)
    assert dialog.training_tab.is_running()
    assert "The training goes on meanwhile." in dialog.auth_page.auth_message.text()
    written = dialog.training_tab.candidate_out / "written so far"  # what the child has written so far
    written.parent.mkdir(parents=True, exist_ok=True)
    written.write_text("partial")

    qtbot.keyClick(dialog.auth_page.passphrase_edit, Qt.Key.Key_Escape)  # locked: no one may stop it
    dialog.windowHandle().close()
    assert dialog.isVisible() and dialog.training_tab.is_running()
    assert "Unlock to stop or decide" in dialog.auth_page.auth_message.text()

    type_passphrase(qtbot, dialog, PASSPHRASE)
    assert dialog.unlocked and dialog.training_tab.is_running() and written.exists()  # not cleaned as left over
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[1]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert asked == ["Training is running"] and dialog.isVisible() and dialog.unlocked
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not dialog.unlocked and not dialog.training_tab.is_running()
    assert staging_folders() == []


# ---------------------------------------------------------------- data check


def test_check_report_is_shown_before_training(qtbot, open_dialog, local_data):
    (local_data / "normal" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    dialog = open_dialog()
    check_folder(qtbot, dialog, local_data)
    report = dialog.report
    assert report.ok and (report.normal, report.abnormal) == (30, 30)
    text = dialog.data_tab.report_view.toPlainText()
    assert "60 images can be used: 30 normal, 30 abnormal" in text
    assert "broken.png" in text and "Files that cannot be read" in text
    assert dialog.data_tab.data_message.text() == "These images can be used for retraining."
    shot(dialog, "check_report")
    dialog.tabs.setCurrentIndex(2)
    assert dialog.training_tab.start_button.isEnabled()
    assert "30 normal and 30 abnormal" in dialog.training_tab.training_hint.text()


def test_too_few_images_disable_training_with_a_reason(qtbot, open_dialog, tmp_path):
    data = write_dataset(tmp_path / "few", "suffix", normal=25, abnormal=8)
    dialog = open_dialog()
    check_folder(qtbot, dialog, data)
    assert "25 normal and 8 abnormal" in dialog.data_tab.data_message.text()
    assert not dialog.training_tab.start_button.isEnabled()
    assert "not possible" in dialog.training_tab.training_hint.text()
    assert not dialog.threshold_tab.recalibrate_button.isEnabled()
    dialog.tabs.setCurrentIndex(1)
    shot(dialog, "refused")


def test_a_folder_that_does_not_exist_gets_a_plain_message(qtbot, open_dialog, tmp_path):
    dialog = open_dialog()
    check_folder(qtbot, dialog, tmp_path / "nowhere")
    assert dialog.report is None
    assert "does not exist" in dialog.data_tab.data_message.text()


# ---------------------------------------------------------------- training, comparison, decision


def test_training_progress_comparison_and_activation(qtbot, open_dialog, local_data, fake_train, bundled_model_dir):
    dialog = open_dialog(command_builder=fake_builder(fake_train, "ok", bundled_model_dir))
    check_folder(qtbot, dialog, local_data)
    start_training(qtbot, dialog, epochs=3)
    qtbot.waitUntil(lambda: dialog.training_tab.compare_box.isVisible(), timeout=WAIT_MS)
    loss, auc = dialog.training_tab.training_chart.series()
    assert [round(y, 3) for _, y in loss.points] == [0.7, 0.35, 0.233]  # parsed despite split lines and noise
    assert [round(y, 2) for _, y in auc.points] == [0.64, 0.68, 0.72]
    comparison = dialog.training_tab.comparison
    assert comparison.images > 0 and comparison.normal > 0 and comparison.abnormal > 0
    assert dialog.training_tab.compare_table.item(0, 0).text() == f"{comparison.current.auc:.2f}"
    assert "no clear difference" in dialog.training_tab.verdict_label.text()  # same weights in both
    assert len(dialog.training_tab.roc_chart.series()) == 2
    assert config.load_settings().active_model is None  # nothing changes before approval
    shot(dialog, "comparison")

    with qtbot.waitSignal(dialog.model_changed, timeout=WAIT_MS) as changed:
        qtbot.mouseClick(dialog.training_tab.accept_button, Qt.MouseButton.LeftButton)
    new_dir = Path(changed.args[0])
    assert config.active_model_dir() == new_dir.resolve()
    assert new_dir.parent == Registry().root
    assert staging_folders() == []
    assert "now in use" in dialog.training_tab.training_message.text()
    entry = audit.read_entries()[-1]
    assert entry["decision"] == "activated" and entry["model"]["version"] == "local-test"
    assert entry["data_folder"] == str(local_data) and len(entry["data_fingerprint"]) == 64
    assert entry["counts"]["normal"] == 30 and "candidate" in entry["metrics"]
    dialog.tabs.setCurrentIndex(0)
    assert "local-test" in dialog.models_tab.active_label.text()
    shot(dialog, "models_after_activation")


def test_discarding_the_new_model_changes_nothing(qtbot, open_dialog, local_data, fake_train, bundled_model_dir):
    dialog = open_dialog(command_builder=fake_builder(fake_train, "ok", bundled_model_dir))
    before = config.settings_path().read_bytes()
    check_folder(qtbot, dialog, local_data)
    start_training(qtbot, dialog, epochs=2)
    qtbot.waitUntil(lambda: dialog.training_tab.compare_box.isVisible(), timeout=WAIT_MS)
    with qtbot.assertNotEmitted(dialog.model_changed):
        qtbot.mouseClick(dialog.training_tab.reject_button, Qt.MouseButton.LeftButton)
    assert config.settings_path().read_bytes() == before
    assert staging_folders() == [] and len(Registry().models()) == 1
    assert audit.read_entries()[-1]["decision"] == "rejected"
    assert dialog.training_tab.start_button.isEnabled()


def test_stop_asks_the_child_to_stop(qtbot, open_dialog, local_data, fake_train, bundled_model_dir):
    dialog = open_dialog(command_builder=fake_builder(fake_train, "ok", bundled_model_dir, delay=20.0), cancel_grace_ms=10_000)
    check_folder(qtbot, dialog, local_data)
    start_training(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.training_tab.stop_button.isEnabled()
                    and "first round" in dialog.training_tab.training_status.text(), timeout=WAIT_MS)
    started = time.monotonic()
    qtbot.mouseClick(dialog.training_tab.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.training_tab.training.is_running(), timeout=WAIT_MS)
    assert time.monotonic() - started < 5  # it stopped by itself, long before the 10 s grace period
    assert "stopped before the first round" in dialog.training_tab.training_message.text()
    assert staging_folders() == []
    assert dialog.training_tab.start_button.isEnabled() and not dialog.training_tab.stop_button.isEnabled()


def test_a_refusal_is_shown_as_the_training_program_wrote_it_and_audited_in_english(
        qtbot, open_dialog, local_data, fake_train, bundled_model_dir):
    dialog = open_dialog(command_builder=fake_builder(fake_train, "refuse", bundled_model_dir))
    check_folder(qtbot, dialog, local_data)
    start_training(qtbot, dialog, epochs=2)
    qtbot.waitUntil(lambda: dialog.training_tab.training_message.kind == "error", timeout=WAIT_MS)
    assert dialog.training_tab.training_message.text() == "Les images d’entraînement doivent être normales et anormales."
    entry = audit.read_entries()[-1]
    assert entry["decision"] == "training failed"
    assert entry["note"] == "The training images need both normal and abnormal images."


def test_child_that_ignores_stop_is_killed_after_the_grace_period(qtbot, open_dialog, local_data, fake_train, bundled_model_dir):
    dialog = open_dialog(command_builder=fake_builder(fake_train, "ignore_stop", bundled_model_dir, delay=0.02),
                         cancel_grace_ms=300)
    check_folder(qtbot, dialog, local_data)
    start_training(qtbot, dialog, epochs=2)
    qtbot.waitUntil(lambda: len(dialog.training_tab.training_chart.series()[0].points) == 2, timeout=WAIT_MS)
    started = time.monotonic()
    qtbot.mouseClick(dialog.training_tab.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.training_tab.training.is_running(), timeout=WAIT_MS)
    assert 0.25 < time.monotonic() - started < 5
    assert dialog.training_tab.training_message.text() == "Training was stopped. No new model was saved; the model in use is unchanged."
    assert staging_folders() == []


def test_crashing_child_leaves_registry_settings_and_model_intact(qtbot, open_dialog, local_data, fake_train, bundled_model_dir):
    dialog = open_dialog(command_builder=fake_builder(fake_train, "crash", bundled_model_dir))
    settings_before = config.settings_path().read_bytes()
    models_before = [m.id for m in Registry().models()]
    check_folder(qtbot, dialog, local_data)
    start_training(qtbot, dialog, epochs=4)
    qtbot.waitUntil(lambda: dialog.training_tab.training_message.kind == "error", timeout=WAIT_MS)
    message = dialog.training_tab.training_message.text()
    assert message == "Training stopped unexpectedly. No new model was saved; the model in use is unchanged."
    assert "Traceback" not in message and "MemoryError" not in message
    assert config.settings_path().read_bytes() == settings_before
    assert [m.id for m in Registry().models()] == models_before
    assert config.active_model_dir() == bundled_model_dir
    assert staging_folders() == []
    assert audit.read_entries()[-1]["decision"] == "training failed"
    assert not dialog.training_tab.compare_box.isVisible() and dialog.training_tab.start_button.isEnabled()
    shot(dialog, "training_crashed")


def test_training_needs_the_full_installation(qtbot, open_dialog, local_data):
    dialog = open_dialog(training_available=False)
    check_folder(qtbot, dialog, local_data)
    dialog.tabs.setCurrentIndex(2)
    tab = dialog.training_tab
    assert not tab.start_button.isEnabled() and tab.training_hint.isVisible()
    hint = tab.training_hint.text()
    assert hint.startswith("Retraining needs the full installation (cxrviewer-") and "-full" in hint
    assert "Ask your IT contact." in hint and tab.start_button.toolTip() == hint
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.training is None and staging_folders() == []
    assert dialog.threshold_tab.recalibrate_button.isEnabled()  # needs no TensorFlow
    shot(dialog, "training_unavailable")


def test_training_is_available_where_tensorflow_is(qtbot, open_dialog, monkeypatch, tmp_path):
    import importlib.util

    from cxrviewer.qt.admin import training_tab

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "tensorflow" else real_find_spec(name, *a))
    assert not training_tab.training_available()
    dialog = open_dialog(training_available=None)  # what the viewer opens: found out, not told
    assert not dialog.training_tab.available
    monkeypatch.setattr(importlib.util, "find_spec", real_find_spec)
    # a frozen build: the "-full" bundle alone holds TensorFlow (packaging/build.sh CXRVIEWER_WITH_TF=1)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert not training_tab.training_available()
    (tmp_path / "tensorflow").mkdir()
    assert training_tab.training_available()
    assert "cxrviewer installed with" not in training_tab.training_unavailable_text()


def test_a_model_trained_from_scratch_is_trained_as_the_model_in_use(
        qtbot, open_dialog, local_data, fake_train, bundled_model_dir):
    """Its input size, lung crop and augmentation are the bundled model's (2.1: 128 px, lung crop, grey-level
    matching), so that the comparison shows what the clinic's data changes; fine-tuning keeps the base model's own."""
    from cxrviewer.core.model.card import read_card

    calls: list[dict] = []
    dialog = open_dialog(command_builder=fake_builder(fake_train, "ok", bundled_model_dir, calls=calls))
    check_folder(qtbot, dialog, local_data)
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.training_tab.scratch_radio, Qt.MouseButton.LeftButton)
    start_training(qtbot, dialog, epochs=2)
    card = read_card(bundled_model_dir)
    assert calls == [{"init_from": None, "size": card.preprocessing.size, "lung_crop": True,
                      "lung_mask": card.preprocessing.lung_mask, "augment": tuple(card.extra["training"]["augmentation"])}]
    assert "histmatch" in calls[0]["augment"]
    qtbot.waitUntil(lambda: dialog.training_tab.compare_box.isVisible(), timeout=WAIT_MS)
    qtbot.mouseClick(dialog.training_tab.reject_button, Qt.MouseButton.LeftButton)  # nothing left to decide
    assert staging_folders() == []


def test_a_model_that_sees_only_the_lungs_is_retrained_from_scratch_the_same_way(bundled_model_dir):
    import dataclasses

    from cxrviewer.core.model.card import read_card
    from cxrviewer.qt.admin.training_tab import scratch_recipe
    from cxrviewer.qt.training_process import training_command

    card = read_card(bundled_model_dir)
    masked = dataclasses.replace(card, preprocessing=dataclasses.replace(card.preprocessing, lung_mask="lungs"))
    recipe = scratch_recipe(masked)
    assert recipe["lung_crop"] and recipe["lung_mask"] == "lungs"
    _, args = training_command(Path("/d"), Path("/o"), epochs=1, val_fraction=0.2, test_fraction=0.1, **recipe)
    assert args[args.index("--lung-mask") + 1] == "lungs"


def test_model_without_training_file_cannot_be_fine_tuned(qtbot, open_dialog, local_data, fake_train, model_dir):
    dialog = open_dialog(command_builder=fake_builder(fake_train, "ok", model_dir))
    config.save_settings(config.Settings(active_model=str(model_dir)))  # conftest's copy has no model.keras
    check_folder(qtbot, dialog, local_data)
    start_training_clicked = dialog.training_tab.start_button.isEnabled()
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.training_tab.start_button, Qt.MouseButton.LeftButton)
    assert start_training_clicked and dialog.training_tab.training is None
    assert "from scratch" in dialog.training_tab.training_message.text()
    assert staging_folders() == []


# ---------------------------------------------------------------- rollback, recalibration


def _register_copy(source: Path, version: str):
    import dataclasses
    import shutil

    from cxrviewer.core.model.card import read_card, write_card

    registry = Registry()
    staged = registry.new_staging_dir()
    shutil.copytree(source, staged)
    write_card(staged, dataclasses.replace(read_card(staged), version=version))
    return registry.register(staged)


def test_roll_back_to_the_bundled_model(qtbot, open_dialog, bundled_model_dir):
    model = _register_copy(bundled_model_dir, "clinic-1")
    Registry().activate(model)
    dialog = open_dialog()
    assert "clinic-1" in dialog.models_tab.active_label.text()
    table = dialog.models_tab.models_table
    assert table.rowCount() == 2 and "in use" in table.item(1, 4).text()
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.models_tab.use_model_button.isEnabled()
    with qtbot.waitSignal(dialog.model_changed, timeout=WAIT_MS) as changed:
        qtbot.mouseClick(dialog.models_tab.use_model_button, Qt.MouseButton.LeftButton)
    assert Path(changed.args[0]) == bundled_model_dir
    assert config.load_settings().active_model is None
    assert audit.read_entries()[-1]["decision"] == "rolled back"
    assert "in use" in table.item(0, 4).text()


def test_open_keeps_the_viewer_usable(qtbot, open_dialog):
    dialog = open_dialog()
    dialog.hide()
    dialog.open()  # what the main window calls
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.NonModal


def test_crash_while_switching_keeps_the_old_model(qtbot, open_dialog, bundled_model_dir, monkeypatch):
    model = _register_copy(bundled_model_dir, "clinic-1")
    Registry().activate(model)
    before = config.settings_path().read_bytes()
    dialog = open_dialog()
    table = dialog.models_tab.models_table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(0, 0)).center())

    def crash(*args, **kwargs):
        raise OSError("simulated crash while renaming settings.json")

    with monkeypatch.context() as patch, qtbot.assertNotEmitted(dialog.model_changed):
        patch.setattr(os, "replace", crash)
        qtbot.mouseClick(dialog.models_tab.use_model_button, Qt.MouseButton.LeftButton)
    assert config.settings_path().read_bytes() == before
    assert config.active_model_dir() == model.path.resolve()
    assert "model in use is unchanged" in dialog.models_tab.models_message.text()


def test_recalibrate_the_threshold_without_retraining(qtbot, open_dialog, local_data, bundled_model_dir):
    dialog = open_dialog()
    check_folder(qtbot, dialog, local_data)
    dialog.tabs.setCurrentIndex(3)
    dialog.threshold_tab.target_spin.setValue(80)
    qtbot.mouseClick(dialog.threshold_tab.recalibrate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.threshold_tab.recalibration is not None, timeout=WAIT_MS)
    result = dialog.threshold_tab.recalibration
    assert result.images == 60 and result.after.sensitivity >= 0.8
    assert dialog.threshold_tab.threshold_table.item(0, 1).text() == f"{100 * result.threshold:.0f}%"
    shot(dialog, "threshold")
    with qtbot.waitSignal(dialog.model_changed, timeout=WAIT_MS) as changed:
        qtbot.mouseClick(dialog.threshold_tab.apply_threshold_button, Qt.MouseButton.LeftButton)
    active = Registry().active()
    assert active.path == Path(changed.args[0]) and active.kind == "recalibrated"
    assert active.threshold == pytest.approx(result.threshold)
    assert active.card.sha256 == Registry().bundled().card.sha256
    entry = audit.read_entries()[-1]
    assert entry["decision"] == "recalibrated" and entry["target_sensitivity"] == pytest.approx(0.8)
    assert entry["previous"]["id"] == "bundled"


# ---------------------------------------------------------------- the child-process wrapper on its own


def test_json_line_parser_handles_pieces_and_noise():
    from cxrviewer.qt.training_process import JsonLineParser

    parser = JsonLineParser()
    assert parser.feed(b'{"event": "epo') == []
    chunk = b'ch", "epoch": 1}\nnot json\n[1, 2]\n{"no_event": 1}\n\n{"event": "done"}'
    assert parser.feed(chunk) == [{"event": "epoch", "epoch": 1}]
    assert parser.flush() == [{"event": "done"}]
    assert parser.feed('{"event": "error", "message": "caf\u00e9"}\n'.encode()) == [{"event": "error", "message": "café"}]


def test_progress_signal_values(qtbot, fake_train, bundled_model_dir, tmp_path):
    from cxrviewer.qt.training_process import TrainingProcess

    process = TrainingProcess()
    seen = []
    process.progress.connect(lambda *args: seen.append(args))
    summaries = []
    process.data_summarized.connect(summaries.append)
    program, args = fake_builder(fake_train, "ok", bundled_model_dir)(tmp_path, tmp_path / "out", epochs=2, val_fraction=0.1,
                                                                      test_fraction=0.1)
    with qtbot.waitSignal(process.finished, timeout=WAIT_MS) as done:
        process.start(program, args)
    assert done.args == [str(tmp_path / "out")]
    assert [(e, n) for e, n, _, _ in seen] == [(1, 2), (2, 2)]
    assert seen[0][2] == pytest.approx(0.7) and seen[1][3] == pytest.approx(0.68)
    assert "tensorflow chatter" in process.stderr_tail
    assert summaries[0]["test_images"] == 10
    delete_on_gui_thread([process])


def test_missing_program_fails_with_a_sentence(qtbot, tmp_path):
    from cxrviewer.qt.training_process import TrainingProcess

    process = TrainingProcess()
    with qtbot.waitSignal(process.failed, timeout=WAIT_MS) as failed:
        process.start(str(tmp_path / "no-such-program"), [])
    assert failed.args[0].startswith("The training program could not be started")
    delete_on_gui_thread([process])


def test_training_command_from_source_and_frozen(monkeypatch, tmp_path):
    from cxrviewer.qt.training_process import training_command

    program, args = training_command(Path("/d"), Path("/o"), epochs=5, val_fraction=0.15, test_fraction=0.15,
                                     init_from=Path("/m"))
    assert program == sys.executable
    assert args == ["-m", "cxrviewer", "train", "/d", "--out", "/o", "--jsonl", "--epochs", "5", "--val-fraction", "0.15",
                    "--test-fraction", "0.15", "--init-from", "/m"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "cxrviewer"))
    program, args = training_command(Path("/d"), Path("/o"), epochs=1, val_fraction=0.2, test_fraction=0.1, size=64)
    assert program == str(tmp_path / "cxrviewer-cli")
    assert args[:2] == ["train", "/d"] and args[-2:] == ["--size", "64"] and "--init-from" not in args
    _, args = training_command(Path("/d"), Path("/o"), epochs=1, val_fraction=0.2, test_fraction=0.1, size=128,
                               lung_crop=True, augment=("affine", "histmatch"))
    assert args[-5:] == ["--size", "128", "--lung-crop", "--augment", "affine,histmatch"]
    _, args = training_command(Path("/d"), Path("/o"), epochs=1, val_fraction=0.2, test_fraction=0.1, size=128,
                               lung_crop=True, lung_mask="thorax")
    assert args[-5:] == ["--size", "128", "--lung-crop", "--lung-mask", "thorax"]
    monkeypatch.setattr(sys, "executable", str(tmp_path / "cxrviewer.exe"))
    program, _ = training_command(Path("/d"), Path("/o"), epochs=1, val_fraction=0.2, test_fraction=0.1)
    assert program.endswith("cxrviewer-cli.exe")


def test_the_audit_log_is_shown_in_words_on_the_models_tab(qtbot, open_dialog, bundled_model_dir):
    import re

    model = _register_copy(bundled_model_dir, "clinic-1")
    Registry().activate(model)
    auth.set_passphrase(PASSPHRASE)
    dialog = open_dialog(unlock=False)
    type_passphrase(qtbot, dialog, "not the passphrase")
    type_passphrase(qtbot, dialog, PASSPHRASE)
    table = dialog.models_tab.models_table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(0, 0)).center())
    qtbot.mouseClick(dialog.models_tab.use_model_button, Qt.MouseButton.LeftButton)

    view = dialog.models_tab.audit_view
    assert view.isVisible()
    bundled, user = Registry().bundled().card, re.escape(audit.current_user())
    lines = view.toPlainText().splitlines()
    stamp = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"
    assert len(lines) == 2, lines  # newest first: who did what, when, to which model
    assert re.fullmatch(rf"{stamp}  {user}: rolled back – {re.escape(f'{bundled.name} {bundled.version}')}", lines[0])
    assert re.fullmatch(rf"{stamp}  {user}: wrong passphrase", lines[1])
    for entry in audit.read_entries():
        json.dumps(entry, allow_nan=False)


def test_installed_pyside_keeps_true_alive_across_emits():
    """PySide6 6.12.0's ``emit`` takes a reference from ``True`` (excluded in pyproject); thousands of
    progress signals must not abort Python."""
    import gc

    from PySide6.QtCore import QObject, Signal

    class Source(QObject):
        ticked = Signal(int, int)

    source = Source()
    gc.collect()
    before = sys.getrefcount(True)
    for n in range(2000):
        source.ticked.emit(n, 2000)
    gc.collect()
    assert sys.getrefcount(True) >= before
    delete_on_gui_thread([source])
