"""The records the vocabulary answers are made of: a term named in the reader's language, an
index entry, a term's page (its relations, a shape's constraints, a scheme's concepts) and the
stored query that shows the term at work.

vocabulary/model.py builds them, the vocabulary pages read them, and /api/vocabulary answers with
them (api/models.py nests these classes), so the published schema is what is built.
"""

from __future__ import annotations

from pydantic import Field

from kg_service.answers.records import Record


class TermRef(Record):
    """A term or IRI with its prefixed name, label (and the label's language) and page, if ours."""

    id: str
    curie: str
    label: str | None = None
    labelLang: str | None = None  # noqa: N815
    page: str | None = None


class TermEntry(TermRef):
    """A term in the vocabulary index, with its definition."""

    definition: str | None = None


class WorkedQuery(Record):
    """The stored query that shows a term at work, with the term bound."""

    name: str
    parameters: dict[str, str]
    sparql: str
    api: str


class ShapeConstraint(Record):
    """One property constraint of a SHACL shape."""

    path: TermRef | None = None
    minCount: int | None = None  # noqa: N815
    maxCount: int | None = None  # noqa: N815
    datatype: TermRef | None = None
    value_class: TermRef | None = Field(None, serialization_alias="class")
    nodeKind: TermRef | None = None  # noqa: N815
    pattern: str | None = None
    severity: TermRef | None = None
    message: str | None = None
    messageLang: str | None = None  # noqa: N815


class ConstrainedProperty(Record):
    """A property a shape targeting the class constrains."""

    property: TermRef | None = None
    shape: TermRef | None = None


class SchemeConcept(Record):
    """A concept of a concept scheme."""

    concept: TermRef | None = None
    notation: str | None = None
    definition: str | None = None
    broader: list[TermRef | None]
    top: bool


class TermDetail(TermRef):
    """The answer of /api/vocabulary/{term}; the relation lists present depend on the kind."""

    lang: str
    kind: str
    types: list[TermRef | None]
    labels: dict[str, str]
    definition: str | None = None
    definitionLang: str | None = None  # noqa: N815
    definitions: dict[str, str]
    workedQuery: WorkedQuery | None = None  # noqa: N815
    superclasses: list[TermRef | None] | None = None
    subclasses: list[TermRef | None] | None = None
    domainOf: list[TermRef | None] | None = None  # noqa: N815
    rangeOf: list[TermRef | None] | None = None  # noqa: N815
    constrainedProperties: list[ConstrainedProperty] | None = None  # noqa: N815
    shapes: list[TermRef | None] | None = None
    valueOfShapes: list[TermRef | None] | None = None  # noqa: N815
    domain: list[TermRef | None] | None = None
    range: list[TermRef | None] | None = None
    superproperties: list[TermRef | None] | None = None
    subproperties: list[TermRef | None] | None = None
    inverse: list[TermRef | None] | None = None
    targets: list[TermRef | None] | None = None
    constraints: list[ShapeConstraint] | None = None
    concepts: list[SchemeConcept] | None = None
