# Apache Jena's query engine ARQ (Debian's libapache-jena-java) and a Java runtime: the
# conformance test runs every stored query through ARQ and compares with the embedded store, and
# tests/test_turtle_engines.py parses every Turtle file with Jena's RIOT.
apt_install $(missing_packages libapache-jena-java)
command -v java >/dev/null 2>&1 || apt_install default-jre-headless
# The conformance test starts its runner (tests/jena/ArqBatch.java) with Java's source launcher,
# which needs the compiler module of a JDK.
command -v javac >/dev/null 2>&1 || apt_install default-jdk-headless
