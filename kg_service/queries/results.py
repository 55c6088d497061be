"""SPARQL 1.1 results serialisation (JSON, XML, CSV, TSV) and RDF output for graph results.

The endpoint enforces its row limit by reading at most limit + 1 rows, so it serialises the
rows itself rather than handing Oxigraph's lazy iterator over; the same code serves the remote
store, whose rows arrive as JSON. Formats follow the W3C SPARQL 1.1 Query Results specs.
"""

from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg_service.store.base import GraphResult, QueryResult, SelectResult

RESULT_MEDIA = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_MEDIA = {
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE),
    "ntriples": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
    "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML),
}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def term_json(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> dict[str, str]:
    """One RDF term in the SPARQL JSON results form."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def to_json(result: SelectResult | bool) -> bytes:
    """SPARQL 1.1 Query Results JSON."""
    if isinstance(result, bool):
        return json.dumps({"head": {}, "boolean": result}).encode()
    bindings = [{name: term_json(term) for name, term in row.items()} for row in result.rows]
    return json.dumps(
        {"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False
    ).encode()


def to_xml(result: SelectResult | bool) -> bytes:
    """SPARQL Query Results XML Format."""
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if isinstance(result, bool):
        out += ["<head/>", f"<boolean>{str(result).lower()}</boolean>", "</sparql>"]
        return "\n".join(out).encode()
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in result.variables) + "</head>")
    out.append("<results>")
    for row in result.rows:
        out.append("<result>")
        for name, term in row.items():
            out.append(f"<binding name={quoteattr(name)}>{_term_xml(term)}</binding>")
        out.append("</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out).encode()


def _term_xml(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != XSD_STRING:
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def to_csv(result: SelectResult) -> bytes:
    """SPARQL 1.1 CSV results: plain values, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([row[v].value if v in row else "" for v in result.variables])
    return buffer.getvalue().encode()


def to_tsv(result: SelectResult) -> bytes:
    """SPARQL 1.1 TSV results: terms in Turtle/N-Triples syntax."""
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join(str(row[v]) if v in row else "" for v in result.variables))
    return ("\n".join(lines) + "\n").encode()


def serialise(result: QueryResult, fmt: str) -> tuple[bytes, str]:
    """Serialise any query result in ``fmt``; returns (body, media type).

    ``fmt`` is a results format (json, xml, csv, tsv) for SELECT and ASK, an RDF format
    (turtle, ntriples, jsonld, rdfxml) for CONSTRUCT and DESCRIBE; a mismatch falls back to the
    default of the result's kind (JSON, Turtle).
    """
    if isinstance(result, GraphResult):
        media, rdf_format = GRAPH_MEDIA.get(fmt, GRAPH_MEDIA["turtle"])
        return ox.serialize(result.triples, format=rdf_format) or b"", media
    if fmt == "xml":
        return to_xml(result), RESULT_MEDIA["xml"]
    if fmt == "csv" and isinstance(result, SelectResult):
        return to_csv(result), RESULT_MEDIA["csv"]
    if fmt == "tsv" and isinstance(result, SelectResult):
        return to_tsv(result), RESULT_MEDIA["tsv"]
    return to_json(result), RESULT_MEDIA["json"]
