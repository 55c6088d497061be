"""The workspace's menu: every page a user can open from the header, in menu order.

A page appears in the menu once its route exists on the app, so a page family can land on its
own: add its path and text key here, and its route in its module.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI


@dataclass(frozen=True)
class NavItem:
    """A menu entry: the page's path and the key of its name in the web text table."""

    path: str
    key: str


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
)


def live_paths(app: FastAPI) -> frozenset[str]:
    """Paths the app answers with GET (computed once per app)."""
    cached = getattr(app.state, "web_live_paths", None)
    if cached is None:
        cached = frozenset(
            getattr(route, "path", "")
            for route in app.routes
            if "GET" in (getattr(route, "methods", None) or ())
        )
        app.state.web_live_paths = cached
    return cached


def menu(app: FastAPI) -> list[NavItem]:
    """The menu entries whose page exists on ``app``."""
    paths = live_paths(app)
    return [item for item in NAV if item.path in paths]
