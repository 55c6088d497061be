# A Java runtime for the HermiT reasoner (owlready2 runs it as `java`), from Debian's packages.
command -v java >/dev/null 2>&1 || apt_install default-jre-headless
