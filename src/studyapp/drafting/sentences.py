"""Making a fact's sentence stand alone, or deciding that it cannot.

A question shows one sentence out of its article, so everything the sentence
needs from the article has to be resolved or cut: who said it ("..., the Army
said"), relative times ("on Monday", "last week"), a pronoun or a subject that
points back ("He", "The two navies", "This will be the 23rd edition"), and the
length of a sentence that says three things at once. What cannot be resolved
is not asked: an author would rather add a question than repair a bad one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from studyapp.drafting.countries import DEMONYMS as _DEMONYMS
from studyapp.drafting.facts import BACK_POINTER, Fact, context_problem, normal, strip_reporting

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_RELATIVE_TIME = re.compile(
    rf"^(?:On|Earlier on|Late on|Last)\s+{_WEEKDAY},?\s+|^(?:Today|Yesterday|Earlier this (?:year|month|week)|Last (?:year|month|week)|Next (?:month|week)|(?:On )?(?:That|the) same day)(?:\s+only)?,?\s+|(?:,\s*)?\b(?:(?:on|earlier on|later on|late on|early on|through|until|till|by|since)\s+)?{_WEEKDAY}(?:\s+and\s+{_WEEKDAY})?\b(?!['’])|\b(?:earlier|later)\s+(?:today|{_WEEKDAY}|this week)\b"
    rf"|\b(?:yesterday|last week|this week|last month|this month|next week|next month)\b(?!['’])|\bfrom {_WEEKDAY}\b|\bRecently,?\s*|\brecently\s|\brecent\s"
)


def _full_stop(text: str) -> str:
    """A sentence cut short ends with one full stop, also after an abbreviation ("Co.", "Ltd.")."""
    return text if text.endswith(".") else text + "."


def _clean(text: str, keep: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """Drop relative times ("on Tuesday", "yesterday") outside the fact; they mean nothing out of the article."""
    dated = re.search(rf"\b{_WEEKDAY}\s+\(([^()]{{3,20}}\d)\)", text)
    if dated and not (dated.start() < keep[1] and keep[0] < dated.start(1)):  # "on Monday (Dec. 5)": "on Dec. 5"
        inside = dated.start(1) <= keep[0] < dated.end(1)
        shift = dated.start(1) - dated.start() if inside else (dated.end() - dated.start() - len(dated.group(1))) * (keep[0] >= dated.end())
        keep = (keep[0] - shift, keep[1] - shift)
        text = text[: dated.start()] + dated.group(1) + text[dated.end() :]
    weekday = re.search(rf"\b{_WEEKDAY},\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{{1,2}}\s+[A-Z][a-z]+)", text)
    if weekday and weekday.end() <= keep[0]:  # "on Sunday, Nov. 2": "on Nov. 2"
        text = text[: weekday.start()] + text[weekday.end() :]
        keep = (keep[0] - (weekday.end() - weekday.start()), keep[1] - (weekday.end() - weekday.start()))
    out, shift, last = [], 0, 0
    start, end = keep
    for m in _RELATIVE_TIME.finditer(text):
        if m.start() < end and start < m.end():
            continue
        out.append(text[last : m.start()])
        removed = m.end() - m.start()
        if m.end() <= start:
            shift += removed
        last = m.end()
    out.append(text[last:])
    cleaned = "".join(out)
    new_keep = (start - shift, end - shift)
    squeezed = re.sub(r"\s{2,}", " ", cleaned)
    if squeezed != cleaned:  # recompute the span on the squeezed text
        answer = text[start:end]
        at = squeezed.find(answer, max(0, new_keep[0] - 10))
        if at < 0:
            at = squeezed.find(answer)
        cleaned, new_keep = squeezed, (at, at + len(answer))
    cleaned = re.sub(r"\s+([,.;:])", r"\1", cleaned)
    if cleaned[new_keep[0] : new_keep[1]] != text[start:end]:
        at = cleaned.find(text[start:end])
        new_keep = (at, at + end - start)
    return cleaned, new_keep


LONG_SENTENCE = 45


_REPORT_VERBS = r"(?:said|says|told|informed|added|stated|noted|reported|announced|confirmed|wrote|read|reads)"
_ASIDE = re.compile(r",\s+[^,;]*?\b(?:of which|in which|which was|which is|which were|who was|who is)\b[^,;]*,")  # ", the 25th edition of which was ...,"
_ATTRIBUTION_TAIL = re.compile(
    rf"(?:,|[”\"’]?,[”\"’]?)\s+(?:according to\s[^,;]{{2,60}}|(?:[^,;]{{0,70}}?\s)?{_REPORT_VERBS}(?!\s+(?:that|the|a|an|its?|their|they)\b)(?:\s[^,;]{{0,60}})?"
    rf"|{_REPORT_VERBS}\s+the\s+[A-Z][\w’'-]*(?:\s+(?:of|and|for|[A-Z][\w’'-]*))*)\s*[.”\"]*$"
)  # "..., the Indian Army said.", "..., according to the Navy.", "...,” Vice Adm. Fred Kacher, the commander, said.", "..., informed the Ministry of Defence."
_ATTRIBUTION_HEAD = re.compile(r"^According to\s[^,]{2,60},\s+(?=\w)")
_POST_WORDS = r"(?:Minister|Secretary|Chief|Commander|President|Head|Director|Ambassador|Chairman|Spokesperson|Spokesman|General|Admiral)"
_APPOSITIVE = re.compile(rf",\s+(?:the\s+|a\s+)?(?:[A-Z][\w.-]*\s+)?{_POST_WORDS}\b[^,;]{{0,60}},(?=\s)")
_CLAUSE_JOIN = re.compile(r";\s+(?:viz\.?\s+)?|(?<!\bwell),?\s+(?:even\s+)?(?:as(?!\s+well\b)|whereas|while)\s+(?=\w)")  # "..., even as they ..." (not "as well as")
SHORT_ENOUGH = 35
_NAMED_SUBJECT = re.compile(r"^((?:the )?[A-Z][\w.-]+(?: [A-Z][\w.-]+)*(?:,? and (?:the )?[A-Z][\w.-]+(?: [A-Z][\w.-]+)*)) (?=[a-z])")
_EXERCISE_TALK = re.compile(r"\b(?:edition|exercise|drills?|held|conducted|iteration)\b")


def _cut(text: str, span: tuple[int, int], start: int, end: int) -> tuple[str, tuple[int, int]]:
    """``text`` without ``text[start:end]`` (which must not hold the fact), the fact's span moved with it."""
    shift = end - start if end <= span[0] else 0
    return text[:start] + text[end:], (span[0] - shift, span[1] - shift)


_TRAILING = re.compile(
    r",\s+(?:and|but|which|where|who|whereas|while|with|including|amid|amidst|following|to)\s+(?=[a-z])|\s+(?:amid|amidst|including)\s|,\s+[a-z]+ing\s"
)  # where what follows the fact can go: "... signed a Joint Declaration of Intent[ to deepen co-operation ...]"


def shortened(text: str, span: tuple[int, int], finite: tuple[int, ...] = (), speaker: bool = True) -> tuple[str, tuple[int, int]] | None:
    """The sentence as a question can use it: who said it cut off, a long one cut to what holds the fact; None if it cannot be.

    Who said a thing is not the thing ("..., the Army said"); a quotation without its speaker reads as the
    statement it makes. A sentence over SHORT_ENOUGH words loses, in turn, brackets, posts in apposition
    (", Minister of Defence of Mongolia,") and the other clause of "X, as/whereas/while Y" (each clause needs
    its own verb), where these do not hold the fact; one still over LONG_SENTENCE words is not asked.
    """
    tail = _ATTRIBUTION_TAIL.search(text)
    if tail and len(text[: tail.start()].split()) >= 6:
        if span[1] > tail.start():
            if speaker:
                return None  # the fact is who said it
        else:
            text = _full_stop(text[: tail.start()].rstrip(" ,”\"’"))  # "Hyundai Rotem Co., Seoul's ministry said": "Co.", not "Co.."
            if re.match(r"^[“\"]", text) and not re.search(r"[“”\"]", text[1:]):  # “..., the Army said: the quotation alone
                text, span = text[1:], (span[0] - 1, span[1] - 1)
            elif text.count('"') % 2 or text.count("“") > text.count("”"):  # aims to "foster ...," it said: the quote's close went with the tail
                at = max(text.rfind('"'), text.rfind("“"))
                if not at <= span[0] < span[1] <= at + 1:
                    text, span = _cut(text, span, at, at + 1)
    head = _ATTRIBUTION_HEAD.match(text)
    if head and span[0] >= head.end():
        rest = text[head.end() :]
        text, span = rest[0].upper() + rest[1:], (span[0] - head.end(), span[1] - head.end())
        finite = tuple(v - head.end() for v in finite)
    if len(text.split()) > SHORT_ENOUGH:
        joins = list(_CLAUSE_JOIN.finditer(text))
        for at, m in enumerate(joins):
            until = joins[at + 1].start() if at + 1 < len(joins) else len(text)
            if m.start() < 20 or not any(v < m.start() for v in finite) or not any(m.end() <= v < until for v in finite):
                continue  # "as part of the exercise": no verb of its own, not a clause
            if span[1] <= m.start():
                text = _full_stop(text[: m.start()].rstrip(" ,"))
            elif span[0] >= m.end():
                rest = text[m.end() :]
                subject = _NAMED_SUBJECT.match(text)
                if re.match(r"they\b", rest) and subject and any(v == subject.end() for v in finite):
                    rest = subject.group(1) + rest[4:]  # "India and Australia plan ..., even as they also work ...": they are India and Australia
                    shift = len(subject.group(1)) - 4
                    text, span = rest[0].upper() + rest[1:], (span[0] - m.end() + shift, span[1] - m.end() + shift)
                    break
                if re.match(r"(?i)(?:they|it|he|she|this|these|their|its)\b", rest):
                    continue  # "... as they marked ...": the clause leans on the one before
                text, span = rest[0].upper() + rest[1:], (span[0] - m.end(), span[1] - m.end())
            break
    if len(text.split()) > SHORT_ENOUGH:
        for m in reversed(list(_ASIDE.finditer(text))):
            if span[1] <= m.start() or span[0] >= m.end():
                text, span = _cut(text, span, m.start(), m.end() - 1)
    if len(text.split()) > SHORT_ENOUGH:
        for m in reversed(list(re.finditer(r"\s*\([^()]{1,60}\)", text))):
            if not (m.start() < span[1] and span[0] < m.end()):
                text, span = _cut(text, span, m.start(), m.end())
    if len(text.split()) > SHORT_ENOUGH:
        for m in reversed(list(_APPOSITIVE.finditer(text))):
            if not (m.start() <= span[1] + 2 and span[0] < m.end()):  # a person keeps their own post
                keep_comma = bool(re.match(r"\s+[A-Z]", text[m.end() :]))  # "Ben Wallace, Secretary ..., United Kingdom"
                text, span = _cut(text, span, m.start() + keep_comma, m.end())
    if len(text.split()) > SHORT_ENOUGH:
        for m in _TRAILING.finditer(text, span[1]):
            if len(text[: m.start()].split()) >= 8 and any(v < m.start() for v in finite if v < span[0] or v >= span[1]):
                text = _full_stop(re.sub(r"\s+(?:and|or|but)$", "", text[: m.start()].rstrip(" ,")))  # "... common threats and, with an eye on ..."
                break
    if len(text.split()) > LONG_SENTENCE:
        return None
    return text, span


_NAME = r"(?:the\s+)?(?:[A-Z][a-zA-Z]+|U\.S\.|U\.K\.)(?:\s+[A-Z][a-z]+){0,2}"
_PAIRED = re.compile(rf"{_NAME}(?:\s*(?:[-–&,]|,?\s+and)\s*{_NAME})+")  # "India and Greece", "India-France", "India, Philippines"
_WITH_THE = {"us", "usa", "uk", "uae", "philippines", "netherlands", "united states", "united kingdom", "united arab emirates"}
_BOTH = r"(?:[Tt]he two|[Bb]oth(?: the)?)"
_PAIR_SUBJECT = re.compile(rf"\b{_BOTH}\s+(sides|countries|nations)\b")
_PAIR_GROUP = re.compile(
    rf"\b{_BOTH}\s+(navies|armies|air forces|militaries|leaders|governments|delegations|prime ministers|defence ministers|defense ministers|foreign ministers|ministers)\b"
)


def _country(name: str) -> str | None:
    from studyapp.drafting.countries import is_country

    plain = name.removeprefix("the ").strip()
    plain = plain.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,3}", plain) else plain  # "U.S."
    country = _DEMONYMS.get(plain.title() if plain.isupper() else plain)
    if country is None and (is_country(plain) or len(plain) > 3 and is_country(plain.title())):
        country = plain if not plain.isupper() or len(plain) <= 3 else plain.title()
    if country is None:
        return None
    country = country.removeprefix("the ")
    return f"the {country}" if normal(country) in _WITH_THE else country


def _country_within(name: str) -> str | None:
    """The country a name is, or starts or ends with ("Canada To Establish" in a headline: Canada)."""
    words = name.split()
    for size in range(len(words), 0, -1):
        for part in (words[:size], words[-size:]):
            country = _country(" ".join(part))
            if country:
                return country
    return None


def _countries_in(text: str) -> set[str]:
    """Every country the text names, by name or adjective ("Greek Prime Minister ..." names Greece)."""
    found = set()
    for m in re.finditer(_NAME, re.sub(r"[-–]", " ", text)):
        words = m.group().removeprefix("the ").split()
        for size in range(min(len(words), 3), 0, -1):
            hits = [c for at in range(len(words) - size + 1) if (c := _country(" ".join(words[at : at + size])))]
            if hits:
                found.update(normal(c.removeprefix("the ")) for c in hits)
                break
    return found


_TIES_WITH = re.compile(rf"({_NAME})(?:[’']s)?\s+(?:relationship|relations|ties|partnership|defence cooperation|defense cooperation)\s+with\s+({_NAME})")


def document_parties(text: str, lead: str) -> tuple[str, ...]:
    """The two countries a document is about: the pair it names together ("India and Greece", "India-France",
    "Indian and French navies") in its title or first sentences (``lead``), or the only pair it names, named
    twice; () otherwise (three countries, several pairs, or none)."""
    counts: dict[tuple[str, str], int] = {}
    in_lead: set[tuple[str, str]] = set()
    for source, where in ((lead, in_lead), (text, None)):
        for m in _PAIRED.finditer(source):
            if re.match(r"\s+counterparts?\b", source[m.end() :]):
                continue  # "his Japanese & Philippines counterparts": two meetings, not two parties
            names = re.split(r"\s*(?:[-–&,]|,?\s+and)\s*", m.group())
            countries = [c for c in map(_country_within, names) if c]
            if len(names) != 2 or len(countries) != 2 or normal(countries[0]) == normal(countries[1]):
                continue
            pair = tuple(sorted(countries, key=normal))
            if where is not None:
                where.add(pair)
            else:
                counts[pair] = counts.get(pair, 0) + 1
    if len(_countries_in(re.sub(r"\((?:[^()]|\([^()]*\))*\)", " ", lead))) > 2:  # a credit line in brackets names no party ("(KUNA)")
        if len(counts) == 1 and len(in_lead) <= 1 and next(iter(counts.values())) >= 3 and (not in_lead or in_lead == set(counts)):
            return next(iter(counts))  # "With an eye on China's ..., India and Vietnam signed": the one pair the text keeps naming
        return ()  # "A U.S. destroyer joined Japanese and Australian warships": more than two parties
    if not in_lead:  # "The United Kingdom's relationship with Japan is ...": a pair named by its ties
        for m in _TIES_WITH.finditer(lead):
            countries = [_country_within(m.group(1)), _country_within(m.group(2))]
            if all(countries) and normal(countries[0]) != normal(countries[1]):
                in_lead.add(tuple(sorted(countries, key=normal)))
    if len(in_lead) == 1:
        return next(iter(in_lead))
    if len(counts) == 1 and not in_lead:
        ((pair, n),) = counts.items()
        return pair if n >= 2 else ()
    return ()


def _name_parties(text: str, span: tuple[int, int], parties: tuple[str, ...]) -> tuple[str, tuple[int, int]] | None:
    """ "the two sides have had ..." -> "India and Greece have had ...", "the two navies" -> "the navies of India and France":
    in a document about two countries these say which; None when the sentence has no such words outside the fact."""
    if len(parties) != 2 or _countries_in(text) >= {normal(p.removeprefix("the ")) for p in parties}:
        return None  # "the two navies along with warships from Australia and Japan": the two are others, not the document's pair
    both = " and ".join(parties)
    changed = False
    for pattern, build in ((_PAIR_SUBJECT, lambda m: both), (_PAIR_GROUP, lambda m: f"the {m.group(1)} of {both}")):
        for m in reversed(list(pattern.finditer(text))):
            if m.start() < span[1] and span[0] < m.end() or len(re.findall(r"[\"“”]", text[: m.start()])) % 2:
                continue  # never inside the fact, nor inside someone's words
            new = build(m)
            if m.start() == 0 or re.search(r"[.!?:]\s*$", text[: m.start()]):
                new = new[0].upper() + new[1:]
            shift = len(new) - (m.end() - m.start()) if m.end() <= span[0] else 0
            text, span, changed = text[: m.start()] + new + text[m.end() :], (span[0] + shift, span[1] + shift), True
    return (text, span) if changed else None


def _one_exercise(facts: list[Fact], dated: bool = False) -> str | None:
    """The name of the one exercise a document names, if it names exactly one; ``dated``: only with its year ("Pitch Black 2024")."""
    named = {f.key: f for f in facts if f.kind == "operation" and f.label == "exercise" and not re.search(r"\b[A-Z][a-z]?-\d", f.answer)}  # not "Su-30"
    if not named:
        return None
    only = _main_exercise(list(named.values()))
    if only is None:
        return None
    if dated:
        return next((n for n in (only.answer, *only.alternatives) if re.search(r"(?:19|20)\d\d$", n)), None)
    return min((n for n in (only.answer, *only.alternatives) if len(n) > 2), key=len)


def _main_exercise(named: list[Fact]) -> Fact | None:
    """The exercise a document is about when it names several: the one it names most often, if one stands out;
    "The exercise is being conducted at a time when the IAF ... also takes part in Exercise Desert Flag" is that one."""
    if len(named) == 1:
        return named[0]
    ranked = sorted(named, key=lambda f: (-(1 + len({m.sentence.index for m in f.others} - {f.sentence.index})), f.sentence.index))
    mentions = [1 + len({m.sentence.index for m in f.others} - {f.sentence.index}) for f in ranked]
    return ranked[0] if mentions[0] >= 2 and mentions[0] > mentions[1] else None


_PACT_HEADS = ("Agreement", "Treaty", "Pact", "Accord", "Partnership", "Compact", "Arrangement")
_THE_PACT = re.compile(r"\b([Tt]he) (?:(?:aforementioned|new|landmark|historic|defen[cs]e|bilateral|security)\s+)*(?:pact|agreement|treaty|accord)\b(?!\s+(?:on|for|between|with|of|to)\b)")


def _one_agreement(facts: list[Fact]) -> str | None:
    """The one agreement a document names ("the Trinity House Agreement"), if it names exactly one, or one it names most."""
    named = {f.key: f for f in facts if f.kind == "agreement" and f.answer.split()[-1] in _PACT_HEADS and f.answer[:1].isupper()}
    if not named:
        return None
    if len(named) == 1:
        return next(iter(named.values())).answer
    counts = sorted(((1 + len({m.sentence.index for m in f.others} - {f.sentence.index}), f.answer) for f in named.values()), reverse=True)
    return counts[0][1] if counts[0][0] >= 2 and counts[0][0] > counts[1][0] else None


def _named_pact(fact: Fact, every: list[Fact]) -> Fact:
    """ "The pact was formalised during ...", "signed the agreement in London": the one agreement the document names."""
    pact = _THE_PACT.search(fact.sentence.text)
    if pact is None or pact.start() < fact.end and fact.start < pact.end():
        return fact
    name = _one_agreement(every)
    if name is None or normal(name) == normal(fact.answer) or normal(name) in normal(fact.sentence.text):
        return fact
    sentence = fact.sentence
    new = pact.group(1) + " " + name
    text = sentence.text[: pact.start()] + new + sentence.text[pact.end() :]
    shift = len(new) - (pact.end() - pact.start())
    moved = shift if fact.start >= pact.end() else 0
    finite = tuple(v + shift if v >= pact.end() else v for v in sentence.finite)
    return replace(fact, sentence=replace(sentence, text=text, finite=finite), start=fact.start + moved, end=fact.end + moved)


def resolved_sentence(
    fact: Fact, earlier: list[Fact], every: list[Fact] | None = None, parties: tuple[str, ...] = ()
) -> tuple[str, tuple[int, int]] | None:
    """The fact's sentence made to stand alone, with the fact's span in it; None when it cannot be.

    ``every``: all the document's facts, to name "the joint military exercise" when the document names one exercise only;
    ``parties``: the two countries the document is about, to name "the two sides" (see ``document_parties``).
    """
    named = _name_parties(fact.sentence.text, (fact.start, fact.end), parties) if parties else None
    if named is not None:
        text, (start, end) = named
        subject = re.search(r'"([^"]+)"', fact.sentence.leans)
        named_subject = subject and _PAIR_SUBJECT.match(subject.group(1).lower()) or subject and _PAIR_GROUP.match(subject.group(1).lower())
        leans = "" if named_subject else fact.sentence.leans  # the subject that pointed back now says who
        sentence = replace(fact.sentence, text=text, leans=leans, lean_end=fact.sentence.lean_end if leans else 0, lean_at=-1,
                           finite=tuple(v + start - fact.start if v >= fact.start else v for v in fact.sentence.finite))  # fmt: skip
        return resolved_sentence(replace(fact, sentence=sentence, start=start, end=end), earlier, every)
    lean_at = fact.sentence.lean_at
    quoted = len(re.findall(r"[\"“”]", fact.sentence.text[: max(lean_at, 0)])) % 2 == 1  # never write into someone's words
    if lean_at >= 0 and every is not None and not quoted and not (lean_at <= fact.start and fact.start < lean_at + 1):
        name = _one_exercise(every)
        if name and normal(name) != normal(fact.answer):  # "The joint military exercise by ..." -> "The joint military exercise AUSTRA HIND by ..."
            sentence = fact.sentence
            text = sentence.text[:lean_at] + " " + name + sentence.text[lean_at:]
            shift = len(name) + 1 if fact.start >= lean_at else 0
            moved = replace(fact, sentence=replace(sentence, text=text, leans="", lean_at=-1,
                                                   finite=tuple(v + len(name) + 1 if v >= lean_at else v for v in sentence.finite)),
                            start=fact.start + shift, end=fact.end + shift)  # fmt: skip
            return resolved_sentence(moved, earlier)
    if every is not None and fact.sentence.lean_end == 0:
        fact = _named_pact(fact, every)
    speaker = fact.kind in ("person", "organisation", "place")
    text, span, finite = fact.sentence.text, (fact.start, fact.end), fact.sentence.finite
    opening = fact.sentence.lean_end
    if opening and span[0] >= opening:  # "After the exercise concluded, the Halsey relocated ...": the clause that leans goes
        text, span, finite = text[opening:], (span[0] - opening, span[1] - opening), tuple(v - opening for v in finite)
        text = text[0].upper() + text[1:]
    short = shortened(text, span, finite, speaker)
    if short is None:
        return None
    text, span = short
    stripped = strip_reporting(text)
    cut = len(text) - len(stripped)
    if stripped != text and span[0] >= cut:
        text, span = stripped, (span[0] - cut, span[1] - cut)
    problem = context_problem(fact.sentence, fact)
    again = re.match(r"^(?:This|It) (?:is|was|will be) the (?:\w+ )?time (?:when |that )?(?=[A-Z])", text)
    if problem == BACK_POINTER and again and span[0] >= again.end():  # "This was the second time when India announced ...": what India announced
        text, span, problem = text[again.end() :], (span[0] - again.end(), span[1] - again.end()), None
    exercise = re.match(r"^(It|This|This (?:year’s |year's )?edition)(?=\s+(?:is|was|will be|has been|had been)\b)", text)
    if problem == BACK_POINTER and exercise and span[0] > exercise.end() and _EXERCISE_TALK.search(text):
        # "This will be the 23rd edition ...", "It was first held in 2001": the one exercise the article is about
        name = _one_exercise(earlier, dated=" " in exercise.group(1))  # "This edition": the one of the year the article gives
        if name is None:
            return None
        shift = len(name) - len(exercise.group(1))
        text, span, problem = name + text[exercise.end() :], (span[0] + shift, span[1] + shift), None
        if re.match(r"\s+\w+(?: be)? the \w+ such ", text[len(name) :]):
            at = text.find(" such ")  # "Sampriti is the seventh such joint exercise": "such" pointed back too
            text, span = _cut(text, span, at, at + 5) if not (at < span[1] and span[0] < at + 5) else (text, span)
    last = re.match(r"^The (?:last|previous|preceding) (?:edition|iteration)(?=\s+(?:was|took|had been)\b)", text)
    if problem and problem.startswith("its subject") and last and span[0] > last.end() and fact.sentence.lean_end == 0:
        # "The last edition was held in Alaska in October 2021": the last edition of the one exercise the article is about
        name = _one_exercise(earlier) or _one_exercise(every or [])
        named_last = any(re.search(r"\b(?:last|previous|preceding) (?:edition|iteration) of\b", m.sentence.text) for m in _all_mentions(every or earlier))
        if name is None or named_last:
            return None  # the article names a last edition elsewhere: this one is another (a series' older edition), not said which
        insert = f" of {name}"
        text, span, problem = text[: last.end()] + insert + text[last.end() :], (span[0] + len(insert), span[1] + len(insert)), None
    if problem:
        pronoun = re.match(r"^(He|She|His|Her|They)\b", text)
        people = [f for f in earlier if f.kind == "person" and len(f.answer.split()) > 1]
        if problem != BACK_POINTER or not pronoun or not people:
            return None
        if pronoun.group(1) == "They":  # "They" after a sentence naming two people: those two
            full = {f.key: f.answer for f in reversed(people)}
            previous = [f for f in _all_mentions(earlier) if f.kind == "person" and f.sentence.index == fact.sentence.index - 1]
            names = list(dict.fromkeys(full.get(f.key, f.answer) for f in previous))
            if len(names) != 2:
                return None
            name = " and ".join(names)
        else:
            name = people[-1].answer + ("’s" if pronoun.group(1) in ("His", "Her") else "")
        shift = len(name) - len(pronoun.group(1))
        text = name + text[pronoun.end() :]
        span = (span[0] + shift, span[1] + shift)
    edition = re.match(r"The (?:latest |current |new )?(?:edition|iteration) of (?:the )?(?=['‘\"“]?[A-Z])", text)
    if edition and span[0] >= edition.end():  # "The edition of the ‘Ajeya Warrior’ exercise": which edition is not said; the exercise is
        text, span = _cut(text, span, 4, edition.end())
    fragment = re.match(r"(?:While|Whereas|Although|Though)\s+(?=[^,]*$)", text)
    if fragment and span[0] >= fragment.end():  # "While Australia is fielding ...", cut off from its main clause: the clause alone
        text, span = text[fragment.end() :], (span[0] - fragment.end(), span[1] - fragment.end())
    if every is not None:
        text, span = _exercise_named(text, span, every)
    text, span = _clean(text, span)
    if span[0] < 0 or len(text.split()) < 5:
        return None
    text = text[0].upper() + text[1:] if span[0] > 0 else text
    return text, span


_THE_EXERCISE = re.compile(r"\b(?:[Tt]he|[Tt]his|their|(?:India|[A-Z][a-z]+)(?: and (?:India|[A-Z][a-z]+))?['’]s) (?:(?:joint|military|bilateral|naval|maritime|air|combined|trilateral)\s+)*(?:exercise|drills|war ?games)\b(?![\s,]*(?:[“‘'\"(]|series\b|of\b)|\s+[A-Z])")  # "The exercise AUSTRAHIND" is named


def _exercise_named(text: str, span: tuple[int, int], every: list[Fact]) -> tuple[str, tuple[int, int]]:
    """ "During the exercise, the Indian Navy deployed ...": "During the exercise Zayed Talwar, ..." when the document is about
    one exercise and the sentence names none (round nine: "the exercise" not named was the blind judges' most common edit)."""
    name = _one_exercise(every)
    named = {normal(f.answer) for f in every if f.kind == "operation" and f.label == "exercise"}  # a ship in the sentence is not the exercise
    if name is None or any(n and n in normal(text) for n in named | {normal(name)}):
        return text, span
    found = _THE_EXERCISE.search(text)
    if found is None or found.start() < span[1] and span[0] < found.end():
        return text, span
    insert = " " + name
    text = text[: found.end()] + insert + text[found.end() :]
    return text, (span[0] + len(insert), span[1] + len(insert)) if span[0] >= found.end() else span


def _all_mentions(facts: list[Fact]) -> list[Fact]:
    return [m for f in facts for m in (f, *f.others)]
