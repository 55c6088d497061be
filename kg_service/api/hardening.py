"""HTTP-level defences that hold for every route: bounded bodies, HEAD, security headers.

Pure ASGI middleware, so they act before any route reads a byte: a body is refused from its
Content-Length, or while it streams in, as soon as it passes the route's limit — never after a
50 MB body sits in memory (issue 10). HEAD is answered as GET without the body on every GET
route, and HTML gets the headers browsers need to refuse sniffing, framing and foreign scripts.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException as StarletteHTTPException

from kg_service.api.errors import error_response
from kg_service.i18n import negotiate, text
from kg_service.i18n.errors import ERRORS

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

DEFAULT_BODY_LIMIT = 1_000_000
BODY_LIMITS = {"/api/check": 5_000_000}
"""Largest body a path accepts, in bytes (drafts may be large workbooks; everything else is small)."""

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
UNRESTRICTED_PAGES = ("/docs", "/redoc")
"""Pages built by FastAPI with inline scripts: they keep every header but the script policy."""


def body_limit(path: str) -> int:
    """The largest body ``path`` accepts."""
    return next(
        (limit for prefix, limit in BODY_LIMITS.items() if path.startswith(prefix)), DEFAULT_BODY_LIMIT
    )


class BodyTooLargeError(StarletteHTTPException):
    """The body passed its limit while streaming in (an HTTP error, so routes pass it on)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, text(ERRORS, "body.too-large", "en", limit=limit))
        self.parameter = "body"
        self.key = "body.too-large"
        self.values = {"limit": limit}


class BoundedBodies:
    """Refuse a body larger than its path's limit before it is read, or as soon as it passes it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope["path"])
        headers = dict(scope["headers"])
        asked = headers.get(b"accept-language", b"").decode("latin-1")
        lang = negotiate(None, asked) if asked else "en"  # programs asking nothing get English
        too_large = error_response(413, text(ERRORS, "body.too-large", lang, limit=limit), "body")
        declared = headers.get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await error_response(400, text(ERRORS, "body.length", lang), "Content-Length")(
                    scope, receive, send
                )
                return
            if int(declared) > limit:
                await too_large(scope, receive, send)
                return
        received = 0

        async def bounded() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLargeError(limit)
            return message

        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, bounded, tracked)
        except BodyTooLargeError:
            if started:
                raise
            await too_large(scope, receive, send)


class HeadAsGet:
    """Answer HEAD on every GET route: run the GET, send its headers, drop its body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


class SecurityHeaders:
    """nosniff on every answer; a content security policy and no framing for HTML."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        strict = not scope["path"].startswith(UNRESTRICTED_PAGES)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                added = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin")]
                media = dict(headers).get(b"content-type", b"")
                if media.startswith(b"text/html"):
                    added += [(b"x-frame-options", b"DENY")]
                    policy = CONTENT_SECURITY_POLICY if strict else "frame-ancestors 'none'"
                    added += [(b"content-security-policy", policy.encode())]
                headers += [(name, value) for name, value in added if name not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
