"""Synthetic graphs of the shipped graph's shape, for speed measurements at 100k and 1M triples.

Same vocabulary and patterns as instances/: organisations classified under kinds and competent
for municipalities, a model -> parts -> workstreams -> tasks -> sub-tasks hierarchy, tasks with
schedules, outputs and status observations (one as of the schedule's start and, for about half
the tasks, a later outcome, so the status on a day is a real pick), 1-4 dated responsibility
assignments per task (exactly one of them accountable at any date, some reaching the task from its
workstream), legal bases, source locations and fi/sv/en labels. Deterministic for a given size
(seeded), written as N-Triples.

    python benchmarks/generate.py 100000 /tmp/synthetic-100k.nt
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ESO = "https://w3id.org/fi-employment-steering/ontology#"
ES = "https://w3id.org/fi-employment-steering/id/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
CV_ORG = "http://data.europa.eu/m8g/PublicOrganisation"
ELI = "http://data.europa.eu/eli/ontology#"
ROLES = [
    "accountable",
    "decides",
    "organises",
    "prepares",
    "instructs",
    "coordinates",
    "produces-data",
    "comments",
    "is-consulted",
    "participates",
    "informed",
]
ACCOUNTABLE_ROLES = ["accountable", "decides", "organises"]
OTHER_ROLES = [r for r in ROLES if r not in ACCOUNTABLE_ROLES]
KINDS = [
    "ministries",
    "municipalities",
    "employment-areas",
    "ely-centres",
    "economic-development-centres",
    "wellbeing-services-counties",
]
STATUSES = ["not-started", "in-progress", "done"]
TRIPLES_PER_TASK = 47  # measured average of what one task with its assignments and observations adds


class Writer:
    """Collects N-Triples lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def iri(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"<{s}> <{p}> <{o}> .")

    def text(self, s: str, p: str, value: str, lang: str | None = None) -> None:
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        suffix = f"@{lang}" if lang else ""
        self.lines.append(f'<{s}> <{p}> "{escaped}"{suffix} .')

    def day(self, s: str, p: str, value: date) -> None:
        self.lines.append(f'<{s}> <{p}> "{value.isoformat()}"^^<{XSD_DATE}> .')

    def labels(self, s: str, name: str) -> None:
        for lang in ("fi", "sv", "en"):
            self.text(s, SKOS + "prefLabel", f"{name} ({lang})", lang)


def generate(target_triples: int, seed: int = 7) -> list[str]:
    """About ``target_triples`` N-Triples lines of our shape."""
    rng = random.Random(seed)
    out = Writer()
    location = ES + "loc/synthetic/table"
    out.iri(location, RDF_TYPE, ESO + "SourceLocation")
    out.iri(location, ESO + "inDocument", ES + "source/synthetic")
    out.text(location, ESO + "locator", "synthetic table")
    tasks_wanted = max(50, target_triples // TRIPLES_PER_TASK)
    outcomes = random.Random(seed + 1)
    municipalities = max(50, tasks_wanted // 20)
    organisations: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for number in range(municipalities):
        iri = f"{ES}synthetic/municipality/{number}"
        out.iri(iri, RDF_TYPE, CV_ORG)
        out.iri(iri, ORG + "classification", ES + "kind/municipalities")
        out.labels(iri, f"Kunta {number}")
        out.iri(iri, PROV + "wasDerivedFrom", location)
        organisations["municipalities"].append(iri)
    for kind, count, start, end in [
        ("ely-centres", 15, date(2010, 1, 1), date(2025, 12, 31)),
        ("economic-development-centres", 10, date(2026, 1, 1), None),
        ("employment-areas", 45, date(2025, 1, 1), None),
        ("wellbeing-services-counties", 21, date(2023, 1, 1), None),
        ("ministries", 12, None, None),
    ]:
        for number in range(count):
            iri = f"{ES}synthetic/{kind}/{number}"
            out.iri(iri, RDF_TYPE, CV_ORG)
            out.iri(iri, ORG + "classification", ES + f"kind/{kind}")
            out.labels(iri, f"{kind} {number}")
            out.iri(iri, PROV + "wasDerivedFrom", location)
            if start:
                out.day(iri, ESO + "startDate", start)
            if end:
                out.day(iri, ESO + "endDate", end)
            for municipality in organisations["municipalities"][number::count]:
                if kind != "ministries":
                    out.iri(iri, ESO + "competentFor", municipality)
            organisations[kind].append(iri)
    organisations_all = [iri for kind in KINDS for iri in organisations[kind]]
    kinds = [ES + f"kind/{k}" for k in KINDS]

    def pick_holder() -> str:
        """Mostly single organisations; a kind of actor as a whole for 1 in 200 duties."""
        return rng.choice(kinds) if rng.random() < 0.005 else rng.choice(organisations_all)

    laws = [f"{ES}synthetic/law/{n}" for n in range(200)]
    for law in laws:
        out.iri(law, RDF_TYPE, ELI + "LegalResourceSubdivision")
        out.labels(law, f"Pykälä {law.rsplit('/', 1)[1]}")
    model = ES + "synthetic/model"
    out.iri(model, RDF_TYPE, ESO + "SteeringModel")
    out.labels(model, "Malli")
    workstreams = []
    for part_number in range(max(5, tasks_wanted // 400)):
        part = f"{ES}synthetic/part/{part_number}"
        out.iri(part, RDF_TYPE, ESO + "ModelPart")
        out.iri(part, ESO + "partOf", model)
        out.labels(part, f"Osa {part_number}")
        for ws_number in range(5):
            workstream = f"{part}/workstream/{ws_number}"
            out.iri(workstream, RDF_TYPE, ESO + "Workstream")
            out.iri(workstream, ESO + "partOf", part)
            out.labels(workstream, f"Kokonaisuus {part_number}.{ws_number}")
            workstreams.append(workstream)
    for number in range(tasks_wanted):
        task = f"{ES}synthetic/task/{number}"
        # every fifth task is a sub-task of the task before it
        parent = rng.choice(workstreams) if number % 5 else f"{ES}synthetic/task/{max(number - 1, 0)}"
        out.iri(task, RDF_TYPE, ESO + "Task")
        out.iri(task, ESO + "partOf", parent if parent != task else workstreams[0])
        out.labels(task, f"Tehtävä {number}")
        out.iri(task, PROV + "wasDerivedFrom", location)
        start = date(2023, 1, 1) + timedelta(days=91 * rng.randrange(16))
        observation = f"{task}/status-observation"
        out.iri(task, ESO + "statusObservation", observation)
        out.iri(observation, RDF_TYPE, ESO + "StatusObservation")
        out.iri(observation, ESO + "statusValue", ES + f"status/{rng.choice(STATUSES)}")
        out.day(observation, ESO + "asOf", start)
        out.text(observation, ESO + "statusNote", "Aloitettu", "fi")
        if outcomes.random() < 0.5:  # a later outcome, from its own stream (the rest stays as it was)
            outcome = f"{task}/status-outcome"
            out.iri(task, ESO + "statusObservation", outcome)
            out.iri(outcome, RDF_TYPE, ESO + "StatusObservation")
            out.iri(outcome, ESO + "statusValue", ES + f"status/{outcomes.choice(STATUSES)}")
            out.day(outcome, ESO + "asOf", start + timedelta(days=outcomes.randrange(30, 900)))
        schedule = f"{task}/schedule"
        out.iri(task, ESO + "hasSchedule", schedule)
        out.iri(schedule, RDF_TYPE, ESO + "Schedule")
        out.day(schedule, ESO + "startDate", start)
        out.day(schedule, ESO + "endDate", start + timedelta(days=90 * rng.randint(1, 4)))
        out.text(schedule, ESO + "notation", f"Q{rng.randint(1, 4)} / {start.year}")
        output = f"{task}/output"
        out.iri(task, ESO + "hasOutput", output)
        out.iri(output, RDF_TYPE, ESO + "Output")
        out.labels(output, f"Tuotos {number}")
        reform = date(2025, 1, 1)
        assignments = [
            (pick_holder(), rng.choice(ACCOUNTABLE_ROLES), None, reform - timedelta(days=1)),
            (pick_holder(), rng.choice(ACCOUNTABLE_ROLES), reform, None),
        ]
        assignments += [
            (pick_holder(), rng.choice(OTHER_ROLES), None, None) for _ in range(rng.randint(0, 2))
        ]
        for index, (holder, role, begin, end) in enumerate(assignments):
            assignment = f"{task}/assignment/{index}"
            out.iri(assignment, RDF_TYPE, ESO + "ResponsibilityAssignment")
            out.iri(assignment, ESO + "forTask", task)
            out.iri(assignment, PROV + "agent", holder)
            out.iri(assignment, PROV + "hadRole", ES + f"role/{role}")
            out.iri(assignment, ESO + "confidence", ES + "confidence/confirmed")
            out.iri(assignment, PROV + "wasDerivedFrom", location)
            out.iri(assignment, ESO + "legalBasis", rng.choice(laws))
            if begin:
                out.day(assignment, ESO + "startDate", begin)
            if end:
                out.day(assignment, ESO + "endDate", end)
    return out.lines


def write(target_triples: int, path: Path) -> int:
    """Write the synthetic graph to ``path``; return the number of triples."""
    lines = generate(target_triples)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    default = Path(tempfile.gettempdir()) / f"synthetic-{size}.nt"
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else default
    print(f"{write(size, target)} triples -> {target}")
