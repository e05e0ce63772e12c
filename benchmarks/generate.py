"""Build a large synthetic project, fast: one interchange document, loaded once.

    python benchmarks/generate.py --records 100000 -o /tmp/big.wbproj

Records of every kind, linked as real ones are (provisions to instruments,
critiques to provisions, evidence to sources, recommendations to all three,
tags on a share of them), with titles and texts drawn from a fixed
vocabulary of English and Russian words, so searches find realistic numbers
of matches. The same ``--records`` and ``--seed`` always give the same project.

The first submission, titled :data:`SUBMISSION_TITLE`, holds 300
recommendations in six sections, each citing two sources, so exports and
previews have a document of a realistic size to work on.

    python benchmarks/generate.py --records 100000 --edited 10000 -o /tmp/theirs.json

writes the same library (same ``--records`` and ``--seed``) as interchange JSON
with ``--edited`` evidence records edited once since: what a colleague's copy
looks like to ``workbench merge``; with ``--only-edited``, only those records (a
colleague's share of what they changed: the million-record merge is measured so).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench import interchange, kinds, store  # noqa: E402
from workbench.project import Project  # noqa: E402
from workbench.records import content_dict, field_specs, json_value, link_roles  # noqa: E402
from workbench.revisions import next_revision  # noqa: E402

WORDS = [
    "freedom",
    "expression",
    "speech",
    "media",
    "journalist",
    "slander",
    "insult",
    "defamation",
    "criminal",
    "administrative",
    "liability",
    "sanction",
    "fine",
    "arrest",
    "blocking",
    "internet",
    "platform",
    "online",
    "information",
    "access",
    "privacy",
    "personal",
    "data",
    "registration",
    "foreign",
    "agent",
    "assembly",
    "court",
    "prosecutor",
    "extrajudicial",
    "proportionality",
    "vagueness",
    "discrimination",
    "chilling",
    "effect",
    "standard",
    "covenant",
    "comment",
    "report",
    "ranking",
    "statistic",
    "case",
    "monitoring",
    "survey",
    "amendment",
    "repeal",
    "draft",
    "law",
    "code",
    "article",
    "paragraph",
    "mazhilis",
    "parliament",
    "ministry",
    "клевета",
    "оскорбление",
    "свобода",
    "слова",
    "журналист",
    "блокировка",
    "интернет",
    "платформа",
    "ответственность",
    "штраф",
    "арест",
    "суд",
    "прокурор",
    "закон",
    "кодекс",
    "статья",
    "поправка",
    "доступ",
]

MIX = (
    ("tag", 0.0005),
    ("instrument", 0.01),
    ("source", 0.12),
    ("provision", 0.30),
    ("evidence", 0.25),
    ("critique", 0.17),
    ("recommendation", 0.149),
    ("submission", 0.0005),
)
"""Share of each kind, in the order targets must exist before what links to them."""

WHEN = datetime(2026, 1, 1, tzinfo=UTC)
SUBMISSION_TITLE = "Benchmark submission (300 recommendations)"
SUBMITTED_RECOMMENDATIONS = 300
SECTIONS = 6


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _fields(kind: str, number: int, rng: random.Random) -> dict[str, Any]:
    fields = {name: json_value(spec.default) for name, spec in field_specs(kind).items()}
    for name, spec in field_specs(kind).items():
        if spec.choices:
            fields[name] = rng.choice(spec.choices)
    title = f"{_text(rng, 4).capitalize()} {number}"
    long_text = _text(rng, 40)
    match kind:
        case "tag":
            fields["name"] = f"theme {number}"
        case "provision":
            fields.update(unit=f"Article {number}", heading=title, wording=long_text)
        case "source":
            fields.update(key=f"src-{number}", title=title, url=f"https://example.org/{number}")
        case "critique":
            fields.update(title=title, argument=long_text)
        case "evidence":
            fields.update(title=title, summary=long_text, value=str(rng.randint(1, 9999)))
        case "recommendation":
            cited = f"[@src-{rng.randrange(1_000)}]"
            fields.update(title=title, text=f"{long_text} {cited}", rationale=_text(rng, 25))
        case "submission" if number == 0:
            fields.update(title=SUBMISSION_TITLE, language="en", second_language="none")
        case _:
            fields["title"] = title
    return fields


def _links(kind: str, rng: random.Random, made: dict[str, list[str]]) -> dict[str, list[str]]:
    links: dict[str, list[str]] = {}
    for role, spec in link_roles(kind).items():
        pool = made.get(spec.target_kind, [])
        if not pool or (role == "tags" and rng.random() > 0.3):
            continue
        count = 1 if not spec.many else rng.randint(1, 3)
        links[role] = list(dict.fromkeys(rng.choice(pool) for _ in range(count)))
    return links


def record(
    kind: str, number: int, rng: random.Random, made: dict[str, list[str]]
) -> dict[str, Any]:
    fields = _fields(kind, number, rng)
    links = _links(kind, rng, made)
    roles = {role: tuple(uuid.UUID(t) for t in links.get(role, [])) for role in link_roles(kind)}
    parts: dict[str, Any] = {part: () for part in kinds.of(kind).part_names}
    if kind == "submission" and number == 0:
        parts["sections"] = _sections(rng, made.get("recommendation", []))
    content = content_dict(fields, roles, parts)
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "revision": next_revision(None, content),
        "ancestors": [],
        "created_at": json_value(WHEN),
        "updated_at": json_value(WHEN),
        "changed_by": "generator",
        **content,
    }


def _sections(rng: random.Random, recommendations: list[str]) -> list[dict[str, Any]]:
    chosen = recommendations[:SUBMITTED_RECOMMENDATIONS]
    per_section = max(1, len(chosen) // SECTIONS)
    return [
        {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "title": f"Section {number + 1}",
            "introduction": _text(rng, 30),
            "recommendations": chosen[start : start + per_section],
        }
        for number, start in enumerate(range(0, len(chosen), per_section))
    ]


def edited(document: dict[str, Any], count: int) -> dict[str, Any]:
    """``document`` with its first ``count`` evidence records edited once since."""
    section = interchange.SECTION_NAMES["evidence"]
    for item in document[section][:count]:
        item["summary"] += " Updated by a colleague."
        content = {k: v for k, v in item.items() if k not in interchange.META_KEYS}
        item["ancestors"] = [item["revision"]]
        item["revision"] = next_revision(item["revision"], content)
        item["changed_by"] = "colleague"
    return document


def only_edited(document: dict[str, Any], count: int) -> dict[str, Any]:
    """The header and the ``count`` records :func:`edited` changed, nothing else: a
    merge of a million-record project is measured without a gigabyte of JSON."""
    evidence = interchange.SECTION_NAMES["evidence"]
    head = {k: v for k, v in document.items() if k not in interchange.SECTION_NAMES.values()}
    return {**head, evidence: document[evidence][:count]}


def document(records: int, seed: int = 1) -> dict[str, Any]:
    rng = random.Random(seed)
    result: dict[str, Any] = {
        "format": interchange.FORMAT_NAME,
        "version": interchange.FORMAT_VERSION,
        "project": {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "name": "synthetic"},
        "app_version": "benchmark",
        "created_at": json_value(WHEN),
        "tombstones": [],
    }
    made: dict[str, list[str]] = {}
    for kind, share in MIX:
        count = max(1, round(records * share))
        items = [record(kind, n, rng, made) for n in range(count)]
        made[kind] = [item["id"] for item in items]
        result[interchange.SECTION_NAMES[kind]] = items
    return result


def build(path: Path, records: int, seed: int = 1) -> None:
    """Create ``path`` holding about ``records`` synthetic records."""
    with Project.create(path, name=f"Synthetic library ({records:,} records)") as project:
        store.load(project, document(records, seed))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--edited", type=int, help="write JSON with this many records edited")
    parser.add_argument(
        "--only-edited",
        action="store_true",
        help="with --edited: only the edited records (what a colleague who changed them sends)",
    )
    parser.add_argument("-o", "--output", type=Path, required=True)
    arguments = parser.parse_args()
    start = time.perf_counter()
    if arguments.edited is not None:
        theirs = edited(document(arguments.records, arguments.seed), arguments.edited)
        if arguments.only_edited:
            theirs = only_edited(theirs, arguments.edited)
        arguments.output.write_text(json.dumps(theirs, ensure_ascii=False), encoding="utf-8")
    else:
        build(arguments.output, arguments.records, arguments.seed)
    took = time.perf_counter() - start
    print(f"wrote {arguments.output} ({arguments.records:,} records) in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
