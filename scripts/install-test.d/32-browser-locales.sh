# Chromium's own controls in Finnish and Swedish: without Debian's chromium-l10n the browser has
# only en-US.pak, so a file field says "Choose File" and a date field reads mm/dd/yyyy whatever
# --lang the tests and scripts/take_screenshots.py start it with.
# Sourced by scripts/bootstrap_test.sh (which defines apt_install); only installs what is missing.

apt_install $(missing_packages chromium-l10n)
