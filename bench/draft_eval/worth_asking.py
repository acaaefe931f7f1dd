"""Apply WORTH_ASKING.md to the listed facts of rounds h3..h13 and count what it strikes.

Reads only facts/h{3..13}-*.yaml, the articles they were listed from (for the sentence around a fact) and
verdicts_heldout{3..13}_frozen.yaml. It does not read the drafts, score.py or the drafter, and edits nothing.

A draft is taken to ask a listed fact when its verdict key ("kind-answer-slug") has the slug of one of the fact's
key terms as its answer or as a whole-word part of it. This is a reconstruction from the verdict keys, not
score.py's matching: over h3..h12 it finds 959 listed facts asked (D13: 984) and 351 asked only by drafts the blind
judge called bad (D13: 351; the two sets overlap but need not be the same).

    .venv/bin/python bench/draft_eval/worth_asking.py            # per-round table
    .venv/bin/python bench/draft_eval/worth_asking.py --list     # every struck fact with its rule
"""
from __future__ import annotations

import glob
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROUNDS = range(3, 14)


def slug(s) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(s).lower()).strip("-")


def load_facts(name: str):
    data = yaml.safe_load(open(os.path.join(HERE, "facts", name + ".yaml"), encoding="utf-8")) or {}
    out = []
    for kind, items in data.items():
        for item in items or []:
            terms = [t.strip() for t in str(item).split("|") if t.strip()]
            out.append((kind, terms))
    return out


def load_verdicts(n: int):
    out: dict[str, dict[str, tuple[str, str]]] = {}
    cur = None
    for line in open(os.path.join(HERE, f"verdicts_heldout{n}_frozen.yaml"), encoding="utf-8"):
        m = re.match(r"^(h\S+):", line)
        if m:
            cur = m.group(1)
            out[cur] = {}
            continue
        m = re.match(r"^  (\S+): (\w+)\s*(?:#\s*(.*))?", line)
        if m and cur:
            out[cur][m.group(1)] = (m.group(2), m.group(3) or "")
    return out


def asks(key: str, terms) -> bool:
    ans = key.split("-", 1)[1] if "-" in key else key
    if not re.fullmatch(r"[\d-]+", ans):
        ans = re.sub(r"-\d+$", "", ans)  # a repeated key's "-2"
    padded = "-" + ans + "-"
    for t in terms:
        s = slug(t)
        if s and (s == ans or "-" + s + "-" in padded):
            return True
    return False


def article_text(name: str) -> tuple[str, str]:
    """(body, first body line) without the header lines."""
    lines = open(os.path.join(HERE, "articles", name + ".txt"), encoding="utf-8").read().splitlines()
    body = [ln for ln in lines if not ln.startswith("# ")]
    text = "\n".join(body)
    first = next((ln for ln in body if ln.strip()), "")
    return text, first


def contexts(text: str, term: str):
    """(before, sentence-after) windows around each occurrence of term."""
    out = []
    for m in re.finditer(re.escape(term), text, flags=re.I):
        out.append((text[max(0, m.start() - 80):m.start()], text[m.end():m.end() + 60],
                    sentence_of(text, m.start())))
    return out


def sentence_of(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e != -1]
    return text[start:min(ends) if ends else len(text)]


SHIP_PREFIX = r"\b(INS|HMS|USS|HMAS|JS|FS|HMCS|HMNZS|KRI|BNS|RSS|ROKS|SLNS|PNS|CNS|HTMS|BRP|ITS|ESPS|FGS|TCG|RFS|NRP|KD)\s+[A-Z]"
UNIT = re.compile(r"\b(regiment|battalion|brigade|squadron|division|corps|rifles|fleet|flotilla|detachment|contingent|"
                  r"(tactical|engineer|strike|battle|task|combat) group|demi-brigade|platoon|wing|task force|"
                  r"marine expeditionary|command)\b", re.I)
COUNT_NOUN = re.compile(r"^\W{0,3}(\w+[- ]){0,3}?(personnel|troops|soldiers|sailors|marines|airmen|servicemen|members|"
                        r"officers|cadets|participants|aircraft|jets|fighters|helicopters|ships|warships|vessels|"
                        r"frigates|destroyers|tanks|vehicles|days?|weeks?|hours|phases|sorties|rounds|drills|"
                        r"teams|contingents|nations' troops|delegates|meetings|contracts|simulators|jobs|records)\b", re.I)
BUY = re.compile(r"\b(buy|bought|purchas|procure|acquir|order|deal|contract|sell|sold|supply|deliver|induct|lease|"
                 r"build|manufactur|export|import)", re.I)
MINOR = re.compile(r"(spokesperson|spokesman|spokeswoman|press|reporter|correspondent|editor|commodore|captain|capt\.?|"
                   r"colonel|col\.|lt\.?|lieutenant|major|maj\.?|brigadier|brig\.?|commander|cdr\.?|"
                   r"group captain|wing commander|rear admiral|vice admiral|rear adm\.?|vice adm\.?|"
                   r"air vice marshal|air marshal|major general|maj gen|lieutenant general|lt gen|"
                   r"joint secretary|additional secretary|deputy|director|envoy|ambassador|high commissioner|"
                   r"counsellor|attache|attaché|consul|official|officer|chairman|ceo|managing director|"
                   r"secretary(?! of state)(?!-general)|signed by|signatory|co-chair)\W*(\w+\W+){0,4}$", re.I)
SENIOR = re.compile(r"(prime minister|president|chancellor|minister|chief of|army chief|navy chief|air chief|"
                    r"chief of defence staff|\bcds\b|national security adviser|\bnsa\b|secretary of state|"
                    r"secretary of defen[cs]e|secretary of national defen[cs]e|secretary-general|secretary general|"
                    r"general secretary|defen[cs]e secretary|foreign secretary|home secretary|king|queen|emperor)"
                    r"\W*(\w+\W+){0,4}$", re.I)
KNOWN_LEADERS = {slug(x) for x in (
    "Narendra Modi", "Modi", "Droupadi Murmu", "Ram Nath Kovind", "Manmohan Singh", "Joe Biden", "Biden",
    "Donald Trump", "Trump", "Barack Obama", "Obama", "Vladimir Putin", "Putin", "Xi Jinping", "Xi",
    "Emmanuel Macron", "Macron", "Rishi Sunak", "Boris Johnson", "Keir Starmer", "Mohammed bin Salman",
    "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Erdogan",
    "Rajnath Singh", "S. Jaishankar", "S Jaishankar", "Jaishankar", "Subrahmanyam Jaishankar", "Ajit Doval",
    "Nirmala Sitharaman", "Sushma Swaraj")}
PRESS = re.compile(r"^(ani|pti|ians|reuters|xinhua|ap|afp|uni|pib|press information bureau|associated press|"
                   r"agence france-presse|yonhap|kyodo|the hindu|hindustan times|times of india)$", re.I)
OWN_SERVICES = {slug(x) for x in (
    "Indian Navy", "Indian Army", "Indian Air Force", "IAF", "Ministry of Defence", "MoD", "Defence Ministry",
    "Ministry of External Affairs", "MEA", "Indian Coast Guard", "Indian Armed Forces", "Pentagon")}
GENERIC_INSTRUMENT = {slug(x) for x in (
    "MoU", "MOU", "MoUs", "Memorandum of Understanding", "Memoranda of Understanding", "agreement", "agreements", "pact", "treaty", "contract", "deal",
    "joint statement", "joint declaration", "letter of intent", "LoI", "declaration", "accord")}
END_BEFORE = re.compile(r"(\bto|\btill|\buntil|\bthrough|\bthru|–|-|—|\band|\bends? on|\bconclud\w* on|"
                        r"\bculminat\w* on|\bclos\w* on)\s*$", re.I)
DAY_DATE = re.compile(r"\d{1,2}(st|nd|rd|th)?\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{1,2}\b", re.I)
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
RANGE = re.compile(r"\d{1,2}(st|nd|rd|th)?\s*(" + MONTH + r"\s*)?(to|till|until|through|–|-)\s*(\d{1,2}|" + MONTH + ")",
                   re.I)
DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .]+?)\s*(,|\(|:|—|–|-)\s*(\(?[A-Z][A-Za-z]+\)?)?")


def rule_for(kind: str, terms, text: str, first_line: str, place_terms) -> str | None:
    """The WORTH_ASKING.md rule that strikes this fact, or None when the standard keeps it."""
    term = terms[0]
    s = slug(term)
    ctx = contexts(text, term) or [c for t in terms[1:] for c in contexts(text, t)]
    if PRESS.match(term):
        return "2.9 press credit or news agency"
    if kind == "person":
        if any(slug(t) in KNOWN_LEADERS for t in terms):
            return "2.4 a leader every candidate knows"
        if ctx and all(MINOR.search(b[-60:]) and not SENIOR.search(b[-45:]) for b, _, _ in ctx):
            return "2.3 minor official, spokesperson or signatory below minister"
        return None
    if kind == "figure":
        if re.search(r"\w-(day|week|month|member)\b|^\w+ (days|weeks|hours)$", term, re.I) and ctx and any(
                re.search(r"exercise|drill|visit|trip|tour|summit|conference|delegation|talks|meeting|training",
                          sent, re.I) for _, _, sent in ctx):
            return "2.2 length or phases of an event"  # a standoff's or a crisis's length is kept
        if re.search(r"(\$|₹|€|£|rs\.?|crore|billion|million|lakh|%|per ?cent)", term, re.I):
            return None  # money and shares are kept
        if re.fullmatch(r"\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth", term, re.I):
            return None  # an edition or a rank
        for b, a, sent in ctx:
            if re.match(r"\W*(nations|countries|member)", a, re.I) or re.search(r"nations|countries", term, re.I):
                break  # how many countries take part or belong is kept
            if COUNT_NOUN.search(a) and not BUY.search(sent):
                m = COUNT_NOUN.search(a)
                if re.match(r"(days?|weeks?|hours|phases)", m.group(2), re.I):
                    return "2.2 length or phases of an event"
                return "2.2 count of troops, units, platforms or meetings in an event"
        return None
    if kind == "date":
        if re.fullmatch(r"\d{4}", term):
            return None
        if ctx and all(END_BEFORE.search(b[-12:]) and DAY_DATE.search(b[-30:]) for b, _, _ in ctx):
            return "2.6 the day an event ends"
        if RANGE.search(term) and ctx and all(re.search(r"\bphases?\b", sent, re.I) for _, _, sent in ctx):
            return "2.6 a phase's dates inside an event"
        return None
    if kind == "operation":
        if ctx and all(re.search(SHIP_PREFIX, (b[-8:] + term)) or re.match(SHIP_PREFIX, term) for b, _, _ in ctx):
            sents = [sent for _, _, sent in ctx]
            if any(len(re.findall(SHIP_PREFIX, sent)) >= 2 or re.search(r"\b(including|along with|took part|"
                                                                          r"comprising|among|and other|several other|accompanied by|led by)\b", sent)
                   for sent in sents):
                return "2.1 a ship in a participant list"
        if re.search(r"-class\b", term, re.I) and ctx and not any(BUY.search(sent) for _, _, sent in ctx):
            return "2.1 a ship class or aircraft type not bought, built or transferred in the news"
        if UNIT.search(term) and term[:1].isupper():
            return "2.1 a unit"
        if ctx and all(re.search(r"\b(aircraft|jets?|fighters?|helicopters?)\b", a[:25] + b[-25:], re.I)
                       and not BUY.search(sent) for b, a, sent in ctx):
            return "2.1 an aircraft type in a participant list"
        return None
    if kind == "organisation":
        if any(slug(t) in OWN_SERVICES for t in terms):
            return "2.5 a party's own armed service or ministry (given away by its country)"
        if UNIT.search(term) and not re.search(r"(nations|union|organisation|organization|council|group of|"
                                               r"association|alliance|forum|quad)", term, re.I):
            return "2.1 a unit"
        if re.search(r"(public relations|press|spokes|information bureau|news)", term, re.I):
            return "2.9 press credit or news agency"
        return None
    if kind == "agreement":
        if s in GENERIC_INSTRUMENT:
            return "2.8 a generic instrument type"
        return None
    if kind == "place":
        if len(place_terms) > 1 and re.search(r"\b(hotel|house|airport|palace|hall|camp|base|station|node|"
                                              r"training area|cantonment|qasr|tower|barracks)\b", term, re.I):
            return "2.7, 3.1 a building, base, camp or airport (the town is the place)"
        first = first_line.strip()
        dl = DATELINE.match(first)
        if dl and slug(dl.group(1)) == s and re.search(r"\(|:|—|–", first[:len(dl.group(0)) + 2]):
            # a dateline city: struck only when the article names it nowhere else
            if len(re.findall(re.escape(term), text)) == 1:
                return "2.7 a dateline city, not the event's place"
        for other in place_terms:
            if slug(other) == s:
                continue
            for pat in (re.escape(other) + r"\s*(,|\(|in|near|at|of)\s*(the\s+)?" + re.escape(term),):
                m = re.search(pat, text, re.I)
                party = len(re.findall(r"\b" + re.escape(term) + r"\b", text)) >= 3  # a party, not a map grain
                if m and not party and sum(1 for p in place_terms if re.search(re.escape(p), sentence_of(text, m.start()))) < 3:
                    return "3.1 the coarser place of the same event (one of the pair)"
        return None
    return None


REASONS = {
    "not worth asking, routine, trivia": r"not worth|routine|trivia|minor|signator|spokes|press|credit|incidental",
    "duplicate fact": r"duplicate|redundant|same fact|repeats",
    "given away or trivial gap": r"given.away|trivial|guessable|generic",
    "junk or partial gap, heading": r"junk|partial|heading|broken|fragment|truncat",
    "absurd or wrong swap, wrong answer": r"swap|wrong|false|absurd",
    "other": r".",
}


def reason_class(text: str) -> str:
    for why, pat in REASONS.items():
        if re.search(pat, text, re.I):
            return why
    return "other"


def main(argv) -> int:
    listing = "--list" in argv
    rows = []
    tot = [0] * 6
    reasons: dict[tuple[str, bool], int] = {}
    for n in ROUNDS:
        verdicts = load_verdicts(n)
        listed = struck = asked = only_bad = only_bad_struck = kept_usable_struck = 0
        for path in sorted(glob.glob(os.path.join(HERE, "facts", f"h{n}-*.yaml"))):
            name = os.path.basename(path)[:-5]
            text, first_line = article_text(name)
            facts = load_facts(name)
            place_terms = [t[0] for k, t in facts if k == "place"]
            v = verdicts.get(name, {})
            for kind, terms in facts:
                listed += 1
                rule = rule_for(kind, terms, text, first_line, place_terms)
                hits = [x for key, x in v.items() if asks(key, terms)]
                is_only_bad = bool(hits) and all(h[0] == "bad" for h in hits)
                asked += bool(hits)
                only_bad += is_only_bad
                if is_only_bad:
                    why = reason_class(" ".join(h[1] for h in hits))
                    reasons[(why, bool(rule))] = reasons.get((why, bool(rule)), 0) + (n <= 12)
                if rule:
                    struck += 1
                    only_bad_struck += is_only_bad
                    kept_usable_struck += any(h[0] in ("ok", "edit") for h in hits)
                    if listing:
                        print(f"{name}\t{kind}\t{terms[0]}\t{rule}\t"
                              f"{'/'.join(h[0] for h in hits) or '-'}")
        row = (listed, struck, asked, only_bad, only_bad_struck, kept_usable_struck)
        rows.append((n, row))
        if n <= 12:
            tot = [a + b for a, b in zip(tot, row)]
    if listing:
        return 0
    print("| round | listed | struck | asked (reconstructed) | asked only by bad drafts | of those, struck | "
          "struck but asked by an ok/edit draft |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for n, r in rows:
        print(f"| h{n} | " + " | ".join(str(x) for x in r) + " |")
    print("| h3..h12 | " + " | ".join(str(x) for x in tot) + " |")
    print()
    print("The h3..h12 facts asked only by bad drafts, by the judge's reason on those drafts (first class that matches):")
    print()
    print("| judge's reason | struck by the standard | kept by the standard |")
    print("| --- | --- | --- |")
    for why in REASONS:
        print(f"| {why} | {reasons.get((why, True), 0)} | {reasons.get((why, False), 0)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
