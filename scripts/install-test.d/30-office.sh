# What the document tests need, from Debian's packages: LibreOffice Writer without a GUI (opens
# each Word annex the way a user's office suite would and converts it to PDF), Poppler's
# pdftotext / pdfinfo / pdftoppm (read and picture the PDFs), and the Carlito and Caladea fonts
# (metric-compatible with Word's Calibri and Cambria, so pages break as in Word).
# Sourced by scripts/bootstrap_test.sh (which defines apt_install); only installs what is missing.

apt_install $(missing_packages libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito fonts-crosextra-caladea)
