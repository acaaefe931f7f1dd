"""Whether the unit typed is the unit asked: "8,891 miles" for 8,891 km, "2,200 tanks" for 2,200 troops.

A different dimension, or another unit of the same dimension left unconverted, is
wrong; a generic count noun (personnel, people, strong) stands for the answer's own;
an extent (long, tall, away) or a journey (visit, trip) is the length it states.
"""

from __future__ import annotations

import re

from studyapp.grading import currency, names, units
from studyapp.grading.numbers import NUMBER_WORDS, Quantity
from studyapp.grading.phrases import Context, STOPWORDS, Reading, harmless
from studyapp.grading.sentences import _named_beside, _SENTENCE_GUARD, _SENTENCE_WORDS
from studyapp.grading.text import lazy_re, normalise, singular


def _as_metres(q: Quantity) -> Quantity:
    """"8,849 m" where the answer is a length: metres, not millions."""
    if q.scale_word == "m" and (q.unit is None or q.unit in _EXTENTS):  # "163 m long"
        return Quantity(q.value / q.scale, 1.0, "meter", q.ordinal)
    return q


_EXTENTS = frozenset("long tall high wide deep away".split())
_EXTENT_NOUNS = {"length": "long", "width": "wide", "breadth": "wide", "height": "high", "depth": "deep", "altitude": "high", "elevation": "high"}


_GENERIC_COUNTS = frozenset("personnel people persons members staff troops strong".split())


_JOURNEYS = frozenset("visit trip tour stay journey voyage".split())


def _same_journey(rest: str, prompt: Context) -> bool:
    """"a four-day visit" where the question asks how long the trip was: another word for the same journey
    ("a 99-year loan" for a lease names another thing, and stays wrong)."""
    return singular(rest) in _JOURNEYS and any(singular(w) in _JOURNEYS for w in prompt.said)


_SPANS = frozenset("term tenure stint pause freeze moratorium suspension halt war conflict ceasefire truce".split())
"""Nouns that are only a length of time ("a 90-day pause", "a five-year term", "the 12-day war"): said with the span the
question asks for, they name the span; a thing with a life of its own ("a 99-year loan") does not."""
_HOW_LONG = lazy_re(r"\bhow\s+(?:many|long)\b|\bfor\s+what\s+(?:period|length)\b", re.IGNORECASE)


def _a_span_of(rest: str, prompt: Context) -> bool:
    """"a 90-day pause" where the question asks for how many days aid was suspended: the span, as a noun of time;
    "80 years old" where it asks at what age."""
    if rest == "old":
        return bool(prompt.words & {"age", "aged", "old"})
    return singular(rest) in _SPANS and _HOW_LONG.search(prompt.text) is not None


_PERIOD_OF = lazy_re(r"\b(?:per|a|an|each|every)\s+(day|week|month|year|annum|hour|second|minute)\b|/(day|week|month|year|yr|h|hr|s|min)\b")
_RATE_PERIODS = {"bpd": "day", "tpa": "year", "mtpa": "year"}


def _period_of(unit: str) -> str | None:
    """The period of a rate ("barrels per day", "bpd", "tonnes a year"), or None for a unit that is no rate."""
    if unit in _RATE_PERIODS:
        return _RATE_PERIODS[unit]
    match = _PERIOD_OF.search(unit)
    if match is None:
        return None
    period = match[1] or match[2]
    return {"annum": "year", "yr": "year", "h": "hour", "hr": "hour", "s": "second", "min": "minute"}.get(period, period)


def _unit_problem(reading: Reading, given_q: Quantity, expected_unit: str | None, prompt: Context) -> tuple[str, Quantity] | None:
    """None when the units agree, else (kind, quantity to compare): kind "" means compare the converted quantity."""
    gu = given_q.unit
    if gu is not None and gu in currency.CURRENCIES and any(
        currency.merge_currency(gu, code) is False for w in reading.extra if (code := currency.CURRENCY_ALIASES.get(w)) not in (None, "%")
    ):  # fmt: skip
        return ("currency", given_q)  # "$3.33 billion rupees": two currencies at once
    if gu is None or gu == expected_unit:
        return None
    if expected_unit and _another_counted_head(gu.split()[-1], expected_unit, prompt) and singular(gu.split()[-1]) in _MILITARY_UNITS:
        return ("unit", given_q)  # "the 18th Army" for the 18th Infantry Division: a formation of another size
    if given_q.ordinal and expected_unit and singular(expected_unit.split()[-1].casefold()) in _MILITARY_UNITS and (
        {w.casefold() for w in expected_unit.split()} & _FORMATION_KINDS - {w.casefold() for w in gu.split()}
    ):  # fmt: skip  one formation by its number, not a count ("4 divisions" for 4 panzer divisions)
        return ("unit", given_q)  # "4th Army" for the 4th Panzer Army, "11th Army" for the 11th Guards Army: other formations
    if expected_unit and singular(expected_unit.split()[-1]) in _MILITARY_UNITS and _another_army(gu, expected_unit, prompt):
        return ("unit", given_q)  # "46th Canadian Division" for the 46th (North Midland) Division: another army's formation
    if (
        expected_unit is not None and singular(expected_unit.split()[-1].casefold()) in _PEOPLE_AS_SUCH
        and any(singular(w) in _FIGHTERS for w in gu.casefold().split()) and not any(singular(w) in _AT_ARMS for w in prompt.words)
        and not any(singular(w) in _PEOPLE_AS_SUCH for w in gu.casefold().split())  # "102 people including soldiers"
    ):  # fmt: skip
        return ("unit", given_q)  # "7000 warriors" for a village's 7,000 people: that all of them fought is a claim
    if expected_unit is not None and (gu == "foot" or gu.startswith("foot ")) and units.same_count_noun("foot soldiers", expected_unit) and (
        gu.startswith("foot ") and units.same_count_noun(gu, expected_unit) or re.search(r"\bfoot\b", reading.span, re.IGNORECASE)
    ):
        return None  # "25,000 foot soldiers", "ten thousand foot" for 25,000 infantry: the arm, not a length
    if expected_unit is not None and gu in ("horse", "horses") and re.search(r"\bhorse\b", reading.span, re.IGNORECASE) and units.same_count_noun(
        "cavalry", expected_unit
    ):
        return None  # "three thousand horse" for 3,000 cavalry: the arm, as it was counted then (not "horses")
    if expected_unit is not None and (metals := _coin_metals(gu, expected_unit)) is not None:
        return None if metals else ("currency", given_q)  # "nine million silver roubles" for 9,000,000 rubles; not silver for gold
    if expected_unit is not None and gu.split()[0] == "odd" and prompt.words & _ROUGHLY_ASKED and (
        not (rest := gu.partition(" ")[2]) or units.canonical_unit(rest) == expected_unit or units.same_count_noun(rest, expected_unit)
    ):
        return None  # "70-odd days" where the question asks in about how many days
    if expected_unit is not None and " " in expected_unit and (own := expected_unit.partition(" "))[0] in names.DEMONYMS and (
        gu == own[2] or units.canonical_unit(gu) == units.canonical_unit(own[2]) or units.same_count_noun(gu, own[2])
    ):
        return None  # "1.5 million piastres" for 1.5 million Turkish piastres: the coin without its country
    if expected_unit is not None and _another_fate(gu, expected_unit, prompt):
        return ("unit", given_q)  # "3,124 killed" where the question counts the people injured
    if (given_period := _period_of(gu)) and (asked_period := _period_of(expected_unit or "")) and given_period != asked_period:
        return ("unit", given_q)  # "150,000 barrels per year" for 150,000 barrels a day: another rate
    if expected_unit and " " not in gu and gu.casefold() in (expected_unit.casefold() + "s", singular(expected_unit.casefold()) + "s"):
        return None  # "240,000 TEUs" for 240,000 TEU: the plural of the answer's own unit
    if " " in gu and (bare := _without_its_verb(gu, expected_unit, prompt)) != gu:
        gu = bare  # "166 people died", "26 civilians were massacred", "nine days later": what befell the things counted
        given_q = Quantity(given_q.value, given_q.scale, gu, given_q.ordinal)
        if gu == expected_unit or units.canonical_unit(gu) == expected_unit:
            return None
    if expected_unit and _the_other_party(gu, prompt):
        return ("unit", given_q)  # "15,000 Herero" for the German reinforcements that defeated the Herero
    if expected_unit and _people_the_question_names(gu, expected_unit, prompt):
        return None  # "63 Huguenots" for 63 people where the question asks how many Huguenots were killed
    if " " in gu and expected_unit and _restated(gu, expected_unit, prompt):
        return None  # "14 people died at the station" where the question asks how many people were killed at the station
    if gu == "degree_Celsius" and (expected_unit or "").casefold() in ("degree", "degrees", "deg"):
        return None  # "-40 °C" where the question asks in degrees: Celsius is what this audience means
    if expected_unit and set(gu.split()) < set(expected_unit.split()) and set(expected_unit.split()) - set(gu.split()) <= _GENERIC_COUNTS:
        return None  # "1440 police" for 1440 police personnel
    head, _, rest = gu.partition(" ")
    if rest and units.canonical_unit(head) == expected_unit and units.dimension(expected_unit or "") == "time" and (
        all(w in prompt.said or singular(w) in prompt.said for w in rest.split()) or _same_journey(rest, prompt) or _a_span_of(rest, prompt)
    ):  # "a 99-year lease" where the question asks how long the lease is; "a four-day visit" for a trip of 4 days
        return None
    if gu in ("gbp", "pound") and expected_unit == "pound_mass" and not re.search(r"£|sterling|gbp", reading.span, re.IGNORECASE):
        gu = "pound_mass"  # "370,000 pounds" where the question asks a weight in pounds
        given_q = Quantity(given_q.value, given_q.scale, gu, given_q.ordinal)
        if gu == expected_unit:
            return None
    if expected_unit in ("gbp", "pound") and units.dimension(gu) == "mass" and not re.search(r"£|sterling|gbp", prompt.text, re.IGNORECASE):
        expected_unit = "pound_mass"  # "150 lbs" or "about 68 kg" for a load of 150 pounds: a weight, not money
        if gu == expected_unit:
            return None
    if (gu, expected_unit) in _READ_AS:  # "24 kn" where the answer is in knots: knots, not kilonewtons
        gu = expected_unit
        given_q = Quantity(given_q.value, given_q.scale, gu, given_q.ordinal)
        if gu == expected_unit:
            return None
    gdim = units.dimension(gu)
    edim = units.dimension(expected_unit) if expected_unit else None
    if gu in ("unit", "units") and edim == "energy":  # "3,685 million units" for GWh: India's unit of electricity is the kWh
        gu, gdim = "kilowatt_hour", "energy"
        given_q = Quantity(given_q.value, given_q.scale, gu, given_q.ordinal)
    if expected_unit in ("unit", "units") and gdim == "energy" and (kwh := units.convert(given_q.value, gu, "kilowatt_hour")) is not None:
        return ("", Quantity(kwh, 1.0, expected_unit, given_q.ordinal))  # "3924 GWh" for 3924 million units
    if gdim is None and edim is not None and gu in units.WEAK_PHYSICAL:  # "35h" for 35 hours, "1,7 t" for 1700 kg
        strong = units.PHYSICAL_ALIASES.get(gu)
        if strong is not None and units.dimension(strong) == edim:
            gu, gdim = strong, edim
            given_q = Quantity(given_q.value, given_q.scale, strong, given_q.ordinal)
    if edim not in (None, "currency", "percent") and gdim is None and gu.isalpha() and singular(gu) != gu and gu in prompt.words and gu != "degrees":
        return ("unit", given_q)  # "500,000 ships" for 500,000 tons "of capital ships": the question's things counted, not measured
    if edim == "currency" and gdim is None and gu.isalpha() and singular(gu) in units.GOODS:
        return ("unit", given_q)  # "58 barrels" for a price of $58 a barrel: the goods, not the money
    if gdim is None and edim not in (None, "currency", "percent") and "/" in gu:
        return ("unit", given_q)  # "6,200 miles/s" for km/h: a rate in a unit not known here is no match
    if gdim == "currency":
        if edim == "currency":
            return None if currency.currencies_agree(gu, expected_unit) else ("currency", given_q)
        return ("unit", given_q) if expected_unit else None
    if gdim == "percent":
        return ("unit", given_q) if expected_unit else None
    if gdim is not None:  # a physical unit
        if edim is None:
            if expected_unit is None and (gu in prompt.words or any(w in prompt.words for w in units.free_words(gu))):
                return None
            if expected_unit is None:
                return None if _unit_in_prompt(gu, prompt) else ("unit", given_q)
            return ("unit", given_q)
        if edim != gdim:
            return ("unit", given_q)
        converted = units.convert(given_q.value, gu, expected_unit)
        if converted is None:
            return ("unit", given_q)
        return ("", Quantity(converted, 1.0, expected_unit, given_q.ordinal))
    if gu in _MULTIPLES and expected_unit != gu and not _MULTIPLES & prompt.words:
        return ("unit", given_q)  # "9.5 times" is a factor, not 9.5%
    if edim == "percent" and gdim is None and not re.match(r"(?:per ?cent|percent|pc)\b", gu):
        return ("unit", given_q)  # "40 students" for 40%: a count, not a share ("a 70 percent stake" is one)
    if expected_unit is not None and edim is None and gdim is None and _initials_of_asked(gu, expected_unit, prompt):
        return None  # "41 ALHs" where the question asks how many Advanced Light Helicopters
    if expected_unit and edim is None and gdim is None and _asked_by_its_first_word(gu, expected_unit, prompt):
        return None  # "25 golds" for gold medals, "two CANDUs" for the question's CANDU reactors
    if expected_unit is not None and edim is None and gdim is None and _the_fate_asked(gu, expected_unit, prompt):
        return None  # "about 36,000 dead" where the question asks how many servicemen died
    if _another_model(gu, expected_unit, prompt):
        return ("unit", given_q)  # "26 F-35s" or "26 Su-30s" for Rafale-M jets, "6 nuclear submarines" for Scorpenes
    if _another_population(gu, reading, prompt):
        return ("unit", given_q)  # "40,000 Russians" for Ukrainian personnel, "1.8 million NRIs" for Indo-Canadians
    # free words ("troops", "tanks", "Ukrainian soldiers"): those beyond the prompt's must name the same thing
    if expected_unit and gdim is None and edim is None and _modifier_for(gu, expected_unit, prompt):
        return ("unit", given_q)
    if expected_unit and gdim is None and edim is None and _other_count_noun(gu, expected_unit, prompt):
        return ("unit", given_q)  # "3 missiles" for 3 batteries "of the BrahMos missile": the question's word, another thing
    if any(w in _SENTENCE_GUARD and w not in prompt.words for w in reading.unit_words):
        return ("extra", given_q)  # "600 more personnel", "$3 bn each": another figure than the answer's
    if (
        expected_unit and " " not in gu and singular(gu) in _MILITARY_UNITS | _MUNITIONS and "strong" not in reading.span.casefold()
        and singular(expected_unit.split()[-1].casefold()) in _MEN_COUNTED
    ):  # fmt: skip
        return ("unit", given_q)  # "20,000 divisions" for the 20,000 men of the question's division: the formation is not its men
    if (
        expected_unit and gdim is None and edim is None and " " not in gu and not units.same_count_noun(gu, expected_unit)
        and units.same_count_noun(gu, "people") and not units.same_count_noun(expected_unit, "people")
        and (names.HEAD_NOUNS_BY_KIND["equipment"] - {"fighter", "fighters"}) & {(head := singular(expected_unit.split()[-1].casefold())), head + "s"}
    ):  # fmt: skip
        return ("unit", given_q)  # "1,200 paratroopers" for the 1,200 aircraft that carried them: people, not the things counted
    words = [
        w for w in reading.unit_words
        if not (harmless(w, prompt) and not _another_counted_head(w, expected_unit, prompt)) and w not in _SENTENCE_WORDS and not _named_beside(w, prompt, given_q)
        and not (w in _EXTENTS and any(_EXTENT_NOUNS.get(said) == w for said in prompt.words))  # "5400 metres high" for an elevation
        and not (w == "tnt" and expected_unit in _YIELDS)  # "15 million tons of TNT" for a 15-megaton yield
    ]
    if not words:
        return None
    named = units.canonical_unit(" ".join(words))
    if named != gu and units.dimension(named or "") is not None:  # "a 110 kilonewton engine": the unit before the question's noun
        return _unit_problem(reading, Quantity(given_q.value, given_q.scale, named, given_q.ordinal), expected_unit, prompt)
    if expected_unit is not None and edim is None and units.same_count_noun(gu, expected_unit):
        return None  # "31 MQ-9B drones" for 31 drones
    if expected_unit is None:
        return ("extra", given_q)
    if edim == "temperature" and all(w in ("degree", "degrees", "deg") for w in words):
        return None  # "minus 89.2 degrees" for -89.2 °C: the scale is the answer's
    if edim is not None:  # a word the unit table does not know is not that unit ("tanks" for years)
        return ("unit", given_q)
    if units.same_count_noun(" ".join(words), expected_unit):
        return None
    if singular(expected_unit.split()[-1]) == "piece" and _ARTILLERY.search(prompt.text) and units.same_count_noun(" ".join(words), "gun"):
        return None  # "twenty-five guns" where the question asks how many pieces of artillery were taken
    if len(words) == 1 and singular(words[0]) in names.DEMONYMS and units.same_count_noun("people", expected_unit):
        return None  # "278 Indians" for 278 people
    if _people_of(expected_unit, prompt) and all(units.same_count_noun(w, "people") or _of_the_nation(w, expected_unit) for w in words):
        return None  # "3,000 soldiers" for the 3,000 Russians who fled, "4,000 warriors" for 4,000 Zulus
    return ("unit", given_q)


_PEOPLE_AS_SUCH = frozenset("people person persons individual human soul ppl".split())
_FIGHTERS = frozenset(
    "soldier troop warrior combatant fighter militiaman militiamen serviceman servicemen jawan sepoy legionary mercenary "
    "paratrooper commando rifleman riflemen guardsman guardsmen conscript militant insurgent rebel".split()
)
"""Words for people who fight: said for a count of people as such, they say who all of them were."""
_AT_ARMS = _FIGHTERS | frozenset("army garrison regiment battalion brigade division corps navy militia".split())
"""A question with one of these words says the people it counts fought: "500 soldiers" for the army's 500 people lost."""
_ARTILLERY = lazy_re(r"\bpieces?\s+of\s+(?:artillery|ordnance|cannon)\b|\b(?:artillery|field)\s+pieces?\b", re.IGNORECASE)


_NEAR = frozenset({"nearly", "almost"})
_ROUGHLY = frozenset({"about", "around", "approximately", "approx", "roughly", "circa", "some", "~"})
_ROUGHLY_ASKED = _ROUGHLY | _NEAR | {"estimated", "estimate", "approximate", "rough", "roughly"}
"""Words of a question that asks for a figure roughly ("in about how many days")."""
_YIELDS = frozenset({"kilotonne", "megatonne"})
_IN_METAL = lazy_re(r"\s+in\s+(gold|silver|copper|bronze)$")


def _metals_of(unit: str) -> tuple[str, frozenset[str]]:
    """A money's name without its metal, and the metal: "rubles in silver" -> ("rubles", {"silver"})."""
    words = _IN_METAL.sub(r" \1", unit.casefold()).split()
    return " ".join(w for w in words if w not in units.METALS), frozenset(w for w in words if w in units.METALS)


def _coin_metals(given: str, expected: str) -> bool | None:
    """The same coin with or without its metal ("30 million gold roubles" for 30 million roubles, "2.25 billion
    francs" for gold francs): True; another metal ("silver écus" for gold ones): False; None when no metal is said
    or the coins differ."""
    (given_bare, given_metal), (expected_bare, expected_metal) = _metals_of(given), _metals_of(expected)
    if not (given_metal or expected_metal) or not given_bare or not expected_bare:
        return None
    g, e = units.canonical_unit(given_bare), units.canonical_unit(expected_bare)
    same = g == e and units.dimension(g or "") == "currency" or units.dimension(g or "") is None and units.dimension(e or "") is None and units.same_count_noun(given_bare, expected_bare)
    if not same:
        return None
    return not (given_metal and expected_metal and given_metal != expected_metal)


def _people_of(unit: str, prompt: Context) -> bool:
    """The answer counts a people ("Russians", "Zulus"), as the question names them, capitalised: any word for
    people then counts them."""
    word = unit.strip()
    if " " in word or not word.isalpha() or units.SYNONYMS.get(singular(word.casefold())):
        return False
    return singular(word.casefold()) in names.DEMONYMS or re.search(rf"\b{re.escape(word.capitalize())}\b", prompt.text) is not None


def _of_the_nation(word: str, unit: str) -> bool:
    """"US" in "128 US citizens" for 128 Americans: the people's own country."""
    country = names.DEMONYMS.get(singular(unit.casefold()))
    return country is not None and names.country_code(word) is not None and names.country_code(word) == names.country_code(country)


_FATES = (
    frozenset("dead death deaths died die dies killed kill fatality fatalities perished perish life lives slain".split()),
    frozenset("wounded wound injured injury injuries injure hurt".split()),
    frozenset("casualty casualties".split()),
    frozenset(
        "captured capture captive captives captivity prisoner prisoners pow pows held hold holds detain detains detained detention "
        "arrest arrests arrested jailed imprisoned interned surrendered".split()
    ),
)
"""What befell the people counted: a count of the dead is not a count of the wounded, nor of the people the question
counts when it says nothing of death ("3,124 killed" for the 3,124 people evacuated)."""


_LOSS_WORDS = frozenset("lose loses lost loss losses".split())


def _another_fate(given: str, expected: str, prompt: Context) -> bool:
    """The typed unit says what befell the people counted, and neither the answer nor the question says so."""
    said = {w.casefold() for w in re.findall(r"[A-Za-z]+", f"{expected} {prompt.text}")}
    if said & _LOSS_WORDS and not any(w.casefold() in fate for fate in _FATES for w in re.findall(r"[A-Za-z]+", expected)):
        said |= _FATES[2]  # "how many men did the French lose?": their casualties (not where it counts prisoners)
    for word in re.findall(r"[A-Za-z]+", given.casefold()):
        kind = next((k for k in _FATES if word in k), None)
        if kind is _FATES[2] and _FATES[0] & said and _FATES[1] & said:
            continue  # "150 casualties" for 150 dead and wounded: the two, by their one word
        if kind is _FATES[3] and units.same_count_noun(word, expected):
            continue  # "31 prisoners" for 31 inmates: the answer's own people
        if kind is not None and not kind & said and not (kind is not _FATES[3] and _FATES[2] & said):
            return True  # casualties, asked, take in the dead and the wounded (not the captured)
    return False


_PEOPLE_WORDS = frozenset("people persons person men man women woman individuals souls".split())


def _the_fate_asked(given: str, expected: str, prompt: Context) -> bool:
    """"36,000 dead" or "113 people died" where the question asks how many of the answer's people died: the people
    counted by what befell them, as the question says it."""
    words = re.findall(r"[A-Za-z]+", given.casefold())
    fates = [next((k for k in _FATES if w in k), None) for w in words]
    if not words or not any(fates) or not all(f is not None or w in _PEOPLE_WORDS for w, f in zip(words, fates)):
        return False
    if not units.same_count_noun("people", expected):
        return False  # the answer counts no people
    asked = {w.casefold() for w in re.findall(r"[A-Za-z]+", prompt.text)}
    return all(f is None or f & asked for f in fates)


def _people_the_question_names(given: str, expected: str, prompt: Context) -> bool:
    """"63 Huguenots" for 63 people where the question asks how many Huguenots were killed, "15,000 men" for 15,000
    Swiss where it asks how many Swiss stayed: the people counted, by the name the question gives them or as people.
    A people the question does not name ("40,000 Russians" for Ukrainian personnel) is another claim."""
    if " " in given.strip() or not given.isalpha():
        return False
    g = singular(given.casefold())
    fated = [w for w in re.findall(r"[a-z]+", expected.casefold()) if w not in ("and", "or")]
    if fated and all(any(w in k for k in _FATES[:3]) for w in fated):
        if g in _FATES[2] and {k for w in fated for k in range(2) if w in _FATES[k]} == {0, 1}:
            return True  # "150 casualties" for 150 dead and wounded
        if g in _PEOPLE_WORDS or g == "strong" or units.same_count_noun(g, "soldier"):
            return True  # "400 soldiers" for 400 wounded
    if " " in expected.strip():
        return False
    e = singular(expected.casefold())
    if g == "strong" and units.same_count_noun("people", e):
        return True  # "13,000 strong" for 13,000 men: an army's size, said as such
    if g in _FATES[2] and units.same_count_noun("people", e) and prompt.words & _LOSS_WORDS:
        return True  # "4,500 casualties" where the question asks how many men were lost
    if g in NUMBER_WORDS or units.dimension(units.canonical_unit(g) or "") is not None:
        return False
    people = units.same_count_noun("people", e) or any(e in fate for fate in _FATES)
    if people and g not in _PEOPLE_WORDS and (g in prompt.words or given.casefold() in prompt.words):
        if g in _MILITARY_UNITS or g in _MUNITIONS or names.HEAD_NOUNS_BY_KIND["equipment"] & {g, g + "s"}:
            return False  # "75 shells", "20,000 divisions": the question's things, not its people
        return g not in units.SYNONYMS or units.same_count_noun(g, "people")
    return (e in prompt.words or expected.casefold() in prompt.words) and g in _PEOPLE_WORDS and not units.same_count_noun("people", e) and (
        e in names.DEMONYMS or expected[:1].isupper()
    )


_PLACES_COUNTED = frozenset(
    "country nation state province prefecture region district county city town village island port harbour harbor berth "
    "capital continent territory municipality".split()
)


_FORMATION_KINDS = frozenset(
    "panzer guards shock tank air airborne mountain parachute motorised motorized mechanised mechanized armoured armored "
    "cavalry ss panzergrenadier volksgrenadier grenadier marine rifle".split()
)
"""What makes a formation another of the same number: the 4th Army and the 4th Panzer Army both fought in 1943."""
_MILITARY_UNITS = frozenset("squad platoon company squadron battalion regiment brigade division corps corp army".split())  # corp: corps made singular
"""Units of an army by size: each a count of its own ("6 companies" are not 6 battalions)."""


def _another_army(given_unit: str, expected_unit: str, prompt: Context) -> bool:
    """A formation named with a nationality that neither the answer nor the question gives it."""
    said = {singular(w) for w in expected_unit.casefold().split()} | {singular(w) for w in prompt.said}
    return any(w in names.DEMONYMS and singular(w) not in said and w not in said for w in given_unit.casefold().split())


def _another_counted_head(word: str, expected_unit: str | None, prompt: Context) -> bool:
    """"47 countries" for 47 prefectures, "7 ports" for 7 berths: a generic head noun stands harmlessly beside a
    name ("the Caribbean region"), but counted where the answer counts places of another kind it counts another
    thing. Only places against places: "8 pacts" for 8 agreements or "29 missions" for operations are the writers'
    own words for the same things."""
    if expected_unit is None:
        return False
    stem, asked = singular(word.casefold()), singular(expected_unit.split()[-1].casefold())
    if stem != asked and stem in _MILITARY_UNITS and asked in _MILITARY_UNITS:
        return True  # "6 companies" for 6 battalions, "the 18th Army" for the 18th Infantry Division: units of another size
    if len(expected_unit.split()) != 1:
        return False
    if stem not in _PLACES_COUNTED or asked not in _PLACES_COUNTED or stem == asked:
        return False
    if word in prompt.words or stem in prompt.words or any(other in prompt.words for other in units.SYNONYMS.get(stem, ())):
        return False  # the question's own word, or one of its synonyms
    return not units.same_count_noun(word, expected_unit)


_AUXILIARIES = frozenset("were was are is have has had been being got".split())
_AFTER_A_SPAN = frozenset("later earlier before after ago afterwards running".split())
_CHANGE_LEMMAS = frozenset(
    "rise fall increase decrease drop decline grow cut reduce lose gain double halve triple exceed surpass add extend "
    "raise lower shrink expand jump surge plunge slip dip climb miss fail cancel reject deny refuse plan propose expect "
    "estimate project target aim promise pledge seek offer request suspend withdraw scrap cap limit ban stop delay".split()
)


_VERB_KINDS = (
    frozenset("kill die massacre slay murder perish".split()),
    frozenset("injure wound hurt maim".split()),
    frozenset("rescue evacuate save airlift repatriate bring fly land arrive return".split()),
    frozenset("deploy send station post dispatch".split()),
    frozenset("meet convene gather assemble".split()),  # "208 delegates met" where the question asks how many convened
    frozenset("accept capitulate concede surrender".split()),  # "surrendered" where the question asks how many capitulated
    frozenset("capture take seize detain arrest imprison".split()),  # "896 prisoners were taken" for how many were captured
    frozenset("free release liberate".split()),
)
_PAST_FORMS = frozenset("met held fought sent brought flew came taken took".split())
"""Past forms without -ed that may close a count ("13 powers met")."""


def _verb_said(lemma: str, prompt: Context) -> bool:
    """The question's own verb, or one of the same kind ("massacred" where it asks how many were killed)."""
    said = {names.verb_lemma(w) or w for w in prompt.said if w.isalpha()}
    if lemma in said:
        return True
    return any(lemma in kind and kind & said for kind in _VERB_KINDS)


def _without_its_verb(unit: str, expected_unit: str | None, prompt: Context) -> str:
    """The counted noun without a verb after it that says what the question says befell the things counted ("people
    died" or "civilians were massacred" where it asks how many were killed), or a word placing a span in time ("days
    later"). Another verb is a claim of its own ("civilians were injured" for those killed), and a verb of change or
    plan may count another figure ("projects planned")."""
    words = unit.split()
    if units.dimension(units.canonical_unit(words[0]) or "") == "time" and len(words) == 2 and words[1] in _AFTER_A_SPAN:
        asked = set(prompt.words)
        if words[1] in ("earlier", "before", "ago") and asked & {"after", "later"} or words[1] in ("later", "after") and asked & {"before", "earlier"}:
            return unit  # "9 days earlier" where the question asks how many days after
        return words[0]
    if units.dimension(expected_unit or "") is not None:
        return unit
    if len(words) > 2 and words[-2] in ("taken", "made") and words[-1] in ("prisoner", "prisoners", "captive", "captives"):
        words[-2:] = ["captured"]  # "2,188 men were taken prisoner"
    while len(words) > 1:
        last = words[-1]
        lemma = names.verb_lemma(last)
        if ((last.endswith("ed") or last in _PAST_FORMS) and lemma not in (None, last) and lemma not in _CHANGE_LEMMAS) and _verb_said(lemma, prompt):
            words.pop()
            while len(words) > 1 and words[-1] in _AUXILIARIES:
                words.pop()
            continue
        break
    return " ".join(words)


def _restated(unit: str, expected_unit: str, prompt: Context) -> bool:
    """The answer's own unit, then only what the question says: its words, its verb or one of the same kind, and
    small words ("14 people died at the station" where it asks how many people were killed at the station). Another
    verb is a claim of its own ("14 people were injured")."""
    words = unit.split()
    for cut in range(1, len(words)):
        head = " ".join(words[:cut])
        if head != expected_unit and units.canonical_unit(head) != expected_unit and singular(head) != singular(expected_unit):
            continue
        rest = words[cut:]
        return any(not (w in STOPWORDS or w in _AUXILIARIES) for w in rest) and all(
            w in STOPWORDS or w in _AUXILIARIES or w in prompt.said or singular(w) in prompt.said
            or any(o in prompt.said for o in units.SYNONYMS.get(w, ()))
            or ((lemma := names.verb_lemma(w)) not in (None, w) and lemma not in _CHANGE_LEMMAS and _verb_said(lemma, prompt))
            or w in _IN_ALL or w == "aboard" and "board" in prompt.said
            for w in rest
        )  # fmt: skip
    return False


_IN_ALL = frozenset("total all altogether overall".split())
"""Words that say a count is the whole of it ("13 artists in total"), as the question's own figure is."""


_KIND_HEADS = frozenset("medal machine reactor system aircraft jet plane ship vessel vehicle device submarine helicopter drone satellite".split())
"""Nouns a name before them is one of: a CANDU is a reactor, a BiPAP a machine (a missile is not a battery)."""


def _asked_by_its_first_word(given_unit: str, expected_unit: str, prompt: Context) -> bool:
    """The question's own name for what it counts, cut to its first word: "golds" for gold medals, "BiPAPs" for
    BiPAP machines, "CANDUs" where it asks how many CANDU reactors."""
    expected = [singular(w) for w in expected_unit.casefold().split()]
    if " " in given_unit.strip() or expected[-1] not in _KIND_HEADS:
        return False
    word = singular(given_unit.strip().casefold())
    if len(expected) > 1 and word == expected[0]:
        return True
    asked = [singular(w) for w in normalise(prompt.text).split()]
    return any(word in (a, f"{a}s") and b == expected[-1] for a, b in zip(asked, asked[1:]))  # "candus": singular() keeps -us


def _another_model(unit: str | None, expected_unit: str | None, prompt: Context) -> bool:
    """A model designation ("F-35s", "MQ-1") or a describing word ("nuclear") beside the counted noun where the
    question names the model it counts ("How many Rafale-M jets", "How many Scorpene submarines"): another thing."""
    words = (unit or "").replace("-", " ").split()
    if not words or not expected_unit or unit in prompt.words:
        return False
    head = singular(expected_unit.split()[-1])
    asked = normalise(prompt.text).split()
    spots = [i for i, w in enumerate(asked) if singular(w) == head or units.same_count_noun(w, head)]
    named = [w for i in spots for w in asked[max(0, i - 2) : i] if w not in STOPWORDS and w not in ("how", "many", "much", "what", "which")]
    modifiers = [w for w in words[:-1] if not any(c.isdigit() for c in w)]
    if any(w in _DESCRIBING and w not in prompt.said for w in modifiers):
        return True  # "six nuclear submarines" where nothing says nuclear: a claim about what they are
    models = {t for w in re.findall(r"\b(?:[A-Z][\w-]*|\w*\d[\w-]*)", prompt.text[1:]) for t in normalise(w).split()}
    named = [w for w in named if w in models or any(c.isdigit() for c in w)]  # "armed drones" names no model; "Rafale-M jets" does
    if not named:
        return False  # "How many drones will the Navy get?": any drone named is the learner's own detail
    squeezed = prompt.spoken.replace(" ", "")
    designation = [w for w in (unit or "").split() if any(c.isdigit() for c in w)]
    if any(singular(normalise(d).replace(" ", "")) not in squeezed for d in designation):
        return True  # "MQ-9B" is the question's when it says "MQ-9B"
    modifiers = [w for w in words[:-1] if not any(c.isdigit() for c in w)]
    return any(w in _DESCRIBING and w not in prompt.said for w in modifiers) or (
        len(words) == 1 and not designation and singular(words[0]) not in prompt.said and not units.same_count_noun(words[0], expected_unit)
        and singular(words[0]) not in {singular(n) for n in named} and not any(singular(words[0]).startswith(n) for n in named)
    )  # fmt: skip


_DESCRIBING = frozenset(
    "nuclear conventional diesel electric stealth supersonic hypersonic subsonic ballistic cruise attack transport "
    "heavy light medium long short unmanned manned armed unarmed naval air land civilian military new old used".split()
)
_MULTIPLES = frozenset({"times", "fold", "x"})
_EVENT_CLAIMS = frozenset(
    "when signed cancelled canceled dissolved operational ended began started founded formed ratified withdrew expired "
    "suspended revoked abrogated terminated launched became collapsed renamed disbanded".split()
)
_PLACE_AFTER_COUNTRY = frozenset("city state sea ocean gulf strait straits bay channel trench basin plateau river".split())
_POPULATIONS = frozenset(
    "nri nris pio pios oci expatriate expat migrant immigrant emigrant diaspora refugee student evacuee passenger "
    "tourist worker pilgrim settler voter".split()
)
"""People of one kind: right only where the question or its explanation counts that kind."""


def _another_population(unit: str | None, reading: Reading, prompt: Context) -> bool:
    """The count names people of a country, or of a kind, the question does not speak of."""
    words = {singular(w) for w in [*(unit or "").replace("-", " ").split(), *reading.unit_words]}
    peoples = {w for w in prompt.said if w in names.DEMONYMS or singular(w) in names.DEMONYMS}
    for word in words:
        if word in names.DEMONYMS and peoples and word not in peoples and word + "s" not in peoples:
            return True  # "Russians" where the question counts Ukrainians ("278 Indians" where it names no people: right)
        if (
            word in _POPULATIONS and (peoples or _POPULATIONS & prompt.said) and word not in prompt.said and word + "s" not in prompt.said
            and not (len(word) >= 6 and word[:5] in prompt.stems)
        ):  # fmt: skip
            return True  # "NRIs" where the question counts Indo-Canadians ("a million NRIs" for "how many people": right;
            # "evacuees" where it asks how many nationals were evacuated: right)
    return False


def _the_other_party(unit: str, prompt: Context) -> bool:
    """"15,000 Herero" where the question asks how many German reinforcements defeated the Herero: the people the
    question names as the other side, not the counted ones, whom it names by their country."""
    words = unit.split()
    if len(words) != 1 or words[0] in names.DEMONYMS or singular(words[0]) in names.DEMONYMS or "how many" not in prompt.text.casefold():
        return False
    asked = re.search(r"\bhow many\s+((?:[\w'-]+\s*){1,3})", prompt.text, re.IGNORECASE)
    if asked is None or not any(w.casefold() in names.DEMONYMS for w in asked[1].split()):
        return False
    word = words[0]
    return word not in asked[1].casefold().split() and any(  # "defeated the Herero": a people, named as such
        m[1][:1].isupper() for m in re.finditer(rf"\bthe\s+({re.escape(word)}s?)\b(?!\s*\d)", prompt.text, re.IGNORECASE)
    )


_READ_AS = frozenset({("kilonewton", "knot")})
"""(unit as read, the answer's unit): one spelling of both ("kn")."""


def _initials_of_asked(given_unit: str, expected_unit: str, prompt: Context) -> bool:
    """The counted thing by the initials of the question's own name for it ("ALHs": Advanced Light Helicopters)."""
    word = given_unit.strip().casefold()
    word = word[:-1] if word.endswith("s") and len(word) > 3 else word
    if not 2 <= len(word) <= 6 or not word.isalpha() or " " in given_unit.strip():
        return False
    head = singular(expected_unit.split()[-1].casefold())
    asked = normalise(prompt.text).split()
    for end, w in enumerate(asked):
        if singular(w) == head and end + 1 >= len(word):
            if "".join(t[0] for t in asked[end + 1 - len(word) : end + 1]) == word:
                return True
    return False


def _modifier_for(given_unit: str, expected_unit: str, prompt: Context) -> bool:
    """"3 missiles" where the question asks for "missile batteries": the prompt's word describes the
    answer's noun there, so as a count noun of its own it counts something else."""
    given_head, expected_head = given_unit.split()[-1], expected_unit.split()[-1]
    if units.same_count_noun(given_head, expected_head) or singular(given_head) == singular(expected_head):
        return False
    said = normalise(prompt.text).split()
    pairs = {(singular(a), singular(b)) for a, b in zip(said, said[1:])}
    if (singular(given_head), singular(expected_head)) not in pairs:
        return False
    proper = {singular(w.casefold()) for w in re.findall(r"\b[A-Z][a-z]+\b", prompt.text[1:])}
    return singular(given_head) not in proper  # "six Scorpenes" for Scorpene submarines: a class name, the same boats


_SITES = frozenset("airport airfield airbase base camp".split())
_MUNITIONS = frozenset("shell bomb grenade torpedo bullet cartridge rocket projectile".split())
"""What is fired, not who is hit: a count of them is not a count of the people the question asks about."""
_MEN_COUNTED = _FIGHTERS | frozenset("man men people person personnel".split())
"""What a count of men is said in: "20,000 divisions" is not one ("a 60,000-strong army" is)."""
"""Places the question names that are not what it counts: "15 airports" for the flights diverted from Copenhagen airport."""


def _other_count_noun(given_unit: str, expected_unit: str, prompt: Context) -> bool:
    """A count noun the question uses for something else than what is counted (not a class name like "Scorpenes")."""
    given_head, expected_head = singular(given_unit.split()[-1]), singular(expected_unit.split()[-1])
    expected_words = {singular(w) for w in expected_unit.split()}
    if given_head in expected_words or units.same_count_noun(given_unit, expected_unit) or given_head not in prompt.words:
        return False
    if re.search(rf"\b(?:{re.escape(given_head)}|{re.escape(expected_head)})s?\s+or\s+(?:\w+\s+)?(?:{re.escape(given_head)}|{re.escape(expected_head)})", prompt.text, re.IGNORECASE):
        return False  # "How many policy areas or chapters": the question's two names for what it counts
    if re.search(rf"\b{re.escape(expected_head)}s?\s+of\s+(?:the\s+)?{re.escape(given_unit.split()[-1])}\b", prompt.text, re.IGNORECASE):
        return True  # "13 oxen" where the question counts yokes of oxen: each holds more than one
    if (
        given_head not in units.SYNONYMS and not names.HEAD_NOUNS_BY_KIND["equipment"] & {given_head, given_head + "s"}
        and given_head not in names.HEAD_NOUNS_BY_KIND["place"] and given_head not in _SITES
        and given_head not in _MUNITIONS
    ):  # fmt: skip
        return False  # only nouns that are things counted: "missiles", "ships", "troops", or "ports" for the port's berths;
        # "75 shells" for the men one shell killed
    proper = {singular(w.casefold()) for w in re.findall(r"\b[A-Z][a-z]+\b", prompt.text[1:])}
    return given_head not in proper


def _unit_in_prompt(unit: str, prompt: Context) -> bool:
    spellings = [s for s, name in units.PHYSICAL_ALIASES.items() if name == unit]
    return any(s in prompt.words for s in spellings)
