"""The cheap checks that spare a wrong answer the grader's dearer ones (issue 17, the answer's p99): each may
only skip what the full check would refuse. Each is held against the full check, switched off, over many
word pairs: near ones, far ones, and the variants and figures the full check reads specially."""

from __future__ import annotations

import random
import pytest

from studyapp.grading import claims, people, place_pairs, short, terms
from studyapp.grading.phrases import context
from studyapp.grading.text import distance, edits_at_least

_SPECIAL = [
    ("prison", "jail"), ("jail", "gaol"), ("gaols", "prisons"), ("rd", "road"), ("ave", "avenue"), ("x", "10"), ("ii", "2"),
    ("iis", "2"), ("2a4", "2"), ("unicameral", "bicameral"), ("karachchi", "karachi"), ("antrics", "antrix"),
    ("qwerty", "foruvuru"), ("zzyzx", "bendenpozo"), ("organisation", "organization"), ("centre", "center"),
    ("dobhal", "doval"), ("caroline", "karoline"), ("kasim", "qasim"), ("sofia", "sophia"), ("nostro", "vostro"),
    ("ayub", "ayyub"), ("oceanic", "ocean"), ("eys", "eyes"), ("kan", "khan"), ("wra", "war"), ("ib", "iib"),
]


def _words(seed: int, count: int) -> list[tuple[str, str]]:
    """Pairs of words, most a few edits apart, from a small alphabet so that first letters and letters collide."""
    rng = random.Random(seed)
    letters = "abcdegijklmnoprstuvxyz"
    pairs = []
    for _ in range(count):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 16)))
        other = list(word)
        for _ in range(rng.randint(0, 6)):
            at = rng.randrange(len(other) + 1)
            kind = rng.randrange(4)
            if kind == 0:
                other.insert(at, rng.choice(letters))
            elif other and kind == 1:
                del other[min(at, len(other) - 1)]
            elif other and kind == 2:
                other[min(at, len(other) - 1)] = rng.choice(letters)
            elif len(other) > 1 and kind == 3:
                i = min(at, len(other) - 2)
                other[i], other[i + 1] = other[i + 1], other[i]
        if other:
            pairs.append((word, "".join(other)))
    return pairs


def test_edits_at_least_is_never_more_than_the_distance():
    for a, b in _words(1, 4000) + _SPECIAL:
        for most in range(0, 5):
            floor = edits_at_least(a, b, most)
            true = distance(a, b, 20)
            assert floor is None and true > most or floor is not None and floor <= true, (a, b, most, floor, true)


def test_unlike_words_are_never_the_same_word_nor_a_compound():
    for a, b in _words(2, 4000) + _SPECIAL + [(b, a) for a, b in _SPECIAL]:
        if a[0] != b[0] and terms._unlike_words(a, b):
            assert not terms._same_word(a, b), (a, b)


_ASIDES = ["not", "2019", "and", "1st", "port", "mission", "dialogue", "international", "prison", "new", "x", "2", "camp", "kigali"]


@pytest.mark.parametrize(
    "prompt,category",
    [
        ("Which body runs the port of Kigali in 2019?", None), ("Who led the mission in 2019?", "person"),
        ("Name the exercise held in 2024.", "operation"), ("Which dialogue did the new camp host first, then which?", None),
    ],
)
def test_match_terms_is_the_same_with_its_shortcuts_off(monkeypatch, prompt, category):
    """The whole match of a typed answer against an answer, for thousands of pairs of one to four words (the
    question's own words, figures and denials among them): the same with the first pass's and the typo pass's
    pre-filters and the end for nothing found as with all three switched off."""
    words = context(prompt, "", category)
    rng = random.Random(3)
    pairs = _words(4, 3000) + _SPECIAL
    cases = []
    for _ in range(2500):
        chosen = [rng.choice(pairs) for _ in range(rng.randint(1, 3))]
        given = [a for a, _ in chosen]
        answer = [b for _, b in chosen]
        if rng.random() < 0.4:
            given.insert(rng.randrange(len(given) + 1), rng.choice(_ASIDES))
        if rng.random() < 0.4:
            answer.insert(rng.randrange(len(answer) + 1), rng.choice(_ASIDES))
        if rng.random() < 0.3:
            given = rng.sample(given, len(given))
        cases.append((tuple(given), tuple(answer), rng.random() < 0.5, rng.random() < 0.3))
    for given, answer in [
        (("zambia",), ("gambia",)), (("zambia",), ("port",)), (("canada",), ("mission",)), (("new", "zealand"), ("dialogue",)),
        (("slovenian",), ("slovenia",)), (("rajesh", "kumar"), ("ragesh", "kumaar")), (("kigali",), ("camp", "kigalli")),
    ]:  # another real name where a typo would be; every word of the answer the question's own
        cases += [(given, answer, name_like, False) for name_like in (False, True)]

    def run():
        return [terms._match_terms(g, a, words, ordered, frozenset(), name_like) for g, a, name_like, ordered in cases]

    with_shortcuts = run()
    monkeypatch.setattr(terms, "_too_far_for_a_slip", lambda word, key: False)
    monkeypatch.setattr(terms, "_unlike_words", lambda word, key: False)
    monkeypatch.setattr(terms, "_nothing_found", lambda *args: None)
    without = run()
    assert sum(not m.matched for m in without) > 500  # the end for nothing found is taken often
    assert with_shortcuts == without


def test_a_wrong_answer_matching_nothing_keeps_its_figures():
    """Nothing of the answer found: the words beside it are no longer sorted (no verdict reads them), its figures are."""
    words = context("Which body runs the port?", "", None)
    match = terms._match_terms(("zzyzx", "2019"), ("bendenpozo", "foruvuru"), words, False, frozenset())
    assert not match.ok and match.matched == 0 and match.numbers == ("2019",)
    assert terms._why_wrong("Zzyzx 2019", "Bendenpozo Foruvuru", [("Bendenpozo Foruvuru", 0, match)]) == "'Zzyzx 2019' is not the answer 'Bendenpozo Foruvuru'"
    numbered = terms._match_terms(("zzyzx", "2019"), ("bendenpozo", "2020"), words, False, frozenset())
    assert numbered.numbers == ("2019",)  # an answer with a figure of its own: the figure is the reason
    assert terms._why_wrong("Zzyzx 2019", "Bendenpozo 2020", [("Bendenpozo 2020", 0, numbered)]).startswith("Numbers must match")


@pytest.mark.parametrize(
    "given",
    [
        "Zzyzx Qwerty", "NORAD (North American Aerospace Defense Command)", "EUMAM - European Union Mission", "Kazan, Russia",
        "Juno Beach in Normandy", "Ambala (Haryana)", "Mauritius (not the Maldives)", "ISRO aka Indian Space Research Organisation",
        "the Malaysian government", "NCPOR, Goa", "ISRO (Bengaluru)", "ISRO based in Bengaluru", "Khaan Quest 2025", "[IAF] Air Force",
        "Pinto or Pinot", "in Latvia, in the Baltics", "Goa in the west", "India i.e. Bharat", "Mali / Male",
    ],
)
def test_the_gated_patterns_read_what_they_read_before(given):
    """A cheap search before a slow pattern: where it finds nothing, the slow pattern found nothing either."""
    assert (short._BRACKETED.fullmatch(given) is not None) <= ("(" in given or "[" in given)
    assert (short._SEPARATED.fullmatch(given) is not None) <= (short._SEPARATOR.search(given) is not None)
    assert (place_pairs._IN_PLACE.fullmatch(given) is not None) <= (place_pairs._IN_BETWEEN.search(given) is not None)
    assert (short._WITH_SEAT.fullmatch(given) is not None) <= (short._SEAT_MARK.search(given) is not None)
    assert (short._COUNTRY_BY_ITS_STATE.fullmatch(given) is not None) <= (short._STATE_WORD.search(given) is not None)


def test_answer_facts_read_once_per_question_are_what_each_reading_found():
    candidates = ("one third", "Chennai, Ahmedabad and Varanasi", "biennial", "Dholera, Gujarat", "March")
    digits, periods, listed, placed = short._answer_traits(candidates)
    assert (digits, periods, listed, placed) == (False, frozenset({24.0}), True, True)
    assert short._shares(candidates) == (("one third", 1 / 3),)
    assert short._answer_months(candidates) == frozenset({3})
    assert people._items_of(("Modi and Carney",)) == ("Modi", "Carney")
    assert claims._two_countries(("the Year of Germany in India",)) and not claims._two_countries(("India",))
    assert not people._judged(("Bendenpozo Foruvuru",)) and people._judged(("Canada",))


def test_no_question_without_a_list_or_countries_reads_the_response_for_them():
    """The gated claims give what they gave: nothing, where the answer has no list, no two countries."""
    candidates = ["Bendenpozo Foruvuru", "Foruvuru"]
    for response in ("Zzyzx, Qwerty and Abc", "India in Germany", "Zzyzx"):
        assert claims.an_item_more(response, candidates) == ""
        assert claims.an_item_fewer(response, candidates) == ""
        assert claims.swapped_countries(response, candidates) == ""
    assert claims.an_item_more("Chennai, Ahmedabad, Varanasi, Kyoto", ["Chennai, Ahmedabad and Varanasi"]).startswith("'Kyoto'")


def test_another_known_person_looks_up_the_typed_name_only_for_a_known_answer():
    assert not people.another_known_person("John Adams", "Bendenpozo Foruvuru")
    assert people.another_known_person("John Adams", "John Quincy Adams")  # his father
    assert not people.another_known_person("Ajit Doval", "Ajit Kumar Doval")  # the same man


@pytest.mark.parametrize(
    ("given", "prompt", "right"),
    [
        ("-2.2 million bpd", "By how much was output cut?", True),  # the cut written as a change
        ("minus 2.2 million bpd", "By how much did OPEC+ agree to cut output?", True),
        ("-2.2 million bpd", "How much oil does the country produce?", False),  # no cut asked: the sign stays
        ("2.2 million bpd", "By how much was output cut?", True),
        ("zzyzx", "By how much was output cut?", False),
        ("2.9 million bpd", "By how much was output cut?", False),
    ],
)
def test_a_figure_without_a_sign_does_not_read_the_question_for_a_cut(monkeypatch, given, prompt, right):
    """The leading sign is looked for before the question is read for a cut (``_cut_asked``, some 30 us on a long
    question): the verdict is the same either way, and a response with no sign never asks it there."""
    from studyapp.grading import numeric

    asked: list[str] = []
    real = numeric._cut_asked
    monkeypatch.setattr(numeric, "_cut_asked", lambda text: asked.append(text) or real(text))
    result = numeric.grade_numeric(given, "2.2 million", unit="bpd", prompt=prompt)
    assert result.correct is right
    if not numeric._LEADING_SIGN.match(given):
        assert asked == []


def _pattern_letters(pattern, letters: str) -> set[str]:
    """Every character the pattern (with its flags) reads as one of ``letters``, over every code point."""
    import re
    import sys

    return {chr(c) for c in range(sys.maxunicode + 1) if any(re.fullmatch(re.escape(x), chr(c), pattern.flags & re.IGNORECASE) for x in letters)}


def test_the_letters_a_gate_looks_for_are_the_only_ones_its_pattern_reads_as_them():
    """clean's stuck unit needs an h, k or m (no IGNORECASE), plain_state_names' formal name an "of" (IGNORECASE: only
    o, O, f, F), the numeric reading's mid-year and 3+% their sign; TRANSLATE maps one ASCII character, the backtick."""
    from studyapp.grading import numbers, numeric, places
    from studyapp.grading.text import TRANSLATE

    assert all(alternative[:1] in "hkm" for alternative in numbers._STUCK_UNIT.pattern.split("(", 2)[2].rstrip(")\\b").split("|"))
    assert not numbers._STUCK_UNIT.flags & 2  # re.IGNORECASE
    assert _pattern_letters(places._FORMAL, "o") == {"o", "O"} and _pattern_letters(places._FORMAL, "f") == {"f", "F"}
    assert r"\s+of\s+" in places._FORMAL.pattern
    assert "-" in numeric._PART_OF_YEAR.pattern and r"\+" in numeric._PLUS_PERCENT.pattern
    assert [chr(k) for k in TRANSLATE if k < 128] == ["`"]


@pytest.mark.parametrize("seed", range(4))
def test_clean_reads_every_text_as_the_ungated_form_did(seed):
    """numbers.clean with its gates equals clean with none, over random texts of digits, units, marks and letters."""
    import re
    import unicodedata

    from studyapp.grading import numbers
    from studyapp.grading.text import TRANSLATE

    def ungated(text: str) -> str:
        if "½" in text or "¼" in text or "¾" in text:
            text = numbers._VULGAR.sub(lambda m: (m[1] or "0") + numbers._VULGAR_DECIMALS[m[2]], text)
        text = unicodedata.normalize("NFKC", text).translate(TRANSLATE).casefold()
        if "u.s" in text:
            text = re.sub(r"\bu\.\s?s\.?(?=\s|\$|$)", "us", text)
        if "$" in text:
            text = re.sub(r"\b(us|usd|c|ca|can|cdn|cad|a|au|nz)\s+\$", r"\1$", text)
        if "d'" in text:
            text = re.sub(r"\bd'(?=[a-z€$])", "de ", text)
        return numbers._STUCK_UNIT.sub(r"\1 \2", text) if any(c.isdigit() for c in text) else text

    rng = random.Random(seed)
    pieces = ["35", "h", "hrs", "km", "KMPH", "kg", "kn", "mph", " ", "`", "’", "−", "–", "ı", "×", "½", "U.S.", "$", "d'", "Ｋ", "Ｍ", "K", "ﬀ", "ß", "٣", "x"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        assert numbers.clean(text) == ungated(text), text


def test_plain_state_names_asks_its_formal_pattern_only_where_it_can_find_something():
    """Where a text has no "of" (in any case), the formal-name pattern finds nothing: the gate skips no match."""
    from studyapp.grading import places

    rng = random.Random(7)
    pieces = ["the ", "Kingdom", "KINGDOM", " of ", " OF ", " Of ", "\tof\n", "ⅼ", "ſ", "Ｏ", "ｆ", "Portugal", "Naples", "Empire", "K", "o", "f", " "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert "of" in text.lower() or places._FORMAL.search(text) is None, text
    assert places.plain_state_names("the Kingdom of Portugal") == "Portugal" and places.plain_state_names("zensiku fornenho") == "zensiku fornenho"


def test_the_bounds_a_question_states_are_read_once_and_the_same_each_time():
    from studyapp.grading import numeric

    numeric._stated_directions.cache_clear()
    first = numeric._stated_directions("How many, at least?", "It would not exceed 40,000 troops.", "over 40,000")
    assert numeric._stated_directions("How many, at least?", "It would not exceed 40,000 troops.", "over 40,000") is first
    assert first == numeric._stated_directions.__wrapped__("How many, at least?", "It would not exceed 40,000 troops.", "over 40,000") == {"up", "down"}


def test_the_direction_a_question_asks_is_read_once_per_question():
    from studyapp.grading import numeric
    from studyapp.grading.numbers import digits_for_words

    assert numeric._direction_asked("by how much did exports fall in 2023?") is numeric._FALL_WORDS
    assert numeric._direction_asked("how much did it grow?") is numeric._RISE_WORDS
    assert numeric._direction_asked("did it rise or fall?") == () and numeric._direction_asked("how many troops?") == ()
    assert numeric._spoken_numeric("fell 36%", "By how much did exports fall?") == "36%"
    assert digits_for_words("a hundred and fifty") == digits_for_words("one hundred and fifty") and digits_for_words("Hundred percent").startswith("100")
