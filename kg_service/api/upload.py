"""A draft sent as `multipart/form-data` (a browser's file upload): read bounded, then parsed.

The body is read chunk by chunk and refused past its limit before any parsing, so a huge or
endless upload costs no more than the limit; then the form is parsed from the bytes in memory.
The draft is the file in the field `draft`; its type comes from the part's Content-Type, else
from the file name's extension. Other fields (`at`, `lang`, ...) come back as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from fastapi import Request
from starlette.datastructures import UploadFile

FORM_OVERHEAD = 64_000
"""Room for the multipart boundaries and the small text fields beside the file."""
EXTENSIONS = {".ttl": "turtle", ".jsonld": "jsonld", ".json": "jsonld", ".csv": "csv", ".xlsx": "xlsx"}


class UploadError(ValueError):
    """An upload the service cannot take: too large (413), no draft (422), unknown type (415)."""

    def __init__(self, status: int, key: str, parameter: str, **values: object) -> None:
        super().__init__(key)
        self.status, self.key, self.parameter, self.values = status, key, parameter, values


@dataclass(frozen=True)
class Upload:
    """The draft's bytes, its kind (turtle, jsonld, csv, xlsx), file name and the text fields."""

    body: bytes
    kind: str | None
    name: str
    fields: dict[str, str]


async def read_bounded(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise UploadError(413, "upload.too_large", "draft", limit=limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise UploadError(413, "upload.too_large", "draft", limit=limit)
        chunks.append(chunk)
    return b"".join(chunks)


def kind_of(content_type: str | None, filename: str | None, by_media: dict[str, str]) -> str | None:
    """The draft's kind by the part's media type, else by the file name's extension."""
    media = (content_type or "").split(";")[0].strip().lower()
    if media in by_media:
        return by_media[media]
    return EXTENSIONS.get(PurePath(filename or "").suffix.lower())


async def read_upload(request: Request, limit: int, by_media: dict[str, str]) -> Upload:
    """The draft and the fields of a multipart form, every size bounded before parsing."""
    request._body = await read_bounded(request, limit + FORM_OVERHEAD)
    form = await request.form(max_files=1, max_fields=20, max_part_size=FORM_OVERHEAD)
    draft = form.get("draft")
    fields = {key: value for key, value in form.items() if isinstance(value, str)}
    if not isinstance(draft, UploadFile) or not draft.filename:
        raise UploadError(422, "upload.missing", "draft")
    body = await draft.read(limit + 1)
    if len(body) > limit:
        raise UploadError(413, "upload.too_large", "draft", limit=limit)
    return Upload(body, kind_of(draft.content_type, draft.filename, by_media), draft.filename, fields)
