#!/usr/bin/env bash
# Installs everything receipts needs to build and test, from Debian's packages only.
set -euo pipefail
pkgs=(build-essential meson ninja-build pkg-config
      libsqlite3-dev libsodium-dev libutf8proc-dev libjansson-dev
      libxml2-dev libpoppler-glib-dev libstemmer-dev
      clang libxapian-dev
      sqlite3 python3)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi
