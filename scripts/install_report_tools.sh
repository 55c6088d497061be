#!/bin/sh
# Headless Chromium, to render the coherence report (kg check --format html) to PNG and look at it:
#   chromium --headless --no-sandbox --disable-gpu --window-size=1200,2400 \
#            --screenshot=report.png file://$PWD/report.html
# Debian's package; idempotent. Needs root (or sudo) for apt-get.
set -eu

if command -v chromium >/dev/null 2>&1; then
    echo "chromium is installed: $(command -v chromium)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium fonts-dejavu-core
command -v chromium
