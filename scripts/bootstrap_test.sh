#!/usr/bin/env bash
# What the test suite needs beyond the service (browsers, SPARQL servers to test against,
# document converters): the scripts in scripts/install-test.d/, sourced in name order after
# scripts/bootstrap.sh. Each installs only what is missing. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
source scripts/lib.sh

shopt -s nullglob
for script in scripts/install-test.d/*.sh; do
    source "$script"
done
