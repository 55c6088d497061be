"""Apache Jena from Debian's libapache-jena-java, for the tests that run it (ARQ conformance, the
Turtle parse). Installed by scripts/install-test.d/31-jena.sh.

Debian's jena-core moves its bundled Xerces to the package `xerces` but leaves the message files
under their old path, so Xerces fails at start ("internal error"); `class_path` puts copies at the
path it looks for. Debian's own `riot` and `arq` scripts lack libthrift on their class path, so the
tests start their small Java runners (in this folder) with Java's source launcher instead.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

JAVA_DIR = Path("/usr/share/java")
JARS = [
    "jena-arq",
    "jena-base",
    "jena-core",
    "jena-iri",
    "commons-cli",
    "commons-codec",
    "commons-compress",
    "commons-csv",
    "commons-io",
    "commons-lang3",
    "gson",
    "guava",
    "httpclient",
    "httpcore",
    "jackson-annotations",
    "jackson-core",
    "jackson-databind",
    "jsonld-java",
    "slf4j-api",
    "slf4j-nop",
    "titanium-json-ld",
    "jakarta.json-api",
    "dexx.collection",
    "thrift",
    "protobuf",
]
MOVED_MESSAGES = {
    "org/apache/jena/ext/xerces/impl/msg/": "xerces/impl/msg/",
    "org/apache/jena/ext/xerces/impl/xpath/regex/": "xerces/impl/xpath/regex/",
}
RUNNERS = Path(__file__).resolve().parent


def require_jena() -> None:
    """Fail (not skip) when Java or Jena is missing: the tests need them, make setup-test installs them."""
    if not shutil.which("java") or not (JAVA_DIR / "jena-arq.jar").exists():
        raise RuntimeError("Jena is not installed (Debian libapache-jena-java; make setup-test)")


def class_path(messages: Path) -> str:
    """The Jena jars, their dependencies and the Xerces message files at the path Xerces reads."""
    with zipfile.ZipFile(JAVA_DIR / "jena-core.jar") as jar:
        for name in jar.namelist():
            for old, new in MOVED_MESSAGES.items():
                if name.startswith(old) and name.endswith(".properties"):
                    target = messages / new / name[len(old) :]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(jar.read(name))
    return ":".join([*(str(JAVA_DIR / f"{jar}.jar") for jar in JARS), str(messages)])
