"""The administrator passphrase: set once (salted scrypt hash only), verified later, wrong ones refused."""

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
