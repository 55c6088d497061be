# What the Word and PDF documents (kg draw annex, /api/documents/annex, --format pdf) need at run
# time, from Debian's packages: Pango and HarfBuzz's subsetter for WeasyPrint (PDF layout and font
# embedding). python-docx and WeasyPrint themselves come from PyPI (pyproject.toml).
# Sourced by scripts/bootstrap.sh (which defines apt_install); only installs what is missing.

apt_install $(missing_packages libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0)
