#!/usr/bin/env bash
# Install cxrviewer from this unpacked folder. No network, no Python needed: the program is self-contained.
#
#   ./install.sh                 for the current user (no root needed):
#                                  program   ~/.local/share/cxrviewer/program/
#                                  commands  ~/.local/bin/cxrviewer, ~/.local/bin/cxrviewer-cli (links)
#                                  menu      ~/.local/share/applications/cxrviewer.desktop
#                                  icon      ~/.local/share/icons/hicolor/256x256/apps/cxrviewer.png
#   sudo ./install.sh --system   for every user of this machine:
#                                  /opt/cxrviewer/, /usr/local/bin/, /usr/share/applications/,
#                                  /usr/share/icons/hicolor/
#   ./install.sh --prefix DIR    the per-user layout with DIR in place of ~/.local (tests, unusual setups)
#   --passphrase-file FILE       the administrator passphrase, from the first line of FILE (unattended
#                                installation; otherwise it is asked for, twice, hidden)
#   --no-selftest                skip checking the installed model (cxrviewer-cli selftest)
#   --no-menu                    no menu entry and icon (servers; the commands are still linked)
#
# The administrator passphrase (asked for before anyone can change the screening model) is set here, not
# in the viewer: --system requires it and stores its hash for every user in /etc/opt/cxrviewer/admin.json
# (root's, readable by all, changeable only by root); a per-user installation stores it in that user's
# ~/.config/cxrviewer/ (without a terminal or --passphrase-file it is left unset: administration stays
# closed until `cxrviewer-cli set-passphrase` is run). An installation that finds one already set keeps it,
# unless --passphrase-file gives a new one.
#
# Installing again replaces the program (upgrade) and keeps every user's results, models and settings,
# which live elsewhere (~/.local/share/cxrviewer/*.sqlite, models/; ~/.config/cxrviewer). What was
# installed is listed in <program folder>/install-manifest.txt; uninstall.sh removes exactly that.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
mode=user
prefix=""
selftest=1
menu=1
passfile=""
while [ $# -gt 0 ]; do
  case "$1" in
    --system) mode=system ;;
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }; mode=prefix; prefix="$2"; shift ;;
    --prefix=*) mode=prefix; prefix="${1#--prefix=}" ;;
    --passphrase-file) [ $# -ge 2 ] || { echo "install.sh: --passphrase-file needs a file" >&2; exit 2; }; passfile="$2"; shift ;;
    --passphrase-file=*) passfile="${1#--passphrase-file=}" ;;
    --no-selftest) selftest=0 ;;
    --no-menu) menu=0 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
  shift
done

if [ -n "$passfile" ] && { [ ! -f "$passfile" ] || [ ! -r "$passfile" ]; }; then
  echo "install.sh: cannot read the passphrase file $passfile" >&2
  exit 2
fi

case "$mode" in
  user)
    base="${HOME:?HOME is not set}/.local"
    appdir="$base/share/cxrviewer/program"; bindir="$base/bin"
    desktopdir="$base/share/applications"; icondir="$base/share/icons/hicolor" ;;
  prefix)
    mkdir -p "$prefix"; base="$(cd "$prefix" && pwd)"
    appdir="$base/share/cxrviewer/program"; bindir="$base/bin"
    desktopdir="$base/share/applications"; icondir="$base/share/icons/hicolor" ;;
  system)
    [ "$(id -u)" -eq 0 ] || { echo "install.sh --system must run as root (sudo ./install.sh --system)" >&2; exit 1; }
    appdir="/opt/cxrviewer"; bindir="/usr/local/bin"
    desktopdir="/usr/share/applications"; icondir="/usr/share/icons/hicolor" ;;
esac

src="$HERE/cxrviewer"
[ -x "$src/cxrviewer" ] && [ -x "$src/cxrviewer-cli" ] && [ -d "$src/_internal" ] \
  || { echo "install.sh: $src does not hold the program; run install.sh from the unpacked cxrviewer folder" >&2; exit 1; }
version="$(cat "$HERE/VERSION" 2>/dev/null || echo unknown)"

# ---- checks that tell IT what is missing before anyone double-clicks an icon ----------------
[ "$(uname -s)" = Linux ] || { echo "install.sh: this build is for Linux" >&2; exit 1; }
[ "$(uname -m)" = x86_64 ] || echo "warning: this build is for x86_64; this machine is $(uname -m)" >&2
glibc="$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')"
if [ -n "$glibc" ] && [ "$(printf '%s\n2.36\n' "$glibc" | sort -V | head -n 1)" != 2.36 ]; then
  echo "install.sh: this build needs glibc 2.36 or newer (Debian 12, Ubuntu 24.04, Fedora 37, RHEL 10 or newer); found $glibc" >&2
  exit 1
fi
# system libraries the window needs and the bundle does not carry (glibc, OpenGL/EGL, libxcb):
# ask the dynamic linker, as the program would, with the bundled folders searched first
internal="$src/_internal"
missing=""
if command -v ldd >/dev/null 2>&1; then
  missing="$(for f in "$internal/PySide6/Qt/plugins/platforms/libqxcb.so" "$internal"/PySide6/QtWidgets.abi3.so; do
               [ -f "$f" ] && LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" ldd "$f" 2>/dev/null
             done | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')"
fi
if [ -n "$missing" ]; then
  echo "warning: the viewer window needs system libraries that were not found: $missing" >&2
  echo "         on Debian/Ubuntu: apt-get install libgl1 libegl1 libxcb1 libfontconfig1 fonts-dejavu-core" >&2
  echo "         (the command-line tools work without them)" >&2
fi

created_dirs=()
make_dir() {  # mkdir -p that remembers which folders it created (uninstall.sh removes them when empty)
  local dir="$1" missing=()
  while [ ! -d "$dir" ]; do missing=("$dir" "${missing[@]}"); dir="$(dirname "$dir")"; done
  for dir in "${missing[@]}"; do mkdir "$dir"; created_dirs+=("$dir"); done
}

# ---- the administrator passphrase: set now, by whoever installs, never by the first user who -----
# ---- opens Tools > Administration. The unpacked program sets it, so a refused passphrase (too short)
# ---- stops the installation before anything is installed. It goes to the program on stdin or as a
# ---- file name, never on a command line (which every user can read in the process list).
SYSTEM_CONFIG_DIR=/etc/opt/cxrviewer   # where the program looks (cxrviewer/core/admin/auth.py SYSTEM_CONFIG_DIR)
cli_home=""
if [ "$mode" = system ]; then   # root's own cxrviewer folders get nothing (log, audit): a throw-away home
  cli_home="$(mktemp -d)"
  trap 'rm -rf "$cli_home"' EXIT
fi
passphrase_cli() {  # cxrviewer-cli set-passphrase ARGS..., for every user (--system) or for this user
  if [ "$mode" = system ]; then
    CXRVIEWER_HOME="$cli_home" "$src/cxrviewer-cli" set-passphrase --system-dir "$SYSTEM_CONFIG_DIR" "$@"
  else
    "$src/cxrviewer-cli" set-passphrase "$@"
  fi
}
ask_passphrase() {  # twice, hidden; returns 1 when a per-user installation leaves it for later
  local first second out tries=0
  echo "Administrator passphrase: asked for before anyone can change the screening model (Tools > Administration)."
  echo "At least 8 characters. Keep it somewhere safe: it cannot be recovered, only replaced by IT."
  [ "$mode" = system ] || echo "(Press Enter without typing to set it later with: cxrviewer-cli set-passphrase)"
  while [ "$tries" -lt 3 ]; do
    tries=$((tries + 1))
    IFS= read -r -s -p "Administrator passphrase: " first || first=""; echo >&2
    if [ -z "$first" ] && [ "$mode" != system ]; then return 1; fi
    IFS= read -r -s -p "Type it again: " second || second=""; echo >&2
    if [ "$first" != "$second" ]; then echo "The two passphrases are not the same. Try again." >&2; continue; fi
    if out="$(printf '%s\n' "$first" | passphrase_cli 2>&1)"; then return 0; fi
    echo "${out#error: }" >&2
  done
  echo "install.sh: no administrator passphrase was set; nothing was installed" >&2
  exit 2
}
if [ "$mode" = system ]; then whose="for every user: $SYSTEM_CONFIG_DIR/admin.json"; else whose="for user $(id -un)"; fi
passphrase_note=""
if [ "$mode" != system ] && [ -f "$SYSTEM_CONFIG_DIR/admin.json" ]; then
  passphrase_note="administrator passphrase: the one set for every user of this computer applies ($SYSTEM_CONFIG_DIR/admin.json)"
  [ -z "$passfile" ] || echo "warning: --passphrase-file not used: this computer's passphrase for every user applies" >&2
elif [ -n "$passfile" ]; then
  replace=()
  if passphrase_cli --check >/dev/null 2>&1; then replace=(--replace); fi
  [ "$mode" != system ] || make_dir "$SYSTEM_CONFIG_DIR"
  if ! out="$(passphrase_cli --file "$passfile" ${replace[@]+"${replace[@]}"} 2>&1)"; then
    echo "${out#error: }" >&2
    echo "install.sh: the administrator passphrase in $passfile was refused (above); nothing was installed" >&2
    exit 2
  fi
  passphrase_note="administrator passphrase set from $passfile ($whose)${replace[*]:+; it replaces the earlier one}"
elif passphrase_cli --check >/dev/null 2>&1; then
  passphrase_note="administrator passphrase: kept, as set at an earlier installation ($whose)"
elif [ -t 0 ]; then
  [ "$mode" != system ] || make_dir "$SYSTEM_CONFIG_DIR"
  if ask_passphrase; then passphrase_note="administrator passphrase set ($whose)"; fi
elif [ "$mode" = system ]; then
  echo "install.sh --system needs the administrator passphrase: run it in a terminal, or pass --passphrase-file FILE" >&2
  exit 2
fi

# ---- the program: copy beside, then swap, so a failed copy never leaves half a program -------
make_dir "$(dirname "$appdir")"
new="$appdir.new.$$"
old="$appdir.old.$$"
rm -rf "$new"
cp -a "$src" "$new"
install -m 0755 "$HERE/uninstall.sh" "$new/uninstall.sh"
cp "$HERE/VERSION" "$new/VERSION" 2>/dev/null || true
cp "$HERE/README-IT.md" "$new/README-IT.md" 2>/dev/null || true
previous=""   # an upgrade keeps the earlier installation's record of folders and caches it created
if [ -e "$appdir" ]; then
  if [ -f "$appdir/install-manifest.txt" ]; then
    previous="$(grep -E '^(mkdir|cache) ' "$appdir/install-manifest.txt" || true)"
    mv "$appdir" "$old"
  else
    rm -rf "$new"
    echo "install.sh: $appdir exists but was not installed by install.sh; move it away first" >&2
    exit 1
  fi
fi
mv "$new" "$appdir"
rm -rf "$old"
chmod -R u+rwX,go+rX,go-w "$appdir"

manifest="$appdir/install-manifest.txt"
{
  echo "# cxrviewer $version installed $(date -u '+%F %T UTC') ($mode); uninstall.sh removes these"
  echo "dir $appdir"
} > "$manifest"

if [ "$mode" = system ] && [ -f "$SYSTEM_CONFIG_DIR/admin.json" ]; then
  echo "file $SYSTEM_CONFIG_DIR/admin.json" >> "$manifest"   # uninstall.sh removes it with the program
fi

link() {  # link TARGET NAME: a symlink, never replacing a file that is not ours
  local target="$1" name="$2"
  if [ -e "$name" ] && [ ! -L "$name" ]; then
    echo "warning: $name exists and is not a link; not replaced (the program is in $appdir)" >&2
    return
  fi
  ln -sfn "$target" "$name"
  echo "link $name" >> "$manifest"
}
make_dir "$bindir"
link "$appdir/cxrviewer" "$bindir/cxrviewer"
link "$appdir/cxrviewer-cli" "$bindir/cxrviewer-cli"

if [ "$menu" = 1 ]; then
  make_dir "$desktopdir"
  make_dir "$icondir/256x256/apps"
  [ -e "$desktopdir/mimeinfo.cache" ] || echo "cache $desktopdir/mimeinfo.cache" >> "$manifest"
  install -m 0644 "$HERE/cxrviewer.png" "$icondir/256x256/apps/cxrviewer.png"
  echo "file $icondir/256x256/apps/cxrviewer.png" >> "$manifest"
  sed -e "s|@APPDIR@|$appdir|g" -e "s|@VERSION@|$version|g" "$HERE/cxrviewer.desktop.in" > "$desktopdir/cxrviewer.desktop"
  chmod 0644 "$desktopdir/cxrviewer.desktop"
  echo "file $desktopdir/cxrviewer.desktop" >> "$manifest"
  # refresh the menu and the "Open with" list for PNG/JPEG; harmless when the tools are absent
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$desktopdir" 2>/dev/null || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icondir/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$icondir" 2>/dev/null || true
  fi
  echo "menu $desktopdir" >> "$manifest"
fi
if [ ${#created_dirs[@]} -gt 0 ]; then printf 'mkdir %s\n' "${created_dirs[@]}" >> "$manifest"; fi
if [ -n "$previous" ]; then
  { grep -v '^#' "$manifest"; echo "$previous"; } | awk '!seen[$0]++' > "$manifest.tmp"
  { head -n 1 "$manifest"; cat "$manifest.tmp"; } > "$manifest.new"
  mv "$manifest.new" "$manifest"; rm -f "$manifest.tmp"
fi

if [ "$selftest" = 1 ]; then
  # checks the model's checksum and scores a generated image; a throw-away home so nothing is written
  # into the installing user's folders
  scratch="$(mktemp -d)"
  if CXRVIEWER_HOME="$scratch" "$appdir/cxrviewer-cli" selftest >"$scratch/selftest.txt" 2>&1; then
    echo "self-test passed: $(grep -m 1 '^model ' "$scratch/selftest.txt" || true)"
  else
    cat "$scratch/selftest.txt" >&2
    rm -rf "$scratch"
    echo "install.sh: the installed program failed its self-test (output above); it is installed in $appdir" >&2
    exit 1
  fi
  rm -rf "$scratch"
fi

echo "cxrviewer $version installed in $appdir"
if [ -n "$passphrase_note" ]; then
  echo "$passphrase_note"
else
  echo "warning: no administrator passphrase is set, so Tools > Administration stays closed; set it with:" >&2
  echo "         $appdir/cxrviewer-cli set-passphrase" >&2
fi
case ":$PATH:" in
  *":$bindir:"*) echo "start it from the menu, or run: cxrviewer   (command line: cxrviewer-cli --help)" ;;
  *) echo "start it from the menu, or run: $bindir/cxrviewer   ($bindir is not on PATH)" ;;
esac
echo "uninstall: $appdir/uninstall.sh$([ "$mode" = system ] && echo ' (as root)')"
