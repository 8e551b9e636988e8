#!/usr/bin/env bash
# Installs everything receipts needs to build and test, from Debian's packages only.
# (The browser tests also take playwright-core from the npm registry: tests/browser/.)
set -euo pipefail
pkgs=(build-essential meson ninja-build pkg-config
      libsqlite3-dev libsodium-dev libutf8proc-dev libjansson-dev libmicrohttpd-dev
      libxml2-dev libpoppler-glib-dev libstemmer-dev
      clang libxapian-dev
      sqlite3 python3 curl chromium)
# node and npm drive the browser tests; Debian's are used only when none is installed
command -v node >/dev/null 2>&1 || pkgs+=(nodejs)
command -v npm >/dev/null 2>&1 || pkgs+=(npm)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi
