"""The gates put before costly readings of a wrong answer (issue 17, helper P35): each passes over a text only
where the reading it guards could not find anything in it, so no verdict changes."""

from __future__ import annotations

import pytest

from studyapp.grading import claims, outcome, terms

_TEXTS = [
    "Chennai, Ahmedabad, Varanasi, Kyoto", "Jhelum and Chenab", "AND", "Tom & Jerry", "first; second; third", "A then B then C",
    "Andaman", "Grand Canyon", "Thenmala", "Pensiku Pokarmuzen", "x ,y", "ANDROMEDA THEN", "R&D", "Bandar Abbas",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_every_place_the_item_split_splits_at_is_found_by_its_gate(text):
    for found in claims.ITEM_SPLIT.finditer(text):
        if found.group():
            assert claims._MAY_SPLIT.search(found.group()), found.group()
    if claims._MAY_SPLIT.search(text) is None:
        assert [t for t in claims.ITEM_SPLIT.split(text) if t] == [text]


def test_a_text_with_no_separator_is_one_item_more_of_nothing():
    assert claims.an_item_more("Pensiku Pokarmuzen", ["Chennai, Ahmedabad and Varanasi"]) == ""
    assert claims.an_item_more("Chennai, Ahmedabad, Varanasi, Kyoto", ["Chennai, Ahmedabad and Varanasi"]) != ""


def test_another_prefix_is_still_found_and_a_word_without_one_is_passed_by():
    assert terms._other_prefix("unicameral", "bicameral")
    assert terms._other_prefix("import", "export")
    assert not terms._other_prefix("zensiku", "densiku")
    assert set(terms._ANY_PREFIX) == {a for group in terms._PREFIX_SETS for a in group}


class _Text(str):
    def strip(self, *args):  # a subclass's own strip is not what str() and strip give
        return "changed"


@pytest.mark.parametrize("value, text", [(" a b ", "a b"), (None, ""), (12, "12"), (_Text(" x "), "x"), ("", "")])
def test_text_of_a_value_is_its_str_stripped(value, text):
    assert outcome._text(value) == text


# Helper P38 (issue 17): the same kind of gates, and the ordinal words a slip is read against found by its shape.


def _ordinal_slip_by_scan(word: str) -> str | None:
    """``names._ordinal_slip`` as it read every ordinal word before the words were filed by shape."""
    from studyapp.grading.numbers import ORDINALS
    from studyapp.grading.text import distance

    if word in ORDINALS or not word.isalpha():
        return word if word in ORDINALS else None
    near = [
        o for o in ORDINALS
        if len(o) >= 5 and o[0] == word[0] and abs(len(o) - len(word)) <= 1 and (sorted(o) == sorted(word) or distance(word, o, 1) <= 1)
    ]  # fmt: skip
    return near[0] if len(near) == 1 else None


def test_a_slip_for_an_ordinal_word_finds_what_reading_them_all_found():
    from studyapp.grading import names
    from studyapp.grading.numbers import ORDINALS

    words = ["thrid", "sixt", "seocnd", "fourht", "twelth", "fifht", "ninteenth", "sevnth", "sixtth", "secnd", "sevens", "fifty", "varden",
             "garnilo", "Thrid", "fi", "tenth", "eigth", "eightth", "hundredth", "thirtieth", "thirteth", "sixteeth", "s3cond", ""]  # fmt: skip
    words += [o[:-1] for o in ORDINALS] + [o[1:] for o in ORDINALS] + [o + "s" for o in ORDINALS] + [o[::-1] for o in ORDINALS]
    for word in words:
        if word:
            assert names._ordinal_slip.__wrapped__(word) == _ordinal_slip_by_scan(word), word
    assert names._ordinal_slip("thrid") == "third"
    assert names._ordinal_slip("seocnd") == "second"


@pytest.mark.parametrize(
    "token",
    ["ii", "iv", "xiv", "mcmxcix", "mmxxiv", "cd", "lxxxviii", "iiii", "vv", "ic", "mmmm", "vx", "x", "c", "m", "d", "l", "v", "i",
     "IV", "xiva", "ivy", "mix", "dim", "civic", "vivid", "lid", "mild", "a", "2", "x2", " xi", "xi "],
)  # fmt: skip
def test_a_roman_numeral_is_read_as_the_pattern_reads_it(token):
    from studyapp.grading import numbers

    value = numbers.roman_value(token)
    if numbers._ROMAN_RE.fullmatch(token) is None:  # what the pattern alone refused, the gate first or not
        assert value is None
    else:
        assert value is not None and set(token) <= set("mdclxvi")
    assert numbers.roman_value("xiv") == 14 and numbers.roman_value("mcmxcix") == 1999


@pytest.mark.parametrize(
    ("given", "day"),
    [("Thursday 24 February 2022", "thursday"), ("Fri 24 February 2022", "friday"), ("24 February 2022", None), ("wed, 1 May 2024", "wednesday"),
     ("Sundays", None), ("Monday", "monday")],
)  # fmt: skip
def test_every_weekday_word_contradiction_reads_is_in_its_gate(given, day):
    from studyapp.grading.text import normalise

    words = normalise(given).replace("-", " ").split()
    found = next((d for d in claims._WEEKDAYS if d in words or d[:3] in words), None)
    assert found == day
    assert (found is not None) == (not claims._WEEKDAY_WORDS.isdisjoint(words))


def test_an_item_fewer_still_passes_over_a_response_with_a_figure():
    assert claims.an_item_fewer("Jhelum and Chenab 2", ["Indus, Jhelum and Chenab"]) == ""
    assert claims.an_item_fewer("Jhelum and Chenab", ["Indus Jhelum Chenab"]) == ""
