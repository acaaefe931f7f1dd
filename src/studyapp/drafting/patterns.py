"""This field's own names, which a general English model does not know.

Current-affairs articles on defence and diplomacy name things in a few fixed
ways: exercises ("Exercise Shakti", "JIMEX-18", "the Malabar exercise",
"'Dharma Guardian'"), vessels ("INS Vikrant", "Virginia-class"), programmes
and aircraft ("P-75", "SSN-AUKUS", "MiG-29K"), agreements, dialogues and
summits ("Framework for Security Cooperation", "2+2 Dialogue", "15th Annual
Summit"), ordinals ("23rd edition", "fifth-largest") and acronyms with their
expansion ("Defence Acquisition Council (DAC)"). Each finder returns
``Match(kind, start, end, answer, label)`` spans in one sentence; spaCy's
entities fill in everything else (people, organisations, places, dates,
figures).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
}  # fmt: skip
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
}  # fmt: skip

_CAP = r"[A-Z][\w'’.&-]*"  # a capitalised word ("Self-Defense", "U.S.", "Coast")
_CONNECT = r"(?:of|on|for|and|between|the|in|to|&)"
_EXERCISE_WORDS = r"(?:exercises?|drills?|war[- ]?games|war-gaming|wargames|manoeuvres|maneuvers)"
_EXERCISE_CONTEXT = re.compile(rf"(?i)\b(?:{_EXERCISE_WORDS}|exercise|naval|joint military|edition)\b")
_NOT_NAMES = {
    "The", "This", "That", "These", "Those", "It", "Its", "A", "An", "In", "On", "At", "By", "For", "From", "With", "As",
    "Both", "Each", "Naval", "Navy", "Joint", "Military", "Maritime", "Bilateral", "Air", "Army", "Exercise", "Exercises",
    "Defence", "Defense", "Indian", "French", "Japanese", "Australian", "American", "British", "Canadian", "German",
    "First", "Second", "Third", "Annual", "Multilateral", "Trilateral", "Quad", "QUAD", "Major", "New", "Ex",
    "Operation", "Operations", "Mission", "Large", "Force", "Forces", "Combined", "Special",
}  # fmt: skip


@dataclass(slots=True)
class Match:
    kind: str  # date, figure, agreement, operation, organisation, place, person, term
    start: int
    end: int
    answer: str
    label: str = ""  # finer kind, for distractors: exercise, vessel, class, programme, dialogue, ordinal, acronym...
    alternatives: list[str] = field(default_factory=list)
    value: float | None = None


VESSEL_RE = re.compile(r"\b(?:INS|HMAS|JS|USS|HMS|HMCS|HMNZS|FS|KRI|ROKS|RSS|PNS|BNS|SLNS|CNS|ITS|TCG)\s+[A-Z][\w'’-]+(?:\s+(?!As\b|And\b)[A-Z][\w'’-]+)?")
CLASS_RE = re.compile(r"\b([A-Z]\w*(?: [A-Z]\w*)?(?:-[A-Z]\w*)?)(?:[- ]class)\b")  # "Arleigh Burke-class", "Aquitaine class"
DESIGNATOR_RE = re.compile(r"(?<![\w-])(?:[A-Z][A-Za-z]{0,4}-\d{1,3}[A-Z]{0,2}|[A-Z]{2,}-[A-Z]{3,}|[A-Z][a-z]+-[A-Z])(?![\w-]|s\b)|(?<![\w-])[A-Z][A-Za-z]{0,4}-\d{1,3}[A-Z]{0,2}(?=s\b)")
# "F-16s and A-10s": the plural's "s" stays outside the gap
NAME_YEAR_RE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)(?:\s?[-–—]\s?|\s)(?P<year>(?:19|20)\d\d|\d\d)(?![\w%,.]\d|\w)"
)
EXERCISE_PREFIX_RE = re.compile(rf"\b(?:Exercise|Ex\.?|Operation|Op\.)\s+['‘\"“]?(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})")
EXERCISE_SUFFIX_RE = re.compile(
    rf"(?P<name>(?<![\w'’-]){_CAP}(?:\s+{_CAP}){{0,2}})['’\"”]?\s+(?:(?:[Nn]aval|[Jj]oint|[Mm]ilitary|[Mm]aritime|[Bb]ilateral|[Aa]ir|[Nn]aval)\s+)*(?:{_EXERCISE_WORDS}|Exercises?)\b"
)
SERIES_RE = re.compile(r"\b(?:series|edition|iteration) of (?:the )?['‘\"“]?(?P<name>[A-Z]{2,}(?:[ -][A-Z]{2,}){0,2})\b")
EXERCISE_LIST_RE = re.compile(r"(?i:exercises?|drills)[^.;:]{0,40}?\b(?:like|such as|namely|including|viz\.?|called|named)[,:]?\s*\(?(?P<list>[^.;)]+)")
QUOTED_RE = re.compile(r"['‘\"“](?P<name>[A-Z0-9][^'’\"”]{1,50}?)['’\"”](?!\w)")
DURATION_RE = re.compile(
    r"(?i)(?<![\w-])(?P<num>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
    r"(?:[- ](?:day|week|month|year|hour)s?(?=-long\b|\s+long\b|\s+[a-z‘'\"])|-member(?=\s+[a-zA-Z‘'\"]))"
)  # "a two-week military exercise", "the two-weeks long 'Exercise Yudh Abhyas'": how long is the fact; "an 11-member delegation": how many
TWO_PLUS_TWO_RE = re.compile(r"(?i)(?<![\w+])(?:2\s?\+\s?2|two-plus-two)(?![\w+])")
AGREEMENT_HEADS = (
    "Agreement", "Accord", "Treaty", "Pact", "Convention", "Protocol", "Declaration", "Charter", "Memorandum", "Partnership",
    "Dialogue", "Summit", "Arrangement", "Roadmap", "Framework", "Alliance", "Initiative", "Plan", "Strategy", "Compact",
    "Statement", "Vision", "Understanding", "Mechanism", "Principles", "Consensus", "Guidelines", "Doctrine",
)  # fmt: skip
_HEAD = "|".join(AGREEMENT_HEADS)
AGREEMENT_RE = re.compile(
    rf"(?<![\w'’-])(?:{_CAP}\s+)?(?:(?:{_CAP}|{_CONNECT})\s+){{0,7}}?(?:{_HEAD})s?(?:\s+(?:of|on|for|between)\s+(?:the\s+)?{_CAP}(?:\s+(?:{_CAP}|and|between|the))*)?(?![\w-])"
)
ORDINAL_RE = re.compile(
    r"(?i)(?<![\w.,-])(?P<ord>\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|fifteenth|twentieth)"
    r"(?P<rest>-(?:largest|biggest|highest|most|oldest)\b|\s+(?:edition|anniversary|iteration|round|meeting|session|annual|summit|ship|instalment|installment|version|largest|biggest|phase|member|nation|signatory)\b"  # "NATO's 32nd member", "the eighth nation to sign up"
    r"|\s+such\s+(?:\w+\s+)?(?:exercise|drill|meeting|summit|dialogue|visit)s?\b"
    r"|\s+(?:[\w’'-]+\s+){1,5}(?:\([A-Z]{2,6}\)\s+)?(?:edition|summit|meeting|dialogue|conference)\b"  # "the fourth in-person Quad leaders' summit", "the 23rd Shanghai Cooperation Organisation (SCO) summit"
    r"|\s+(?:country|consecutive\s+(?:year|time|edition)|and\s+(?:largest|biggest))\b"  # "the third country with which ...", "the 11th and largest iteration"
    r"|(?-i:\s+(?=[A-Z][\w-]*[A-Z][\w-]*\b|(?:[A-Z][a-z]+\s){1,3}(?:Conference|Meeting|Summit|Dialogue|Session|Congress)\b)))"  # "the 11th ADMM-Plus"
)
TOPIC_AGREEMENT_RE = re.compile(
    r"(?<=\s)(?:memorandum of understanding|framework agreement|agreement|pact|treaty)\s+(?:on|for)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:cooperation|co-operation|collaboration)\b"
)  # an agreement named by its subject, in lower case: "a memorandum of understanding on maritime cooperation"
INITIATIVE_RE = re.compile(
    r"(?<![\w-])(?:Make in India|Aa?tma\s?nirbhar Bharat|Act East Policy|Neighbou?rhood First(?: Policy)?|Indo-Pacific Oceans[’']? Initiative"
    r"|Security and Growth for All in the Region|Digital India|Skill India|Start-?up India)(?![\w-])"
)  # India's flagship programmes, named in passing ("under India's Make in India initiative"): the exam asks them
MONEY_RE = re.compile(
    r"(?<![\w$€£₹])(?:(?:AU|A|C|US|NZ|S|HK)\$\s?|[$€£₹]\s?|(?:Rs\.?|INR|USD|AUD|CAD|EUR|GBP)\s?)\d[\d,]*(?:\.\d+)?(?:\s?(?:mn|bn|million|billion|trillion|crore|lakh)\b)?"
    r"|(?<![\w.,])\d[\d,]*(?:\.\d+)?(?:\s?(?:to|-|–)\s?\d[\d,]*(?:\.\d+)?)?\s(?:million|billion|trillion|crore|lakh)\s(?:euros?|pounds|dollars|won|yen|rupees)\b"
)  # "AU$10 billion", "C$400mn", "₹2,867 crore", "AUD 1.4 million", "20 trillion won": the model misses a currency it does not know
_STATUS_WORDS = r"(?:comprehensive|strategic|global|special|privileged|enhanced|all-round|security and defen[cs]e)"
STATUS_RE = re.compile(
    rf"(?<![\w-])(?P<name>{_STATUS_WORDS}(?:\s+(?:and\s+)?{_STATUS_WORDS}){{0,2}}\s+partnership|mutual (?:defen[cs]e|security|assistance) (?:treaty|pact|agreement))(?![\w-])"
)  # a relationship's status, in lower case: "elevate their relations to a comprehensive strategic partnership", "mutual defense treaty"
_STATUS_VERB = re.compile(r"(?i)\b(?:elevat|upgrad|rais|establish|explor|work on|forg|launch|sign|form|under)\w*\b[^.;]{0,40}$")
_PACT_VERB = re.compile(r"(?i)\b(?:sign|ink|conclud|finali[sz]|seal|agree|negotiat|talks on|adopt)\w*\b[^.;:]{0,50}$")
_PACT_STOP = r"(?:at|in|with|to|by|from|for|that|which|on|during|between|as|and|the|a|an|of|this|last|next|worth|under|after|before)"
_PACT_EPITHETS = {"new", "historic", "landmark", "key", "major", "formal", "broader", "proposed", "draft", "bilateral", "first", "separate", "similar",
                  "significant", "important", "long-awaited"}  # fmt: skip
_PACT_KINDS = {"defence", "defense", "security", "military", "comprehensive", "strategic", "framework", "peace", "deal", "treaty-level", "binding", "legally-binding"}  # "a defence pact" names none
LOWER_PACT_RE = re.compile(
    rf"(?<=\s)(?:pact|agreement|accord|treaty)\s+on\s+(?P<topic>[a-z][a-z-]+(?:\s+(?!{_PACT_STOP}\b)[a-z][a-z-]+){{0,3}})(?![\w-])"
    r"|(?<=\s)(?:a|an|the|their|its)\s+(?P<name>(?:[a-z][a-z-]+\s+(?:and\s+)?){1,3}(?:agreement|pact|treaty|accord)|letter of intent)(?![\w-])"
)  # a signed agreement named in lower case, the fact an article is about: "signed a pact on {{defense equipment transfers}}",
# "signed ... a {{maritime security agreement}}", "talks on an {{acquisition and cross-servicing agreement}}", "a {{letter of intent}}"
PLATFORM_RE = re.compile(
    r"(?<=\s)(?P<name>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)\s+(?:[a-z]+-[a-z]+\s+)?"
    r"(?:drones?|UAVs|jets|fighters|fighter jets|helicopters|missiles|submarines|frigates|destroyers|corvettes|howitzers|tanks)\b"
)  # "31 Predator long-endurance drones", "four Hellfire missiles": a named platform before what it is
_NOT_PLATFORMS = {"Navy", "Army", "Air", "Force", "Naval", "Military", "Combat", "Fighter", "Attack", "Stealth", "Nuclear", "Advanced",
                  "Light", "Heavy", "Modern", "New", "More", "Several", "Many", "Some", "Two", "Three", "Four", "Five", "Six",
                  "Seven", "Eight", "Nine", "Ten", "Twelve", "Twenty", "Thirty", "Allied", "Enemy", "Joint", "Defence", "Defense",
                  "Chinese", "Russian", "Pakistani", "Western", "Eastern", "Northern", "Southern", "Reaper"}  # fmt: skip
TITLED_PERSON_RE = re.compile(
    r"(?:\b(?:NSA|PM|President|Prime Minister|Chancellor|Minister|Secretary|Ambassador|High Commissioner|General|Gen\.?|Admiral|Adm\.|"
    r"Commander|Captain|Capt\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Senator|Sen\.|Governor|Premier|Chief|King|Queen|Crown Prince|Vice President)"
    r"|(?<![\w.])H\.\s?E\.?|\bHon['’]ble)"  # "H.E Santosh Jha", "Hon'ble Premitha Bandara Tennakoon"
    r"(?:(?:\s+of\s+State)?\s+(?:of|for)(?:\s+the)?\s+[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+)?(?=\s+[A-Z]\w+\s+[A-Z]))?"  # "Minister of Defence Prabowo Subianto", "Secretary of State for Defence Grant Shapps"
    r"\s+(?P<name>[A-Z][\w'’-]+\.?(?:\s+[A-Z][\w'’.-]*){1,2}(?:\s+(?:II|III|IV|Jr\.|Sr\.))?)(?![\w'’-])"
)
SURNAME_AFTER_TITLE_RE = re.compile(
    r"\b(?:PM|President|Prime Minister|Chancellor|Premier|Senator|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+(?P<name>[A-Z][a-z][\w'’-]+)(?!['’]?\s*[A-Z\d]|\s+of\b|[\w-])"
)  # "PM Albanese", "President Biden": a surname alone after a title
ORGANISATION_HEADS = {
    "Council", "Agency", "Command", "Ministry", "Department", "Organisation", "Organization", "Centre", "Center", "Institute",
    "Corporation", "Committee", "Group", "Bank", "Fund", "Office", "Service", "Authority", "Board", "Commission", "Forum",
    "Association", "Union", "Force", "Forces", "Navy", "Army", "Guard", "Research", "Laboratory", "Limited", "Ltd",
}  # fmt: skip
# Organisations the model misses or cuts: a capitalised name ending in a body's head word ("Japan Ground
# Self-Defence Force", "Pacific Islands Forum", "11th Airborne Division", "Dassault Aviation"), "Ministry
# of X", and the well-known international groupings (ISO 3166 is to countries what this short list is to them).
_ORG_TAIL = (
    r"(?:Council|Agency|Command|Ministry|Department|Organi[sz]ation|Institute|Corporation|Committee|Group|Forum|Alliance|"
    r"Association|Union|Commission|Authority|Board|Bureau|Air Force|Navy|Army|Coast Guard|(?:Self-Defen[cs]e )?Forces?|Fleet|"
    r"Division|Brigade|Regiment|Battalion|Rifles|Corps|Marines|Aviation|Aeronautics|Industries|Shipyard|Systems|Dynamics|"
    r"Engines|Limited|Ltd|Inc|Agency|News Agency|Secretariat)"
)
ORG_NAME_RE = re.compile(
    rf"(?<![\w'’/-])(?P<name>(?:\d{{1,2}}/\d{{1,2}}\s+)?(?:(?:\d{{1,3}}(?:st|nd|rd|th)|U\.S\.|{_CAP})\s+)(?:(?:{_CAP}|of|and|for|on|&)\s+){{0,4}}?{_ORG_TAIL}s?)(?![\w-])"
)
MINISTRY_OF_RE = re.compile(
    rf"\b(?P<name>(?:Ministry|Department|Council|Office|(?:High )?Commission|Embassy) of (?:the )?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}})"
)  # "Ministry of Defence", "High Commission of India"
GROUPINGS = frozenset(
    """AUKUS Quad QUAD ASEAN NATO G7 G20 BRICS SCO UN UNSC IORA BIMSTEC SAARC WTO IMF IAEA OPEC APEC CSTO AU OAS GCC
    OECD Interpol""".split()
)
GROUPING_RE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(GROUPINGS, key=len, reverse=True)) + r")(?![\w-])")
_ORG_LEAD = {"The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "As", "And", "Both", "Each", "Under", "Through", "While",
             "When", "After", "Before", "During", "Since", "Its", "Their", "Our", "His", "Her", "This", "That", "These", "Those"}  # fmt: skip
_GENERIC_ORG_WORDS = {"Defence", "Defense", "Ministry", "Army", "Navy", "Air", "Force", "Forces", "Group", "Council", "Command",
                      "Department", "Joint", "National", "Military", "Naval", "Armed", "Special", "Task", "Coast", "Guard",
                      "Marines", "Fleet", "Division", "Brigade", "Regiment", "Battalion", "Corps", "of", "and", "for", "on", "&",
                      "Self-Defence", "Self-Defense", "Agency", "News", "Union", "Board", "Office", "Committee"}  # fmt: skip


def organisation_matches(sentence: str) -> list[Match]:
    """Names of bodies by their form: "X ... Force/Forum/Ministry", "Ministry of X", "AUKUS"; one word of substance at least."""
    out: list[Match] = []
    for m in ORG_NAME_RE.finditer(sentence):
        words = m.group("name").split()
        while words and (words[0] in _ORG_LEAD or re.search(r"['’]s$", words[0]) or words[0] in MONTHS.split("|")):
            words.pop(0)
        while len(words) > 2 and words[0] in ("Headquarters", "HQ", "Office", "Commander", "Chief", "Head", "Director") and words[1] == "of":
            words = words[2:]  # "Headquarters of Western Naval Command", "Commander of Sri Lankan Army": the body is the name
        if len(words) < 2 or all(w in _GENERIC_ORG_WORDS for w in words):
            continue  # "Defence Ministry", "the Army": which one is context
        name = " ".join(words)
        start, end = _span(sentence, m.start("name"), name)
        out.append(Match("organisation", start, end, name, "organisation"))
    for m in MINISTRY_OF_RE.finditer(sentence):
        out.append(Match("organisation", m.start("name"), m.end("name"), m.group("name"), "organisation"))
    for m in GROUPING_RE.finditer(sentence):
        out.append(Match("organisation", m.start(), m.end(), m.group(), "grouping"))
    return out


TASK_FORCE_RE = re.compile(r"(?:\b[A-Z][\w-]*\s+){0,2}(?:Task Force|Battle ?[Gg]roup|Mission)(?:\s+[A-Z][\w-]+){1,2}")
ACRONYM = r"[A-Z][A-Za-z0-9&-]*[A-Z0-9]"
PAREN_EXPANSION_RE = re.compile(
    rf"(?P<long>(?:{_CAP}\s+)(?:(?:{_CAP}|of|and|for|on|the|&)\s+){{0,8}}{_CAP})\s+\((?P<acr>{ACRONYM})s?(?:\s(?:19|20)\d\d)?\)"
)  # "International Defence Exhibition (IDEX 2023)": the year is the edition, the acronym the name
ACRONYM_PAREN_RE = re.compile(rf"\b(?P<acr>{ACRONYM})\s+\((?P<long>[A-Z][^()]{{3,80}})\)")


_LEADING = {"Through", "Under", "Since", "After", "Before", "During", "While", "When", "Although", "Its", "Their", "Our", "His", "Her",
            "Some", "Many", "Most", "All", "Every", "One", "Another", "Besides", "Via", "Including", "Both", "Under"}  # fmt: skip


def _trim(name: str) -> str:
    words = name.strip("'‘’\"“”").split()
    while words and (words[0].strip("'‘“\"") in _NOT_NAMES or words[0] in _LEADING or re.search(r"['’]s$", words[0])):
        words.pop(0)
    if words and "." not in words[-1][:-1]:
        words[-1] = words[-1].rstrip(".,;:")
    while words and (words[-1] in _NOT_NAMES or words[-1] in {"of", "and", "the", "for", "on", "in", "to", "&"}):
        words.pop()
    return " ".join(words)


def _span(sentence: str, start: int, text: str) -> tuple[int, int]:
    at = sentence.find(text, start)
    return (at, at + len(text)) if at >= 0 else (start, start + len(text))


def ordinal_value(text: str) -> int | None:
    text = text.lower()
    if text in ORDINAL_WORDS:
        return ORDINAL_WORDS[text]
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else None


def _expansion(long: str, acronym: str) -> str | None:
    """The words an acronym stands for at the end of ``long`` ("G7 Rapid Response Mechanism (RRM)"), or None."""
    words = long.split()
    for cut in range(len(words)):
        tail = words[cut:]
        capitals = "".join(w[0] for w in tail if w[0].isupper()).upper()
        every = "".join(w[0] for w in tail).upper()  # "Ministry of Defence (MoD)"
        if tail[0][0].isupper() and acronym.upper().rstrip("S") in (capitals, every):
            return " ".join(tail)
    return None


def field_matches(sentence: str, paragraph: str = "") -> list[Match]:
    """Every field-specific name in the sentence; overlapping spans are resolved by the caller."""
    out: list[Match] = []
    context = sentence + " " + paragraph
    exercise_talk = bool(_EXERCISE_CONTEXT.search(context))

    for m in VESSEL_RE.finditer(sentence):
        out.append(Match("operation", m.start(), m.end(), m.group(), "vessel", [m.group().split(None, 1)[1]]))
    for m in PLATFORM_RE.finditer(sentence):
        name = m.group("name")
        if m.start() > 0 and not set(name.split()) & (_NOT_NAMES | _NOT_PLATFORMS) and not name.endswith(("an", "ese", "ish", "i")):
            out.append(Match("operation", m.start("name"), m.end("name"), name, "programme"))  # "31 Predator drones", "15 Sea Guardian drones"
    for m in CLASS_RE.finditer(sentence):
        name = m.group(1)
        while " " in name and (name.split()[0] in _NOT_NAMES or name.split()[0].endswith(("an", "ese", "ish"))):
            name = name.split(None, 1)[1]  # "an Indian Scorpene-class": the class is Scorpene
        if name in _NOT_NAMES:
            continue
        start = m.start() + len(m.group(1)) - len(name)
        out.append(Match("operation", start, m.end(), sentence[start : m.end()], "class", [name]))
    for m in DESIGNATOR_RE.finditer(sentence):
        text = m.group()
        if re.fullmatch(r"COVID-\d+|G-\d+|[A-Z]-\d", text):
            continue
        out.append(Match("operation", m.start(), m.end(), text, "programme"))
    for m in NAME_YEAR_RE.finditer(sentence):
        name = m.group("name")
        if re.fullmatch(MONTHS, name.split()[-1]) or name.split()[0] in _NOT_NAMES or not exercise_talk:
            if not (exercise_talk and name.isupper() and name not in _NOT_NAMES):
                continue
        if name.split()[-1] in {"In", "Since", "By", "Until", "From", "Of"}:
            continue
        label = "exercise" if exercise_talk else "term"
        out.append(Match("operation" if exercise_talk else "term", m.start(), m.end(), m.group(), label, [name]))
    for m in EXERCISE_PREFIX_RE.finditer(sentence):
        name = _trim(m.group("name"))
        if name and name not in _NOT_NAMES:
            start, end = _span(sentence, m.start("name"), name)
            out.append(Match("operation", start, end, name, "exercise"))
    for m in EXERCISE_SUFFIX_RE.finditer(sentence):
        name = _trim(m.group("name"))
        if name and not re.fullmatch(MONTHS, name) and len(name) > 2 and not re.fullmatch(r"Indo[- ]?\w+", name):
            start, end = _span(sentence, m.start("name"), name)
            out.append(Match("operation", start, end, name, "exercise"))
    for m in SERIES_RE.finditer(sentence):  # "the first exercise in the series of AUSTRA HIND"
        if exercise_talk:
            out.append(Match("operation", m.start("name"), m.end("name"), m.group("name"), "exercise"))
    for m in EXERCISE_LIST_RE.finditer(sentence):
        base = m.start("list")
        for item in re.split(r",\s*|\s+and\s+", m.group("list")):
            name = _trim(re.sub(r"^(?:and|or)\s+", "", item.strip()).strip("()'‘’\""))
            if name and name[0].isupper() and len(name.split()) <= 3 and all(w[0].isupper() for w in name.split()):
                start, end = _span(sentence, base, name)
                out.append(Match("operation", start, end, name, "exercise"))
    for m in QUOTED_RE.finditer(sentence):
        name = m.group("name").strip()
        words = name.split()
        if len(words) > 5 or not all(w[0].isupper() or w[0].isdigit() or w in {"of", "and", "for", "on", "the"} for w in words):
            continue
        after = sentence[m.end() : m.end() + 40].lower()
        before = sentence[max(0, m.start() - 40) : m.start()].lower()
        name = re.sub(r"^(?:Ex|Exercise)\s+", "", name)
        start, end = _span(sentence, m.start("name"), name)
        if re.search(_EXERCISE_WORDS + r"|exercise", after + " " + before) or re.search(r"(?:19|20)\d\d$|-\d\d$", name) and exercise_talk:
            if re.search(r"(?:19|20)\d\d", name) and not exercise_talk:
                out.append(Match("agreement", start, end, name, "roadmap"))
            else:
                out.append(Match("operation", start, end, name, "exercise"))
        elif any(name.endswith(h) for h in AGREEMENT_HEADS) or re.search(r"(?:19|20)\d\d$", name):
            out.append(Match("agreement", start, end, name, "agreement"))
        elif re.fullmatch(r"[A-Z][A-Za-z-]{2,}", name) and re.match(r"\s+[a-z]", sentence[m.end() :]):
            out.append(Match("organisation", start, end, name, "grouping"))  # "the ‘Quad’ countries": a name the writer marked
    for m in DURATION_RE.finditer(sentence):
        value = NUMBER_WORDS.get(m.group("num").lower()) or (int(m.group("num")) if m.group("num").isdigit() else None)
        joined = "-" in m.group()[len(m.group("num")) : len(m.group("num")) + 1] or re.match(r"[- ]long\b", sentence[m.end() :])
        if value and value > 1 and joined:  # "a two-week exercise", "the 43 year long history"
            out.append(Match("figure", m.start("num"), m.end("num"), m.group("num"), "duration", [], float(value)))
    for m in TWO_PLUS_TWO_RE.finditer(sentence):
        out.append(Match("agreement", m.start(), m.end(), m.group(), "dialogue", ["2+2"] if "two" in m.group().lower() else ["two-plus-two"]))
    for m in INITIATIVE_RE.finditer(sentence):
        out.append(Match("agreement", m.start(), m.end(), m.group(), "initiative"))
    for m in MONEY_RE.finditer(sentence):
        amount = re.search(r"\d[\d,]*(?:\.\d+)?", m.group())
        scale = re.search(r"(mn|bn|million|billion|trillion|crore|lakh)\b", m.group())
        factor = {"mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "trillion": 1e12, "crore": 1e7, "lakh": 1e5}.get(scale.group(1) if scale else "", 1)
        out.append(Match("figure", m.start(), m.end(), m.group(), "money", [], float(amount.group().replace(",", "")) * factor))
    for m in STATUS_RE.finditer(sentence):
        several = len(m.group("name").split()) >= 3 or m.group("name").startswith("mutual")
        if several or _STATUS_VERB.search(sentence[: m.start()]):  # "to a comprehensive strategic partnership"; not "their strategic partnership"
            out.append(Match("agreement", m.start("name"), m.end("name"), m.group("name"), "status"))
    for m in TOPIC_AGREEMENT_RE.finditer(sentence):  # "their first memorandum of understanding on defense cooperation"
        out.append(Match("agreement", m.start(), m.end(), m.group(), "topic", ["memorandum of understanding"] if m.group().startswith("memo") else []))
    for m in LOWER_PACT_RE.finditer(sentence):
        if not _PACT_VERB.search(sentence[: m.start()]):
            continue  # "the pact on ... " said in passing; only one signed, agreed or negotiated is the fact
        group = "topic" if m.group("topic") else "name"
        words = m.group(group).split()
        if group == "name" and "of" not in words:
            while len(words) > 1 and words[0] in _PACT_EPITHETS:
                words.pop(0)  # "a new defence cooperation agreement": the kind of agreement, without what the writer thinks of it
            if len(words) < 2 or words[-2] == "and" or all(w in _PACT_KINDS for w in words[:-1]):
                continue  # "the pact", "a defence pact": no name
        if group == "topic" and (words[-1] in ("cooperation", "co-operation", "collaboration") or len(words) == 1 and not words[0].endswith("s")):
            continue  # "an agreement on maritime cooperation" (TOPIC_AGREEMENT_RE has the whole name), "a pact on Friday"
        name = " ".join(words)
        start, end = _span(sentence, m.start(group), name)
        out.append(Match("agreement", start, end, name, "topic"))
    for m in AGREEMENT_RE.finditer(sentence):
        name = m.group()
        words = name.split()
        while words and (words[0] in _NOT_NAMES - {"Joint", "Defence", "Defense", "Annual", "Quad", "QUAD", "Indo", "New", "Major", "Combined", "Special", "Trilateral", "Multilateral"}
                         or words[0] in {"And", "Of"} or words[0][0].islower() or words[0] in _LEADING or re.search(r"['’]s$", words[0])):  # fmt: skip
            words.pop(0)
        name = " ".join(words)
        chapter = re.match(r"Chapter [IVX]+ of (?:the )?(?:UN|United Nations) Charter\b", name)
        if chapter:  # "under Chapter VII of the UN Charter on Peacekeeping Operations.": the chapter is the name, not what it is about
            name, words = chapter.group(), chapter.group().split()
        if len(words) < 2 or name in AGREEMENT_HEADS:
            continue
        tail = re.search(r"\s+between\s+(?:the\s+)?([A-Z][\w.]*)\s+and\s+(?:the\s+)?([A-Z][\w.]*)$", name)
        if tail and name.split()[-1] not in AGREEMENT_HEADS and not name.startswith(("Joint Declaration", "Agreement", "Treaty", "Memorandum")):
            from studyapp.drafting.countries import is_country

            if all(is_country(part) for part in tail.groups()):
                name = name[: tail.start()]
                words = name.split()
        pair = re.match(r"[A-Z][a-z]+-[A-Z][a-z]+\s+(?=[A-Z])", name)
        if pair and len(words) > 3:  # "India-Australia Comprehensive Strategic Partnership": the pair is context, not the name
            name = name[pair.end() :]
        name = re.sub(r"(?:\s+(?:and|the|of|on|for|between))+$", "", name)  # "a Memorandum of Understanding on Mutual Logistics Support and a ..."
        start, end = _span(sentence, m.start(), name)
        label = "dialogue" if name.endswith(("Dialogue", "Summit")) else "agreement"
        out.append(Match("agreement", start, end, name, label))
    for m in ORDINAL_RE.finditer(sentence):
        value = ordinal_value(m.group("ord"))
        if value is None or (value == 1 and not m.group("rest").startswith("-")):
            continue
        alternatives = [str(value)] if m.group("ord")[0].isalpha() is False else []
        out.append(Match("figure", m.start("ord"), m.end("ord"), m.group("ord"), "ordinal", alternatives, float(value)))
    for m in PAREN_EXPANSION_RE.finditer(sentence):
        long = re.sub(r"^(?:(?:The|A|An|In|On|By|At|For|From|With|Through|Under)\s+)+", "", m.group("long"))
        acr = m.group("acr")
        long = re.sub(r"^(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+)+", "", long)  # "India's Ministry of Defence (MoD)", "Prime Minister Narendra Modi’s Cabinet Committee on Security (CCS)": the owner is context
        expanded = _expansion(long, acr)
        if expanded is None and " and " in long:  # "X's A and Y's B (HAL)": the acronym is B's
            long = re.sub(r"^(?:[A-Z][\w.-]*['’]s\s+)+", "", long.rsplit(" and ", 1)[1])
            expanded = _expansion(long, acr)
        long = expanded or long
        if not long:
            continue
        initials = "".join(w[0] for w in long.split() if w[0].isupper())
        if not long or (initials[:1] != acr[:1] and acr[:1] not in initials):
            continue
        start, end = _span(sentence, m.start("long"), long)
        last = long.split()[-1]
        heads = set(long.split()) & ORGANISATION_HEADS
        organisation = last in ORGANISATION_HEADS or heads and long.split()[0] in heads or ORG_NAME_RE.fullmatch(long)
        kind = "agreement" if last in AGREEMENT_HEADS else "organisation" if organisation else "term"
        out.append(Match(kind, start, end, long, "acronym", [acr]))
    for m in TITLED_PERSON_RE.finditer(sentence):
        name = re.sub(r"['’]s$", "", m.group("name").rstrip(",") if re.search(r"\b[JS]r\.$", m.group("name")) else m.group("name").rstrip(".,"))
        if not re.search(r"(?:Minister|Secretary|President|General|Admiral|Ministry|Force|Navy|Army|Council|Command|Committee|Commission|Board|Agency|Forum|Group)\b", name):
            out.append(Match("person", m.start("name"), m.start("name") + len(name), name, "person"))
    for m in SURNAME_AFTER_TITLE_RE.finditer(sentence):
        name = re.sub(r"['’]s$", "", m.group("name"))
        if name not in _NOT_NAMES and name not in {"Minister", "Secretary", "General", "Elect"}:
            out.append(Match("person", m.start("name"), m.start("name") + len(name), name, "person"))
    for m in TASK_FORCE_RE.finditer(sentence):
        name = " ".join(w for w in m.group().split() if not re.search(r"['’]s$", w))
        if len(name.split()) >= 2:
            start, end = _span(sentence, m.start(), name)
            out.append(Match("operation", start, end, name, "mission"))
    out.extend(organisation_matches(sentence))
    return out
