#!/usr/bin/env bash
# Remove cxrviewer: exactly what install.sh put there (listed in install-manifest.txt), nothing else.
#
#   ~/.local/share/cxrviewer/program/uninstall.sh      an installation for the current user
#   sudo /opt/cxrviewer/uninstall.sh                   the installation for every user
#   ./uninstall.sh [--system | --prefix DIR]           the same, run from the unpacked download
#   --purge        ALSO delete the current user's cxrviewer data: screening results, added models,
#                  settings, logs (asks first; --yes answers for you). Other users' data is never touched.
#
# Without --purge, results (results.sqlite), models the administrator added, settings and logs stay,
# so a later installation finds them again.
set -euo pipefail

main() {
  local here mode=auto prefix="" purge=0 yes=0 appdir manifest
  here="$(cd "$(dirname "$0")" && pwd)"
  while [ $# -gt 0 ]; do
    case "$1" in
      --system) mode=system ;;
      --prefix) [ $# -ge 2 ] || { echo "uninstall.sh: --prefix needs a folder" >&2; exit 2; }; mode=prefix; prefix="$2"; shift ;;
      --prefix=*) mode=prefix; prefix="${1#--prefix=}" ;;
      --user) mode=user ;;
      --purge) purge=1 ;;
      --yes|-y) yes=1 ;;
      -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
      *) echo "uninstall.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
  done

  if [ "$mode" = auto ] && [ -f "$here/install-manifest.txt" ]; then
    appdir="$here"                       # run from the installed program folder
  else
    case "$mode" in
      system) appdir=/opt/cxrviewer ;;
      prefix) appdir="$(cd "$prefix" 2>/dev/null && pwd)/share/cxrviewer/program" ;;
      *) appdir="${HOME:?HOME is not set}/.local/share/cxrviewer/program" ;;
    esac
  fi
  manifest="$appdir/install-manifest.txt"
  if [ ! -f "$manifest" ]; then
    echo "uninstall.sh: no cxrviewer installation found at $appdir (no install-manifest.txt)" >&2
    [ "$purge" = 1 ] && purge_user_data "$yes"
    exit 1
  fi
  if [ ! -w "$(dirname "$appdir")" ]; then
    echo "uninstall.sh: no permission to remove $appdir$([ "$appdir" = /opt/cxrviewer ] && echo '; run it as root')" >&2
    exit 1
  fi

  local kind path menus=() caches=() dirs=()
  while read -r kind path; do
    case "$kind" in
      link) if [ -L "$path" ] && [[ "$(readlink "$path")" == "$appdir"/* ]]; then rm -f "$path"; fi ;;
      file) rm -f "$path" ;;
      menu) menus+=("$path") ;;
      cache) caches+=("$path") ;;
      mkdir) dirs=("$path" "${dirs[@]}") ;;   # deepest first
    esac
  done < <(grep -v '^#' "$manifest")

  # the program folder; only the one this manifest describes
  if grep -qxF "dir $appdir" "$manifest"; then
    rm -rf -- "$appdir"
  fi
  local dir cache
  for dir in "${menus[@]}"; do
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$dir" 2>/dev/null || true; fi
  done
  for cache in "${caches[@]}"; do   # a menu cache install.sh caused, once no menu entry is left beside it
    compgen -G "$(dirname "$cache")/*.desktop" >/dev/null || rm -f "$cache"
  done
  for dir in "${dirs[@]}"; do       # folders install.sh created, when nothing else is in them
    rmdir "$dir" 2>/dev/null || true
  done
  echo "cxrviewer removed from $appdir"

  if [ "$purge" = 1 ]; then
    purge_user_data "$yes"
  else
    echo "kept: your screening results, added models, settings and logs (remove them with --purge)"
  fi
}

purge_user_data() {  # the folders platformdirs gives cxrviewer on Linux, for the user running this
  local yes="$1" answer dirs=() dir
  for dir in "${XDG_DATA_HOME:-$HOME/.local/share}/cxrviewer" "${XDG_CONFIG_HOME:-$HOME/.config}/cxrviewer" \
             "${XDG_CACHE_HOME:-$HOME/.cache}/cxrviewer" "${XDG_STATE_HOME:-$HOME/.local/state}/cxrviewer"; do
    [ -e "$dir" ] && dirs+=("$dir")
  done
  if [ ${#dirs[@]} -eq 0 ]; then
    echo "no cxrviewer data of user $(id -un) found"
    return 0
  fi
  if [ "$yes" != 1 ]; then
    printf 'Delete these folders with all screening results, models and settings of user %s?\n' "$(id -un)"
    printf '  %s\n' "${dirs[@]}"
    read -r -p "Type 'delete' to confirm: " answer || answer=""
    [ "$answer" = delete ] || { echo "nothing deleted"; return 0; }
  fi
  rm -rf -- "${dirs[@]}"
  echo "deleted: ${dirs[*]}"
}

main "$@"
exit $?
