"""Phrase reading: the words around an answer that do not change it.

Hedges ("I think it was"), qualifiers the documents use ("over", "about", "40,000+"),
prepositions ("in 1949", "since 2022"), titles and generic head nouns are harmless;
a negation, a different number or another entity is not. ``find_reading`` finds
the one number, date or year range inside a short sentence; ``without_asides``,
``without_apposition`` and ``without_title`` take off what only describes a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from studyapp.grading.dates import DateReading, parse_year_range, read_date
from studyapp.grading.names import (
    DEMONYMS, HEAD_NOUNS_BY_KIND, HONORIFICS, TITLES, acronym, city_country, countries_named, country_code, head_nouns_for,
    is_container_place,
)
from studyapp.grading.numbers import NUMBER_WORDS, Quantity, clean, parse_number_words, parse_quantity, strip_surrounding
from studyapp.grading.text import lazy_re, normalise, singular
from studyapp.grading.units import SYNONYMS

HEDGES = frozenset(
    """
    i think it was is its it s thats that were be been would say id im i m pretty sure believe guess reckon probably
    maybe perhaps possibly likely if remember recall correctly iirc answer my guess should must have has had am
    suppose assume know quite fairly certainly definitely surely hmm um uh er well ok okay so yes yeah
    came come comes became become becomes operational want wants wanted reached reaches stood stands totalled
    totaled totals amounted amounts there even then former ex current incumbent right rightly sometime
    record whopping another additional further says said confirmed according
    """.split()
)
QUALIFIERS = frozenset(
    """
    over more than about around nearly approximately approx roughly almost some at least just close to circa ca
    upwards upward of in excess well plus or so onwards onward beyond exceeding above already estimated est ad ce
    up de all only
    """.split()
)
# Qualifiers that state another figure than the document's ("under 40,000" is not "over 40,000")
CONTRADICTING = frozenset({"less", "fewer", "under", "below", "most", "max", "maximum", "only", "exactly"})
PREPOSITIONS = frozenset(
    "in since by from during the a an year years of on back until till as from around for within into at to with towards toward".split()
)
STOPWORDS = frozenset("the a an of and in on at by for to with its their his her our".split())
PRONOUNS = frozenset("they he she we it them this these those there which who whom whose both".split())
NEGATIONS = frozenset(
    "not no never non neither nor without except excluding isnt wasnt didnt doesnt dont arent werent cannot cant none".split()
)
TIME_OF_DAY = frozenset(
    "early late hours morning afternoon evening night midnight dawn noon midday day "
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun".split()
)
_HEDGE_PHRASES = lazy_re(r"\b(?:i m|im|i am) not (?:sure|certain)\b|\bnot (?:sure|certain)\b|\bno idea\b")
_TRAILING = lazy_re(r"(?:\s*\+|\s+or (?:so|more|thereabouts)|\s+plus|\s+odd|\s+ish)$")
_OPEN_RANGE = lazy_re(r"\b(\d{4})\s*(?:-|to|until|till)\s*(?:the\s+)?(?:present|date|now|today)\b")
_A_SCALE = lazy_re(r"(^|\s)an? (hundred|thousand|lakh|crore|million|billion|trillion|decade|century|fortnight)\b")
_EXACTLY = frozenset({"exactly", "precisely"})  # "exactly 750": the qualifier, judged against the answer's own bound
_A_PERIOD = lazy_re(r"(^|\s)an? (year|month|week|day|hour|minute)(?:-long)?\b")
_LEADING = lazy_re(r"^(?:~|\+(?=\d)|≈|>|c\.\s*|ca\.\s*)\s*")


def without_hedge_phrases(norm: str) -> str:
    """Drop "not sure" and the like before negations are looked for."""
    return _HEDGE_PHRASES.sub(" ", norm) if "not" in norm or "idea" in norm else norm


@dataclass(frozen=True, slots=True)
class Context:
    """What the question says around the answer: its words may stand beside the answer."""

    words: frozenset[str]
    stems: frozenset[str]
    heads: frozenset[str]  # generic head nouns that fit the kind of answer asked for
    titles: frozenset[str]  # job titles the question or its explanation uses
    text: str = ""
    category: str | None = None
    said: frozenset[str] = frozenset()  # every word of the prompt and the explanation
    spoken: str = ""  # the prompt and the explanation, normalised, in order


def _stem(word: str) -> str | None:
    """"deploy", "deployed", "deploying" share one: a prompt's word in another form is still the prompt's."""
    return word[:5] if len(word) >= 6 and word.isalpha() else None


# A word a learner puts for the question's own ("its 65th birthday" for the anniversary it asks about)
_SAID_ALIKE = {
    "anniversary": ("birthday",), "anniversaries": ("birthdays",), "abstained": ("abstention", "abstentions"),
    "lose": ("lost",), "loss": ("lost",), "losses": ("lost",), "casualty": ("lost",), "casualties": ("lost",),  # "the Austrians lost 5,300"
    "reduced": ("cut",),
}
for _verb, _forms in {
    "fall": "fell fallen", "begin": "began begun", "take": "took taken", "win": "won", "meet": "met", "rise": "rose risen",
    "hold": "held", "fight": "fought", "lead": "led", "sink": "sank sunk", "strike": "struck", "become": "became",
    "give": "gave given", "write": "wrote written", "choose": "chose chosen", "die": "died", "flee": "fled", "seize": "seized",
}.items():  # "it fell on 29 May 1453" where the question asks when it did fall: the question's verb in another tense
    _SAID_ALIKE.setdefault(_verb, tuple(_forms.split()))


@lru_cache(maxsize=16)  # a verdict asks again for its own question's; 4,096 grew to 35 MB (8.8 KB each, long explanations), 64 held 0.75 MB
def context(prompt: str | None, explanation: str | None = None, category: str | None = None) -> Context:
    words = set(normalise(prompt or "").split())
    words |= {singular(w) for w in words}
    for word in list(words):
        country = DEMONYMS.get(word)
        if country:
            words.update(country.split())
        words.update(_SAID_ALIKE.get(word, ()))
    frozen = frozenset(words)
    said = normalise(f"{prompt or ''} {explanation or ''}").split()
    said = [w if w in TITLES or singular(w) not in TITLES else singular(w) for w in said]  # "Prime Minister's"
    titles = {w for w in said if w in TITLES}
    run: list[str] = []
    for word in [*said, ""]:  # "National Security Adviser" -> also "nsa"
        if word in TITLES and word not in ("state", "home"):
            run.append(word)
            continue
        if len(run) >= 2:
            titles.add(acronym(run))
        run = []
    joined = " ".join(said)
    for post, ranks in _POST_RANKS:  # the post implies its holder's rank: the Chief of the Army Staff is a General
        if post in joined:
            titles.update(ranks)
    stems = frozenset(st for w in frozen if (st := _stem(w)))
    said_words = set(said) | frozen | {singular(w) for w in said}  # "the Alliance's" -> "alliances" -> "alliance"
    for word in said:
        if word in DEMONYMS:
            said_words.update(DEMONYMS[word].split())
    heads = head_nouns_for(frozen, category) | _initials_of_runs(prompt or "")
    return Context(frozen, stems, heads, frozenset(titles), prompt or "", category, frozenset(said_words), joined)


def _initials_of_runs(prompt: str) -> frozenset[str]:
    """"ATGM" where the question says "anti-tank guided missile": the initials of three or four of its words in a row."""
    letters = "".join(t[0] for t in normalise(prompt).replace("-", " ").split() if t.isalpha())
    return frozenset(letters[i : i + n] for n in (3, 4) for i in range(len(letters) - n + 1))


_POST_RANKS = (
    ("chief of the army staff", ("general", "gen", "coas")),
    ("chief of army staff", ("general", "gen", "coas")),
    ("army chief", ("general", "gen", "coas")),
    ("chief of the naval staff", ("admiral", "adm", "cns")),
    ("navy chief", ("admiral", "adm", "cns")),
    ("foreign minister", ("fm",)),
    ("minister of foreign affairs", ("fm", "foreign", "minister")),
    ("foreign affairs minister", ("fm",)),
    ("chief of defence staff", ("cds", "general", "gen")),
    ("chief of the defence staff", ("cds", "general", "gen")),
    ("defence minister", ("raksha", "mantri", "rm")),
    ("minister of defence", ("raksha", "mantri", "rm")),
    ("prime minister", ("pradhan", "mantri")),
    ("external affairs minister", ("videsh", "mantri", "eam")),
    ("president", ("rashtrapati",)),
    ("minister of state", ("mos",)),
)  # Hindi forms as Indian papers print them: "Raksha Mantri Rajnath Singh" is the Defence Minister


def prompt_words(prompt: str | None) -> frozenset[str]:
    """Words of the question, with their singulars and the countries its demonyms name."""
    return context(prompt).words


_WEAPON_DESCRIPTORS = frozenset(
    "supersonic hypersonic subsonic cruise guided stealth multirole multi role long medium short range "
    "unmanned armed combat attack fighter stealthy advanced indigenous indigenously built made designed developed "
    "surface air sea land ship submarine launched anti to class type variant version model new generation vessel patrol "
    "offshore frigate destroyer corvette carrier warship stealth guided missile".split()
)


_SENIOR = frozenset({"top", "senior", "chief", "leading", "highest", "most senior"})


def harmless(word: str, ctx: Context) -> bool:
    """A word that may stand beside an answer without changing it."""
    if word in HEDGES or word in QUALIFIERS or word in STOPWORDS or word in PREPOSITIONS or word in PRONOUNS:
        return True
    if word in HONORIFICS or word in ctx.titles or word in ctx.heads or singular(word) in ctx.heads:
        return True
    if word in ctx.words or singular(word) in ctx.words:
        return True
    if len(word) > 4 and word[-2:] == "ss" and word[:-1] in ctx.words:
        return True  # "Babis's ANO party" (typed "babiss") where the question says "led by Andrej Babis"
    if any(other in ctx.words for other in SYNONYMS.get(singular(word), ())):
        return True  # "2,50,000 cars" where the question counts vehicles
    if word in _SENIOR and ctx.words & _SENIOR:
        return True  # "China's top diplomat" for the senior Chinese diplomat
    if ctx.category == "equipment" and word in _WEAPON_DESCRIPTORS:
        return True  # "BrahMos supersonic cruise missile": what the thing is, said beside its name
    if word in DEMONYMS or singular(word) in DEMONYMS:
        return False  # "Canadian students" are not the question's "students in Canada": a people, not a stem of its word
    stem = _stem(word)
    return stem is not None and stem in ctx.stems and not _compound_of_said(word, ctx)


def _compound_of_said(word: str, ctx: Context) -> bool:
    """"battleships" where the question says "battle": the question's word with another word joined to it, a thing of its
    own, not a form of the word ("deployed" for deploy)."""
    for said in ctx.words:
        rest = word[len(said) :]
        if len(said) >= 5 and len(rest) >= 4 and word.startswith(said) and singular(rest) in _COMPOUND_HEADS and singular(rest) not in ctx.words:
            return True  # not a suffix ("investment", "photographs"), nor the question's two words run together ("battlegroup")
    return False


_COMPOUND_HEADS = frozenset().union(*HEAD_NOUNS_BY_KIND.values()) - frozenset({"class", "times", "years"})


@dataclass(frozen=True, slots=True)
class Reading:
    """What a short sentence says: one quantity, date or year range, and the words left around it."""

    kind: str  # "number" | "date" | "range"
    quantity: Quantity | None = None
    date: DateReading | None = None
    years: tuple[int, int] | None = None
    span: str = ""  # the part read, as typed (casefolded)
    unit_words: tuple[str, ...] = ()  # words of the unit beyond the prompt's
    extra: tuple[str, ...] = ()  # words beside it that are not harmless
    qualifier: str = ""


_NUMBERISH = lazy_re(
    r"[\d$€£¥₹]|^(?:minus|negative|rs\.?|inr|usd|cad|a|us\$?|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*"
    r"|eur|gbp|aud|nzd|mur|lkr|npr|pkr|bdt|jpy|cny|rmb|krw|sgd|aed|sar|qar|omr|btn|chf|php|rub|uah|brl|zar|ils|egp|sek|nok|dkk|pln"
    r"|mxn|ars|idr|myr|thb|vnd|ngn|kzt|afn|mvr|mmk|irr|kes|ksh|kshs|ugx|tzs|isk|cfa|fcfa|xof|xaf)$"
)  # a currency's code may open a figure after a qualifier: "nearly NPR 80 billion"


def _starts_number(token: str) -> bool:
    return bool(_NUMBERISH.search(token)) or token in NUMBER_WORDS or token.split("-")[0] in NUMBER_WORDS


def _strip_edges(text: str) -> tuple[str, str]:
    qualifier = ""
    stripped = _LEADING.sub("", text)
    if stripped != text:
        qualifier = text[: len(text) - len(stripped)].strip()
    trailing = _TRAILING.search(stripped)
    if trailing:
        qualifier = qualifier or trailing.group().strip()
        stripped = stripped[: trailing.start()]
    return stripped.strip(), qualifier


def _read_span(span: str, date_order: str) -> Reading | None:
    years = parse_year_range(span)
    if years is not None:
        return Reading("range", years=years, span=span)
    reading = read_date(span, date_order)
    if reading is not None:
        return Reading("date", date=reading, span=span)
    quantity = parse_quantity(span)
    if quantity is not None:
        return Reading("number", quantity=quantity, span=span)
    return None


def _leftover_words(tokens: list[str]) -> list[str]:
    return normalise(" ".join(tokens)).split() if tokens else []


_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "decade"})
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
_SCALES = r"(million|billion|thousand|lakh|crore|trillion)"
_AND_A_HALF = lazy_re(rf"\b(\d+|{'|'.join(_SMALL_NUMBERS)}) and a half {_SCALES}\b")
_AND_A_HALF_OF = lazy_re(rf"\b(\d+|{'|'.join(_SMALL_NUMBERS)}) and a half (?=(?!per ?cent|percent)[a-z])")
_UNIT_AND_A_HALF = lazy_re(r"\ban? (decade|century) and a half\b")
_HALF_A = lazy_re(rf"\b(?:half|a half) (?:of )?(?:an? )?{_SCALES}\b")  # "a half million" as Americans say it
_HALF_PERCENT = lazy_re(r"\b(\d+|[a-z]+(?:[- ][a-z]+)?) and a half (?:per ?cent|percent|%)")
_QUARTER_A = lazy_re(rf"\b(?:a )?quarter (?:of )?(?:an? )?{_SCALES}\b")  # "quarter of a billion dollars", "a quarter million"
_THREE_QUARTERS = lazy_re(rf"\bthree[ -]quarters? (?:of )?(?:an? )?{_SCALES}\b")
_PART_OF_TIME = lazy_re(r"\b(?:a )?(half|quarter) (?:of )?an? (year|decade|century|month|week|day)\b")  # "half a decade"
_FRACTION = lazy_re(rf"(?P<n>{'|'.join(_SMALL_NUMBERS)})[ -](?P<part>{'|'.join(_PARTS)})")  # "two fifths", "three-fourths"
_PLAIN_HALF = lazy_re(rf"^(\d+|{'|'.join(_SMALL_NUMBERS)}) and a half$")  # "four and a half" = 4.5
_QUARTER_CENTURY = lazy_re(r"\ba quarter[ -]century\b")


def _spell_fractions(text: str) -> str:
    """"one and a half million" -> "1.5 million", "half a million" -> "0.5 million", "two fifths" -> "40%"."""
    if "half" not in text and "quarter" not in text and "th" not in text:
        return text
    if (plain := _PLAIN_HALF.match(text)) is not None:
        return f"{_SMALL_NUMBERS.get(plain[1], plain[1])}.5"
    text = _QUARTER_CENTURY.sub("25 years", text)
    text = _AND_A_HALF.sub(lambda m: f"{_SMALL_NUMBERS.get(m.group(1), m.group(1))}.5 {m.group(2)}", text)
    text = _AND_A_HALF_OF.sub(lambda m: f"{_SMALL_NUMBERS.get(m.group(1), m.group(1))}.5 ", text)  # "six and a half tonnes"
    text = _UNIT_AND_A_HALF.sub(r"1.5 \1s", text)  # "a decade and a half" = 1.5 decades
    if (half := _HALF_PERCENT.search(text)) is not None:  # "thirty-seven and a half percent" = 37.5%
        parsed = parse_number_words(half[1].replace("-", " ").split()) if not half[1].isdigit() else (int(half[1]), 1, False, 1)
        if parsed is not None and parsed[3] == len(half[1].replace("-", " ").split()):
            text = text[: half.start()] + f"{parsed[0]:g}.5%" + text[half.end() :]
    text = _HALF_A.sub(r"0.5 \1", text)
    text = _QUARTER_A.sub(r"0.25 \1", text)
    text = _THREE_QUARTERS.sub(r"0.75 \1", text)
    text = _PART_OF_TIME.sub(lambda m: f"{0.5 if m[1] == 'half' else 0.25} {m[2]}", text)
    match = _FRACTION.fullmatch(text)
    if match and not (match["n"] in ("a", "an", "one") and match["part"].endswith("s")):
        share = 100 * _SMALL_NUMBERS[match["n"]] / _PARTS[match["part"]]
        if share <= 100 and abs(share - round(share, 1)) < 1e-9:
            return f"{round(share, 1):g}%"  # a share said as a fraction: "two fifths" = 40%
    return text


_SHORT_YEAR = lazy_re(r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s*['’](\d{2})\b")
_DAY_MONTH_YY = lazy_re(r"^(\d{1,2}(?:st|nd|rd|th)?[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?),?[\s-]+(\d{2})$")  # "28-Jan-22"
_DIGIT_HYPHEN_WORD = lazy_re(r"(\d)-([a-z]{2,})\b")
_ALONE_YY = lazy_re(r"^['’](\d{2})$")
_DOZEN = lazy_re(rf"\b(?:(half) an?|(an?|\d+|{'|'.join(_SMALL_NUMBERS)}))\s+dozens?\b")
_BOTH = lazy_re(r"(?:^|(?<=\bin )|(?<=\bof ))both (?=[a-z])")


def _spell_dozens(text: str) -> str:
    """"half a dozen" = 6, "2 dozen" = 24; "both world wars" = 2 world wars (both names two of a noun)."""
    def dozens(match: re.Match[str]) -> str:
        if match[1]:
            return "6"
        count = match[2]
        return str(12 * (int(count) if count.isdigit() else _SMALL_NUMBERS[count]))

    text = _DOZEN.sub(dozens, text)
    if re.search(r"\d|\b(?:two|2)\b", text):
        return _BOTH.sub("", text, count=1) if re.fullmatch(r"both [a-z ]+, (?:so |i\.e\. |that is |i e )?(?:2|two)", text) else text
    return _BOTH.sub("2 ", text)  # "in both world wars" = in 2 world wars; "both world wars, so 2": the figure is given


_CEILING = lazy_re(r"\b(?:(?:no|not) more than|at (?:the )?most|not exceeding|no greater than)\b")


def find_reading(text: str, prompt: Context, date_order: str = "dmy") -> Reading | None:
    """The one number, date or year range in ``text`` and what else was said; None if there is none."""
    if (alone := _ALONE_YY.match(text.strip())) is not None:  # "'24" for 2024
        text = f"{'20' if int(alone[1]) <= 50 else '19'}{alone[1]}"
    base, qualifier = _strip_edges(strip_surrounding(clean(text)))
    if not base:
        return None
    base = _spell_fractions(base)
    if "more than" in base or "at most" in base or "exceeding" in base:
        base = _CEILING.sub("up to", base)  # "no more than 20", "at most 20": the ceiling "up to 20" names
    if "per cent " in base:
        base = base.replace("per cent ", "percent ")  # "a 12 per cent rise" as "a 12 percent rise": one word, the unit
    if "'" in base or "’" in base:  # "31st Dec '24": a two-digit year after a month
        base = _SHORT_YEAR.sub(lambda m: f"{m[1]} {'20' if int(m[2]) <= 50 else '19'}{m[2]}", base)
    elif base[-1:].isdigit() and (short := _DAY_MONTH_YY.match(base)):  # "12 Jun 24"
        base = f"{short[1]} {'20' if int(short[2]) <= 50 else '19'}{short[2]}"
    if "dozen" in base or "both " in base:
        base = _spell_dozens(base)
    if "a " in base:  # "nearly a lakh crore" = 1 lakh crore
        base = _A_SCALE.sub(r"\1 1 \2", base)
    if ("a " in base or "an " in base) and not any(c.isdigit() for c in base) and not any(w in NUMBER_WORDS for w in base.split()):
        if len(periods := _A_PERIOD.findall(base)) == 1:  # "within a week", "a year-long emergency": one period, the only figure
            base = _A_PERIOD.sub(r"\1 1 \2", base)
    if "present" in base or "date" in base or "now" in base or "today" in base:  # "2022-present" = since 2022
        base = _OPEN_RANGE.sub(r"since \1", base)
    if "-" in base:
        base = _DIGIT_HYPHEN_WORD.sub(r"\1 \2", base)  # "a 10-year contract", "24-hour"
    if "sea level" in base or "asl" in base:  # "5,400 metres above sea level": where a height is measured from
        base = re.sub(r"\s*\b(?:above (?:mean )?sea level|a?msl|asl)\b", "", base).strip()
    if "below zero" in base or "below freezing" in base:  # "50 degrees below zero" = -50 degrees
        base = "minus " + re.sub(r"\s*below (?:zero|freezing)", "", base).strip()
    elif base.endswith(" below") and not base.startswith(("minus", "-")):  # "sixty below", "40 degrees below"
        base = "minus " + base[: -len(" below")].strip()
    whole = _read_span(base, date_order)
    if whole is not None:
        return _with_unit(whole, prompt, qualifier)
    base = without_hedge_phrases(base)
    raw_tokens = re.sub(r",(?!\d)", ", ", base).replace(" ,", ",").split()
    tokens, clause_ends = [], []
    for raw in raw_tokens:
        token = raw.rstrip(",;:!?") if not re.search(r"\d,\d", raw) else raw
        if token:
            tokens.append(token)
            clause_ends.append(token != raw)
    n = len(tokens)
    if n > 16:
        return None
    best: Reading | None = None
    for start in range(n):
        if not _starts_number(tokens[start]):
            continue
        limit = min(n, start + 7)
        for i in range(start, limit - 1):  # a comma ends the figure ("1947, just after independence"), not a date's year
            if clause_ends[i] and not re.fullmatch(r"\d{4}", tokens[i + 1]):
                limit = i + 1
                break
        for end in range(limit, start, -1):
            span, inner_q = _strip_edges(" ".join(tokens[start:end]))
            if not span:
                continue
            reading = _read_span(span, date_order)
            if reading is None:
                continue
            left = _leftover_words(tokens[:start]) + _leftover_words(tokens[end:])
            joined = any(w in ("and", "or", "nor", "plus") for w in left)
            extra = tuple(
                w for w in left
                if not harmless(w, prompt) and not (reading.kind == "date" and w in TIME_OF_DAY) and w not in _EXACTLY
                or joined and any(c.isdigit() for c in w)  # "1944 and 80th": two figures, though the question says 80th
            )  # fmt: skip
            before = _leftover_words(tokens[:start])
            if before[-1:] in (["next"], ["coming"]) and reading.quantity is not None and reading.quantity.unit in _DURATIONS:
                ahead = {"next", "coming", "the", "over", "for", "during", "in", "within"}  # "over the next 20 years" is the span, not "more than"
                extra = tuple(w for w in extra if w not in ahead)
                before = [w for w in before if w not in ahead]
            quals = [
                w for i, w in enumerate(before)
                if (w in QUALIFIERS or w in CONTRADICTING) and (w != "up" or before[i + 1 : i + 2] == ["to"])
            ]  # "up to 25" bounds it; "the JMC was set up in 1989" does not  # fmt: skip
            candidate = Reading(
                reading.kind, reading.quantity, reading.date, reading.years, span, (), extra,
                qualifier or inner_q or " ".join(quals),
            )  # fmt: skip
            candidate = _with_unit(candidate, prompt, candidate.qualifier)
            if best is None or (len(candidate.extra) < len(best.extra)):
                best = candidate
            break
        if best is not None and not best.extra:
            break
    return best


def _with_unit(reading: Reading, prompt: Context, qualifier: str) -> Reading:
    unit_words: tuple[str, ...] = ()
    q = reading.quantity
    if q is not None and q.unit and q.unit not in ("%",) and " " in q.unit or (q is not None and q.unit and q.unit.isalpha()):
        words = q.unit.split()
        unit_words = tuple(w for w in words if not (w in prompt.words or singular(w) in prompt.words or w in STOPWORDS))
    return Reading(reading.kind, reading.quantity, reading.date, reading.years, reading.span, unit_words, reading.extra, qualifier)


def is_year_value(value: float) -> bool:
    return value.is_integer() and 1000 <= value <= 2100


def year_of(reading: Reading) -> int | None:
    if reading.kind == "date" and reading.date is not None:
        return reading.date.value.year
    return None


# --- asides beside a name: brackets, a description after a comma, a title before a person ---

_ASIDE_RE = lazy_re(r"\s*\(([^()]*)\)")
_DESCRIPTORS = frozenset("military joint indigenous exercise drill".split())
"""Words that describe without claiming; a service ("naval", "army"), a kind of vessel ("submarine") or a number
of parties ("trilateral") is a claim the question or its explanation must make ("Malabar, army exercise" is wrong)."""


def _aside_spells(aside: str, before: str) -> bool:
    """"CANZUK (Canada, Australia, New Zealand, UK)": the members' initials spell the acronym before it."""
    shorts = [w for w in re.split(r"[\s,]+", before) if len(w) >= 3 and w.isupper()]
    if not shorts:
        return False
    letters = "".join(w if len(w) <= 3 and w.isupper() else w[0] for w in re.split(r"[\s,]+|\band\b", aside) if w)
    return letters.casefold() == shorts[-1].casefold()


def without_asides(given: str, words: Context, known: frozenset[str] = frozenset()) -> str | None:
    """The response with its harmless bracketed asides taken out, or None when one of them says something:
    a figure, a negation, or a word that neither the question, its explanation nor a plain description gives."""
    if "(" not in given:
        return None
    kept, last = [], 0
    for match in _ASIDE_RE.finditer(given):
        aside = match.group(1)
        tokens = normalise(aside).split()
        if not tokens or len(tokens) > 6 or any(c.isdigit() for c in aside) or any(t in NEGATIONS for t in tokens):
            return None
        if _another_country(tokens, words):
            return None  # "Huawei (US company)", "Mélanie Joly (US)": a nationality the question does not give
        if not (
            _aside_spells(aside, given[: match.start()])
            and all(t in words.said or t in known or t in STOPWORDS or country_code(t) in countries_named(words.spoken) for t in tokens)
            or all(harmless(t, words) or t in words.said or t in _DESCRIPTORS for t in tokens)  # an office: only the question's
        ):
            return None
        kept.append(given[last: match.start()])
        last = match.end()
    kept.append(given[last:])
    plain = " ".join("".join(kept).split())
    return plain or None


def _describes(tokens: list[str], words: Context) -> bool:
    """Words that only describe: the question's or its explanation's (or the initials of its names: "the FT" where
    it says the Financial Times), plain descriptors, hedges."""
    from studyapp.grading.sentences import _prompt_acronyms  # sentences reads this module

    return bool(tokens) and len(tokens) <= 6 and all(
        (harmless(t, words) or t in words.said or t in _DESCRIPTORS or t in _prompt_acronyms(words.text)) and t not in NEGATIONS and not t.isdigit()
        for t in tokens
    )


def _another_country(tokens: list[str], words: Context) -> bool:
    """A country or people named beside the answer that neither the question nor its explanation names ("Huawei (US company)")."""
    named = countries_named(words.spoken) | {country_code(c) for w in words.said if (c := DEMONYMS.get(w))}
    for size in (3, 2, 1):
        for start in range(len(tokens) - size + 1):
            phrase = " ".join(tokens[start : start + size])
            phrase = phrase[:-1] if phrase.endswith("s") and country_code(phrase[:-1]) else phrase  # "canadas"
            code = country_code(DEMONYMS.get(phrase, phrase))
            if code is not None and code not in named:
                return True
    return False


_DESCRIPTION = lazy_re(
    r"(?:(?:the|a|an|his|her|its|their|one of|(?:the )?(?:later|future|formerly|once|now)|then(?= (?:a|an|the|part|still|called|known)\b)"
    r"|(?:head|chief|leader|commander|member|founder|chairman|president) of)\s"
    r"|(?P<at>(?:(?:just |a little )?(?:in|on|at|near|off|outside|beside|by)|(?:north|south|east|west|north-east|north-west|south-east"
    r"|south-west)(?:ern)?(?: part)? of)\s+(?:(?:present-day|modern|today's|modern-day)\s+)?(?P<the>the\s+)?))(?P<rest>.+)",
    re.IGNORECASE,
)
"""What a description after a name starts with: "the Tehran police chief", "later Count of Maida", "then a British colony",
"on the Black Sea", "in present-day Belarus"; not "then Addison" (who came next), "with Diebitsch" (another person)."""


_COMPARING = frozenset({"same", "like", "unlike", "than"})
_OWNER = lazy_re(r"\b([\w.-]+?)(?:['\u2019]s|s['\u2019])(?!\w)")
_BECAME = lazy_re(r"(?:the )?(?:later|future|formerly|once|now)\s+([\w'-]+)", re.IGNORECASE)


def _a_description(tail: str, words: Context) -> bool:
    """"Odessa, on the Black Sea", "Yeprem Khan, the Tehran police chief": a description the learner adds to the
    answer, with no figure, no negation and no list in it; a kind ("a brig") only where the question says it; a place
    it puts the answer in must be one the tables cannot judge ("the Matumbi area", "the Black Sea"), never a name of
    its own ("in Newfoundland", "in Tianjin"): those are claims about where the answer lies, judged as such or not at all."""
    found = _DESCRIPTION.fullmatch(tail.strip())
    if found is None or any(c.isdigit() for c in tail) or " and " in f" {tail} " or "&" in tail:
        return False
    tokens = normalise(tail).split()
    if len(tokens) > 8 or any(t in NEGATIONS or t in _COMPARING for t in tokens):
        return False  # "1949, the same year as the UN": a second claim, dated by another event
    if (became := _BECAME.match(tail.strip())) is not None and became[1][0].isupper() and became[1].casefold() not in TITLES | HONORIFICS:
        return False  # "Tommaso Parentucelli, later Eugene IV": who he became is a name to judge; "later Duke of Wellington" describes
    if any(normalise(owner) not in words.said for owner in _OWNER.findall(tail)):
        return False  # "Eurostat, the UN's statistical office", "HTS, the Houthis' Syrian wing": whose it is, a claim
    if re.match(r"an?\s", tail.strip(), re.IGNORECASE) and singular(tokens[-1]) not in words.said and tokens[-1] not in words.said:
        return False  # "Malabar, an army base", "Charles de Gaulle, a French submarine": what kind of thing it is, a claim
        # the question's own words must back ("INS Sumitra, an offshore patrol vessel" where it asks which vessel)
    if found["at"] is not None:  # "in the Matumbi area", "on the Bay of Fundy"; not "in Newfoundland", a claim to judge
        rest = normalise(found["rest"])
        return found["the"] is not None and not (is_container_place(rest) or city_country(rest) is not None or country_code(rest) is not None)
    return True


def without_apposition(given: str, words: Context) -> str | None:
    """"INS Vikrant, India's indigenous carrier": a name, then a description made of the question's words; or the
    description first ("the EU's statistical office, Eurostat"), which must hold a common word, so that "India,
    Pakistan" where the question offers both stays two answers."""
    head, comma, tail = given.partition(",")
    if not comma or "," in tail or not head.strip() or not tail.strip():
        return None
    if is_container_place(normalise(tail)):
        return None  # "Rangpur, India": where a place lies is a claim, judged as a place pair
    if _another_country(normalise(tail).split(), words):
        return None  # "Ajit Doval, Canada's NSA"
    if _describes(normalise(tail).split(), words):
        return head.strip()
    described = normalise(re.sub(r"['\u2019]s\b", "", head)).split()
    common = [t for t in re.findall(r"\b[a-z][a-z-]*\b", head) if t not in STOPWORDS]
    if common and _describes(described, words) and not _another_country(described, words):
        return tail.strip()
    if _a_description(tail, words):
        return head.strip()
    return None


PERSON_NOUNS = frozenset("minister official leader chief officer head diplomat envoy".split())
"""Words of a question that ask for a person without naming the office."""
_ASKS_PERSON = lazy_re(
    r"\b(?:which|what)\b(?:\s+(?!(?:did|does|do)\b)[\w.-]+){0,4}?\s+(?:(?:vice|rear|ex|co|sub|under|deputy|lieutenant|grand)-)?(?:minister|official|leader|chief|officer|diplomat|envoy|secretary|adviser|advisor|ambassador"
    r"|president|commissioner|premier|chancellor|governor|commander|spokesperson|chairman|chairperson|chairwoman|director|director-general"
    r"|admiral|ruler|king|queen|sultan|emir|monarch|prince|mayor|speaker|scientist|negotiator|representative|peacekeeper|ceo"
    r"|lawmaker|legislator|judge|justice|member of parliament|head of (?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:ministry|department|agency)"
    r"|spokesman|spokeswoman|pm|senator|congressman|congresswoman|statistician(?:-general)?|prosecutor|attorney|analyst|economist"
    r"|journalist|activist|cleric|politician|astronaut|cosmonaut|rapporteur|founder|businessman|billionaire|opposition leader|aide"
    r"|mp|mla|councill?or|counsell?or|co-?ordinator|chair|nominee|vice-president|planter|head(?!\s+(?:office|quarters?|start|count))"
    r"|candidate(?!\s+(?:countr|cit|state|nation|member|site|venue|vaccine|list))|captain|colonel|brigadier|marshal|author|historian|bishop|cardinal"
    r"|industrialist|engineer|inventor|entrepreneur|physicist|physician|epidemiologist|virologist|astronomer|explorer|statesman|philanthropist"
    r"|surgeon|novelist|poet|lawyer|banker|missionary|member of (?:the\s+)?(?:[\w'-]+\s+){0,2}delegation"
    r"|sergeant|corporal|private|lieutenant|major|ensign|midshipman|bugler|chaplain|preacher|deacon|priest|holy man|emperor|empress"
    r"|archbishop|patriarch|abbot|monk|viceroy|deputy|nobleman|frenchman|englishman|scotsman|irishman|dutchman|welshman|tribesman|chieftain"
    r"|aviator|airman|pilot|sailor|seaman|gunner|sniper|spy|assassin|regnal name|throne name|accomplice|conspirator|plotter|attacker|assailant|putschist|defendant|murderer|gunman|prefect|commissar|magistrate|archaeologist|archeologist|scholar|professor|philosopher"
    r"|boss|writer|playwright|composer|painter|architect|sculptor|tsar|czar|tsarina|shah|woman|women|lady|man(?!-)|men(?!-)"
    r"|convict|prisoner|inmate|detainee|hostage)s?\b"
    r"|\b(?:which|what)\s+(?:(?!(?:is|was|are|were|did|does|the|a|an)\b)[\w.-]+\s+){0,2}generals?\b"
    r"(?!\s+(?:assembly|dynamics|electric|motors|elections?|agreement|council|secretariat))"
)


_WHO = lazy_re(r"\s*who(?:m|se)?\b", re.IGNORECASE)  # "Who, as chair of the AU, ...?"
_WHO_LATER = lazy_re(
    r"^(?:(?!\b(?:which|what)\b)[^?])*?(?:^according to (?:(?!\b(?:which|what|how|when|where|why|is|was|are|were|did|does|do)\b)[^?])+?,\s*|\b(?:by|to|with|from|for|against|under|of|on|in|at|upon|after|before|following|during|despite)\s+)who(?:m|se)?\b", re.IGNORECASE
)
""""According to the biography, whom was Gates rumoured to replace?" (a source with a comma in it too: "According to
the Long, Long Trail, who commanded ...?"), "by whom was Gates superseded?", "of whose
commanders was he a favourite?": the question's
own "who", after its source or a preposition; not a relative clause after "which"/"what" ("Which country, whose ...")."""
_WHOSE_VISIT = lazy_re(r"\bwhose\s+(?:[\w-]+\s+){0,2}visit", re.IGNORECASE)
""""During whose state visit ...?": the visitor is a person, whoever else the question names."""


def asks_for_person(ctx: Context) -> bool:
    """"Who ...?", a person category, or "Which visiting Indian minister ...?"."""
    return _asks_for_person(ctx.category, ctx.text)


@lru_cache(maxsize=512)
def _asks_for_person(category: str | None, text: str) -> bool:
    # Keyed by what it reads, not by the Context: a cache of 512 Contexts kept 4.5 MB of
    # questions' words alive (8.8 KB each), on top of ``context``'s own 64.
    return (
        category == "person" or _WHO.match(text) is not None or bool(_ASKS_PERSON.search(text.casefold()) or _WHOSE_VISIT.search(text))
        or _WHO_LATER.search(text) is not None
    )


_PORTFOLIOS = frozenset(
    "trade commerce health finance home foreign external defence defense shipping railways education agriculture "
    "energy power petroleum environment law justice interior industry tourism culture labour transport ports "
    "aviation communications information broadcasting science technology fisheries water housing".split()
)
_OFFICE_HEADS = frozenset("minister secretary adviser advisor ambassador commissioner envoy governor chief".split())
_LOWER_OFFICE = frozenset({"deputy", "vice", "then", "former", "ex", "junior", "acting", "late", "senior"})
_PAST_OFFICE = frozenset({"former", "ex", "late"})
PRESENT_TENSE = lazy_re(r"\b(?:is|are|current|currently|serves|serving|heads|incumbent)\b", re.IGNORECASE)
"""A question about who holds an office now: "former NSA X" does not answer it."""


_TITLE_MODIFIERS = frozenset(
    "foreign deputy vice state national security defence defense affairs external home finance prime".split()
)
"""Title words that name an office only beside a head word: "Defence Minister" is one, "Defence Acquisition Council" none."""
_TITLE_SHORT = {
    "sec": "secretary", "secy": "secretary", "min": "minister", "pres": "president", "amb": "ambassador", "advisor": "adviser",
    "dy": "deputy", "gen": "general", "lt": "lieutenant", "sgt": "sergeant", "serjeant": "sergeant", "pte": "private",
    "cpl": "corporal", "lieut": "lieutenant",
}
_GRADES = frozenset({"lieutenant", "major", "maj", "brigadier", "brig", "vice", "rear"})
"""A grade of the rank after it: a Lieutenant General or Major General is a general, a Vice-Admiral an admiral, as the
question asks."""
_RANK_FAMILY = {
    "general": frozenset("field marshal generaloberst generalfeldmarschall feldmarschall generalleutnant generalmajor".split()),
    "colonel": frozenset("oberst standartenfuhrer".split()),
    "admiral": frozenset("fleet grossadmiral vizeadmiral konteradmiral".split()),
}
"""The rank a question asks for, in its grades above it and in German: a general made field marshal (Model, Zhukov) is
the general asked for, an Oberst a colonel."""
_ASKED_RANK = lazy_re(r"\b(?:which|what)\s+(?:[\w.-]+\s+){0,2}?(general|colonel|commander|admiral)\b(?!\s+officer)", re.IGNORECASE)
"""The rank a question asks for by name ("Which Indian general"), not an office with it ("General Officer Commanding")."""


_PORTFOLIO_WORDS = {
    "foreign": "foreign", "security": "security", "defence": "defence", "defense": "defence", "affairs": "affairs",
    "external": "external", "home": "home", "finance": "finance", "national": "national", "raksha": "defence",
    "videsh": "external", "nsa": "national security", "eam": "external affairs", "fs": "foreign", "fm": "foreign",
    "rm": "defence", "cds": "defence",
}


def _portfolios(titles) -> frozenset[str]:
    """The fields a title's words name ("NSA": national, security): where the question names no office,
    a title of another field is another office ("External Affairs Minister" for the security talks' delegate)."""
    return frozenset(w for t in titles if t in _PORTFOLIO_WORDS for w in _PORTFOLIO_WORDS[t].split())


def offices_named(words: Context) -> frozenset[str]:
    """The title words of the offices the question or its explanation names: a run of title words with a head
    in it ("External Affairs Minister"), not a word that only describes something else ("defence exports")."""
    return _offices_named(words.spoken, words.titles)


@lru_cache(maxsize=16)  # the question's alone: read again by every response found right (the typo walk's first)
def _offices_named(spoken: str, titles: frozenset[str]) -> frozenset[str]:
    offices: set[str] = set()
    run: list[str] = []
    for word in [*spoken.split(), ""]:
        token = _TITLE_SHORT.get(word, word) if word in TITLES or singular(word) not in TITLES else singular(word)
        if token in TITLES:
            run.append(token)
            continue
        if any(t not in _TITLE_MODIFIERS for t in run):
            offices.update(run)
            if len(run) >= 2:
                offices.add(acronym(run))
        run = []
    for post, ranks in _POST_RANKS:  # the post implies its holder's rank: the Chief of the Naval Staff is an Admiral
        if post in spoken:
            offices.update(ranks)
    return frozenset(offices | (titles - TITLES))  # the acronyms context() adds ("fs")


_RANKS = frozenset(
    "general gen lieutenant lt colonel col admiral adm major maj captain capt brigadier brig commodore cmde marshal field judge "
    "sergeant corporal private lance".split()
)
"""Military ranks: a rank before the name does not claim an office ("Adm. Brad Cooper", the fleet's commander)."""
_ENVOYS = frozenset({"ambassador", "envoy", "commissioner"})
_ENVOY_FAMILY = frozenset({"ambassador", "envoy", "representative"})
_OFFICE_WORDS = TITLES | _OFFICE_HEADS | {"member", "managing", "commissioner", "police", "parliament"}


def _sent_to(tokens: list[str], at: int, words: Context) -> int:
    """"Ambassador to the US": past "to (the) <country the question names>", else where it stood."""
    j = at + 1 + (tokens[at + 1 : at + 2] == ["the"])
    for width in (2, 1):
        place = " ".join(tokens[j : j + width])
        if j + width < len(tokens) and country_code(place) is not None and set(place.split()) <= words.words:
            return j + width
    return at


@lru_cache(maxsize=256)
def _office_initials(prompt: str) -> frozenset[str]:
    """"MD" where the question says "Managing Director", "DCP" for "deputy commissioner of police", "MP" for
    "member of parliament": the initials of two or three words in a row ("of" and "the" skipped), one an office word."""
    run = [w for w in normalise(prompt).replace("-", " ").split() if w not in ("of", "the")]
    found = set()
    for n in (2, 3):
        for k in range(len(run) - n + 1):
            part = run[k : k + n]
            if all(w.isalpha() for w in part) and any(w in _OFFICE_WORDS for w in part):
                found.add("".join(w[0] for w in part))
    return frozenset(found)


@lru_cache(maxsize=256)
def _portfolios_named(spoken: str) -> bool:
    """Whether the question names a minister's field: a field word within three words of an office ("trade
    minister", "Minister of Trade"), not "to justice" in "bring them to justice"."""
    tokens = spoken.split()
    heads = [k for k, t in enumerate(tokens) if t in _OFFICE_HEADS]
    return any(t in _PORTFOLIOS and any(abs(k - h) <= 3 for h in heads) for k, t in enumerate(tokens))


def without_title(given: str, words: Context, prompt: str) -> str | None:
    """"Deputy Prime Minister Richard Marles", "then-PM Scott Morrison": a person's name after a title.
    A title stays part of the answer unless the question uses it or it is qualified ("Deputy", "then-"):
    "External Affairs Minister Ajit Doval" names an office he does not hold."""
    if not asks_for_person(words):
        return None
    tokens = [_TITLE_SHORT.get(t, t) for t in normalise(given).replace("defense", "defence").split()]  # "Sec. Lorenzana"
    portfolio = next(
        (h for h in range(1, min(4, len(tokens) - 1)) if tokens[h] in _OFFICE_HEADS
         and all(t.isalpha() and t not in NEGATIONS and t not in STOPWORDS and t not in ("union", "cabinet") for t in tokens[:h])),
        0,
    )  # "Trade Minister Dan Tehan", "Shipping Minister Sarbananda Sonowal": the portfolio before the office
    spelled = _office_initials(words.text)
    bodies = {t.casefold() for t in re.findall(r"\b[A-Z]{2,4}\b", given)}  # "EC President", "MEA spokesperson", "PA President"
    i = portfolio
    while i < len(tokens) - 1 and (
        tokens[i] in TITLES or tokens[i] in _LOWER_OFFICE or tokens[i] in HONORIFICS or tokens[i] in ("union", "cabinet")
        or tokens[i] in spelled
        or (tokens[i] in DEMONYMS and (tokens[i] in words.words or DEMONYMS[tokens[i]] in words.spoken))
        or (country_code(tokens[i]) is not None and tokens[i] in words.words)
        or (tokens[i] in words.words and tokens[i] not in STOPWORDS and (tokens[i + 1] in TITLES or tokens[i + 1] in spelled))
        or (i > 0 and tokens[i - 1] in _ENVOYS and tokens[i] == "to" and _sent_to(tokens, i, words) > i)
        or (i > 0 and tokens[i] in ("of", "for") and tokens[i - 1] == "minister" and tokens[i + 1] != "state" and (
            tokens[i + 1] in TITLES or tokens[i + 1] in _PORTFOLIOS
        ))  # "Minister of National Defence Anita Anand"; "Secretary of State" and "Minister of State" are offices of their own
        or (tokens[i] == "special" and tokens[i + 1] in TITLES)
        or (tokens[i] in bodies and tokens[i] not in TITLES and tokens[i + 1] in TITLES)
        or (tokens[i] == "retd" and i > 0 and tokens[i - 1] in _RANKS)
        or (tokens[i] == "field" and tokens[i + 1] == "marshal")
        or (tokens[i] == "flag" and tokens[i + 1] == "officer")  # "Flag Officer Franklin Buchanan": the navy's rank of 1862
        or (tokens[i] == "rear" and tokens[i + 1] in ("admiral", "adm"))
    ):  # fmt: skip  "Lao PM Sonexay Siphandone", "US Defense Secretary Pete Hegseth": the question's country;
        # "IMF MD Kristalina Georgieva", "DCP Sanjay Latkar": the question's body, the office's initials
        i = _sent_to(tokens, i, words) if tokens[i] == "to" else i + 1
    run = tokens[:i]
    titles = [t for t in run if t in TITLES or t in spelled]
    if not titles and tokens[-1] == "ji" and len(tokens) - i >= 3:
        return " ".join(tokens[i:-1])  # "Shri Sanjay Seth ji": Hindi honorifics around the name
    named = offices_named(words) - PERSON_NOUNS
    if named and set(titles) & _RANKS and all(t in _RANKS or t in ("vice", "rear") for t in titles) and not named & _RANKS and not _PAST_OFFICE & set(run):
        return " ".join(tokens[i:])  # "Adm. Brad Cooper" for the fleet's top commander: a rank claims no office
    if not titles:
        return None
    if len(tokens) > i + 1 and tokens[-1] == "ji":
        tokens = tokens[:-1]  # "Shri Ajit Doval ji": the Hindi honorific after the name
    specific = offices_named(words) - PERSON_NOUNS
    if _PAST_OFFICE & set(run) and PRESENT_TENSE.search(words.text):
        return None  # "former NSA Ajit Doval" where the question asks who *is* the NSA
    if portfolio and _portfolios_named(words.spoken) and not all(t in words.said for t in run[:portfolio]):
        return None  # "Health Minister Dan Tehan" where the explanation calls him the Trade Minister
    if not specific and _portfolios(words.titles) and _portfolios(titles) and not _portfolios(words.titles) & _portfolios(titles):
        return None  # "External Affairs Minister Ajit Doval" for who led the delegation to the security talks
    lower = [t for k, t in enumerate(run) if t in _LOWER_OFFICE and not (t == "vice" and run[k + 1 : k + 2] in (["adm"], ["admiral"], ["marshal"]))]
    if specific & _ENVOY_FAMILY:  # an ambassador is his country's permanent representative or envoy
        specific = specific | _ENVOY_FAMILY
    if specific & {"judge", "justice"}:  # "Justice Dalveer Bhandari" for which judge: a judge's title
        specific = specific | {"judge", "justice"}
    rank = _ASKED_RANK.search(words.text)
    graded = [t for k, t in enumerate(run) if t in _GRADES and rank and run[k + 1 : k + 2] == [rank[1].casefold()]]  # "Lt Gen" for which general
    graded += [t for t in run if rank and t in _RANK_FAMILY.get(rank[1].casefold(), ())]  # "Field Marshal Walter Model" for which general
    if specific and not lower and not all(t in specific or t in words.titles or t in spelled or t in graded for t in titles) and (
        acronym(titles) not in specific
    ):
        return None  # "External Affairs Minister Ajit Doval" where the explanation says he is the NSA
    asked = _asked_office(words.text)
    typed = _HEAD_OFFICE.search(" ".join("prime minister" if t == "pm" else t for t in run))
    if asked and typed and typed[0] != asked and not (asked == "minister" and typed[0] == "prime minister"):
        return None  # "Prime Minister Biden" for which US President, though the question names PM Modi too
    return " ".join(tokens[i:])  # no office named ("Who commissioned INS Vikrant?"): "PM Modi" is Modi


_HEADS = r"prime minister|vice president|president|chancellor|premier|king|queen|emir|sultan|governor|minister|secretary|ambassador|chairman"
_HEAD_OFFICE = lazy_re(rf"\b(?:{_HEADS})\b")
_ASKED_HEAD = lazy_re(rf"\b(?:which|what)\s+(?:[\w'-]+\s+){{0,3}}?({_HEADS})(?:'s|s)?\b")


@lru_cache(maxsize=512)
def _asked_office(text: str) -> str | None:
    """The office a question asks for by name ("Which Maldivian President ...?"): a title of another office is
    a claim against it, whatever other offices the question mentions."""
    found = _ASKED_HEAD.search(text.casefold())
    return found[1] if found else None
