# Installs what search needs to understand Finnish (kg_service/search/morphology.py): the Voikko
# library and its Finnish dictionary from Debian. Both are needed: libvoikko1 does not pull the
# dictionary. The PyPI `libvoikko` binding (in pyproject.toml) loads the system libvoikko.so.1.
# Sourced by scripts/bootstrap.sh (which defines apt_install); only installs what is missing.

apt_install $(missing_packages libvoikko1 voikko-fi)
