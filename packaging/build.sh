#!/usr/bin/env bash
# Build the frozen program (PyInstaller, build.spec) and the Linux tarball that IT installs.
# This is what `make bundle` and `make dist` run; a machine without `make` can run it directly.
#
#   bash packaging/build.sh bundle     dist/cxrviewer/ (cxrviewer, cxrviewer-cli, _internal/)
#   bash packaging/build.sh dist       ... and dist/cxrviewer-<version>-linux-<arch>.tar.gz (+ .sha256)
#   options: --force   rebuild even when the bundle is newer than every source file
#   CXRVIEWER_WITH_TF=1   also bundle TensorFlow so `cxrviewer-cli train` works (the "-full" variant:
#                         dist/full/cxrviewer/ and cxrviewer-<version>-linux-<arch>-full.tar.gz)
#   PYTHON=...            the Python whose environment is frozen (default .venv/bin/python)
#
# Without --force an existing bundle is reused when no file under cxrviewer/, models/, assets/,
# packaging/entry_*.py, build.spec or pyproject.toml changed since it was built (the frozen test relies on that).
set -euo pipefail
cd "$(dirname "$0")/.."

target=dist
force=0
for arg in "$@"; do
  case "$arg" in
    bundle|dist) target="$arg" ;;
    --force) force=1 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

PYTHON="${PYTHON:-.venv/bin/python}"
[ -x "$PYTHON" ] || { echo "build.sh: $PYTHON not found; run scripts/setup.sh first" >&2; exit 1; }
"$PYTHON" -c 'import PyInstaller' 2>/dev/null || { echo "build.sh: PyInstaller is not installed in $PYTHON (pip install -e '.[dev]')" >&2; exit 1; }

version="$(sed -n 's/^__version__ *= *"\(.*\)"/\1/p' cxrviewer/__init__.py)"
arch="$(uname -m)"
case "${CXRVIEWER_WITH_TF:-0}" in
  1|yes|true) variant=full; suffix="-full"; distpath=dist/full ;;
  *) variant=lean; suffix=""; distpath=dist ;;
esac
if [ "$variant" = full ]; then CXRVIEWER_WITH_TF=1; else CXRVIEWER_WITH_TF=0; fi
export CXRVIEWER_WITH_TF
workpath="build/pyinstaller-$variant"
bundle="$distpath/cxrviewer"
stamp="$workpath/bundle.stamp"
name="cxrviewer-$version-linux-$arch$suffix"
tarball="dist/$name.tar.gz"

newer_inputs() {  # prints source files changed since $1 was written
  find cxrviewer models assets packaging/entry_*.py build.spec pyproject.toml -type f -newer "$1" \
    ! -path '*/__pycache__/*' ! -name '*.pyc' 2>/dev/null | head -n 3
}

if [ "$force" = 0 ] && [ -f "$stamp" ] && [ -x "$bundle/cxrviewer-cli" ] && [ -z "$(newer_inputs "$stamp")" ]; then
  echo "== bundle $bundle is up to date (built $(date -r "$stamp" '+%F %T'); --force rebuilds)"
else
  echo "== PyInstaller ($variant): $bundle"
  started=$(date +%s)
  mkdir -p "$workpath"
  rm -f "$stamp"
  touch "$stamp.new"   # the time the sources were read: a file changed during the build makes the next one rebuild
  "$PYTHON" -m PyInstaller --noconfirm --log-level WARN --workpath "$workpath" --distpath "$distpath" build.spec
  "$bundle/cxrviewer-cli" --version >/dev/null
  mv "$stamp.new" "$stamp"
  echo "== built in $(( $(date +%s) - started )) s: $(du -sh "$bundle" | cut -f1) in $bundle"
fi

[ "$target" = dist ] || exit 0

if [ "$force" = 0 ] && [ -f "$tarball" ] && [ "$tarball" -nt "$stamp" ] \
   && [ -z "$(find packaging -type f -newer "$tarball" | head -n 1)" ]; then
  echo "== $tarball is up to date"
  exit 0
fi

echo "== tarball: $tarball"
stage="build/stage-$variant"
rm -rf "$stage"
mkdir -p "$stage/$name"
cp -al "$bundle" "$stage/$name/cxrviewer" 2>/dev/null || cp -a "$bundle" "$stage/$name/cxrviewer"
install -m 0755 packaging/install.sh packaging/uninstall.sh "$stage/$name/"
install -m 0644 packaging/cxrviewer.desktop.in packaging/README-IT.md "$stage/$name/"
install -m 0644 assets/icon.png "$stage/$name/cxrviewer.png"
printf '%s\n' "$version" > "$stage/$name/VERSION"
printf 'cxrviewer %s, %s build (%s), built %s on %s with glibc %s\n' "$version" "$variant" \
  "$([ "$variant" = full ] && echo 'cxrviewer-cli train included' || echo 'no TensorFlow: cxrviewer-cli train not included')" \
  "$(date -u '+%F %T UTC')" "$(. /etc/os-release 2>/dev/null; echo "${PRETTY_NAME:-$(uname -s)}")" \
  "$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')" > "$stage/$name/BUILD-INFO"
mkdir -p dist
compress="gzip -6"
command -v pigz >/dev/null 2>&1 && compress="pigz -6"
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$stage" -cf - "$name" | $compress > "$tarball.part"
mv "$tarball.part" "$tarball"
(cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
rm -rf "$stage"
echo "== $(du -h "$tarball" | cut -f1) $tarball"
