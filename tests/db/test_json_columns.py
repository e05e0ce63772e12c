"""JSON columns are read by orjson, and every stored value reads as the standard
reader would read it (what orjson refuses falls back to that reader)."""

import json
import math

from hypothesis import given
from hypothesis import strategies as st

from db.engine import parsed_json

_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(_VALUES, st.booleans())
def test_any_stored_value_reads_as_the_standard_reader_reads_it(value, ascii_only) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)  # surrogates escaped, huge integers kept
    assert parsed_json(text) == json.loads(text)


def test_what_orjson_refuses_still_reads() -> None:
    assert parsed_json('{"n": 123456789012345678901234567890}') == {
        "n": 123456789012345678901234567890
    }
    assert parsed_json('"\\ud800 alone"') == "\ud800 alone"
    assert math.isnan(parsed_json("NaN"))
    assert parsed_json("[1e400, -0.0]") == [math.inf, -0.0]
    assert parsed_json('{"a": 1, "a": 2}') == {"a": 2}
