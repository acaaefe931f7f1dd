"""Numbers and quantities: digits, number words, years said as words, Roman numerals,
signs, scale words (million, lakh, crore), decimal commas and currencies.

``parse_quantity`` reads one whole quantity; finding one inside a sentence is
``studyapp.grading.phrases``' job.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from studyapp.grading.currency import merge_currency
from studyapp.grading.text import TRANSLATE, lazy_re
from studyapp.grading.units import PHYSICAL_ALIASES, canonical_unit, is_known


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float  # fully scaled: "$9.7 billion" -> 9.7e9
    scale: float  # the multiplier written: 1e9 for billion, 1 when none
    unit: str | None  # canonical: "$", "cad", "usd", "inr", "%", "mile", or free words ("troops"); None if absent
    ordinal: bool  # "65th", "sixty-fifth"
    scale_word: str | None = None  # as written ("m" may mean metres where the answer is a length)


SCALE_WORDS = {
    "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "milliard": 1e9, "milliards": 1e9, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9,
    "million": 1e6, "millions": 1e6, "millionen": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mio": 1e6, "m": 1e6,
    # Spanish, Portuguese and Italian, as Latin American and European papers write them ("2,5 millones de toneladas")
    "millones": 1e6, "millon": 1e6, "millón": 1e6, "milhoes": 1e6, "milhões": 1e6, "milhao": 1e6, "milhão": 1e6,
    "milioni": 1e6, "bilhoes": 1e9, "bilhões": 1e9, "bilhao": 1e9, "bilhão": 1e9, "miliardi": 1e9, "miliardo": 1e9,
    "crore": 1e7, "crores": 1e7, "cr": 1e7, "karor": 1e7, "karors": 1e7,  # "karor": the older spelling (a karor of rupees)
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lakhs": 1e5,
    "thousand": 1e3, "thousands": 1e3, "k": 1e3,
}
SCALE_WORDS.update({w + ".": v for w, v in list(SCALE_WORDS.items()) if len(w) <= 3})  # fmt: skip

_CURRENCY_PREFIX = r"(?:fj\$|fjd|kz|mwk|pgk|bgn|ron|huf|czk|tnd|etb|ghs|zmw|mzn|bwp|aoa|azn|mnt|uzs|cop|clp|lyd|dzd|yer|mdl|hrk|tjs|c\$|ca\$|can\$|cdn\$|cad\$|us\$|usd\$|a\$|au\$|nz\$|nt\$|hk\$|s\$|\$|€|£|¥|₹|₱|₩|฿|rs\.?|inr|usd|cad|eur|gbp|aud|nzd|mur|lkr|npr|pkr|bdt|tk|jpy|cny|rmb|krw|sgd|aed|sar|qar|qr|omr|btn|nu|chf|php|₽|₴|r\$|rub|uah|brl|zar|ils|egp|sek|nok|dkk|pln|mxn|ars|idr|rp\.?|myr|rm|twd|ntd|hkd|thb|vnd|ngn|kzt|afn|mvr|mmk|irr|kshs|ksh|kes|ugx|tzs|isk|fcfa|cfa|xof|xaf|sh)"
_NUMBER = (
    r"(?:0,\d+(?![\d,])"  # a decimal comma after a nought: 0,484 (no thousands group begins with 0)
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"  # Indian grouping: 18,00,000
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:\ \d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:['\u2019]\d{3})+(?:\.\d+)?"  # Swiss groups: 400'000
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"  # European groups: 1.800.000 (two dots cannot be a decimal point)
    r"|\d{1,3}\.\d{3},\d+"  # 1.800,5
    r"|\d+,\d{1,2}(?!\d)"  # a decimal comma: 9,7 (three digits after a comma are a thousands group)
    r"|\d{1,3},\d{4,}(?![\d,])"  # a decimal comma before four digits or more: 1,95583 (no group has four)
    r"|\d+(?:\.\d+)?|\.\d+)"
)
_SCALE = r"(?:trillion|billion|milliard(?:s|en|e)?|million|millions|millionen|millones|mill[oó]n|milh(?:õ|o)es|milh(?:ã|a)o|milioni|bilh(?:õ|o)es|bilh(?:ã|a)o|miliard[io]|thousands?|crores?|karors?|lakhs?|lacs?|trn|tn|bln|bn|mrd|mln|mil|mio|mn|cr|b|m|k)"
_WORD = r"(?:[a-zà-öø-ÿ][a-zà-öø-ÿ$²0-9/\-]*\.?)"  # "dólares", "toneladas métricas"
_QTY_RE = lazy_re(
    rf"""
    (?P<sign1>[-+]|minus\s|negative\s)?\s*
    (?:(?P<pre>{_CURRENCY_PREFIX})\s*)?
    (?P<sign2>[-+])?
    (?P<num>{_NUMBER})
    (?P<ord>st|nd|rd|th)?
    (?:\s*(?P<scale>{_SCALE}(?:\s+{_SCALE})?)(?![a-z])\.?)?
    (?:\s*(?P<pct>%|per\s?cent\b|percent\b|pc\b)|\s*(?P<sym>[$€£¥₹])|\s*(?P<deg>°\s?[cf]?|(?<=\d)[cf]\b)|\s+(?P<unit>{_WORD}(?:\s+{_WORD}){{0,2}}))?
    """,
    re.VERBOSE,
)
_CURRENCY_PREFIX_RE = lazy_re(rf"(?P<pre>{_CURRENCY_PREFIX})\s*(?=[a-z])")
_WORD_SPLIT_RE = lazy_re(r"[\s,\-]+")
_OPENERS = "\"'“”‘’«»([{"
_CLOSERS = "\"'“”‘’«»)]}.,;:!?"

_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_SMALL = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth"]  # fmt: skip
_ORD_TENS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]
_BIG = {"thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "million": 1e6, "crore": 1e7, "crores": 1e7, "karor": 1e7,
        "billion": 1e9, "milliard": 1e9, "trillion": 1e12}  # fmt: skip

# word -> (kind, value, is_ordinal)
NUMBER_WORDS: dict[str, tuple[str, int | float, bool]] = {}
for _i, _w in enumerate(_SMALL):
    NUMBER_WORDS[_w] = ("unit", _i, False)
    NUMBER_WORDS[_ORD_SMALL[_i]] = ("unit", _i, True)
for _i, _w in enumerate(_TEENS):
    NUMBER_WORDS[_w] = ("teen", 10 + _i, False)
    NUMBER_WORDS[_ORD_TEENS[_i]] = ("teen", 10 + _i, True)
for _i, _w in enumerate(_TENS):
    NUMBER_WORDS[_w] = ("tens", 20 + 10 * _i, False)
    NUMBER_WORDS[_ORD_TENS[_i]] = ("tens", 20 + 10 * _i, True)
NUMBER_WORDS["fourty"] = NUMBER_WORDS["forty"]  # so common it is not worth refusing
NUMBER_WORDS["hundred"] = ("hundred", 100, False)
NUMBER_WORDS["hundredth"] = ("hundred", 100, True)
for _w, _v in _BIG.items():
    NUMBER_WORDS[_w] = ("big", _v, False)
    NUMBER_WORDS[_w + "th"] = ("big", _v, True)
_NOT_UNIT_WORDS = frozenset(NUMBER_WORDS) | {"and", "point", "a", "to", "or", "of", "de"}
CARDINALS = {w: v for w, (k, v, o) in NUMBER_WORDS.items() if not o and k in ("unit", "teen", "tens")}


def with_ordinal_suffix(n: int) -> str:
    """21 -> "21st", 12 -> "12th": an ordinal as written with digits."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


ORDINALS = {w: with_ordinal_suffix(v) for w, (k, v, o) in NUMBER_WORDS.items() if o and k in ("unit", "teen", "tens")}
"""Ordinal words as written with digits: "twentieth" -> "20th", "third" -> "3rd"."""

_ROMAN_RE = lazy_re(r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def roman_value(token: str) -> int | None:
    """The value of a Roman numeral token ("ii" -> 2), None for anything else."""
    if not token or token.strip("mdclxvi") or not _ROMAN_RE.fullmatch(token):  # a letter the numerals lack: no need to ask the pattern
        return None
    total = 0
    for index, char in enumerate(token):
        value = _ROMAN_VALUES[char]
        if index + 1 < len(token) and _ROMAN_VALUES[token[index + 1]] > value:
            total -= value
        else:
            total += value
    return total or None


def strip_surrounding(text: str) -> str:
    text = text.strip()
    while text and text[-1] in _CLOSERS:
        text = text[:-1].rstrip()
    while text and text[0] in _OPENERS:
        text = text[1:].lstrip()
    return text


def parse_number_words(tokens: list[str]) -> tuple[float, float, bool, int] | None:
    """English number words -> (value, scale, ordinal, tokens consumed); refuses ill-formed runs like "nineteen fifty"."""
    total = 0.0
    group = 0.0
    # stage: 0 = start of a group, 1 = after units/teens, 2 = after "hundred", 3 = after tens, 4 = group complete
    stage = 0
    last_big = math.inf
    ended_on_big = False
    seen = False
    ordinal = False
    i = 0
    n = len(tokens)
    while i < n and not ordinal:
        word = tokens[i]
        if word == "a" and i == 0 and i + 1 < n and NUMBER_WORDS.get(tokens[i + 1], ("",))[0] in ("hundred", "big"):
            group, stage, i = 1, 1, i + 1
            continue
        if word == "and":
            nxt = NUMBER_WORDS.get(tokens[i + 1]) if i + 1 < n else None
            if nxt and nxt[0] in ("unit", "teen", "tens") and (stage == 2 or (stage == 0 and total > 0)):
                i += 1
                continue
            break
        if word == "point" and seen and stage != 2 and i + 1 < n:
            digits = ""
            j = i + 1
            while j < n and tokens[j] in NUMBER_WORDS and NUMBER_WORDS[tokens[j]][0] == "unit" and not NUMBER_WORDS[tokens[j]][2]:
                digits += str(NUMBER_WORDS[tokens[j]][1])
                j += 1
            if not digits:
                break
            value = group + float("0." + digits)
            if j < n and tokens[j] in _BIG and _BIG[tokens[j]] < last_big:
                return total + value * _BIG[tokens[j]], (_BIG[tokens[j]] if total == 0 else 1.0), False, j + 1
            return total + value, 1.0, False, j
        entry = NUMBER_WORDS.get(word)
        if entry is None:
            break
        kind, value, is_ord = entry
        if kind == "unit":
            if value == 0:
                if seen or i + 1 < n and tokens[i + 1] in NUMBER_WORDS:
                    return None
                group, stage = 0, 4
            elif stage == 0:
                group, stage = value, 1
            elif stage in (2, 3):
                group, stage = group + value, 4
            else:
                return None
        elif kind == "teen":
            if stage == 0:
                group, stage = value, 1
            elif stage == 2:
                group, stage = group + value, 4
            else:
                return None
        elif kind == "tens":
            if stage in (0, 2):
                group, stage = group + value, 3
            else:
                return None
        elif kind == "hundred":
            if stage in (1, 3, 4) and 0 < group < 100:
                group, stage = group * 100, 2
            else:
                return None
        else:  # thousand/lakh/million/...
            if group > 0 and value < last_big and stage != 0:
                total += group * value
                group, stage, last_big = 0, 0, value
            elif group == 0 and stage == 0 and total > 0 and value > last_big and value in (1e5, 1e7):
                total, last_big = total * value, value  # "three thousand crore" = 3,000 crore, as Indian papers say it
            else:
                return None
        ended_on_big = kind == "big"
        seen = True
        ordinal = is_ord
        i += 1
    if not seen:
        return None
    scale = last_big if ended_on_big else 1.0
    return total + group, scale, ordinal, i


_RUN_WORDS = sorted((w for w, (k, _, _) in NUMBER_WORDS.items() if k != "big" or w in ("thousand", "thousandth")), key=len, reverse=True)
_WORD_RUN = lazy_re(rf"\b(?:{'|'.join(_RUN_WORDS)})(?:(?:[\s-]+(?:and|point|oh)?)*[\s-]+(?:{'|'.join(_RUN_WORDS)}))*\b", re.IGNORECASE)


def _figure_for_words(tokens: list[str]) -> str | None:
    year = parse_year_words(tokens)
    if year is not None:
        return str(year)
    spoken = parse_spoken_hundreds(tokens)
    if spoken is not None and spoken[1] == len(tokens):
        return str(spoken[0])  # "one eighty-four"
    parsed = parse_number_words(tokens)
    if parsed is None or parsed[3] < len(tokens) and "and" in tokens[parsed[3]:]:
        if "and" in tokens:  # "twenty twenty-six and twenty twenty-seven": two figures
            at = tokens.index("and")
            head, tail = _figure_for_words(tokens[:at]), _figure_for_words(tokens[at + 1 :])
            return None if head is None or tail is None else f"{head} and {tail}"
        return None
    value, _, ordinal, used = parsed
    figure = str(int(value)) if float(value).is_integer() else f"{value:g}"
    if ordinal:
        figure = with_ordinal_suffix(int(value))
    if used < len(tokens):
        rest = _figure_for_words(tokens[used:])
        return None if rest is None else f"{figure} {rest}"
    return figure


def digits_for_words(text: str) -> str:
    """Number words in a sentence written as figures ("twenty-two single-seat and four twin-seat" ->
    "22 single-seat and 4 twin-seat", "thirteenth May twenty twenty-four" -> "13th May 2024"); scale words
    (lakh, crore, million) stay words, which the figure readers know. Unreadable runs stay as they are."""

    def figure(match: re.Match[str]) -> str:
        return _figure_for_words(re.split(r"[\s-]+", match[0].casefold())) or match[0]

    if "undred" in text or "housand" in text:  # what both patterns need: each replacement with a group calls back into Python
        text = re.sub(r"\b[Aa] (hundred|thousand)\b", r"one \1", text)  # "a hundred and fifty"
        text = re.sub(r"^(\s*)([Hh]undred|[Tt]housand)\b", r"\1one \2", text)  # "hundred percent": one hundred
    return _WORD_RUN.sub(figure, text)


def _two_digit_words(tokens: list[str]) -> tuple[int, int] | None:
    """10-99 said as words at the start of ``tokens``: (value, tokens used)."""
    if not tokens:
        return None
    first = NUMBER_WORDS.get(tokens[0])
    if first is None or first[2]:
        return None
    kind, value, _ = first
    if kind == "teen":
        return int(value), 1
    if kind == "tens":
        if len(tokens) > 1 and NUMBER_WORDS.get(tokens[1], ("",))[0] == "unit" and not NUMBER_WORDS[tokens[1]][2] and NUMBER_WORDS[tokens[1]][1]:
            return int(value + NUMBER_WORDS[tokens[1]][1]), 2
        return int(value), 1
    return None


def parse_spoken_hundreds(tokens: list[str]) -> tuple[int, int] | None:
    """100-999 said digit by pair, as counts of votes are read out: "one eighty-seven" (187), "two fifty" (250);
    (value, tokens used)."""
    first = NUMBER_WORDS.get(tokens[0]) if tokens else None
    if first is None or first[0] != "unit" or first[2] or not first[1]:
        return None
    tail = _two_digit_words(tokens[1:])
    if tail is None:
        return None
    return int(first[1]) * 100 + tail[0], 1 + tail[1]


def parse_year_words(tokens: list[str]) -> int | None:
    """A year said the way people say years: "nineteen forty-nine", "twenty twenty-two", "nineteen oh five"."""
    head = _two_digit_words(tokens)
    if head is None or not 10 <= head[0] <= 20:  # years 1000-2099
        return None
    century, used = head
    rest = tokens[used:]
    if rest == ["hundred"]:
        return century * 100
    if len(rest) == 2 and rest[0] in ("oh", "o") and NUMBER_WORDS.get(rest[1], ("",))[0] == "unit":
        return century * 100 + int(NUMBER_WORDS[rest[1]][1])
    tail = _two_digit_words(rest)
    if tail is None or tail[1] != len(rest):
        return None
    return century * 100 + tail[0]


def _parse_word_quantity(text: str) -> Quantity | None:
    prefix = None
    match = _CURRENCY_PREFIX_RE.match(text)
    if match:
        prefix = canonical_unit(match.group("pre"))
        text = text[match.end() :]
    sign = 1.0
    for word in ("minus ", "negative "):
        if text.startswith(word):
            sign, text = -1.0, text[len(word) :]
    tokens = [t for t in _WORD_SPLIT_RE.split(text.replace("%", " % ")) if t]
    if not tokens or tokens[0] not in NUMBER_WORDS and tokens[0] != "a":
        return None
    year = parse_year_words(tokens)
    if year is not None and prefix is None and sign > 0:
        return Quantity(float(year), 1.0, None, False)
    parsed = parse_number_words(tokens)
    spoken = parse_spoken_hundreds(tokens)
    if spoken is not None and (parsed is None or parsed[3] < spoken[1]):
        parsed = (spoken[0], 1, False, spoken[1])
    if parsed is None:
        return None
    value, scale, ordinal, used = parsed
    rest = tokens[used:]
    suffix = None
    if rest:
        if (len(rest) > 3 or any(not w.isalpha() and w != "%" or w in _NOT_UNIT_WORDS for w in rest)) and not _unit_phrase(" ".join(rest)):
            return None
        suffix = canonical_unit(" ".join(rest))
    unit = merge_currency(prefix, suffix)
    if unit is False:
        return None
    return Quantity(sign * float(value), float(scale), unit, ordinal)


def _unit_phrase(words: str) -> bool:
    """A unit whose spelling holds a number word: "terabits per second", "gigabits a second", "cubic metres a second"."""
    return words in PHYSICAL_ALIASES or "/" in (unit := canonical_unit(words) or "") and is_known(unit)


def clean(text: str) -> str:
    """The form numbers are read from: casefolded, Unicode minus and dashes mapped, "U.S." as "us"."""
    if "½" in text or "¼" in text or "¾" in text:  # before NFKC, which makes "3½" "31⁄2"
        text = _VULGAR.sub(lambda m: (m[1] or "0") + _VULGAR_DECIMALS[m[2]], text)
    text = unicodedata.normalize("NFKC", text)
    if "/" in text and (mixed := _MIXED.search(text)) is not None and int(mixed[2]) < int(mixed[3]):  # "93 1/2 pounds", "93-1/2"
        text = _MIXED.sub(lambda m: m[1] + str(int(m[2]) / int(m[3]))[1:] if int(m[2]) < int(m[3]) else m[0], text)
    if not text.isascii() or "`" in text:  # the only ASCII character TRANSLATE maps
        text = text.translate(TRANSLATE)
    text = text.casefold()
    if "u.s" in text:
        text = re.sub(r"\bu\.\s?s\.?(?=\s|\$|$)", "us", text)
    if "$" in text:
        text = re.sub(r"\b(us|usd|c|ca|can|cdn|cad|a|au|nz)\s+\$", r"\1$", text)
    if "d'" in text:  # French "milliards d'euros"
        text = re.sub(r"\bd'(?=[a-z€$])", "de ", text)
    if ("h" in text or "k" in text or "m" in text) and any(c.isdigit() for c in text):  # "35h", "442kmph": a unit stuck to its number
        text = _STUCK_UNIT.sub(r"\1 \2", text)  # (every unit the pattern knows holds an h, a k or an m: 2.5 us saved where none does)
    return text


_VULGAR = lazy_re(r"(?<![\d.,])(\d+)?\s?([½¼¾])")
_VULGAR_DECIMALS = {"½": ".5", "¼": ".25", "¾": ".75"}
_MIXED = lazy_re(r"(?<![\d.,/])(\d+)[ -]([1-7])/([248])(?![\d/])")
"""A whole number and a fraction of halves, quarters or eighths, written with a slash: "93 1/2" is 93.5."""
_STUCK_UNIT = lazy_re(r"(\d)(h|hrs?|kms?|kg|kmph|kph|mph|kn)\b")


@lru_cache(maxsize=8192)
def parse_quantity(text: str) -> Quantity | None:
    """Read one number with optional sign, scale word and unit; None for anything else.

    Accepts digits ("40,000", "40 000", "18,00,000", "9,7", "9.7B", "C$9.7 billion", "65th",
    "2.5 per cent", "-63 °C", "18 lakh") and English number words ("forty thousand",
    "sixty-fifth", "minus sixty-three", "nineteen forty-nine"). A trailing word unit needs
    a space before it, so "1990s" is not read as 1990.
    """
    if not isinstance(text, str):
        return None
    text = strip_surrounding(clean(text))
    if not text or len(text) > 200:
        return None
    match = _QTY_RE.fullmatch(text)
    if match is None:
        if len(text) >= 4 and text.isalpha() and (value := roman_value(text)) is not None:
            return Quantity(float(value), 1.0, None, False)  # a year in Roman numerals: MCMXLIX
        return _parse_word_quantity(text)
    sign_word = match.group("sign1")
    if sign_word and match.group("sign2"):
        return None
    raw = match.group("num")
    if re.fullmatch(r"\d+,\d{1,2}|0,\d+|\d{1,3},\d{4,}", raw):
        number = raw.replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw) and (raw.count(".") > 1 or "," in raw):
        number = raw.replace(".", "").replace(",", ".")
    else:
        number = raw.replace(",", "").replace(" ", "").replace("'", "").replace("\u2019", "")
    value = float(number)
    scale_word = match.group("scale")
    scale = 1.0
    if scale_word:  # "6.81 lakh crore" = 6.81e12: two scale words multiply
        if scale_word.split() in (["mil", "millones"], ["mil", "milhões"], ["mil", "milhoes"]):
            scale = 1e9  # Spanish and Portuguese "mil millones": a thousand millions, not a million millions
        else:
            for word in scale_word.split():
                scale *= SCALE_WORDS[word]
    value *= scale
    if (sign_word or match.group("sign2") or "").strip() in ("-", "minus", "negative"):
        value = -value
    ordinal = match.group("ord") is not None
    if ordinal and "." in number:
        return None
    word_unit = match.group("unit")
    if word_unit:
        unit_words = word_unit.split()
        if unit_words[0] in ("of", "de", "in", "en") and len(unit_words) > 1:  # "crore of rupees", "milliards de dollars"
            unit_words = unit_words[1:]
        if any(w in _NOT_UNIT_WORDS for w in unit_words) and not _unit_phrase(" ".join(unit_words)):
            return None
        word_unit = " ".join(unit_words)
    if match.group("pct"):
        suffix = "%"
    elif match.group("sym"):
        suffix = canonical_unit(match.group("sym"))  # "4,6 Mrd. €"
    elif match.group("deg") is not None:
        deg = match.group("deg").replace(" ", "")
        suffix = "degree_Fahrenheit" if deg.endswith("f") else "degree_Celsius"
    else:
        suffix = canonical_unit(word_unit)
    unit = merge_currency(canonical_unit(match.group("pre")), suffix)
    if unit is False:
        return None
    return Quantity(value, scale, unit, ordinal, scale_word)


_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
                 "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
                 "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}  # fmt: skip
_FRACTION_RE = lazy_re(
    r"\s*(?P<hedge>(?:about|around|roughly|approximately|approx\.?|nearly|almost|some|close\s+to|just\s+(?:over|under)|over|more\s+than)\s+)?"
    r"(?:a\s+(?=(?:one|two|three)[\s-]))?(?:(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine|\d)[\s-]+(?P<den>[a-z]+)(?:\s+(?:stake|share|majority|portion))?"
    r"|(?P<bare>half)(?:\s+(?:the|its|their)\s+[a-z']+)?"
    r"|(?P<n>\d{1,2})\s*/\s*(?P<d>\d{1,3})|(?P<on>one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(?P<in>two|three|four|five|six|seven|eight|nine|ten|\d{1,3}))"
    r"(?:\s+of\s+(?P<of>it|them|the\s+[a-z' ]+|its\s+[a-z' ]+|[a-z' ]+))?\s*[.!]?\s*",
    re.IGNORECASE,
)


def read_fraction(text: str) -> float | None:
    """A share said as a fraction: "a third", "two-thirds", "half", "1/3", "one in four", "9 out of 10", "about a quarter of it".
    None for anything else ("a decade and a half" is no share); callers compare it with a percentage or a fraction only."""
    match = _FRACTION_RE.fullmatch(text.casefold())
    if match is None:
        return None
    if match["of"] and any(w in PHYSICAL_ALIASES for w in match["of"].split()):
        return None  # "three-quarters of a kilometre": a length, not a share (nor three-quarters of a mile)
    if match["bare"]:
        return 0.5
    if match["n"]:
        numerator, denominator = int(match["n"]), int(match["d"])
        return numerator / denominator if 0 < numerator < denominator else None
    if match["in"]:  # "one in four", "9 out of 10"
        said, part = match["in"], match["on"]
        count = int(said) if said.isdigit() else CARDINALS.get(said)
        share = int(part) if part.isdigit() else CARDINALS.get(part)
        return share / count if count and share and 0 < share < count else None
    denominator = _DENOMINATORS.get(match["den"])
    said = match["num"]
    numerator = 1 if said in ("a", "an") else int(said) if said.isdigit() else CARDINALS.get(said)
    if denominator is None or not numerator or numerator >= denominator:
        return None
    if numerator > 1 and not match["den"].endswith("s") or numerator == 1 and match["den"].endswith("s"):
        return None  # "two third", "one thirds": not how a share is said
    return numerator / denominator


def percent_is_fraction(percent: float, fraction: float, span: str = "") -> bool:
    """33% or 33.3% for a third, 66% or 67% for two-thirds: the share rounded or cut to the digits the learner gave."""
    decimals = len(span.split(".", 1)[1].rstrip("% ")) if "." in span else 0
    exact = fraction * 100
    factor = 10**decimals
    return round(exact, decimals) == round(percent, decimals) or math.floor(exact * factor) / factor == round(percent, decimals)
