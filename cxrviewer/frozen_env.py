"""Environment fixes needed only inside the PyInstaller bundle (both programs call them at start)."""

from __future__ import annotations

import os
import sys


def restore_library_path() -> None:
    """Give programs this one starts (file manager, browser, xdg-open) the system's libraries, not ours.

    The PyInstaller bootloader points LD_LIBRARY_PATH at ``_internal`` so this process finds the bundled
    libraries; the dynamic linker read it at start-up, so resetting it now changes only child processes
    (a child ``cxrviewer-cli`` sets it again itself). The original value is in LD_LIBRARY_PATH_ORIG.
    """
    if not getattr(sys, "frozen", False) or not sys.platform.startswith("linux"):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original
