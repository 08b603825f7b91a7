"""``cxrviewer-cli set-passphrase``: how install.sh sets the administrator passphrase.

The passphrase comes from the first line of ``--file`` or from stdin, never from the command line; it is set
for the user who runs the command, or with ``--system-dir`` for every user of the computer.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from cxrviewer.cli import main
from cxrviewer.core.admin import audit, auth

PASSPHRASE = "set at installation 2026"


@pytest.fixture(autouse=True)
def system_dir(tmp_path, monkeypatch):
    folder = tmp_path / "etc-opt-cxrviewer"
    monkeypatch.setattr(auth, "SYSTEM_CONFIG_DIR", folder)
    return folder


def run_cli(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["set-passphrase", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_from_stdin_in_a_real_process_for_this_user(isolated_home):
    result = subprocess.run([sys.executable, "-m", "cxrviewer", "set-passphrase"], input=PASSPHRASE + "\n",
                            capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert result.returncode == 0, result.stderr
    path = isolated_home / "config" / "admin.json"
    assert f"set for this user ({path})" in result.stdout
    assert PASSPHRASE not in result.stdout + result.stderr + path.read_text()
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600 and path.parent.stat().st_mode & 0o777 == 0o700
    assert auth.verify_passphrase(PASSPHRASE) and not auth.verify_passphrase(PASSPHRASE + " ")
    assert audit.read_entries()[-1]["decision"] == audit.PASSPHRASE_SET


def test_from_a_file_for_every_user(monkeypatch, capsys, tmp_path, system_dir, isolated_home):
    secret = tmp_path / "passphrase.txt"
    secret.write_text(f"{PASSPHRASE}\r\nsecond line is ignored\n")
    code, out, _ = run_cli(monkeypatch, capsys, "--file", str(secret), "--system-dir", str(system_dir))
    assert code == 0 and f"set for every user of this computer ({system_dir / 'admin.json'})" in out
    assert auth.auth_path() == system_dir / "admin.json"  # the folder the program reads (patched here)
    assert auth.verify_passphrase(PASSPHRASE)
    if os.name == "posix":
        assert (system_dir / "admin.json").stat().st_mode & 0o777 == 0o644
    assert not (isolated_home / "config" / "admin.json").exists()

    # a user cannot become administrator with a passphrase of their own
    code, _, err = run_cli(monkeypatch, capsys, stdin="my own passphrase\n")
    assert code == 2 and "set for every user" in err and "--system-dir" in err
    assert not (isolated_home / "config" / "admin.json").exists()


def test_an_existing_passphrase_is_replaced_only_when_asked(monkeypatch, capsys):
    assert run_cli(monkeypatch, capsys, stdin=PASSPHRASE + "\n")[0] == 0
    code, _, err = run_cli(monkeypatch, capsys, stdin="another passphrase\n")
    assert code == 2 and "already set" in err and "--replace" in err
    assert auth.verify_passphrase(PASSPHRASE)
    code, out, _ = run_cli(monkeypatch, capsys, "--replace", stdin="another passphrase\n")
    assert code == 0 and "changed" in out
    assert auth.verify_passphrase("another passphrase") and not auth.verify_passphrase(PASSPHRASE)


@pytest.mark.parametrize(("stdin", "why"), [("short\n", "at least 8"), ("\n", "empty"), ("", "empty")])
def test_unusable_passphrases_are_refused(monkeypatch, capsys, stdin, why):
    code, _, err = run_cli(monkeypatch, capsys, stdin=stdin)
    assert code == 2 and why in err and "Nothing was changed" in err
    assert not auth.is_passphrase_set()


def test_check_says_whether_one_is_set(monkeypatch, capsys, system_dir):
    code, out, _ = run_cli(monkeypatch, capsys, "--check")
    assert code == 1 and out.startswith("no administrator passphrase is set")
    run_cli(monkeypatch, capsys, "--system-dir", str(system_dir), stdin=PASSPHRASE + "\n")
    code, out, _ = run_cli(monkeypatch, capsys, "--check", "--system-dir", str(system_dir))
    assert code == 0 and out.startswith("an administrator passphrase is set")


def test_the_passphrase_is_never_a_command_line_argument(monkeypatch, capsys):
    with pytest.raises(SystemExit) as exit_:
        run_cli(monkeypatch, capsys, PASSPHRASE)
    assert exit_.value.code == 2 and not auth.is_passphrase_set()


def test_a_missing_file_and_a_folder_that_cannot_be_written(monkeypatch, capsys, tmp_path):
    code, _, err = run_cli(monkeypatch, capsys, "--file", str(tmp_path / "nowhere.txt"))
    assert code == 2 and "cannot be read" in err
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")  # even root cannot create a folder inside a file
    code, _, err = run_cli(monkeypatch, capsys, "--system-dir", str(blocked / "cxrviewer"), stdin=PASSPHRASE + "\n")
    assert code == 4 and "could not be written" in err and "sudo" in err and "Traceback" not in err
