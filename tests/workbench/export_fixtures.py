"""A small, fully determined submission for export tests (fixed ids, fixed clock)."""

from __future__ import annotations

import uuid
from pathlib import Path

from workbench.composition import Composition
from workbench.library import Library
from workbench.project import Project


def fixed(number: int) -> uuid.UUID:
    return uuid.UUID(int=number)


def build_small_project(path: Path, clock, *, language: str = "en") -> Project:
    """Two sections, three recommendations, citations, a table, one confidential item."""
    project = Project.create(path, author="Ana Editor", clock=clock)
    library = Library(project)
    composition = Composition(project)
    theme = library.create(
        "tag", {"name": "criminal defamation", "theme": True}, record_id=fixed(1)
    )
    rsf = library.create(
        "source",
        {
            "key": "rsf-2023",
            "author": "Reporters Without Borders",
            "title": "World Press Freedom Index 2023",
            "publisher": "RSF",
            "issued": "2023",
            "url": "https://rsf.org/en/index",
            "accessed_on": "2023-08-01",
        },
        record_id=fixed(2),
    )
    library.create(
        "source",
        {
            "key": "gc34",
            "author": "UN Human Rights Committee",
            "title": "General Comment No. 34",
            "issued": "2011",
            "url": "https://www2.ohchr.org/english/bodies/hrc/docs/gc34.pdf",
        },
        record_id=fixed(3),
    )
    secret = library.create(
        "source",
        {"key": "witness", "title": "Interview with a witness", "confidentiality": "confidential"},
        record_id=fixed(4),
    )
    crc = library.create(
        "instrument",
        {"title": "Criminal Code of the Republic of Kazakhstan", "short_name": "CrCRK"},
        record_id=fixed(10),
    )
    coao = library.create(
        "instrument",
        {"title": "Code on Administrative Offences", "short_name": "CoAO"},
        record_id=fixed(11),
    )
    art131 = library.create(
        "provision",
        {"unit": "Article 131", "heading": "Insult", "wording": "Insult is punishable by a fine."},
        {"instrument": [crc.id]},
        record_id=fixed(20),
    )
    art733 = library.create(
        "provision",
        {"unit": "Article 73-3", "heading": "Slander"},
        {"instrument": [coao.id]},
        record_id=fixed(21),
    )
    ranking = library.create(
        "evidence",
        {"title": "RSF ranking", "value": "134/180", "summary": "Kazakhstan fell in *2023*."},
        {"source": [rsf.id], "tags": [theme.id]},
        record_id=fixed(30),
    )
    testimony = library.create(
        "evidence",
        {"title": "Witness account", "confidentiality": "confidential"},
        {"source": [secret.id]},
        record_id=fixed(31),
    )
    critique = library.create(
        "critique",
        {
            "title": "Prison for words",
            "argument": "Deprivation of liberty is never proportionate [@gc34, para. 47].",
        },
        {"provisions": [art131.id]},
        record_id=fixed(40),
    )
    first = library.create(
        "recommendation",
        {
            "title": "Decriminalise insult",
            "text": "Repeal **Article 131** of the *Criminal Code* [@rsf-2023].\n\n"
            "- keep civil remedies\n- train judges\n\n> Reputation is a civil matter.",
            "rationale": (
                "See the [Committee](https://www.ohchr.org) and [@gc34]. Also [@unknown-key]."
            ),
        },
        {
            "provisions": [art131.id],
            "critiques": [critique.id],
            "evidence": [ranking.id, testimony.id],
            "tags": [theme.id],
        },
        record_id=fixed(50),
    )
    composition.add_proposed_wording(
        first.id,
        art131.id,
        current_wording="Insult is punishable by a fine or arrest.",
        proposed_wording="Insult is a civil wrong.",
        justification="Criminal sanctions are disproportionate [@gc34].",
        wording_id=fixed(51),
    )
    second = library.create(
        "recommendation",
        {"title": "Repeal administrative slander", "text": "Remove Article 73-3."},
        {"provisions": [art733.id], "evidence": [ranking.id]},
        record_id=fixed(52),
    )
    third = library.create(
        "recommendation",
        {"title": "Publish court statistics", "text": "Publish the number of cases each year."},
        record_id=fixed(53),
    )
    submission = library.create(
        "submission",
        {
            "title": "Ten steps to free speech",
            "subtitle": "A submission",
            "addressee": "Mazhilis of the Parliament",
            "organisation": "Wings of Liberty",
            "authors": "A. Editor",
            "place": "Astana",
            "submitted_on": "2023-09-01",
            "language": language,
            "summary": "Three recommendations [@rsf-2023].",
            "introduction": "Why this matters.",
        },
        record_id=fixed(60),
    )
    criminal = composition.add_section(submission.id, "Criminal law", section_id=fixed(61)).id
    other = composition.add_section(submission.id, "Other", section_id=fixed(62)).id
    composition.set_section_items(criminal, [first.id, second.id])
    composition.set_section_items(other, [third.id])
    return project


def build_translated_project(path: Path, clock) -> Project:
    """The small submission with Russian and Kazakh texts, lists, a quote, a
    locator, an unknown key and an evidence summary of several paragraphs."""
    project = build_small_project(path, clock)
    library = Library(project)
    library.update(
        fixed(50),
        {
            "translations": {
                "kk": {
                    "title": "Қорлауды қылмыстық санаттан шығару",
                    "text": "Қылмыстық кодекстің **131-бабын** алып тастау [@gc34, 5-б.].",
                },
                "ru": {
                    "title": "Декриминализировать оскорбление",
                    "text": "Исключить **статью 131** [@rsf-2023].\n\n1. суды\n2. прокуроры",
                    "rationale": "Потому что [@gc34; @rsf-2023, с. 3].",
                },
            }
        },
    )
    library.update(
        fixed(60),
        {
            "translations": {
                "kk": {"title": "Сөз бостандығына он қадам", "summary": "Үш ұсыныс [@gc34]."},
                "ru": {"title": "Десять шагов к свободе слова", "summary": "Три рекомендации."},
            }
        },
    )
    library.update(fixed(30), {"summary": "Kazakhstan fell [@gc34, p. 9].\n\nSee also."})
    return project
