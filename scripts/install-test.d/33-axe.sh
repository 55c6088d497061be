# Fetches axe-core (npm, MPL-2.0), which the accessibility tests inject into every page kind
# (tests/browser/), into tests/browser/vendor/ at a pinned version. It is not tracked in git: the
# minified file is third-party code, and its numeric constants read as phone numbers to the
# repository's personal-data scan. Sourced by scripts/bootstrap_test.sh; only fetches when missing.

AXE_VERSION=4.14.1
AXE_FILE=tests/browser/vendor/axe.min.js
if ! head -c 40 "$AXE_FILE" 2>/dev/null | grep -q "axe v$AXE_VERSION"; then
    command -v npm >/dev/null || apt_install npm
    axe_scratch=$(mktemp -d)
    (cd "$axe_scratch" && npm pack --silent "axe-core@$AXE_VERSION" >/dev/null)
    tar -xzf "$axe_scratch"/axe-core-"$AXE_VERSION".tgz -C "$axe_scratch"
    cp "$axe_scratch/package/axe.min.js" "$AXE_FILE"
    rm -rf "$axe_scratch"
fi
