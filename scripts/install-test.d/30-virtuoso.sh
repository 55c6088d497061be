# Virtuoso Open Source (Debian's virtuoso-opensource: `virtuoso-t` and `isql-vt`), the second
# SPARQL server of the test suite's engine matrix (tests/servers.py starts it on loopback with a
# temporary database and loads it with scripts/load-virtuoso.sh, the README's recipe).
apt_install $(missing_packages virtuoso-opensource)
