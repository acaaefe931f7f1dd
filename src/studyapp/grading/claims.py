"""What a response claims beside the answer, and when that claim contradicts the question.

The grader first decides whether the response names the answer; these checks then look at what else it
says: a word that denies the fact or names another event, a lower office, a nationality the question does
not give the answer, a flow turned round, a place made a body, one list item more. Each returns the reason
the response is wrong, or "" when nothing it adds is against the question (round 16, the red team's families).
"""

from __future__ import annotations

import re
from functools import lru_cache

from studyapp.grading import gazetteer, names
from studyapp.grading.dates import read_date
from studyapp.grading.phrases import HEDGES, NEGATIONS, STOPWORDS, Context
from studyapp.grading.text import lazy_re, normalise

GENERIC_TAILS = frozenset({"others", "other", "so on", "more", "its allies", "allies", "partners", "co", "company"})
"""The words a list may end with that name no further item ("India, Japan and others")."""


def asked_kinds(ctx: Context) -> set[str]:
    """The kinds of answer the question's words ask for ("place" for "Which city?")."""
    kinds = {kind for kind, heads in names.HEAD_NOUNS_BY_KIND.items() if heads & ctx.words}
    if ctx.category == "place":
        kinds.add("place")
    return kinds


_CONTRARY = frozenset(
    "nope wrong false incorrect untrue withdrawn retracted abolished dissolved disbanded cancelled canceled scrapped "
    "postponed delayed downsized downgraded ended broke collapsed suspended revoked rejected denied alone later "
    "deputy vice acting junior".split()
)
"""Words that deny the fact, name another event ("abolished", "postponed") or a lower or past office."""
_BOUND_BEFORE_FIGURE = lazy_re(r"\b(until|till|til|before|after|up until)\s+(?=[\d₹$£€]|(?:the\s+)?\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)
_UNTIL = frozenset({"until", "till", "til"})
_RUNS_TO = lazy_re(r"\b(?:runs?|running|lasts?)\s+(?:to|till|until)\b|\bto run\b|\bexpires?\b", re.IGNORECASE)
"""A question that asks when something ends: "till 2030" answers "Until which year..." and "runs to which year"."""
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_WORDS = frozenset(_WEEKDAYS) | {d[:3] for d in _WEEKDAYS}
"""Every word :func:`contradiction` reads as a weekday: a response with none of them is not walked day by day."""
_VICE_RANK = lazy_re(r"\bvice[\s-]+(?=adm\b|admiral\b|marshal\b)", re.IGNORECASE)
"""A vice admiral or an air vice marshal holds a rank, not a deputy's post."""
_LOWER_POST = lazy_re(r"\b(?:minister of state|mos|deputy|vice|acting|junior)\b", re.IGNORECASE)


@lru_cache(maxsize=16)  # the question's own words: every response to it asks again (the typo walk first)
def _words_told(said: str) -> frozenset[str]:
    return frozenset(normalise(said).replace("-", " ").split())


_POINTS = lazy_re(r"\bpercentage points?\b|\bpp\b", re.IGNORECASE)


def contradiction(given: str, said: str, person: bool) -> str:
    """What in a response the grader otherwise accepted says the fact is otherwise: a word that denies it or names
    another event ("1949, abolished"), a bound ("until 2013" for since 2013), a lower or past office before a name,
    a "+" that makes another grouping ("NATO+"), percentage points for per cent, a weekday the date does not fall on.
    Each is fine when the question, its explanation or answer says it too. ``person``: the question asks for a
    person and names the office, so a lower or past one is another. "" when nothing contradicts."""
    words = normalise(given).replace("-", " ").split()
    told = _words_told(said)
    ranks = {i for i, w in enumerate(words) if w == "vice" and words[i + 1 : i + 2] in (["adm"], ["admiral"], ["marshal"])}
    contrary = [
        w for i, w in enumerate(words) if w in _CONTRARY and w not in told and i not in ranks and not (w == "later" and "after" in told)
        and not (w.endswith("ed") and {w[:-2], w[:-1], names.verb_lemma(w)} & told)
    ]  # "Vice Adm." is a rank; "nine days later" where the question asks how many days after; "it ended" where it asks when it did end
    if contrary and (person or not {"deputy", "vice", "acting", "junior"} >= set(contrary)):
        return f"'{contrary[0]}' says otherwise than the answer"
    post = {"mos": "minister of state", "minister of state": "mos"}
    if person and (lower := _LOWER_POST.search(_VICE_RANK.sub("", given))) and not re.search(
        rf"\b(?:{normalise(lower[0])}|{post.get(normalise(lower[0]), '-')})\b", normalise(said)
    ):  # fmt: skip
        return f"'{lower[0]}' names another office"
    if (bound := _BOUND_BEFORE_FIGURE.search(given)) and bound[1].casefold() not in told and not re.search(r"\d", given[: bound.start()]) and not (
        bound[1].casefold() in _UNTIL and (told & _UNTIL or _RUNS_TO.search(said))
    ):  # fmt: skip
        return f"'{bound[1]}' says when it ended or what came before or after, not when it was"
    if given.rstrip().endswith("+") and "+" not in said and not re.search(r"\d", given):
        return f"'{given.strip()}' is another grouping than the answer"
    if _POINTS.search(given) and not told & {"point", "points", "pp"}:
        return "percentage points are not per cent"
    day = next((d for d in _WEEKDAYS if d in words or d[:3] in words), None) if not _WEEKDAY_WORDS.isdisjoint(words) else None
    if day is not None and day not in told:
        rest = " ".join(w for w in given.replace(",", " ").split() if normalise(w) not in (day, day[:3]))
        read = read_date(rest, "dmy")
        if read is not None and read.precision == "day" and read.value.strftime("%A").casefold() != day:
            return f"{read.value:%d %B %Y} was a {read.value:%A}, not a {day.title()}"
    return ""


_BODY_HEADS = (names.HEAD_NOUNS_BY_KIND["organisation"] | names.HEAD_NOUNS_BY_KIND["activity"] | names.HEAD_NOUNS_BY_KIND["agreement"]) - (
    names.HEAD_NOUNS_BY_KIND["place"]
)


_TOWARD = lazy_re(r"\b(to|into|from|for)\s+(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)")
_GIVING = frozenset("gave give gives sent send sends paid pay pays exported export exports committed commit commits provided provide "
                    "provides deployed deploy deploys supplied supply supplies donated donate donates sold sell sells lent".split())
_GETTING = frozenset("received receive receives got get gets obtained obtain imported import imports bought buy buys borrowed".split())


@lru_cache(maxsize=16)  # the question's own, as _words_told
def _flows_asked(asked: str) -> tuple[tuple[str, str], ...]:
    """Each country the (normalised) question sends something to or from, with which way: read once per question."""
    flows: dict[str, str] = {}
    for way, place in _TOWARD.findall(asked):
        code = names.country_code(place) or names.country_code(place.split()[0])
        if code is not None:
            flows[code] = "to" if way in ("to", "into", "for") else "from"
    return tuple(flows.items())


def reversed_direction(given: str, prompt: str) -> str:
    """A flow the response turns round: "to India" where the question asks about exports to Canada, "evacuated to
    Sudan" for those evacuated from it, "Canada received" what the question says Canada committed. "" when none."""
    asked = normalise(prompt)
    flows = dict(_flows_asked(asked))
    if not flows:
        return ""
    typed = normalise(given)
    for way, place in _TOWARD.findall(typed):
        code = names.country_code(place) or names.country_code(place.split()[0])
        if code is None:
            continue
        direction = "to" if way in ("to", "into", "for") else "from"
        if code in flows and flows[code] != direction:
            return f"'{way} {place}' turns round the flow the question asks about"
        if code not in flows and direction in flows.values() and len(flows) == 1:
            return f"'{way} {place}' names another end of the flow than the question's"
    tokens = typed.split()
    named = names.countries_named(asked)
    for i, word in enumerate(tokens[1:], 1):
        subject = names.country_code(tokens[i - 1])
        if subject is None:
            continue
        side = flows.get(subject)
        if side is None and len(flows) == 1 and subject in named:
            side = "from" if next(iter(flows.values())) == "to" else "to"  # the other end: Canada, where aid goes to Ukraine
        if word in _GETTING and side == "from" or word in _GIVING and side == "to":
            return f"'{tokens[i - 1]} {word}' turns round who gave and who received"
    return ""


_ORDERING = frozenset("in to into from of for against over by on at".split())
"""Words between two countries that make their order part of the fact ("the Year of Germany in India")."""


def _countries_in_order(tokens: list[str]) -> list[tuple[str, int]]:
    """Each country a run of words names, with where it starts ("united states", "india")."""
    found, k = [], 0
    while k < len(tokens):
        for width in (3, 2, 1):
            code = names.country_code(" ".join(tokens[k : k + width])) if k + width <= len(tokens) else None
            if code is not None:
                found.append((code, k))
                k += width
                break
        else:
            k += 1
    return found


@lru_cache(maxsize=64)  # one entry per question's answers
def _two_countries(candidates: tuple[str, ...]) -> bool:
    return any(len(w) == 2 and w[0][0] != w[1][0] for c in candidates for w in [_countries_in_order(normalise(c).split())])


def swapped_countries(given: str, candidates: list[str]) -> str:
    """Two countries in the answer's places swapped where a word between them orders them: "the Year of India in
    Germany" for the Year of Germany in India. "" when the order agrees or does not matter ("India and Germany")."""
    if not _two_countries(tuple(candidates)):
        return ""  # no answer names two countries to swap
    typed = _countries_in_order(normalise(given).split())
    if len(typed) < 2:
        return ""
    for candidate in candidates:
        tokens = normalise(candidate).split()
        wanted = _countries_in_order(tokens)
        if len(wanted) != 2 or wanted[0][0] == wanted[1][0]:
            continue
        between = set(tokens[wanted[0][1] + 1 : wanted[1][1]])
        order = [code for code, _ in typed if code in (wanted[0][0], wanted[1][0])]
        if between & _ORDERING and not between & {"and", "or"} and order[:2] == [wanted[1][0], wanted[0][0]]:
            return f"'{given}' swaps the two countries of '{candidate}'"
    return ""


_GEOGRAPHIC = frozenset("sea bay ocean gulf strait straits river lake coast peninsula channel sound islands island region desert mountains".split())


def place_made_a_body(given: str, candidates: list[str], words: Context) -> str:
    """A place the question asks for, with a word after it that makes it a body or a plan ("the Bay of Bengal
    Initiative" for the Bay of Bengal, "Indian Ocean Commission" for the Indian Ocean). "" when it stays a place."""
    if not (words.category == "place" or words.text[:6].casefold() in ("where ", "where'")):
        return ""
    typed = normalise(given).split()
    for candidate in candidates:
        wanted = normalise(candidate).split()
        geographic = bool(_GEOGRAPHIC & set(wanted)) or names.country_code(" ".join(wanted).removeprefix("the ")) is not None
        if geographic and typed[: len(wanted)] == wanted and len(typed) > len(wanted) and typed[len(wanted)] in _BODY_HEADS:
            return f"'{given}' names a body or a plan, not the place '{candidate}'"
    return ""


def unplaced_nationality(given: str, candidates: list[str], words: Context) -> str:
    """A country or people said beside the answer where the question names two or more ("Ajit Doval (Canadian)",
    "ISRO, Canada's agency" in an India-Canada question): right only where the question or its explanation puts
    that country beside the answer ("Ajit Doval, India's National Security Adviser"). "" when nothing is wrong."""
    named = names.countries_named(words.spoken)
    if len(named) < 2 or "place" in asked_kinds(words):
        return ""  # a place beside a place is judged by the place rules
    typed = normalise(given)
    if any(w in NEGATIONS for w in typed.split()):
        return ""  # "ISRO, not Antrix"
    own = set().union(*(names.countries_named(normalise(c)) for c in candidates))
    peoples = " ".join(w for w in typed.split() if w in names.DEMONYMS or (w.endswith("s") and names.country_code(w[:-1])))
    beside = names.countries_named(peoples) - own  # "Canadian", "Canada's": a nationality claimed for the answer
    if not beside:
        return ""
    asked = {
        code for found in _ASKED_NATIONALITY.findall(normalise(words.text)) for word in found
        if (code := names.country_code(names.DEMONYMS.get(word, "")))
    }  # fmt: skip  "Which Chinese diplomat", "Which senior Chinese diplomat"
    if asked and beside - asked:
        people = _demonym(next(iter(asked)))
        return f"the question asks for {'an' if people[:1] in 'AEIOU' else 'a'} {people} one, and '{given}' says otherwise"
    if asked and beside <= asked:
        return ""  # "Wang Yi, China's top diplomat" where the question asks for a Chinese diplomat
    spoken = words.spoken.split()[len(normalise(words.text).split()) :]  # the explanation: the prompt never holds the answer
    keys = {t for c in candidates for t in normalise(c).split() if len(t) > 3 and t not in STOPWORDS}
    represented = names.countries_named(" ".join(_FOR_A_COUNTRY.findall(normalise(words.text))) + " " + normalise(" ".join(_POSSESSIVE.findall(words.text))))
    for code in beside - represented:  # "Icelandic Foreign Minister X" where the question asks who signed for Iceland
        near = False
        for i, token in enumerate(spoken):
            if token in keys:
                window = " ".join(spoken[max(0, i - 6) : i + 7])
                if code in names.countries_named(window):
                    near = True
                    break
        if not near:
            return f"nothing in the question puts '{given}' in that country"
    return ""


_FOR_A_COUNTRY = lazy_re(r"\b(?:for|representing|on behalf of)\s+((?:the\s+)?\w+(?:\s+\w+)?)")
_POSSESSIVE = lazy_re(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['\u2019]s\b")  # "India's policy": the country the question gives it
_ASKED_NATIONALITY = lazy_re(r"\b(?:which|what)\s+([a-z]+)(?:\s+([a-z]+))?")


def _demonym(code: str) -> str:
    return next((word.capitalize() for word, country in names.DEMONYMS.items() if names.country_code(country) == code), code)


ITEM_SPLIT = lazy_re(r"\s*(?:,\s*(?:and\s+|&\s*|then\s+)?|;\s*|\s+and\s+|\s*&\s*|\s+then\s+)\s*", re.IGNORECASE)
_MAY_SPLIT = lazy_re(r"[,;&]|and|then", re.IGNORECASE)
"""What every match of ITEM_SPLIT holds: a text without it is one item, found without splitting it."""


_CAPITALS = lazy_re(r"\b[A-Z]{2,8}\b")


def _split_as(typed: list[str], wanted: list[str]) -> list[str]:
    """Typed words split or joined as the answer writes them ("intergovernmental" as "inter governmental",
    "co operation" as "cooperation")."""
    whole = set(wanted)
    merged: list[str] = []
    for word in typed:
        if merged and merged[-1] + word in whole and merged[-1] not in whole:
            merged[-1] += word
        else:
            merged.append(word)
    joined = {a + b: (a, b) for a, b in zip(wanted, wanted[1:])}
    return [part for word in merged for part in joined.get(word, (word,))]


@lru_cache(maxsize=16)  # the question's own, as _words_told
def _capitals_asked(prompt: str) -> tuple[str, ...]:
    return tuple(set(_CAPITALS.findall(prompt)))  # in the order the set of them was walked


def initials_asked(given: str, candidates: list[str], prompt: str) -> str:
    """"What do the letters IGN stand for": the words typed must spell IGN, as the answer's do
    ("Intergovernmental Negotiating Body" spells INB). "" when they do or the question asks no initials."""
    for letters in _capitals_asked(prompt):
        wanted = letters.casefold()
        if not any(wanted in names.acronyms(names.canonical_tokens(c)) for c in candidates):
            continue
        if wanted in normalise(given).split():
            continue
        typed = names.canonical_tokens(re.sub(r"\bUN\b", "United Nations", given))  # "UN Interim Security Force" spells UNISFA
        respelled = [(_split_as(typed, names.canonical_tokens(c)), names.canonical_tokens(c)) for c in candidates]
        if any(wanted in names.acronyms(words) or f" {' '.join(c)} " in f" {' '.join(words)} " for words, c in respelled):
            continue  # it spells them, or holds the answer whole with something beside it (judged elsewhere)
        if any("".join(w[:1] for w in typed[i : i + len(wanted)]) == wanted for i in range(len(typed) - len(wanted) + 1)):
            continue  # "G7 Rapid Responce Mechanism": words in a row spell them, a slip in one judged elsewhere
        return f"'{given}' does not spell {letters}, as the answer does"
    return ""


_ERA = lazy_re(r"\b(b\.?\s?c\.?\s?e?|a\.?\s?d|c\.?\s?e|before christ|anno domini|common era)(?=\W|$)", re.IGNORECASE)


@lru_cache(maxsize=64)  # one entry per question's answers
def _eras_of(candidates: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_era(m) for c in candidates for m in _ERA.findall(c))


def another_era(given: str, candidates: list[str]) -> str:
    """"2nd century AD" for the 2nd century BC: the era is part of the date. "" when it agrees or is not said."""
    wanted = _eras_of(tuple(candidates))
    if not wanted:
        return ""  # the answer says no era: none typed is another
    typed = {_era(m) for m in _ERA.findall(given)}
    if typed and not typed & wanted:
        return f"'{given}' is in another era than the answer"
    return ""


def _era(mark: str) -> str:
    mark = re.sub(r"[\s.]", "", mark.casefold())
    return "bc" if mark.startswith("b") else "ad"


def an_item_fewer(given: str, candidates: list[str]) -> str:
    """"Jhelum and Chenab" for Indus, Jhelum and Chenab: a list of the answer's own items with one left out, though
    the question names the missing one elsewhere ("the Indus Waters Treaty"). "" when none."""
    if any(map(str.isdigit, given)) or "(" in given or not any("," in c for c in candidates):
        return ""  # no answer is a list with commas: none has an item to leave out
    typed = [normalise(t) for t in ITEM_SPLIT.split(given.strip().rstrip(".")) if t.strip()]
    if len(typed) < 2:
        return ""
    for candidate in candidates:
        if "," not in candidate:
            continue  # "conventional weapons and dual-use goods and technologies": "and" may join words of one item
        items = [normalise(i) for i in ITEM_SPLIT.split(candidate.strip()) if i.strip()]
        if len(items) < 3 or any(names.is_container_place(i) or names.country_code(i) for i in items[1:]):
            continue  # "Ny-Ålesund, Svalbard, Norway": where the first lies, not a list
        if len(typed) < len(items) and len(set(typed)) == len(typed) and set(typed) < set(items):
            missing = [i for i in items if i not in typed]
            return f"'{given}' leaves out {', '.join(missing)}: the answer names {len(items)}"
    return ""


def an_item_more(given: str, candidates: list[str]) -> str:
    """A list with one item more than the answer's ("Chennai, Ahmedabad, Varanasi, Kyoto" for Chennai, Ahmedabad
    and Varanasi): the extra item is another answer, whatever the question says about it. "" when none."""
    if not _MAY_SPLIT.search(given) or any(c.isdigit() for c in given) or "(" in given:
        return ""  # nothing ITEM_SPLIT could split at (most answers): one item
    typed = [t for t in ITEM_SPLIT.split(given.strip().rstrip(".")) if t]
    if len(typed) < 3:
        return ""  # one more than a list of two at the least
    lists = [[i for i in ITEM_SPLIT.split(c.strip()) if i] for c in candidates]
    lists = [items for items in lists if len(items) >= 2 and not any(names.is_container_place(normalise(i)) for i in items[1:])]
    if not lists:
        return ""  # the answer is no list: nothing typed is one item more
    extra = normalise(typed[-1]) if typed else ""
    before = normalise(typed[-2]) if len(typed) > 1 else ""
    state = names.subdivision_of(extra)
    where = names.country_code(extra) is not None or state is not None and gazetteer.lies_in(before, extra, None, {state})
    if any(w in NEGATIONS for w in extra.split()) or where or extra in GENERIC_TAILS or set(extra.split()) <= HEDGES:
        return ""  # "..., not Galwan"; "Ahmedabad, Gujarat", "Umroi, Meghalaya, India": where the last one lies
    if lists and len(typed) > max(len(items) for items in lists):
        return f"'{typed[-1]}' is one more than the {max(len(items) for items in lists)} the answer names"
    return ""
