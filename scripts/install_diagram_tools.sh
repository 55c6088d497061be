#!/usr/bin/env bash
# Installs what the diagrams (kg draw, /api/diagrams) need to render, from Debian's packages:
# Graphviz (`dot`: role and dependency diagrams as SVG and PNG), rsvg-convert (PNG of the
# hand-drawn SVG diagrams: RACI matrix, swimlane, annual clock) and the DejaVu fonts (å ä ö,
# and the font the SVGs name first, so text measured for layout fits when rendered).
# Safe to run again: it only installs what is missing.
set -euo pipefail

apt_packages=()
command -v dot >/dev/null 2>&1 || apt_packages+=(graphviz)
command -v rsvg-convert >/dev/null 2>&1 || apt_packages+=(librsvg2-bin)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || apt_packages+=(fonts-dejavu-core)
if [ ${#apt_packages[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_packages[@]}"
fi
