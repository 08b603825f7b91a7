#!/usr/bin/env bash
# Install everything cxrviewer needs on a fresh Debian 12 machine (run as root, or with sudo):
# system libraries for Qt, a virtual display for headless machines, and a Python venv in .venv
# holding cxrviewer with its training and development extras. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  # A fresh cloud machine often runs its own updates at boot: wait for the package lock (up to 10 minutes)
  # instead of failing at once.
  apt_get() {  # apt-get that waits for the lock; retried while another apt holds the package lists
    local try
    for try in 1 2 3 4 5 6 7 8 9 10; do
      $SUDO apt-get -o DPkg::Lock::Timeout=600 "$@" && return 0
      echo "setup.sh: apt-get is busy or failed (try $try of 10); waiting 30 s" >&2
      sleep 30
    done
    return 1
  }
  apt_get update -qq
  apt_get install -y -qq --no-install-recommends \
    python3 python3-venv python3-dev \
    libglib2.0-0 libgl1 libegl1 libdbus-1-3 libfontconfig1 libxkbcommon0 \
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
    libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 \
    libcups2 xvfb xauth binutils make desktop-file-utils >/dev/null
fi

PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; assert sys.version_info[:2] == (3, 11), f"cxrviewer needs Python 3.11, found {sys.version}"'
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[train,dev]"
echo "cxrviewer is installed in $(pwd)/.venv — start it with: .venv/bin/cxrviewer"
