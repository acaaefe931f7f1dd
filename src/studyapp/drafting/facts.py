"""Finding the facts of a document: spaCy's sentences and entities, the field's patterns on top.

A fact is one thing an exam could ask (a date, a figure, an agreement, a named
operation or exercise, an organisation, a place, a person, a term with its
acronym) at one place in one sentence. ``find_facts`` runs the model over every
paragraph, takes the field's own names first (patterns.py), fills in the
model's entities where no pattern matched, drops what is vague or too common
to ask ("two countries", "Tuesday", "India" in an article about India), and
keeps each fact once: the occurrence in the clearest sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from studyapp.drafting.documents import Document
from studyapp.drafting.patterns import GROUPINGS, MONTHS, NUMBER_WORDS, Match, field_matches

KINDS = ("date", "figure", "agreement", "operation", "organisation", "place", "person", "term")
CATEGORY = {"date": "date", "figure": "figure", "agreement": "agreement", "operation": "operation", "organisation": "organisation",
            "place": "place", "person": "person", "term": "concept"}  # fmt: skip
_KIND_RANK = {"operation": 0, "agreement": 1, "term": 2, "date": 3, "person": 4, "organisation": 5, "place": 6, "figure": 7}

# Countries and blocs: in an article about two countries, a gap on a country's name asks nothing.
_COUNTRY_ALIASES = {
    "us", "u s", "usa", "united states", "united states of america", "america", "uk", "u k", "britain", "great britain",
    "united kingdom", "eu", "european union", "russia", "china", "south korea", "north korea", "the netherlands",
    "indo pacific", "indo-pacific", "the indo pacific", "asia", "europe", "africa", "the west", "west",
}  # fmt: skip
_GENERIC_COUNT_NOUNS = {"countries", "country", "sides", "side", "leaders", "nations", "nation", "ministers", "navies", "armies",
                        "governments", "partners", "forces", "parties", "states", "times", "of", "neighbours", "democracies",
                        "examples", "ways", "things", "areas", "reasons", "issues", "factors", "aspects", "steps", "pillars"}  # fmt: skip
_RELATIVE_DATE = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:last|this|next|past|coming|previous|recent|same|current|upcoming)\b.*|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|today|tomorrow|yesterday|now|annual(?:ly)?|daily|weekly|monthly|yearly|recently|earlier|later|decades?|years?|months?|weeks?|days?"
    r"|the (?:year|day|week|month)s?.*|(?:a|one) (?:day|week|month|year).*|biennial|fortnight.*|(?:early|late|mid)|this year's)$"
)
_DURATION = re.compile(
    r"(?i)^(?:about |over |nearly |almost |some |more than |around |the last |the past |the next )?(?P<num>\d[\d,.]*|[a-z]+)[- ](?P<unit>year|month|week|day|decade|hour|minute)s?(?:-long|-old)?$"
)
_JUNK_WORDS = frozenset(
    """naval navy joint military maritime bilateral air army defence defense exercise exercises force forces government ministry
    minister prime president chief officials official statement press release media the a an of and region indo pacific
    national international global security strategic partnership cooperation war wargames drills drill annual summit dialogue
    phase sea harbour harbor navies armies countries nations western eastern northern southern central quad task""".split()
)
_EQUIPMENT = frozenset(
    """carrier carriers frigate frigates destroyer destroyers submarine submarines corvette corvettes ship ships vessel vessels
    helicopter helicopters jet jets fighter fighters aircraft engine engines missile missiles tank tanks drone drones""".split()
)
_EQUIPMENT_PHRASES = ("advanced light helicopter", "attack helicopter", "class ", "fighter jet", "light combat")
_YEAR = re.compile(r"(?<![\w$€£¥₹.,/–-])(?:1[5-9]\d\d|20\d\d)(?![\w%]|[.,/–-]\d|\s?(?:%|per\s?cent|million|billion|crore))")
_TITLE_WORDS = {"President", "Minister", "Secretary", "Chancellor", "PM", "NSA", "General", "Admiral", "Defense", "Defence", "Prime",
                "Deputy", "Chief", "Ambassador", "Commissioner", "Mr", "Mrs", "Ms", "Dr", "Senator", "Governor", "Premier", "King"}  # fmt: skip
_PERSON_PREFIXES = {"Ministers", "Minister", "Presidents", "President", "PMs", "PM", "Prime", "Colonel", "Col", "Lt", "Lieutenant",
                    "Major", "Captain", "Capt", "Commodore", "Admiral", "Adm", "Vice", "Rear", "Brigadier", "Dr", "Mr", "Mrs", "Ms",
                    "Secretary", "Chancellor", "Premier", "Senator", "Sen", "Ambassador", "Dato", "Datuk", "Seri"}  # fmt: skip
_HONORIFICS = {"Dato", "Datuk", "Seri", "Sri", "Tan", "Tun", "Haji", "Sheikh", "Sir", "Dame", "Shri", "Smt"}
_BODY_WORDS = {"Cabinet", "Government", "Administration", "Parliament", "Senate", "Congress", "Ministry", "Embassy", "Opposition"}
_PLACE_NOUNS = {"region", "coast", "valley", "sea", "province", "state", "island", "islands", "strait", "peninsula", "border", "desert",
                "river", "basin", "plateau", "sector", "district", "city", "port"}  # fmt: skip
_PLACE_PREPOSITIONS = {"in", "at", "off", "near", "outside", "across"}
_PLACE_OF = ("city of", "port of", "town of", "state of", "heights of", "island of", "province of", "region of")
_ORG_HEAD_WORDS = {"Council", "Agency", "Command", "Ministry", "Department", "Organisation", "Organization", "Institute", "Corporation",
                   "Committee", "Group", "Forum", "Alliance", "Association", "Union", "Commission", "Force", "Forces", "Navy", "Army",
                   "Guard", "Fleet", "Bank", "Fund", "Office", "Service", "Authority", "Board", "Limited", "Ltd", "Inc", "University",
                   "Times", "Post", "News", "Express", "Herald", "Journal"}  # fmt: skip
_DEICTIC_START = re.compile(r"^(?:It|Its|They|Their|Them|This|These|Those|That|He|She|His|Her|Such)\b")
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)*(?:\s\([^)]{1,40}\))?(?:\s\[[^\]]{1,40}\])?,?\s(?:[A-Z][a-z]+\s\d{1,2}\s)?\((?:AN|ANI|PTI|IANS|UNI|AFP|AP|Reuters)\)"
    r"|[A-Z][A-Z .]{2,30}(?:,\s[A-Z][a-z]+\.?\s\d{1,2})?)\s*[:–—-]\s+"
    # wire copy: "(MENAFN- X (KUNA)) NEW DELHI, Feb 25 (KUNA) -- ", "MOSCOW (Sputnik) - ", "Kuala Lumpur (VNA) – ",
    # "ABU DHABI, (UrduPoint / ... / WAM - 24th Feb, 2023) "
    r"|^(?:\((?:[^()]|\([^()]*\))*\)\s*)?(?!The\b)[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2},?\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}\s)?"
    r"(?:\([A-Za-z][^()]{0,60}\)\s*[:–—-]{1,2}\s+|\([^()]{0,80}\d{4}\)\s+(?=[A-Z]))"
)
_NAMES_ITSELF = re.compile(r"^(?:This|It) (?:is|was|will be) the \w+ (?:edition|iteration|round|instalment) of (?:the )?(?:Exercise|Operation|['‘\"“]|[A-Z])")
_DEICTIC_ANY = re.compile(r"(?i)\b(?:the latter|the former|this design|such an? \w+|the above|as mentioned|the same)\b")


@dataclass(slots=True)
class Sentence:
    text: str
    locator: str
    index: int  # document order
    paragraph: str  # the block the sentence comes from (the review screen shows it)
    paragraph_index: int = 0


@dataclass(slots=True)
class Fact:
    kind: str
    answer: str  # the whole fact as the sentence writes it
    start: int
    end: int
    sentence: Sentence
    label: str = ""
    alternatives: list[str] = field(default_factory=list)
    value: float | None = None  # figures and years
    noun: str = ""  # what a count counts
    key: str = ""  # identity within a document
    others: list[Fact] = field(default_factory=list)  # the same fact elsewhere, in case its best sentence cannot be asked

    @property
    def category(self) -> str:
        return CATEGORY[self.kind]


@lru_cache(maxsize=8192)
def normal(text: str) -> str:
    text = text.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"^(?:the|exercise|ex|operation|op)\s+", "", text.strip())
    text = re.sub(r"[- ]class$", "", text)
    text = re.sub(r"\b(?:european union|united states|united kingdom)\b", lambda m: _SHORT_FORMS[m.group()], text)
    return re.sub(r"[^a-z0-9+]+", " ", text).strip()


_SHORT_FORMS = {"european union": "eu", "united states": "us", "united kingdom": "uk"}  # one name, two spellings


def number_value(text: str) -> float | None:
    """3 for "three", 1000 for "1,000", 2e9 for "$2 billion"; None when it is not one number."""
    clean = text.lower().replace(",", "").strip()
    clean = re.sub(r"^(?:about|over|nearly|almost|some|around|more than|approximately|up to|at least|roughly)\s+", "", clean)
    clean = re.sub(r"^(?:us\$|a\$|c\$|\$|€|£|₹|rs\.?\s*|usd\s*|eur\s*|inr\s*)", "", clean)
    scale = 1.0
    for word, factor in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("crore", 1e7), ("lakh", 1e5), ("thousand", 1e3)):
        if clean.endswith(word):
            clean, scale = clean[: -len(word)].strip(), factor
    if clean in NUMBER_WORDS:
        return NUMBER_WORDS[clean] * scale
    if re.fullmatch(r"\d+(?:\.\d+)?", clean):
        return float(clean) * scale
    return None


# --- sentences ------------------------------------------------------------------


def parsed_sentences(document: Document):
    """(Sentence, spaCy span) for every sentence of every paragraph, with "heading, para N" locators."""
    from studyapp.drafting.nlp import pipeline

    nlp = pipeline()
    has_headings = any(b.kind == "heading" for b in document.blocks[1:])
    heading = "Introduction" if has_headings else ""
    located: list[tuple[str, str, int]] = []
    paragraph = 0
    for position, block in enumerate(document.blocks):
        if block.kind == "heading":
            if position == 0 and block.text == document.title:
                continue
            heading, paragraph = block.text, 0
            continue
        paragraph += 1
        text = _DATELINE.sub("", block.text, count=1)
        if not located:
            text = re.sub(r"^[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}:\s+(?=[A-Z])", "", text, count=1)  # "New Delhi: India and France..."
        located.append((text, f"{heading}, para {paragraph}" if heading else f"para {paragraph}", len(located)))
    index = 0
    for (text, locator, number), doc in zip(located, nlp.pipe(t for t, _, _ in located), strict=True):
        for span in _joined(doc):
            if len(span) < 4 or not any(t.is_alpha for t in span):
                continue
            index += 1
            yield Sentence(span.text.strip(), locator, index, text, number), span


def _joined(doc):
    """The model's sentences, with a "viz." / "e.g." / "i.e." ending joined to what follows it."""
    spans = list(doc.sents)
    out = []
    start = None
    for position, span in enumerate(spans):
        first = span.start if start is None else start
        ending = span.text.strip()
        fragment = not any(t.pos_ in ("VERB", "AUX") for t in span)  # "Japanese ... Force (JMSDF)" cut off from its verb
        if (re.search(r"\b(?:viz|e\.g|i\.e|cf|incl)\.$", ending) or fragment) and position + 1 < len(spans):
            start = first
            continue
        out.append(doc[first : span.end])
        start = None
    return out


# --- facts in one sentence ----------------------------------------------------------


def _entity_fact(ent, sentence: Sentence, offset: int) -> Match | None:
    label = ent.label_
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"):
        first = 0
        while first < len(ent) - 1 and ent[first].tag_ not in ("NNP", "NNPS") and ent[first].lower_ not in ("the", "of"):
            first += 1  # "Underscoring France": the verb is not part of the name
        if first == 0 and len(ent) > 1 and ent[0].i == ent.sent.start and ent[0].lower_.endswith("ing") and ent[0].lower_ != "beijing":
            first = 1  # the model can tag a sentence's opening participle as a proper noun
        ent = ent[first:]
        if label == "PERSON":
            lead = 0
            while lead < len(ent) - 1 and ent[lead].text.rstrip(".") in _PERSON_PREFIXES:
                lead += 1  # "Ministers Anthony Albanese", "Colonel C. Konwer": the title is not the name
            if ent[lead].text.rstrip(".") in _PERSON_PREFIXES or all(t.text in _HONORIFICS for t in ent[lead:]):
                return None  # "Dato Seri": an honorific alone
            ent = ent[lead:]
        if label == "PERSON" and ent.start > 0:
            before = ent.doc[ent.start - 1]
            if before.tag_ == "NNP" and before.is_title and before.text not in _TITLE_WORDS and before.text.rstrip(".") not in _PERSON_PREFIXES and before.ent_type_ in ("", "PERSON"):
                ent = ent.doc[ent.start - 1 : ent.end]  # "Lloyd J. Austin III", not "J. Austin III"
    text = ent.text.strip()
    start = ent.start_char - offset
    lead = re.match(r"(?i)(?:the|a|an)\s+", text)
    if lead and label not in ("DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        start += lead.end()
        text = text[lead.end() :]
    text = text.rstrip(".,;:’'\"”")
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"):
        text = re.sub(r"(?:\s+(?!(?:de|da|del|di|la|le|van|von|bin|al|of)\b)[a-z]+)+$", "", text)  # "Arctic through": not part of the name
    text = re.sub(r"['’]s$", "", text)
    owner = re.match(r"[A-Z][\w.-]*['’]s\s+(?=[A-Z])", text)
    if owner and label in ("ORG", "FAC", "PRODUCT", "GPE", "LOC"):
        start += owner.end()
        text = text[owner.end() :]
    text = re.sub(r"^(?:Exercise|Ex|Operation|Op)\s+", lambda m: "", text) if label in ("PERSON", "ORG", "GPE") else text
    if not text or all(w.lower().strip(".,'’") in _JUNK_WORDS for w in text.split()):
        return None
    if label not in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
        if not (text[0].isupper() or text[0].isdigit()) or "’t" in text or "'t" in text:
            return None
        if len(ent) == 1 and ent[0].tag_ not in ("NNP", "NNPS"):
            return None  # "Intro line...": a common word the model took for a name
    found_at = sentence.text.find(text, max(0, start - 2))
    if found_at < 0:
        return None
    start = found_at
    if start == 0 and " " not in text and sentence.text[len(text) : len(text) + 1] == ",":
        return None  # "Noteworthy, India has..." : a sentence adverb the model took for a name
    pair = text.split("-")
    if len(pair) == 2 and all(_is_country(part) or normal(part) in _COUNTRY_ALIASES for part in pair):
        return None  # "India-Australia": the two countries, not a name
    end = start + len(text)
    before_word = ([w for w in (w.strip("‘’'\"") for w in sentence.text[:start].lower().split()) if w] or [""])[-1]
    after_words = sentence.text[end:].lower().split()[:3]
    before_text = sentence.text[:start]
    if label in ("PERSON", "ORG") and (
        re.match(r"\s*(?:Minister|Ministry|Secretary|Department)\b", sentence.text[end:])
        or re.search(r"\b(?:Secretary|Minister|Ministers?)\s+(?:of|for)\s+$", before_text)
        or label == "ORG" and text in _BODY_WORDS
    ):
        return None  # "Energy Minister", "Secretary of State for Defence", "Cabinet": a post or a generic body
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT") and re.search(
        r"(?i)\b(?:exercises?|drills?|wargames?|operation)\s*[,:]\s*['‘\"“]?$", before_text
    ) and re.match(r"\s*['’\"”]?\s*[,;:.)]", sentence.text[end:]) and not _is_country(text):
        return Match("operation", start, end, text, "exercise")  # "the joint naval exercise, Varuna, ..."
    listed_vessel = re.search(
        r"(?i)\b(?:carriers?|frigates?|destroyers?|ships?|submarines?|vessels?|corvettes?)(?:\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*(?:,|and|or)|\s*,\s*the)\s*$",
        before_text,
    )  # "the carriers Vikrant and Charles de Gaulle", "its aircraft carrier, the Charles de Gaulle"
    if label in ("PERSON", "GPE", "LOC", "FAC", "PRODUCT", "ORG") and (
        listed_vessel or before_word in _EQUIPMENT
        or label != "ORG" and ((after_words[:1] and after_words[0].strip(",.") in _EQUIPMENT) or " ".join(after_words).startswith(_EQUIPMENT_PHRASES))
    ):  # fmt: skip
        return Match("operation", start, end, text, "vessel" if listed_vessel else "programme")  # "the aircraft carriers Vikrant and ...", "the Dhruv helicopter"
    before_two = " ".join(sentence.text[:start].lower().split()[-2:])
    place_noun_after = bool(after_words) and after_words[0].strip(",.;") in _PLACE_NOUNS
    if label in ("PERSON", "ORG") and (before_word in _PLACE_PREPOSITIONS or before_two.endswith(_PLACE_OF) or place_noun_after) and not (
        set(text.split()) & _ORG_HEAD_WORDS
    ):  # "off Darwin", "in Gennevilliers", "the city of Kiel": a place the model took for a person or a body
        if _is_country(text):
            return None
        return Match("place", start, end, text, "gpe")
    if label == "PERSON":
        if not re.search(r"[a-z]", text) or re.search(r"\d", text) or len(text) < 3:
            return None
        return Match("person", start, end, text, "person")
    if label == "ORG":
        if normal(text) in _COUNTRY_ALIASES or len(text) < 2 or "indo pacific" in normal(text) or _is_country(text):
            return None
        return Match("organisation", start, end, text, "organisation")
    if label in ("GPE", "LOC", "FAC"):
        if text in GROUPINGS:
            return Match("organisation", start, end, text, "grouping")  # "G7", "NATO": a body, not a place
        if _is_country(text) or "indo pacific" in normal(text) or text.startswith(("Headquarters", "HQ")):
            return None
        return Match("place", start, end, text, label.lower())
    if label in ("EVENT", "LAW"):
        kind = "operation" if re.search(r"(?i)exercise|drill|operation", text) else "agreement"
        return Match(kind, start, end, text, label.lower())
    if label == "PRODUCT":
        return Match("operation", start, end, text, "programme")
    if label == "DATE":
        return _date_fact(text, start)
    if label == "TIME":
        duration = _DURATION.match(text)
        return _duration_fact(duration, text, start) if duration else None
    if label in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        value = number_value(text.replace("%", "").replace(" per cent", "").replace(" percent", ""))
        if value is None:
            return None
        return Match("figure", start, end, text, label.lower(), [], value)
    return None


def _date_fact(text: str, start: int) -> Match | None:
    duration = _DURATION.match(text)
    if duration:
        return _duration_fact(duration, text, start)
    if _RELATIVE_DATE.match(text) or not (re.search(r"\b(?:1[5-9]|20)\d\d", text) or re.search(MONTHS + r"|\bFeb\b|\bSept?\b", text)):
        if not re.search(r"(?:1[5-9]|20)\d0s|\d{1,2}(?:st|nd|rd|th)[- ]century", text):
            return None
        lead = re.match(r"(?i)the\s+", text)
        if lead:
            text, start = text[lead.end() :], start + lead.end()
    lead = re.match(r"(?i)the\s+", text)
    if lead:
        text, start = text[lead.end() :], start + lead.end()
    text = re.sub(r"^(?:the |early |late |mid-)?(?:year |month of )", "", text)
    year = re.fullmatch(r"(?:1[5-9]|20)\d\d", text)
    return Match("date", start, start + len(text), text, "year" if year else "date", [], float(text) if year else None)


def _duration_fact(duration: re.Match, text: str, start: int) -> Match | None:
    value = number_value(duration.group("num"))
    if value is None or value <= 1:
        return None
    number_text = duration.group("num")
    at = text.find(number_text)
    return Match("figure", start + at, start + at + len(number_text), number_text, "duration", [], value)


def _is_country(text: str) -> bool:
    from studyapp.drafting.countries import is_country

    return normal(text) in _COUNTRY_ALIASES or is_country(text)


def _noun_after(sentence: str, end: int) -> str:
    words = []
    for word in sentence[end:].split()[:3]:
        if word.startswith(("(", "[", "—", "–")):
            break
        clean = word.strip(",.;:()\"“”‘’'")
        if not clean or clean.lower() in {"of", "in", "to", "and", "the", "a", "for", "from", "by", "with", "at", "on", "per", "more",
                                            "which", "that", "who", "is", "are", "was", "were", "will", "each", "since", "over"}:  # fmt: skip
            break
        words.append(clean)
        if word != word.rstrip(",.;:)"):
            break
    return " ".join(words)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def sentence_facts(sentence: Sentence, span) -> list[Fact]:
    """The facts one sentence states, patterns first, the model's entities where no pattern matched."""
    text = sentence.text
    offset = span.start_char + (len(span.text) - len(span.text.lstrip()))
    entities = [(e.label_, (e.start_char - offset, e.end_char - offset)) for e in span.ents]
    matches = []
    for match in field_matches(text, sentence.paragraph):
        # a "pattern" that is really a country or a nationality ("Indo – France joint exercise") is not a name
        if match.kind == "operation" and match.label == "exercise" and (
            _is_country(match.answer)
            or any(label == "NORP" and (s, e) == (match.start, match.end) for label, (s, e) in entities)
        ):
            continue
        matches.append(match)
    patterns_found = len(matches)
    for ent in _merged_entities(span):
        found = _entity_fact(ent, sentence, offset)
        if found is not None:
            matches.append(found)
    from_patterns = patterns_found
    for year in _YEAR.finditer(text):  # a bare year the model did not mark: after everything else
        matches.append(Match("date", year.start(), year.end(), year.group(), "year", [], float(year.group())))
    # the field's patterns win over the model's entities, then longer spans, then the kind's rank
    source_rank = {id(m): i for i, m in enumerate(matches)}
    matches.sort(key=lambda m: (source_rank[id(m)] >= from_patterns, m.label != "acronym", -(m.end - m.start) if m.kind != "figure" else 0,
                                _KIND_RANK[m.kind], source_rank[id(m)]))  # fmt: skip
    taken: list[tuple[int, int]] = []
    facts: list[Fact] = []
    for m in matches:
        span_ = (m.start, m.end)
        if m.start < 0 or m.end > len(text) or text[m.start : m.end] != m.answer or any(_overlaps(span_, t) for t in taken):
            continue
        fact = _checked(m, sentence)
        if fact is None:
            continue
        taken.append(span_)
        facts.append(fact)
    for fact in facts:
        if fact.kind == "figure" and fact.label in ("cardinal", "quantity"):
            noun = _counted_noun(span, offset, fact)
            if noun:
                fact.noun = noun
    return sorted(facts, key=lambda f: f.start)


def _merged_entities(span) -> list:
    """The model's entities, with a name it cut at "of" joined again ("the Bay of" + "Bengal")."""
    from spacy.tokens import Span

    ents = list(span.ents)
    out = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if i + 1 < len(ents) and ent[-1].lower_ in ("of", "de", "del") and ents[i + 1].start == ent.end:
            ent = Span(ent.doc, ent.start, ents[i + 1].end, label=ent.label_)
            i += 1
        out.append(ent)
        i += 1
    return out


def _counted_noun(span, offset: int, fact: Fact) -> str:
    """What a number counts, from the parse: "three U.S. Virginia-class submarines" -> "submarines"."""
    tokens = [t for t in span if t.idx - offset < fact.end and t.idx + len(t) - offset > fact.start]
    if not tokens:
        return ""
    number = tokens[-1]
    head = number.head
    if number.dep_ not in ("nummod", "quantmod", "compound") or head.pos_ not in ("NOUN", "PROPN") or head.i <= number.i:
        return ""
    words = [t.text for t in head.lefts if t.dep_ == "compound" and t.i > number.i] + [head.text]
    return " ".join(words)


def _checked(m: Match, sentence: Sentence) -> Fact | None:
    """A fact worth asking, or None: vague counts, common words and bare first names are dropped."""
    text = sentence.text
    fact = Fact(m.kind, m.answer, m.start, m.end, sentence, m.label, list(m.alternatives), m.value)
    if m.kind == "figure":
        before = text[: m.start].rstrip().lower()
        if m.label == "ordinal":
            fact.key = f"ordinal:{int(m.value or 0)}:{_noun_after(text, m.end).lower()}"
            return fact
        if m.value is None or re.search(r"\d[-–]$|[-–/]$", before) or text[m.end : m.end + 1] in "-–/" and m.label != "duration":
            return None  # part of a range, a designator or a score
        fact.noun = _noun_after(text, m.end)
        if m.label == "duration":
            unit = re.match(r"[- ]?([a-z]+?)s?\b", text[m.end :])
            fact.noun = f"{unit.group(1)}s" if unit else "years"
        if m.label == "cardinal":
            if re.fullmatch(r"(?:19|20)\d\d", m.answer):  # a year the model took for a count
                fact.kind, fact.label, fact.key = "date", "year", f"year:{m.answer}"
                return fact
            if m.value == 1 or not fact.noun or fact.noun.split()[0].lower() in _GENERIC_COUNT_NOUNS:
                return None
            if m.value < 20 and re.search(r"(?i)\b(?:the|these|those|both|its|their)$", before) and not re.match(
                r"\s+\w+(?:\s+\w+)?\s*[(:–—]", text[m.end :]
            ):
                return None  # "The two ships will join...": which ships is in an earlier sentence
            if re.match(r"\s*(?:%|per ?cent)", text[m.end :]):
                fact.label = "percent"
        head = fact.noun.split()[-1].lower().rstrip("s") if fact.noun else ""
        small = fact.label in ("cardinal", "duration") and m.value < 20  # "26 Rafale" and "the 26 jets" are one fact
        fact.key = f"{fact.label}:{m.value:g}:{head}" if small else f"figure:{m.value:g}"
        return fact
    if m.kind == "date":
        if m.label == "year":
            fact.key = f"year:{m.answer}"
        else:
            fact.key = f"date:{normal(m.answer)}"
        return fact
    key = normal(m.answer)
    if len(key) < 2 or key in _COUNTRY_ALIASES:
        return None
    if m.kind == "person":
        words = m.answer.split()
        fact.key = "person:" + normal(words[-1])
        return fact
    fact.key = f"name:{key}"
    return fact


_REPORTING = re.compile(
    r"^(?:They|He|She|Both sides|Both leaders|The two (?:sides|leaders|ministers))\s+(?:\w+\s+){0,2}?"
    r"(?:noted|said|stated|added|agreed|announced|stressed|underlined|highlighted|reiterated|affirmed|reaffirmed|hoped)\s+that\s+"
)


def strip_reporting(text: str) -> str:
    """ "They noted that X" -> "X": the report, not the reporter, is the fact."""
    m = _REPORTING.match(text)
    if not m or len(text) - m.end() < 20:
        return text
    rest = text[m.end() :]
    return rest[0].upper() + rest[1:]


def context_problem(sentence: Sentence, fact: Fact) -> str | None:
    """Why a sentence cannot stand alone ("They said...", "this design"), or None."""
    text = sentence.text
    stripped = strip_reporting(text)
    if stripped != text and fact.start >= len(text) - len(stripped):
        text = stripped
    if _DEICTIC_START.match(text) and fact.start > 0 and not _NAMES_ITSELF.match(text):
        return "starts with a word that points back"
    if _DEICTIC_ANY.search(text):
        return "refers to something earlier"
    if text.rstrip().endswith(("?", ":")) or text[0].islower():
        return "not a whole statement"
    return None


def find_facts(document: Document) -> list[Fact]:
    """Each fact of the document once, from the sentence that states it best, in document order."""
    best: dict[str, Fact] = {}
    order: dict[str, int] = {}
    for sentence, span in parsed_sentences(document):
        for fact in sentence_facts(sentence, span):
            similar = _similar_key(fact, best)
            if similar is not None and similar != fact.key:
                fact.key, fact.kind = similar, best[similar].kind
            for alias in _aliases(fact):
                if alias in best and alias != fact.key:
                    fact.key, fact.kind = alias, best[alias].kind  # the same thing, as first met
                    break
            current = best.get(fact.key)
            if current is not None and current is not fact:
                current.others.append(fact)
            if current is None:
                best[fact.key] = fact
                order[fact.key] = fact.sentence.index
                if fact.kind not in ("date", "figure"):  # "(RRM)" after its expansion, "the Halsey" after "USS Halsey": the same fact
                    for alt in fact.alternatives:
                        best.setdefault(f"name:{normal(alt)}", fact)
            elif _better(fact, current):
                fact.others = [current, *[f for f in current.others if f is not fact]]
                current.others = []
                best[fact.key] = fact
    seen: set[int] = set()
    out = []
    for key in sorted(order, key=order.get):
        fact = best[key]
        if id(fact) in seen:
            continue
        seen.add(id(fact))
        out.append(fact)
    return out


def _similar_key(fact: Fact, best: dict[str, Fact]) -> str | None:
    """The key of a fact already found that names the same thing another way ("Visakhapatnam"/"Vishakhapatnam", "Rajnath")."""
    if fact.kind in ("date", "figure") or fact.key in best:
        return None
    from rapidfuzz import fuzz

    name = normal(fact.answer)
    for key, other in best.items():
        if other.kind in ("date", "figure"):
            continue
        other_name = normal(other.answer)
        if len(name) >= 6 and len(other_name) >= 6 and fuzz.ratio(name, other_name) >= 90:
            return key
        if fact.kind == "person" and other.kind == "person" and " " not in name and name == other_name.split()[0]:
            return key
    return None


def _aliases(fact: Fact) -> list[str]:
    """Other keys the same fact goes by: an acronym, the bare name of "Varuna-2025" or "INS Vikrant"."""
    keys = [fact.key]
    for alt in fact.alternatives:
        keys.append(f"name:{normal(alt)}")
    if fact.kind not in ("date", "figure"):
        keys.append(f"name:{normal(fact.answer)}")
    if fact.kind in ("place", "organisation") and len(fact.answer.split()) == 1:
        keys.append(f"person:{normal(fact.answer)}")  # "Singh" the model took for a place
    return keys


def _better(new: Fact, old: Fact) -> bool:
    """Prefer a sentence that stands alone, then the fuller form of the fact ("Narendra Modi" over "Modi")."""
    new_ok = context_problem(new.sentence, new) is None
    old_ok = context_problem(old.sentence, old) is None
    if new_ok != old_ok:
        return new_ok
    if new.kind == "person" and len(new.answer.split()) > len(old.answer.split()):
        return True
    return False
