"""A figure read out of a short sentence: "India sent 600 personnel", "deals worth $3 bn".

The sentence is plain when its other words are verbs and words that report a figure
and state no other figure, direction or entity; a word the question ties to another
figure (a ranking, a second amount) makes it say something else.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studyapp.grading import names, units
from studyapp.grading.currency import CURRENCY_ALIASES
from studyapp.grading.numbers import NUMBER_WORDS, Quantity
from studyapp.grading.phrases import CONTRADICTING, Context, NEGATIONS, Reading
from studyapp.grading.text import lazy_re, normalise, singular


# Verbs and plain words of a sentence that reports a figure ("India sent 600 personnel", "they left on
# 28 Dec 2024", "deals worth $3 bn"): they state no other figure, direction or entity
_SENTENCE_WORDS = frozenset(
    """
    sent send sends sending signed sign signs inked ink began begin begins begun started start starts commenced
    left leave leaves departed depart departs arrived arrive got get gets received receive receives took take takes
    part will would can could shall may might buy buys bought purchase purchased procure procured acquire acquired order ordered
    worth allocated allotted allocation deployed deploy deploys
    dispatched spent spend paid pay cost costs valued value finalised finalized agreed announced gave give gives
    provided provide held hold joined join participated participate contributed contribute contingent deals deal
    hit targets away its range did do does ran run lasted is was are were has have had measures
    measured long ship vessel side team covers cover covered includes include included involves comprises
    founded established formed created set launched carried flew evacuated rescued brought put puts invest invests invested
    opened inaugurated
    """.split()
)


_QUESTION_WORD = lazy_re(r"^\s*(?:which|what|who|whom|whose|when|where|why|how|in|on|at|by|for|from|under|to|according|during|with)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _prompt_acronyms(text: str) -> frozenset[str]:
    """"RAAF" where the question says the Royal Australian Air Force: the initials of its capitalised names,
    or of a part of them ("JWG" where it says "Which India-Mongolia Joint Working Group")."""
    text = _QUESTION_WORD.sub("", text)  # "Which Australian port": "Which" is capitalised as the first word, not a name
    runs = re.findall(r"(?:\b[A-Z][\w-]*(?:\s+(?:of|and|for|the)\s+|\s+)?){2,}", text)
    found = set()
    for run in runs:
        initials = "".join(w[0] for w in run.split() if w[0].isupper()).casefold()
        if len(initials) >= 2:
            found.add(initials)
        found.update(initials[i:j] for i in range(len(initials)) for j in range(i + 3, len(initials) + 1))
    words = re.findall(r"[A-Za-z][\w-]*", text)
    for i in range(len(words)):  # "UNSCR" for "UN Security Council resolution": a body's own initials kept whole
        letters = ""
        for word in words[i : i + 5]:
            letters += word.casefold() if word.isupper() and len(word) <= 4 else word[0].casefold()
            if len(letters) >= 3 and any(w.isupper() and len(w) >= 2 for w in words[i : i + 5]):
                found.add(letters)
    return frozenset(found)
_SENTENCE_GUARD = NEGATIONS | CONTRADICTING | frozenset(
    "lower higher fall fell rise rose increase increased decrease decreased more less fewer per each additional another extra "
    "other others short up down cut cuts gain loss deficit surplus".split()
)


_FIGURE_KINDS = frozenset(
    "export import revenue capital outlay budget loan grant credit aid investment surplus deficit gdp pension salary "
    "allocation expenditure spending subsidy debt reserve tariff duty share stake".split()
)


def _tied_elsewhere(word: str, spoken: str, figure: str) -> bool:
    """The explanation puts this word beside another figure only ("exports (USD 5.22 billion)" where the
    answer is the $8.55 billion total): said with the answer's figure, it names that other figure."""
    if not figure or singular(word) not in _FIGURE_KINDS:
        return False
    tokens = spoken.split()
    near: set[str] = set()
    for i, token in enumerate(tokens):
        if token == word or singular(token) == singular(word):
            near.update(t.replace(",", "") for t in tokens[max(0, i - 3) : i + 4] if re.fullmatch(r"\d[\d.,]*", t))
    return bool(near) and figure not in near


_RANKING = frozenset("largest biggest highest greatest top leading spender spenders economy economies".split())
_RANK_ASKED = lazy_re(r"\brank(?:s|ed|ing)?\b|\b(?:largest|biggest|highest|top)\b", re.IGNORECASE)


def _named_beside(word: str, prompt: Context, given: Quantity) -> bool:
    """A word after the figure that only names what the question names: "the 21st ASEAN-India Summit", "12th JWG"
    (the question's Joint Working Group), "ninth-largest" or "5th largest spender" where it asks a rank."""
    parts = word.split("-")
    if len(parts) > 1 and all(p.isalpha() and p in prompt.said for p in parts):
        return True
    if given.ordinal and word in _prompt_acronyms(prompt.text):
        return True
    return given.ordinal and word in _RANKING and bool(_RANK_ASKED.search(prompt.text))


def _plain_verb(word: str, prompt: Context) -> bool:
    """Another form of a verb the question uses or of a plain sentence verb ("India is buying 26 jets" where the
    question asks how many it will buy; "NORAD turned 65"): any other verb may state another event ("2010, cancelled")."""
    lemma = names.verb_lemma(word)
    if lemma is None or lemma == word:
        return False  # a bare stem may be a noun ("target", "loan"): only the forms a verb takes ("turned", "buying")
    return (lemma in _plain_lemmas() or any(names.verb_lemma(w) == lemma for w in prompt.said if w.isalpha()))


@lru_cache(maxsize=1)
def _plain_lemmas() -> frozenset[str]:
    return frozenset(lemma for w in _SENTENCE_WORDS if (lemma := names.verb_lemma(w)) is not None) | {"turn", "make"}


def _plain_sentence(reading: Reading, prompt: Context, figure: str = "") -> bool:
    """The figure inside a short sentence whose other words are a subject the question names, or verbs
    and plain words that state no other figure, direction, denial or entity. A word the question does
    not give is no plain word: "in services", "in loans", "apiece", "revenue" each make it another figure."""
    if len(reading.extra) > 4:
        return False
    for word in reading.extra:
        parts = word.split("-")
        if len(parts) > 1 and all(p.isalpha() and p in prompt.said for p in parts):
            continue  # "the 21st ASEAN-India Summit": the question's own name, hyphenated
        if not word.isalpha() or word in _SENTENCE_GUARD or word in NUMBER_WORDS:
            return False
        if word not in _SENTENCE_WORDS and word not in prompt.said and word not in _prompt_acronyms(prompt.text) and not _plain_verb(word, prompt):
            return False
        if word in prompt.said and word not in prompt.words and _tied_elsewhere(word, prompt.spoken, figure):
            return False
    return True


# Words that move a figure to another one of the same kind: "the first 150 soldiers", "the earlier proposed
# stake", "the target for 2030": said beside the right figure they may still name another
_SHIFTING = frozenset(
    "first last previous former earlier later next initial final original proposed planned target targeted expected "
    "projected estimated forecast total overall combined annual annually monthly daily weekly yearly remaining rest new "
    "old current latest peak average median minimum maximum net gross cumulative additional second third fourth fifth "
    "half quarter double twice triple thrice times fold percent per cent share stake except besides plus minus apiece "
    "after before since until till when following prior ahead ago decline declined declining drop dropped growth grew "
    "grow growing jump jumped surge surged slump slumped contraction contracted shrank shrink shrunk expanded expansion "
    "halved doubled tripled record".split()
)

# Words of a pair whose other member names another figure ("bilateral" and "multilateral" debt, exports and
# imports): beside the figure they must be the question's own
_CONTRASTS = frozenset(
    "bilateral multilateral trilateral unilateral plurilateral import export service goods merchandise domestic foreign "
    "international national global regional local public private civil civilian military official direct indirect "
    "inbound outbound inward outward nominal real naval maritime land air army navy marine sea ground amphibious aerial "
    "airborne submarine underwater coastal offshore onshore legal illegal lawful unlawful".split()
)


def _stem(word: str) -> str:
    """"exports", "exported" -> "export": a word's form, to compare it with the question's."""
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


_OTHER_DEALS = frozenset(
    "lease rent sell resell lend borrow export import offer propose seek request consider reject refuse cancel deny halt "
    "suspend withdraw lose".split()
)


def _harmless_clause(given: str, reading: Reading, prompt: Context, figure: str = "", unit: str | None = None) -> bool:
    """The figure in a sentence of the learner's own words: "The UAE kept a 5 per cent tariff on those lines" is
    right where the question names the UAE, "The Chinese firm holds 70 percent" is not. Each other word is an
    English word written in lower case (a name is checked against the question), and none states another
    figure, direction, denial, bound or period."""
    if not reading.extra or len(reading.extra) > 6:
        return False
    typed = re.findall(r"[A-Za-z][\w'-]*", given)
    for i, token in enumerate(typed):
        if token[0].isupper() and (i > 0 or len(token) > 1 and token[1:].isupper()):
            if _name_key(token) not in prompt.said:
                return False  # "The Chinese firm", "Tories": a name the question does not give is another claim
    lowered = [t.casefold() for t in typed]
    asked = f"{prompt.spoken} {normalise(unit or '')}"
    span = frozenset(re.findall(r"[a-z]+", reading.span.casefold()))  # the unit as typed: "tonnes of coal" is of coal
    for word in reading.extra:
        if not word.isalpha() or word in _SENTENCE_GUARD or word in NUMBER_WORDS or word in _SHIFTING or word in _JUBILEES:
            return False
        if _is_kind(word) and word not in prompt.words and singular(word) not in prompt.words:
            return False  # "his 65th birthday" for an edition: another thing counted
        if word not in prompt.said and singular(word) not in prompt.said and any(
            i >= 2 and lowered[i - 1] == "of" and (lowered[i - 2] in span or re.search(rf"\b{re.escape(lowered[i - 2])}\s+of\b", asked))
            for i, t in enumerate(lowered) if t == word
        ):
            return False  # "24 million tonnes of coal" for tonnes of ore, "the 75th anniversary of trade" for one of relations
        if (lemma := names.verb_lemma(word)) is not None and lemma in _OTHER_DEALS and lemma not in prompt.said:
            return False  # "India is leasing 26 jets" where it asks how many it will buy: another deal
        if word in _event_claims():
            return False
        if (singular(word) in _FIGURE_KINDS or _stem(word) in _CONTRASTS or singular(word) in _CONTRASTS) and (
            _stem(word) not in {_stem(w) for w in prompt.words} or _tied_elsewhere(word, prompt.spoken, figure)
        ):
            return False
        if word in prompt.said or word in _SENTENCE_WORDS:
            continue
        if not (names.is_english_word(word) or names.verb_lemma(word)):
            return False
    return True


def _name_key(token: str) -> str:
    """"India's" -> "india": a typed name as the question's words are kept."""
    return token.casefold().replace("'s", "").strip("'")


def _event_claims() -> frozenset[str]:
    from studyapp.grading.measures import _EVENT_CLAIMS  # measures imports this module

    return _EVENT_CLAIMS


# Nouns that make the answer another thing when said beside it ("the NATO summit", "the Ottawa River", "the
# Latvian Army"): beside the answer only where the question itself uses them
_OTHER_THING = frozenset(
    "summit summits meeting meetings conference conferences talks games format declaration command court courts embassy "
    "consulate mission missions council army armies navy navies force forces river rivers lake lakes mountain mountains "
    "hill hills sea seas ocean bay gulf strait straits city cities town towns village province provinces state states "
    "district districts island islands region regions port ports airport base bases university institute school party "
    "parties government ministry department office agency bank fund board committee commission parliament assembly "
    "senate congress club league cup team corridor route pipeline railway highway road bridge dam canal valley plain "
    "plains desert forest peninsula coast border frontier capital country countries nation nations people language "
    "treaty agreement pact accord protocol act law bill charter resolution convention doctrine policy strategy plan "
    "programme program scheme project initiative operation exercise war wars battle crisis era period century decade "
    "family dynasty regime movement group grouping alliance bloc union organisation organization company firm "
    "president minister leader chief head ambassador envoy secretary general admiral arbitration case dispute ruling "
    "award verdict tribunal deal visit election elections attack attacks strike strikes incident disaster earthquake "
    "flood issue question problem row standoff conflict sanctions birthday birthdays anniversary edition session round "
    "tank tanks gun guns howitzer howitzers rifle rifles boat boats carrier carriers vehicle vehicles truck trucks "
    "satellite satellites radar radars torpedo torpedoes bomb bombs shell shells engine engines".split()
)
_JUBILEES = frozenset("golden silver diamond platinum ruby sapphire jubilee".split())


def _is_kind(word: str) -> bool:
    return word in _OTHER_THING or singular(word) in _OTHER_THING or singular(word) in names.HEAD_NOUNS_BY_KIND["equipment"]


# Words that set a grade or standing ("a special strategic partnership", "associate member"): another level
_GRADES = frozenset(
    "special comprehensive enhanced privileged elevated upgraded full associate observer permanent temporary interim "
    "acting honorary partial limited major minor senior junior deputy vice assistant strategic global landlocked".split()
)


def descriptive(given: str, extra: tuple[str, ...], prompt: Context) -> bool:
    """"Akash air defence system", "Banski Dvori palace", "dairy products": the answer with a few words of the
    learner's own, in lower case, that say what it is. None is a name, a number, a title, a word that changes
    which one it is ("former", "northern", "bilateral") or a noun that makes it another thing ("the Ottawa
    River") unless the question uses that noun."""
    if len(extra) > 3:
        return False
    typed = re.findall(r"[^\W\d_][\w'-]*", given)
    lowered = {t.casefold(): t for t in typed}
    if any(w in lowered for w in ("and", "or", "nor", "plus", "with", "without", "vs", "versus", "not", "but", "except", "anywhere", "instead")) or "&" in given and not any(
        w in ("and", "&") for w in prompt.words
    ):
        return False
    for word in extra:
        raw = lowered.get(word)
        if raw is None or raw != raw.casefold() or not word.isalpha() or len(word) < 3:
            return False  # a name, an acronym or a word not typed as such
        if word in _SENTENCE_GUARD or word in NUMBER_WORDS or word in _SHIFTING or word in _person_titles() or word in names.HONORIFICS:
            return False
        if (singular(word) in _CONTRASTS or _stem(word) in _CONTRASTS) and _stem(word) not in _asked_stems(prompt.text):
            return False  # "Yudh Abhyas, naval exercise"; "Akash air defence system" where it asks a surface-to-air one
        if word in _DIRECTIONS or names.country_code(word) is not None:
            return False
        if word in _SIDES_OF and any(names.country_code(t.casefold()) is not None for t in typed):
            return False  # "Lviv, northeastern Ukraine": a side of a country, which the gazetteer checks as a place pair
        if word in CURRENCY_ALIASES or singular(word) in CURRENCY_ALIASES:
            return False  # "500 dinar notes" for the €500 banknote: another currency, not a description
        if (dimension := units.dimension(unit := units.canonical_unit(word) or "")) is not None and any(
            units.dimension(other := units.canonical_unit(w) or "") == dimension and other != unit for w in prompt.words
        ):
            return False  # "nine months" where the question asks how many years: another unit of what it asks, no description
        if word in _GRADES or (lemma := names.verb_lemma(word)) is not None and lemma != word:
            return False  # "comprehensive strategic partnership"; "were both taking part": a verb says something of its own
        if _is_kind(word) and word not in prompt.words and singular(word) not in prompt.words:
            return False
        if not (names.is_english_word(word) or names.verb_lemma(word)):
            return False
    return True


_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western northeast northwest southeast southwest north-east "
    "north-west south-east south-west upper lower inner outer central greater little new old".split()
)


_SIDES_OF = frozenset(
    "northeastern northwestern southeastern southwestern north-eastern north-western south-eastern south-western".split()
)


@lru_cache(maxsize=64)
def _asked_stems(text: str) -> frozenset[str]:
    """The question's words, hyphenated ones split ("surface-to-air"), each by its stem."""
    return frozenset(_stem(w) for w in re.findall(r"[a-z]+", text.casefold()))


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    """Job titles that name a person's office ("minister", "envoy"), not the words of a ministry they share
    with plain descriptions ("defence", "security", "home")."""
    return names.TITLES - frozenset("defence defense foreign home finance external affairs state national security crown".split())
