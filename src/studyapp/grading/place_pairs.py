"""A place beside the answer: "Riga, Latvia", "Wilmington, Delaware", "Umroi in Meghalaya".

Right when one part is the answer and the other is where it lies, by ISO 3166-2, the
time-zone table, the gazetteer or the question's own words; wrong when the learner
puts the answer somewhere it is not. Nothing unverifiable is taken on trust.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from studyapp.grading import gazetteer, names
from studyapp.grading.claims import asked_kinds
from studyapp.grading.dates import read_date, same_date
from studyapp.grading.outcome import _ABBREVIATED, Grade, _LIST_SPLIT, Reason, _spell_out, _wrong
from studyapp.grading.phrases import Context, NEGATIONS
from studyapp.grading.text import lazy_re, normalise


@lru_cache(maxsize=64)  # one entry per question's answers and their forms
def _lists_among(candidates: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c for c in candidates if _LIST_SPLIT.search(c))


def _country_beyond_the_list(given: str, candidates: list[str]) -> str | None:
    """A list answer ("Finland and Sweden") given with one country more ("Finland, Sweden and Ukraine"), though the
    question names it ("after Russia invaded Ukraine"): that country is another answer, not a harmless word."""
    listed = _lists_among(tuple(candidates))
    if not listed:
        return None
    items = [i for i in _LIST_SPLIT.split(given) if i]
    wanted = min(len([i for i in _LIST_SPLIT.split(c) if i]) for c in listed)
    if len(items) <= wanted:
        return None
    named = {normalise(i) for c in candidates for i in _LIST_SPLIT.split(c) if i}
    codes = {names.country_code(n) for n in named} - {None}
    for item in items:
        norm = normalise(item)
        if norm not in named and (code := names.country_code(norm)) is not None and code not in codes:
            return item  # "Burma" among them is Myanmar, named otherwise
    return None


def _one_place_with_and(before: str, after: str) -> bool:
    """"Jammu and Kashmir", "Trinidad and Tobago": one state or country whose name has "and" in it."""
    joined = normalise(f"{before.split(',')[-1].split()[-1] if before.split() else ''} and {after}")
    words = joined.split()
    return any(
        names.subdivision_of(" ".join(words[:n])) is not None or names.country_code(" ".join(words[:n])) is not None
        for n in range(3, len(words) + 1)
    )


def _a_place(phrase: str) -> bool:
    """A country, province or state, region or city the tables know ("Delaware", "the Baltics", "Riga")."""
    return names.is_place_name(phrase) or gazetteer.is_region(phrase) or names.city_country(phrase) is not None


def _place_pair_grade(given: str, answer: str, candidates: list[str], again: Callable[[str], bool], words: Context) -> Grade | None:
    """"Riga, Latvia" (ISO 3166-2 says Riga lies in Latvia), "Normandy, France" (France named by the
    question or its explanation): right when one part is the answer and the other is where it lies."""
    place = _place_pair(given)
    if place is None:
        return None
    inner, outer = place
    if (
        (side := _SIDE_OF.fullmatch(outer)) is not None and (code := names.country_code(normalise(side["country"] or side["whole"]))) is not None
        and names.country_code(normalise(outer)) is None and not names.is_place_name(normalise(outer))
        and not gazetteer.is_region(normalise(outer))
        and (sided := _side_grade(given, answer, candidates, again, words, inner, side, code)) is not None
    ):  # fmt: skip  not "South Sudan", "North Macedonia", "Western Australia", "South America": names of their own
        return sided
    inner_norm, outer_norm = normalise(inner), normalise(_ABBREVIATED.sub(_spell_out, outer))  # "Anantnag, J&K"
    for candidate in candidates:  # "Wilmington, North Carolina" where the pack says Wilmington, Delaware
        stated = _place_pair(candidate)
        if stated is not None and normalise(stated[1]) in {normalise(c) for c in candidates}:
            continue  # "Bombay (Mumbai)" where Mumbai is itself accepted: the other name, not where Bombay lies
        if stated is not None and normalise(stated[0]) == inner_norm:
            if normalise(stated[1]) == outer_norm or names.is_state_code(outer_norm, normalise(stated[1])) or (
                outer.rstrip().endswith(".") and len(outer_norm) >= 3 and outer_norm.isalpha() and normalise(stated[1]).startswith(outer_norm)
            ):  # "Moose Jaw, Sask.", "Lowell, Mass.": the state cut short, with its full stop
                return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}' in '{outer}', as the answer says")  # "Boise, ID"
            if (code := names.country_code(outer_norm)) is not None and names.subdivision_of(normalise(stated[1])) == code:
                return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}' in {stated[1]}, in '{outer}'")  # "Wilmington, USA"
            if (code := names.country_code(normalise(stated[1]))) is not None and gazetteer.lies_in(inner_norm, outer_norm, None, {code, "IN"}):
                return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}' lies in '{outer}', in {stated[1]}")  # "Qingdao, Shandong"
            if (when := read_date(outer)) is not None and (then := read_date(stated[1])) is not None:  # "The Hague, 12.07.2016"
                if when.precision == then.precision and same_date(when.value, when.precision, then.value, then.precision):
                    return Grade(True, Reason.DATE, answer, given, f"Accepted: '{inner}' on {outer}, the answer's date")
                return _wrong(answer, given, f"'{inner}' is the answer, but on {stated[1]}, not {outer}")
            if not _a_place(normalise(stated[1])) and not _a_place(outer_norm):
                continue  # "watch, warning and alert" for watch, alert and warning: a list, not a place in another
            return _wrong(answer, given, f"'{inner}' is the answer, but in {stated[1]}, not {outer}")
    outer_code = names.country_code(outer_norm)
    inner_country = names.country_code(inner_norm)
    if outer_code is not None and gazetteer.capital_of(outer_code) == inner_norm and again(inner):
        return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}', the capital of {outer}")  # "Victoria, Seychelles"
    if inner_country is not None and outer_code is None and (within := gazetteer.in_region(inner_country, outer_norm)) is not None and again(outer):
        if within:  # "Jamaica, Caribbean" for the Caribbean
            return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}' lies in the answer '{outer}'")
        return _wrong(answer, given, f"'{outer}' is the answer, but {inner} is not in it")
    if inner_country is not None and outer_code is not None and not names.lay_within(inner_country, outer_code) and inner_norm != outer_norm:
        return _wrong(answer, given, f"'{inner}' in {outer} is another place than the country {inner}")  # "Georgia, USA"
    if outer_code is not None and _ends_in_country(inner_norm, outer_code) and again(inner):
        return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}' lies in '{outer}'")  # "Umroi in Meghalaya, India"
    region = names.subdivision_of(inner_norm) or names.city_country(inner_norm)
    inside = region is not None and (names.lay_within(region, outer_code) or names.city_in_region(inner_norm, outer_norm))
    if inside and (again(inner) or again(outer)):
        return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}' lies in '{outer}'")
    if _town_of_the_one_country(inner_norm, outer_norm, outer_code, words) and again(inner):
        return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}' lies in '{outer}'")  # "Kochi, Kerala"
    if region is not None and outer_code is not None and not names.lay_within(region, outer_code):
        return None  # "Seoul, North Korea": the zone table puts Seoul in South Korea
    inner_code = names.country_code(inner_norm)
    if inner_code is not None and (within := gazetteer.in_region(inner_code, outer_norm)) is not None and again(inner):
        if within:  # "Tanzania, East Africa"
            return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}' lies in '{outer}'")
        return _wrong(answer, given, f"'{inner}' is the answer, but it does not lie in {outer}")
    if inner_code is None and again(inner):  # "Ottawa, Ontario": the gazetteer knows
        named = _countries_about(words, candidates)  # with India, this audience's home ("Hyderabad, Pakistan": undecided);
        about = named | {"IN"} if named else {"IN", *([outer_code] if outer_code else [])}  # a country only the learner names
        if (state_country := names.subdivision_of(outer_norm) or names.subdivision_of(gazetteer.without_kind(outer_norm))) is not None:
            about.add(state_country)  # "Karachi, Sindh": Pakistan, though the question names only India
        # counts where the question names none ("Dambulla, Sri Lanka"), never beside others ("Normandy, USA": a US town)
        town = _KIND_AFTER.sub("", inner_norm)  # "Tainan city, Taiwan": the town of that name
        towns = (inner_norm,) if town == inner_norm or names.country_code(town) is not None else (inner_norm, town)
        lies = None
        for name in towns:
            lies = gazetteer.lies_in(name, outer_norm, outer_code, about)
            if (
                lies is None and outer_code is not None and outer_code not in gazetteer.NAMESAKE_COUNTRIES
                and not gazetteer.known_in(name, about - {outer_code} - gazetteer.NAMESAKE_COUNTRIES)
            ):  # fmt: skip  a Geneva in the US the question names is named for the one in Switzerland
                lies = gazetteer.lies_in(name, outer_norm, outer_code, {outer_code})  # "Geneva, Switzerland": no town of the question's countries
            if lies is not None:
                break
            if (
                lies is None and outer_code is None and names.subdivision_of(outer_norm) is None
                and (home := gazetteer.state_country(outer_norm)) is not None and home not in about
                and gazetteer.lies_in(name, outer_norm, None, about | {home}) is True
            ):  # fmt: skip  "Dresden, Saxony": a state of a country the question does not name; only ever a yes
                lies = True
                break
        if lies is None and outer_code is None and (old := gazetteer.historical_countries(outer_norm)):
            lies = next((True for name in towns if gazetteer.in_historical_region(name, outer_norm, about | old)), None)  # "Ladysmith, Natal"
        if lies is None and any(
            gazetteer.lies_in(name, outer_norm, outer_code, about) is True
            for c in candidates if (name := normalise(c)) not in towns and not re.search(r"[(),/]", c) and 1 <= len(name.split()) <= 3
        ):  # fmt: skip
            lies = True  # "Bombay, India" where Mumbai is accepted too: the town under its other name (only ever a yes)
        if lies is None and len(inner_norm.split()) > 1 and not names.is_place_name(inner_norm):
            lies = _named_for_its_town(inner_norm, outer_norm, outer_code, about)  # "Air Task Force Prestwick, Scotland"
        if lies:
            return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}' lies in '{outer}'")
        if lies is False:
            return _wrong(answer, given, f"'{inner}' is the answer, but it does not lie in {outer}")
    said = words.said | names.DIRECTIONS
    # a state merely of a country the question names is no evidence ("Jaisalmer, Gujarat", round 5), nor one of
    # several states the explanation names ("Ahmedabad, Maharashtra" where it names Maharashtra and Gujarat, round 8)
    named = all(w in said for w in outer_norm.split()) and _country_fits(outer_norm, words) and not _one_of_several_states(outer_norm, words)
    if named and outer_code is not None and outer_code not in _countries_about(words, candidates):
        named = False  # "North Korea" is not named by a question that names Korea (South Korea in its explanation)
    if named and outer_code is not None and "place" not in asked_kinds(words) and words.category not in (None, "place"):
        named = False  # a body is not where the question's country is: UN Command, asked about sanctions on North Korea
    two_countries = names.country_code(inner_norm) is not None and names.country_code(outer_norm) is not None
    if (
        not named and outer_code is not None and inner_country is None and not names.is_place_name(inner_norm) and "place" not in asked_kinds(words)
        and not gazetteer.known_town(inner_norm, {outer_code, "IN"}) and (town := _town_said_in(outer_code, words)) and again(inner)
    ):  # fmt: skip
        return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}' is the answer, in {outer}, where the question's {town} lies")
    if named and not two_countries and names.is_container_place(outer_norm) and again(inner):
        return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}' is the answer, '{outer}' where it is")
    if (
        names.country_code(inner_norm) is None and "place" in asked_kinds(words) and again(outer)
        and (all(w in words.said for w in inner_norm.split()) or _precise_place(inner_norm, outer_norm, words, candidates))
    ):  # fmt: skip
        return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}' lies in the answer '{outer}'")
    if "place" in asked_kinds(words) and _unplaced_region(inner_norm, outer, candidates, _countries_about(words, candidates) | {"IN"}) and again(inner):
        return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}' is the answer, '{outer}' where it is")
    return None


_REGION_KIND = r"(?:oblast|governorate|province|district|county|region|prefecture|voivodeship|guberniya|uezd)"
_REGION_LIKE = lazy_re(rf"(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|{_REGION_KIND}))*")


_WIDE_REGIONS = frozenset({
    "siberia", "arctic", "antarctic", "antarctica", "caucasus", "balkans", "scandinavia", "sahara", "himalayas", "himalaya",
    "far east", "middle east", "near east", "central asia", "indochina", "patagonia", "anatolia", "levant", "maghreb",
    "sahel", "urals", "outback", "tibet",
})
"""Regions that span several countries or a country's whole side: the place in them is a claim a fair examiner checks
("Kazan, Siberia"), and no table here can."""


def _unplaced_region(inner: str, outer: str, candidates: list[str], about: set[str]) -> bool:
    """"Barnsley, Yorkshire", "Torez, Donetsk oblast", "Norden, East Frisia": a region no table of ours has (an old
    county, a province renamed, a historic land), after a place that is the answer. Fair examiners take it as where the
    place is (in rounds 0-975 this read 69 refused answers as right and none labelled wrong); what a table knows (a
    country, a state, a region, a capital, a town of the countries asked about, any of their words) stays a claim for
    the rules above to check, so "Barnsley, Lancashire" is no gift."""
    if not _REGION_LIKE.fullmatch(outer.strip()) or any(_LIST_SPLIT.search(c) for c in candidates):
        return False
    if names.country_code(inner) is not None or gazetteer.is_region(inner) or (
        (home := names.subdivision_of(inner)) is not None and not gazetteer.known_town(inner, {home})
    ):
        return False  # "Alberta, Maritime province": a province's own region is the tables' to say (Barnsley is a town too)
    if all(names.is_english_word(w) for w in inner.split()):
        return False  # "One Country, Two Systems": words, not a place beside its region
    words = [w for w in normalise(outer).split() if w != "the"]
    if not words or " ".join(words) in _WIDE_REGIONS or len(words) > 4 or any(w in names.TITLES or w in names.DIRECTIONS and len(words) == 1 for w in words):
        return False  # "Lord Halifax": a person beside the answer
    spans = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)} - names.DIRECTIONS  # "East Frisia"
    return not any(
        names.country_code(span) is not None or names.is_place_name(span) or gazetteer.is_region(span)
        or gazetteer.state_country(span) is not None or names.city_country(span) is not None or names.is_place_word(span)
        or gazetteer.historical_countries(span) or gazetteer.known_town(span, about)
        for span in spans
    )  # fmt: skip


_AROUND_A_PLACE = frozenset("in at near mainly via the of its capital city town base camp area region province state district".split())
_JOINED = lazy_re(r"\b(?:and|or|nor|not|but|plus|with)\b|&")


def _country_with_a_place_in_it(given: str, answer: str, candidates: list[str]) -> Grade | None:
    """"in Latvia (Riga)", "Tajikistan, near Dushanbe", "Norway (in Oslo)": the country asked, with its capital (the snapshot's),
    as "Kazakhstan, in Astana" already is. Another town of the country ("Kazakhstan, in Almaty" where the summit was in
    Astana) may be the wrong place for what is asked, and another country or a joined item is a claim: both stay wrong."""
    if _JOINED.search(given) or any(c.isdigit() for c in given):
        return None
    typed = normalise(given)
    for candidate in candidates:
        country = normalise(candidate)
        code = names.country_code(country)
        if code is None or f" {country} " not in f" {typed} ":
            continue
        parts = [" ".join(w for w in normalise(part).split() if w not in _AROUND_A_PLACE) for part in re.split(r"[,;()]", given)]
        places = [p for p in parts if p and p != country]
        if not places or len(places) > 2 or sum(p == country for p in parts) != 1 or any(len(p.split()) > 3 for p in places):
            return None
        capital = gazetteer.capital_of(code)
        for place in places:
            if names.country_code(place) is not None:
                return None  # "Latvia, Estonia": another country
            if place != (normalise(capital) if capital else None):
                return None  # "Kazakhstan, in Almaty" where the summit was in Astana: a town of the country is no evidence
        return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{candidate}' is the answer, {(capital or '').title()} its capital")
    return None


def _town_said_in(code: str, words: Context) -> str | None:
    """A town the question names by its capitalised name that the gazetteer has in this country only among the
    countries the question is about ("COP 27 in Egypt" where the question says it was held in Sharm El Sheikh)."""
    for run in re.findall(r"\b(?:in|at)\s+([A-Z][\w'-]+(?:\s+(?:[A-Z][\w'-]+|el|al|de|es))*)", words.text):
        town = normalise(run)
        if len(town) >= 4 and names.country_code(town) is None and gazetteer.known_town(town, {code}):
            about = set(names.countries_named(normalise(words.spoken), states=True)) - {code}
            if not gazetteer.known_town(town, about):
                return run
    return None


def _town_of_the_one_country(inner: str, outer: str, outer_code: str | None, words: Context) -> bool:
    """"Kochi, Kerala" or "Kochi, India" where the question asks for an Indian city: the question names one
    country, and the learner puts the answer in it or in one of its states, where the gazetteer has that
    town. A namesake elsewhere (Kochi, a prefecture of Japan) is not what a question about India means."""
    asked = set(names.countries_named(normalise(words.text), states=True))
    if len(asked) != 1:
        return False
    (country,) = asked
    if outer_code is not None:
        return outer_code == country and gazetteer.known_town(inner, {country})
    return gazetteer.lies_in(inner, outer, None, {country}) is True


def _named_for_its_town(inner: str, outer: str, outer_code: str | None, about: set[str]) -> bool | None:
    """A base, range or task force named for its town ("Air Task Force Prestwick", "Mahajan Field Firing Ranges"):
    where the town lies is where it lies. The town is the name's first or last word."""
    words = inner.split()
    for town in dict.fromkeys((words[-1], words[0])):
        if len(town) >= 4 and town not in names.HEAD_NOUNS and not names.is_english_word(town) and gazetteer.lies_in(town, outer, outer_code, about):
            return True
    return None  # a part of a name is no proof it lies elsewhere ("East Fuji Training Area")


def _countries_about(words: Context, candidates: list[str]) -> set[str]:
    """ISO codes of the countries the question, its explanation or its answer names, or names a state of."""
    return set(names.countries_named(" ".join([words.spoken, *map(normalise, candidates)]), states=True))


_PLACE_NOUNS = r"(?:city|cities|town|port|state|province|region|district|island|capital|base|village)"


def _country_fits(outer: str, words: Context) -> bool:
    """A country named beside the answer agrees with the one the question asks in ("Bangladeshi city":
    Bangladesh, not India, though the question names both)."""
    code = names.country_code(outer)
    if code is None:
        return True
    prompt = normalise(words.text)
    for word, country in names.DEMONYMS.items():
        if re.search(rf"\b(?:{word}|{country})\s+{_PLACE_NOUNS}\b", prompt):
            return names.country_code(country) == code
    attached = re.findall(rf"\b(\w+)\s+{_PLACE_NOUNS}\b", prompt)
    for word in attached:
        if names.country_code(word) is not None:
            return names.country_code(word) == code
    return True


def _one_of_several_states(outer: str, words: Context) -> bool:
    """The explanation names this state and another of the same country: which holds the place is not said."""
    country = names.subdivision_of(outer)
    if country is None:
        return False
    said = sorted(words.said)
    phrases = set(said) | {f"{a} {b}" for a in said for b in said if a != b}
    states = {phrase for phrase in phrases if names.subdivision_of(phrase) == country}
    return len(states - {outer}) >= 1


_NAME_IN_PROMPT = lazy_re(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")


def _adds_a_named_person(given: str, candidates: list[str], prompt: str) -> bool:
    """"Ravi Kumar and Brijesh Thapa" where the question asks who was honoured "alongside Brijesh Thapa":
    a second name joined to the answer is another person, though the question says it."""
    if not re.search(r"\band\b|&|,", given):
        return False
    norm_given = f" {normalise(given)} "
    for name in _NAME_IN_PROMPT.findall(prompt[1:]):
        norm = normalise(name)
        if any(w in names.TITLES or w in names.HEAD_NOUNS for w in norm.split()):
            continue  # "Air Force", "Prime Minister": not a person's name
        if f" {norm} " in norm_given and not any(norm in normalise(c) for c in candidates):
            return True
    return False


def _claims_container(given: str, candidates: list[str]) -> bool:
    """"Rangpur, India": a country or state after a comma that no form of the answer gives says
    where the place lies, which the place rules must confirm (the question naming India is no proof)."""
    pair = _place_pair(given)
    if pair is None or ("," not in given and names.country_code(normalise(pair[1])) is None):
        return False  # "UN Command in North Korea": a country after "in" is a claim too
    outer = normalise(pair[1])
    code = names.country_code(outer)
    return names.is_container_place(outer) and not any(outer in normalise(c) or code is not None and _ends_naming(normalise(c), code) for c in candidates)


def _ends_naming(text: str, code: str) -> bool:
    """"... Mission in the Democratic Republic of the Congo" ends in a name of the DR Congo (CD, not CG)."""
    words = text.split()
    return any(names.country_code(" ".join(words[-n:])) == code for n in range(1, min(len(words), 6) + 1))


def _ends_in_country(place: str, code: str) -> bool:
    """"Umroi in Meghalaya" ends in a state of India: its last words name a province or city of that country."""
    words = place.split()
    return any(
        names.subdivision_of(tail) == code or names.city_country(tail) == code
        for n in (3, 2, 1) if len(words) > n for tail in [" ".join(words[-n:])]
    )  # fmt: skip


_ASKS_A_CITY = lazy_re(r"\b(?:city|town|capital)\b", re.IGNORECASE)


def _precise_place(inner: str, outer: str, words: Context, candidates: list[str]) -> bool:
    """"Wilmington, Delaware" for Delaware: a town named inside the state or country that is the answer,
    itself no country, province, or other answer (so "Texas, Delaware" is not), and which the gazetteer
    or the time-zone table places there ("Guwahati, Meghalaya", "Miami, Caribbean", "Atlanta, Georgia": no)."""
    tokens = inner.split()
    state_country = names.subdivision_of(outer)
    if state_country is not None and _ASKS_A_CITY.search(words.text) and (names.city_country(inner) or gazetteer.known_town(inner, {state_country})):
        return False  # "Seattle, Washington" where it asks which city: a town beside the state, not in the city Washington
    if (
        state_country is not None and names.country_code(outer) is None and names.country_code(inner) is None
        and names.subdivision_of(inner) != state_country and 1 <= len(tokens) <= 3
    ):  # fmt: skip
        if gazetteer.has_town(outer, inner, {state_country}):
            return True  # "Surrey, British Columbia" for the province: a town the gazetteer has there, though Surrey is an English county too
    if not (
        names.is_container_place(outer) and 1 <= len(tokens) <= 3 and all(t.isalpha() and t not in NEGATIONS for t in tokens)
        and not names.is_place_name(inner) and not names.is_real_name(inner) and not any(names.is_place_word(t) for t in tokens)
    ):  # fmt: skip
        return False
    code = names.country_code(outer)
    zone_country = names.city_country(inner) or gazetteer.capital_country(inner)  # "Beijing, Kazakhstan": China's capital
    if zone_country is not None:  # a city the time-zone table places: in the answer's country or region, or not at all
        if code is not None:
            return zone_country == code
        return bool(gazetteer.in_region(zone_country, outer)) or names.subdivision_of(outer) == zone_country and names.city_in_region(inner, outer)
    about = _countries_about(words, candidates) | {"IN", *([code] if code else [])}
    if (state_country := names.subdivision_of(outer)) is not None:
        about.add(state_country)
    if code is None and gazetteer.has_town(outer, inner, about):
        return True  # the answer is the state: any town of that name there will do ("Wilmington, Delaware")
    if code is not None and gazetteer.lies_in(inner, outer, code, about):
        return True
    return not gazetteer.known_town(inner, about)  # "Guwahati, Meghalaya": the gazetteer has it elsewhere; "Umroi": not at all


_SIDE = r"(?:north|south)(?:[- ]?(?:east|west))?|east|west"
_SIDE_OF = lazy_re(
    rf"(?:the\s+)?(?:(?P<side>{_SIDE})(?:ern)?|(?P<middle>central))\s+(?!of\b)(?P<country>[^\d,()]+?)"
    rf"|(?:the\s+)?(?P<part>{_SIDE}|centre|center)\s+of\s+(?:the\s+)?(?P<whole>[^\d,()]+?)",
    re.IGNORECASE,
)
"""Where a place lies, by its side of a country: "eastern Hungary", "north-western Nigeria", "the south of France"."""


def _side_grade(given: str, answer: str, candidates: list[str], again: Callable[[str], bool], words: Context, inner: str, side: re.Match[str], code: str) -> Grade | None:
    """"Debrecen, eastern Hungary": right if "Debrecen, Hungary" is and the gazetteer's towns put Debrecen in Hungary's
    east; wrong if they put it in the other half; undecided (None: the words stay a claim) in the middle."""
    country = side["country"] or side["whole"]
    direction = (side["side"] or side["part"] or side["middle"]).casefold().replace(" ", "-")
    base = _place_pair_grade(f"{inner}, {country}", answer, candidates, again, words)
    if base is None or not base.correct:
        return base if base is None else _wrong(answer, given, base.detail)
    lies = gazetteer.lies_to_the(_KIND_AFTER.sub("", normalise(inner)), code, direction)
    where = "in its centre" if direction in ("central", "centre", "center") else f"to the {direction}"
    if lies:
        return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{inner}' lies in {country}, {where}")
    if lies is False:
        return _wrong(answer, given, f"'{inner}' lies in {country}, but not {where}")
    return None


_KIND_AFTER = lazy_re(r"\s+(?:city|town|district|state|province|county|region|oblast|municipality)$")


_IN_BETWEEN = lazy_re(r"\sin\s")
_IN_PLACE = lazy_re(r"\s*(.+?)\s+in\s+(?:the\s+)?(.+?)\s*")
_IN_BRACKETS = lazy_re(r"\s*([^()]+?)\s*\((?!\s*(?:not|rather)\b)([^()]+)\)\s*")


def _place_pair(given: str) -> tuple[str, str] | None:
    """"Kazan, Russia" / "Juno Beach in Normandy" / "in Latvia, in the Baltics" -> (the place, where it is)."""
    parts = [p.strip() for p in given.split(",")]
    if len(parts) >= 2 and re.match(r"in\s+\S", parts[0]):
        parts[0] = parts[0][2:].strip()  # "in Latvia, in the Baltics": the place where, with its region
    if 2 <= len(parts) <= 3 and all(parts):  # "Umroi, Meghalaya, India": the last part is where the rest lies
        return ", ".join(parts[:-1]), re.sub(r"^in\s+(?:the\s+)?(?=\S)", "", parts[-1])  # "Latvia, in the Baltics"
    match = _IN_PLACE.fullmatch(given) if _IN_BETWEEN.search(given) else None  # the slow fullmatch only where " in " is
    if match:
        return match.group(1), match.group(2)
    match = _IN_BRACKETS.fullmatch(given) if "(" in given else None  # "Ambala (Haryana)"
    if match:
        return match.group(1), match.group(2).strip()
    return None


def _same_country(given: str, candidates: list[str]) -> str | None:
    norm = normalise(given)
    if len(norm) < 2 or len(norm.split()) > 8:
        return None
    code = names.country_code(norm)
    if code is None:
        return None
    if candidates and (main := names.country_code(normalise(candidates[0]))) is not None and main != code:
        return None  # "Republic of the Congo" where the answer is the DR Congo and a loose "Congo" is accepted beside it
    for candidate in candidates:
        if names.country_code(normalise(candidate)) == code:
            return candidate
    return None
