#!/usr/bin/env bash
# Sets up everything the service needs on a fresh machine: a virtual environment with the
# package, then the system packages named by the scripts in scripts/install.d/ (one file per
# need, sourced in name order; each installs only what is missing). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

for script in scripts/install.d/*.sh; do
    source "$script"
done
