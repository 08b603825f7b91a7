"""The administrator passphrase: set at installation (salted scrypt hash only; system-wide or per user), verified
later, wrong ones refused, slowed down and audited; its files owner-only."""

from __future__ import annotations

import json
import os

import pytest

from cxrviewer.core.admin import auth
from cxrviewer.core.admin.auth import PassphraseError


def test_first_use_then_verify(isolated_home):
    assert not auth.is_passphrase_set()
    assert not auth.verify_passphrase("anything at all")  # nothing set: nothing verifies
    auth.set_passphrase("correct horse battery")
    assert auth.is_passphrase_set()
    assert auth.verify_passphrase("correct horse battery")
    assert not auth.verify_passphrase("correct horse batterY")
    assert not auth.verify_passphrase("")


def test_only_a_salted_scrypt_hash_is_stored(isolated_home):
    auth.set_passphrase("correct horse battery")
    path = auth.auth_path()
    assert path.parent == isolated_home / "config"
    text = path.read_text()
    assert "correct horse" not in text
    record = json.loads(text)
    assert record["kdf"] == "scrypt" and len(bytes.fromhex(record["salt"])) == 16 and len(bytes.fromhex(record["hash"])) == 32
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0  # readable by the owner only


def test_same_passphrase_gets_a_different_salt(tmp_path):
    auth.set_passphrase("same passphrase", tmp_path / "a")
    auth.set_passphrase("same passphrase", tmp_path / "b")
    a = json.loads(auth.auth_path(tmp_path / "a").read_text())
    b = json.loads(auth.auth_path(tmp_path / "b").read_text())
    assert a["salt"] != b["salt"] and a["hash"] != b["hash"]


def test_too_short_and_mismatch_are_refused(isolated_home):
    assert auth.check_new_passphrase("short", "short") == "Use at least 8 characters."
    assert auth.check_new_passphrase("long enough", "long enougH") == "The two passphrases are not the same."
    assert auth.check_new_passphrase("long enough", "long enough") is None
    with pytest.raises(PassphraseError, match="at least 8"):
        auth.set_passphrase("short")
    assert not auth.is_passphrase_set()


def test_existing_passphrase_is_not_silently_replaced(isolated_home):
    auth.set_passphrase("first passphrase")
    with pytest.raises(PassphraseError, match="already set"):
        auth.set_passphrase("second passphrase")
    assert auth.verify_passphrase("first passphrase")
    auth.set_passphrase("second passphrase", replace=True)
    assert auth.verify_passphrase("second passphrase") and not auth.verify_passphrase("first passphrase")


def test_damaged_file_is_an_error_not_an_open_door(isolated_home):
    auth.set_passphrase("first passphrase")
    auth.auth_path().write_text("{not json")
    with pytest.raises(PassphraseError, match="damaged"):
        auth.verify_passphrase("first passphrase")
    assert auth.is_passphrase_set()  # the dialog keeps asking instead of offering to set a new one


# ---------------------------------------------------------------- where the hash lives


@pytest.fixture(autouse=True)
def system_dir(tmp_path, monkeypatch):
    """The system-wide folder (``/etc/opt/cxrviewer`` on a real machine), empty, in a temporary place."""
    folder = tmp_path / "etc-opt-cxrviewer"
    monkeypatch.setattr(auth, "SYSTEM_CONFIG_DIR", folder)
    return folder


def test_a_system_wide_passphrase_is_the_only_one_that_counts(isolated_home, system_dir):
    auth.set_passphrase("my own passphrase")  # a user's own, before IT set one for the computer
    path = auth.set_passphrase("set by IT at installation", system_dir, system_wide=True)
    assert path == system_dir / "admin.json" and auth.auth_path() == path and auth.is_system_wide()
    assert auth.verify_passphrase("set by IT at installation")
    assert not auth.verify_passphrase("my own passphrase")
    if os.name == "posix":  # every user's viewer reads it; only its owner (root) writes it
        assert path.stat().st_mode & 0o777 == 0o644 and system_dir.stat().st_mode & 0o777 == 0o755


def test_user_files_are_owner_only(isolated_home, tmp_path):
    config = isolated_home / "config"
    os.chmod(config, 0o755)  # as an earlier version (or the umask) left it
    auth.set_passphrase("correct horse battery")
    assert not auth.unlock("wrong")
    if os.name == "posix":
        assert auth.user_auth_path().stat().st_mode & 0o777 == 0o600
        assert auth.attempts_path().stat().st_mode & 0o777 == 0o600
        assert config.stat().st_mode & 0o777 == 0o700
    fresh = tmp_path / "new" / "config"
    auth.set_passphrase("correct horse battery", fresh)
    if os.name == "posix":
        assert fresh.stat().st_mode & 0o777 == 0o700


def test_set_passphrase_command_names_this_installation(isolated_home, monkeypatch, tmp_path, system_dir):
    import sys

    command = auth.set_passphrase_command()
    assert "set-passphrase" in command and f"CXRVIEWER_HOME={isolated_home}" in command and "sudo" not in command
    program = tmp_path / "opt" / "cxrviewer" / "cxrviewer"
    program.parent.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert auth.set_passphrase_command().endswith(f"{program.parent / 'cxrviewer-cli'} set-passphrase")
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)  # installed by root (--system)
    assert auth.set_passphrase_command() == (f"sudo {program.parent / 'cxrviewer-cli'} set-passphrase "
                                             f"--system-dir {system_dir}")


# ---------------------------------------------------------------- wrong passphrases


def test_wrong_passphrases_are_slowed_down_and_audited(isolated_home):
    from cxrviewer.core.admin import audit

    auth.set_passphrase("correct horse battery")
    now = 1_000_000.0
    for tries in (1, 2):
        assert not auth.unlock("wrong", now=now)
        assert auth.seconds_to_wait(now=now) == 0 and auth.wrong_tries() == tries
    assert not auth.unlock("wrong", now=now)  # the third: from now on each try waits, longer every time
    assert auth.seconds_to_wait(now=now) == pytest.approx(auth.FIRST_DELAY_S)
    with pytest.raises(auth.TooManyAttempts, match="Try again in 4 seconds"):
        auth.unlock("correct horse battery", now=now + 1)  # not even checked: too soon
    assert auth.wrong_tries() == 3
    assert not auth.unlock("wrong", now=now + auth.FIRST_DELAY_S)
    assert auth.seconds_to_wait(now=now + auth.FIRST_DELAY_S) == pytest.approx(2 * auth.FIRST_DELAY_S)
    entries = [e for e in audit.read_entries() if e["decision"] == audit.WRONG_PASSPHRASE]
    assert [e["wrong_tries_in_a_row"] for e in entries] == [1, 2, 3, 4]  # every wrong try, not the refused one
    assert entries[-1]["who"] == audit.current_user()

    later = now + 3 * auth.FIRST_DELAY_S
    assert auth.unlock("correct horse battery", now=later)
    assert auth.wrong_tries() == 0 and not auth.attempts_path().exists()


def test_the_count_survives_a_restart_and_is_capped(isolated_home):
    auth.set_passphrase("correct horse battery")
    for n in range(auth.FREE_TRIES):
        auth.unlock("wrong", now=100.0 + n)
    # a new process knows only the file
    assert auth.seconds_to_wait(now=103.0) == pytest.approx(auth.FIRST_DELAY_S - 1)
    assert [auth.delay_after(n) for n in range(2, 12)] == [0, 5, 10, 20, 40, 80, 160, 300, 300, 300]
    assert auth.wait_words(1) == "1 second" and auth.wait_words(4.2) == "5 seconds" and auth.wait_words(300) == "5 minutes"


def test_a_clock_set_back_does_not_lock_out_for_hours(isolated_home):
    auth.set_passphrase("correct horse battery")
    for _ in range(auth.FREE_TRIES):
        auth.unlock("wrong", now=10_000.0)
    assert auth.seconds_to_wait(now=1_000.0) == pytest.approx(auth.FIRST_DELAY_S)  # counted from now
    assert auth.seconds_to_wait(now=1_000.0 + auth.FIRST_DELAY_S) == 0


def test_a_damaged_count_still_slows_down(isolated_home):
    auth.set_passphrase("correct horse battery")
    auth.attempts_path().write_text("{broken")
    assert auth.wrong_tries() == auth.FREE_TRIES
    assert auth.seconds_to_wait() > 0
