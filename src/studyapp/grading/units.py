"""Units: which spellings name the same unit, and converting between units.

Spellings map to a canonical unit here without any library, so the common case
(``km`` vs ``kilometres``) costs a dict lookup. ``pint`` is imported only when two
different physical units must be converted (its registry takes most of a second
to build), never at start-up.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studyapp.grading.currency import CURRENCIES, CURRENCY_ALIASES
from studyapp.grading.text import fold, lazy_re, singular

# --- physical units: spelling -> (pint name, dimension) -------------------------

_PHYSICAL = {
    "kilometer": ("km", "kilometre kilometres kilometer kilometers kms km"),
    "meter": ("length", "m metre metres meter meters mtr"),
    "centimeter": ("length", "cm centimetre centimetres centimeter centimeters"),
    "millimeter": ("length", "mm millimetre millimetres millimeter millimeters"),
    "mile": ("length", "mile miles mi"),
    "nautical_mile": ("length", "nautical mile|nautical miles|nmi|nm|nms|naut mi|naut. miles|naut miles|naut. mi"),  # "nm": navies' short form, never nanometres here
    "foot": ("length", "ft foot feet"),
    "inch": ("length", "inch inches in."),
    "yard": ("length", "yard yards yd yds"),
    "fathom": ("length", "fathom fathoms"),  # a depth at sea: "1200 feet" for 200 fathoms
    "furlong": ("length", "furlong furlongs"),
    "square_kilometer": ("area", "km2|km²|sq km|sq. km|sq kms|square km|square kms|square kilometres|square kilometers|square kilometre|square kilometer|sq kilometres"),
    "square_mile": ("area", "sq mi|square miles|square mile|sq miles|sq. mi|sq. miles|sq.mi|sq mile|sq. mile"),
    "square_meter": ("area", "m2|m²|sq m|sq. m|sq mtr|square metres|square meters|square metre|square meter|sqm"),
    "square_foot": ("area", "sq ft|sq. ft|sqft|square feet|square foot"),
    "hectare": ("area", "ha|hectare|hectares"),
    "acre": ("area", "acre|acres"),
    "kilogram": ("mass", "kg kgs kilogram kilograms kilogramme kilogrammes kilo kilos"),
    "gram": ("mass", "g gram grams gramme grammes"),
    "metric_ton": ("mass", "tonne|tonnes|t|mt|metric ton|metric tons|metric tonnes|ton|tons|tonelada|toneladas"),  # "tons" as papers write tonnes
    "pound_mass": ("mass", "lb lbs"),
    "ounce": ("mass", "oz ozs ounce ounces"),  # "2 oz" for 2 ounces; pint's ounce is the avoirdupois one
    "troy_ounce": ("mass", "troy ounce|troy ounces|ozt|oz t|oz troy"),
    "quintal": ("mass", "quintal quintals qtl"),  # India's 100 kg
    "second": ("time", "second seconds sec secs"),
    "minute": ("time", "minute minutes min mins"),
    "hour": ("time", "hour hours hr hrs h"),
    "day": ("time", "day days"),
    "week": ("time", "week weeks wk wks"),
    "fortnight": ("time", "fortnight fortnights"),
    "month": ("time", "month months mth mths mo mos"),
    "year": ("time", "year years yr yrs"),
    "decade": ("time", "decade decades"),
    "century": ("time", "century centuries"),
    "millennium": ("time", "millennium millennia millenniums"),
    "degree_Celsius": ("temperature", "°c|° c|degc|celsius|degrees celsius|degree celsius|deg c|degrees c|degree c|c|centigrade|degrees centigrade|degree centigrade|deg centigrade"),
    "degree_Fahrenheit": ("temperature", "°f|° f|degf|fahrenheit|degrees fahrenheit|degree fahrenheit|deg f|degrees f|degree f|f"),
    "kelvin": ("temperature", "kelvin|kelvins"),
    "liter": ("volume", "l litre litres liter liters"),
    "kiloliter": ("volume", "kl kilolitre kilolitres kiloliter kiloliters"),
    "cubic_meter": ("volume", "m3|m³|cu m|cubic metre|cubic metres|cubic meter|cubic meters"),
    "mcm": ("volume", "mcm"),  # water engineers' million cubic metres ("820 MCM a year"), never pint's thousand circular mils
    "knot": ("speed", "knot knots kt kts"),
    "kilometer_per_hour": ("speed", "km/h|kmh|kph|kmph|kmph.|km per hour|kms per hour|km an hour|kilometres per hour|kilometers per hour|kilometres an hour|kilometers an hour"),
    "mile_per_hour": ("speed", "mph|miles per hour"),
    "kilometer_per_second": ("speed", "km/s|km/sec|km per second|kms per second|kilometres per second|kilometers per second"),
    "meter_per_second": ("speed", "m/s|m/sec|metres per second|meters per second"),  # not "mps": MPs are members of parliament
    "kilonewton": ("force", "kn|kilonewton|kilonewtons|kilo newton|kilo newtons"),
    "newton": ("force", "n newton newtons"),
    "horsepower": ("power", "hp horsepower bhp"),  # "600 hp" for engines of 600 horsepower
    "megawatt": ("power", "mw|mwe|megawatt|megawatts|megawatt electrical|megawatts electrical|megawatts electric|megawatt electric"),
    "gigawatt": ("power", "gw|gwe|gigawatt|gigawatts|gigawatt electrical|gigawatts electrical|gigawatts electric|gigawatt electric"),  # a plant's electrical output
    "terawatt": ("power", "tw terawatt terawatts"),
    "kilowatt": ("power", "kw|kilowatt|kilowatts|kwp|kilowatt peak|kilowatts peak|kilowatt-peak"),  # peak: a solar plant's rated power
    "kilowatt_hour": ("energy", "kwh|kilowatt hour|kilowatt hours|kilowatt-hour|kilowatt-hours"),
    "megawatt_hour": ("energy", "mwh|megawatt hour|megawatt hours|megawatt-hour|megawatt-hours"),
    "gigawatt_hour": ("energy", "gwh|gigawatt hour|gigawatt hours|gigawatt-hour|gigawatt-hours"),
    "terawatt_hour": ("energy", "twh|terawatt hour|terawatt hours|terawatt-hour|terawatt-hours"),
    "bit / second": ("data rate", "bps|b/s|bit/s|bits per second"),
    "kilobit / second": ("data rate", "kbps|kb/s|kbit/s|kilobits per second"),
    "megabit / second": ("data rate", "mbps|mb/s|mbit/s|megabits per second"),
    "gigabit / second": ("data rate", "gbps|gb/s|gbit/s|gigabits per second"),
    "terabit / second": ("data rate", "tbps|tb/s|tbit/s|terabits per second"),
    "petabit / second": ("data rate", "pbps|pb/s|pbit/s|petabits per second"),
    "hertz": ("frequency", "hz hertz"),
    "kilohertz": ("frequency", "khz kilohertz"),
    "megahertz": ("frequency", "mhz megahertz"),
    "gigahertz": ("frequency", "ghz gigahertz"),
    "volt": ("voltage", "v volt volts"),
    "kilovolt": ("voltage", "kv|kilovolt|kilovolts|kilo volt|kilo volts"),
    "kilotonne": ("mass", "kilotonne kilotonnes kiloton kilotons"),  # not "kt": knots
    "megatonne": ("mass", "megatonne megatonnes megaton megatons"),  # not "mt": India's metric tonnes
    "acre_foot": ("volume", "acre-foot|acre-feet|acre foot|acre feet"),
    "foot ** 3 / second": ("flow", "cusec|cusecs|cubic feet per second"),
    "meter ** 3 / second": ("flow", "cumec|cumecs|cubic metres per second|cubic meters per second"),
}
for _rate in ("bit", "kilobit", "megabit", "gigabit", "terabit", "petabit"):  # "20 gigabits a second"
    _PHYSICAL[f"{_rate} / second"] = ("data rate", f"{_PHYSICAL[f'{_rate} / second'][1]}|{_rate}s a second|{_rate}s each second")
_PHYSICAL["kilometer"] = ("length", _PHYSICAL["kilometer"][1])
PHYSICAL_ALIASES: dict[str, str] = {}
DIMENSION: dict[str, str] = {}
for _name, (_dim, _spellings) in _PHYSICAL.items():
    DIMENSION[_name] = _dim
    for _s in _spellings.split("|") if "|" in _spellings else _spellings.split():
        PHYSICAL_ALIASES[_s] = _name
# spellings that only mean a unit when the answer itself is in such a unit ("c" is not Celsius by default)
WEAK_PHYSICAL = frozenset({"c", "f", "t", "g", "h", "l", "in.", "min", "n", "v"})

# --- count nouns that name the same thing -------------------------------------

_PEOPLE = "people ppl person individual man men woman women human soul"
"""Words for people as such: they stand for any group of people the question counts ("30 men" for 30 attackers)."""
_SYNONYM_GROUPS = (
    f"{_PEOPLE} troop soldier personnel member servicemember serviceman servicemen staff force jawan "
    "military personnel trainee recruit sailor seaman seafarer mariner crew airman marine peacekeeper "
    "warrior combatant regular sepoy rifleman riflemen gunner militia militiaman militiamen conscript guardsman guardsmen "
    "legionary mercenary landsknecht commando paratrooper redcoat pontonnier pontonier pontoneer volunteer",  # "4,000 warriors" for 4,000 Zulus; not "fighter", a jet too
    # the arms apart: soldiers or men for either, never "200 cavalry" for 200 infantry
    f"{_PEOPLE} troop soldier cavalry cavalryman cavalrymen horseman horsemen rider trooper",  # "675 riders" for 675 horsemen
    f"{_PEOPLE} troop soldier infantry infantryman infantrymen",
    # people by what they are: each kind is the same as people as such, not as another kind ("14 tourists" for 14 prisoners)
    f"{_PEOPLE} resident citizen inhabitant national islander villager voter elector",  # "0.8 crore voters" for citizens eligible to vote
    f"{_PEOPLE} citizen national nri pio expatriate expat migrant immigrant evacuee passenger",
    f"{_PEOPLE} student pupil evacuee",  # the evacuations of students from Ukraine and Sudan
    f"{_PEOPLE} participant delegate attendee visitor guest representative",  # "60 delegates" for 60 representatives
    f"{_PEOPLE} spectator viewer fan onlooker audience",  # "30,000 people" for a stadium's 30,000 spectators
    f"{_PEOPLE} player athlete sportsman sportsmen sportsperson competitor",
    f"{_PEOPLE} climber mountaineer summiteer",
    f"{_PEOPLE} crew crewman crewmen crewmember sailor seaman seamen",  # "about 20000 sailors" for a fleet's 20,000 crewmen  # "twelve crewmen" for a crew of 12
    f"{_PEOPLE} companion comrade",
    f"{_PEOPLE} follower disciple adherent supporter",  # "900 men" for the 900 followers a leader took
    "man men male",  # "28 thousand men" for 28,000 males (not "people": women are people too)
    f"{_PEOPLE} tourist visitor pilgrim traveller traveler",
    f"{_PEOPLE} worker employee staff professional labourer laborer",
    f"{_PEOPLE} consumer",
    f"{_PEOPLE} veteran",
    f"{_PEOPLE} accused suspect",
    f"{_PEOPLE} hostage captive",
    f"{_PEOPLE} detainee prisoner inmate captive pow pows",  # "22 thousand POWs" for 22,000 prisoners
    f"{_PEOPLE} victim",
    f"{_PEOPLE} survivor",
    f"{_PEOPLE} scientist expert specialist professional researcher engineer doctor",
    f"{_PEOPLE} attacker assailant gunman gunmen militant terrorist insurgent rebel jihadist",
    f"{_PEOPLE} child children kid schoolchild schoolchildren pupil minor",
    "antiquity artefact artifact relic",
    "attempt bid try",
    "country nation member state signatory seat ally",
    "war",
    "jet fighter aircraft plane airplane warplane fighter-jet fighterjet",
    "gun howitzer cannon",
    "instalment installment payment tranche",  # "in five payments" for 5 instalments
    "fort fortress stronghold citadel",
    "sapper engineer pontonnier pontonier pontoneer",  # military engineers: the bridge builders among them
    "flag standard banner ensign",  # "forty flags" for 40 standards taken
    "meeting round session talk",
    "submarine sub",
    "helicopter chopper copter heli",
    "evacuation medevac casevac",
    "ship vessel warship battleship sail",  # "31 sail of the line": ships, as the age of sail counted them
    "satellite nanosatellite",
    "vehicle car automobile",
    "truck lorry",  # one vehicle in American and British English; never the men it carries ("troops in trucks")
    "wagon railcar carriage car boxcar cart",  # "15 rail cars" for 15 wagons
    "train",  # a train is made of wagons: "15 trains" counts another thing
    "homicide murder killing",
    "charge count",  # "5 counts" for five charges
    f"{_PEOPLE} police cop policeman policemen policewoman policewomen constable personnel officer",  # "1040 cops" for 1,040 police officers
    "prison jail gaol",  # "7 years in jail" where the question asks how many years in prison
    "company firm",
    "seat mp mps mep meps lawmaker legislator member",  # "719 MEPs" for the European Parliament's 719 members
    "relation relationship tie",  # "mps": singular() leaves a three-letter word
    "agreement mou mous memorandum",  # "mous": singular() keeps a word ending in -us
    f"{_PEOPLE} death fatality dead life live killed killing",  # "1602 people" where the question counts deaths; "lives" reads as "live"; "61 killings"
    f"{_PEOPLE} wounded injured",  # "38 men wounded" for 38 wounded
    "drone uav uas rpa",
    "position place rank spot",
    "piece fragment",  # "916 fragments" of debris for 916 pieces
    "page pg",  # "pp" is percentage points to this grader
    "port seaport harbour harbor",
    "mission sortie sorty",  # singular() reads "sorties" as "sorty"; "3536 sorties" for an air force's 3,536 missions
    "match game odi",  # "6 ODIs" for six one-day matches
    "home house dwelling residence",  # "900 houses" for 900 homes
    "guilder gulden florin",
    "riksdaler rigsdaler rixdollar",  # the Scandinavian dollar in Swedish, Danish and English  # the Dutch coin by its Dutch name, and as its ƒ says
    "taler thaler",
    "organ body",  # the UN's principal organs
    "option alternative choice",
    "airman aircrew",
    f"{_PEOPLE} journalist reporter correspondent",
)
_KINDS_OF = {
    "submarine": "boat",
    "frigate": "ship vessel warship", "destroyer": "ship vessel warship", "corvette": "ship vessel warship",
    "tanker": "ship vessel", "warship": "ship vessel",  # "5 ships" for 5 frigates: the count asked, in the general word
    "unit": "home house dwelling flat apartment reactor",
    "system": "unit",
    "area": "sector field domain",
    "meeting": "plenary",
    "captured": "prisoner pow",  # "4315 prisoners" for 4,315 captured; "captured" stays a fate, not a word for people
}
"""Other words for what the question counts, one way only: "9 boats" for 9 submarines (as navies call them) and
"700 homes" for 700 housing units, not the reverse. Not kinds of a thing: "2 submarines" for 2 ships, or
"8 frigates" for 8 ships, says what the ships are, a claim the question does not make."""
METALS = frozenset("gold silver copper bronze".split())
"""The metals a coin is named by ("gold francs", "silver rubles"): another metal is another coin."""
GOODS = frozenset("barrel tonne ton ounce kilogram kg litre liter gallon mmbtu bbl".split())
"""What a price is quoted per: a figure in these is an amount of the goods, never the price."""
SYNONYMS: dict[str, frozenset[str]] = {}
for _group in _SYNONYM_GROUPS:
    _words = frozenset(_group.split())
    for _w in _words:
        SYNONYMS[_w] = SYNONYMS.get(_w, frozenset()) | _words


_RATE_SPELLINGS = {
    "bpd": "bpd|barrels per day|barrels a day|barrel per day|barrels/day|barrels daily|b/d|bbl/d|bopd",
    "tpa": "tpa|tonnes per year|tonnes a year|tons per year|tons a year|tonnes per annum|tons per annum|tonnes/year|t/yr|tonnes annually",
}
RATE_ALIASES = {spelling: rate for rate, spellings in _RATE_SPELLINGS.items() for spelling in spellings.split("|")}
"""Output and capacity rates as the energy pages write them: "barrels a day" is bpd, "tonnes per annum" tpa."""
RATES = frozenset(_RATE_SPELLINGS)
SCALED_RATE = lazy_re(r"(\d(?:[\d.,]*\d)?)\s*(?:(mm?tpa|mmt/?y)|(mm?b/?d|mm?bpd|mbd)|(bcm))\b", re.IGNORECASE)
""""7.5 mtpa" (million tonnes per annum), "1 mb/d" (million barrels a day), "39 bcm" (billion cubic metres of gas):
the scale inside the abbreviation."""


_RATE_PHRASE = lazy_re(
    r"(?<=[\d\s])(?:" + "|".join(re.escape(k) for k in sorted(RATE_ALIASES, key=len, reverse=True) if " " in k or "/" in k) + r")(?![\w/])",
    re.IGNORECASE,
)


_RATE_HINTS = ("barrel", "bbl", "b/d", "bpd", "bopd", "mbd", "ton", "tpa", "t/y", "bcm", "mmt", "maf")
_MAF = lazy_re(r"(\d(?:[\d.,]*\d)?)\s*maf\b", re.IGNORECASE)
""""33 MAF": million acre-feet, as the Indus treaty's waters are measured."""
_MILLION_TONNES = lazy_re(r"(\d(?:[\d.,]*\d)?)\s*mmts?\b(?!\s*/?\s*(?:y|yr|pa)\b)", re.IGNORECASE)
""""5.33 MMT": million metric tonnes, an amount (with "/y" or "pa" after it, a rate)."""


def spell_scaled_rates(text: str) -> str:
    """"7.5 mtpa" -> "7.5 million tpa", "126 million tonnes a year" -> "126 million tpa": a rate as one unit,
    with the scale inside an abbreviation read as a scale."""
    lowered = text.casefold()
    if not any(hint in lowered for hint in _RATE_HINTS):
        return text  # most answers name no rate: two regexes spared on the answer path
    text = _MILLION_TONNES.sub(r"\1 million tonnes", text)
    text = _MAF.sub(r"\1 million acre-feet", text)
    text = SCALED_RATE.sub(lambda m: f"{m[1]} billion cubic metres" if m[4] else f"{m[1]} million {'tpa' if m[2] else 'bpd'}", text)
    return _RATE_PHRASE.sub(lambda m: RATE_ALIASES[m[0].casefold()], text)


def canonical_unit(unit: str | None) -> str | None:
    """A unit as one canonical spelling: "$"/"cad"/"inr"/"%", a pint name ("mile"), or the free words."""
    if unit is None:
        return None
    unit = " ".join(unit.casefold().replace("u.s.", "us").split())
    if not unit:
        return None
    if unit in CURRENCY_ALIASES:
        return CURRENCY_ALIASES[unit]
    if unit in RATE_ALIASES:
        return RATE_ALIASES[unit]
    if unit in PHYSICAL_ALIASES and unit not in WEAK_PHYSICAL:
        return PHYSICAL_ALIASES[unit]
    if " of " in unit and (head := unit.split(" of ", 1)[0]) in PHYSICAL_ALIASES and head not in WEAK_PHYSICAL:
        return PHYSICAL_ALIASES[head]  # "tonnes of ore": what is weighed is the question's business, the unit is tonnes
    return _rate_of_units(unit) or unit


_PER_UNIT = lazy_re(r"^(.+?)\s*(?:/|\bper\b|\ban?\b|\beach\b|\bevery\b)\s*(.+)$")
_PER_TIME = {"s": "second", "sec": "second", "secs": "second", "h": "hour", "hr": "hour", "hrs": "hour", "min": "minute", "yr": "year", "annum": "year", "d": "day"}
_RATE_DIMENSIONS = {("length", "time"): "speed", ("volume", "time"): "flow"}


def _rate_of_units(unit: str) -> str | None:
    """"10 mm per year", "3,675 cubic metres a second", "m3/s": one physical unit over another, as pint reads it
    (millimeter/year), so that "1 cm per year" converts; None when either side is no unit the table knows."""
    match = _PER_UNIT.match(unit)
    if match is None:
        return None
    top, bottom = match[1].strip(), match[2].strip()
    top = PHYSICAL_ALIASES.get(top) if top not in WEAK_PHYSICAL else None
    bottom = _PER_TIME.get(bottom) or (PHYSICAL_ALIASES.get(bottom) if bottom not in WEAK_PHYSICAL else None)
    if top is None or bottom is None:
        return None
    name = f"{top}/{bottom}"
    return name if _rate_dimension(name) is not None else None


def _rate_dimension(unit: str) -> str | None:
    """The dimension of "millimeter/year" from its parts' (speed, flow, or "<dimension>/time")."""
    top, _, bottom = unit.partition("/")
    dims = (DIMENSION.get(top), DIMENSION.get(bottom))
    if dims[0] is None or dims[1] != "time":
        return None
    return _RATE_DIMENSIONS.get(dims, f"{dims[0]}/time")


def is_known(unit: str | None) -> bool:
    """A currency, percent or physical unit (not a free count noun like "troops")."""
    return unit is not None and (unit in CURRENCIES or unit == "%" or unit in DIMENSION or "/" in unit and _rate_dimension(unit) is not None)


def free_words(unit: str) -> list[str]:
    return [singular(w) for w in unit.replace("-", " ").split()]


_GUN_PIECES = lazy_re(r"\b(?:artillery|field)[ -]?piece\b|\bpiece of (?:artillery|ordnance)\b")
""""55 guns" for 55 artillery pieces: a field piece is a gun, not a fragment."""
_FOOT_SOLDIERS = lazy_re(r"\bfoot[ -]?soldier\b|\bfootsoldier\b|\bfootm[ae]n\b")
""""25,000 foot soldiers" for 25,000 infantry: the arm by its older name."""


_PRISONERS_OF_WAR = lazy_re(r"\bprisoner of war\b")


def same_count_noun(given: str, expected: str) -> bool:
    """Free count nouns: "troops" = "soldiers", "Indo-Canadians" = "Indo-Canadian"."""
    g, e = (
        _FOOT_SOLDIERS.sub("infantry", _PRISONERS_OF_WAR.sub("pow", _GUN_PIECES.sub("gun", fold(" ".join(free_words(side))))))
        for side in (given, expected)
    )
    if g == e or {g, e} == {"fold", "time"}:  # "22-fold" is 22 times
        return True
    if " " in g + e and g.replace(" ", "") == e.replace(" ", ""):
        return True  # "12 fire ships" for 12 fireships, "150 gun boats" for 150 gunboats: one word or two
    if "other" in (g, e) and (g == "other" or e == "other" and same_count_noun(g, "people")):
        return True  # "22 others" for 22 other nations, "4 companions" for the four others Faxian set out with
    if len(e.split()) >= 2 and g in ("".join(w[0] for w in e.split()), "".join(w[0] for w in e.split()) + "s"):
        return True  # "11 VCs" for 11 Victoria Crosses
    if g.split() and e.split() and len(e.split()) == 1 and g.split()[-1] == e and len(g.split()) <= 3:
        return True  # "31 MQ-9B drones" for 31 drones: a variant named before the same noun
    if g.split() and e.split() and len(e.split()) == 1 and g.split()[-1] in _KINDS_OF.get(e, "").split():
        return True
    g_words, e_words = g.split(), e.split()
    return g in SYNONYMS.get(e_words[-1] if e else e, frozenset()) or bool(
        g_words and e_words and g_words[-1] in SYNONYMS.get(e_words[-1], frozenset())
        and (len(g_words) == 1 or len(e_words) == 1 or e_words[-1] not in _NAMED_BY_THEIR_WORDS or g_words[:-1] == e_words[:-1])
    )  # "Ukrainian soldiers" for troops; never "Opium War" for the Sino-Japanese War, two heads alike with other words


_NAMED_BY_THEIR_WORDS = frozenset("war battle treaty agreement operation campaign revolution conference summit crisis".split())
"""Heads whose words before them are the thing's name ("the Opium War"), not a description ("Maxim guns")."""


@lru_cache(maxsize=1)
def _registry():
    import pint  # lazy: building the registry takes most of a second

    return pint.UnitRegistry()


def pint_unit_name(word: str) -> str | None:
    """A unit pint knows though the table above does not ("furlongs"); None for count nouns."""
    try:
        unit = _registry().parse_units(word.replace(" ", "_"))
    except Exception:  # noqa: BLE001 - pint raises several unrelated types for unknown names
        return None
    return str(unit) if str(unit) != "dimensionless" else None


_YEARS = {"decade": (10, "year"), "century": (100, "year"), "quintal": (100, "kilogram"), "mcm": (1e6, "cubic_meter")}  # pint's "decade" is logarithmic; no quintal


_PINT_NAMES = {"pound_mass": "pound"}
"""The table's names pint spells otherwise: "pound_mass" keeps the weight apart from the money here."""


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """``value`` in ``from_unit`` expressed in ``to_unit``, or None when the dimensions differ."""
    registry = _registry()
    from_factor, from_unit = _YEARS.get(from_unit, (1, from_unit))
    to_factor, to_unit = _YEARS.get(to_unit, (1, to_unit))
    from_unit, to_unit = (" / ".join(_pint_power(_PINT_NAMES.get(part, part)) for part in u.split("/")) for u in (from_unit, to_unit))
    try:
        return float(registry.Quantity(value * from_factor, from_unit).to(to_unit).magnitude) / to_factor
    except Exception:  # noqa: BLE001 - DimensionalityError, UndefinedUnitError, OffsetUnitCalculusError
        return None


def _pint_power(unit: str) -> str:
    """"square_kilometer" and "cubic_meter" as pint writes them: (kilometer ** 2), (meter ** 3)."""
    for prefix, power in (("square_", 2), ("cubic_", 3)):
        if unit.startswith(prefix):
            return f"({unit.removeprefix(prefix)} ** {power})"
    return unit


def dimension(unit: str) -> str | None:
    if unit in DIMENSION:
        return DIMENSION[unit]
    if unit in CURRENCIES:
        return "currency"
    if unit == "%":
        return "percent"
    return _rate_dimension(unit) if "/" in unit else None
