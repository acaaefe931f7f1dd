"""A figure read out of a short sentence: "India sent 600 personnel", "deals worth $3 bn".

The sentence is plain when its other words are verbs and words that report a figure
and state no other figure, direction or entity; a word the question ties to another
figure (a ranking, a second amount) makes it say something else.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studyapp.grading import names
from studyapp.grading.numbers import NUMBER_WORDS, Quantity
from studyapp.grading.phrases import CONTRADICTING, Context, NEGATIONS, Reading
from studyapp.grading.text import lazy_re, singular


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
