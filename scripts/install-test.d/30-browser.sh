# Installs the browser the web tests drive (tests/browser/): Debian's Chromium, used by
# Playwright for Python through executable_path=/usr/bin/chromium (`playwright install`, which
# downloads its own browser, is never run), and chromium-driver for Selenium users.
# Sourced by scripts/bootstrap_test.sh (which defines apt_install); only installs what is missing.

apt_install $(missing_packages chromium chromium-driver)
