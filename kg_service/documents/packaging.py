"""Office files (DOCX, XLSX) are zip archives that record the time each part was written; the
same content should give the same bytes, so the parts are rewritten with one fixed time."""

from __future__ import annotations

import io
import zipfile

ZIP_TIME = (2000, 1, 1, 0, 0, 0)


def fixed_zip_times(archive: bytes) -> bytes:
    """``archive`` with every entry's time set to ZIP_TIME, in the same order and compression."""
    fixed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as source, zipfile.ZipFile(fixed, "w") as target:
        for name in source.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(name))
    return fixed.getvalue()
