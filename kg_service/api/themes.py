"""`/api/themes`: national themes of a funding programme (the ESF+ theme) with period and funding.

The theme's implementation period and funding estimate were only in raw RDF; here they are
fields: the period with its dates and the source's own notation ("2022 - 2027"), and the
funding estimate in euros as the source states it (a frame estimate, not a decision).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from fastapi import APIRouter, Request

from kg_service.answers.assemble import Answers, value
from kg_service.api.errors import NotFoundError
from kg_service.api.models import ThemeAnswer, ThemeList
from kg_service.api.negotiation import choose_language
from kg_service.api.resources import AcceptLanguage, Lang
from kg_service.i18n.errors import Localised
from kg_service.queries.stored import ParamType, coerce_value

router = APIRouter(prefix="/api", tags=["resources"])


def euros(text: str) -> int | float:
    """An xsd:decimal amount as a JSON number (whole euros as an integer)."""
    amount = Decimal(text)
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def theme_cards(answers: Answers, raw: dict[str, str], lang: str) -> list[dict[str, object]]:
    """Each theme with programme, period, funding estimate, specific objectives and sources."""
    rows = answers.run("theme-card", raw)
    grouped: dict[str, list] = defaultdict(list)
    for row in rows:
        grouped[value(row, "theme") or ""].append(row)
    iris = {value(r, c) or "" for r in rows for c in ("theme", "programme", "period", "objective")}
    refs = answers.refs(iris - {""}, lang)
    sources = answers.sources(set(grouped), lang)
    cards: list[dict[str, object]] = []
    for theme, theme_rows in grouped.items():
        first = theme_rows[0]
        funding = value(first, "funding")
        period = value(first, "period")
        cards.append(
            {
                "id": theme,
                "label": refs[theme].label,
                "labels": answers.labels({theme}).get(theme, {}),
                "programme": refs[value(first, "programme") or ""] if value(first, "programme") else None,
                "period": {
                    **refs[period].model_dump(),
                    "start": value(first, "start"),
                    "end": value(first, "end"),
                    "notation": value(first, "periodNotation"),
                }
                if period
                else None,
                "fundingEstimate": {"amount": euros(funding), "currency": "EUR"} if funding else None,
                "specificObjectives": [
                    refs[o] for o in sorted({value(r, "objective") or "" for r in theme_rows} - {""})
                ],
                "sources": sources.get(theme, []),
            }
        )
    return cards


@router.get(
    "/themes", response_model=ThemeList, summary="National themes with their period and funding estimate"
)
def themes(request: Request, lang: Lang = None, accept_language: AcceptLanguage = None) -> dict[str, object]:
    """Every national theme of a funding programme."""
    language = choose_language(lang, accept_language)
    cards = theme_cards(request.app.state.answers, {}, language)
    return {"lang": language, "count": len(cards), "themes": cards}


@router.get(
    "/themes/{theme_id:path}",
    response_model=ThemeAnswer,
    summary="One national theme: programme, period, funding, objectives",
)
def theme(
    request: Request, theme_id: str, lang: Lang = None, accept_language: AcceptLanguage = None
) -> dict[str, object]:
    """One theme's card; 404 for an id that is not a national theme."""
    language = choose_language(lang, accept_language)
    iri = coerce_value("theme_id", ParamType.IRI, theme_id).value
    cards = theme_cards(request.app.state.answers, {"theme": iri}, language)
    if not cards:
        raise NotFoundError(Localised("unknown_theme", value=repr(theme_id)))
    return {"lang": language, **cards[0]}
