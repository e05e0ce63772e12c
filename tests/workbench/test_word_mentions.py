"""Articles of laws named in text, matched to the library's instruments and
provisions as lawyers write them in English, Russian and Kazakh."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from workbench.export.dates import parsed_written_date
from workbench.word_import.mentions import (
    InstrumentIndex,
    KnownInstrument,
    KnownProvision,
    article_of,
    mentions_in,
)

STARTER = Path(__file__).parents[2] / "resources" / "starter" / "library.json"


@pytest.fixture(scope="module")
def library() -> tuple[InstrumentIndex, dict[uuid.UUID, str]]:
    """The starter library's instruments (by every name) and provisions."""
    document = json.loads(STARTER.read_text(encoding="utf-8"))
    instruments = []
    for item in document["instruments"]:
        versions = [item, *item.get("translations", {}).values()]
        names = tuple(v[k] for v in versions for k in ("title", "short_name") if v.get(k))
        instruments.append(KnownInstrument(uuid.UUID(item["id"]), names))
    provisions = [
        KnownProvision(uuid.UUID(p["id"]), uuid.UUID(p["links"]["instrument"][0]), unit)
        for p in document["provisions"]
        for unit in [p["unit"], *(t.get("unit", "") for t in p["translations"].values())]
        if unit
    ]
    short = {uuid.UUID(i["id"]): i["short_name"] for i in document["instruments"]}
    return InstrumentIndex.of(instruments, provisions), short


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Article 73-3 of the CoAO sets fines of up to 750 MCI.", [("73-3", "CRKAO")]),
        (
            "under art. 19 ICCPR and art. 20 of the Constitution",
            [("19", "ICCPR"), ("20", "Constitution")],
        ),
        ("Article 19(3) ICCPR", [("19(3)", "ICCPR")]),
        ("статья 174 УК РК и ст. 130 КоАП", [("174", "CrCRK"), ("130", "CRKAO")]),
        ("статьи 174 Уголовного кодекса Республики Казахстан", [("174", "CrCRK")]),
        (
            "Исключить статью 73-3 «Клевета» Кодекса Республики Казахстан "
            "об административных правонарушениях",
            [("73-3", "CRKAO")],
        ),
        (
            "Не дополнять КоАП РК статьей 456-2 о «ложной информации» "
            "в Законе об онлайн-платформах",
            [("456-2", "CRKAO")],
        ),
        ("ҚР ҚК 174-бабы бойынша іс қозғалды", [("174", "CrCRK")]),
        ("Қылмыстық кодекстің 174-бабы", [("174", "CrCRK")]),
        ("Articles 787-788 of the CoAO", [("787", "CRKAO"), ("788", "CRKAO")]),
        ("Article 29 of the Tax Code", [("29", "TC RK")]),
    ],
)  # fmt: skip
def test_articles_are_matched_to_the_instruments_named_beside_them(
    library: tuple[InstrumentIndex, dict[uuid.UUID, str]],
    text: str,
    expected: list[tuple[str, str]],
) -> None:
    index, short = library
    found = [
        (m.number, short.get(m.instrument) if m.instrument else None)
        for m in mentions_in(text, index)
    ]
    assert found == expected


def test_a_known_article_is_the_librarys_provision_sub_parts_first(
    library: tuple[InstrumentIndex, dict[uuid.UUID, str]],
) -> None:
    index, _ = library
    [bare] = mentions_in("Article 19 ICCPR", index)
    [part] = mentions_in("Article 19(3) ICCPR", index)
    assert index.provision(part) is not None
    assert index.provision(bare) != index.provision(part)  # the library has no bare 19
    [kazakh] = mentions_in("ҚР ҚК 174-бабы", index)
    [russian] = mentions_in("статья 174 УК РК", index)
    assert index.provision(kazakh) == index.provision(russian) is not None


def test_an_unknown_instrument_is_named_not_guessed(
    library: tuple[InstrumentIndex, dict[uuid.UUID, str]],
) -> None:
    index, _ = library
    [law] = mentions_in("Article 5 of the Law on Broadcasting and Telecasting requires", index)
    assert law.instrument is None and law.unknown_name.startswith("Law on Broadcasting")
    [russian] = mentions_in("статья 12 Закона «О телерадиовещании»", index)
    assert russian.instrument is None and russian.unknown_name == "Закона «О телерадиовещании»"
    empty = InstrumentIndex.of([], [])
    [kazakh] = mentions_in("ҚР ҚК 174-бабы", empty)
    assert (kazakh.number, kazakh.unknown_name) == ("174", "ҚР ҚК")
    assert mentions_in("В 2023 году статья вышла в 20 изданиях.", index) == []


def test_article_numbers_of_units() -> None:
    assert article_of("Article 19(3)") == "19(3)"
    assert article_of("Статья 73-3 (часть 1)") == "73-3"
    assert article_of("174-бап") == "174"
    assert article_of("Preamble") == ""


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("1 сентября 2023 г.", "2023-09-01"),
        ("2023 жылғы 1 қыркүйек", "2023-09-01"),
        ("September 1, 2023", "2023-09-01"),
        ("июль 2011 г.", "2011-07"),
        ("2011 жылғы шілде", "2011-07"),
        ("July 2011", "2011-07"),
        ("2023 г.", "2023"),
        ("31 February 2023", ""),
        ("n.d.", ""),
    ],
)
def test_dates_written_by_the_export_read_back(written: str, iso: str) -> None:
    assert parsed_written_date(written) == iso
