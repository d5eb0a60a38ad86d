#!/usr/bin/env bash
# Installs the Debian packages the program and its tests need, only those missing.
# Runs as root on Debian 12; elsewhere it says what to install and carries on.
set -euo pipefail
packages=(
  # offscreen Qt
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
  # a real window under Xvfb
  xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
  # the real spreadsheet client the exchange tests open files with, and a Times metric font
  libreoffice-calc-nogui fonts-liberation poppler-utils
)
# A bare Debian python3 cannot make a venv without python3-venv.
python3 -c "import ensurepip, venv" 2>/dev/null || packages+=(python3-venv python3-pip)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "Missing system packages (install them as root): ${missing[*]}" >&2
  exit 0
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
