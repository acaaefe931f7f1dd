"""Which drafts are worth asking, and which need no edit: the last pass over a document's drafts.

The drafter finds facts sentence by sentence; only with every draft in view can one
see what a reviewer deletes: a credit line or dateline taken for a fact, the trip's
airport and aircraft, a gap the rest of the question gives away, half a name, a
true/false swap that is absurd or still true, the same fact asked twice; and what a
GS2 examiner does not ask: the aircraft, helicopter types, ship classes and counts in an
exercise's participant list, a service its ship's prefix names ("INS"), a capital beside
its country, a count whose items the sentence lists, a head of government asked again in
his post, a rank or a month alone. Those are dropped here; a credit line left in a good
draft's sentence is cut instead, a true statement of a sentence already clozed becomes a
cloze of its own fact. Last, a sanity test any draft must pass (``_insane``): no tweet or link,
no heading in capitals, no count of a month or an acronym, no company results. Round seven added
what the blind judges kept deleting: a capital standing for its country (and a country named by its
capital or ships), gaps run across two names, a delegation's size, a pair, one phase's dates, a
statement's date, protocol, a place in someone's quoted words, a sum converted (the conversion is cut).
Round eight (``_logistics``) added what every strict blind judge deleted more often than the fact listers
listed it: the learner's own services, an exercise's length, the UN of "UN mandate", names of common words,
the two countries as a gap, the region a country lies in, a country's generic body ("the {{Royal Army}} of
Oman"), a contingent's size, one word taken for a person; and exercise swaps that name no exercise.
Round ten (``_participants``) added what the fact lister and the blind judge of round nine both left out by the
one standard they were given: a contingent's units and head count, a ship named after its type, the press office
that said it, the day an exercise ends, an exercise's year beside its name; and junk gaps (across a bracket, a rank
cut in two, a body cut before its "of").
``problem`` runs the one-draft checks while drafting, so a fact is asked from its next sentence instead.
Rules look at the question as the learner sees it, so they hold for any drafter.
"""

from __future__ import annotations

import copy
import difflib
import re

# -- a question's sentence and gap ---------------------------------------------------------------

_QUOTED = re.compile(r'^[^"]*\?\s*"(.*)"$', re.S)
_SAID = re.compile(r'^The document says: "(.*)"$', re.S)


class _Gap:
    """The sentence a question asks about, the answer's span in it, and the answer (what the learner must supply)."""

    def __init__(self, question: dict):
        self.question = question
        self.sentence = ""
        self.answer = ""
        self.start = self.end = -1
        self.swapped_in = self.swapped_out = self.original = ""
        kind = question.get("type")
        if kind == "cloze":
            text = question.get("text", "")
            match = re.search(r"\{\{(.*?)\}\}", text)
            if match:
                self.answer = match.group(1).split("|")[0]
                plain = re.sub(r"\{\{(.*?)(?:\|.*?)?\}\}", r"\1", text[: match.start()])
                self.start = len(plain)
                self.end = self.start + len(self.answer)
                self.sentence = plain + self.answer + re.sub(r"\{\{(.*?)(?:\|.*?)?\}\}", r"\1", text[match.end() :])
        elif kind in ("numeric", "choice"):
            match = _QUOTED.match(question.get("prompt", ""))
            if match and "____" in match.group(1):
                quoted = match.group(1)
                self.answer = str(question.get("answer", ""))
                self.start = quoted.index("____")
                self.end = self.start + len(self.answer)
                self.sentence = quoted.replace("____", self.answer, 1)
        elif kind == "truefalse":
            self.sentence = question.get("prompt", "")
            said = _SAID.match(question.get("explanation", "") or "")
            if question.get("answer") is False and said:
                self._diff(self.sentence, said.group(1))
            elif question.get("_fact") and question["_fact"] in self.sentence:
                self.answer = question["_fact"]
                self.start = self.sentence.index(self.answer)
                self.end = self.start + len(self.answer)

    def _diff(self, statement: str, original: str) -> None:
        a, b = statement.split(), original.split()
        inserted, deleted = [], []
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
            if op in ("replace", "insert") and not inserted:
                inserted, deleted = a[i1:i2], b[j1:j2]
                self.start = len(" ".join(a[:i1])) + (1 if i1 else 0)
        self.swapped_in = " ".join(inserted).strip(",.;:")
        self.swapped_out = " ".join(deleted).strip(",.;:")
        self.original = original
        if self.swapped_in:
            self.answer = self.swapped_in
            self.end = self.start + len(self.answer)

    @property
    def found(self) -> bool:
        return self.start >= 0 and bool(self.answer)

    @property
    def before(self) -> str:
        return self.sentence[: self.start]

    @property
    def after(self) -> str:
        return self.sentence[self.end :]

    @property
    def rest(self) -> str:
        """Everything the learner sees but the gap: the sentence around it (other gaps of the same answer cut)."""
        rest = self.before + " … " + self.after
        if self.question.get("type") != "cloze":
            return rest
        return re.sub(rf"(?<![\w-]){re.escape(self.answer)}(?![\w-])", " … ", rest)


# -- credit lines and datelines (cut from a good draft, a fact in them dropped) --------------------

_LEAD_CREDIT = re.compile(r"^\s*\((?:MENAFN|IANS|ANI|PTI|UNI|Reuters|AFP|AP|WAM|Xinhua|Bernama|KUNA|SPA|Yonhap|Kyodo)\b[^()]{0,40}\)\s*")
_DATE_IN_LINE = r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+\d{4})?"
_PLACE_IN_LINE = r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}|[A-Z]{3,}(?:\s[A-Z]{3,}){0,2})"
_DATELINE = re.compile(rf"^{_PLACE_IN_LINE}(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s[-–—]))?(?:,\s*{_DATE_IN_LINE})?(?:\s*\((?:[A-Z][A-Za-z]+)\))?\s*(?::|\s[-–—])\s+(?=[A-Z“\"‘'])")
_DATED_DATELINE = re.compile(rf"^{_PLACE_IN_LINE},\s*{_DATE_IN_LINE}(?:(?:\s*\([A-Z][A-Za-z]+\))?\s*(?::|\s[-–—])\s+|\s+)(?=[A-Z“\"‘'])")
_PHOTO_CREDIT = re.compile(r"\s*\((?:[A-Z]{2,}\s+)?(?:Photo|Image|Pic|Picture|File photo|Representational)\b[^()]{0,60}\)\s*\.?\s*$|\s*\b(?:Photo|Image|Picture)(?: credit)?\s*:\s*.{0,60}$")
_LINE_LEAD = ("Exercise", "Operation", "Key", "Note", "Also", "Read", "Watch", "Update", "Summary", "Background", "Highlights")


def _credit_length(sentence: str, opens_document: bool) -> int:
    """How many characters at the sentence's start are a credit line or dateline ("(MENAFN- Asia Times)", "Colombo, August 25:")."""
    cut = 0
    credit = _LEAD_CREDIT.match(sentence)
    if credit:
        cut = credit.end()
    rest = sentence[cut:]
    line = _DATED_DATELINE.match(rest) or ((credit or opens_document) and _DATELINE.match(rest))
    if line and not rest.startswith(_LINE_LEAD):
        cut += line.end()
    return cut


def _opens_document(sentence: str, document) -> bool:
    if document is None:
        return False
    blocks = [b.text.strip() for b in getattr(document, "blocks", [])][:3]
    return any(text.startswith(sentence[:40]) for text in blocks if text)


def _cut_credit(question: dict, document) -> str | None:
    """Cut a leading credit line or dateline, or a trailing photo credit, from the question; say why it must go if the fact is in one."""
    gap = _Gap(question)
    if not gap.sentence:
        return None
    lead = _credit_length(gap.sentence, _opens_document(gap.sentence, document))
    photo = _PHOTO_CREDIT.search(gap.sentence)
    if gap.found and gap.question.get("type") != "truefalse" and (gap.start < lead or photo and gap.end > photo.start()):
        return "credit line"  # the fact is the credit line, the dateline or the photographer
    for cut in filter(None, (gap.sentence[:lead], photo and photo.group(0))):
        for field in ("text", "prompt", "explanation"):
            value = question.get(field)
            if isinstance(value, str) and cut in value:
                position = value.index(cut)
                tail = value[position + len(cut) :]
                leading = cut == gap.sentence[:lead]
                question[field] = value[:position] + (tail[:1].upper() + tail[1:] if leading else tail)
    return None


_CONVERTED = re.compile(r"\s*\((?:about |approx\w*\.? |around |some |nearly )?(?:[A-Z]{0,3}\$|[$€£₹]|Rs\.?\s?|INR\s?|USD\s?)\s?[\d.,]+(?:\s?[-–]\s?\$?[\d.,]+)?\s?(?:mn|bn|million|billion|trillion|crore|lakh)?\)")


def _cut_conversion(question: dict) -> None:
    """ "investing {{C$400mn}} (US$298 million)": the same sum converted, right after the gap, gives its size away; it goes."""
    if question.get("category") != "figure":
        return
    for field in ("text", "prompt"):
        value = question.get(field)
        if isinstance(value, str):
            question[field] = re.sub(r"(\}\}|____)" + _CONVERTED.pattern, r"\1", value, count=1)


def _place_category(question: dict) -> None:
    """ "conducted in Meghalaya's {{Umroi}}", "held at {{Vientiane}}": a name after "in"/"at" that names no body is a place."""
    if question.get("category") not in ("organisation", "person") or question.get("type") != "cloze":
        return
    gap = _Gap(question)
    words = gap.answer.split()
    if not gap.found or not 1 <= len(words) <= 2 or set(words) & (_ORG_WORDS | _COMMON_NAME_WORDS) or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return
    if re.search(r"\b(?:in|at|near|off)\s+(?:[A-Z][a-z]+['’]s\s+)$", gap.before) or re.search(r"\b(?:city|town|port|district|province) of\s+$", gap.before):
        question["category"] = "place"
    elif re.search(r"\bat (?:the )?(?:[A-Z][\w-]*\s+){1,4}(?:Node|Area|Ranges?|Camp|Centre|Center|School|Academy|Base),\s+$", gap.before):
        question["category"] = "place"  # "at the Joint Training Node, {{Umroi}}", "Foreign Training Node, {{Pithoragarh}}" (round ten)


# -- facts not worth asking --------------------------------------------------------------------------

_TRAVEL = r"(?i:\b(?:arriv\w*|flew|flown|fly|flying|landed|depart\w*|airlift\w*|go back|return\w*|reached|travell?ed|ferried)\b)"
_TRIP_FROM = re.compile(rf"{_TRAVEL}[^.;]{{0,80}}\b(?:from|by|aboard|onboard|on board|via)\s+(?:(?:the\s+)?[A-Z][\w-]*\s+){{0,3}}$")
_NOT_TRIP = re.compile(r"\b(?:hosted|organi[sz]ed|led|conducted|attended|signed|announced|said|built|made|operated)\s+by\s+(?:(?:the\s+)?[A-Z][\w-]*\s+){0,3}$")
_AIRPORT = re.compile(r"\b(?:Airport|Airfield|Air Terminal)\b")
_OUTLET = re.compile(r"\b(?:Times|Post|News|Herald|Journal|Tribune|Gazette|Express|Telegraph|Chronicle|Daily|Radio|Press)$|\b(?:Broadcasting|Television)\b|"
                     r"^(?:Reuters|AFP|ANI|PTI|IANS|Xinhua|BBC|CNN|Bloomberg|MENAFN|The Guardian)\b")  # fmt: skip
_REPORTED = re.compile(r"(?i)(?:\b(?:told|according to|reported by|interview with|quoted by|published (?:by|in)|credit)\s+(?:the\s+)?$)")
_DOCUMENT_COUNT = re.compile(r"(?i)^\s*(?:\w+\s+)?(?:records?|documents?|papers?|copies|pages?|letters?|minutes)\b")
_GENERIC_WORDS = {"special", "forces", "operations", "specialforces", "joint", "statement", "ministerial", "dialogue", "declaration", "summit", "meeting", "agreement", "final", "exercise", "ministry",
                  "department", "government", "notice", "of", "the", "and", "for", "on", "minister", "ministers", "conference", "talks", "cabinet"}  # fmt: skip
_SERVICE = re.compile(r"^(?:the\s+)?(?:[A-Z][a-z]+\s+){1,2}(Navy|Army|Air Force)$")
_OTHER_SERVICE = re.compile(r"^\s+and\s+(?:the\s+)?(?:Navy|Army|Air Force)\b")  # "the {{Indian Army}} and Air Force": the one left
_ORDINAL = r"(?i)\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
_CONVERSION = re.compile(r"(?:[$€£₹]|\b(?:C\$|A\$|Rs\.?|INR|USD|EUR))\s?[\d.,]+\s*(?:mn|bn|million|billion|crore|lakh|trillion)?\s*\($"
                         r"|(?<![\w.])\d[\d.,]*(?:\s+(?:to|-|–)\s+[\d.,]+)?\s*(?:[A-Za-z]+\s+){0,2}[A-Za-z]+\s*\(\s*(?:about|around|approximately|roughly|nearly|some|over|US|USD)?\s*[$€£₹]?\s*$")
# "C$400mn (____", "300 kilometers (____ miles)", "20 trillion won (____)", "2 to 3 billion euros ($____": the same figure converted


_PROTOCOL = re.compile(r"(?i)\bguard of hono(?:u)?r\b|\bred carpet\b|\bjet escort\b|\bescorted by\b|\bceremonial (?:welcome|reception)\b|\b(?:personally )?received the (?:PM|prime minister|president)\b")
_PRESS_OFFICE = re.compile(r"\b(?:Public Information|Public Relations|Press Information|Public Affairs|Press Office|Spokesperson)\b")


def _quoted(before: str, after: str) -> bool:
    """Whether the gap is inside a quotation that closes after it (a speaker's words, not a title in quotes)."""
    curly = before.count("“") > before.count("”") and "”" in after
    straight = before.count('"') % 2 == 1 and '"' in after
    return (curly or straight) and len(re.findall(r"\w+", before[max(before.rfind("“"), before.rfind('"')) :])) >= 4


def _generic(word: str) -> bool:
    """A word that names no one thing: "joint", "exercise", and a pair of who takes part ("Indo-French")."""
    from studyapp.drafting.countries import DEMONYMS

    word = re.sub(r"[’']s$", "", word.lower())
    nations = {"indo", *(d.lower() for d in DEMONYMS)}
    return word in _GENERIC_WORDS or word in ("military", "maritime", "naval", "bilateral") or "-" in word and all(p in nations for p in word.split("-"))


def _not_worth(gap: _Gap) -> str | None:
    question = gap.question
    category = question.get("category", "")
    answer, before, after = gap.answer, gap.before, gap.after
    if _AIRPORT.search(answer) and category in ("place", "organisation", "operation", "term"):
        return "arrival airport"
    if category in ("place", "organisation", "operation", "term") and _TRIP_FROM.search(before) and not _NOT_TRIP.search(before):
        if re.search(r"\b(?:from|via)\s+$", before) or category != "place":
            return "the trip, not the event"  # "arrived from {{Jodhpur}}", "by Indian Air Force {{IL-76}}"
    if category in ("organisation", "operation") and re.search(_TRAVEL, before) and re.match(r"^\s+(?:[A-Z]{1,3}-\d+\w*|aircraft|planes?|flights?)\b", after):
        return "the trip, not the event"  # "by {{Indian Air Force}} IL-76"
    if category in ("organisation", "term") and (_OUTLET.search(answer) or _REPORTED.search(before)):
        return "news outlet"
    if category == "figure" and _DOCUMENT_COUNT.search(after):
        return "count of papers or days"
    if category == "figure" and re.fullmatch(_ORDINAL, answer) and (edition := re.match(r"^\s+edition\b(.{0,60})", after)):
        what = re.split(r"\b(?:was|were|is|are|will|took|held|began|begins|started|concluded|kicked|to|in|at|on|with)\b", edition.group(1))[0]
        named = re.sub(r"^(?:The|On|In|At|This|It|A|An|By)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?", "", before)
        if not re.search(r"\b[A-Z][A-Za-z]", what + " " + named):
            return "ordinal of an unnamed thing"  # "the {{second}} edition took place in September 2022"
    if category == "figure" and _CONVERSION.search(before.rstrip()):
        return "currency conversion"  # "C$400mn (____)"
    if category == "place" and re.search(r"(?i)\bembass(?:y|ies)\s+in\s+$", before):
        return "embassy in the capital"
    if category == "place" and _quoted(before, after):
        return "a place in someone's words"  # "“Ten K2 tanks will arrive here, in {{Morag}} ...,” the minister said"
    if category not in ("date", "figure") and _PROTOCOL.search(gap.sentence):
        return "protocol, not the event"  # "a guard of honor was presented by the {{Saudi Armed Forces}}", "with {{F-15}} fighter jet escort"
    if category == "date" and re.search(r"(?i)\b(?:statement|release|notice)\s+(?:\w+\s+){0,2}on\s+$|\b(?:said|stated|told reporters)\s+on\s+$", before):
        return "date of a statement"  # "A Pentagon statement issued on {{2 July}}": when it was said, not what happened
    if category in ("organisation", "term") and _PRESS_OFFICE.search(answer):
        return "press office"  # "{{Additional Directorate General of Public Information}} ... said"
    if category in ("agreement", "operation", "term", "organisation") and re.fullmatch(r"(?:the\s+)?(?:World War (?:I|II|One|Two)|First World War|Second World War)", answer):
        return "history, not these ties"  # "the 80th anniversary of {{World War II}}'s end"
    if category in ("organisation", "agreement", "term", "operation") and answer.split() and all(
        _generic(w) for w in answer.split()
    ) or category == "organisation" and re.fullmatch(r"(?:the\s+)?Government of (?:the\s+)?[A-Z][\w ]+", answer):
        return "generic words, not a name"
    service = _SERVICE.match(answer)
    if service and category == "organisation" and _OTHER_SERVICE.match(after):
        return "service given by the sentence"
    return None


# -- what the strict blind judges delete from every exercise report ------------------------------------

_HOME_SERVICE = re.compile(r"^(?:the\s+)?(?:Indian\s+(?:Army|Navy|Air\s+Force|Coast\s+Guard|Armed\s+Forces)|IAF)$")
_DRILL = re.compile(r"(?i)\b(?:exercises?|drills?|war ?games|manoeuvres|maneuvers|joint training|training exercise|contingents?)\b")
_LENGTH_AFTER = re.compile(r"^(?:-|\s+)(?:day|week)s?(?:[- ]long)?\b")
_UN = re.compile(r"^(?:the\s+)?(?:UN|United Nations)$")
_UN_STOCK = re.compile(r"^\s*(?:mandates?|peace-?keeping|peace\s+keeping|missions?|peace operations)\b", re.I)
_UN_CHARTER = re.compile(r"(?i)\bChapter\s+[IVX]+\s+of\s+the\s+$")  # "under the Chapter VII of the {{United Nations}}"
_GENERIC_ORG_WORDS = {"counter", "terrorism", "operation", "operations", "force", "forces", "special", "military", "exercise", "multinational",
                      "non", "government", "governmental", "organisations", "organizations", "commanders", "corps", "disaster", "relief", "and",
                      "peacekeeping", "humanitarian", "assistance", "armed", "joint", "un", "of", "the", "euro", "atlantic"}  # fmt: skip


def _logistics(gap: _Gap) -> str | None:
    """What the strict blind judges (rounds three to seven) deleted each time, more often than the fact listers listed
    it: the learner's own country's services ("the {{Indian Army}} and the Malaysian Army": given away for an Indian
    exam), an exercise's length ("this ____-day exercise"), the UN of "under the UN mandate", names made only of common
    words ("Counter Terrorism Operation"), a country's generic body ("the {{Royal Army}} of Oman"), the two countries
    themselves, the region a country lies in, one word taken for a person. A contingent's units and the camp or range
    of an exercise were judged bad about as often as they were listed as facts, so they stay."""
    question = gap.question
    category, answer, sentence = question.get("category", ""), gap.answer.strip(), gap.sentence
    if question.get("type") == "truefalse":
        return None
    if category in ("organisation", "term", "operation", "place") and _HOME_SERVICE.match(answer):
        return "the learner's own service"
    drill = _DRILL.search(sentence)
    if category == "figure" and drill and _LENGTH_AFTER.match(gap.after):
        return "an exercise's length"
    if category == "figure" and drill and re.search(r"(?i)\b(?:for|after|over)\s+$", gap.before) and re.match(r"(?i)^\s+(?:days|weeks)\b", gap.after):
        return "an exercise's length"  # "was held for ____ weeks", "concluded after ____ weeks of training"
    if category in ("organisation", "term") and _UN.match(answer) and (_UN_STOCK.match(gap.after) or _UN_CHARTER.search(gap.before)):
        return "the UN of a stock phrase"
    if category in ("organisation", "term", "operation") and len(_words(answer)) >= 2 and set(_words(answer)) <= _GENERIC_ORG_WORDS:
        return "generic words, not a name"
    if category in ("organisation", "term") and set(_words(answer)) <= _BODY_WORDS and _of_country(gap.after):
        return "a country's body, named by its country"  # "the {{Royal Army}} of Oman", "the {{Ports and Maritime Organisation}} of Iran"
    if category in ("place", "organisation", "operation", "term") and _country_pair(answer):
        return "the two countries, given away"  # "the ongoing {{India Bangladesh}} bilateral defence cooperation"
    if category == "place" and _REGION.match(answer) and (_LIES_IN.search(gap.before) or re.match(r"^\s+(?:region|countries|nations|states)\b", gap.after)):
        return "where a country lies"  # "Kyrgyzstan is located in {{Central Asia}}", "the first {{Gulf}} countries"
    if category == "person" and re.fullmatch(r"[A-Z][\w’'-]+", answer) and not _TITLE_BEFORE.search(gap.before) \
            and not re.search(rf"\b{_PARTICLE}\s+$", gap.before) and not re.match(rf"^\s+{_PARTICLE}\b", gap.after):  # "von der {{Leyen}}": half a name, widened
        return "one word, not a person's name"  # "the Colombo Security {{Conclave}}", "visited {{Muscat}}", "corvettes ... and {{Gremyashchy}}"
    return None


_UNIT = re.compile(r"\b(?:Regiment|Rifles|Brigade|Division|Battalion|Light Horse|Squadron|Special Forces Group|Light Infantry|Fusiliers|Grenadiers)\b|(?<!Marine )\bCorps\b")
_CONTINGENT = re.compile(r"(?i)\b(?:contingents?|represented|comprising|comprises|drawn from|participat\w*|troops|personnel|soldiers|battalion|embarked)\b")  # not "planned by the Assam Rifles"
_SAID_AFTER = re.compile(r"^\s*,?\s*(?:said|says|stated|states|noted|notes|tweeted)\b|^\s+in\s+(?:a|its)\s+(?:statement|release|press)\b")
_SAID_BEFORE = re.compile(r"[,\"”’]\s*(?:said|stated|informed|announced|added)\s+(?:the\s+)?$|(?i:\b(?:communiqu[eé]|statement|release|press note)\s+(?:issued\s+)?(?:from|by)\s+(?:the\s+)?$)")
_END_DAY = re.compile(r"(?i)\b(?:end|ends|ending|conclude[sd]?|concluding|culminate[sd]?|till|until)\s+(?:on\s+)?$")
_BODY_CUT = re.compile(r"\b(?:Ministry|Department|Office|Council|Commission|Agency)$")
_EDITION_YEAR_BEFORE = re.compile(r"(?:\b[A-Z]{3,}|\b[A-Z][a-z]+ [A-Z][a-z]+)\s*[-–]?\s*$")
_PLACE_BEFORE = re.compile(r"\b(?:in|of|since|from|until|by|on|In)\s+[A-Z]")
_TROOPS_AFTER = re.compile(r"(?i)^\s*(?:(?!(?:and|or|aircraft|ships?|vessels?)\b)[A-Za-z-]+\s+){0,3}?(?:personnel|soldiers|troops|participants|service\s?members|servicemen|sailors)\b")
_SHIP_TYPE_BEFORE = re.compile(r"(?i)\b(?:corvettes?|frigates?|destroyers?|submarines?|vessels?|warships?|ships?|carriers?|tankers?|OPVs?|cruisers?)\s+$")
_RANK_CUT = re.compile(r"^(?:Gen|Adm|Col|Brig|Lt|Maj|Capt|Cdr|Hon)\.\s|^Honou?rable\s")


def _participants(gap: _Gap) -> str | None:
    """Round ten: what the fact listers and the blind judge of round nine both left out, by the one standard they were
    given ("unit and ship names in participant lists, routine counts of troops, press-office credits"), and the junk
    gaps round nine's judge found: a contingent's units ("the {{13th Light Horse Regiment}} of the 10th Brigade"), a
    ship named after its type without its prefix ("corvette {{Khukri}}"; "INS Kochi" is left to ``_trivia``), a
    contingent's head count under a thousand ("comprising ____ personnel"; "35,000 troops" is the exercise's size),
    the press office that said it ("said the {{US Embassy}}", "a communique from the ..."), the day an exercise ends,
    an exercise's year beside its name ("LAMITYE ____"), a body cut before its "of" ("{{Australian Ministry}} of Defence"),
    a gap across a bracket ("{{Shillong (Meghalaya}})"), a rank cut in two ("Maj. {{Gen. S. Ganbyamba}}")."""
    question = gap.question
    category, answer, before, after = question.get("category", ""), gap.answer.strip(), gap.before, gap.after
    if question.get("type") == "truefalse":
        return None
    if answer.count("(") != answer.count(")"):
        return "a gap across a bracket"
    if category == "person" and _RANK_CUT.match(answer):
        return "a rank cut in two"
    if category in ("organisation", "term", "operation", "person", "place") and _UNIT.search(answer) and _CONTINGENT.search(gap.sentence):
        return "a contingent's unit"
    if category in ("organisation", "term") and (_SAID_AFTER.match(after) or _SAID_BEFORE.search(before)):
        return "the press office that said it"
    if category in ("organisation", "term", "place") and _BODY_CUT.search(answer) and re.match(r"^\s+(?:of|for)\s+[A-Z]", after):
        return "half a name"  # "The {{Australian Ministry}} of Defence said ..."
    if category == "date" and _END_DAY.search(before) and _DRILL.search(gap.sentence):
        return "the day an exercise ends"  # "will last till {{February 10}}", "will end on {{March 27}}"
    if category in ("operation", "term", "organisation", "person", "place") and _SHIP_TYPE_BEFORE.search(before) and not _SHIP.match(answer):
        return "a ship in a participant list"
    if category in ("date", "figure") and re.fullmatch(r"(?:19|20)?\d\d", answer) and (
            _EDITION_YEAR_BEFORE.search(before) and not _PLACE_BEFORE.search(before[-30:]) or re.match(r"^\s+(?:[A-Z][\w-]*\s+){0,3}(?:exercise|edition|drills?)\b", after)):
        return "an exercise's year beside its name"  # "LAMITYE ____ was launched", "the ____ Super Garuda Shield exercise"
    if category == "figure" and head_count(answer, after):
        return "a contingent's head count"
    return None


def head_count(answer: str, after: str) -> bool:
    """ "comprising {120} personnel", "{45} soldiers from each side": a contingent's routine head count (under a thousand)."""
    number = _number(answer)
    return bool(_TROOPS_AFTER.match(after)) and number is not None and number < 1000


def names_head_count(sentence: str) -> bool:
    """Whether a sentence gives a contingent's head count ("the Indian contingent comprising 140 personnel ...")."""
    return any(head_count(m.group(1), sentence[m.end() :]) for m in re.finditer(r"(?<![\w,.$])(\d{1,3}|[A-Za-z]+)(?=\s)", sentence))


_TITLE_BEFORE = re.compile(r"\b(?:President|PM|Minister|Chancellor|Premier|Secretary|Admiral|General|Gen\.?|Adm\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Prince|"
                           r"King|Queen|Sheikh|Ambassador|Commissioner|Chief|Marshal|Colonel|Col\.?|Captain|Commander|Governor|Senator|Pope)\s+$")  # fmt: skip


_REGION = re.compile(r"^(?:the\s+)?(?:(?:Central|South|Southeast|South-East|East|West|North|Northeast)\s+Asia|Asia|Eurasia|Oceania|Gulf|Persian Gulf|"
                     r"Middle East|Europe|Eastern Europe|Africa|Eastern Bloc|Pacific|Pacific Ocean|South Pacific|"
                     r"Asia[- ]Pacific|Latin America|Caribbean|Balkans|Arctic|Horn of Africa|Sahel)$")  # fmt: skip
_LIES_IN = re.compile(r"(?i)\b(?:located|situated|lies|lying|country|nation|state|neighbou?r)\s+in\s+(?:the\s+)?$")


_BODY_WORDS = _GENERIC_ORG_WORDS | {"royal", "army", "navy", "air", "department", "ministry", "national", "defence", "defense", "ports", "port",
                                    "maritime", "organisation", "organization", "security", "advisor", "adviser", "council", "office", "affairs",
                                    "foreign", "external", "coast", "guard"}  # fmt: skip


def _of_country(after: str) -> bool:
    """Whether the words after a gap are "of <country>" ("of Oman", "of the Republic of the Philippines")."""
    from studyapp.drafting.countries import is_country

    country = re.match(r"^\s+of\s+(?:the\s+)?(?:Republic\s+of\s+(?:the\s+)?)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", after)
    return bool(country and (is_country(country.group(1)) or is_country(country.group(1).split()[0])))


def _country_pair(answer: str) -> bool:
    """ "India-Oman", "India Bangladesh": the two sides of a relationship, which the article names throughout."""
    from studyapp.drafting.countries import is_country

    pair = re.match(r"^([A-Z][a-z]+)(?:\s*[-–]\s*|\s+)([A-Z][a-z]+)\b", answer)
    return bool(pair and is_country(pair.group(1)) and is_country(pair.group(2)))


# -- the answer given away -------------------------------------------------------------------------

_SMALL = {"of", "and", "the", "for", "on", "in", "to", "de", "des", "du"}


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w’'-]*", name) if w.lower() not in _SMALL).upper()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


_COMMON_NAME_WORDS = {"Royal", "National", "United", "Federal", "Central", "International", "Republic", "State", "Defence", "Defense", "Foreign",
                      "Military", "Naval", "Maritime", "Joint", "Security", "Strategic", "Economic", "Trade", "Science", "Special", "Eastern",
                      "Western", "Northern", "Southern", "General", "Supreme", "Indo", "Asia", "Pacific", "European", "World"}  # fmt: skip


def _DEMONYM_WORDS() -> set[str]:
    from studyapp.drafting.countries import DEMONYMS

    return {w for d in DEMONYMS for w in d.split()} | {n.removeprefix("the ") for n in DEMONYMS.values()}


def _given_away(gap: _Gap) -> str | None:
    answer, rest = gap.answer.strip(), gap.rest
    if not answer or gap.question.get("type") == "truefalse" and not gap.swapped_in:
        return None
    if gap.question.get("category") in ("date", "figure") and not re.search(r"[A-Za-z]{3}", answer):
        return None
    words, rest_words = _words(answer), _words(rest)
    joined, rest_joined = " ".join(words), " " + " ".join(rest_words) + " "
    if len(joined) >= 3 and f" {joined} " in rest_joined:
        return "answer in the question"
    if re.search(r"[\d-]", answer) and re.search(rf"(?<![\w-]){re.escape(answer)}(?<!\d(?=\d))[\w]", rest):
        return "answer in the question"  # "MQ-9B, a variant of the {{MQ-9}}" (not "{{April 1}} to April 13": another number)
    for choice in gap.question.get("choices", []) if gap.question.get("type") == "choice" else []:
        other = " ".join(_words(str(choice)))
        if other != joined and other and (f" {joined} " in f" {other} " or f" {other} " in f" {joined} "):
            return "answer in the choices"  # "BrahMos" beside "BrahMos Aerospace"
    if gap.question.get("category") == "agreement" and len(words) >= 2 and all(w in _GENERIC_WORDS or w == "vision" for w in words[1:]) and f" {words[0]} " in rest_joined:
        return "answer in the question"  # "concluded in Astana ... adoption of the {{Astana Declaration}}"
    first = answer.split()[0] if answer.split() else ""
    if gap.question.get("category") == "organisation" and len(words) >= 2 and len(first) >= 4 and first[0].isupper() and not _generic(first) \
            and first not in _ORG_WORDS and first not in _COMMON_NAME_WORDS and re.search(rf"(?<![\w-]){re.escape(first)}\s+[A-Z]", gap.before):
        from studyapp.drafting.countries import is_country, spellings

        if not is_country(first) and not any(first in spellings(c) for c in ("India", "the US", "the UK")) and first not in _DEMONYM_WORDS():
            return "name given by its sibling"  # "Hanwha Defense, the defence unit of {{Hanwha Corp}}"
    initials = _initials(answer)
    if len(words) >= 2 and len(initials) >= 2 and re.search(rf"(?<![\w-]){initials}(?![\w-])", rest):
        return "acronym in the question"
    if re.fullmatch(r"[A-Z][A-Za-z]{1,6}", answer) and answer[1:].upper() != answer[1:].lower():
        phrase = re.search(r"([A-Z][\w’'–-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'–-]*)+)\s*\(\s*$", gap.before)
        if phrase and _initials(phrase.group(1).replace("–", " "))[:1] == answer[0] and len(_initials(phrase.group(1))) >= 2:
            return "expansion in the question"  # "the Ministry of External Affairs ({{MEA}})"
    if re.fullmatch(r"[A-Z][A-Za-z-]{1,8}", answer) and sum(c.isupper() for c in answer) >= 2:
        expansion = re.match(r"\s*\(\s*([A-Z][^()]{5,90})\)", gap.after)
        if expansion and _initials(expansion.group(1).replace("-", " "))[:1] == answer[0] and len(expansion.group(1).split()) >= 2:
            return "expansion in the question"  # "the {{ASEAN}} (Association of Southeast Asian Nations)" (round nine)
    return None


def _capital_for_country(gap: _Gap) -> str | None:
    """A capital is guessable where it stands for its government or its country says it: "{{Seoul}}'s arms procurement
    agency", "{{Washington}} and Manila have deepened", "Mongolia's {{Ulaanbaatar}}". A capital as a venue ("signed in
    {{Tokyo}}") stays: where a meeting was held is a fact the learner is asked."""
    from studyapp.drafting.countries import capital_of, spellings

    if gap.question.get("category") not in ("place", "organisation", "person") or gap.question.get("type") == "truefalse":
        return None
    country = capital_of(gap.answer)
    if country is None:
        return None
    if re.match(r"^[’']s?\s", gap.after):
        return "a capital standing for its country"
    pair = re.search(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+and\s+$", gap.before) or re.match(r"^\s+and\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b", gap.after)
    if pair and capital_of(pair.group(1)):
        return "a capital standing for its country"
    if any(re.search(rf"(?<![\w-]){re.escape(name)}[’']s\s+$", gap.before) for name in spellings(country)):
        return "capital given by its country"
    venue = re.search(r"(?i)\b(?:in|at|to|from|near|outside|via|into|visit\w*|reach\w*|host\w*|held|of)\s+(?:the\s+)?$", gap.before)
    if not venue and any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", gap.rest) for name in spellings(country)):
        return "capital given by its country"  # "blamed Iran ..., a charge denied by {{Tehran}}"
    return None


_SHIP_PREFIX_OF = {"HMAS": "Australia", "INS": "India", "USS": "United States", "JS": "Japan", "HMS": "United Kingdom", "HMCS": "Canada",
                   "HMNZS": "New Zealand", "RSS": "Singapore", "SLNS": "Sri Lanka", "KRI": "Indonesia", "ROKS": "South Korea", "PNS": "Pakistan",
                   "BNS": "Bangladesh", "TCG": "Turkey"}  # fmt: skip


def _country_given(gap: _Gap) -> str | None:
    """A country the question names another way: by its capital ("In Berlin, Canada and {{Germany}} signed"), or by its
    navy's ship prefix ("{{Australia}} is fielding destroyer HMAS Brisbane")."""
    from studyapp.drafting.countries import _capitals, spellings

    if gap.question.get("category") not in ("place", "term", "concept") or gap.question.get("type") == "truefalse":
        return None
    names = spellings(gap.answer.removeprefix("the "))
    for capital, country in _capitals().items():
        if names & spellings(country) and re.search(rf"(?<![\w-]){re.escape(capital)}(?![\w-])", gap.rest):
            return "country given by its capital"
    for prefix, country in _SHIP_PREFIX_OF.items():
        if names & spellings(country) and re.search(rf"\b{prefix}\s+[A-Z]", gap.rest):
            return "country given by its ships"
    return None


# -- half a name, junk gaps ------------------------------------------------------------------------

_PARTICLE = r"(?:von|van|der|den|de|da|del|bin|binti|al|el|ibn|le|la)"
_NAME_HEAD = r"(?:Sea|Seas|Ocean|Strait|Gulf|Bay|Islands?|Peninsula|Canal|River|Airport|Port|Base|University|Council|Command|Fleet)"
_COMPASS = {"East", "West", "North", "South", "Northern", "Southern", "Eastern", "Western", "Central"}


def _partial(gap: _Gap) -> str | None:
    answer, before, after = gap.answer, gap.before, gap.after
    if not answer or gap.question.get("type") == "truefalse" and not gap.swapped_in:
        return None
    category = gap.question.get("category", "")
    if re.match(rf"^(?:\s+{_PARTICLE})+\s+[A-Z]", after) or re.search(rf"[A-Z][a-z]+\s+(?:{_PARTICLE}\s+)+$", before):
        return "half a name"  # "{{Ursula}} von der Leyen", "Ursula von der {{Leyen}}"
    if re.match(rf"^(?:\s+[A-Z][a-z]+)*\s+{_NAME_HEAD}\b", after) and category in ("place", "organisation", "person", "term"):
        return "half a name"  # "{{East}} China Sea", "the {{RAAF}} Base Darwin"
    if answer in _COMPASS:
        return "half a name"  # "the {{East}} and South China Seas"
    if category in ("operation", "term", "organisation") and re.search(r"(?<![\w-])[A-Z]{1,3}-?\d{1,3}[A-Z]?\s+$", before):
        return "half a name"  # "K2 {{Black Panther}} tanks": the designator is the name's first half
    if category not in ("date", "figure") and re.match(r"^\s+[A-Z]{2,4}\b(?![a-z’'])", after) and re.search(r"\d", answer):
        return "half a name"  # "{{Su-30}} MKI"
    if category not in ("date", "figure") and (re.match(r"^[-–][A-Z0-9]", after) or re.search(r"[A-Za-z0-9][-–]$", before)):
        return "half a name"
    if category == "date" and (re.search(r"\d{1,2}\s*[-–]\s*(?:\d{1,2}\s*)?$", before) or re.match(r"^\s*[-–]\s*\d", after)
                               and not re.search(rf"{_MONTH_WORD}\s+\d|\d\s+{_MONTH_WORD}", answer)):
        return "half a date range"  # "12-25 {{August 2024}}"; a range's start, "{{August 1}}-13", is its fact (WORTH_ASKING.md 3.3)
    if re.search(r"\d\+\d\s+$", before) and category in ("agreement", "term", "organisation"):
        return "half a name"  # "the 2+2 {{Ministerial Dialogue}}"
    if category in ("organisation", "place", "person") and re.match(r"(?:Minister|President|Secretary|Chancellor|Prime)\b", answer) and re.search(r"\b(?:and|of)\b", answer):
        return "junk gap"  # "Prime {{Minister Narendra Modi and European Commission}}"
    if re.search(r"\s(?:of|and|the|for|to)$", answer):
        return "junk gap"
    if re.fullmatch(r"(?:Indo|Sino|Afro|Euro|Anglo|Franco|Russo)-[A-Z][a-z]+", answer):
        return "junk gap"  # a section heading's adjective
    if re.match(r"(?:Prince|Minister|President|Secretary|Marshal|Admiral|General)\b", answer) and re.search(r"\b(?:Crown|Prime|Vice|Deputy|Air Chief|Air|Rear|Lieutenant|Major)\s+$", before):
        return "half a name"  # "Saudi Crown {{Prince Mohammed bin Salman}}": half a title and a name
    return None


# -- trivia of participant lists, roles that name their holder, junk gaps ----------------------------

_KIT = r"(?<![-\w])(?:aircraft|helicopters?|frigates?|corvettes?|destroyers?|submarines?|vessels?|warships?|ships?|jets?|tankers?|fighters?|drones?|patrol boats?)"
_TAKING_PART = re.compile(rf"(?i)\b(?:participat\w*|taking part|take part|took part|deploy\w*|accompanied|joined|augmented|includ\w*|comprising|fielded)\b[^.]*{_KIT}\b|{_KIT}\b[^.]*\b(?:participat\w*|taking part|took part|deployed|joined)\b")
_EXERCISE = re.compile(r"(?i)\b(?:exercises?|drills?|participat\w*|taking part|take part|took part|joined|augmented|accompanied)\b|\bdeployed\b(?!\s+(?:at|in|to|on|along|across)\b)")
_SHIP_NOUN = re.compile(r"\b(?i:carriers?|frigates?|corvettes?|destroyers?|submarines?|vessels?|warships?|ships?)\s+(?:[A-Z][\w-]*(?:,\s+|\s+and\s+|\s+)){0,6}$")
_AIR = r"(?:aircraft(?! carriers?)|helicopters?|jets?|fighters?|tankers?|drones?)"
_SHIP = re.compile(r"^(?:INS|RSS|SLNS|HMAS|HMCS|HMNZS|HMS|USS|USNS|JS|KRI|KD|HTMS|ROKS|BNS|PNS|TCG|FS|ITS|MV|SLCG|RSN)\s+[A-Z]")
_EQUIPMENT = re.compile(r"^(?:[A-Z][A-Za-z]*\s?)?[A-Z]{1,4}-?\d{1,4}[A-Z]{0,3}$|^[A-Z][\w-]*[- ]class$")  # "P-8I", "S-70B", "Mirage 2000", "Kamorta-class"
_COUNTED = r"(?:personnel|helicopters?|aircraft|warships?|ships?|vessels?|jets?|frigates?|corvettes?|submarines?|decades?)"
_POST = r"(?:Prime Minister|PM|President|Crown Prince|King|Queen|Chancellor|Premier|(?:Defen[cs]e|Foreign|External Affairs|Home|Finance) (?:Minister|Secretary)|Secretary of State)"
_RANKS = {"air", "chief", "marshal", "general", "admiral", "vice", "rear", "colonel", "lieutenant", "major", "captain", "commander", "commodore",
          "brigadier", "minister", "prime", "president", "secretary", "staff", "of", "the", "defence", "defense", "flag", "officer"}  # fmt: skip
_FILLER = {"IN", "ON", "AT", "TO", "IT", "IS", "AS", "OR", "BY", "OF", "AN", "NO", "SO", "DO", "UP", "WE", "HE", "BE"}
_SERVICE_OF = {"Indian": "I", "Sri Lanka": "SL", "Republic of Singapore": "RS", "United States": "US", "US": "US", "Bangladesh": "B", "Pakistan": "P"}


def _listed_items(after: str) -> int:
    """How many names a list right after a count gives ("countries: Russia, Kazakhstan and China" -> 3); 0 if none."""
    lead = re.match(r"^[^,:;.]{0,40}?(?::|,)\s*(.+?)(?:[.;]|,?\s+and\s+\d|$)", after)
    if not lead:
        return 0
    items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", lead.group(1))]
    count = 0
    for item in items:
        if not re.match(r"[A-Z]", item) or len(item.split()) > 4:
            break
        count += 1
    return count


def _trivia(gap: _Gap) -> str | None:
    """What a GS2 examiner does not ask: the kit in an exercise's participant list, counts of it, roles that name their holder."""
    question = gap.question
    category, answer, before, after, sentence = question.get("category", ""), gap.answer, gap.before, gap.after, gap.sentence
    if re.match(r"(?i)\s*(?:published|updated|last updated|posted|first published)\b", sentence):
        return "credit line"  # "Published - October 29, 2019 11:12 pm IST - NEW DELHI"
    listed = _TAKING_PART.search(sentence) and _EXERCISE.search(sentence)  # an exercise's participant list: the kit in it is trivia, the ships' names are not
    if listed and category != "figure" and (re.search(r"(?i)[- ]class$", answer) or re.match(r"^[- ]class\b", after)):
        return "equipment trivia"  # "{{Kamorta-class}} corvette", "{{Baynunah}} class"
    if listed and category not in ("date", "figure", "place") and not _SHIP.match(answer) and not _SHIP_NOUN.search(before):
        service = re.search(r"\b(?:Navy|Army|Force|Forces|Guard|Corps)$", answer)
        exercise = re.search(r"(?i)\b(?:exercise|ex|operation|drills?)\b[\s,:'‘“]*$", before) or re.match(r"(?i)^\s+(?:exercise|drills?)\b", after)
        in_list = re.match(r"^\s*(?:,|\(|and\b)", after) and re.search(rf"\b{_AIR}\b", after.split(".")[0])
        if not (service or exercise) and (_EQUIPMENT.match(answer) or re.match(rf"^(?:\s+[\w-]+){{0,3}}\s+{_AIR}\b", after) or in_list):
            return "equipment trivia"  # "a {{Chetak}} helicopter", "{{Rafale}}, A-400M ... aircraft"
    if category == "figure" and re.fullmatch(r"(?:about |approximately |around |over |some )?[\d,]+|[a-z]+", str(answer).strip()):
        counted = re.match(rf"^((?:[-\s]+[\w-]+){{0,4}}?)\s+{_COUNTED}\b", after)
        named = counted and (re.search(r"\b[A-Z]", counted.group(1)) or re.search(r"\b(?:INS|RSS|SLNS|HMAS|USS|JS|RSN)\b|\b[A-Z]{1,3}-\d", sentence))
        if re.match(r"^(?:-|\s+)(?:day|week)s?(?:[- ]long)?\s+(?:(?:state|official|bilateral|joint)\s+)?(?:visit|summit|trip|tour)\b", after):
            return "count of kit, days or phases"  # "a ____-day visit" (an exercise's length stays)
        if (named and listed or re.match(r"^\s+(?:phases?|simulators?)\b", after)) and not re.search(r"(?i)\bedition", after[: counted.end() if counted else 0]):
            return "count of kit, days or phases"  # "____ Sea King MK 42B helicopters", "The ____-day summit"
        number = _number(answer)
        if number and number >= 2 and _listed_items(after) == number:
            return "count given by its list"  # "____ countries: Russia, Kazakhstan, ..."
        if re.match(r"^-?\s*member\s+(?:\w+\s+)?(?:delegation|contingent|team)\b", after) or re.search(r"(?i)\bcontingent of\s+(?:about |over |more than |some )?$", before):
            return "size of a delegation"  # "A ____-member delegation from the Russian Army", "a contingent of ____ Singaporean personnel"
        if number == 2 and not re.match(r"^(?:-|\s+)(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|decades?|hours?|centuries)\b", after):
            return "a pair, not worth asking"  # "signing ____ contracts", "____ South Korean companies", "Europe's ____ biggest"
    if category == "date" and not re.fullmatch(r"\d{4}", answer.strip()) and re.search(r"(?i)\bphases?\b|\bfirst one\b", before[-90:]):
        return "dates of one phase"  # "the harbour phase ... from {{03rd to 05th April}}": the exercise's dates are the fact
    if category == "organisation":
        service = re.match(r"^(?:the\s+)?(.+?)\s+Navy$", answer)
        prefix = _SERVICE_OF.get(service.group(1)) if service else None
        if prefix and re.search(rf"\b{prefix}[A-Z]{{1,3}}\s+[A-Z][a-z]", gap.rest):
            return "service given by the ship"  # "INS Kochi" names the {{Indian Navy}}
    if category == "organisation" and re.search(r"Air Force$", answer) and re.search(r"\bAir (?:Chief )?Marshal\b", gap.rest):
        return "service given by the rank"  # "{{Indian Air Force}} Chief, Air Chief Marshal RKS Bhadauria"
    if category == "person" and question.get("type") != "truefalse" and re.search(rf"(?:^|[^A-Za-z’'\s]\s*|\b(?:[a-z]+|and|by|of|with|the)\s+){_POST}\s+$", before):
        return "a post that names its holder"  # "Prime Minister {{Narendra Modi}}" (but "Australian Prime Minister Anthony Albanese")
    if category == "place" and (re.search(r"(?i)\bcapital(?: city)?,?\s+(?:of\s+)?$", before) or re.match(r"^,?\s+(?:the\s+)?(?:[A-Z][a-z]+(?:’s|'s)?\s+)?capital\b", after) or re.match(r"^\s+capital\b", after)):
        return "capital given by its country"  # "the Saudi capital {{Riyadh}}", "the {{Kazakh}} capital Astana"
    return None


def _number(answer) -> int | None:
    from_words = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
    text = str(answer).strip().lower()
    return int(text) if text.isdigit() else from_words.get(text)


_OFFICE_OPENERS = {"State", "Deputy", "Joint", "Vice", "Foreign", "Defence", "Defense", "Additional", "Chief", "Principal", "Under"}
_ORG_WORDS = {"Ministry", "Department", "Council", "Agency", "Command", "Force", "Forces", "Army", "Navy", "Guard", "Office", "Embassy",
              "Commission", "Committee", "Corporation", "Limited", "Ltd", "Group", "Organisation", "Organization", "Institute", "Bank",
              "Authority", "Board", "Service", "University", "Party", "Fleet", "Regiment", "Division", "Corps", "Battalion", "Brigade"}  # fmt: skip


def _across_entities(answer: str, after: str) -> bool:
    """A gap run across two things the tagger glued: a country and an envoy's name ("Ambassador to {{Mongolia Atul Malhari
    Gotsurve}}"), an office, a name and the next office's first word ("{{Ministry of Defence Amitabh Prasad and State}}
    Secretary"), a ship's prefix spelt out ("{{Indian Naval Ships Rana}}")."""
    from studyapp.drafting.countries import is_country

    words = answer.split()
    if re.search(r"\bNaval Ships?\s+[A-Z]", answer):
        return True
    if len(words) >= 3 and words[-2] == "and" and words[-1] in _OFFICE_OPENERS and re.match(r"^\s+(?:Secretary|Minister|General|Adviser|Advisor|Director)\b", after):
        return True
    for size in (2, 1):
        head, tail = " ".join(words[:size]), words[size:]
        if len(tail) >= 2 and is_country(head) and all(w[:1].isupper() for w in tail) and not set(tail) & _ORG_WORDS:
            return True  # a country, then a name that is not an organisation's
    return False


def _junk(gap: _Gap) -> str | None:
    """Gaps no reviewer keeps: a rank or half an office title, a filler abbreviation, a month alone."""
    category, answer, before = gap.question.get("category", ""), gap.answer.strip(), gap.before
    if gap.question.get("type") == "truefalse":
        return None
    if category in ("person", "organisation", "term", "concept") and set(_words(answer)) <= _RANKS:
        return "a rank, not a name"  # "{{Air Chief Marshal}}", "Chief of {{Air Staff}}"
    if category not in ("date", "figure") and re.match(r"^\$\s?\d", gap.after):
        return "junk gap"  # the "AU" of "{{AU}}$10 billion"
    if category in ("person", "organisation", "term", "concept", "place") and _across_entities(answer, gap.after):
        return "junk gap"  # "{{Mongolia Atul Malhari Gotsurve}}", "{{Ministry of Defence Amitabh Prasad and State}} Secretary"
    if category in ("organisation", "term", "concept") and re.search(r"\b(?:Chief|Head|Chiefs)\s+of\s+(?:the\s+)?$", before):
        return "half an office title"
    if "," in answer and category in ("organisation", "person", "term", "concept", "operation"):
        return "junk gap"  # two list items in one gap: "{{Sniping, Combat Free Fall}}"
    if answer in _FILLER or re.fullmatch(r"(?:MoU|MoA|LoI|LoA|SoP|MoC)s?", answer):
        return "junk gap"  # "the {{IN}} and RSN", "other {{MoUs}}"
    word = re.search(r"([A-Z][a-z]+)\s*\(\s*$", before)
    if word and answer.isupper() and 2 <= len(answer) <= 4 and word.group(1).upper().startswith(answer):
        return "junk gap"  # "Colonel ({{COL}})"
    if category == "date" and re.fullmatch(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", answer):
        return "a month without its day or year"
    return None


# -- true/false swaps ------------------------------------------------------------------------------

_POST_BEFORE = re.compile(r"\b(?:Prime Minister|PM|President|Chancellor|Premier|Minister(?: of [A-Z][a-z]+)?|Secretary|King|Queen),?\s+$")


def _bad_swap(gap: _Gap, places: frozenset[str] = frozenset()) -> str | None:
    if gap.question.get("type") != "truefalse" or not gap.swapped_in:
        return None
    if gap.swapped_in in gap.original:
        return "swap still true"  # the swapped-in name is in the sentence already (in another role)
    if gap.question.get("category") == "person":
        from studyapp.drafting.countries import is_country

        if is_country(gap.swapped_out) or is_country(gap.swapped_in) or {" ".join(_words(gap.swapped_in)), " ".join(_words(gap.swapped_out))} & places:
            return "absurd swap"  # a country put where a person stands
        if _POST_BEFORE.search(gap.before):
            return "absurd swap"  # "Prime Minister {{Donald Trump}}" in India: the post names its holder
    if gap.question.get("category") == "operation" and _MONTH_FIRST.match(gap.swapped_out):
        return "a date filed as an exercise"  # "departed on 4 {{Jun 2022}}" swapped for "SAMPRITI": nothing to repair
    if gap.question.get("category") == "operation" and any(_not_an_exercise(side) for side in (gap.swapped_in, gap.swapped_out)):
        return "absurd swap"  # "the {{COVID-19}} Maritime bilateral exercise" for "India-Japan", a ship's name for an exercise's
    return None


_MONTH_FIRST = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d")


def _not_an_exercise(name: str) -> bool:
    """A name no exercise or ship has: the two countries, a month, two names run together with "/", a lone common word."""
    return _country_pair(name) or "/" in name or bool(_MONTH_FIRST.match(name)) or name in ("Such", "The", "This", "These", "Joint", "Exercise")


_WIDEN_AFTER = re.compile(rf"^(?:\s+{_PARTICLE})+\s+[A-Z][\w’'-]+|^\s+[A-Z]{{2,4}}\b(?![a-z’'])")
_WIDEN_BEFORE = re.compile(rf"(?:[A-Z][\w’'-]+(?:\s+{_PARTICLE})+\s+|\b\d{{1,2}}\s*[-–]\s*(?:\d{{1,2}}\s+)?)$")


def _widened(question: dict, gap: _Gap) -> bool:
    """Put the whole name or range in a cloze's gap: "{{Su-30}} MKI" -> "{{Su-30 MKI}}", "12-25 {{August 2024}}" -> "{{12-25 August 2024}}"."""
    text = question.get("text", "")
    if question.get("type") != "cloze" or text.count("{{") != 1:
        return False
    match = re.search(r"\{\{(.*?)\}\}", text)
    head, tail = text[: match.start()], text[match.end() :]
    category = question.get("category")
    after = _WIDEN_AFTER.match(tail) if category != "date" and (re.search(r"\d", gap.answer) or not tail[:3].strip().isupper()) else None
    before = _WIDEN_BEFORE.search(head)
    if before and category == "date" and not re.match(r"\d", before.group(0)):
        before = None
    if before and category != "date" and re.match(r"\d", before.group(0)):
        before = None
    if not (after or before):
        return False
    start = before.start() if before else len(head)
    end = after.end() if after else 0
    answer = head[start:] + gap.answer + tail[:end]
    question["text"] = head[:start] + "{{" + answer + "}}" + tail[end:]
    return True


def _unswapped(question: dict, gap: _Gap) -> bool:
    """Turn a bad true/false swap into a cloze over the name it swapped out, in the document's own sentence."""
    original, name = gap.original, gap.swapped_out
    if not name or len(name) < 3 or original.count(name) != 1 or re.search(r"[{}]", original):
        return False
    for key in ("prompt", "answer"):
        question.pop(key, None)
    question["type"] = "cloze"
    from studyapp.drafting.countries import is_country

    if question.get("category") == "person" and is_country(name):
        question["category"] = "place"
    question["text"] = original.replace(name, "{{" + name + "}}", 1)
    ordered = {k: question.pop(k) for k in list(question) if k not in ("id", "type", "category")}
    question.update({"text": question.pop("text", None) or ordered.pop("text"), **ordered})
    return True


# -- the same fact twice ---------------------------------------------------------------------------

_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def _month_day(text: str) -> tuple[int, int | None, int | None] | None:
    month = re.search(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", text)
    if not month:
        return None
    day = re.search(r"(?<!\d)(\d{1,2})(?!\d)", text)
    year = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", text)
    return _MONTHS.index(month.group(1).lower()), int(day.group(1)) if day else None, int(year.group(1)) if year else None


def _duplicates(gaps: list[_Gap], dropped: dict[int, str]) -> None:
    """Mark the weaker of two drafts asking the same thing: a shorter name inside a longer one, a month beside its day, an ordinal beside its date."""
    live = [g for i, g in enumerate(gaps) if i not in dropped and g.found]
    index = {id(g): i for i, g in enumerate(gaps)}
    for g in live:
        category = g.question.get("category")
        words = _words(g.answer)
        if category == "date":
            mine = _month_day(g.answer)
            for other in live:
                if other is g or other.question.get("category") != "date" or index[id(other)] in dropped:
                    continue
                theirs = _month_day(other.answer)
                if mine and theirs and mine[1] is None and theirs[1] is not None and mine[0] == theirs[0] and mine[2] in (None, theirs[2]):
                    dropped[index[id(g)]] = "same date twice"  # "September" beside "Sept. 20"
                    break
            if mine and mine[1] is not None and index[id(g)] not in dropped:
                for other in live:
                    if other is g or index[id(other)] in dropped:
                        continue
                    for low, high, month in re.findall(r"(?<!\d)(\d{1,2})\s*[-–]\s*(\d{1,2})\s+([A-Z][a-z]+)", other.sentence):
                        spans = _month_day(month)
                        if spans and spans[0] == mine[0] and mine[1] in (int(low), int(high)) and g.sentence != other.sentence:
                            dropped[index[id(g)]] = "same date twice"  # "on 12 August" beside "from 12-25 August"
                            break
                    if index[id(g)] in dropped:
                        break
        elif category in ("organisation", "agreement", "operation", "person", "place", "term") and len(words) >= 2:
            for other in live:
                if other is g or index[id(other)] in dropped or other.question.get("category") != category:
                    continue
                theirs = _words(other.answer)
                if len(theirs) > len(words) and (theirs[: len(words)] == words or category == "agreement" and theirs[-len(words) :] == words):
                    dropped[index[id(g)]] = "same name twice"  # "BrahMos Aerospace" beside "BrahMos Aerospace Private Limited"
                    break  # "strategic partnership" beside "comprehensive strategic partnership"


def _counted_noun(after: str) -> str:
    """The plural noun a count counts ("three French {{frigates}}", "3 + 1 Belh@rra frigates"): the first word ending in -s."""
    noun = re.search(r"\b([a-z]{3,}s)\b", " ".join(after.split()[:5]))
    return noun.group(1) if noun else ""


def _edition_of(gap: _Gap) -> str | None:
    """What an ordinal counts editions of ("the {{15th}} edition of ... 'Nomadic Elephant'"), as its capitalised words."""
    if not re.fullmatch(_ORDINAL, gap.answer.strip()) or not re.match(r"^\s+edition\b", gap.after):
        return None
    named = re.match(r"^\s+edition\s+of\s+(?:the\s+)?((?:['‘\"“]?[A-Z][\w-]*['’\"”]?\s*)+)", gap.after)
    return " ".join(re.findall(r"[A-Z][\w-]*", named.group(1))) if named else None


def _same_figure(gaps: list[_Gap], dropped: dict[int, str]) -> None:
    """A figure asked twice ("three French frigates", "____ + 1 Belh@rra frigates") and an earlier edition's ordinal beside the
    current one ("the 15th edition" follows from "the 16th edition"): the second of each goes."""
    from studyapp.drafting.facts import number_value

    seen: dict[tuple[float, str], int] = {}
    editions: dict[str, list[tuple[int, int]]] = {}
    for i, gap in enumerate(gaps):
        if i in dropped or not gap.found or gap.question.get("category") != "figure" or gap.question.get("type") == "truefalse":
            continue
        what = _edition_of(gap)
        number = number_value(re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", gap.answer.strip()))
        if what and number is not None:
            editions.setdefault(what, []).append((int(number), i))
            continue
        noun = _counted_noun(gap.after)
        if number is None or not noun:
            continue
        if (number, noun) in seen:
            dropped[i] = "same figure twice"
        seen.setdefault((number, noun), i)
    for asked in editions.values():
        latest = max(asked)[0]
        for number, i in asked:
            if number < latest:
                dropped[i] = "an earlier edition beside the current one"


# -- a sanity test any draft must pass, whatever the article ----------------------------------------

_WEB_TEXT = re.compile(r"https?://|\bwww\.|(?<![\w&])#[A-Za-z]")
_NAME_COUNTED = re.compile(r"^How many (?:[^?]*\s)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|[A-Z]{2,}s?)\?")
_COMPANY_RESULTS = re.compile(r"(?i)\b(?:EBITDA|quarterly (?:profit|revenue|results|earnings)|net profit|profit after tax|order book|revenues?|share price|market cap\w*|(?<!the )margins?(?! of))\b")  # not "on the margins of the summit"


def _insane(gap: _Gap) -> str | None:
    """What no careful author keeps from any article: a tweet or link pasted into the text, a heading in capitals,
    "How many Sep?" (a count of a month or an acronym), a company's results (not a fact of relations or defence)."""
    if _WEB_TEXT.search(gap.sentence):
        return "a tweet or a link"
    if not re.search(r"[a-z]{3}", gap.sentence):
        return "a heading in capitals"
    if gap.question.get("type") == "numeric" and _NAME_COUNTED.match(gap.question.get("prompt", "")):
        return "a count of a name"
    if gap.question.get("category") == "figure" and _COMPANY_RESULTS.search(gap.sentence):
        return "a company's results"
    return None


# -- the written standard (bench/draft_eval/WORTH_ASKING.md, sections 2 and 3), from round fourteen ------------------

_SERVICE_HEAD = (r"(?:Navy|Army|Air Force|Air and Space Force|Air Self[- ]Defen[cs]e Force|Maritime Self[- ]Defen[cs]e Force|"
                 r"Ground Self[- ]Defen[cs]e Force|Self[- ]Defen[cs]e Forces?|Land Forces?|Naval Forces?|Air Forces|Armed Forces|"
                 r"Defen[cs]e Forces?|Coast ?Guard|Marine Corps|Marines|People['’]s Army|People['’]s Liberation Army(?: Navy)?)")
_OWN_SERVICE = re.compile(rf"^(?:the\s+)?(?:(?:Royal|Republic of|Imperial)\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}}?)(?:['’]s)?\s+{_SERVICE_HEAD}$")
_OWN_MINISTRY = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}?(?:Ministry of (?:National\s+)?Defen[cs]e|Defen[cs]e Ministry|Department of Defen[cs]e|"
                           r"Ministry of (?:External|Foreign) Affairs|Foreign Ministry|Pentagon|MoD|MOD|MEA)$")
_MINOR_TITLE = re.compile(r"(?i)(?:\b(?:spokes(?:person|man|woman)|deputy|joint secretary|additional secretary|under secretary|director(?:[- ]general)?|"
                          r"ambassador|envoy|high commissioner|consul(?: general)?|attach[eé]|charg[eé] d['’]affaires|head of mission|"
                          r"chairman|ceo|managing director|commandant|commanding officer|commander|"
                          r"major|maj\.?|colonel|col\.?|lt\.?|lieut\.?|lieutenant|brigadier|brig\.?|captain|capt\.?|cdr\.?|commodore|"
                          r"rear admiral|rear adm\.?|vice admiral|vice adm\.?|air vice marshal|air marshal|major general|maj\.? gen\.?|"
                          r"lieutenant general|lt\.? gen\.?|group captain|wing commander|squadron leader)\b)[\s.,]*(?:[A-Z][\w.’'-]*\s+){0,3}$")
_SENIOR_TITLE = re.compile(r"(?i)\b(?:prime minister|president|minister|chancellor|premier|king|queen|emperor|crown prince|emir|sultan|"
                           r"secretary of state|secretary of (?:national\s+)?defen[cs]e|defen[cs]e secretary|foreign secretary|secretary[- ]general|"
                           r"chief of|service chief|army chief|navy chief|air chief|chief of (?:the\s+)?(?:army|naval|air|defen[cs]e) staff|"
                           r"national security advis[eo]r|\bNSA\b)")
_MINOR_AFTER = re.compile(r"(?i)^,\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:spokes(?:person|man|woman)|deputy|joint secretary|additional secretary|director|"
                          r"ambassador|envoy|high commissioner|consul|commandant|commander|ceo|chairman|head of|acting)\b")
_LED_BY = re.compile(r"(?i)\b(?:delegation|contingent|detachment|team|troops|personnel)\b[^.]{0,80}\bled by\s+(?:\w+\.?\s+){0,4}$")
_PEOPLE = (r"(?:personnel|troops|soldiers|sailors|marines|airmen|servicemen|service\s?members|military personnel|participants|officers|"
           r"cadets|observers|delegates|members|military observers|aircraft|jets|fighters|helicopters|ships|warships|vessels|"
           r"frigates|destroyers|tanks|vehicles|drills|sorties|simulators|jobs|meetings|phases|agencies|equipment)")
_COUNTED_AFTER = re.compile(rf"(?i)^(?:[-\s]+(?!and\b|or\b)[\w.’'-]+){{0,3}}?\s+(?P<noun>{_PEOPLE})\b")
_WHO = re.compile(r"(?i)personnel|troops|soldiers|sailors|marines|airmen|servicemen|service\s?members|participants|officers|cadets|observers|delegates|members")
_LENGTH = re.compile(r"(?i)^(?:-|\s+)(?:hours?|days?|weeks?)(?:[- ]long)?\b")
_EVENT = re.compile(r"(?i)\b(?:exercises?|drills?|war ?games|visit|trip|tour|talks|summit|meeting|conference|training|validation|deploy\w*|take part|taking part|"
                    r"participat\w*|involv\w*|kick\w* off|bring\w* together|brought together|conduct\w*|held|hosted|stag\w*)\b")
_BACKGROUND = re.compile(r"(?i)^(?:the\s+)?(?:NATO|UN|United Nations|EU|ASEAN)$")
_BACKGROUND_AFTER = re.compile(r"(?i)^(?:[-\s]+)(?:members?|allies|ally|mandated?|mandates|military alliance|countries|states|nations|peace-?keep\w*|PKO)\b")
_INSTRUMENT = re.compile(r"^(?:the\s+)?(?:MoUs?|MOUs?|LoIs?|LOIs?|agreements?|pacts?|treaty|treaties|deals?|contracts?|accords?|declaration)$")  # a capitalised "Memorandum of Understanding" is left to the rules above

_BUYING = re.compile(r"(?i)\b(?:buy|bought|purchas\w*|procure\w*|procurement|acquir\w*|acquisition|order\w*|deal|contract\w*|sell|sold|suppl\w*|deliver\w*|"
                    r"induct\w*|lease\w*|build|built|manufactur\w*|export\w*|transfer\w*|commission\w*)\b")


def _party_service(gap: _Gap) -> str | None:
    """2.5: a party's own service or ministry, given away by its country ("the {{Sri Lanka Navy}}", "the {{Ministry of Defence}}")."""
    from studyapp.drafting.countries import DEMONYMS, is_country

    if gap.question.get("category") not in ("organisation", "term", "operation") or gap.question.get("type") == "truefalse":
        return None
    answer = gap.answer.strip()
    if _OWN_MINISTRY.match(answer):
        return "2.5 a party's own ministry"
    own = _OWN_SERVICE.match(answer)
    if own:
        who = own.group(1).removeprefix("the ")
        if who in DEMONYMS or is_country(who) or who in ("U.S.", "US", "UK", "U.K.", "UAE", "Korean", "South Korean", "Sri Lanka", "Sri Lankan", "Thailand", "Thai"):
            return "2.5 a party's own service"
    return None


def _minor_official(gap: _Gap) -> str | None:
    """2.3: anyone below a minister or a service chief (a contingent's commander, a deputy, an envoy, a spokesperson, a CEO)."""
    if gap.question.get("category") != "person" or gap.question.get("type") == "truefalse":
        return None
    before, after = gap.before, gap.after
    title = before[-60:]
    if _SENIOR_TITLE.search(title[-40:]) or _SENIOR_TITLE.search(after[:40]):
        return None
    if _MINOR_TITLE.search(title) or _MINOR_AFTER.match(after) or _LED_BY.search(before):
        return "2.3 a minor official"
    return None


def _routine_count(gap: _Gap) -> str | None:
    """2.2: counts of people and kit in an event, and its length (not what a deal buys, not how many countries take part)."""
    question = gap.question
    if question.get("category") != "figure" or question.get("type") == "truefalse":
        return None
    answer, after, sentence = gap.answer.strip(), gap.after, gap.sentence
    if re.match(r"(?i)what percentage", question.get("prompt", "")) or re.search(r"(?i)[$€£₹%]|\b(?:crore|billion|million|lakh|per ?cent|rs\.?)\b|\d(?:st|nd|rd|th)$|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", answer + after[:12]):
        return None
    if re.match(r"(?i)^[-\s]+(?:\w+\s+){0,2}(?:nations|countries|member states|states)\b", after):
        return None
    if _LENGTH.match(after) and _EVENT.search(sentence):
        return "2.2 an event's length"
    counted = _COUNTED_AFTER.match(after)
    if counted and not _BUYING.search(sentence) and (_EVENT.search(sentence) or not _WHO.search(counted.group("noun"))):
        return "2.2 a count of people or kit"  # people counted in an event ("deploy 19,000 troops for the exercise"), not "trained 40,000 personnel since 2014"
    return None


def _background_name(gap: _Gap) -> str | None:
    """2.8: generic words and background names: an instrument's type alone ("MoU"), NATO in "a NATO member", the UN in "UN-mandated"."""
    category = gap.question.get("category")
    if gap.question.get("type") == "truefalse" or category not in ("organisation", "term", "agreement", "operation", "place"):
        return None
    answer = gap.answer.strip()
    if _INSTRUMENT.match(answer):
        return "2.8 an instrument's type alone"
    if _BACKGROUND.match(answer) and (_BACKGROUND_AFTER.match(gap.after) or re.search(r"(?i)\b(?:mandate|charter)\s+of\s+(?:the\s+)?$", gap.before)):
        return "2.8 a background name"
    return None


# (name, check) in the order they are tried; while ``STANDARD_RECORD`` is a dict (bench/draft_eval/standard_rounds.py), they
# record what they would drop, by draft id, and drop nothing
_STANDARD = (("2.5 own service", _party_service), ("2.3 minor official", _minor_official), ("2.2 routine count", _routine_count),
             ("2.8 background name", _background_name))
STANDARD_RECORD: dict[str, list[str]] | None = None


def _standard(gap: _Gap) -> str | None:
    """The first rule of the written standard that strikes this draft, or None."""
    hits = [(name, why) for name, check in _STANDARD if (why := check(gap))]
    if STANDARD_RECORD is not None:
        if hits:
            STANDARD_RECORD[gap.question.get("id", "")] = [name for name, _ in hits]
        return None
    return hits[0][1] if hits else None


_FINER_BEFORE = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})(?:,\s+|\s+in\s+)(?:the\s+)?$")
_NOT_A_TOWN = re.compile(r"(?i)\b(?:area|cantonment|station|node|range|base|field|camp|hotel|house|academy|college|ltd|limited|exercise|"
                         r"INS|HMS|HMAS|USS|JS)\b")


def _one_fact_twice(gaps: list[_Gap], dropped: dict[int, str]) -> None:
    """3.1: one fact, one question: the coarser place of a town another draft asks ("Belagavi, {{Karnataka}}" beside
    "{{Belagavi}}"); the town stays. Not a place after a building ("Sangga Buana Training Area, {{Karawang}}": the town is
    the place), a country or a list ("North Sea, Baltic Sea, and High North")."""
    from studyapp.drafting.countries import is_country

    live = [(i, g) for i, g in enumerate(gaps) if i not in dropped and g.found and g.question.get("type") != "truefalse"]
    asked = {" ".join(_words(g.answer)): i for i, g in live}
    hits: dict[int, str] = {}
    for i, g in live:
        finer = _FINER_BEFORE.search(g.before)
        if g.question.get("category") == "place" and finer and not re.match(r"^\s*(?:,\s*(?:and\s+)?[A-Z]|and\b)", g.after):
            name = " ".join(_words(finer.group(1)))
            town = not _NOT_A_TOWN.search(finer.group(1)) and not is_country(finer.group(1))
            if town and any(j != i and a == name and gaps[j].question.get("category") == "place" for a, j in asked.items()):
                hits[i] = "3.1 the coarser place of a place asked"
    for i, why in hits.items():
        if STANDARD_RECORD is not None:
            STANDARD_RECORD.setdefault(gaps[i].question.get("id", ""), []).append("3.1 coarser place")
        else:
            dropped[i] = why


_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_RANGE_GAP = re.compile(rf"^((?:{_MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD})(?:,?\s+\d{{4}})?)"
                        rf"(\s*(?:to|till|until|through|[-–])\s*(?:{_MONTH_WORD}\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+{_MONTH_WORD})?(?:,?\s+\d{{4}})?)$")


def _range_start(question: dict) -> bool:
    """3.3 and 2.6: a date range gapped whole ("from {{December 2 to December 15}}") asks its start only ("from {{December
    2}} to December 15"): the end day is never the fact. Only where the start is a whole date (day and month)."""
    if question.get("type") != "cloze" or question.get("category") != "date":
        return False
    text = question.get("text", "")
    match = re.search(r"\{\{([^{}|]*)\}\}", text)
    found = _RANGE_GAP.match(match.group(1)) if match else None
    if not found or text.count("{{") != 1:
        return False
    question["text"] = text[: match.start()] + "{{" + found.group(1) + "}}" + found.group(2) + text[match.end() :]
    return True


# -- the pass --------------------------------------------------------------------------------------

def judged(questions: list[dict], document=None) -> list[tuple[dict, str | None]]:
    """Each draft with the reason it is not worth asking, or None; credit lines are cut from the drafts kept."""
    dropped: dict[int, str] = {}
    repaired: set[int] = set()
    gaps: list[_Gap] = []
    places = frozenset(" ".join(_words(g.answer)) for q in questions if q.get("category") == "place" and (g := _Gap(q)).found)
    asked_people: set[str] = set()
    checks = (_not_worth, _trivia, _logistics, _participants, _junk, _given_away, _capital_for_country, _country_given, _partial, lambda gap: _bad_swap(gap, places), _insane)
    for i, question in enumerate(questions):
        if question.get("type") in ("order", "statements", "pairs"):
            gaps.append(_Gap({}))
            continue
        reason = _cut_credit(question, document)
        _cut_conversion(question)
        _place_category(question)
        if STANDARD_RECORD is None and _range_start(question):
            repaired.add(i)  # the range's start asked by another draft too: this one goes ("same answer twice", 3.4)
        gap = _Gap(question)
        gaps.append(gap)
        if reason is None and gap.found:
            reason = next((r for check in checks if (r := check(gap))), None)
        if reason in ("half a name", "half a date range") and _widened(question, gap):
            repaired.add(i)
            gap = _Gap(question)
            gaps[-1] = gap
            reason = next((r for check in checks if (r := check(gap))), None)
        if reason in ("swap still true", "absurd swap") and _unswapped(question, gap):
            repaired.add(i)
            reason = None  # now a cloze of the document's own sentence
            gap = _Gap(question)
            gaps[-1] = gap
            reason = next((r for check in checks if (r := check(gap))), None)
        if reason == "a post that names its holder" and " ".join(_words(gap.answer)) not in asked_people:
            reason = None  # the first time the holder is asked stays: only the repeats go
        if reason is None and gap.found:
            reason = _standard(gap)
        if reason:
            dropped[i] = reason
        elif gap.found and question.get("category") == "person":
            asked_people.add(" ".join(_words(gap.answer)))
    _duplicates(gaps, dropped)
    _same_figure(gaps, dropped)
    _one_fact_twice(gaps, dropped)
    clozed = {g.sentence for i, g in enumerate(gaps) if i not in dropped and g.found and g.question.get("type") != "truefalse"}
    asked = {" ".join(_words(g.answer)) for i, g in enumerate(gaps) if i not in dropped and g.found and g.question.get("type") != "truefalse"}
    for i, gap in enumerate(gaps):
        if i not in dropped and gap.question.get("type") == "truefalse" and gap.question.get("answer") is True and gap.sentence in clozed:
            fact = gap.question.get("_fact") or ""
            if fact and gap.sentence.count(fact) == 1 and " ".join(_words(fact)) not in asked:
                question = gap.question
                for key in ("prompt", "answer"):
                    question.pop(key, None)
                question.update(type="cloze", text=gap.sentence.replace(fact, "{{" + fact + "}}", 1))
                asked.add(" ".join(_words(fact)))
            else:
                dropped[i] = "true statement of a cloze's sentence"
    seen: dict[str, int] = {}
    for i, gap in enumerate(gaps):
        if i in dropped or not gap.found or gap.question.get("type") == "truefalse":
            continue
        name = " ".join(_words(gap.answer))
        if name in seen and (i in repaired or seen[name] in repaired):
            dropped[i] = "same answer twice"
        seen.setdefault(name, i)
    return [(question, dropped.get(i)) for i, question in enumerate(questions)]


_REPAIRED = ("half a name", "half a date range", "swap still true", "absurd swap", "a post that names its holder")


def problem(question: dict, document=None) -> str | None:
    """Why one draft alone would go (the checks of ``judged`` that need no other draft), or None: the drafter then
    asks the fact from its next sentence instead ("{{Tokyo}}'s agenda" in one, "signed in Tokyo" in another)."""
    if question.get("type") in ("order", "statements", "pairs"):
        return None
    question = copy.deepcopy(question)
    reason = _cut_credit(question, document)
    _cut_conversion(question)
    gap = _Gap(question)
    if reason is None and gap.found:
        checks = (_not_worth, _trivia, _logistics, _participants, _junk, _given_away, _capital_for_country, _country_given, _partial, _insane)
        reason = next((r for check in checks if (r := check(gap))), None)
    return None if reason in _REPAIRED else reason


def worth_asking(questions: list[dict], document=None) -> list[dict]:
    """The drafts worth asking, in their order (see ``judged`` for why the others go)."""
    return [question for question, reason in judged(questions, document) if reason is None]
