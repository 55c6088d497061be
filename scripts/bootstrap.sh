#!/usr/bin/env bash
# Sets up everything the project needs on a fresh machine: a virtual environment with the
# package and its test tools, and the system packages (a Java runtime for the HermiT reasoner).
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

apt_packages=()
command -v java >/dev/null 2>&1 || apt_packages+=(default-jre-headless)
if [ ${#apt_packages[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_packages[@]}"
fi

# Graphviz, rsvg-convert and fonts with å ä ö for the diagrams (Debian packages).
./scripts/install_diagram_tools.sh
