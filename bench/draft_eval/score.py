"""Score `studyapp draft` on real articles it was not written from.

Recall: each article's facts were listed by hand (facts/NAME.yaml, kind -> key
terms, alternatives after "|") before any draft was run. A fact is found when
some draft's answer (a cloze gap, a numeric or short answer, the right option
of a choice) is that key term, normalised: case, punctuation, a leading "the",
"Exercise"/"Operation" and "-class" ignored, numbers compared as numbers
("three" = 3, "1,000" = 1000, "23rd" = 23).

Precision: every draft is judged by hand in verdicts.yaml (article -> draft id
-> ok | edit | bad). ok = usable as it stands, edit = right but needs a light
edit, bad = an author would delete it. Precision = (ok + edit) / judged;
needs-edit = edit / judged. Drafts without a verdict are counted and listed
with --unjudged so they can be judged before the figures are read.

Parts, scored apart: the held-out articles (HELD_OUT below: the newest round's, collected
while the drafter was being changed and never read by whoever changes it) and the
development articles (d*, round one's h01-h10, round two's h2-*, round three's h3-* ... round six's h6-*, each
tuned on after its blind run). Verdicts come from verdicts.yaml and, for an article it does
not list, verdicts_heldout2_after.yaml (the blind round-two verdicts are frozen in
verdicts_heldout2_frozen.yaml); an h3-* ... h8-* draft still word for word the one in
drafts_heldoutN_frozen.yaml keeps its blind verdict (verdicts_heldoutN_frozen.yaml) unless
verdicts.yaml judges it again. Work on the drafter with --part development only: the
held-out part's drafts and misses are read once, when the drafter is frozen.

    .venv/bin/python bench/draft_eval/score.py [--unjudged] [--misses] [--markdown]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
HELD_OUT = "h15-"  # the next blind set (not collected yet); h14-* and every earlier set are development since round fifteen
KINDS = ("date", "figure", "agreement", "operation", "organisation", "place", "person")
WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}  # fmt: skip
ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}  # fmt: skip


def article_text(path: Path) -> str:
    """The article without its "# source/date" header lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and (lines[0].startswith("# ") or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines) + "\n"


def normalise(term: str) -> str:
    text = term.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"^(the|exercise|ex|operation|op)\s+", "", text.strip())
    text = re.sub(r"[- ]class$", "", text)
    compact = text.replace(",", "").replace("$", "").replace("%", "").strip()
    compact = re.sub(r"^(\w+)-(?:day|week|month|year|hour)s?(?:[- ]long)?$", r"\1", compact)  # "two-week": the number of weeks
    compact = re.sub(r"^(?:usd|us|inr|eur|rs\.?|about|around|over|nearly|some|more than|approximately)\s*", "", compact)
    scaled = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|crore|lakh)", compact)
    if scaled:
        factor = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "crore": 1e7, "lakh": 1e5}[scaled.group(2)]
        compact = f"{float(scaled.group(1)) * factor:.0f}"
    if compact in WORD_NUMBERS:
        return str(WORD_NUMBERS[compact])
    if compact in ORDINAL_WORDS:
        return str(ORDINAL_WORDS[compact])
    number = re.fullmatch(r"(\d+(?:\.\d+)?)(?:st|nd|rd|th)?", compact)
    if number:
        value = float(number.group(1))
        return str(int(value)) if value.is_integer() else str(value)
    return re.sub(r"[^a-z0-9+/]+", " ", text).strip()


def answers(question: dict) -> list[str]:
    kind = question["type"]
    if kind == "cloze":
        return [alt for gap in re.findall(r"\{\{(.*?)\}\}", question["text"]) for alt in gap.split("|")]
    if kind == "choice":
        correct = question["answer"] if isinstance(question["answer"], list) else [question["answer"]]
        return [str(c) for c in correct]
    if kind in ("numeric", "short"):
        return [str(question["answer"]), *map(str, question.get("accept", []))]
    return [question["_fact"]] if "_fact" in question else []  # true/false: the fact it states or swaps


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_DATE_WITH_YEAR = re.compile(rf"^(\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}}) (?:1[5-9]|20)\d\d$")


def given_answers(questions: list[dict]) -> set[str]:
    """Every draft's answers, normalised; a whole date with its year ("August 20, 2024") also asks the day ("August 20");
    a date range gapped whole ("13 February 2023 to 02 March 2023", round six) asks both its ends."""
    given = {normalise(a) for q in questions for a in answers(q)}
    ends = {normalise(end) for q in questions if q.get("category") == "date" for a in answers(q)
            for end in (_RANGE.fullmatch(a.strip()).groups() if _RANGE.fullmatch(a.strip()) else ())}  # fmt: skip
    given |= ends
    return given | {m.group(1) for g in given if (m := _DATE_WITH_YEAR.match(g))}


_RANGE = re.compile(r"(?i)(?:from\s+)?(\d{1,2}\s+[a-z]{3,9}\.?(?:,?\s+\d{2,4})?|[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s+(?:to|until|till)\s+"
                    r"(\d{1,2}\s+[a-z]{3,9}\.?(?:,?\s+\d{2,4})?|[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)")


def article_date(path: Path) -> str:
    """The date the article prints, from its "# date: YYYY-MM-DD" header line (as a WordPress export's post date gives it);
    "" where the header says the excerpt prints none (a date the collector found elsewhere is not the article's)."""
    header = next((line for line in path.read_text(encoding="utf-8").splitlines()[:4] if line.startswith("# date:")), "")
    found = re.match(r"# date: (\d{4}-\d{2}-\d{2})\b", header)
    return found.group(1) if found and not re.search(r"(?i)not printed|no date|no year", header) else ""


def draft(text: str, name: str, date: str = "") -> list[dict]:
    from studyapp.drafting import draft_questions, parse_document

    document = parse_document(text, name)
    document.date = document.date or date  # round nine: the article's printed date gives a date without its year its year
    return draft_questions(document, with_context=True)


def _shape(question: dict) -> str:
    """What a reader of the draft sees (not its explanation or source): two drafts with the same shape are the same draft."""
    return repr([question.get(k) for k in ("type", "text", "prompt", "statement", "answer", "choices", "items", "statements")])


def _frozen_blind_rounds() -> dict[str, dict[tuple[str, str], str]]:
    """The blind rounds' verdicts (verdicts_heldoutN_frozen.yaml, rounds three to fourteen), keyed by draft id and the frozen draft's shape."""
    frozen = {}
    for round_ in (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14):
        drafts_file, verdict_file = HERE / f"drafts_heldout{round_}_frozen.yaml", HERE / f"verdicts_heldout{round_}_frozen.yaml"
        if not (drafts_file.exists() and verdict_file.exists()):
            continue
        drafts = yaml.safe_load(drafts_file.read_text(encoding="utf-8")) or {}
        verdicts = yaml.safe_load(verdict_file.read_text(encoding="utf-8")) or {}
        frozen.update({article: {(q["id"], _shape(q)): verdicts[article][q["id"]] for q in questions if q["id"] in (verdicts.get(article) or {})}
                       for article, questions in drafts.items()})  # fmt: skip
    return frozen


def load_facts(name: str) -> dict[str, list[list[str]]]:
    data = yaml.safe_load((HERE / "facts" / f"{Path(name).stem}.yaml").read_text(encoding="utf-8")) or {}
    unknown = set(data) - set(KINDS)
    if unknown:
        sys.exit(f"facts/{name}: unknown kind(s) {sorted(unknown)}")
    return {kind: [str(term).split("|") for term in terms] for kind, terms in data.items()}


def score(args) -> int:
    verdict_file = HERE / args.verdicts
    verdicts = yaml.safe_load(verdict_file.read_text(encoding="utf-8")) if verdict_file.exists() else {}
    verdicts = verdicts or {}
    round_two = HERE / "verdicts_heldout2_after.yaml"  # the current drafter; the blind run is in *_frozen
    if args.verdicts == "verdicts.yaml" and round_two.exists():  # verdicts.yaml, judged since, wins article by article
        for article, judged in (yaml.safe_load(round_two.read_text(encoding="utf-8")) or {}).items():
            verdicts.setdefault(article, judged)
    frozen3 = _frozen_blind_rounds()
    totals = {part: {"found": Counter(), "all": Counter(), "verdict": Counter(), "drafts": 0, "types": Counter()} for part in ("held-out", "development")}
    rows = []
    for path in sorted((HERE / "articles").glob("*.txt")):
        part = "held-out" if path.name.startswith(HELD_OUT) else "development"
        if args.part and part != args.part:
            continue
        text = article_text(path)
        questions = draft(text, path.name, article_date(path))
        given = given_answers(questions)
        facts = load_facts(path.name)
        t = totals[part]
        found_here = all_here = 0
        for kind, terms in facts.items():
            for alternatives in terms:
                hit = any(normalise(a) in given for a in alternatives)
                t["all"][kind] += 1
                t["found"][kind] += hit
                all_here += 1
                found_here += hit
                if not hit and args.misses:
                    print(f"MISS {path.stem} {kind}: {alternatives[0]}")
        judged = verdicts.get(path.stem, {}) or {}
        if path.stem in frozen3:  # rounds three and four's blind verdicts hold for a draft that is still word for word the frozen one
            same = {q["id"]: v for q in questions if (v := frozen3[path.stem].get((q["id"], _shape(q))))}
            judged = {**same, **judged}
        counts = Counter()
        for q in questions:
            verdict = judged.get(q["id"], "unjudged")
            counts[verdict] += 1
            t["verdict"][verdict] += 1
            t["types"][q["type"]] += 1
            if verdict == "unjudged" and args.unjudged:
                body = q.get("text") or q.get("prompt") or q.get("statement")
                print(f"{path.stem}: {q['id']}: [{q['type']}] {body} -> {answers(q) or q.get('answer')}"
                      + (f" choices={q['choices']}" if "choices" in q else ""))  # fmt: skip
        t["drafts"] += len(questions)
        rows.append((part, path.stem, found_here, all_here, len(questions), counts))

    def pct(a, b):
        return f"{100 * a / b:.0f}%" if b else "–"

    for part, t in totals.items():
        judged = sum(n for v, n in t["verdict"].items() if v != "unjudged")
        usable = t["verdict"]["ok"] + t["verdict"]["edit"]
        found, every = sum(t["found"].values()), sum(t["all"].values())
        if args.markdown:
            print(f"\n**{part}** ({sum(1 for r in rows if r[0] == part)} articles)\n")
            print("| kind | found/facts | recall |\n| --- | --- | --- |")
            for kind in KINDS:
                print(f"| {kind} | {t['found'][kind]}/{t['all'][kind]} | {pct(t['found'][kind], t['all'][kind])} |")
            print(f"| **all** | {found}/{every} | **{pct(found, every)}** |\n")
            print(f"drafts: {t['drafts']} ({', '.join(f'{n} {k}' for k, n in t['types'].most_common())}); judged {judged}; "
                  f"precision {pct(usable, judged)} ({usable}/{judged}); needs edit {pct(t['verdict']['edit'], judged)} "
                  f"({t['verdict']['edit']}/{judged}); unusable {t['verdict']['bad']}")  # fmt: skip
        else:
            print(f"== {part}: recall {found}/{every} ({pct(found, every)})")
            print("   " + ", ".join(f"{k} {t['found'][k]}/{t['all'][k]}" for k in KINDS))
            print(f"   drafts {t['drafts']} {dict(t['types'])}; judged {judged}, precision {pct(usable, judged)}, "
                  f"needs edit {pct(t['verdict']['edit'], judged)}, bad {t['verdict']['bad']}, unjudged {t['verdict']['unjudged']}")  # fmt: skip
    if args.per_article:
        for part, stem, f, a, n, counts in rows:
            print(f"{part:11} {stem:40} {f}/{a} facts, {n} drafts {dict(counts)}")
    return 0


def timing() -> None:
    """Seconds to draft a ~3,000-word article (the articles joined), first call (model load) apart."""
    texts = [article_text(p) for p in sorted((HERE / "articles").glob("*.txt")) if not p.name.startswith((HELD_OUT, "h3-", "h4-", "h5-", "h6-"))]
    words, chunk = 0, []
    for t in texts:
        chunk.append(t)
        words += len(t.split())
        if words >= 3000:
            break
    document = "\n".join(chunk)
    start = time.perf_counter()
    draft("Warm-up sentence about India and France in 2020.", "w.txt")
    load = time.perf_counter() - start
    start = time.perf_counter()
    questions = draft(document, "long.txt")
    print(f"load {load:.2f} s; {len(document.split())} words -> {len(questions)} drafts in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", action="store_true", help="print drafts that have no verdict yet")
    parser.add_argument("--misses", action="store_true", help="print facts no draft asks")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--verdicts", default="verdicts.yaml", help="verdict file in bench/draft_eval/ (default verdicts.yaml)")
    parser.add_argument("--part", choices=("held-out", "development"), help="score one part only")
    parser.add_argument("--per-article", action="store_true")
    parser.add_argument("--time", action="store_true", help="time a ~3,000-word article")
    arguments = parser.parse_args()
    if arguments.time:
        timing()
    else:
        sys.exit(score(arguments))
