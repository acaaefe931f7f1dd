"""Turning facts into draft questions of every type that fits.

Names and terms become cloze gaps, figures and years numeric questions; where
the document names enough other things of the same kind (other exercises,
other people, other places, other years) some facts become a choice with
those as distractors, or a true/false statement with one of them swapped in;
a document with several dated events also gets one order question. Each fact
is asked once, the gap covers the whole fact ("13-14 July 2023", not half of
it), and a sentence that leans on what came before ("He said...", "this
design") is resolved or not used.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

from studyapp.drafting.facts import _FACILITY_HEADS, Fact, context_problem, normal
from studyapp.drafting.sentences import resolved_sentence

_KIND_NOUN = {"person": "person", "place": "place", "organisation": "organisation", "agreement": "agreement or dialogue", "term": "name",
              "date": "date"}  # fmt: skip
_ATTRIBUTION = re.compile(r"(?i)(?:according to|reported by|citing|release from)\s+(?:the\s+|a\s+)?(?:\w+['’]s\s+)?$")
_LABEL_NOUN = {"exercise": "exercise", "vessel": "vessel", "class": "class of vessel", "programme": "programme or platform"}
NAME_KINDS = ("person", "place", "organisation", "operation", "agreement", "term")


@lru_cache(maxsize=8192)
def _normalised(text: str) -> str:
    from studyapp.grading import normalise

    return normalise(text)


def _given_away(answer: str, rest: str) -> bool:
    needle = _normalised(answer)
    return len(needle) >= 3 and f" {needle} " in f" {_normalised(rest)} "


def _blank(text: str, span: tuple[int, int], fill: str) -> str:
    return text[: span[0]] + fill + text[span[1] :]


def _numeric_answer(fact: Fact):
    if fact.label == "year":
        return int(fact.answer)
    if fact.label in ("money",):
        from studyapp.grading import parse_quantity

        text = re.sub(r"^(?:about|over|nearly|almost|some|around|more than|approximately|up to|at least|roughly)\s+", "", fact.answer)
        try:
            parse_quantity(text)
        except Exception:  # noqa: BLE001 - an unparsable money figure becomes a cloze
            return None
        return text
    value = fact.value
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _lead(fact: Fact) -> str:
    if fact.label == "year":
        return "In which year"
    if fact.label == "money":
        return "How much"
    if fact.label == "percent":
        return "What percentage"
    noun = fact.noun or "of them"
    return f"How many {noun}"


def _has_day(date: str) -> bool:
    return bool(re.search(r"(?<!\d)\d{1,2}(?!\d)", date))


def _distractors(fact: Fact, facts: list[Fact], text: str, n: int = 3) -> list[str]:
    """Other things of the same kind the document names, most alike first; none the sentence already shows."""
    own = normal(fact.answer)
    pool = []
    for other in facts:
        if other is fact or other.kind != fact.kind or normal(other.answer) == own:
            continue
        if _given_away(other.answer, text):
            continue
        if fact.kind == "date" and ((other.label == "year") != (fact.label == "year") or _has_day(other.answer) != _has_day(fact.answer)):
            continue  # a day for a day: "September" is no option for "Dec. 5"
        if fact.kind == "figure" or other.label != fact.label and (fact.kind in ("operation", "organisation", "term") or {"topic", "status", "initiative"} & {fact.label, other.label}):
            continue  # a programme for a programme: "Comprehensive Strategic Partnership" is no vision like "Make in India"
        if fact.kind == "person" and (len(other.answer.split()) < 2) != (len(fact.answer.split()) < 2):
            continue
        if fact.kind == "place" and other.label != fact.label:
            continue  # a city for a city, a sea for a sea
        if fact.label == "vessel" and other.answer.split()[0] != fact.answer.split()[0]:
            continue  # INS for INS: "HMAS Brisbane" among Indian ships gives the swap away
        if normal(other.answer) in normal(fact.answer) or normal(fact.answer) in normal(other.answer):
            continue
        if any(normal(p[2]) == normal(other.answer) for p in pool):
            continue
        same_label = other.label == fact.label
        pool.append((0 if same_label else 1, abs(other.sentence.index - fact.sentence.index), other.answer))
    pool.sort()
    return [answer for _, _, answer in pool[:n]]


def _slot(fact: Fact) -> int:
    return zlib.crc32(fact.key.encode()) % 12


_NAME_LEAD_OK = {"The", "the", "of", "and", "in", "at", "to", "from", "with", "for", "by", "on", "off", "near", "between", "as", "a", "an"}


def _partial_name(text: str, span: tuple[int, int]) -> bool:
    """The gap stops inside a longer name: a capitalised word runs on before or after it, or a lowercase
    place noun finishes it ("the Mahajan field firing range")."""
    before = re.search(r"(?:^|\s)([A-Z][\w.’'-]*)\s$", text[: span[0]])
    portfolio = re.search(rf"\b{_POSTS}(?:\s+of\s+State)?\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&]*(?:\s+(?:and\s+)?[A-Z]\w*)?\s$", text[: span[0]])
    if before and before.group(1) not in _NAME_LEAD_OK and span[0] - before.end(1) == 1 and not portfolio:  # "Minister for Roads {{Mehrdad Bazrpash}}"
        word = before.group(1).rstrip(".")
        if word[-2:] not in ("’s", "'s") and word not in _TITLES and word not in _FACILITY_HEADS and before.start(1) > 0 and not word.isupper() and not re.search(r"-[a-z]", word):
            return True
    after = text[span[1] :]
    if re.match(r"\s[A-Z][a-z]+\b(?!\s*[,.;:])", after) and not re.match(r"\s(?:and|or|of|on|in|at|to|said|told)\b", after):
        following = re.match(r"\s([A-Z][a-z]+)", after).group(1)
        if following not in _NAME_FOLLOW_OK:
            return True
    return bool(re.match(r"\s(?:[a-z]+\s){0,2}(?:range|ranges|air station|base|cantonment|airfield)\b", after))


_TITLES = {"President", "Minister", "Ministers", "Secretary", "Chancellor", "PM", "NSA", "General", "Gen", "Admiral", "Adm", "Prime",
           "Deputy", "Chief", "Ambassador", "Commissioner", "Mr", "Mrs", "Ms", "Dr", "Senator", "Governor", "Premier", "King", "Queen",
           "Colonel", "Col", "Lt", "Lieutenant", "Major", "Maj", "Captain", "Capt", "Commodore", "Commander", "Cmdr", "Brigadier", "Vice",
           "Rear", "Marshal", "Sheikh", "Prince", "Crown", "Foreign", "Defence", "Defense", "Home", "Seri", "Dato", "Datuk", "Tun", "Sri",
           "Shri", "Smt", "Sir", "Dame", "Emir", "Sultan", "Spokesman", "Spokesperson", "Director", "Head", "Army", "Navy", "Air", "Field",
           "Air Chief", "Staff", "Counterpart", "Japanese", "Indian", "French", "Australian", "American", "British", "German",
           "Canadian", "Chinese", "Korean", "Russian", "Malaysian", "Indonesian", "Philippine", "Mongolian", "Bangladeshi", "US", "U.S.",
           "UK", "EU", "Union", "State", "Island", "Islands", "Republic", "Sea", "Ocean", "Strait"}  # fmt: skip
_POSTS = r"(?:Minister|Secretary|President|Chancellor|Ambassador|Commissioner|Commander|General|Gen|Admiral|Adm|Chief|Premier|Governor)"
_NAME_FOLLOW_OK = {"Minister", "President", "Secretary", "Prime", "Navy", "Army", "Air", "Defence", "Defense", "Foreign", "State"}


def _in_long_list(text: str, span: tuple[int, int]) -> bool:
    """Is the span one item of a list of four or more capitalised names ("Malaysia, Lao PDR, China, US, ...")?"""
    item = r"[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,3}"
    for m in re.finditer(rf"{item}(?:,\s+(?:the\s+)?{item}){{2,}}(?:,?\s+and\s+(?:the\s+)?{item}|(?=\)))", text):
        if m.start() <= span[0] and span[1] <= m.end():
            return True
    return False


_MONTH_NUMBER = {m[:3].lower(): i + 1 for i, m in enumerate("January February March April May June July August September October November December".split())}


_HAS_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b|\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+'?\d\d\b")  # "2024", "02 April 25"


def _with_year(text: str, span: tuple[int, int], answer: str, published: str) -> str:
    """ "on {{August 9}}" in an article dated 2022-08-10: "on {{August 9}}, 2022", the year nearest the article's date."""
    month = re.search(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?", answer)
    if not month or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published) or re.search(_HAS_YEAR, text):
        return text
    year, published_month = int(published[:4]), int(published[5:7])
    number = _MONTH_NUMBER[month.group(1).lower()]
    year = min((year - 1, year, year + 1), key=lambda y: abs((y * 12 + number) - (int(published[:4]) * 12 + published_month)))
    rest = text[span[1] :]
    relative = re.match(r",?\s+(this|last|next) year\b", rest)  # "on {{September 27}} this year": the year it names, said once
    if relative:
        year = int(published[:4]) + {"this": 0, "last": -1, "next": 1}[relative.group(1)]
        rest = rest[relative.end() :]
    after = "," if re.match(r"\s+[a-z]", rest) else ""  # "on August 9, 2022, signed"
    return text[: span[1]] + f", {year}{after}" + rest


_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_RELATIVE_YEAR = re.compile(
    rf"(?P<dated>\b{_MONTH_WORD}(?P<day>\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)?),?\s+(?P<which>this|last|next) year\b(?![’'])"  # "on February 20 last year"
    rf"|\b(?P<whose>this|last|next) year[’']s\s+(?=[A-Z\w])"  # "this year’s Republic Day", "at this year's summit"
    r"|(?<![\w’'])(?:(?P<edge>later|earlier)\s+)?(?P<bare>this|last|next) year\b(?![’'])"  # "signed this year", "met ... last year"
    rf"|(?<=\s)today\s+\((?P<bracketed>{_MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD})\)"  # "starting today (February 21)"
    r"|(?<=\s)today\b(?![’'])"  # "signed today", "India and Vietnam today signed"
)
_NOT_A_YEAR_BEFORE = re.compile(r"(?i)\b(?:the|over|past|a|of|for|within|this|that|per)\s*$")


def _dated_relative_times(text: str, span: tuple[int, int], published: str) -> tuple[str, tuple[int, int]]:
    """ "in December last year", "signed this year", "this year’s summit", "signed today", in an article dated 2024-03-05:
    "in December 2023", "signed in 2024", "the 2024 summit", "signed on March 5, 2024" (round twelve: a relative time
    was a blind judge's reason for *edit* in eight of nine rounds, and the page's date resolves it). Never inside the gap
    or inside someone's quoted words."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return text, span
    year = int(published[:4])
    day = f"{'January February March April May June July August September October November December'.split()[int(published[5:7]) - 1]} {int(published[8:10])}, {year}"
    offset = {"this": 0, "last": -1, "next": 1}
    for m in reversed(list(_RELATIVE_YEAR.finditer(text))):
        in_date = m.group("dated") is not None and m.start() <= span[0] and span[1] <= m.end("dated")  # the date is the gap
        if m.start() < span[1] and span[0] < m.end() and not in_date:
            continue
        if len(re.findall(r"[\"“”]", text[: m.start()])) % 2 == 1:
            continue  # someone's words stay as they were said
        start, end = m.span()
        if m.group("dated") is not None:
            if in_date:  # "on {{February 20}} last year": the date is the gap, the year goes after it
                start = span[1]
                new = f", {year + offset[m.group('which')]}"
            else:
                start = m.end("dated")
                new = (", " if m.group("day") else " ") + str(year + offset[m.group("which")])
        elif m.group("whose") is not None:
            if not re.search(r"(?i)\b(?:at|in|of|with|to|for|during|from|on|by)\s+$", text[: m.start()]):
                continue
            new = f"the {year + offset[m.group('whose')]} "
        elif m.group("bracketed") is not None:
            new = f"on {m.group('bracketed')}"  # its year comes with the other dates (``_years_given``)
        elif m.group("bare") is not None:
            if _NOT_A_YEAR_BEFORE.search(text[: m.start()]) or re.match(r"\s+(?:to|and|or)\s+(?:this|last|next)\b", text[m.end() :]):
                continue  # "over the last year", "this year and next"
            preposition = re.search(r"(?i)\b(?:in|during|by|since|until|till|from)\s+$", text[: m.start()]) and not m.group("edge")
            new = ("" if preposition else f"{m.group('edge')} in " if m.group("edge") else "in ") + str(year + offset[m.group("bare")])  # "by next year": "by 2025"
        else:
            before, after = text[: m.start()], text[m.end() :]
            verb = re.search(r"\b(?:\w+ed|held|met|began|begun|signed|made|took|began|starting|beginning|opened|sent|set)\s+$", before)
            if not (verb or re.match(r"\s+(?:\w+ed|held|met|began|signed|made|took|opened|announced|unveiled)\b", after)) or re.match(r"\s*\(", after):
                continue  # "the challenges we face today", "starting today (February 21)"
            new = f"on {day}"
        text = text[:start] + new + text[end:]
        shift = len(new) - (end - start)
        if start < span[0]:
            span = (span[0] + shift, span[1] + shift)
    return text, span


_DAY_MONTH = re.compile(
    rf"(?<![\w.])(?:(?<!\d\s){_MONTH_WORD}\s+\d{{1,2}}(?:\s*(?:-|–|to|and)\s*(?:{_MONTH_WORD}\s+)?\d{{1,2}})?"
    rf"|\d{{1,2}}(?:\s*(?:-|–|to|and)\s*\d{{1,2}}(?=\s+{_MONTH_WORD}))?\s+{_MONTH_WORD}(?:\s*(?:-|–|to)\s*\d{{1,2}}\s+{_MONTH_WORD})?)"
    r"(?![\w’'-]|\.?\s*,?\s*\d)"
)  # "on March 28", "from September 13-26", "from 31 March to 02 April"; not "March 25" in "30 March 25"


def _years_given(text: str, span: tuple[int, int], published: str) -> tuple[str, tuple[int, int]]:
    """ "... commenced in Pune on November 8." in an article dated 2024-11-09: "... on November 8, 2024." (round twelve: the
    blind judges mark a date without its year down wherever it stands, not only when it is the gap); the year nearest the
    article's date, as ``_with_year`` gives the gap's. Nothing where the sentence has a year already, nor in the gap."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published) or re.search(_HAS_YEAR, text):
        return text, span
    for m in reversed(list(_DAY_MONTH.finditer(text))):
        if m.start() < span[1] and span[0] < m.end():
            continue  # the gap's own date is _with_year's
        month = re.search(_MONTH_WORD, m.group()).group()
        number = _MONTH_NUMBER.get(month[:3].lower())
        if number is None:
            continue
        year = min((int(published[:4]) + d for d in (-1, 0, 1)), key=lambda y: abs(y * 12 + number - (int(published[:4]) * 12 + int(published[5:7]))))
        end = m.end() - 1 if m.group().endswith(".") else m.end()  # "20 Feb.": the year goes before the full stop
        after = "," if re.match(r"\s+[a-z]", text[m.end() :]) else ""
        insert = (f" {year}" if m.group()[0].isdigit() else f", {year}") + after  # "20 Feb 2023", "Feb. 20, 2023"
        text = text[:end] + insert + text[end:]
        if end <= span[0]:
            span = (span[0] + len(insert), span[1] + len(insert))
    return text, span


def question_for(
    fact: Fact, facts: list[Fact], earlier: list[Fact], tally: dict[str, int], published: str = "", parties: tuple[str, ...] = ()
) -> dict | None:
    """One draft question for a fact: its type chosen by the fact's kind and what the document offers.

    ``published``: the document's date (YYYY-MM-DD) if it has one, to give a date without its year the year it means;
    ``parties``: the two countries the document is about, if it is about two (for "the two sides").
    """
    if not fact.sentence.finite and not fact.sentence.clause:
        return None  # no verb: a heading, a caption, a list or a site's line ("READ|List of top 10 ...", "Bung Tomo, KRI Malahayati,
        # and ... CN-235."), not a statement to learn; a note's "NCA signed in 2010" stays (round nine, see docs/benchmarks.md)
    resolved = resolved_sentence(fact, earlier, facts, parties)
    if resolved is None:
        return None
    text, span = resolved
    if fact.kind == "date" and fact.label != "year" and published:
        text = _with_year(text, span, fact.answer, published)
    if published:
        text, span = _dated_relative_times(text, span, published)
        text, span = _years_given(text, span, published)
    if fact.kind in ("person", "place", "organisation") and _partial_name(text, span):
        return None  # "the {{Mahajan}} field firing range", "General {{Border Committee Malaysia}}": half a name
    if fact.kind == "operation" and re.search(r"(?:^|[\s(])(?!(?:Exercise|Ex|Operation|Op|Project|Mission|INS|HMAS|JS|USS|HMS|FS)\s$)[A-Z]{2,}\s$", text[: span[0]]):
        return None  # "(GBC {{Malindo}})": half of a name
    if fact.kind in ("agreement", "operation", "term") and (re.search(r"\s(?:of|the|on|for|and)$", answer_text := text[span[0] : span[1]])
                                                            or re.match(r"\s(?:of\s+|the\s+)*[A-Z][a-z]", text[span[1] :]) and " " in answer_text):
        return None  # "the {{Review Conference of the Treaty on the}} Non-Proliferation of Nuclear Weapons"
    titled = fact.kind == "person" and re.search(rf"\b{_POSTS}\.?,?\s+$", text[: span[0]])  # "Defense Minister {{Taro Kono}}": the post is the cue
    listed = fact.kind in ("place", "person", "organisation") or fact.kind == "operation" and fact.label == "programme"  # "F-35, F-22, F-18, ..."
    if listed and not titled and _in_long_list(text, span):
        return None  # "counterparts from Malaysia, Lao PDR, China, US, ...": a gap in a list asks nothing
    shown_acronym = fact.label == "acronym"  # the acronym stays in view: it is the cue, unless it is cut below
    if fact.alternatives and fact.kind in NAME_KINDS:  # "{{Memorandum of Understanding}} (MoU)": the acronym gives it away
        names = "|".join(re.escape(a) for a in fact.alternatives)
        bracket = re.match(rf"\s*\((?:{names})s?(?:\s(?:19|20)\d\d)?\)", text[span[1] :])
        if bracket:
            text = text[: span[1]] + text[span[1] + bracket.end() :]
    if fact.kind in NAME_KINDS and re.fullmatch(r"[A-Z][A-Za-z-]{1,8}", text[span[0] : span[1]]) and sum(c.isupper() for c in text[span[0] : span[1]]) >= 2:
        expansion = re.match(r"\s*\(\s*([A-Z][^()]{5,90})\)", text[span[1] :])  # "the {{ASEAN}} (Association of Southeast Asian Nations)"
        if expansion and expansion.group(1)[0] == text[span[0]] and len(expansion.group(1).split()) >= 2:
            text = text[: span[1]] + text[span[1] + expansion.end() :]  # the expansion beside the gap gives it away: it goes (round nine)
    shown_acronym = shown_acronym and any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", text[: span[0]] + " " + text[span[1] :]) for a in fact.alternatives)
    answer = text[span[0] : span[1]]
    rest = text[: span[0]] + " " + text[span[1] :]
    repeats = [m.span() for m in re.finditer(rf"(?<![\w’'-]){re.escape(answer)}(?![\w-])(?!\s+[A-Z])", text) if m.start() != span[0]]
    if repeats and fact.kind in NAME_KINDS:  # the name said twice: a cloze gaps both, other types are not made
        alternatives = [] if shown_acronym else fact.alternatives
        gap = answer + "".join(f"|{a}" for a in alternatives if a and normal(a) != normal(answer))
        spans = sorted([span, *repeats], reverse=True)
        gapped = text
        for start, end in spans:
            gapped = gapped[:start] + "{{" + gap + "}}" + gapped[end:]
        remaining = re.sub(r"\{\{.*?\}\}", " ", gapped)
        if _given_away(answer, remaining):
            return None
        return {"type": "cloze", "category": fact.category, "text": gapped}
    if fact.kind == "figure" and fact.noun:  # "a two-week exercise ... the two countries": another count, not this one
        shown = re.search(rf"(?i)(?<![\w.,]){re.escape(answer)}[- ]+{re.escape(fact.noun.split()[-1].rstrip('s'))}", rest)
        if shown:
            return None
    elif _given_away(answer, rest) or fact.label != "acronym" and any(_given_away(a, rest) for a in fact.alternatives if len(a) > 3):
        return None
    if fact.kind == "organisation" and (_ATTRIBUTION.search(text[max(0, span[0] - 30) : span[0]]) or re.match(r"\W{0,3}said\b", text[span[1] :])):
        return None  # "according to the MoD", "the Indian Navy said": who said it is not the fact
    category = fact.category
    slot = _slot(fact)

    if fact.kind == "figure" and fact.label != "ordinal" or fact.label == "year":
        number = _numeric_answer(fact)
        if number is not None:
            blanked = _blank(text, span, "____")
            years = _distractors(fact, facts, text, 1) if fact.label == "year" and not fact.key.endswith(":bce") else []
            if years and slot in (3, 7) and not _given_away(years[0], text):
                tally["truefalse"] = tally.get("truefalse", 0) + 1
                swapped = tally["truefalse"] % 2 == 1
                return {"type": "truefalse", "category": category, "prompt": _blank(text, span, years[0]) if swapped else text,
                        "answer": not swapped}  # fmt: skip
            return {"type": "numeric", "category": category, "prompt": f'{_lead(fact)}? "{blanked}"', "answer": number}

    alternatives = [] if shown_acronym else fact.alternatives
    gap = answer + "".join(f"|{a}" for a in alternatives if a and normal(a) != normal(answer))
    if fact.kind in NAME_KINDS or fact.kind == "date":
        # choices and swaps only where the kind is reliable: the model's organisations are too often
        # something else ("Underscoring France"), and a wrong distractor makes a bad question
        options = _distractors(fact, facts, text) if fact.kind != "organisation" and fact.label not in ("fac", "programme") else []
        noun = _LABEL_NOUN.get(fact.label) if fact.kind == "operation" else _KIND_NOUN.get(fact.kind, "name")
        noun = noun or "name"
        if len(options) >= 3 and slot in (1, 4, 8, 11):
            choices = [answer, *options[:3]]
            choices.sort(key=lambda c: zlib.crc32(c.encode()))
            return {"type": "choice", "category": category, "prompt": f'Which {noun} completes the sentence? "{_blank(text, span, "____")}"',
                    "choices": choices, "answer": answer}  # fmt: skip
        if options and slot in (2, 6, 9) and fact.kind not in ("date", "place", "person", "term") and fact.label != "programme":
            # a swapped place is too often absurd or easy, a swapped person too often true or absurd (7 of 12 judged bad in
            # rounds two and three: "Defence Minister Taro Kono" was one); a platform's other names ("MQ-9B", "Predator") make a swap true
            tally["truefalse"] = tally.get("truefalse", 0) + 1
            swapped = tally["truefalse"] % 2 == 1
            return {"type": "truefalse", "category": category, "prompt": _blank(text, span, options[0]) if swapped else text,
                    "answer": not swapped}  # fmt: skip
    return {"type": "cloze", "category": category, "text": _blank(text, span, "{{" + gap + "}}")}


_DATE_PHRASE = re.compile(r"(?:,\s*)?\b(?:in|on|since|from|by|during|until|of)?\s*$")


def order_question(facts: list[Fact]) -> dict | None:
    """One order question over the document's dated events (3 to 5 of them, distinct years, sentences that stand alone)."""
    events: list[tuple[float, str, Fact]] = []
    years_seen: set[int] = set()
    sentences_seen: set[int] = set()
    for fact in facts:
        if fact.kind != "date":
            continue
        year = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", fact.answer)
        if not year or int(year.group(1)) in years_seen or fact.sentence.index in sentences_seen:
            continue
        if context_problem(fact.sentence, fact):
            continue
        text = fact.sentence.text
        before = _DATE_PHRASE.sub("", text[: fact.start])
        item = (before.rstrip(" ,") + " " + text[fact.end :].lstrip(" ,")).strip().rstrip(".")
        item = re.sub(r"\s{2,}", " ", item)
        if len(item) > 110 or len(item.split()) < 4:
            continue
        years_seen.add(int(year.group(1)))
        sentences_seen.add(fact.sentence.index)
        events.append((int(year.group(1)), item, fact))
    if len(events) < 3:
        return None
    events = sorted(events[:5])
    return {
        "type": "order",
        "category": "date",
        "prompt": "Put these events from the document in order, earliest first.",
        "items": [item for _, item, _ in events],
        "explanation": "The document dates them: " + "; ".join(f"{f.answer} ({f.sentence.locator})" for _, _, f in events) + ".",
        "locator": events[0][2].sentence.locator,
        "paragraph": " / ".join(f.sentence.text for _, _, f in events),
    }
