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
    "indo pacific", "indo-pacific", "the indo pacific", "asia", "europe", "africa", "the west", "west", "asia pacific",
}  # fmt: skip
_GENERIC_COUNT_NOUNS = {"countries", "country", "sides", "side", "leaders", "nations", "nation", "ministers", "navies", "armies",
                        "governments", "partners", "forces", "parties", "states", "times", "of", "neighbours", "democracies",
                        "examples", "ways", "things", "areas", "reasons", "issues", "factors", "aspects", "steps", "pillars"}  # fmt: skip
_NOT_COUNTRIES = {"asia", "europe", "africa", "the west", "west", "asia pacific", "indo pacific"}
_MANY_PARTIES = {"countries", "nations", "navies", "armies", "partners", "states", "democracies"}
_RELATIVE_DATE = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:last|this|next|past|coming|previous|recent|same|current|upcoming)\b.*|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|today|tomorrow|yesterday|now|annual(?:ly)?|daily|weekly|monthly|yearly|recently|earlier|later|decades?|years?|months?|weeks?|days?"
    r"|the (?:year|day|week|month)s?.*|(?:a|one) (?:day|week|month|year).*|biennial|fortnight.*|(?:early|late|mid)|this year's)$"
)
_DURATION = re.compile(
    r"(?i)^(?:about |over |nearly |almost |some |more than |around |the last |the past |the next |the coming )?(?P<num>\d[\d,.]*|[a-z]+)[- ](?P<unit>year|month|week|day|decade|hour|minute)s?(?:-long|-old)?$"
)
_JUNK_WORDS = frozenset(
    """naval navy joint military maritime bilateral air army defence defense exercise exercises force forces government ministry
    minister prime president chief officials official statement press release media the a an of and region indo pacific
    national international global security strategic partnership cooperation war wargames drills drill annual summit dialogue
    phase sea harbour harbor navies armies countries nations western eastern northern southern central quad task bce bc ce""".split()
)
_EQUIPMENT = frozenset(
    """carrier carriers frigate frigates destroyer destroyers submarine submarines corvette corvettes ship ships vessel vessels
    helicopter helicopters jet jets fighter fighters aircraft engine engines missile missiles tank tanks drone drones
    torpedo torpedoes howitzer howitzers rocket rockets""".split()
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
_PLACE_OF = ("city of", "port of", "town of", "state of", "heights of", "island of", "province of", "region of", "states of", "cities of",
             "provinces of", "islands of")
_ORG_HEAD_WORDS = {"Council", "Agency", "Command", "Ministry", "Department", "Organisation", "Organization", "Institute", "Corporation",
                   "Committee", "Group", "Forum", "Alliance", "Association", "Union", "Commission", "Force", "Forces", "Navy", "Army",
                   "Guard", "Fleet", "Bank", "Fund", "Office", "Service", "Authority", "Board", "Limited", "Ltd", "Inc", "University",
                   "Times", "Post", "News", "Express", "Herald", "Journal"}  # fmt: skip
BACK_POINTER = "starts with a word that points back"
_DEICTIC_START = re.compile(r"^(?:It|Its|They|Their|Them|This|These|Those|That(?! same (?:day|week)\b)|He|She|His|Her|Such)\b")  # "That same day," is cut
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)*(?:\s\([^)]{1,40}\))?(?:\s\[[^\]]{1,40}\])?,?\s(?:[A-Z][a-z]+\s\d{1,2}\s)?\((?:AN|ANI|PTI|IANS|UNI|AFP|AP|Reuters)\)"
    r"|[A-Z][A-Z .]{2,30}(?:,\s[A-Z][a-z]+\.?\s\d{1,2})?)\s*[:–—-]\s+"
    # wire copy: "(MENAFN- X (KUNA)) NEW DELHI, Feb 25 (KUNA) -- ", "MOSCOW (Sputnik) - ", "Kuala Lumpur (VNA) – ",
    # "ABU DHABI, (UrduPoint / ... / WAM - 24th Feb, 2023) "
    r"|^(?:\((?:[^()]|\([^()]*\))*\)\s*)?(?!The\b)[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2},?\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}\s)?"
    r"(?:\([A-Za-z][^()]{0,60}\)\s*[:–—-]{1,2}\s+|\([^()]{0,80}\d{4}\)\s+(?=[A-Z])"
    r"|\((?:ANI|PTI|IANS|UNI|AFP|AP|Reuters|KUNA|WAM|VNA)\)\s+(?=[A-Z]))"  # "Paris, July 1 (IANS) The eighth edition ..."
)
# the first paragraph's dateline in the forms wire copy prints it: "New Delhi [India], July 2 : ", "London, Jan 11 (EFE).- ",
# "MANILA, Philippines: " (a place, then a country in brackets or after a comma, a date or an agency, and a colon or dash)
_FIRST_DATELINE = re.compile(
    r"^(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}|[A-Z]{3,}(?:\s[A-Z]{3,}){0,2})(?:\s?\([A-Z][^()]{1,30}\))?(?:\s?\[[A-Z][^\]]{1,30}\])?"  # "Shillong (Meghalaya) [India]"
    r"(?:,\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s?[:(–—-])|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:,?\s\d{4})?)){1,2}"
    r"(?:\s?\([A-Z][A-Za-z]{1,12}\))?\s?(?::|\.?\s?-{1,2}|[–—])\s+(?=[A-Z“\"‘'])"
)
_NAMES_ITSELF = re.compile(
    r"^(?:This|It) (?:is|was|will be) the \w+ (?:(?:edition|iteration|round|instalment) of|exercise in the series of) (?:the )?(?:Exercise|Operation|['‘\"“]|[A-Z])"
)
_EVENT_HEADS = {"Exhibition", "Expo", "Show", "Airshow", "Games", "Olympiad", "Festival", "Fair"}
_MEETING_HEADS = {"Meeting", "Conference", "Summit", "Dialogue", "Talks"}
_GROUND = re.compile(r"\s(?:[a-z]+\s){0,2}(?:range|ranges|air station|air base|base|cantonment|airfield)\b")
_DEICTIC_ANY = re.compile(r"(?i)\b(?:the latter|the former|this design|such an? \w+|the above|as mentioned|the same|the previous(?! (?:edition|iteration) of [‘'\x22“]?(?-i:[A-Z]))|the earlier one)\b")


@dataclass(slots=True)
class Sentence:
    text: str
    locator: str
    index: int  # document order
    paragraph: str  # the block the sentence comes from (the review screen shows it)
    paragraph_index: int = 0
    leans: str = ""  # why the sentence needs an earlier one ("The two navies ..."), from the parse
    lean_end: int = 0  # where an opening clause that leans ends ("After the exercise concluded, "); 0: the whole sentence
    lean_at: int = -1  # after "The joint military exercise", where the exercise's name can go, if the subject is an exercise
    finite: tuple[int, ...] = ()  # where its finite verbs start (a clause needs one)
    clause: bool = True  # a subject or a past participle ("NCA signed in 2010"): a clause, though no verb may be tagged finite


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


_MONTH_DAY = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(\d{1,2})\b(?:,?\s(\d{4}))?")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _weekday_dated(dateline: str, text: str, printed: str) -> str:
    """ "Shillong [India], November 21: The exercise commenced ... on Tuesday": "on November 21, 2023", when the dateline's day (in
    the year the page prints) is that Tuesday; a weekday alone means nothing once the dateline is cut."""
    import datetime

    found = _MONTH_DAY.search(dateline)
    year = found and (found.group(3) or printed[:4])
    if not found or not year or not year.isdigit():
        return text
    try:
        day = datetime.date(int(year), _MONTHS.index(found.group(1)) + 1, int(found.group(2)))
    except ValueError:
        return text
    stated = found.group(0).rstrip(".") + ("" if found.group(3) else f", {year}")
    said = re.search(rf"\b(?:(said|stated|told|informed|added|announced|reported)\s+)?on {_WEEKDAYS[day.weekday()]}\b(?!['’])", text)
    if said is None or said.group(1):
        return text  # "..., the Indian Army stated on Tuesday": when it was said, cut with the attribution
    return text[: said.start()] + f"on {stated}" + text[said.end() :]


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


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
            undated = _FIRST_DATELINE.sub("", text, count=1)
            text = _weekday_dated(text[: len(text) - len(undated)], undated, document.date) if undated != text else text
        located.append((text, f"{heading}, para {paragraph}" if heading else f"para {paragraph}", len(located)))
    index = 0
    for (text, locator, number), doc in zip(located, nlp.pipe(t for t, _, _ in located), strict=True):
        spans = _joined(doc)
        for span in spans:
            if len(span) < 4 or not any(t.is_alpha for t in span):
                continue
            if number == len(located) - 1 and span is spans[-1] and len(span.text.split()) >= 6 and not re.search(r"[.!?\"”’')\]]$", span.text.rstrip()):
                continue  # the text ends mid-sentence ("..., to which Kosin", "are some of th"): an excerpt cut off, not a statement
            index += 1
            lead = len(span.text) - len(span.text.lstrip())
            finite = tuple(t.idx - span.start_char - lead for t in span if t.tag_ in ("VBD", "VBZ", "VBP", "MD"))
            leans, lean_end, lean_at = _subject_leans(span)
            yield Sentence(span.text.strip(), locator, index, text, number, leans=leans, lean_end=lean_end - lead if lean_end else 0,
                           lean_at=lean_at - lead if lean_at >= 0 else -1, finite=finite,
                           clause=any(t.tag_ == "VBN" or t.dep_ in ("nsubj", "nsubjpass") for t in span)), span  # fmt: skip


# A subject that names no thing of its own points back: "The two navies", "The leaders", "The previous edition",
# "After the exercise concluded". Which exercise or which leaders is in an earlier sentence.
_BACK_EVENTS = {"exercise", "exercises", "drill", "drills", "wargames", "edition", "iteration", "event", "manoeuvres", "maneuvers",
                "talks", "meeting", "summit", "visit", "training", "operation"}  # fmt: skip
_BACK_GROUPS = {"leaders", "sides", "navies", "armies", "forces", "ministers", "officials", "delegations", "contingents", "contingent",
                "troops", "ships", "vessels", "warships", "governments"}  # fmt: skip


_REPORTING_VERBS = {"said", "says", "told", "added", "stated", "informed", "noted", "reported", "read", "reads"}


def _subject_leans(span) -> tuple[str, int, int]:
    """ "The two navies will ...", "The leaders condemned ...", "After the exercise concluded, ...": a subject that points back."""
    for token in span:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ not in _BACK_EVENTS | _BACK_GROUPS:
            continue
        clause = token.head
        reported = clause.dep_ == "ccomp" and clause.head.dep_ == "ROOT" and clause.head.lower_ in _REPORTING_VERBS  # "X aims to ..., it said"
        if not (clause.dep_ == "ROOT" or reported or clause.dep_ == "advcl" and clause.head.dep_ in ("ROOT", "ccomp") and clause.i < clause.head.i):
            continue  # only the sentence's own subject, or an opening "After the exercise concluded, ..."
        tree = list(token.subtree)
        if not tree or tree[0].lower_ not in ("the", "these", "those", "this", "that", "such") and not (
            tree[0].lower_ == "both" and token.lower_ == "sides"
        ):
            continue
        # what says which: the words before the head ("the US and French navies") and its "of"/"from" phrase
        own = [t for t in tree if t.i < token.i] + [t for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                                                    for t in c.subtree]  # fmt: skip
        if token.lower_ in _BACK_GROUPS:
            named = any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in own)
        else:  # an event is named by a name or a year, not by who takes part
            after = [t for t in tree if t.i > token.i]  # "the event, called 'Exercise Sampriti'", not "between the Indian Army and ..."
            named = (any(t.ent_type_ in ("EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "DATE", "ORDINAL") or t.is_quote for t in tree)
                     or any(t.tag_ == "NNP" and t.ent_type_ != "NORP" and not _is_country(t.text) for t in tree if t.i < token.i)  # "The Malabar exercise"
                     or any(t.tag_ == "NNP" and t.ent_type_ not in ("ORG", "GPE", "NORP", "PERSON", "LOC", "FAC") for t in [*own, *after])
                     or any(t.tag_ == "NNP" and t.ent_type_ != "NORP" and not _is_country(t.text) for t in own if t.i > token.i)  # "The last edition of JIMEX"
                     or token.lower_ in ("exercise", "drill", "drills") and token.i + 1 < span.end and span.doc[token.i + 1].text[:1].isupper()
                     and not _is_country(span.doc[token.i + 1].text))  # "The exercise AUSTRAHIND was started ...", tagged as an organisation
        if not named:
            reason = f'its subject "{" ".join(t.text for t in tree[:6])}" points back'
            if clause.dep_ == "advcl":  # "After the exercise concluded, the Halsey ...": the rest may stand alone
                last = max(t.i for t in clause.subtree)
                comma = span.doc[last + 1] if last + 1 < len(span.doc) else None
                if comma is not None and comma.text == "," and comma.i + 1 < span.end:
                    return reason, span.doc[comma.i + 1].idx - span.start_char, -1
            exercise = token.lower_ in ("exercise", "drill", "drills", "wargames") and token.i + 1 < span.end and span.doc[token.i + 1].text != ","
            return reason, 0, (token.idx + len(token) - span.start_char) if exercise else -1
    return "", 0, -1


def _joined(doc):
    """The model's sentences, with a "viz." / "e.g." / "i.e." ending joined to what follows it."""
    spans = list(doc.sents)
    out = []
    start = None
    for position, span in enumerate(spans):
        first = span.start if start is None else start
        ending = span.text.strip()
        fragment = not any(t.pos_ in ("VERB", "AUX") for t in span)  # "Japanese ... Force (JMSDF)" cut off from its verb
        abbreviation = re.search(r"\b(?:Lt|Col|Gen|Adm|Capt|Cmdr|Cdr|Maj|Brig|Sgt|Lt\.\s?Col|Dr|Mr|Mrs|Ms|St|No|Rev|Hon|Prof)\.$", ending)
        unfinished = not re.search(r"[.!?:;\"”’)\]]$", ending)  # "... witnessed by Hon'ble Premitha" | "Bandara Tennakoon, ...": one sentence
        if (re.search(r"\b(?:viz|e\.g|i\.e|cf|incl)\.$", ending) or fragment or abbreviation or unfinished) and position + 1 < len(spans):
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
    within = re.fullmatch(r"([A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*) in ([A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*)", text) if label in ("GPE", "LOC", "FAC") else None
    if within:  # "Bakloh in Himachal Pradesh": the town (its state stays as the cue); "Field Firing Ranges in Devlali": the town
        head = within.group(1) if label != "FAC" else within.group(2)
        if label == "FAC":
            start += within.start(2)
        text = head
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
    if label in ("GPE", "LOC", "FAC"):  # "the Mahajan field firing range": the range is the place, not "Mahajan"
        ground = _GROUND.match(sentence.text, start + len(text))
        if ground:
            text = sentence.text[start : ground.end()]
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
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT") and not _is_country(text) and (
        re.search(r"\b(?:exercises?|drills?|wargames?)\s+['‘\"“]?$", before_text)  # "a joint training exercise Garuda Shakti with ..."
        or re.match(r",\s+the\s+(?:\d+(?:st|nd|rd|th)|[a-z]+th|first|second|third)\s+(?:edition|iteration)\b", sentence.text[end:])  # "Garuda Shakti, the eighth edition"
    ):
        return Match("operation", start, end, text, "exercise")
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
        if not re.search(r"[a-z]", text) or re.search(r"\d", text) or len(text) < 3 or set(text.split()) & _ORG_HEAD_WORDS or _is_country(text):
            return None  # "Border Committee Malaysia": part of a body's name, not a person
        surname = re.match(r"\s+[A-Z]['’][A-Z][a-z]+\b", sentence.text[end:])
        if surname:  # "Barry O’Farrell": the model stops at the apostrophe; half a name is a bad gap
            end += surname.end()
            text = sentence.text[start:end]
        return Match("person", start, end, text, "person")
    if label == "ORG":
        holder = re.search(r"\b(?:Advis[eo]r|Minister|Secretary|Commander|Ambassador|Envoy|Director|Chairman)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})$", text)
        if holder:  # "the Indian National Security Advisor Ajit Doval": a post and its holder, the holder is the fact
            return Match("person", start + holder.start("name"), end, holder.group("name"), "person")
        if normal(text) in _COUNTRY_ALIASES or len(text) < 2 or "indo pacific" in normal(text) or _is_country(text):
            return None
        return Match("organisation", start, end, text, "organisation")
    if label in ("GPE", "LOC", "FAC"):
        if text in GROUPINGS:
            return Match("organisation", start, end, text, "grouping")  # "G7", "NATO": a body, not a place
        if "indo pacific" in normal(text) or text.startswith(("Headquarters", "HQ")) or normal(text) in _NOT_COUNTRIES:
            return None
        if _is_country(text):  # a country other than the document's own may be the fact ("expanded to Japan in 2019"); see find_facts
            after, before = sentence.text[start + len(text) : start + len(text) + 2], sentence.text[max(0, start - 1) : start]
            modifier = ent.root.dep_ in ("compound", "amod", "poss") or re.match(r"['’-]", after) or before == "-"  # "the US Army", "India-Russia"
            located = re.search(r"[A-Z][\w-]+,\s*$", sentence.text[:start])  # "in Queensland, Australia": the place is Queensland
            abbreviated = not re.search("[a-z]", text) and not re.search(r"\b(?:in|to)\s+(?:the\s+)?$", sentence.text[:start])
            if label != "GPE" or modifier or located or abbreviated:  # "U.S.", "UK": the document's own, as a rule; "in the UK" is a place
                return None
            return Match("place", start, end, text, "country")
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
        measure = re.fullmatch(r"((?:up to |about |over |nearly |some |more than |around )?(\d[\d,.]*))\s+([a-z]+)", text)
        if value is None and label == "QUANTITY" and measure:  # "450 kilograms": the number, asked with its unit
            number = measure.group(1)
            return Match("figure", start, start + len(number), number, "quantity", [], number_value(measure.group(2)))
        if value is None:
            return None
        return Match("figure", start, end, text, label.lower(), [], value)
    return None


_MONTH_ABBREVIATIONS = r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"  # "On Nov. 27", as wire copy writes them


def _date_fact(text: str, start: int) -> Match | None:
    duration = _DURATION.match(text)
    if duration:
        return _duration_fact(duration, text, start)
    if _RELATIVE_DATE.match(text) or not (re.search(r"\b(?:1[5-9]|20)\d\d", text) or re.search(MONTHS + _MONTH_ABBREVIATIONS, text)):
        if not re.search(r"(?:1[5-9]|20)\d0s|\d{1,2}(?:st|nd|rd|th)[- ]century", text):
            return None
        lead = re.match(r"(?i)the\s+", text)
        if lead:
            text, start = text[lead.end() :], start + lead.end()
    lead = re.match(r"(?i)the\s+", text)
    if lead:
        text, start = text[lead.end() :], start + lead.end()
    text = re.sub(r"^(?:the |early |late |mid-)?(?:year |month of )", "", text)
    weekday = re.match(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\(?", text)
    if weekday and re.search(r"\d", text[weekday.end() :]):  # "Monday (July 29, 2024)", "Sunday, Nov. 2": the date, not the weekday
        text, start = text[weekday.end() :], start + weekday.end()
    ends = re.match(rf"^.*(?:\d(?:s|st|nd|rd|th)?|\b(?:{MONTHS})|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?|century|decade)", text)
    if ends:  # "January 3 off Goa": the model ran the date on into the sentence
        text = ends.group()
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
    matches.sort(key=lambda m: (source_rank[id(m)] >= from_patterns, m.label != "acronym", -(m.end - m.start) if m.kind != "figure" or m.label == "money" else 0,
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
    facts.sort(key=lambda f: f.start)
    for a, b in zip(facts, facts[1:]):  # "the Maritime Defence Exhibition (NAVDEX 2023)": the name in brackets is the same thing
        if (a.kind not in ("date", "figure") and b.kind not in ("date", "figure") and a.label != "country" and re.fullmatch(r"\s*\(", text[a.end : b.start])
                and re.match(r"(?:\s(?:19|20)\d\d)?\)", text[b.end :])):  # fmt: skip
            b.key = a.key
            short = re.sub(r"\s+(?:19|20)\d\d$", "", b.answer)
            if normal(short) not in {normal(x) for x in a.alternatives}:
                a.alternatives.append(short)
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
        out.extend(_facility_split(ent))
        i += 1
    return out


_FACILITY_HEADS = {"Base", "Station", "School", "Node", "Range", "Ranges", "Centre", "Center", "Cantonment", "Airfield", "Academy"}
_GENERIC_FACILITY = {"Air", "Force", "Naval", "Army", "Military", "Joint", "Training", "Field", "Firing", "Foreign", "Royal", "The",
                     "International", "Regional", "Combat", "Counter", "Insurgency", "Warfare", "(", ")", ","} | _FACILITY_HEADS  # fmt: skip


def _facility_split(ent) -> list:
    """ "Base Darwin", "Training School, Maduru Oya", "Mahajan Field Firing Ranges Rajasthan": a facility and the place it
    is in, which the model runs together; the place is a fact of its own, the facility only if it has a name."""
    from spacy.tokens import Span

    if ent.label_ not in ("PERSON", "ORG", "FAC", "GPE", "LOC"):
        return [ent]
    for i, token in enumerate(ent[:-1]):
        if token.text not in _FACILITY_HEADS or i + 1 >= len(ent):
            continue
        rest = i + 1 + (ent[i + 1].text == ",")
        tail = ent[rest:]
        if not len(tail) or not tail[0].is_title or _is_country(tail.text) or tail[0].text in _FACILITY_HEADS:
            return [ent]
        parts = [Span(ent.doc, ent.start + rest, ent.end, label="GPE")]
        if any(t.text not in _GENERIC_FACILITY and not t.is_punct for t in ent[: i + 1]):
            parts.insert(0, Span(ent.doc, ent.start, ent.start + i + 1, label="FAC"))
        return parts
    return [ent]


def _counted_noun(span, offset: int, fact: Fact) -> str:
    """What a number counts, from the parse: "three U.S. Virginia-class submarines" -> "submarines"."""
    tokens = [t for t in span if t.idx - offset < fact.end and t.idx + len(t) - offset > fact.start]
    if not tokens:
        return ""
    number = tokens[-1]
    head = number.head
    if number.dep_ not in ("nummod", "quantmod", "compound") or head.pos_ not in ("NOUN", "PROPN") or head.i <= number.i:
        return ""
    between, depth = [], 0
    for t in span.doc[number.i + 1 : head.i]:  # "26 Rafale (Marine) version jets" -> "Rafale version jets"
        depth += t.text == "("
        if depth == 0 and t.text != ")":
            between.append(t)
        depth -= t.text == ")" and depth > 0
    if between and all(t.pos_ in ("PROPN", "NOUN", "ADJ") or t.text == "-" for t in between):
        words = [t.text for t in between if t.text != "-"][-3:] + [head.text]
    else:
        words = [t.text for t in head.lefts if t.dep_ == "compound" and t.i > number.i] + [head.text]
    return " ".join(words)


def _checked(m: Match, sentence: Sentence) -> Fact | None:
    """A fact worth asking, or None: vague counts, common words and bare first names are dropped."""
    text = sentence.text
    fact = Fact(m.kind, m.answer, m.start, m.end, sentence, m.label, list(m.alternatives), m.value)
    if m.kind == "figure":
        before = text[: m.start].rstrip().lower()
        if m.label == "ordinal":
            noun = re.split(r"\s+(?:as|of|to|in|at|for|and|with|on|by)\b", _noun_after(text, m.end).lower())[0]  # "member as the US ...": member
            fact.key = f"ordinal:{int(m.value or 0)}:{noun}"
            return fact
        if m.value is None or re.search(r"\d[-–]$|[-–/]$", before) or text[m.end : m.end + 1] in "-–/" and m.label != "duration":
            return None  # part of a range, a designator or a score
        fact.noun = _noun_after(text, m.end)
        share = re.match(r"\s+of the\s+(?:\d+|[a-z]+)\s+([a-z]+)", text[m.end :])
        if not fact.noun and share and m.value >= 5:  # "22 of the 27 members": members
            fact.noun = share.group(1)
        if m.label == "duration":
            unit = re.match(r"[- ]?([a-z]+?)s?\b", text[m.end :])
            fact.noun = f"{unit.group(1)}s" if unit else "years"
        if m.label == "cardinal":
            if re.fullmatch(r"(?:19|20)\d\d", m.answer):  # a year the model took for a count
                fact.kind, fact.label, fact.key = "date", "year", f"year:{m.answer}"
                return fact
            if re.match(r"\s+(?:BCE?|CE|AD)\b", text[m.end :]):  # "in 326 BCE": a year
                fact.kind, fact.label, fact.key = "date", "year", f"year:{m.answer}:bce"
                return fact
            first = fact.noun.split()[0].lower() if fact.noun.split() else ""
            generic = first in _GENERIC_COUNT_NOUNS
            many = m.value >= 5 and first in _MANY_PARTIES and not re.search(r"(?i)\ball$", before)
            if m.value == 1 or not fact.noun or generic and not many:
                return None  # "the two countries" points back; "participation by 20 countries" is a fact
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
    body = key in ("eu", "european union") and m.kind == "organisation" and not re.match(r"\s+[A-Z]", text[m.end :])
    if len(key) < 2 or key in _COUNTRY_ALIASES and m.label != "country" and not body:
        return None  # the EU is a body ("India and the European Union (EU) agreed ..."), not a country
    if m.kind == "operation" and m.label == "exercise" and re.search(r"\b[A-Z][a-z]?-\d", m.answer):
        return None  # "IAF Su-30": an aircraft, not an exercise of the year '30'; the designator is read on its own
    if m.label == "country":
        fact.key = f"name:{_SHORT_FORMS.get(key, key)}"
        return fact
    dated = re.fullmatch(r"(\S+(?:\s+\S+)+?)\s+(?:19|20)\d\d", m.answer)  # "Leaders’ Meeting 2022": the name without its year is right too
    if dated and normal(dated.group(1)) not in {normal(a) for a in fact.alternatives}:
        fact.alternatives.append(dated.group(1))
    head = re.sub(r"\s+(?:19|20)\d\d$", "", m.answer).split()[-1]
    if head in _EVENT_HEADS and m.kind != "operation":  # "International Defence Exhibition (IDEX 2023)": a named event
        fact.kind, fact.label = "operation", "event"
    elif head.rstrip("’'s") in _MEETING_HEADS and m.kind in ("organisation", "term", "place"):  # "Leaders’ Meeting 2022": a meeting
        fact.kind, fact.label = "agreement", "dialogue"
    if m.kind == "person":
        title = re.match(r"(?:(?:Dr|Mr|Mrs|Ms|Hon|Shri|Smt|Marshal|CAS|COAS|Senator|Lt|Col|Maj|Capt|Adm|Cdr|H\.?E)\.?\s+)+(?=[A-Z])", m.answer)
        if title:  # "Dr S Jaishankar", "Marshal RKS Bhadauria": the title is the cue, not part of the name
            fact.answer, fact.start = m.answer[title.end() :], m.start + title.end()
        words = [w for w in fact.answer.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")] or fact.answer.split()
        fact.key = "person:" + normal(words[-1])  # "Ferdinand Marcos Jr." is Marcos, not "Jr"
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
    if _DEICTIC_START.match(text.lstrip("“\"‘'")) and fact.start > 0 and not _NAMES_ITSELF.match(text):
        return BACK_POINTER
    if sentence.leans and fact.start < (sentence.lean_end or len(sentence.text)):
        return sentence.leans
    quote = _long_quote(sentence.text)
    if quote and (quote[0] <= fact.start < quote[1] or (quote[1] - quote[0]) * 2 > len(sentence.text)):
        return "a long quotation"  # someone's words, with their "we" and "our": not a statement to learn
    if _DEICTIC_ANY.search(text):
        return "refers to something earlier"
    if text.rstrip().endswith(("?", ":")) or text[0].islower():
        return "not a whole statement"
    if re.search(r"\((?:[A-Z]{2,}\s+)?Photo\b|\bPhoto(?:\s+credit)?:", text):
        return "a photo caption"  # "Prime Minister Narendra Modi and ... ahead of their meeting. (HT Photo/...)"
    return None


_FIRST_PERSON = re.compile(r"\b(?:we|We|our|Our|us|I|my|My)\b")
_QUOTE = re.compile(r"[“\"](?P<q>[^”\"]+)(?:[”\"]|$)")


def _long_quote(text: str) -> tuple[int, int] | None:
    """Where a long quoted passage (or a first-person one) sits (a sentence that opens a quote may close it later)."""
    for m in _QUOTE.finditer(text):
        words = m.group("q").split()
        if len(words) >= 36 or len(words) >= 12 and _FIRST_PERSON.search(m.group("q")):
            return m.start(), m.end()
    return None


def find_facts(document: Document) -> list[Fact]:
    """Each fact of the document once, from the sentence that states it best, in document order."""
    best: dict[str, Fact] = {}
    order: dict[str, int] = {}
    events: dict[int, int] = {}  # sentence index -> named exercises and agreements in it
    for sentence, span in parsed_sentences(document):
        for fact in sentence_facts(sentence, span):
            if fact.kind in ("operation", "agreement") and fact.label not in ("vessel", "programme"):
                events[sentence.index] = events.get(sentence.index, 0) + 1
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
    whole = "\n".join(b.text for b in document.blocks)
    lead = " ".join([document.title, *re.split(r"(?<=[.!?])\s+|\n", whole)[:2]])  # the title and first lines: who the document is about
    seen: set[int] = set()
    out = []
    home = _home_country(whole)
    partnered: set[int] = set()
    for key in sorted(order, key=order.get):
        fact = best[key]
        if id(fact) in seen:
            continue
        if fact.label == "country" and _own_country(fact, lead, whole):
            fact = _partner_in_event(fact, home, events, partnered)
            if fact is None:
                continue
            partnered.add(fact.sentence.index)  # "{{Indonesia}} and Malaysia signed": one of the pair per sentence, or each gives the other away
        seen.add(id(fact))
        out.append(fact)
    return out


_LEARNER_COUNTRY = "india"  # the exam's own country (the packs are for Indian current-affairs exams): never the answer


def _home_country(whole: str) -> str:
    """The country a document names most (by name or adjective): the reader's own side, never the question."""
    from studyapp.drafting.countries import spellings
    from studyapp.drafting.sentences import _countries_in

    counts = {}
    for country in _countries_in(whole):
        names = spellings(country.title() if len(country) > 3 else country.upper())
        counts[country] = sum(len(re.findall(rf"(?<![\w.]){re.escape(n)}(?!\w)", whole)) for n in names)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""  # a tie: no side is the reader's


def _partner_in_event(fact: Fact, home: str, events: dict[int, int], partnered: set[int]) -> Fact | None:
    """The document's own partner country is worth asking where a sentence ties it to a named exercise or agreement
    ("Exercise Sampriti is held alternately in India and {{Bangladesh}}"): that occurrence, if the sentence names the
    country once, names no third country and has not given its pair already (``partnered``: those sentences)."""
    from studyapp.drafting.countries import spellings
    from studyapp.drafting.sentences import _countries_in

    if normal(fact.answer) in (home, _LEARNER_COUNTRY) or _SHORT_FORMS.get(home) == normal(fact.answer) or normal(fact.answer) in _NOT_COUNTRIES:
        return None
    names = spellings(fact.answer)
    for occurrence in (fact, *fact.others):
        sentence = occurrence.sentence
        if not events.get(sentence.index) or sentence.index in partnered or len(_countries_in(sentence.text)) > 2:
            continue  # "Australia, the UK and the US ... AUKUS": a list of members, the name gives them away
        said = sum(len(re.findall(rf"(?<![\w.]){re.escape(n)}(?!\w)", sentence.text)) for n in names)
        if said == 1:
            rest = [f for f in (fact, *fact.others) if f is not occurrence]
            occurrence.others = rest
            occurrence.key = fact.key
            return occurrence
    return None


def _own_country(fact: Fact, lead: str, whole: str) -> bool:
    """A country the document is about (named in its title or first lines, or more than once): not a fact to ask."""
    from studyapp.drafting.countries import spellings

    names = {n for m in (fact, *fact.others) for n in spellings(m.answer)}
    said = sum(len(re.findall(rf"(?<![\w.]){re.escape(n)}(?![\w])", whole)) for n in names)
    return said >= 2 or any(re.search(rf"(?i)(?<![\w.]){re.escape(n)}(?!\w)", lead) for n in names)


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
