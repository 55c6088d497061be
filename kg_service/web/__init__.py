"""The web workspace: server-rendered pages in Finnish, Swedish and English for civil servants.

Pages are Jinja2 templates in ``templates/`` extending ``base.html`` (header, language switch,
skip link, navigation, footer); CSS, scripts and vendored libraries are served from ``static/``
at ``/static/...``, so nothing is fetched from another host.

How to add a page:

1. Put its user-visible text in ``kg_service/i18n/web.py`` (a key with fi, sv and en; a test
   requires all three). Templates never hold words of their own: they call ``t("key")``.
2. Write ``templates/<page>.html``: ``{% extends "base.html" %}``, fill ``{% block content %}``
   (and ``{% block head %}`` for page CSS/JS from /static). ``lang``, ``t``, ``url`` (a path
   with ``lang`` kept) and ``id_href`` (our IRI -> its card) are always available.
3. Add a route in a module of this package (one module per page family: pages, cards,
   calendar, check_page, studio, sparql_page, apidocs) returning
   ``render(request, "<page>.html", "<title key>", **context)``, and include its router in
   ``kg_service.api.app.create_app``. ``page_language(request)`` tells the language (``lang``
   parameter, then the ``lang`` cookie, then Accept-Language, else Finnish). To appear in the
   header menu, add its path and text key to ``navigation.NAV`` (shown once the route exists).
4. Bad input is shown on the page, in the chosen language: read fields with ``forms``
   (``date_value``, ``choice_value``, ``field_value``), collect ``FieldError``s and pass them as
   ``errors`` (the ``errors_box`` macro links each message to its field); answer 422.
5. A form that posts carries ``<input type="hidden" name="csrf" value="{{ form_token() }}">``
   and its route calls ``session.check_form_token`` (a write route first ``session.require_user``).
6. Add the page to ``tests/browser/pages.py`` so axe visits it in fi and sv (and the page-weight
   test weighs it).
"""
