"""Which state, province or country a town lies in: "Ottawa, Ontario", "Gwadar, Balochistan".

A fair examiner knows that Ahmedabad is in Gujarat and not in Maharashtra; the question
rarely says so. The towns come from ``countrystatecity-countries`` (a maintained offline
snapshot: 250 countries, 5,300 states and provinces, 150,000 towns, one folder per
country). Its files are read directly, one country at a time and only when an answer
names a place beside the answer: its Python API builds pydantic models we do not need.

A town name is only trusted where it is unambiguous among the countries the question is
about (Ottawa is also a town in Illinois, Hyderabad one in Pakistan): when the same name
lies in two of their states, nothing is decided here.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from studyapp.grading.text import lazy_re, normalise

_RESERVED = frozenset("CON PRN AUX NUL COM1 COM2 COM3 COM4 COM5 COM6 COM7 COM8 COM9 LPT1 LPT2 LPT3 LPT4 LPT5 LPT6 LPT7 LPT8 LPT9".split())
_KIND_WORDS = lazy_re(r"\s+(?:state|province|region|division|district|territory|union territory|oblast|prefecture|county)$")


@lru_cache(maxsize=1)
def _root() -> Path | None:
    try:
        spec = find_spec("countrystatecity_countries")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations))) / "data" / "by-country"
    return root if root.is_dir() else None


def _folder(code: str) -> str:
    return f"_{code}" if code.upper() in _RESERVED else code


def _read(path: Path) -> list[dict]:
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return []
    return data if isinstance(data, list) else []


@lru_cache(maxsize=32)
def states(country: str) -> dict[str, str]:
    """Normalised state name (also without "State", "Province"...) -> its code, for one country."""
    root = _root()
    if root is None:
        return {}
    found: dict[str, str] = {}
    for record in _read(root / _folder(country) / "states.json"):
        code, name = record.get("state_code"), record.get("name")
        if not code or not name:
            continue
        norm = normalise(str(name))
        found.setdefault(norm, str(code))
        found.setdefault(_KIND_WORDS.sub("", norm), str(code))
    for code in set(found.values()):
        if 2 <= len(code) <= 3 and code.isalpha():
            found.setdefault(code.casefold(), code)  # "Port Kembla, NSW": the state by its letters
    return found


@lru_cache(maxsize=32)
def _state_kinds(country: str) -> dict[str, str]:
    """State code -> its kind ("state", "council area", "country"): Scotland holds South Ayrshire, a state of another level."""
    root = _root()
    if root is None:
        return {}
    return {str(r["state_code"]): str(r.get("type") or "") for r in _read(root / _folder(country) / "states.json") if r.get("state_code")}


def without_kind(name: str) -> str:
    """"jilin province" -> "jilin": the state's name without the word for its kind."""
    return _KIND_WORDS.sub("", name)


_FIRST_LEVEL = frozenset({"state", "union territory", "province", "territory", "autonomous region", "region"})


def _level(kind: str | None) -> str:
    """India's states and union territories are one level; a council area is not a "country" (Scotland)."""
    return "first" if kind in _FIRST_LEVEL else kind or ""


@lru_cache(maxsize=32)
def _state_names(country: str) -> frozenset[str]:
    root = _root()
    if root is None:
        return frozenset()
    return frozenset(normalise(str(r["name"])) for r in _read(root / _folder(country) / "states.json") if r.get("name"))


@lru_cache(maxsize=4)
def towns(country: str) -> dict[str, frozenset[str]]:
    """Normalised town name -> the codes of the states that have a town of that name. A few countries are
    kept (about 1 MB for India's 4,400 towns, 4 MB for the United States' 17,000): a session meets few."""
    root = _root()
    if root is None:
        return {}
    found: dict[str, set[str]] = {}
    folder = root / _folder(country) / "states"
    for code in set(states(country).values()):
        for record in _read(folder / _folder(code) / "cities.json"):
            name = record.get("name")
            if name:
                found.setdefault(normalise(str(name)), set()).add(code)
    return {name: frozenset(codes) for name, codes in found.items()}


NAMESAKE_COUNTRIES = frozenset({"US", "CA", "AU", "NZ", "GB", "ZA"})
"""Countries whose towns are often named for places elsewhere (Paris, Texas; Normandy, Missouri): a town of
theirs that a learner names is no evidence of where the answer lies."""


def known_in(place: str, countries: set[str]) -> bool:
    """Is ``place`` a town or a state of any of these countries (so a town of that name elsewhere may be another place)?"""
    return any(place in towns(country) or place in states(country) for country in countries)


def lies_in(town: str, outer: str, outer_country: str | None, countries: set[str]) -> bool | None:
    """Does ``town`` lie in ``outer`` (a state or, with ``outer_country``, a country)?

    ``countries``: ISO codes of the countries the question is about; the town must be known
    in exactly one of their states (or, for a country, in that country only among them).
    True or False when the snapshot says so unambiguously, None when it cannot tell.
    """
    if not countries or _root() is None:
        return None
    if outer_country is not None and countries == {outer_country} and town in states(outer_country):
        return True  # "Geneva, Switzerland": a canton of it, and its town
    if any(town in _state_names(country) for country in countries):
        for country in countries:  # "London, England": Greater London, a region of England, and its town
            inner, above = states(country).get(town), states(country).get(outer)
            if inner is not None and above is not None and inner != above and _parent(country, inner) == above and not any(
                town in towns(other) for other in countries - {country}
            ):  # not "Surrey, England" where the question is about Canada, which has a Surrey of its own
                return True
        return None  # "Punjab": a state of India and a province of Pakistan, not a town, whatever towns share the name
    homes = {country: towns(country).get(town) for country in countries}
    homes = {country: codes for country, codes in homes.items() if codes}
    if not homes:
        return None
    if outer_country is not None:
        if outer_country not in countries:
            return None
        if set(homes) == {outer_country}:
            return True
        return False if outer_country not in homes else None
    matches = {country: code for country in countries if (code := states(country).get(outer) or states(country).get(_KIND_WORDS.sub("", outer)))}
    if not matches:
        return None
    if len(homes) != 1:
        return None
    (country, codes), = homes.items()
    if country not in matches:
        return None
    if len(codes) > 1:
        return None  # Jodhpur in Rajasthan and in Gujarat: which one the question means is not said
    if matches[country] in codes:
        return True
    if any(_parent(country, code) == matches[country] for code in codes):
        return True  # "Prestwick, Scotland": South Ayrshire, its council area, lies in Scotland (ISO 3166-2's parent)
    kinds = _state_kinds(country)
    if any(_level(kinds.get(code)) != _level(kinds.get(matches[country])) for code in codes):
        return None  # "Prestwick, Scotland": the town's state is a council area, which the snapshot does not place in Scotland
    return False


def _parent(country: str, code: str) -> str | None:
    """The state code ISO 3166-2 (pycountry) puts above a subdivision: GB-SAY -> SCT."""
    import pycountry

    try:
        found = pycountry.subdivisions.get(code=f"{country}-{code}")
    except (KeyError, LookupError):
        return None
    parent = getattr(found, "parent_code", None) if found is not None else None
    return parent.split("-", 1)[1] if parent else None


_GROUPINGS = {"baltics": {"EE", "LV", "LT"}, "baltic states": {"EE", "LV", "LT"}, "baltic": {"EE", "LV", "LT"}}  # no UN subregion
_DIRECTIONS = {"eastern": "east", "western": "west", "northern": "north", "southern": "south"}


@lru_cache(maxsize=1)
def _regions() -> dict[str, frozenset[str]]:
    """Region name as learners write it ("east africa", "southeast asia", "europe") -> ISO codes of its countries."""
    root = _root()
    if root is None:
        return {}
    found: dict[str, set[str]] = {name: set(codes) for name, codes in _GROUPINGS.items()}
    for record in _read(root.parent / "countries.json"):
        code = record.get("iso2")
        for name in (record.get("region"), record.get("subregion")):
            if not code or not name:
                continue
            norm = normalise(str(name))
            forms = {norm, " ".join(_DIRECTIONS.get(w, w) for w in norm.split())}
            forms |= {form.replace("south east", "southeast") for form in forms}
            forms |= {form.replace("americas", "america") for form in forms}
            for form in forms:
                found.setdefault(form, set()).add(str(code))
    return {name: frozenset(codes) for name, codes in found.items()}


def is_region(name: str) -> bool:
    """Whether the snapshot names a region by this ("south america", "the baltics")."""
    return re.sub(r"^the\s+", "", name) in _regions()


def in_region(country: str, region: str) -> bool | None:
    """Does the region ("east africa", "the baltics") hold the country? None: not a region the snapshot names."""
    region = re.sub(r"^the\s+", "", region)
    codes = _regions().get(region)
    return None if codes is None else country in codes


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    root = _root()
    if root is None:
        return {}
    return {str(r["iso2"]): normalise(str(r["capital"])) for r in _read(root.parent / "countries.json") if r.get("iso2") and r.get("capital")}


def capitals() -> list[str]:
    """Every capital's name, normalised."""
    return list(_capitals().values())


def capital_of(country: str) -> str | None:
    """The capital's name, normalised ("LV" -> "riga")."""
    return _capitals().get(country)


@lru_cache(maxsize=1)
def _capital_countries() -> dict[str, str]:
    return {capital: code for code, capital in _capitals().items()}


def capital_country(city: str) -> str | None:
    """The country whose capital this is (normalised name: "beijing" -> "CN"), or None."""
    return _capital_countries().get(city)


def has_town(state: str, town: str, countries: set[str]) -> bool:
    """A town of that name in the state of that name ("Wilmington", "Delaware"), in one of the countries."""
    for country in countries:
        code = states(country).get(state) or states(country).get(_KIND_WORDS.sub("", state))
        if code is not None and code in towns(country).get(town, ()):
            return True
    return False


@lru_cache(maxsize=1)
def _state_countries() -> dict[str, frozenset[str]]:
    """Normalised state name (also without "State", "Province"...) -> the countries with a state of that name.
    Every country's states file is read once (about 70 ms): only for a place beside the answer that no
    country of the question has ("Dresden, Saxony" where the question names no country)."""
    root = _root()
    if root is None:
        return {}
    found: dict[str, set[str]] = {}
    for folder in root.iterdir():
        country = folder.name.lstrip("_")
        for record in _read(folder / "states.json"):
            if name := record.get("name"):
                norm = normalise(str(name))
                found.setdefault(norm, set()).add(country)
                found.setdefault(_KIND_WORDS.sub("", norm), set()).add(country)
    return {name: frozenset(countries) for name, countries in found.items()}


_HISTORICAL = {
    "natal": {"ZA": "kwazulu natal"}, "zululand": {"ZA": "kwazulu natal"}, "natal colony": {"ZA": "kwazulu natal"},
    "transvaal": {"ZA": "gauteng|mpumalanga|limpopo|north west"}, "south african republic": {"ZA": "gauteng|mpumalanga|limpopo|north west"},
    "orange free state": {"ZA": "free state"}, "orange river colony": {"ZA": "free state"},
    "cape colony": {"ZA": "eastern cape|western cape|northern cape"},
    "manchuria": {"CN": "heilongjiang|jilin|liaoning|inner mongolia"},
    "dakota territory": {"US": "north dakota|south dakota"}, "dakota": {"US": "north dakota|south dakota"},
    "indian territory": {"US": "oklahoma"}, "oklahoma territory": {"US": "oklahoma"},
    "arizona territory": {"US": "arizona"}, "new mexico territory": {"US": "new mexico|arizona"},
    "montana territory": {"US": "montana"}, "wyoming territory": {"US": "wyoming"}, "washington territory": {"US": "washington|idaho"},
    "utah territory": {"US": "utah|nevada"}, "nebraska territory": {"US": "nebraska"}, "kansas territory": {"US": "kansas"},
    "bengal": {"IN": "west bengal"}, "oudh": {"IN": "uttar pradesh"}, "awadh": {"IN": "uttar pradesh"},
    "rajputana": {"IN": "rajasthan"}, "bundelkhand": {"IN": "uttar pradesh|madhya pradesh"},
    "central provinces": {"IN": "madhya pradesh|chhattisgarh|maharashtra"},
    "bombay presidency": {"IN": "maharashtra|gujarat|karnataka"},
    "madras presidency": {"IN": "tamil nadu|andhra pradesh|kerala|karnataka|telangana|odisha"},
    "malabar": {"IN": "kerala"}, "carnatic": {"IN": "tamil nadu|karnataka"},
    "north west frontier province": {"PK": "khyber pakhtunkhwa"}, "nwfp": {"PK": "khyber pakhtunkhwa"},
    "westphalia": {"DE": "north rhine westphalia"}, "hanover": {"DE": "lower saxony"},
    "pomerania": {"DE": "mecklenburg vorpommern", "PL": "pomerania|west pomerania"},
    "savoy": {"FR": "savoie|haute savoie"}, "lorraine": {"FR": "meurthe et moselle|meuse|moselle|vosges"},
    "holland": {"NL": "north holland|south holland"}, "venetia": {"IT": "veneto"},
    "tyrol": {"AT": "tyrol", "IT": "south tyrol|trentino"}, "crimea": {"UA": "autonomous republic of crimea|sevastopol"},
    "french indochina": {"VN": "", "LA": "", "KH": ""}, "indochina": {"VN": "", "LA": "", "KH": ""},
    "anatolia": {"TR": ""}, "asia minor": {"TR": ""}, "formosa": {"TW": ""}, "mesopotamia": {"IQ": ""},
    # the old states and English names of today's regions: "Buttenhausen, Württemberg", "Rennes, Brittany", "Udine, Friuli"
    "wurttemberg": {"DE": "baden wurttemberg"}, "baden": {"DE": "baden wurttemberg"}, "holstein": {"DE": "schleswig holstein"},
    "brittany": {"FR": "bretagne"}, "normandy": {"FR": "normandie"}, "picardy": {"FR": "hauts de france"},
    "burgundy": {"FR": "bourgogne franche comte"}, "provence": {"FR": "provence alpes cote dazur"},
    "friuli": {"IT": "friuli venezia giulia"},
}
"""Regions that history books name and today's maps do not ("Ladysmith, Natal", "Haicheng, Manchuria"), by the states of
today that cover them ("" for a whole country). Only ever a yes: borders moved, and a town of today's state that lay
outside the old region is no proof the learner was wrong."""


def _historical(region: str) -> dict[str, str]:
    return _HISTORICAL.get(region.removeprefix("the "), {})  # "the Transvaal", "the Crimea"


def historical_countries(region: str) -> frozenset[str]:
    """The countries of today a historical region lies in ("natal" -> ZA); empty for any other name."""
    return frozenset(_historical(region))


def in_historical_region(town: str, region: str, countries: set[str]) -> bool | None:
    """True when ``town`` is a town of one of the region's states of today and of no other country among ``countries``
    (the question's, with the region's own): "Richmond, Natal" is Natal's Richmond only where the question is not about
    Virginia. None otherwise, never False."""
    parts = _historical(region)
    if not parts:
        return None
    homes = {country for country in countries | set(parts) if town in towns(country)}
    if len(homes) != 1:
        return None
    (country,) = homes
    if country not in parts:
        return None
    if not parts[country]:
        return True
    codes = {states(country).get(name) for name in parts[country].split("|")} - {None}
    home = towns(country)[town]
    return True if codes & home or codes & {_parent(country, code) for code in home} else None  # "Rennes, Brittany": its département's region


def state_country(state: str) -> str | None:
    """The one country with a state or province of this name ("saxony" -> "DE"); None when none or several
    have one ("punjab": India and Pakistan)."""
    countries = _state_countries().get(state, frozenset())
    return next(iter(countries)) if len(countries) == 1 else None


def known_town(town: str, countries: set[str]) -> bool:
    """The snapshot has a town of that name in one of the countries."""
    return any(town in towns(country) for country in countries)


@lru_cache(maxsize=8)
def _points(country: str) -> dict[str, tuple[tuple[float, float], ...]]:
    """Normalised town name -> where each town of that name lies (latitude, longitude), for one country."""
    root = _root()
    if root is None:
        return {}
    found: dict[str, list[tuple[float, float]]] = {}
    folder = root / _folder(country) / "states"
    for code in set(states(country).values()):
        for record in _read(folder / _folder(code) / "cities.json"):
            try:
                point = (float(record["latitude"]), float(record["longitude"]))
            except (KeyError, TypeError, ValueError):
                continue
            if record.get("name"):
                found.setdefault(normalise(str(record["name"])), []).append(point)
    return {name: tuple(points) for name, points in found.items()}


def _quantile(values: list[float], share: float) -> float:
    return values[min(len(values) - 1, max(0, round(share * (len(values) - 1))))]


@lru_cache(maxsize=8)
def _extent(country: str) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The span of a country's towns, north to south and west to east, without its farthest 2% each way (islands and
    territories overseas): ((south, north), (west, east))."""
    points = [p for ps in _points(country).values() for p in ps]
    if len(points) < 20:
        return None
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    return (_quantile(lats, 0.02), _quantile(lats, 0.98)), (_quantile(lons, 0.02), _quantile(lons, 0.98))


_SIDES = {"north": (0, 1), "south": (0, -1), "east": (1, 1), "west": (1, -1)}


def lies_to_the(town: str, country: str, direction: str) -> bool | None:
    """Does the town lie in that part of the country ("east", "north-west", "central"), by where the country's towns
    spread? True in the outer 45% that way, False in the outer 45% the other way, None in between, for a town
    the snapshot does not have there, or for two towns of that name far apart. "Debrecen", "HU", "east" -> True."""
    points = _points(country).get(town)
    extent = _extent(country)
    if not points or extent is None:
        return None
    lat, lon = points[0]
    if any(abs(p[0] - lat) > 1 or abs(p[1] - lon) > 1 for p in points[1:]):
        return None  # namesakes in two regions: which one is meant is not said
    where = []
    for axis, value in ((0, lat), (1, lon)):
        low, high = extent[axis]
        where.append(0.5 if high <= low else (value - low) / (high - low))
    if direction in ("central", "centre", "center"):
        if all(0.3 <= w <= 0.7 for w in where):
            return True
        return False if any(w < 0.15 or w > 0.85 for w in where) else None
    verdicts = []
    for side in re.findall(r"north|south|east|west", direction):  # "north-east", "northeast", "north east"
        axis, sign = _SIDES[side]
        share = where[axis] if sign > 0 else 1 - where[axis]
        verdicts.append(True if share >= 0.55 else False if share <= 0.45 else None)
    if False in verdicts:
        return False
    return None if None in verdicts else True
