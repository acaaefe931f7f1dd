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
