"""Currencies: the spellings of each currency (CAD$, C$, US $, USD, U.S. dollars, ₹, Rs, INR,
rupees) and when two of them are the same money. Percent is here too: like a currency it is a
unit that is never converted.
"""

from __future__ import annotations

from studyapp.grading.text import singular

CURRENCY_ALIASES = {
    "$": "$", "dollar": "$", "dollars": "$", "dólares": "$", "dolares": "$", "dólar": "$", "dolar": "$",
    "c$": "cad", "ca$": "cad", "can$": "cad", "cdn$": "cad", "cad$": "cad", "cad": "cad", "cdn": "cad",
    "canadian dollar": "cad", "canadian dollars": "cad", "dollars canadian": "cad",
    "dollars canadiens": "cad", "dollar canadien": "cad", "kanadische dollar": "cad",
    "us$": "usd", "usd": "usd", "us dollar": "usd", "us dollars": "usd", "usd$": "usd",
    "american dollar": "usd", "american dollars": "usd", "dollars us": "usd",
    "us-dollar": "usd", "us-dollars": "usd", "dollars americains": "usd", "dollars américains": "usd",
    "a$": "aud", "au$": "aud", "aud": "aud", "australian dollar": "aud", "australian dollars": "aud",
    "nz$": "nzd", "nzd": "nzd", "nt$": "twd", "twd": "twd", "ntd": "twd", "new taiwan dollar": "twd", "new taiwan dollars": "twd",
    "taiwan dollar": "twd", "taiwan dollars": "twd", "hk$": "hkd", "hkd": "hkd", "hong kong dollar": "hkd", "hong kong dollars": "hkd",
    "€": "eur", "eur": "eur", "euro": "eur", "euros": "eur",
    "£": "gbp", "gbp": "gbp", "sterling": "gbp", "pounds sterling": "gbp", "pound": "pound", "pounds": "pound", "quid": "gbp",
    "british pound": "gbp", "british pounds": "gbp", "lebanese pound": "lbp", "lebanese pounds": "lbp", "lbp": "lbp",
    "sudanese pound": "sdg", "sudanese pounds": "sdg", "sdg": "sdg", "syrian pound": "syp", "syrian pounds": "syp", "syp": "syp",
    "¥": "jpy", "jpy": "jpy", "yen": "jpy",
    "₹": "inr", "rs": "rupee", "rs.": "rupee", "inr": "inr", "rupee": "rupee", "rupees": "rupee", "roupie": "rupee",
    "roupies": "rupee", "indian rupee": "inr", "indian rupees": "inr", "re": "rupee",
    "mur": "mur", "mauritian rupee": "mur", "mauritian rupees": "mur", "lkr": "lkr", "sri lankan rupee": "lkr",
    "sri lankan rupees": "lkr", "slr": "lkr", "npr": "npr", "nepalese rupee": "npr", "nepalese rupees": "npr",
    "nepali rupee": "npr", "nepali rupees": "npr", "pkr": "pkr", "pakistani rupee": "pkr", "pakistani rupees": "pkr",
    "bdt": "bdt", "taka": "bdt", "tk": "bdt", "livre": "livre", "livres": "livre", "livres sterling": "gbp", "pfund": "gbp",
    "cny": "cny", "rmb": "cny", "yuan": "cny", "renminbi": "cny", "krw": "krw", "korean won": "krw", "₩": "krw", "won": "krw", "sgd": "sgd", "s$": "sgd",
    "singapore dollar": "sgd", "singapore dollars": "sgd", "aed": "aed", "dirham": "aed", "dirhams": "aed", "sar": "sar",
    "riyal": "riyal", "riyals": "riyal", "saudi riyal": "sar", "saudi riyals": "sar", "qar": "qar", "qr": "qar",
    "qatari riyal": "qar", "qatari riyals": "qar", "omr": "omr", "omani rial": "omr", "omani rials": "omr",
    "btn": "btn", "nu": "btn", "ngultrum": "btn", "chf": "chf", "swiss franc": "chf", "swiss francs": "chf",
    "php": "php", "₱": "php", "philippine peso": "php", "philippine pesos": "php",
    "rub": "rub", "₽": "rub", "rouble": "rub", "roubles": "rub", "ruble": "rub", "rubles": "rub", "russian rouble": "rub",
    "russian roubles": "rub", "russian ruble": "rub", "russian rubles": "rub",
    "uah": "uah", "₴": "uah", "hryvnia": "uah", "hryvnias": "uah", "hryvnya": "uah", "turkish lira": "try", "turkish liras": "try",
    "brl": "brl", "r$": "brl", "real": "brl", "reais": "brl", "brazilian real": "brl", "brazilian reais": "brl",
    "ars": "ars", "argentine peso": "ars", "argentine pesos": "ars", "mxn": "mxn", "mexican peso": "mxn", "mexican pesos": "mxn",
    "zar": "zar", "rand": "zar", "idr": "idr", "rupiah": "idr", "rp": "idr", "rp.": "idr", "myr": "myr", "ringgit": "myr", "rm": "myr", "thb": "thb", "baht": "thb",
    "vnd": "vnd", "dong": "vnd", "dinar": "dinar", "dinars": "dinar", "rsd": "rsd", "serbian dinar": "rsd", "serbian dinars": "rsd",
    "kwd": "kwd", "kuwaiti dinar": "kwd", "kuwaiti dinars": "kwd", "iqd": "iqd", "iraqi dinar": "iqd", "iraqi dinars": "iqd",
    "jod": "jod", "jordanian dinar": "jod", "jordanian dinars": "jod", "bhd": "bhd", "bahraini dinar": "bhd", "bahraini dinars": "bhd", "฿": "thb", "thai baht": "thb", "zł": "pln", "złoty": "pln", "zlotys": "pln", "zloties": "pln", "ils": "ils", "shekel": "ils", "shekels": "ils", "nis": "ils", "egp": "egp", "egyptian pound": "egp",
    "egyptian pounds": "egp", "ngn": "ngn", "naira": "ngn", "kzt": "kzt", "tenge": "kzt", "afn": "afn", "afghani": "afn", "afghanis": "afn",
    "mvr": "mvr", "rufiyaa": "mvr", "mmk": "mmk", "kyat": "mmk", "kyats": "mmk", "irr": "irr", "iranian rial": "irr", "iranian rials": "irr",
    "kes": "kes", "ksh": "kes", "kshs": "kes", "kenyan shilling": "kes", "kenyan shillings": "kes", "sh": "shilling",
    "shilling": "shilling", "shillings": "shilling", "ugx": "ugx", "ugandan shilling": "ugx", "ugandan shillings": "ugx",
    "tzs": "tzs", "tanzanian shilling": "tzs", "tanzanian shillings": "tzs",
    "sek": "sek", "swedish krona": "sek", "swedish kronor": "sek", "nok": "nok", "norwegian krone": "nok", "norwegian kroner": "nok",
    "dkk": "dkk", "danish krone": "dkk", "danish kroner": "dkk", "pln": "pln", "zloty": "pln", "zlotys": "pln",
    "isk": "isk", "icelandic krona": "isk", "icelandic kronur": "isk", "krone": "krone", "kroner": "krone", "krona": "krone",
    "kronor": "krone", "crown": "krone", "crowns": "krone",  # the kronor, kroner and koruny in English: "Swedish crowns"
    "swedish crown": "sek", "swedish crowns": "sek", "norwegian crown": "nok", "norwegian crowns": "nok", "danish crown": "dkk",
    "danish crowns": "dkk", "icelandic crown": "isk", "icelandic crowns": "isk", "czech crown": "czk",
    "franc": "franc", "francs": "franc", "cfa": "cfa", "fcfa": "cfa", "cfa franc": "cfa", "cfa francs": "cfa",
    "xof": "xof", "xaf": "xaf",
    "bgn": "bgn", "lev": "bgn", "leva": "bgn", "bulgarian lev": "bgn", "bulgarian leva": "bgn",
    "leu": "leu", "lei": "leu", "ron": "ron", "romanian leu": "ron", "romanian lei": "ron", "mdl": "mdl", "moldovan leu": "mdl",
    "moldovan lei": "mdl", "huf": "huf", "forint": "huf", "forints": "huf", "hungarian forint": "huf", "hungarian forints": "huf",
    "czk": "czk", "koruna": "czk", "korunas": "czk", "czech koruna": "czk", "czech korunas": "czk", "czech crowns": "czk",
    "hrk": "hrk", "kuna": "hrk", "kunas": "hrk", "tnd": "tnd", "tunisian dinar": "tnd", "tunisian dinars": "tnd",
    "dzd": "dzd", "algerian dinar": "dzd", "algerian dinars": "dzd", "lyd": "lyd", "libyan dinar": "lyd", "libyan dinars": "lyd",
    "moroccan dirham": "mad", "moroccan dirhams": "mad", "lari": "gel", "laris": "gel", "georgian lari": "gel",
    "dram": "amd", "drams": "amd", "armenian dram": "amd", "azn": "azn", "manat": "azn", "manats": "azn", "azerbaijani manat": "azn",
    "uzs": "uzs", "uzbek som": "uzs", "tjs": "tjs", "somoni": "tjs", "mnt": "mnt", "tugrik": "mnt", "tugriks": "mnt",
    "peso": "peso", "pesos": "peso", "cuban peso": "cup", "cuban pesos": "cup", "dominican peso": "dop",
    "dominican pesos": "dop", "uruguayan peso": "uyu", "uruguayan pesos": "uyu", "cop": "cop", "colombian peso": "cop", "colombian pesos": "cop", "clp": "clp",
    "chilean peso": "clp", "chilean pesos": "clp", "php": "php", "philippine peso": "php", "philippine pesos": "php",
    "peruvian sol": "pen", "peruvian soles": "pen", "boliviano": "bob", "bolivianos": "bob", "pgk": "pgk", "kina": "pgk",
    "fjd": "fjd", "fj$": "fjd", "fijian dollar": "fjd", "fijian dollars": "fjd", "fiji dollar": "fjd", "fiji dollars": "fjd",
    "etb": "etb", "birr": "etb", "ghs": "ghs", "cedi": "ghs", "cedis": "ghs", "aoa": "aoa", "kwanza": "aoa", "kwanzas": "aoa",
    "bwp": "bwp", "pula": "bwp", "zmw": "zmw", "kwacha": "kwacha", "kwachas": "kwacha", "zambian kwacha": "zmw", "mwk": "mwk", "malawian kwacha": "mwk", "kz": "aoa", "mzn": "mzn", "metical": "mzn", "meticais": "mzn",
    "yer": "yer", "yemeni rial": "yer", "yemeni rials": "yer", "rial": "rial", "rials": "rial", "omani rial": "omr", "omani rials": "omr",
    "lira": "lira", "liras": "lira", "lire": "lira", "somali shilling": "sos", "somali shillings": "sos",
    "%": "%", "percent": "%", "per cent": "%", "pct": "%", "percentage": "%", "percentage points": "%",
    "prozent": "%", "pour cent": "%", "por ciento": "%", "por cento": "%", "per cento": "%",
}  # fmt: skip
CURRENCIES = frozenset(CURRENCY_ALIASES.values()) - {"%"}
DOLLARS = frozenset({"cad", "usd", "aud", "nzd"})
RUPEES = frozenset({"inr", "mur", "lkr", "npr", "pkr"})
"""A bare "rupees" or "Rs" is any of these, as a bare "$" is any dollar (Nepal, Pakistan, Sri Lanka and Mauritius
write "Rs" too); "₹" and "INR" are India's."""
RIYALS = frozenset({"sar", "qar", "omr"})
SHILLINGS = frozenset({"kes", "ugx", "tzs", "sos"})
POUNDS = frozenset({"gbp", "egp", "lbp", "sdg", "syp"})
DINARS = frozenset({"rsd", "kwd", "iqd", "jod", "bhd", "tnd", "dzd", "lyd"})
KRONER = frozenset({"nok", "dkk", "sek", "isk", "czk"})  # a bare "crowns" is any of them, the koruna too
FRANCS = frozenset({"chf", "xof", "xaf", "cfa"})
CFA_FRANCS = frozenset({"xof", "xaf"})
LEI = frozenset({"ron", "mdl"})
PESOS = frozenset({"mxn", "ars", "cop", "clp", "php", "cup", "dop", "uyu"})
RIALS = frozenset({"irr", "omr", "yer"})
LIRAS = frozenset({"try"})
KWACHAS = frozenset({"zmw", "mwk"})
"""A bare "pounds" is sterling or Egypt's, Lebanon's, Sudan's, Syria's pound; "£" and "sterling" are Britain's."""
_FAMILIES = (("$", DOLLARS), ("rupee", RUPEES), ("riyal", RIYALS), ("shilling", SHILLINGS), ("pound", POUNDS), ("dinar", DINARS), ("krone", KRONER), ("franc", FRANCS), ("cfa", CFA_FRANCS),
             ("leu", LEI), ("peso", PESOS), ("rial", RIALS), ("lira", LIRAS), ("kwacha", KWACHAS))  # fmt: skip
"""A bare name of a currency several countries use, and their codes: a bare "riyals" is Saudi, Qatari or Omani."""


def merge_currency(a: str | None, b: str | None) -> str | None | bool:
    """Combine two spellings of one unit ("C$ ... CAD"); the more specific wins, False if they contradict."""
    if a is None or b is None or a == b:
        return a or b
    if any(a == bare and b in codes for bare, codes in _FAMILIES):
        return b
    if any(b == bare and a in codes for bare, codes in _FAMILIES):
        return a
    if singular(a) == singular(b):
        return a
    return False


def currencies_agree(given: str, expected: str) -> bool:
    """A bare "$" matches any dollar; otherwise the codes must be equal."""
    if given == expected or (given, expected) == ("livre", "gbp"):
        return True  # "25,5 milliards de livres" for £25.5 billion: the pound in French (but pounds are no livres tournois)
    return any(bare in (given, expected) and {given, expected} <= codes | {bare} for bare, codes in _FAMILIES)
