"""Short typed answers: names, terms and phrases.

The steps (see docs/grading.md): an answer the learner overruled before, the exact
or accepted answer, the same name spelled another way, a span of figures or days,
a number, date or year range read out of a short sentence, asides that add nothing
(brackets, a description, a qualified title), places and denials beside the answer,
and finally the key terms of the answer with per-word typo tolerance (``terms``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from typing import Any

from studyapp.grading import acronyms, currency, elements, gazetteer, holidays, names, people, places, ranges, seats, units
from studyapp.grading.claims import (
    GENERIC_TAILS, ITEM_SPLIT, an_item_fewer, another_era, initials_asked, an_item_more, contradiction, place_made_a_body,
    reversed_direction, swapped_countries, unplaced_nationality,
)  # fmt: skip
from studyapp.grading.dates import month_name, month_number, parse_year_range, read_date
from studyapp.grading.denials import _denial_grade
from studyapp.grading.numbers import (
    CARDINALS, ORDINALS, digits_for_words, parse_quantity, percent_is_fraction, read_fraction, roman_value, with_ordinal_suffix,
)  # fmt: skip
from studyapp.grading.numeric import (
    _ACRONYM_EDITION, _clock_grade, _dates_said, _fiscal_span, _FISCAL_YEAR, grade_numeric, _initials_in,
    _leading_negation, _NTH_COP, _paired_figures, _PART_OF_YEAR, _PERCENT_DASH, _SLASHED, without_working,
)  # fmt: skip
from studyapp.grading.outcome import (
    _ABBREVIATED, _ACCEPTED_BEFORE, clock_grade, Grade, _overruled, Reason, _said_as_given, _spell_out, _symbols_differ, _text, _tokens,
    _wrong, _LIST_SPLIT,
)  # fmt: skip
from studyapp.grading.described import without_description
from studyapp.grading.phrases import (
    PERSON_NOUNS, PRESENT_TENSE, Context, context, NEGATIONS, asks_for_person, STOPWORDS, without_apposition, without_asides,
    without_title, offices_named,
)  # fmt: skip
from studyapp.grading.place_pairs import (
    _adds_a_named_person, _claims_container, _country_beyond_the_list, _one_place_with_and, _place_pair, _place_pair_grade,
    _same_country, _country_with_a_place_in_it,
)  # fmt: skip
from studyapp.grading.terms import _grade_structured, _grade_terms, _is_acronym_of, LOWERED, _ORDER_RE, _sign_flipped
from studyapp.grading.text import lazy_re, normalise, singular


_BRACKETED = lazy_re(r"\s*(.+?)\s*[(\[]\s*(.+?)\s*[)\]]\s*[.!]?\s*")
_SEPARATED = lazy_re(r"\s*(.+?)\s+(?:-|–|—|/|aka|or|i\.e\.|ie)\s+(.+?)\s*")
_SEPARATOR = lazy_re(r"\s(?:-|–|—|/|aka|or|i\.e\.|ie)\s")


def _split_brackets(given: str) -> tuple[str, str] | None:
    """A name and what is beside it in brackets or after a dash, "aka", "or", "i.e.": the slow patterns (their
    lazy parts try every split) only where a bracket or such a word between spaces is there to find."""
    match = _BRACKETED.fullmatch(given) if "(" in given or "[" in given else None
    if match:
        return match.group(1), match.group(2)
    match = _SEPARATED.fullmatch(given) if _SEPARATOR.search(given) else None
    if match:
        return match.group(1), match.group(2)
    return None


_DOTS_AND_SPACES = lazy_re(r"[.\s]")
_NUMBER_SIGN = lazy_re(r"\b(?:[Nn]o|NO)\.\s*(?=\d)|\bNo\s+(?=\d)|\bnos?\.\s*(?=\d)")


def grade_text(
    response: str,
    answer: str,
    accept: Sequence[str] = (),
    *,
    prompt: str = "",
    accepted: Collection[str] = (),
    date_order: str = "dmy",
    explanation: str = "",
    category: str | None = None,
) -> Grade:
    """Grade a free-text answer: the steps are in the module docstring and docs/grading.md."""
    kw = {"prompt": prompt, "accepted": accepted, "date_order": date_order, "explanation": explanation, "category": category}
    if isinstance(response, str) and _NUMBER_SIGN.search(response) and not _NUMBER_SIGN.search(answer):
        response = _NUMBER_SIGN.sub("", response)  # "Yard No. 12651": the number, not a denial
    if isinstance(response, str) and "-" in response and not _PART_OF_YEAR.search(_text(answer)):
        response = _PART_OF_YEAR.sub(r"\1 \2", response)  # "by mid-2025", "end-2025": as "mid 2025" is read (figures do so too)
    if isinstance(response, str) and "%" in response:
        response = _PERCENT_DASH.sub(r"\1% - ", response)  # "59%-67%": a range, as figures read it
    if (clock := clock_grade(_text(response), answer, accept)) is not None:
        return clock
    if isinstance(response, str) and (said := _provision_said(response, answer, accept)) is not None:
        inner = grade_text(said, answer, accept, **kw)
        if inner.correct:  # "Art. 9(1)", "Article IX.1" for Article 9.1
            return Grade(True, inner.reason, inner.expected, _text(response), f"'{_text(response)}' is {said}")
    polar = _polar_grade(_text(response), answer, accept, prompt)
    if polar is not None:
        return polar
    fiscal = _fiscal_year(_text(response))
    if fiscal is not None and any(_FISCAL_ANSWER.search(_text(a)) for a in (answer, *(accept or ()))):
        inner = grade_text(fiscal[0], answer, accept, prompt=prompt, accepted=accepted, date_order=date_order, explanation=explanation, category=category)
        if inner.correct:  # "April 2020 to March 2021": India's financial year 2020-21
            return Grade(True, inner.reason, inner.expected, _text(response), f"'{_text(response)}' is the financial year {fiscal[0]}")
    if isinstance(response, str) and _FISCAL_ANSWER.search(response) and _FISCAL_WORD.search(response) and _FISCAL_WORD.search(f"{prompt} {answer}"):
        response = " ".join(_FISCAL_WORD.sub(" ", response).split())  # "2017-18 fiscal" where the question asks which financial year
    fiscal = _fiscal_year(_text(answer))
    if fiscal is not None and _FISCAL_ANSWER.search(_text(response)):
        inner = grade_text(response, fiscal[0], fiscal[1:], prompt=prompt, date_order=date_order, category=category)
        if inner.correct:  # "FY 2020-21" where the answer is April 2020 to March 2021
            return Grade(True, inner.reason, answer, _text(response), f"'{_text(response)}' is the financial year {fiscal[0]}: {answer}")
    result = _lenient_text(response, answer, accept, kw)
    if not result.correct and isinstance(response, str) and (bare := _HEDGED.fullmatch(response)) is not None and bare["rest"].strip() not in ("", response.strip()):
        unhedged = grade_text(bare["rest"], answer, accept, **kw)  # "I think they called it Rattenkrieg", "Admiral Q I think"
        if unhedged.correct:
            result = Grade(True, unhedged.reason, unhedged.expected, _text(response), f"{unhedged.detail} (hedged: '{_text(response)}')", unhedged.parts)
    if not result.correct and "adds to the answer" in result.detail and (plain := _harmless_context(_text(response), answer, accept, prompt, explanation)):
        result = Grade(True, Reason.EXACT, result.expected, result.given, plain)
    if not result.correct and "adds to the answer" in result.detail and (venue := _cop_venue(_text(response), answer, accept)):
        result = Grade(True, Reason.EXACT, result.expected, result.given, venue)
    if not result.correct or result.detail == _ACCEPTED_BEFORE or _said_as_given(response, answer, accept):
        return result  # the answer as the pack gives it claims nothing beside it
    said = " ".join([prompt, explanation, _text(answer), *(_text(a) for a in accept or ())])
    words = context(prompt, explanation, category)
    office = (category == "person" or asks_for_person(words)) and bool(offices_named(words) - PERSON_NOUNS)
    candidates = [_text(answer), *(_text(a) for a in accept or ())]
    claim = (
        contradiction(_text(response), said, person=office) or unplaced_nationality(_text(response), candidates, words)
        or place_made_a_body(_text(response), candidates, words) or reversed_direction(_text(response), prompt)
        or _item_claim(_text(response), candidates)
        or another_era(_text(response), candidates) or initials_asked(_text(response), candidates, prompt)
        or _leading_negation(_text(response), result, candidates) or people.office_claim(_text(response), candidates)
        or _fewer_than_asked(_text(response), prompt) or _other_side(_text(response), prompt)
        or swapped_countries(_text(response), candidates) or _letter_left_out(_text(response), candidates)
        or _another_series(_text(response), candidates)
    )  # fmt: skip
    return _wrong(result.expected, result.given, claim) if claim else result


_WHICH_LETTER = lazy_re(r"[A-Za-z]\s+['\"‘“]?([A-Z])['\"’”]?\s*$")


def _letter_left_out(given: str, candidates: list[str]) -> str:
    """"Army Group" for Army Group A: the letter that says which one is no article "a" to drop. Not a Roman numeral
    (Peter I is Peter the First) nor the last of a list ("A, G and M")."""
    letter = _WHICH_LETTER.search(candidates[0])
    if letter is None or letter[1] in "IVXLCDM" or _LIST_SPLIT.search(candidates[0]):
        return ""
    if letter[1].casefold() in re.split(r"[^a-z0-9]+", given.casefold()):
        return ""
    return f"'{given}' leaves out '{letter[1]}', which says which one"


_SERIES_NUMBER = lazy_re(r"\s*([A-Za-z]{1,3}(?:\.\s?[A-Za-z]{1,3}){0,2})\.?\s*(\d+)\s*")


def _another_series(given: str, candidates: list[str]) -> str:
    """"S. 1776" for H.R. 1776: the same number in another series (a Senate bill, not a House one)."""
    typed = _SERIES_NUMBER.fullmatch(given)
    if typed is None or (mine := re.sub(r"[^a-z]", "", typed[1].casefold())) in ("no", "nr", "n"):
        return ""
    series: dict[str, str] = {}
    for c in candidates:
        if (m := _SERIES_NUMBER.fullmatch(c)) and m[2] == typed[2]:
            series.setdefault(re.sub(r"[^a-z]", "", m[1].casefold()), c[: m.start(2)].strip())
        elif typed[2] in re.findall(r"\d+", c) and not c.strip() == typed[2]:
            return ""  # "TF 153" for Task Force 153: the number under a name the series letters may shorten
    if not series or mine in series:
        return ""
    return f"'{given[: typed.start(2)].strip()}' numbers another series than '{next(iter(series.values()))}'"


_HEDGE_WORDS = r"i think|i believe|i guess|i reckon|i suppose|probably|maybe|perhaps|if i remember(?: (?:correctly|rightly))?|if i'?m not mistaken"
_HEDGED = lazy_re(
    rf"\s*(?:(?:{_HEDGE_WORDS})\s*,?\s+)?(?P<rest>.+?)(?:\s*,?\s+(?:{_HEDGE_WORDS})|\s*\((?:{_HEDGE_WORDS})\))?\s*[.!?]?\s*", re.IGNORECASE
)
"""A hedge before or after the rest of the answer: read without it, as an examiner reads past "I think"."""
_PARAGRAPH = lazy_re(r"\b(\d+)\s*\((\d+)\)")
_ROMAN_PROVISION = lazy_re(r"\b(art(?:icle)?\.?|sec(?:tion)?\.?|para(?:graph)?\.?|rule)\s+([ivxlc]+)\.(\d+)\b", re.IGNORECASE)
_SUBSECTION = lazy_re(r"\b\d+\.\d+\b")


def _provision_said(response: str, answer: str, accept: Sequence[str]) -> str | None:
    """A provision written in another notation, where the answer numbers one as "9.1": its paragraph in
    brackets ("9(1)") or its article in Roman numerals ("Article IX.1"); None if the response has neither."""
    if not any(_SUBSECTION.search(_text(c)) for c in (answer, *(accept or ()))):
        return None
    said = _PARAGRAPH.sub(r"\1.\2", response)
    said = _ROMAN_PROVISION.sub(lambda m: f"{m[1]} {value}.{m[3]}" if (value := roman_value(m[2].casefold())) else m[0], said)
    return said if said != response else None


_COP_NUMBER = lazy_re(r"\bcop\s*-?\s*(\d{1,2})\b", re.IGNORECASE)
_COP_CITIES = {
    3: "kyoto", 8: "new delhi", 13: "bali", 15: "copenhagen", 16: "cancun", 17: "durban", 18: "doha", 19: "warsaw", 20: "lima",
    21: "paris", 22: "marrakech", 23: "bonn", 24: "katowice", 25: "madrid", 26: "glasgow", 27: "sharm el sheikh", 28: "dubai",
    29: "baku", 30: "belem",
}
"""Where the UN climate conferences met: "COP-26 in Glasgow" names COP26 and its city, "COP26 in Paris" another one."""
_COP_WORDS = frozenset("climate change summit conference un unfccc held city".split())


def _cop_venue(response: str, answer: str, accept: Sequence[str]) -> str | None:
    """The climate conference asked for, with the city it met in."""
    typed = _COP_NUMBER.search(response)
    if typed is None or typed[1].lstrip("0") not in {m[1].lstrip("0") for c in (answer, *(accept or ())) for m in _COP_NUMBER.finditer(_text(c))}:
        return None
    rest = [w for w in normalise(_COP_NUMBER.sub(" ", response)).replace("-", " ").split() if w not in STOPWORDS and w not in _COP_WORDS]
    city = _COP_CITIES.get(int(typed[1]))
    if rest and city is not None and " ".join(rest) == city:
        return f"Accepted: '{response}' names {typed[0]} and the city it met in"
    return None


_SIDE = lazy_re(r"\b(north|south|east|west)ern\s+([a-z]+)", re.IGNORECASE)  # "southern Lebanon"; "South Korea" is a name
_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}


def _other_side(response: str, prompt: str) -> str:
    """"Hezbollah from northern Lebanon" where the question says it is based in southern Lebanon."""
    if not any(side in response.casefold() for side in _OPPOSITE):
        return ""
    said = {(m[1].casefold(), m[2].casefold()) for m in _SIDE.finditer(prompt) if m[2][:1].isupper()}  # a named place
    for m in _SIDE.finditer(response):
        if (_OPPOSITE[m[1].casefold()], m[2].casefold()) in said:
            return f"'{m[0]}' is the other side of what the question says"
    return ""


_HOW_MANY_ASKED = lazy_re(r"\b(?:which|what|name|list)\s+(?:the\s+|are\s+the\s+)?(two|three|four|five|six|seven|eight)\b", re.IGNORECASE)


@lru_cache(maxsize=16)  # the question's own: every response that is right asks again
def _how_many_asked(prompt: str) -> tuple[str, ...] | None:
    asked = _HOW_MANY_ASKED.search(prompt)
    return None if asked is None else (asked[0], asked[1])


def _fewer_than_asked(response: str, prompt: str) -> str:
    """"Kochi and Goa" where the question asks which three seaports: a list shorter than the one asked for is
    part of the answer, whatever an accept entry allows on its own."""
    asked = _how_many_asked(prompt)
    if asked is None:
        return ""
    items = [i for i in ITEM_SPLIT.split(response.strip()) if i.strip()]
    wanted = CARDINALS[asked[1].casefold()]
    if 2 <= len(items) < wanted:
        return f"The question asks for {asked[1].casefold()}; '{response}' names {len(items)}"
    return ""


_CONTEXT_GUARD = frozenset(
    "more less fewer other another extra additional besides also plus former ex previous next earlier later instead rather "
    "except excluding without but although though however only just partly mostly mainly largely nearly almost about "
    "before after until since than versus vs against either or nor and with".split()
)


_PLAIN_VERBS = frozenset("is was are were has had have means meant went took led held won got made gave came became sent".split())


def _right_or_none(name: str, answer: str, accept: Sequence[str], prompt: str, date_order: str, explanation: str, category: str | None) -> Grade | None:
    """The grade of part of a response when it is right on its own, else None."""
    inner = grade_text(name, answer, accept, prompt=prompt, date_order=date_order, explanation=explanation, category=category)
    return inner if inner.correct else None


def _harmless_context(response: str, answer: str, accept: Sequence[str], prompt: str, explanation: str) -> str | None:
    """The whole answer in a short sentence that claims nothing of its own ("Mauritius hosted it online",
    "Poland signed it afterwards"): a verb in it, and no figure, denial, comparison or alternative, and no name
    or country the question and its explanation do not give. A name is the claim a fair examiner would check,
    so any unknown one keeps it wrong."""
    said = set(normalise(" ".join([prompt, explanation])).split())
    typed = normalise(response).split()
    for candidate in (answer, *(accept or ())):
        own = set(normalise(_text(candidate)).split())
        if not own or not own <= set(typed):
            continue
        extra = [t for t in typed if t not in own and t not in STOPWORDS]
        if not extra or len(extra) > 5 or "&" in response:
            return None
        if not any(t in _PLAIN_VERBS or t.endswith(("ed", "ing")) and names.verb_lemma(t) not in (None, t) for t in extra):
            return None  # a sentence ("Mauritius hosted it online"), not a longer name ("the NATO summit", "post-Cold War")
        if any(t in NEGATIONS or t in _CONTEXT_GUARD or any(c.isdigit() for c in t) and t not in said for t in typed):
            return None
        capitalised = {normalise(w) for w in re.findall(r"\b[A-Z][\w'-]*", response)} - own - STOPWORDS
        if any(w not in said for w in capitalised):
            return None
        if names.countries_named(" ".join(extra), states=True) - names.countries_named(normalise(" ".join([prompt, explanation, _text(candidate)])), states=True):
            return None
        return f"Accepted: '{response}' holds the answer '{_text(candidate)}' with plain words around it"
    return None


_FISCAL_SPELLED = lazy_re(
    r"\s*(?:from\s+)?(?:(?:1|1st|first)\s+)?april(?:\s+1)?,?\s+((?:19|20)\d{2})\s*(?:to|-|\u2013|till|until|through)\s*(?:(?:31|31st)\s+)?march(?:\s+31)?,?\s+((?:19|20)\d{2})\s*[.]?\s*",
    re.IGNORECASE,
)
def _fiscal_year(text: str) -> tuple[str, str] | None:
    """"April 2020 to March 2021" as India's financial year: ("2020-21", "2020-2021"); None for anything else."""
    spelled = _FISCAL_SPELLED.fullmatch(text)
    if spelled is None or int(spelled[2]) != int(spelled[1]) + 1:
        return None
    return f"{spelled[1]}-{spelled[2][2:]}", f"{spelled[1]}-{spelled[2]}"


_FISCAL_WORD = lazy_re(r"\b(?:fiscal(?:\s+year)?|financial\s+year|fy)\b", re.IGNORECASE)
_FISCAL_ANSWER = lazy_re(r"\b(?:19|20)\d{2}\s*[-\u2013/]\s*\d{2}(?:\d{2})?\b")
_POLAR_QUESTION = lazy_re(
    r"(?:^|,\s*|[.?!]\s+)(?:has|have|had|is|are|was|were|did|does|do|can|could|will|would|should|may|might)\b[^?]*\?"  # "..., has India joined?"
    r"|\byes\s+or\s+no\b",
    re.IGNORECASE,
)
_NO_WORDS = frozenset("no nope nah not none never neither nor nobody cannot".split())
_YES_WORDS = frozenset("yes yeah yep yup indeed".split())


def _polarity(response: str) -> str | None:
    """"no", "yes" or None: how a reply to a yes-or-no question comes out ("Nope, it stayed out", "India has not
    joined it"). Undecided when it says both, or neither."""
    tokens = re.sub(r"n['\u2019]t\b", " not", response.casefold())
    tokens = re.findall(r"[a-z]+(?:-[a-z]+)*", re.sub(r"\bnot\s+only\b", " ", tokens))  # "not only joined but led it" denies nothing
    if not tokens:
        return None
    if re.match(r"\s*not\s+(?:a\s+)?[\"'\u201c\u2018]?(?:no|yes)\b", response, re.IGNORECASE):
        return None  # 'Not "no" - several had': a reply about the reply
    nos = [t for t in tokens if t in _NO_WORDS]
    yeses = [t for t in tokens if t in _YES_WORDS]
    if tokens[0] in _NO_WORDS and not yeses:
        return "no"
    if tokens[0] in _YES_WORDS and not nos:
        return "yes"
    if not yeses and len(nos) == 1 and nos[0] in ("not", "never", "cannot"):
        return "no"  # "India has not joined it"; "it contained a no-war pact" or "it had no objection" says no such thing
    return None


def _polar_grade(response: str, answer: str, accept: Sequence[str], prompt: str) -> Grade | None:
    """A yes-or-no question whose answer is a bare "No" (or "Yes"): the reply's own yes or no decides, whatever
    else it says, since that is all the question asks."""
    bare = {normalise(_text(a)) for a in (answer, *(accept or ()))} & {"yes", "no"}
    if len(bare) != 1 or not _POLAR_QUESTION.search(prompt or ""):
        return None
    (expected,) = bare
    said = _polarity(response)
    if said is None and expected not in re.findall(r"[a-z]+(?:-[a-z]+)*", response.casefold()):
        stated = {w for a in (answer, *(accept or ())) for w in normalise(_text(a)).split() if len(w) >= 4} - STOPWORDS
        if not stated & set(normalise(response).split()):  # "they are non binding" for "No, they are non-binding" is judged as text
            return _wrong(_text(answer), response, f"'{response}' says neither yes nor no")  # "It contained a no-war pact"
    if said is None:
        return None
    if said == expected:
        return Grade(True, Reason.EXACT, _text(answer), response, f"'{response}' says {expected}, the answer")
    return _wrong(_text(answer), response, f"'{response}' says {said}; the answer is {expected}")


_ROMAN_WORD = lazy_re(r"\b(?=[IVXLC]+\b)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\b(?<=\w)")
_ORDINAL_IN = lazy_re(r"\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b", re.IGNORECASE)
_STATE_WORD = lazy_re(r"government|administration|authorities", re.IGNORECASE)
_COUNTRY_BY_ITS_STATE = lazy_re(r"\s*(?:the\s+)?([\w'-]+(?:\s+[\w'-]+)?)\s+(?:government|administration|authorities)\s*", re.IGNORECASE)
_PART_OF_PLACE = lazy_re(r"\s*(?:the\s+)?(?:north|south|east|west|northern|southern|eastern|western|central)\s+(.+?)\s*", re.IGNORECASE)
_HEDGE_BEFORE_SHARE = lazy_re(r"^\s*(?:about|around|roughly|approximately|nearly|almost|some|close\s+to)\s+", re.IGNORECASE)
_ONE_FOR_NOUN = lazy_re(r"\s*(.*?\w)\s+one\s*[.!]?\s*", re.IGNORECASE)


def _lenient_text(response: str, answer: str, accept: Sequence[str], kw: dict[str, Any]) -> Grade:
    """The plain reading, then the readings that forgive how it was written (figures in words, abbreviations...)."""
    result = _grade_text(response, answer, accept, **kw)
    if result.correct:
        return result
    given = _text(response)
    if "/" in given and (plain := _FRACTION_SUFFIX.sub(r"\1/\2", given)) != given:
        fraction = _lenient_text(plain, answer, accept, kw)
        if fraction.correct:  # "2/3rd" for two-thirds
            return Grade(True, fraction.reason, fraction.expected, given, fraction.detail.replace(plain, given), fraction.parts)
    if isinstance(response, str) and (worked := without_working(response)) != response:
        shown = _grade_text(worked, answer, accept, **kw)
        if shown.correct:  # "2023 minus 65 = 1958": the working shown comes to the answer
            return Grade(True, shown.reason, shown.expected, given, f"{shown.detail} (worked out: {given})", shown.parts)
    traits = _answer_traits(tuple([_text(answer), *(_text(a) for a in accept or ())]))
    said = digits_for_words(given) if traits[0] else given
    if said != given:
        spelled = _grade_text(said, answer, accept, **kw)  # "twenty-two single-seat and four twin-seat", "thirteenth May twenty twenty-four"
        if spelled.correct:
            return Grade(True, spelled.reason, spelled.expected, given, f"{spelled.detail} (said in words: {said})", spelled.parts)
    spelled_out = _ABBREVIATED.sub(_spell_out, _DIRECTION_INITIAL.sub(lambda m: _DIRECTIONS[m[1]] + " ", given) if "." in given else given)
    if "U" in spelled_out:  # every one of the bodies' initials has it
        spelled_out = _BODY_INITIALS.sub(lambda m: _BODY_NAMES[m[1]], spelled_out)  # "UN Multidimensional ... Mission in Mali"
    spelled_out = _FISCAL_YEAR.sub(_fiscal_span, spelled_out)  # "FY 2023-2024" where the pack says "FY 2023-24" too
    spelled_out = _NTH_COP.sub(lambda m: f"COP{m[1]}", spelled_out)  # "the 21st COP", "21st Conference of the Parties": COP21
    if (named_day := holidays.restate(spelled_out)) is not None:  # "New Year's Eve 2021", "Good Friday, 21 April 1916"
        if named_day[1]:
            return _wrong(_text(answer), given, named_day[1])  # "Christmas Eve, 25 December": two days
        spelled_out = named_day[0]
    if "entur" in spelled_out:
        spelled_out = _ROMAN_CENTURY.sub(_century_ordinal, spelled_out)  # "II century BC", "XXI Century Maritime Silk Road"
    if _MONTH_SHORT.search(spelled_out) and re.search(r"[\d\-–]|\b(?:to|until|till)\b", spelled_out):
        spelled_out = _MONTH_SHORT.sub(lambda m: month_name(month_number(m[1].casefold())), spelled_out)  # "Jan-Mar 2024", "Apr-Oct"
    if "00" in spelled_out:
        spelled_out = _CENTURY_HUNDREDS.sub(lambda m: f"{int(m[1]) + 1}th century", spelled_out)  # "the 1700s": the 18th century
    if "°" in spelled_out:
        spelled_out = re.sub(r"(\d)\s*°\s+(?=[A-Za-z]{2,})", r"\1 degree ", spelled_out)  # "10° Channel"
    if "/" in spelled_out and re.search(r"\b(?:to|until|till|and)\b|\d\s*[-–]\s*\d", spelled_out):
        spelled_out = _MONTH_SLASH_YEAR.sub(lambda m: f"{month_name(int(m[1]))} {m[2]}", spelled_out)  # "12/2014 to 01/2015"
    if spelled_out != given and not any(
        people.another_known_person(normalise(given), normalise(_text(a))) for a in (answer, *(accept or ()))
    ):  # "George W. Bush" spelled out "George West Bush" finds the accepted "George Bush", where the answer is his father
        full = _grade_text(spelled_out, answer, accept, **kw)
        if full.correct:  # "S. China Sea", "Trump admin", "Indian Space Research Org.", "J&K Light Infantry"
            return Grade(True, full.reason, full.expected, given, f"{full.detail} (abbreviated: {spelled_out})", full.parts)
    listed = _list_grade(given, [_text(answer), *(_text(a) for a in accept or ())], kw)
    if listed is not None:
        return Grade(True, Reason.ALTERNATIVE, _text(answer), given, listed)
    for respelled, letters in _acronyms_respelled(given, [_text(answer), *(_text(a) for a in accept or ())]):
        full = _grade_text(respelled, answer, accept, **kw)
        if full.correct:  # "Artificial Intelligence Impact Summit" for the AI Impact Summit, "GAIL, IOC" for Indian Oil Corporation
            return Grade(True, Reason.ALTERNATIVE, full.expected, given, f"Accepted: '{given}' is '{full.expected}', {letters.upper()} spelled the other way", full.parts)
    period = _period_months(given) if traits[1] else None  # no answer names an interval: none typed can be the same
    if period is not None and period in traits[1]:
        return Grade(True, Reason.ALTERNATIVE, _text(answer), given, f"'{given}' is the same interval as '{_text(answer)}'")
    candidates = [_text(answer), *(_text(a) for a in accept or ())]
    for reading in _READINGS:
        found = reading(given, answer, accept, candidates, kw)
        if found is not None:
            return found
    named = _country_for_demonym(given, [_text(answer), *(_text(a) for a in accept or ())])
    if named is not None:
        plain = _grade_text(named, answer, accept, **kw)
        if plain.correct:  # "South Chinese Sea", "Sri Lankan Ports Authority": the country's adjective inside a longer name
            return Grade(True, Reason.TYPO, plain.expected, given, f"Accepted: '{given}' says a country's adjective for '{named}'")
    return result


def _share_reading(given: str, answer: str, accept: Sequence[str], candidates: list[str], kw: dict[str, Any]) -> Grade | None:
    """"a third", "1/3", "33%" for the answer "one third"."""
    for candidate, share in _shares(tuple(candidates)):
        said = read_fraction(given)
        typed = parse_quantity(_HEDGE_BEFORE_SHARE.sub("", given)) if said is None else None
        if said is not None and abs(said - share) < 1e-9 or typed is not None and typed.unit == "%" and percent_is_fraction(typed.value, share, given):
            return Grade(True, Reason.NUMERIC, candidate, given, f"{given} = {candidate}")
    return None


@lru_cache(maxsize=64)  # one entry per question, as answer_forms
def _shares(candidates: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    """The answers that are shares ("one third"), with the share: read once per question, not on every response."""
    return tuple((candidate, share) for candidate in candidates if (share := read_fraction(candidate)) is not None)


@lru_cache(maxsize=64)  # one entry per question, as answer_forms
def _answer_traits(candidates: tuple[str, ...]) -> tuple[bool, frozenset[float], bool, bool]:
    """What the forgiving readings of :func:`_lenient_text` ask of the answers alone, whatever the response: whether
    any has a figure, the intervals they name (:func:`_period_months`), whether one is a list of two to six items
    with no figure (:func:`_list_grade`), whether one is a town and where it lies (:func:`_town_alone_reading`).
    Each reading then looks at the response only where the answers leave it something to find."""
    digits = any(c.isdigit() for c in "".join(candidates))
    periods = frozenset(p for c in candidates if c and (p := _period_months(c)) is not None)
    listed = any(2 <= len([i for i in ITEM_SPLIT.split(c.strip()) if i]) <= 6 and not any(ch.isdigit() for ch in c) for c in candidates)
    placed = any(c.count(",") == 1 for c in candidates)
    return digits, periods, listed, placed


_BOTH_ASKED = lazy_re(
    r"\b(?:city|town|port|place|base|site|capital)\s+(?:and|&)\s+(?:the\s+)?(?:country|state|province|region|nation)\b"
    r"|\b(?:name|give)\s+(?:both|the\s+city\s+and)",
    re.IGNORECASE,
)


_CHANGED_FROM = lazy_re(r"\bfrom\s+(?:the\s+|a\s+|an\s+)?([^,;?]+?)\s+(?:to|into)\s+(?:what|which)\b", re.IGNORECASE)


def _the_name_before(given: str, candidates: Sequence[str], prompt: str) -> str | None:
    """"British Commonwealth of Nations" where the question asks what the British Commonwealth was renamed to: every
    word of the old name kept, where no accepted answer keeps them, is the old name, not the new one."""
    changed = _CHANGED_FROM.search(prompt or "")
    if changed is None:
        return None
    old = {t for t in _tokens(changed[1]) if t not in STOPWORDS}
    if not old or not old <= set(_tokens(given)):
        return None
    return None if any(old <= set(_tokens(c)) for c in candidates) else changed[1]


_PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti", "ben", "ould"})


def _named_as_parent(given: str, candidates: Sequence[str]) -> str | None:
    """"Sheikh Khalifa bin Zayed" where the answer is Sheikh Zayed: the answer's name stands only after "bin" (son
    of), and another name before it, so the son is named, not the father. None where the answer itself is named so."""
    typed = _tokens(given)
    marks = [i for i, t in enumerate(typed) if t in _PATRONYMIC]
    if not marks:
        return None
    before, after = set(typed[: marks[0]]), set(typed[marks[0] + 1 :])
    for candidate in candidates:
        tokens = _tokens(candidate)
        own = [i for i, t in enumerate(tokens) if t in _PATRONYMIC]
        if own and (after <= set(tokens[own[0] + 1 :]) or typed[marks[0] + 1 : marks[0] + 2] == tokens[own[0] + 1 : own[0] + 2]):
            return None  # "Abdullah bin Touq Al Mari": the answer's own lineage, whatever is typed before it
    for candidate in candidates:
        keys = [t for t in _tokens(candidate) if t not in names.HONORIFICS and t not in names.TITLES and t not in STOPWORDS and t not in _PATRONYMIC]
        head = keys[:1]
        if head and head[0] in after and head[0] not in before and before - set(_tokens(candidate)) - names.HONORIFICS - names.TITLES - STOPWORDS:
            if typed[: marks[0]] != _tokens(candidate)[: marks[0]]:
                return candidate.split(" bin ")[0].split(" ibn ")[0]
    return None


def _town_alone_reading(given: str, answer: str, accept: Sequence[str], candidates: list[str], kw: dict[str, Any]) -> Grade | None:
    """"Dholera" for Dholera, Gujarat: the place asked for, without where the answer says it lies; not where the
    question asks for both ("In which city and country ...?")."""
    if not _answer_traits(tuple(candidates))[3]:
        return None  # no answer is a town with where it lies
    if "," in given or _place_pair(given) is not None or _BOTH_ASKED.search(kw.get("prompt") or ""):
        return None
    for candidate in candidates:
        pair = _place_pair(candidate) if candidate.count(",") == 1 and not _AND_RE.search(candidate) else None
        if pair is not None and names.is_container_place(normalise(pair[1])) and names.country_code(normalise(pair[0])) is None and not any(
            c.isdigit() for c in pair[0]
        ):  # "14 December 1960, Paris" is a date and a place, both asked: the date alone is half of it
            alone = _grade_text(given, pair[0], (), **kw)
            if alone.correct:
                return Grade(True, alone.reason, candidate, given, f"Accepted: '{given}' is {pair[0]}; the answer adds where it lies")
    return None


def _roman_ordinal_reading(given: str, answer: str, accept: Sequence[str], candidates: list[str], kw: dict[str, Any]) -> Grade | None:
    """"round III" for the 3rd round, "IV" for the fourth review."""
    if not _ROMAN_WORD.search(given) or not any(_ORDINAL_IN.search(c) for c in candidates):
        return None
    ordinal = _ROMAN_WORD.sub(lambda m: with_ordinal_suffix(roman_value(m[0].casefold()) or 0), given)
    full = _grade_text(ordinal, answer, accept, **kw)
    if full.correct:
        return Grade(True, full.reason, full.expected, given, f"{full.detail} (in Roman numerals: {ordinal})", full.parts)
    return None


def _government_reading(given: str, answer: str, accept: Sequence[str], candidates: list[str], kw: dict[str, Any]) -> Grade | None:
    """"the Malaysian government" for Malaysia: the country by its government."""
    government = _COUNTRY_BY_ITS_STATE.fullmatch(given) if _STATE_WORD.search(given) else None  # the word first, then the slow pattern
    if government is None:
        return None
    said = normalise(government[1])
    code = names.country_code(said) or names.country_code(names.DEMONYMS.get(said, ""))
    if code and any(names.country_code(normalise(c)) == code for c in candidates):
        return Grade(True, Reason.ALTERNATIVE, _text(answer), given, f"Accepted: '{given}' is the country {_text(answer)}")
    return None


_SIDE_WORD = lazy_re(r"\b(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower)(?:[- ]?(?:east|west)(?:ern)?)?\b", re.IGNORECASE)


def _part_of_place_reading(given: str, answer: str, accept: Sequence[str], candidates: list[str], kw: dict[str, Any]) -> Grade | None:
    """"southern Okinawa" for Okinawa; never "South Sudan" for Sudan, a place of its own."""
    part = _PART_OF_PLACE.fullmatch(given)
    if part is None or names.is_place_name(normalise(given)) or names.country_code(normalise(given)) is not None:
        return None
    if not any(names.is_place_name(normalise(c)) or names.is_container_place(normalise(c)) for c in candidates):
        return None
    if any(_SIDE_WORD.search(c) for c in candidates):
        return None  # "south of Mannar" for north of Mannar: the answer is itself a side, and this names another
    if _grade_text(part[1], answer, accept, **kw).correct:
        return Grade(True, Reason.EXACT, _text(answer), given, f"Accepted: '{part[1]}' is the answer; '{given}' names a part of it")
    return None


def _one_for_noun_reading(given: str, answer: str, accept: Sequence[str], candidates: list[str], kw: dict[str, Any]) -> Grade | None:
    """"the Hanoi one", asked by what name the UN Convention against Cybercrime is known: "one" for the question's noun."""
    one = _ONE_FOR_NOUN.fullmatch(given)
    if one is None:
        return None
    for candidate in candidates:
        head = candidate.split()[-1] if candidate.split() else ""
        if head.isalpha() and len(head) > 2 and re.search(rf"\b{re.escape(head)}\b", kw.get("prompt") or "", re.IGNORECASE):
            full = _grade_text(f"{one[1]} {head}", answer, accept, **kw)
            if full.correct:
                return Grade(True, full.reason, full.expected, given, f"Accepted: 'one' stands for the question's '{head}'", full.parts)
    return None


_IN_MONTH = lazy_re(r"^\s*(?:in|during|by|on|it was|i think|around)?\s*(?:the\s+month\s+of\s+)?(.+?)[\s.]*$", re.IGNORECASE)
_YEAR_IN = lazy_re(r"\b(1[89]\d\d|20\d\d)\b")


@lru_cache(maxsize=64)  # one entry per question, as answer_forms
def _answer_months(candidates: tuple[str, ...]) -> frozenset[int]:
    return frozenset({month_number(c.strip().casefold()) for c in candidates} - {None})


def _month_reading(given: str, answer: str, accept: Sequence[str], candidates: list[str], kw: dict[str, Any]) -> Grade | None:
    """"2 April 2025", "in March 2023" where the answer is the month alone: a date inside it, of a year the question
    names or its explanation gives, and on the day they give, if they give one."""
    months = _answer_months(tuple(candidates))
    if len(months) != 1:
        return None
    said_month = _IN_MONTH.fullmatch(given)
    reading = read_date(said_month[1], kw.get("date_order") or "dmy") if said_month is not None else None
    if reading is None or reading.precision not in ("day", "month") or reading.value.month not in months:
        return None
    said = " ".join([kw.get("prompt") or "", kw.get("explanation") or ""])
    years = {int(y) for y in _YEAR_IN.findall(said)}
    if reading.value.year not in years:
        return None  # "March 2019" for a trial of March 2023: a year nothing here gives is a claim that cannot be checked
    if reading.precision == "day":
        days = {d for d in _dates_said(said, reading.value.year) if d.month == reading.value.month}
        if days and reading.value not in days:
            return None
    return Grade(True, Reason.DATE, _text(answer), given, f"Accepted: {given} is in {_text(answer)}")


_INITIALS_FIRST = lazy_re(r"\s*((?:[A-Z]\.?\s*){1,3}?)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)\s*")


def _item_claim(response: str, candidates: list[str]) -> str | None:
    """One list item more or fewer than the answer names, unless the extra is the body's seat ("NCPOR, Goa")."""
    claim = an_item_more(response, candidates) or an_item_fewer(response, candidates)
    return claim if claim and _seat_named(response, candidates) is None else None


def _person_asked(kw: dict[str, Any]) -> bool:
    return kw.get("category") == "person" or asks_for_person(context(kw.get("prompt", ""), kw.get("explanation", ""), kw.get("category")))


def _initials_spelled_reading(given: str, answer: str, accept: Sequence[str], candidates: list[str], kw: dict[str, Any]) -> Grade | None:
    """"Khadga Prasad Sharma Oli" for KP Sharma Oli: the initials of a person's name written out, the surname as the
    answer writes it. Each written word must begin with its initial, and there must be one word for each."""
    words = given.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    if not _person_asked(kw):
        return None  # "Atomic Industry Impact Summit" is no AI Impact Summit: only a person's initials are written out
    for candidate in candidates:
        match = _INITIALS_FIRST.fullmatch(candidate)
        if match is None:
            continue
        letters = re.sub(r"[\s.]", "", match[1])
        rest = match[2].split()
        if len(letters) < 2 or len(words) != len(letters) + len(rest):
            continue
        spelled = words[: len(letters)]
        if all(w[0] == c and len(w) >= 3 and w.isalpha() for w, c in zip(spelled, letters)) and normalise(" ".join(words[len(letters):])) == normalise(match[2]):
            return Grade(True, Reason.ALTERNATIVE, candidate, given, f"Accepted: '{given}' is {candidate}, its initials written out")
    return None


_OPERATION_OR_EXERCISE = lazy_re(r"\b(operations?|exercises?)\b", re.IGNORECASE)


def _named_manoeuvre_reading(given: str, answer: str, accept: Sequence[str], candidates: list[str], kw: dict[str, Any]) -> Grade | None:
    """"Exercise NANOOK" for Operation NANOOK: the name carries it, and learners call one the other."""
    said = _OPERATION_OR_EXERCISE.findall(given)
    if len(said) != 1:
        return None
    kind = said[0].casefold().rstrip("s")
    other = "exercise" if kind == "operation" else "operation"
    if not any(normalise(c).removeprefix("the ").startswith(other + " ") for c in candidates) or any(kind in normalise(c).split() for c in candidates):
        return None
    bare = _OPERATION_OR_EXERCISE.sub(" ", given, count=1)
    bare = re.sub(r"^\s*the\s+", "", re.sub(r"\s+", " ", bare)).strip()
    plain = _grade_text(bare, answer, accept, **kw) if bare else None
    if plain is not None and plain.correct:
        return Grade(True, Reason.ALTERNATIVE, plain.expected, given, f"Accepted: '{given}' names {plain.expected}, an {other} called an {kind}")
    return None


def _initials_typed_reading(given: str, answer: str, accept: Sequence[str], candidates: list[str], kw: dict[str, Any]) -> Grade | None:
    """"A. B. Vajpayee" for Atal Bihari Vajpayee: a person's given names as their initials, the surname in full."""
    match = _INITIALS_FIRST.fullmatch(given)
    if match is None:
        return None
    if not _person_asked(kw):
        return None
    letters = re.sub(r"[\s.]", "", match[1])
    for candidate in candidates:
        words = candidate.split()
        if len(words) != len(letters) + len(match[2].split()):
            continue
        given_names = words[: len(letters)]
        if all(len(w) >= 2 and w[0].upper() == c for w, c in zip(given_names, letters)) and normalise(" ".join(words[len(letters):])) == normalise(match[2]):
            return Grade(True, Reason.ALTERNATIVE, candidate, given, f"Accepted: '{given}' is {candidate}, its given names as initials")
    return None


_SEAT_MARK = lazy_re(r"[,(]|\sin\s")
_WITH_SEAT = lazy_re(r"\s*(.+?)\s*(?:,\s*(?:in\s+)?|\(\s*(?:in\s+)?|\s+(?:based\s+|headquartered\s+)?in\s+)([^,()]+?)\s*\)?\s*[.!]?\s*")


def _seat_reading(given: str, answer: str, accept: Sequence[str], candidates: list[str], kw: dict[str, Any]) -> Grade | None:
    """"NCPOR, Goa", "ISRO (Bengaluru)": the body asked for, and the city the table in ``seats`` says it is based in."""
    named = _seat_named(given, candidates)
    if named is None:
        return None
    body, place = named
    alone = _grade_text(body, answer, accept, **kw)
    if alone.correct:
        return Grade(True, alone.reason, alone.expected, given, f"Accepted: '{body}' is the answer, based in {place}")
    return None


def _seat_named(given: str, candidates: list[str]) -> tuple[str, str] | None:
    """(the body, its seat) where the response adds the place the ``seats`` table gives for the body."""
    match = _WITH_SEAT.fullmatch(given) if _SEAT_MARK.search(given) else None  # a comma, a bracket or "in" to find first
    if match is None or not any(seats.based_in(name, match[2]) for name in (match[1], *candidates)):
        return None
    return match[1], match[2]


_KIN_NOUNS = "son|daughter|brother|sister|wife|husband|father|mother|uncle|aunt|nephew|niece|cousin|heir|widow"
_KIN = (
    r"(?:(?:elder|eldest|younger|youngest|older|oldest|first|second|third|fourth|fifth|only|illegitimate)\s+)?"
    rf"(?:half-|step-?|great-|grand)?(?:{_KIN_NOUNS})(?:-in-law)?"
)
_KIN_OWNER = r"(?:the\s+(?:king|queen|emperor|empress|tsar|sultan|duke|pope|shah)|[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|[IVX]+|of|de|von|the))*)"
_KIN_AFTER = lazy_re(rf"(?P<name>.+?),\s+(?:the\s+|a\s+|an\s+)?(?:{_KIN_OWNER}'s?\s+{_KIN}|{_KIN}\s+of\s+{_KIN_OWNER})\s*")
_KIN_BEFORE = lazy_re(rf"(?:{_KIN_OWNER}'s?|his|her)\s+{_KIN},?\s+(?P<name>[A-Z].+?)\s*")
_KIN_WORD = lazy_re(rf"\b(?:{_KIN_NOUNS})\b", re.IGNORECASE)


def _kinship_reading(given: str, answer: str, accept: Sequence[str], candidates: list[str], kw: dict[str, Any]) -> Grade | None:
    """"Ferdinand, Charles V's brother", "his fourth son, Philip the Bold", "Anne of Denmark, James I's wife": the
    person asked for, with whose kin they were. Where the name alone is right, the kinship only says who that is (the
    writers of rounds 1-627 labelled 25 such answers right and none wrong); not where the answer itself names a kin."""
    if not _KIN_WORD.search(given) or any(_KIN_WORD.search(c) for c in candidates):
        return None
    said = _KIN_AFTER.fullmatch(given) or _KIN_BEFORE.fullmatch(given)
    if said is None or _KIN_WORD.search(said["name"]):
        return None
    alone = _grade_text(said["name"], answer, accept, **kw)
    if not alone.correct:
        return None
    return Grade(True, alone.reason, alone.expected, given, f"Accepted: '{said['name'].strip()}' is the answer; '{given}' says whose kin", alone.parts)


_READINGS = (
    _share_reading, _town_alone_reading, _roman_ordinal_reading, _government_reading, _part_of_place_reading, _one_for_noun_reading, _month_reading,
    _initials_spelled_reading, _initials_typed_reading, _named_manoeuvre_reading, _seat_reading, _kinship_reading,
)  # fmt: skip
"""Readings tried, in order, once the plain one and the spelled-out ones have failed (the ninth session's classes)."""


_KNOWN_EXPANSIONS = {
    "ai": ("artificial intelligence",), "nsa": ("national security adviser", "national security advisor"),
    "upi": ("unified payments interface",), "ins": ("indian naval ship",), "iaf": ("indian air force",),
    "unsc": ("un security council", "united nations security council"), "eam": ("external affairs minister",),
    "cfb": ("canadian forces base",), "afs": ("air force station",), "gr": ("gorkha rifles",),
    "ioc": ("indian oil corporation",), "bpcl": ("bharat petroleum corporation", "bharat petroleum corporation limited"),
    "hal": ("hindustan aeronautics", "hindustan aeronautics limited"), "fta": ("free trade agreement",),
    "lac": ("line of actual control",), "loc": ("line of control",), "eez": ("exclusive economic zone",),
    "fdi": ("foreign direct investment",), "gdp": ("gross domestic product",), "ior": ("indian ocean region",),
    "acp": ("african caribbean and pacific",), "uae": ("united arab emirates",), "cds": ("chief of defence staff",),
}  # fmt: skip
"""Acronyms written into longer names, with the one expansion each has in this field: "Artificial Intelligence
Impact Summit" is the AI Impact Summit. Only these: a made-up expansion of another acronym proves nothing."""
_ROMAN_CENTURY = lazy_re(r"\b([IVXLC]{1,6})(?=\s+[Cc]entury\b)")


def _century_ordinal(match: re.Match[str]) -> str:
    value = roman_value(match[1].casefold())
    return match[0] if value is None else with_ordinal_suffix(value)


_MONTH_SHORT = lazy_re(r"(?<![\w])(jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?![\w])", re.IGNORECASE)
_CAPITALS = lazy_re(r"(?<![\w-])([A-Z]{2,5})(?![\w-])")


@lru_cache(maxsize=4096)
def _known_acronyms(text: str) -> tuple[str, ...]:
    """The acronyms of the table that ``text`` writes in capitals ("AI Impact Summit" -> ("ai",))."""
    if sum(map(str.isupper, text)) < 2:
        return ()
    return tuple(sorted({m.casefold() for m in _CAPITALS.findall(text)} & _KNOWN_EXPANSIONS.keys()))


def _acronyms_respelled(given: str, candidates: list[str]) -> list[tuple[str, str]]:
    """The response with a known expansion of an acronym in the answer written as that acronym, or with such an
    acronym it typed written out where the answer spells it out ("IOC" for Indian Oil Corporation)."""
    typed_acronyms = _known_acronyms(given)
    if not typed_acronyms and not any(_known_acronyms(c) for c in candidates):
        return []
    typed = " " + " ".join(normalise(given).replace("-", " ").split()) + " "
    found: list[tuple[str, str]] = []
    for candidate in candidates:
        spelled = " " + " ".join(normalise(candidate).replace("-", " ").split()) + " "
        for letters in _known_acronyms(candidate):
            for expansion in _KNOWN_EXPANSIONS[letters]:
                if f" {expansion} " in typed and f" {letters} " not in typed:
                    found.append((typed.replace(f" {expansion} ", f" {letters} ").strip(), letters))
        for letters in typed_acronyms:
            for expansion in _KNOWN_EXPANSIONS[letters]:
                if f" {expansion} " in spelled and f" {letters} " not in spelled:
                    found.append((typed.replace(f" {letters} ", f" {expansion} ").strip(), letters))
    return found


def _list_grade(given: str, candidates: list[str], kw: dict[str, Any]) -> str | None:
    """A list whose items each name one item of the answer's list, every item once ("Carney & Modi" for Narendra
    Modi and Mark Carney, "Udaygiri, Vikrant" for INS Vikrant and INS Udaygiri): each item is judged as an answer
    of its own. In the answer's order where the question asks for an order. A reason when right, else None."""
    if not _answer_traits(tuple(candidates))[2]:
        return None  # no answer is a list without figures that a list typed could match item for item
    if any(c.isdigit() for c in given) or "(" in given or any(w in NEGATIONS for w in normalise(given).split()):
        return None  # figures keep their labels, asides and denials their scope: judged whole
    typed = [t for t in ITEM_SPLIT.split(given.strip().rstrip(".")) if t]
    if len(typed) < 2 or len(typed) > 6:
        return None
    ordered = bool(_ORDER_RE.search(str(kw.get("prompt") or "").casefold()))
    for candidate in candidates:
        items = [i for i in ITEM_SPLIT.split(candidate.strip()) if i]
        if len(items) != len(typed) or any(c.isdigit() for c in candidate):
            continue
        fits = [[_grade_text(t, item, (), **kw).correct for item in items] for t in typed]
        if ordered:
            if all(fits[i][i] for i in range(len(items))):
                return f"Each of '{given}' names one of '{candidate}', in its order"
            continue
        if _perfect_matching(fits):
            return f"Each of '{given}' names one of '{candidate}'"
    return None


def _perfect_matching(fits: list[list[bool]]) -> bool:
    """Every row matched to its own column (Kuhn's augmenting paths; lists are short)."""
    owner: dict[int, int] = {}

    def place(row: int, seen: set[int]) -> bool:
        for col, ok in enumerate(fits[row]):
            if ok and col not in seen:
                seen.add(col)
                if col not in owner or place(owner[col], seen):
                    owner[col] = row
                    return True
        return False

    return all(place(row, set()) for row in range(len(fits)))


_CENTURY_HUNDREDS = lazy_re(r"\b(?:the\s+)?(1[0-9])00s\b", re.IGNORECASE)
_BODY_NAMES = {"UN": "United Nations", "EU": "European Union", "US": "United States", "UK": "United Kingdom", "AU": "African Union"}
_BODY_INITIALS = lazy_re(r"\b(UN|EU|US|UK|AU)\b(?=\s+[A-Z])")  # in capitals, before a name: not the pronoun "us"


_DIRECTIONS = {"S": "South", "N": "North", "E": "East", "W": "West"}
_DIRECTION_INITIAL = lazy_re(r"\b([NSEW])\.\s*(?=[A-Z][a-z])")  # "S. China Sea"; "S. Jaishankar" reads "South Jaishankar", which matches nothing


_PERIOD_WORDS = {
    "annual": 12, "annually": 12, "yearly": 12, "biennial": 24, "biennially": 24, "triennial": 36, "triennially": 36,
    "quadrennial": 48, "quinquennial": 60, "biannual": 6, "biannually": 6, "semiannual": 6, "semi annual": 6,
    "semiannually": 6, "semi annually": 6, "half yearly": 6, "quarterly": 3, "monthly": 1, "bimonthly": 2,
}
_PERIOD_UNITS = {"year": 12, "years": 12, "yr": 12, "yrs": 12, "month": 1, "months": 1, "decade": 120, "decades": 120}
_EVERY = lazy_re(r"(?:once\s+)?(?:every|each|in every|once in|once every)\s+(?:(\w+)\s+)?(year|years|yr|yrs|month|months|decade|decades)")
_TIMES_A = lazy_re(r"(once|twice|thrice|two times|three times|four times)\s+(?:a|an|per|each|every)\s+(year|month|decade)")


def _period_months(text: str) -> float | None:
    """How often, in months: "biennial", "every 2 yrs", "once every two years", "every 24 months" are all 24;
    "biannual" and "twice a year" are 6. None when the text says no interval."""
    said = " ".join(normalise(text).replace("-", " ").split())
    said = re.sub(r"^(?:it is |it s |held |it was |they meet |meets )", "", said)
    if said in _PERIOD_WORDS:
        return _PERIOD_WORDS[said]
    if (every := _EVERY.fullmatch(said)) is not None:
        count = every[1]
        value = 1.0 if count is None else float(count) if count.isascii() and count.isdecimal() else CARDINALS.get(count)
        return None if value is None else value * _PERIOD_UNITS[every[2]]
    if (times := _TIMES_A.fullmatch(said)) is not None:
        per = {"once": 1, "twice": 2, "thrice": 3, "two times": 2, "three times": 3, "four times": 4}[times[1]]
        return _PERIOD_UNITS[times[2]] / per
    return None


def _adjective_of(adjective: str, country: str) -> bool:
    """"chinese" of china, "lankan" of (sri) lanka."""
    named = names.DEMONYMS.get(adjective)
    return named is not None and (named == country or named.split()[-1] == country)


def _country_for_demonym(given: str, candidates: list[str]) -> str | None:
    """The response with one country adjective changed to the country (or back) where the pack's answer, a name
    of three words or more, has the other form: "Chinese National Space Administration" -> "China National ...".
    A bare "Indian" for India is no such slip: the rest of the name must be there."""
    tokens = normalise(given).split()
    if len(tokens) < 3:
        return None
    for candidate in candidates:
        wanted = normalise(candidate).split()
        if len(wanted) < 3 or len(wanted) != len(tokens):
            continue
        differ = [(a, b) for a, b in zip(tokens, wanted) if a != b]
        if 1 <= len(differ) < len(wanted) and all(_adjective_of(typed, key) or _adjective_of(key, typed) for typed, key in differ) and any(
            names.country_code(a) is None and a not in names.DEMONYMS and a not in STOPWORDS for a, b in zip(tokens, wanted) if a == b
        ):  # fmt: skip  the name's own words stay: "Australian Indian Exercise"
            return candidate
    return None


@lru_cache(maxsize=64)
def answer_forms(
    candidates: tuple[str, ...], prompt: str, explanation: str, category: str | None
) -> tuple[tuple[str, ...], tuple[tuple[str, bool], ...]]:
    """The answer and its alternatives with the other forms the question allows, whatever the response:
    each re-reading of a response (in words, spelled out, worked out...) asked for them again, so they are
    worked out once per question, and by ``grading.prepare`` while it is read. Returns the forms, then the
    acronyms and expansions of known ones (each with whether it is a list: "(" in a response drops those)."""
    forms = list(candidates)
    forms += _designation_parts(forms, prompt, category)
    forms += _without_honorific_or_initials(forms, category, context(prompt, explanation, category))
    forms += places.other_names(forms, prompt)  # "Vizag" for Visakhapatnam, "Bombay" for Mumbai
    if not _TWO_THINGS_ASKED.search(prompt):  # "What was the newspaper's name, and what does it mean?": both halves asked
        forms += [alias for c in list(forms) for alias in _bracketed_aliases(c) if alias not in forms]  # "Mechelen (Malines)"
    forms += elements.symbol_forms(forms, prompt)  # "Li and Co" for lithium and cobalt
    forms += [form for c in list(forms) for form in _said_forms(c) if form not in forms]  # "the eighties"
    asked_words = normalise(prompt).split()
    spelled: dict[str, list[set[str]]] = {}
    for f in forms:
        if " " in f.strip():
            for a in names.acronyms(normalise(f).split()):
                spelled.setdefault(a, []).append(_content_words(f))
    acronym_forms = tuple(
        (form, len(ITEM_SPLIT.split(form)) > 1) for c in forms for form in acronyms.other_forms(c)
        if form not in forms and normalise(form) not in asked_words  # "What does NORAD stand for?": not NORAD
        and not _another_expansion(form, spelled.get(normalise(c), ()) if " " not in c.strip() else ())
    )  # fmt: skip  "Agence France-Presse" for AFP, "SCO" for the Shanghai Cooperation Organisation
    return tuple(forms), acronym_forms


_TWO_THINGS_ASKED = lazy_re(r",?\s+and\s+(?:what|which|who|whom|how|where|when|why)\b", re.IGNORECASE)
_ALIAS_IN_BRACKETS = lazy_re(r"\s*([^()\d,;]+?)\s*\(([^()\d,;]+)\)\s*")


def _bracketed_aliases(answer: str) -> tuple[str, ...]:
    """"the Duke of Somerset (Edmund Beaufort)", "Mechelen (Malines)", "York (the Yorkists)": a name and another
    name of the same thing in brackets, either of which names it; not a list ("and"), a figure, an acronym (read
    as such elsewhere), nor a place the bracket only locates ("Pahalgam (Kashmir)", "Brest (France)")."""
    pair = _ALIAS_IN_BRACKETS.fullmatch(answer) if "(" in answer else None
    if pair is None:
        return ()
    parts = (pair[1].strip(), pair[2].strip())
    for part in parts:
        said = normalise(part)
        if not said or _AND_RE.search(part) or part.replace(".", "").isupper() or " " not in part.strip() and part[:1].islower():
            return ()
        if names.country_code(said) is not None or names.is_container_place(said) or names.is_place_name(said):
            return ()
    return parts


def _content_words(text: str) -> set[str]:
    return {w for w in re.split(r"[\s-]+", normalise(text)) if w and w not in ("the", "of", "on", "for", "and", "a", "an", "in")}


def _another_expansion(form: str, spelled_out: Sequence[set[str]]) -> bool:
    """An acronym the answer itself spells out stands for that expansion: ICC beside "International Chamber of
    Commerce" is not the International Criminal Court the acronym list knows (most of its words differ); "the Treaty
    on the Non-Proliferation of Nuclear Weapons" beside "Nuclear Non-Proliferation Treaty" is the same treaty."""
    words = _content_words(form)
    return bool(spelled_out) and all(len(words & other) * 2 < len(words) for other in spelled_out)


@lru_cache(maxsize=64)  # one entry per question, as answer_forms
def _words_of(candidates: tuple[str, ...]) -> frozenset[str]:
    """Every word of the answers, normalised: read once per question, not on every response."""
    return frozenset(t for c in candidates for t in normalise(c).split())


def _grade_text(
    response: str,
    answer: str,
    accept: Sequence[str] = (),
    *,
    prompt: str = "",
    accepted: Collection[str] = (),
    date_order: str = "dmy",
    explanation: str = "",
    category: str | None = None,
) -> Grade:
    answer = _text(answer)
    given = _text(response)
    candidates = [answer] + [_text(a) for a in accept or () if _text(a)]
    if not given:
        return _wrong(answer, given, "No answer given")
    if _overruled(given, accepted):
        return Grade(True, Reason.ALTERNATIVE, answer, given, _ACCEPTED_BEFORE)
    timed = _clock_grade(given, answer, candidates)
    if timed is not None:
        return timed
    forms, acronym_forms = answer_forms(tuple(candidates), prompt, explanation, category)
    candidates = [*forms, *(form for form, listed in acronym_forms if not ("(" in given and listed))]  # members in brackets: all of them, judged below
    if _FISCAL_YEAR.search(given) and not any(_FISCAL_YEAR.search(c) for c in candidates):
        said = _FISCAL_YEAR.sub(_fiscal_span, given)
        if said != given:  # "FY24" = 2023-24, India's financial year from April to March
            result = grade_text(said, answer, accept, prompt=prompt, accepted=accepted, date_order=date_order, explanation=explanation, category=category)
            return Grade(result.correct, result.reason, result.expected, given, result.detail, result.parts)
    norm_given = normalise(given)
    if (ordinal := ORDINALS.get(normalise(answer).removeprefix("the "))) is not None and not any(c.isdigit() for c in answer):
        edition = _ACRONYM_EDITION.fullmatch(given)  # "IAFS-III": the summit's initials before its edition
        spoken = edition[2] if edition and _initials_in(edition[1], prompt) else given
        as_figure = grade_numeric(spoken, ordinal, prompt=prompt, explanation=explanation, date_order=date_order, category=category)
        if as_figure.correct:  # "IV" or "the 4th" for "fourth"
            return Grade(True, as_figure.reason, answer, given, as_figure.detail)

    # 1) exact / alternative
    for candidate in candidates:
        if (bare := _LEGAL_FORM.sub("", candidate)) != candidate and norm_given == normalise(bare):
            return Grade(True, Reason.ALTERNATIVE, answer, given, f"'{given}' is '{candidate}' without its legal form")
        if norm_given and norm_given in _RANK_SHORT.get(normalise(candidate), "").split("|"):  # "Col." for Colonel, never "Lt Col"
            return Grade(True, Reason.ALTERNATIVE, answer, given, f"'{given}' is short for '{candidate}'")
    for index, candidate in enumerate(candidates):
        norm_candidate = normalise(candidate)
        same = norm_given == norm_candidate if norm_candidate else given.casefold() == candidate.casefold()
        if same and _symbols_differ(given, candidate):
            return _wrong(answer, given, f"Wrong currency: {given} is not {candidate}")  # "$70-90 million" for £70-90 million
        if same and ("-" in given or "\u2212" in given or "+" in given) and _sign_flipped(given, [candidate]):
            return _wrong(answer, given, f"The sign is the other way: '{given}' is not '{candidate}'")  # "UTC−05:30" for UTC+05:30
        if same:
            gq, cq = parse_quantity(given), parse_quantity(candidate)
            if gq and cq and gq.unit != cq.unit and units.is_known(gq.unit) and units.is_known(cq.unit) and not (
                units.dimension(gq.unit) == "currency" and currency.currencies_agree(gq.unit, cq.unit or "")
            ):
                return _wrong(answer, given, f"Wrong unit: {given} is not {answer}")
            if index == 0:
                return Grade(True, Reason.EXACT, answer, given, "Exact match")
            return Grade(True, Reason.ALTERNATIVE, answer, given, f"Accepted alternative: '{candidate}'")
    if not norm_given:
        return _wrong(answer, given, "Nothing left to compare once punctuation is removed")

    # 2) the same name spelled another way (World War 2 = WW II), or only the spacing differs
    given_tokens = names.canonical_tokens(given)
    squeezed_given = norm_given.replace(" ", "")
    for index, candidate in enumerate(candidates):
        tokens = names.canonical_tokens(candidate)
        if tokens and tokens == given_tokens:
            reason = Reason.EXACT if index == 0 else Reason.ALTERNATIVE
            return Grade(True, reason, answer, given, f"Same name: '{given}' = '{candidate}'")
        if squeezed_given == normalise(candidate).replace(" ", "") and squeezed_given:
            reason = Reason.EXACT if index == 0 else Reason.ALTERNATIVE
            return Grade(True, reason, answer, given, f"Accepted: only the spacing differs from '{candidate}'")

    month_words = norm_given.split()
    if len(month_words) == 2 and month_words[1].isdigit() and month_words[1] in prompt.split() + explanation.split():
        norm_given = month_words[0]  # "July 2020" for July when the question is about 2020
    elif len(month_words) == 2 and month_words[0] in ("in", "during") and month_number(month_words[1]) is not None:
        norm_given = month_words[1]  # "in Oct", as "in October" is read
    month = month_number(norm_given)
    if month is not None and len(norm_given) >= 3:  # "Jul" for July, "Sept" for September
        for index, candidate in enumerate(candidates):
            if month_number(normalise(candidate)) == month and len(normalise(candidate)) > 3:
                return Grade(True, Reason.EXACT if index == 0 else Reason.ALTERNATIVE, answer, given, f"'{given}' is short for {candidate}")

    words = context(prompt, explanation, category)
    # 3) spans of figures or days, then dates, year ranges and numbers, read out of a short sentence
    spanned = _range_grade(given, answer, candidates, words, date_order)
    if spanned is not None:
        return spanned
    structured = _grade_structured(given, answer, candidates, words, prompt, date_order)
    if structured is not None:
        return structured

    paired = _paired_figures(given, answer, prompt)
    if paired is not None:
        return paired
    slashed = _SLASHED.findall(answer) if "/" in answer else []  # the pattern needs a slash
    if slashed and (typed := _SLASHED.findall(given)) and [re.sub(r"\s", "", t) for t in typed] != [re.sub(r"\s", "", t) for t in slashed]:
        return _wrong(answer, given, f"{typed[0]} is not {slashed[0]}")  # "1/6 Gorkha Rifles" is another battalion than 6/1
    if (ranked := _another_rank_of(given, candidates)) is not None:
        return _wrong(answer, given, f"'{given}' names another rank than '{ranked}'")
    if (paired_otherwise := _numbers_paired_otherwise(given, candidates)) is not None:
        return _wrong(answer, given, f"The numbers of '{given}' go with other words than in '{paired_otherwise}'")
    if asks_for_person(words) and (past := _past_office(given)) and PRESENT_TENSE.search(words.text) and not _of_another_country(past, words):
        return _wrong(answer, given, f"'{past}' says the office is past, and the question asks who holds it")
    # 4a) asides that add nothing against the answer: "JIMEX (naval)", "CANZUK (Canada, Australia, ...)",
    # "INS Vikrant, India's indigenous carrier", "Deputy Prime Minister Richard Marles"
    plain = without_asides(given, words, _words_of(tuple(candidates)))  # an expansion only as known
    if plain is None:
        plain = without_apposition(given, words)
    if plain is None and normalise(answer) not in _RANK_SHORT and normalise(answer) not in names.TITLES:
        plain = without_title(given, words, prompt)  # not where the answer is itself a rank: "Lt Col" is no Colonel
    if plain is None and (ship := _SHIP_TYPE.match(given) or (
        _SHIP_KIND_BEFORE_NAME.match(given) if not _SHIP_WORDS.isdisjoint(words.words) else None
    )) is not None and (not ship["nation"] or ship["nation"].strip().casefold() in words.words):  # fmt: skip
        plain = given[ship.end() :]  # "the Halifax-class frigate HMCS Vancouver", "the collier Markomannia": what the ship is
    verified = people.without_verified_title(given, candidates)  # "Fiji PM Sitiveni Rabuka": an office the table knows he held
    nearby = _NEAR_A_PLACE.fullmatch(given) if "near " in given.casefold() else None  # "Laxenburg, near Vienna": where it lies
    near = nearby["head"] if nearby is not None and not any(c.isdigit() for c in nearby["place"]) else None
    initialled = None
    if (found := _MIDDLE_INITIAL.search(given)) is not None and not any(_AN_INITIAL.search(c) for c in candidates):
        initialled = _MIDDLE_INITIAL.sub(r"\1 ", given) if len(_MIDDLE_INITIAL.findall(given)) == 1 and not (
            found[1].casefold() in names.TITLES or found[1].casefold() in names.HONORIFICS
        ) else None  # "General George G. Meade" for George Meade; not "Sir G. Barlow", a title
    for bare in dict.fromkeys(p for p in (plain, verified, near, initialled) if p is not None and p != given):
        token = LOWERED.set(bare == bare.casefold() and given != given.casefold())
        try:
            inner = grade_text(bare, answer, accept, prompt=prompt, date_order=date_order, explanation=explanation, category=category)
        finally:
            LOWERED.reset(token)
        if inner.correct:
            return Grade(True, inner.reason, answer, given, f"{inner.detail}; '{given}' only adds a description to it")
    described = without_description(given, candidates, words, lambda name: _right_or_none(name, answer, accept, prompt, date_order, explanation, category))
    if described is not None:  # "IFRC head Tamer Ramadan", "Kirsti Bergsto, SV leader": who the person is, in other words
        name, inner = described
        return Grade(True, inner.reason, answer, given, f"{inner.detail}; '{given}' only describes '{name}'")

    # 4) a name with its acronym or expansion beside it: "North American ... Command (NORAD)"
    parts = _split_brackets(given)
    if parts is not None:
        first = grade_text(parts[0], answer, accept, prompt=prompt, date_order=date_order, explanation=explanation, category=category)
        second = grade_text(parts[1], answer, accept, prompt=prompt, date_order=date_order, explanation=explanation, category=category)
        expansion_known = any(_is_acronym_of(part, c) for part in parts for c in candidates) or any(
            len(acronyms.other_forms(part)) and part.strip().isupper() for part in parts
        )  # FICCI spelled out must be the Federation of Indian Chambers..., as the table of acronyms has it
        if first.correct and (second.correct or not expansion_known and (_is_acronym_of(parts[1], parts[0]) or _is_acronym_of(parts[0], parts[1]))):
            # an expansion the pack gives must be that one ("EUMAM - European Union Maritime Assistance Mission" is not)
            return Grade(True, first.reason, answer, given, f"Both '{parts[0]}' and '{parts[1]}' name the answer '{answer}'")
        if second.correct and not expansion_known and (_is_acronym_of(parts[0], parts[1]) or _is_acronym_of(parts[1], parts[0])):
            # an expansion the pack does not give; one it gives must be right ("Cabinet Committee on Strategy (CCS)")
            return Grade(True, second.reason, answer, given, f"Both '{parts[0]}' and '{parts[1]}' name the answer '{answer}'")
        if expansion_known and first.correct != second.correct:
            short, spelled = (parts[0], parts[1]) if first.correct else (parts[1], parts[0])
            known = [c for c in (*candidates, *acronyms.other_forms(short)) if _is_acronym_of(short, c)]
            typed = set(_tokens(spelled)) - STOPWORDS
            if known and typed and any(len(typed & set(_tokens(k))) * 2 >= len(typed) for k in known):
                return _wrong(answer, given, f"'{spelled}' is not what {short} stands for")  # "International South South Transport Corridor (INSTC)"

    # 5) a state by its own ISO letters ("BC" for British Columbia, "WB" for West Bengal)
    letters = _DOTS_AND_SPACES.sub("", given)
    if 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper():  # "B.C."
        for candidate in candidates:
            if names.is_state_code(letters.casefold(), normalise(candidate)):
                return Grade(True, Reason.ALTERNATIVE, answer, given, f"'{given.strip()}' is the code of {candidate}")
    # 5) the same country by another of its names ("Republic of Slovenia", "Bharat")
    same_country = _same_country(given, candidates)
    if same_country is not None:
        return Grade(True, Reason.ALTERNATIVE, answer, given, f"'{given}' is another name of {same_country}")

    # 6) key terms of the answer, harmless words around them, typos per word
    result = _grade_terms(given, answer, candidates, words, prompt)
    if result.correct and (both := _AND_RE.fullmatch(given)) is not None and not any(_AND_RE.search(c) or "," in c for c in candidates) and (
        not _one_place_with_and(both[1], both[2])
    ):
        def alone(text: str) -> bool:
            return grade_text(text, answer, accept, prompt=prompt, date_order=date_order, explanation=explanation, category=category).correct

        if normalise(both[2]) not in GENERIC_TAILS and alone(both[1]) and not alone(both[2]):
            return _wrong(answer, given, f"'{both[2]}' is another answer beside '{both[1]}'")  # "Antrix and ISRO"
    if result.correct and (extra := _country_beyond_the_list(given, candidates)) is not None:
        return _wrong(answer, given, f"'{extra}' is another answer beside the ones asked for")  # "Finland, Sweden and Ukraine"
    if result.correct and (before := _the_name_before(given, candidates, prompt)) is not None:
        return _wrong(answer, given, f"'{given}' keeps what the question says was changed: {before}")  # "British Commonwealth of Nations"
    if result.correct and (father := _named_as_parent(given, candidates)) is not None:
        return _wrong(answer, given, f"'{given}' names a child of {father}, not {father}")  # "Khalifa bin Zayed" for Sheikh Zayed
    if result.correct and asks_for_person(words) and _adds_a_named_person(given, candidates, prompt):
        return _wrong(answer, given, f"'{given}' adds someone the question names beside the answer")
    unconfirmed = result.correct and _claims_container(given, candidates)
    if result.correct and not unconfirmed:
        return result
    if unconfirmed:
        result = _wrong(answer, given, f"'{given}' says where the answer lies, and nothing confirms it")

    # 7) a place with the place it is in ("Kazan, Russia"), or the answer and what it is not ("Latvia, not Estonia")
    def again(text: str) -> bool:
        return grade_text(text, answer, accept, prompt=prompt, date_order=date_order, explanation=explanation, category=category).correct

    edition = _edition_grade(given, answer, words, category, again) or _capital_grade(given, answer, again) or _described_grade(given, answer, again, words.said)
    if edition is not None:
        return edition
    if not result.correct and explanation and (own := _the_explanations_words(given, candidates, explanation)) is not None:
        return Grade(True, Reason.EXACT, answer, given, f"Accepted: the question's explanation says '{own}' too")
    unbracketed = _DENIED_IN_BRACKETS.sub(r", \1 \2", given) if "(" in given else given  # "Mauritius (not the Maldives)"
    return (
        _place_pair_grade(given, answer, candidates, again, words) or _denial_grade(unbracketed, answer, candidates, again, words)
        or (_country_with_a_place_in_it(given, answer, candidates) if result.detail.endswith("something it does not say") else None) or result
    )


_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_WEEKDAY_SHORT = {"monday": "mon", "tuesday": "tue tues", "wednesday": "wed", "thursday": "thu thur thurs", "friday": "fri", "saturday": "sat", "sunday": "sun"}


_DECADE = lazy_re(r"(?:the\s+)?(?:19|')?([2-9])0'?s", re.IGNORECASE)
_REGNAL = lazy_re(r"([A-Z][a-z]+)\s+([IVX]{1,4})")


def _said_forms(candidate: str) -> list[str]:
    """Other ways to say a decade, a regnal number or a weekday: "the eighties" for the 1980s, "Charles the
    Second" for Charles II, "Sun." for Sunday."""
    text = candidate.strip()
    if not text[-1:].isalpha() or len(text) > 24:
        return []
    if (decade := _DECADE.fullmatch(text)) is not None:
        word = _DECADE_WORDS[int(decade[1]) - 2]
        return [f"the {word}", word, f"the {decade[1]}0s", f"{decade[1]}0s", f"the nineteen {word}", f"nineteen {word}"]
    if (regnal := _REGNAL.fullmatch(text)) is not None and (value := roman_value(regnal[2].casefold())) and value <= 10:
        return [f"{regnal[1]} the {_ORDINAL_WORDS[value - 1]}"]
    if (short := _WEEKDAY_SHORT.get(text.casefold())) is not None:
        return short.split()
    return []


_RANK_SHORT = {
    "colonel": "col", "general": "gen", "major": "maj", "brigadier": "brig", "commodore": "cmde", "admiral": "adm",
    "captain": "capt", "lieutenant": "lt", "lieutenant colonel": "lt col", "lieutenant general": "lt gen",
    "major general": "maj gen", "brigadier general": "brig gen|bgen", "vice admiral": "vice adm|v adm|vadm",
    "rear admiral": "rear adm|r adm|radm", "air marshal": "air mshl", "air chief marshal": "acm", "wing commander": "wg cdr",
    "squadron leader": "sqn ldr", "group captain": "gp capt",
}


_DENIED_IN_BRACKETS = lazy_re(r"\s*\((not|rather than)\s+(.+?)\)\s*$")
_SHIP_KINDS = (
    "destroyer frigate corvette submarine carrier warship ship vessel cruiser tanker icebreaker steamship steamer liner "
    "battlecruiser battleship sloop gunboat collier schooner brig ironclad monitor yacht tug trawler transport"
).split()
_SHIP_KIND = (
    r"(?:the\s+)?(?P<nation>(?-i:[A-Z][a-z]+)\s+)?(?:[\w-]+[- ]class\s+)?(?:(?:guided[- ]missile|stealth|offshore|nuclear[- ]powered|aircraft|"
    r"patrol|amphibious|fleet|survey|research|training|naval|missile|steam|paddle|screw|sailing|armou?red|old)\s+)*"
    r"(?:" + "|".join(sorted(_SHIP_KINDS, key=len, reverse=True)) + r")\s+"
)  # a nation before it only where the question says it ("French ship Achille")
_SHIP_TYPE = lazy_re(_SHIP_KIND + r"(?=(?:" + "|".join(sorted(names.SHIP_PREFIXES)) + r")\s)", re.IGNORECASE)
"""What a ship is, before its navy's prefix and name: "the Halifax-class frigate HMCS Vancouver"."""
_SHIP_KIND_BEFORE_NAME = lazy_re(_SHIP_KIND + r"(?=[A-Z])", re.IGNORECASE)
"""What a ship is, right before its name ("the destroyer Buiny", "the collier Markomannia"): only where the question is
about ships, since "the destroyer Rheinland" for the Rhine province is another thing."""
_SHIP_WORDS = frozenset(_SHIP_KINDS) | frozenset("ships vessels navy naval fleet squadron flotilla flagship sank sunk scuttled torpedoed".split())
_LEGAL_FORM = lazy_re(r"(?<=\w)[\s,]+(?:Pvt\.?\s+Ltd|Private\s+Limited|Limited|Ltd|Inc|Corp|plc|LLC|Co)\.?$", re.IGNORECASE)
""""Coal India" for Coal India Limited: a company's legal form is not part of its name as people say it."""
_PAST_TITLE = lazy_re(r"\b(?:former|ex)[\s-]+((?:[A-Za-z]+\s+){0,2}[A-Za-z]+)", re.IGNORECASE)


_PEERAGE = {
    "duke": "duke", "duc": "duke", "duque": "duke", "duca": "duke", "herzog": "duke", "duchess": "duke",
    "prince": "prince", "princess": "prince", "prinz": "prince", "principe": "prince", "count": "count", "comte": "count",
    "graf": "count", "conde": "count", "countess": "count", "earl": "count", "marquis": "marquess", "marquess": "marquess",
    "marchioness": "marquess", "marques": "marquess", "baron": "baron", "baroness": "baron", "viscount": "viscount",
    "vicomte": "viscount", "archduke": "archduke", "elector": "elector", "margrave": "margrave", "landgrave": "landgrave",
    "king": "king", "queen": "king", "emperor": "emperor", "empress": "emperor",
}
_AN_INITIAL = lazy_re(r"(?:^|\s)[A-Z]\.?(?:\s|$)")
_MIDDLE_INITIAL = lazy_re(r"\b([A-Z][a-z]{2,})\s+[A-Z]\.?\s+(?=[A-Z][a-z])")
"""A middle initial between a first name and a surname ("George G. Meade"), where the answer gives none."""
_NEAR_A_PLACE = lazy_re(r"(?P<head>.*?\w.*?)(?:\s*,\s*|\s+)near\s+(?:the\s+)?(?P<place>[A-Za-z][\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,3})\s*")
"""An answer, then "near" a place ("Mhow, near Indore", "Carouge near Geneva"): the writers of the evaluation sets
gave 106 such answers right and not one wrong (rounds 1-763)."""
_RANK_OF = lazy_re(r"\s*(?:the\s+)?([A-Za-z]+)\s+(?:of|de|du|von|di|da)\s+(.+?)\s*", re.IGNORECASE)
_RANK_NAME_OF = lazy_re(r"\s*(?:the\s+)?(?:1st\s+|first\s+)?([A-Za-z]+)\s+[A-Z][\w'-]+\s+(?:of|de|du|von|di|da)\s+(.+?)\s*")
"""A title with its holder's name before the place: "Baron Napier of Magdala", "1st Earl Kitchener of Khartoum"."""


def _another_rank_of(given: str, candidates: list[str]) -> str | None:
    """"Prince of Valmy" for Duke of Valmy: a title of the same place with another rank of nobility is another title
    ("Duc de Valmy" is the same one; "Lord" goes with any rank and is not checked)."""
    typed = _RANK_OF.fullmatch(given)
    if typed is None or (rank := _PEERAGE.get(typed[1].casefold())) is None:
        return None
    place = normalise(typed[2])
    ranks = {}
    for candidate in candidates:
        stated = _RANK_OF.fullmatch(candidate) or _RANK_NAME_OF.fullmatch(candidate)  # "Baron Napier of Magdala"
        if stated is not None and normalise(stated[2]) == place and (other := _PEERAGE.get(stated[1].casefold())) is not None:
            ranks.setdefault(other, candidate)
    return None if not ranks or rank in ranks else next(iter(ranks.values()))


_NUMBERED = lazy_re(r"\b(\d+)(?:st|nd|rd|th)?\s+([A-Za-z]+)", re.IGNORECASE)


def _numbered(text: str) -> set[tuple[str, str]]:
    """Each number with the word it counts or ranks ("1st Battalion"), not with "and" of a list ("6th and 1st")."""
    return {(n, singular(w.casefold())) for n, w in _NUMBERED.findall(text) if w.casefold() not in STOPWORDS}


def _numbers_paired_otherwise(given: str, candidates: list[str]) -> str | None:
    """"5th Battalion, 1st Field Artillery" for 1st Battalion, 5th Field Artillery: the same numbers and words, each
    number on another word, name another unit. The answer with its parts in another order ("5th Field Artillery,
    1st Battalion") keeps each number on its word."""
    typed = _numbered(given)
    if len(typed) < 2:
        return None
    pairings = [(c, _numbered(c)) for c in candidates]
    if any(stated == typed for _, stated in pairings):
        return None
    for candidate, stated in pairings:
        if len(stated) == len(typed) and sorted(n for n, _ in stated) == sorted(n for n, _ in typed) and {w for _, w in stated} == {w for _, w in typed}:
            return candidate
    return None


def _of_another_country(office: str, words: Context) -> bool:
    """"former Brazilian president" where the question asks who is president of a bank: a country's office the
    question does not name is another office than the one it asks about."""
    for word in normalise(office).split():
        country = names.DEMONYMS.get(word) or (word if names.country_code(word) is not None else None)
        if country is not None and word not in words.words and normalise(country) not in words.spoken:
            return True
    return False


def _past_office(given: str) -> str | None:
    """"former EAM", "Rajnath Singh, former Defence Minister": an office named as past (a title within the
    three words after "former" or "ex")."""
    past = _PAST_TITLE.search(given)
    if past is None or not any(w.casefold() in names.TITLES for w in past[1].split()):
        return None
    return past[0]
_AND_RE = lazy_re(r"\s*(.+?)\s+(?:and|&)\s+(.+?)\s*", re.IGNORECASE)
_EDITION = lazy_re(r"\s*(.+?)[\s-]+'?((?:19|20)\d\d|\d\d)\s*")
_EVENT_WORDS = frozenset("exercise exercises drill drills wargame wargames manoeuvres maneuvers games".split())


def _edition_grade(given: str, answer: str, words: Context, category: str | None, again: Callable[[str], bool]) -> Grade | None:
    """"Khaan Quest 2025", "Tarang Shakti 24": an exercise's name with the year of its edition. Right when
    the question says that year or no year at all; another year the question gives is another edition."""
    if any(map(str.isdigit, answer)) or not (category == "operation" or _EVENT_WORDS & words.said):
        return None  # the question's own first: the pattern's lazy name tries every split of the response
    match = _EDITION.fullmatch(given)
    if match is None:
        return None
    year = match[2] if len(match[2]) == 4 else f"20{match[2]}"
    said = set(re.findall(r"\b(?:19|20)\d\d\b", words.spoken))
    if said and year not in said or not again(match[1]):
        return None
    return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{match[1]}' is the answer, {year} its edition")


_DESCRIBED = lazy_re(
    r"\s*(?:the\s+)?((?:[\w-]+\s+){0,2}?)(state|nation|country|kingdom|republic|emirate|island|city|port|town|province|region)\s+of\s+(.+?)\s*",
    re.IGNORECASE,
)


def _described_grade(given: str, answer: str, again: Callable[[str], bool], said: frozenset[str]) -> Grade | None:
    """"the Baltic state of Latvia", "the port city of Gwadar": the answer after a description of it. A region
    in the description must hold the country ("the African nation of Latvia" is wrong); a place name there is not judged."""
    match = _DESCRIBED.fullmatch(given)
    if match is None or not match[1].strip() or names.country_code(normalise(given)) is not None or not again(match[3]):
        return None  # "Republic of China" is a country's name, not China described
    words = normalise(match[1]).split()
    code = names.country_code(normalise(match[3]))
    for word in words:
        region = names.DEMONYMS.get(word, word)
        if code is not None and (within := gazetteer.in_region(code, region)) is not None:
            if not within:
                return _wrong(answer, given, f"'{match[3]}' is the answer, but it is not in {region.title()}")
            continue
        if word not in said:
            return None  # "the landlocked country of Sri Lanka", "the Arab state of Iran": a claim nothing here confirms
    return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{match[3]}' is the answer, described as {match[1]}{match[2]}")


_MONTH_SLASH_YEAR = lazy_re(r"\b(0?[1-9]|1[0-2])/((?:19|20)\d{2})\b")
_FRACTION_SUFFIX = lazy_re(r"\b(\d{1,2})\s*/\s*(\d{1,2})(?:st|nd|rd|th)s?\b")
_WITH_CAPITAL = lazy_re(r"\s*(.+?)\s*(?:\((.+?)\)|,\s*(?:in\s+|capital\s+)?(.+?))\s*")


_DEMONYM_CAPITAL = lazy_re(r"\s*(.+?)\s*(?:,|\(|\bis\b)\s*(?:the\s+)?([A-Za-z]+)\s+capital\s*\)?\s*", re.IGNORECASE)


_NOT_AN_EPITHET = frozenset("and or nor but not no never than instead rather versus vs either neither both plus".split())


@lru_cache(maxsize=64)  # one entry per question: its explanation read once, not on every wrong answer
def _explained(explanation: str) -> tuple[str, frozenset[str]]:
    said = normalise(explanation)
    return f" {said} ", frozenset(said.split())


def _the_explanations_words(given: str, candidates: Sequence[str], explanation: str) -> str | None:
    """"Chancellor of the Exchequer Winston Churchill", "Indira Col in the Siachen Glacier": the answer with words
    around it that the question's own explanation puts around it, word for word. The pack says it, so it is no claim
    the grader has to check; a figure, a list ("Syria and Iraq") or a denial is still read on its own."""
    typed = normalise(given).split()
    if len(typed) < 2 or any(c.isdigit() for c in given) or not _NOT_AN_EPITHET.isdisjoint(typed):
        return None
    said, words = _explained(explanation)
    if not words.issuperset(typed) or f" {' '.join(typed)} " not in said:
        return None
    for candidate in candidates:
        own = normalise(candidate).split()
        if own and len(own) < len(typed) and not any(c.isdigit() for c in candidate) and any(
            typed[i : i + len(own)] == own for i in range(len(typed) - len(own) + 1)
        ):  # fmt: skip
            found = re.search(r"(?<!\w)" + r"\W+".join(map(re.escape, typed)) + r"(?!\w)", explanation, re.IGNORECASE)
            return found[0] if found else given.strip()  # quoted as the explanation writes it
    return None


def _capital_grade(given: str, answer: str, again: Callable[[str], bool]) -> Grade | None:
    """"Latvia (Riga)", "Kazakhstan, in Astana", "Beijing (China)": the country with its capital. Another city there
    says something else. "Riga, the Latvian capital": the city with its country's people."""
    said = _DEMONYM_CAPITAL.fullmatch(given)
    if said is not None and (country := names.DEMONYMS.get(said[2].casefold())) is not None and (code := names.country_code(country)) is not None:
        city = normalise(said[1])
        if gazetteer.capital_of(code) == city and again(said[1]):
            return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{said[1]}' is the answer, the capital of {country.title()}")
        if gazetteer.capital_country(city) is not None and again(said[1]):
            return _wrong(answer, given, f"'{said[1]}' is the answer, but it is not the {said[2]} capital")
    match = _WITH_CAPITAL.fullmatch(given)
    if match is None:
        return None
    country, city = match[1], match[2] or match[3]
    code = names.country_code(normalise(country))
    if code is None and (match[3] or match[2]) and (code := names.country_code(normalise(match[3] or match[2]))) is not None:
        country, city = match[3] or match[2], match[1]  # "Manama, Bahrain", "Beijing (China)": the capital, then the country that is the answer
    if code is None or names.country_code(normalise(city)) is not None or not again(country):
        return None
    capital = gazetteer.capital_of(code)
    if capital is not None and normalise(re.sub(r"^(?:capital|the capital)\s+", "", city)) == capital:
        return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{country}' is the answer, {city} its capital")
    return None


_DESIGNATED = lazy_re(r"\s*([A-Z]{1,4}-?\d{1,3}[A-Z]{0,3})\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*")


def _without_honorific_or_initials(candidates: list[str], category: str | None, about: Context) -> list[str]:
    """"APJ Abdul Kalam Island" for "Dr APJ Abdul Kalam Island", "Satheesh Reddy" for "G Satheesh Reddy": an
    honorific or a person's initials before the name are not what is asked; at least two words stay."""
    found = []
    person = category == "person" or asks_for_person(about)
    for candidate in candidates:
        tokens = candidate.split()
        start = 1 if tokens and tokens[0].casefold().rstrip(".") in names.HONORIFICS else 0
        if person or start:
            while start < len(tokens) - 2 and re.fullmatch(r"(?:[A-Z]\.?){1,3}|(?:[A-Z]\.){2,4}", tokens[start]):
                start += 1  # "G Satheesh Reddy", "Dr A P J Abdul Kalam"
        if 0 < start <= len(tokens) - 2:
            shorter = " ".join(tokens[start:])
            if shorter not in candidates and shorter not in found:
                found.append(shorter)
    return found


def _designation_parts(candidates: list[str], prompt: str, category: str | None) -> list[str]:
    """"EA-18G Growler": the designation and the name each name the aircraft ("Growler", "EA-18G")."""
    if category != "equipment" and not (names.HEAD_NOUNS_BY_KIND["equipment"] & set(normalise(prompt).split())):
        return []
    parts = []
    for candidate in candidates:
        match = _DESIGNATED.fullmatch(candidate)
        if match:
            parts += [p for p in match.groups() if p not in candidates and p not in parts]
    return parts


_DEGREES = frozenset({"degree", "degrees", "deg", "degree_Celsius"})


_AGE_UNITS = frozenset({"year", "years", "yrs", "years old", "yrs old", "year olds", "year-olds", "y/o"})


def _range_units_agree(given: str | None, expected: str | None, words: Context) -> bool:
    if given is None or given == expected:
        return True
    if expected is None and ("age" in words.words or "ages" in words.words) and given.casefold() in _AGE_UNITS:
        return True  # "18-30 yrs", "18 to 30 years old" for the age range 18 to 30
    if expected is not None and units.dimension(units.canonical_unit(given) or "") == "currency" == units.dimension(expected):
        return currency.currencies_agree(units.canonical_unit(given), expected)  # "crore rupees" for Rs
    if expected is not None and {given, expected} <= _DEGREES:
        return True  # "5-10 °C" for "5 to 10 degrees": Celsius is what this audience means by degrees
    if expected is None or units.is_known(given) or units.is_known(expected):
        return expected is None and all(w in words.words or singular(w) in words.words for w in given.split())
    return units.same_count_noun(given, expected)


_MONTH_SPAN = lazy_re(
    r"\s*(?:from\s+|between\s+(?=.+\band\b))?([a-z]{3,9}\.?,?\s+\d{4})\s*(?:to|-|–|until|till|(?<=\d)\s+and(?=\s))\s*([a-z]{3,9}\.?,?\s+\d{4})\s*",
    re.IGNORECASE,
)  # "between December 2014 and January 2015": "and" joins two ends only after "between"


def _month_span(text: str, date_order: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """"April 2000 to March 2021" -> ((2000, 4), (2021, 3))."""
    match = _MONTH_SPAN.fullmatch(text)
    if match is None or " and " in text.casefold() and not text.casefold().lstrip().startswith("between "):
        return None
    ends = [read_date(part, date_order) for part in match.groups()]
    if any(end is None or end.precision != "month" for end in ends):
        return None
    return (ends[0].value.year, ends[0].value.month), (ends[1].value.year, ends[1].value.month)


_TO_ONE = lazy_re(r"\bto\s+(?:one|1)\s*$", re.IGNORECASE)
"""A ratio ("ten to one", "3 to 1"): which side is larger is the answer."""
_TALLY_WORDS = lazy_re(r"\bvot(?:e|es|ed|ing)\b|\btally\b|\bin\s+favou?r\b", re.IGNORECASE)
"""A vote's two figures are for and against, in that order: "4 votes to 12" is the vote lost, not 12 to 4."""


def _range_grade(given: str, answer: str, candidates: list[str], words: Context, date_order: str) -> Grade | None:
    """Spans: "between 37 and 65 months" = "37 to 65 months", "-25 to -20" = "-20 to -25 °C",
    "6th and 7th March 2025" = "6-7 March 2025"; the ends and the unit decide."""
    if not any(map(str.isdigit, answer + "".join(candidates[1:]))):
        return None
    if (months := _month_span(given, date_order)) is not None:
        for candidate in candidates:
            if (expected := _month_span(candidate, date_order)) is not None:
                if months == expected:
                    return Grade(True, Reason.DATE, answer, given, f"Same months: {given} = {candidate}")
                return _wrong(answer, given, f"Different months: {given} is not {candidate}")  # "March 2000 to April 2021"
    if parse_year_range(given) is not None and (
        any(parse_year_range(c) is not None for c in candidates) or not any(ranges.read_figure_range(c) is not None for c in candidates)
    ):
        return None  # "1939-45": a span of years, read as such later; but "1200 to 1500" for 1,200 to 1,500 people is a count
    given_days = ranges.read_day_range(given, date_order)
    given_span = ranges.read_figure_range(given) if given_days is None else None
    if given_days is None and given_span is None:
        return None
    for candidate in candidates:
        if given_days is not None and (days := ranges.read_day_range(candidate, date_order)) is not None:
            same_days = (given_days.start.month, given_days.start.day, given_days.end.month, given_days.end.day) == (
                days.start.month, days.start.day, days.end.month, days.end.day
            )
            year_ok = (given_days.start.year, given_days.end.year) == (days.start.year, days.end.year) if given_days.has_year else (
                not days.has_year or str(days.end.year) in words.said
            )
            if same_days and year_ok:
                return Grade(True, Reason.DATE, answer, given, f"Same days: {given} = {candidate}")
            return _wrong(answer, given, f"Different days: {given} is not {candidate}")
        if given_span is not None and (span := ranges.read_figure_range(candidate)) is not None:
            if sorted((given_span.low, given_span.high)) != sorted((span.low, span.high)):
                return _wrong(answer, given, f"Different range: {given} is not {candidate}")
            years = all(v.is_integer() and 1000 <= v <= 2200 for v in (span.low, span.high)) and span.unit is None
            if years and (given_span.low > given_span.high) != (span.low > span.high):
                return _wrong(answer, given, f"The years run the other way: {given} is not {candidate}")  # "2020 to 2018"
            if _TALLY_WORDS.search(f"{candidate} {given} {words.text}") and (given_span.low > given_span.high) != (span.low > span.high):
                return _wrong(answer, given, f"The vote runs the other way: {given} is not {candidate}")  # "4 votes to 12" for 12 to 4
            if re.match(r"\s*from\b", candidate, re.IGNORECASE) and (given_span.low > given_span.high) != (span.low > span.high):
                return _wrong(answer, given, f"It runs the other way: {given} is not {candidate}")  # a change from 7,480 MW to 22,480 MW
            if _TO_ONE.search(candidate) and (given_span.low > given_span.high) != (span.low > span.high):
                return _wrong(answer, given, f"The ratio runs the other way: {given} is not {candidate}")  # "1 to 10" for ten to one
            if not _range_units_agree(given_span.unit, span.unit, words):
                return _wrong(answer, given, f"Wrong unit: {given} is not {candidate}")
            return Grade(True, Reason.NUMERIC, answer, given, f"Same range: {given} = {candidate}")
    return None
