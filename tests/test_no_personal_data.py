"""No personal contact data in the repository: every tracked file is scanned for e-mail addresses
and phone numbers, and only the short list of obviously fictitious values below may appear.

Why a scan of files and not only the SHACL shape: the shape sees the graph, but fixtures, docs,
examples, diagrams and generated reports are files too, and a real phone number in any of them is
a leak (issue 8 found one in a shape fixture). Office documents (DOCX, XLSX) are zip archives:
their XML parts are scanned as well.
"""

from __future__ import annotations

import re
import subprocess
import zipfile

from tests.conftest import REPO

# The allow-list: addresses at a reserved example domain (example.fi, example.org, ...; RFC 2606)
# and the mobile numbers 040 000 0000 and 050 000 0000 in national or international form.
FICTITIOUS_EMAIL_DOMAIN = re.compile(r"(^|\.)example\.[a-z]+$")
FICTITIOUS_PHONE_DIGITS = {"400000000", "500000000"}  # after +358 / 0

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")
# Finnish numbers: +358 or 00358 then an area/operator code, or a national 0-prefixed number,
# with optional spaces or hyphens between the groups.
PHONE = re.compile(
    r"(?<![\w.+/-])(?:(?:\+|00)358[ -]?\(?0?\)?[1-9][0-9]{0,2}|0[1-9][0-9]{0,2})"
    r"[ -]?[0-9]{3}[ -]?[0-9]{3,4}(?![\w.-])"
)
ZIPPED = (".docx", ".xlsx", ".odt", ".ods")
SKIPPED = (".png", ".jpg", ".jpeg", ".gif", ".ico", ".woff", ".woff2", ".ttf", ".otf", ".pdf", ".gz", ".zip")


def _texts(relative: str) -> list[str]:
    """The text of a tracked file (the XML parts of an office document); [] for other binaries."""
    path = REPO / relative
    if not path.is_file() or relative.lower().endswith(SKIPPED):
        return []
    if relative.lower().endswith(ZIPPED):
        with zipfile.ZipFile(path) as archive:
            return [
                archive.read(name).decode("utf-8", "replace")
                for name in archive.namelist()
                if name.endswith((".xml", ".rels"))
            ]
    data = path.read_bytes()
    return [] if b"\0" in data[:8192] else [data.decode("utf-8", "replace")]


def _tracked_files() -> list[str]:
    listing = subprocess.run(
        ["git", "ls-files", "-z"],
        cwd=REPO,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return [name for name in listing.stdout.decode("utf-8").split("\0") if name]


def contact_data(text: str) -> list[str]:
    """E-mail addresses and phone numbers in a text that are not on the fictitious list."""
    found = [
        m.group(0) for m in EMAIL.finditer(text) if not FICTITIOUS_EMAIL_DOMAIN.search(m.group(1).lower())
    ]
    for match in PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if digits == match.group(0) and len(digits) < 9:
            continue  # eight digits in a row are a date or a code (01012026), not a Finnish number
        national = re.sub(r"^(00358|358)0?|^0", "", digits)
        if national not in FICTITIOUS_PHONE_DIGITS:
            found.append(match.group(0))
    return found


def test_the_scanner_finds_real_looking_contact_data_and_allows_the_fictitious() -> None:
    # The real-looking values are assembled here so that this file itself passes the scan.
    real = ["maija.m" + "@" + "gov.fi", "+358 29 " + "502 9999", "0295 " + "029 999", "050 " + "123 4567"]
    allowed = "+358 40 000 0000, 040 000 0000, neuvonta@example.fi, 050-000 0000, query@example.rq"
    other = "14 milj. euroa, 1.1.2025, Q3 /2023 – Q2 / 2024, 380/2023, 2022 - 2027, 0.123 456, 01012026"
    assert contact_data(" ".join(real) + "; " + allowed + "; " + other) == real


def test_no_tracked_file_holds_a_real_looking_e_mail_address_or_phone_number() -> None:
    files = _tracked_files()
    assert len(files) > 100  # the scan really saw the repository
    offenders = [
        f"{relative}: {value}"
        for relative in files
        for text in _texts(relative)
        for value in contact_data(text)
    ]
    assert offenders == []
