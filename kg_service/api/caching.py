"""Answers of read routes cached per graph version, with ETag, If-None-Match (304) and Cache-Control.

The graph only changes when it is reloaded or a change is applied, yet every answer used to be
recomputed from several queries on every request (issue 10). A GET answer depends only on the
graph, the URL and the negotiation headers, so it is kept under (graph version, URL, Accept,
Accept-Language) and served from memory until the version moves; the ETag is derived from the
same key, so a client that already holds the answer gets a 304 without any work.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from kg_service.api.hardening import ASGIApp, Message, Receive, Scope, Send

CACHED_PATHS = ("/api/", "/id/", "/sparql")
VARY = (b"accept", b"accept-language")
CACHE_CONTROL = b"no-cache"
"""Clients and proxies may keep an answer but must ask again (a cheap 304) before reusing it."""
MAX_ENTRIES = 2048
MAX_BODY = 2_000_000
MAX_TOTAL = 128_000_000
"""Bounds of the cache: entries, one answer's size and all answers' size (bytes)."""


@dataclass(frozen=True)
class Answer:
    """One cached answer: status, headers and body as they were sent."""

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class AnswerCache:
    """A bounded least-recently-used map of request keys to answers."""

    def __init__(self) -> None:
        self._answers: OrderedDict[str, Answer] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Answer | None:
        with self._lock:
            answer = self._answers.get(key)
            if answer is None:
                self.misses += 1
                return None
            self._answers.move_to_end(key)
            self.hits += 1
            return answer

    def put(self, key: str, answer: Answer) -> None:
        if len(answer.body) > MAX_BODY:
            return
        with self._lock:
            if key in self._answers:
                return
            self._answers[key] = answer
            self._size += len(answer.body)
            while len(self._answers) > MAX_ENTRIES or self._size > MAX_TOTAL:
                _, dropped = self._answers.popitem(last=False)
                self._size -= len(dropped.body)


def request_key(scope: Scope, version: str) -> str:
    """The answer's identity: graph version, path, query string and negotiation headers."""
    headers = dict(scope["headers"])
    parts = [version.encode(), scope["path"].encode(), scope.get("query_string", b"")]
    parts += [headers.get(name, b"") for name in VARY]
    return hashlib.blake2b(b"\0".join(parts), digest_size=12).hexdigest()


def etag_matches(header: bytes | None, etag: bytes) -> bool:
    """Whether If-None-Match names this ETag (or is *)."""
    if not header:
        return False
    tags = [tag.strip().removeprefix(b"W/") for tag in header.split(b",")]
    return b"*" in tags or etag in tags


class CachedAnswers:
    """Serve GET answers of read routes from the cache, and 304 when the client holds them."""

    def __init__(self, app: ASGIApp, version: Callable[[], str], cache: AnswerCache) -> None:
        self.app = app
        self.version = version
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(CACHED_PATHS):
            await self.app(scope, receive, send)
            return
        key = request_key(scope, self.version())
        etag = f'"{key}"'.encode()
        validators = [
            (b"etag", etag),
            (b"cache-control", CACHE_CONTROL),
            (b"vary", b"Accept, Accept-Language"),
        ]
        if etag_matches(dict(scope["headers"]).get(b"if-none-match"), etag):
            await send({"type": "http.response.start", "status": 304, "headers": validators})
            await send({"type": "http.response.body", "body": b""})
            return
        cached = self.cache.get(key)
        if cached is not None:
            await send({"type": "http.response.start", "status": cached.status, "headers": cached.headers})
            await send({"type": "http.response.body", "body": cached.body})
            return
        start: Message = {}
        chunks: list[bytes] = []
        kept = 0

        async def keep(message: Message) -> None:
            nonlocal start, kept
            if message["type"] == "http.response.start":
                start = message
                if message["status"] == 200:
                    names = {name.lower() for name, _ in message.get("headers", [])}
                    extra = [(n, v) for n, v in validators if n not in names]
                    message = {**message, "headers": list(message.get("headers", [])) + extra}
                    start = message
            elif message["type"] == "http.response.body" and start.get("status") == 200 and kept <= MAX_BODY:
                chunks.append(message.get("body", b""))
                kept += len(chunks[-1])
                if not message.get("more_body", False) and kept <= MAX_BODY:
                    self.cache.put(key, Answer(200, list(start["headers"]), b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, keep)
