"""The workspace's menu: every page a user can open from the header, in menu order.

A page appears in the menu once its route exists on the app, so a page family can land on its
own: add its path and text key here, and its route in its module.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI
from starlette.routing import Match


@dataclass(frozen=True)
class NavItem:
    """A menu entry: the page's path and the key of its name in the web text table."""

    path: str
    key: str
    needs_editing: bool = False
    """Shown only when the service takes changes (a durable store, not a remote one)."""


NAV: tuple[NavItem, ...] = (
    NavItem("/", "nav.home"),
    NavItem("/search", "nav.search"),
    NavItem("/responsibilities", "nav.responsibilities"),
    NavItem("/timeline", "nav.timeline"),
    NavItem("/annual-clock", "nav.annual_clock"),
    NavItem("/check", "nav.check"),
    NavItem("/diagrams", "nav.diagrams"),
    NavItem("/sparql", "nav.sparql"),
    NavItem("/vocabulary", "nav.vocabulary"),
    NavItem("/workspace", "nav.workspace", needs_editing=True),
)


class LivePaths:
    """The paths the app answers with GET, asked one at a time (``path in live``), answers kept.

    Asked of the router itself (does a GET of this path match a route fully?) rather than read
    from ``app.routes``, whose entries for included routers differ between FastAPI versions.
    """

    def __init__(self, app: FastAPI) -> None:
        self._app = app
        self._known: dict[str, bool] = {}

    def __contains__(self, path: object) -> bool:
        if not isinstance(path, str):
            return False
        if path not in self._known:
            scope = {"type": "http", "method": "GET", "path": path, "root_path": "", "headers": []}
            self._known[path] = any(
                route.matches(scope)[0] is Match.FULL for route in self._app.router.routes
            )
        return self._known[path]


def live_paths(app: FastAPI) -> LivePaths:
    """Paths the app answers with GET (one instance per app)."""
    cached = getattr(app.state, "web_live_paths", None)
    if cached is None:
        cached = LivePaths(app)
        app.state.web_live_paths = cached
    return cached


def menu(app: FastAPI) -> list[NavItem]:
    """The menu entries whose page exists on ``app``."""
    paths = live_paths(app)
    editable = getattr(app.state, "editing", None) is not None
    return [item for item in NAV if item.path in paths and (editable or not item.needs_editing)]
