"""Round thirteen: can a filter learned from the blind judges' verdicts remove bad drafts on a round it was not fitted on?

Data: every blind round's frozen drafts and verdicts (drafts_/verdicts_heldoutN_frozen.yaml, rounds three to twelve) and
the articles and hand-listed facts they came from; the held-out round (score.HELD_OUT) is never read. Features: what the
drafter has for a draft without another model (type, category, paragraph, how often the article names the answer, title
and lead, sentence length, speech, quotation, commas, list words, a title before a name, a vessel, a counted unit, money,
a country, one of the two parties, the draft's rank in the article, an exam-preparation page) and, with --parse, spaCy's
dependency label and entity label of the gap. Model: logistic regression (L2, Newton's method, numpy). Judged leave one
round out: fitted on nine rounds, applied to the tenth; per fold, the drafts it removes there ("bad/usable/-facts": blind
bad, blind ok or edit, listed facts no remaining draft asks). The threshold is chosen on the nine training rounds only
(the lowest at which the removed drafts are at least --ratio times as many bad as usable drafts and lost facts together),
and fixed thresholds are shown beside it. The last table: what removing every draft a blind judge called bad would do.

    .venv/bin/python bench/draft_eval/learned_folds.py [--parse] [--target bad|bad-unlisted|unlisted] [--ratio 2]
"""

from __future__ import annotations

import argparse
import math
import re
from collections import Counter

import numpy as np
import yaml

import score
from studyapp.drafting.countries import is_country
from studyapp.drafting.documents import parse_document
from studyapp.drafting.sentences import document_parties

ROUNDS = range(3, 13)
TYPES = ("cloze", "numeric", "choice", "truefalse")
_SPEECH = re.compile(r"(?i)\b(?:said|says|told|according to|stated|added|noted|remarked|tweeted|posted)\b")
_LEANS = re.compile(r"^(?:The|This|These|That|Those|It|Its|They|Their|He|She|His|Her|Earlier|Later|Meanwhile)\b")
_MINOR = re.compile(r"(?i)\b(?:spokes(?:person|man|woman)|captain|capt|commander|cdr|colonel|col|lt|lieutenant|major|brigadier|officer|"
                    r"commodore|rear admiral|group captain|wing commander|director|deputy|joint secretary|ambassador|envoy|consul|"
                    r"official|head of|in-charge)\.?\s*$")  # fmt: skip
_SENIOR = re.compile(r"(?i)\b(?:prime minister|president|minister|secretary of \w+|chief|nsa|king|crown prince|chancellor|premier|pm)\s*$")
_VESSEL = re.compile(r"\b(?:INS|HMAS|USS|JS|HMS|ROKS|KRI|FS|HMNZS|PNS|BNS|SLNS|RSS|KD|BRP|HTMS|CNS)\s+[A-Z]")
_UNITS = re.compile(r"(?i)^\W*(?:\w+\s+){0,2}?(?:personnel|troops|soldiers|ships|warships|vessels|aircraft|helicopters|jets|members|"
                    r"contingent|participants|officers|sailors|tanks|submarines|platoons|companies|battalions|days|weeks)\b")  # fmt: skip
_MONEY = re.compile(r"(?i)(?:\$|usd|us\$|rs\.?|inr|€|£|billion|million|crore|lakh|per ?cent|%)")
_LIST = re.compile(r"(?i)\b(?:including|comprising|such as|along with|as well as|besides|participated|participating|took part)\b")
_DEPS = ("conj", "appos", "compound", "pobj", "nsubj", "nsubjpass", "dobj", "ROOT", "npadvmod", "nummod", "poss", "amod")
_ENTS = ("GPE", "ORG", "PERSON", "NORP", "CARDINAL", "DATE", "LOC", "FAC", "EVENT", "PRODUCT", "QUANTITY", "MONEY", "LAW", "ORDINAL")


def _answer(q: dict) -> str:
    if q.get("type") == "cloze":
        gaps = re.findall(r"\{\{(.*?)\}\}", q.get("text", ""))
        return gaps[0].split("|")[0] if gaps else ""
    if q.get("type") in ("numeric", "short"):
        return str(q.get("answer", ""))
    if q.get("type") == "choice":
        return str(q["answer"][0] if isinstance(q.get("answer"), list) else q.get("answer"))
    return ""


def _sentence(q: dict) -> str:
    return re.sub(r"\{\{(.*?)\}\}", lambda m: m.group(1).split("|")[0], str(q.get("text") or q.get("prompt") or q.get("statement") or ""))


def features(q: dict, body: str, title: str, siblings: int, rank: float, parties: tuple[str, ...]) -> dict[str, float]:
    answer, sentence = _answer(q).strip(), _sentence(q)
    para = re.search(r"para (\d+)", str((q.get("source") or {}).get("locator", "")))
    position = int(para.group(1)) if para else 1
    named = len(re.findall(r"(?i)(?<!\w)" + re.escape(answer) + r"(?!\w)", body)) if answer else 0
    words = sentence.split()
    at = sentence.find(answer) if answer else -1
    before, after = (sentence[:at], sentence[at + len(answer) :]) if at >= 0 else ("", "")
    f = {f"type={t}": float(q.get("type") == t) for t in TYPES}
    f.update({f"category={c}": float(q.get("category") == c) for c in score.KINDS})
    f.update({
        "first paragraph": float(position == 1), "paragraph (log)": math.log(position),
        "named again (log)": math.log(1 + max(named - 1, 0)), "in title": float(bool(answer) and answer.lower() in title.lower()),
        "named in lead": float(bool(answer) and answer.lower() in (title + " " + body[:400]).lower()),
        "sentence words /10": min(len(words), 60) / 10, "speech": float(bool(_SPEECH.search(sentence))),
        "quotation": float(bool(re.search(r"[\"“”]", sentence))), "commas": min(sentence.count(","), 6) / 3,
        "answer has digit": float(bool(re.search(r"\d", answer))), "answer words": min(len(answer.split()), 8) / 4,
        "answer acronym": float(bool(re.fullmatch(r"[A-Z][A-Z0-9&+-]{1,9}", answer))), "leans": float(bool(_LEANS.match(sentence))),
        "shares sentence": float(siblings > 1), "minor title before": float(bool(_MINOR.search(before))),
        "senior title before": float(bool(_SENIOR.search(before))), "vessel in sentence": float(bool(_VESSEL.search(sentence))),
        "counts units": float(bool(re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b", answer.lower()))
                              and bool(_UNITS.match(after))),
        "money or share": float(bool(_MONEY.search(answer + after[:12]))), "list words": float(bool(_LIST.search(sentence))),
        "capitalised share": sum(1 for w in words if w[:1].isupper()) / max(len(words), 1),
        "country": float(bool(answer) and not re.search(r"\d", answer) and is_country(answer)),
        "a party": float(bool(answer) and answer.lower().removeprefix("the ") in {p.lower().removeprefix("the ") for p in parties}),
        "rank in article": rank,
        "exam page": float(bool(re.search(r"(?i)current affairs|upsc|ssc|exam|prelims", title + " " + body[:300]))),
    })  # fmt: skip
    return f


def parse_features(rows: list[dict]) -> None:
    """spaCy's dependency label of the gap's head, the entity it falls in, whether it is an item of a list."""
    from studyapp.drafting.nlp import pipeline

    for row, doc in zip(rows, pipeline().pipe([_sentence(r["q"]) for r in rows], batch_size=64)):
        answer = _answer(row["q"]).strip()
        at = doc.text.find(answer) if answer else -1
        span = doc.char_span(at, at + len(answer), alignment_mode="expand") if at >= 0 else None
        head = span.root if span is not None and len(span) else None
        label = next((e.label_ for e in doc.ents if span is not None and e.start < span.end and span.start < e.end), None)
        row["feats"].update({f"dep={d}": float(head is not None and head.dep_ == d) for d in _DEPS})
        row["feats"].update({f"ent={e}": float(label == e) for e in _ENTS})
        row["feats"]["in list"] = float(head is not None and (head.dep_ == "conj" or any(t.dep_ == "conj" for t in head.children)))
        row["feats"]["depth"] = min(len(list(head.ancestors)), 8) / 4 if head is not None else 0.0


def load_round(r: int) -> list[dict]:
    drafts = yaml.safe_load((score.HERE / f"drafts_heldout{r}_frozen.yaml").read_text(encoding="utf-8")) or {}
    verdicts = yaml.safe_load((score.HERE / f"verdicts_heldout{r}_frozen.yaml").read_text(encoding="utf-8")) or {}
    rows = []
    for article, questions in drafts.items():
        if article.startswith(score.HELD_OUT):
            continue
        document = parse_document(score.article_text(score.HERE / "articles" / f"{article}.txt"), f"{article}.txt")
        body = "\n".join(b.text for b in document.blocks)
        parties = document_parties(body, ". ".join([document.title, *re.split(r"(?<=[.!?])\s+|\n", body)[:2]]))
        siblings = Counter(q.get("explanation") for q in questions)
        facts = score.load_facts(article)
        for i, q in enumerate(questions):
            verdict = (verdicts.get(article) or {}).get(q["id"])
            if verdict not in ("ok", "edit", "bad"):
                continue
            given = score.given_answers([q])
            if q["type"] == "truefalse":  # the frozen drafts do not carry the fact a statement states: its id names it
                given.add(score.normalise(q["id"].split("-", 1)[1].replace("-", " ")))
            covers = [(article, k, j) for k, terms in facts.items() for j, alts in enumerate(terms) if any(score.normalise(a) in given for a in alts)]
            feats = features(q, body, document.title, siblings[q.get("explanation")], i / max(len(questions) - 1, 1), parties)
            rows.append({"verdict": verdict, "covers": covers, "feats": feats, "q": q})
    return rows


def fit(x: np.ndarray, y: np.ndarray, lam: float) -> np.ndarray:
    xb, w = np.hstack([np.ones((len(x), 1)), x]), np.zeros(x.shape[1] + 1)
    ridge = lam * np.diag([0.0] + [1.0] * x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-xb @ w))
        w -= np.linalg.solve(xb.T @ (xb * (p * (1 - p))[:, None]) + ridge, xb.T @ (p - y) + ridge @ w)
    return w


def removed(rows: list[dict], drop) -> tuple[int, int, int]:
    """(blind bad, blind ok or edit, listed facts no remaining draft asks) among the drafts ``drop`` marks."""
    counts = Counter(row["verdict"] for row, d in zip(rows, drop) if d)
    kept = {f for row, d in zip(rows, drop) if not d for f in row["covers"]}
    return counts["bad"], counts["edit"] + counts["ok"], len({f for row in rows for f in row["covers"]} - kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parse", action="store_true", help="add spaCy's parse and entity labels (about 30 s)")
    parser.add_argument("--target", choices=("bad", "bad-unlisted", "unlisted"), default="bad")
    parser.add_argument("--ratio", type=float, default=2.0, help="bad drafts per usable draft or lost fact the threshold must keep")
    parser.add_argument("--lam", type=float, default=3.0)
    args = parser.parse_args()
    data = {r: load_round(r) for r in ROUNDS}
    if args.parse:
        parse_features([row for r in ROUNDS for row in data[r]])
    names = list(data[3][0]["feats"])

    def xy(rows):
        y = [row["verdict"] == "bad" if args.target == "bad" else not row["covers"] if args.target == "unlisted"
             else row["verdict"] == "bad" and not row["covers"] for row in rows]  # fmt: skip
        return np.array([[row["feats"][n] for n in names] for row in rows]), np.array(y, float)

    def cell(b, u, lost):
        return f"{b}/{u}/-{lost}"

    fixed = (0.65, 0.7, 0.75, 0.8)
    table = {t: [] for t in ("chosen", *fixed)}
    for r in ROUNDS:
        train = [row for other in ROUNDS if other != r for row in data[other]]
        (xt, yt), (xr, _) = xy(train), xy(data[r])
        w = fit(xt, yt, args.lam)
        pt, pr = 1 / (1 + np.exp(-(w[0] + xt @ w[1:]))), 1 / (1 + np.exp(-(w[0] + xr @ w[1:])))
        chosen = None
        for t in np.arange(0.95, 0.3, -0.01):
            b, u, lost = removed(train, pt > t)
            if b + u and b >= args.ratio * (u + lost):
                chosen = t
        table["chosen"].append((removed(data[r], pr > chosen), chosen) if chosen is not None else ((0, 0, 0), None))
        for t in fixed:
            table[t].append((removed(data[r], pr > t), t))
    print("| threshold | " + " | ".join(f"h{r}" for r in ROUNDS) + " | h3..h12 |")
    print("| --- |" + " --- |" * (len(ROUNDS) + 1))
    for t, cells in table.items():
        total = np.sum([c for c, _ in cells], axis=0)
        label = f"chosen on the nine training rounds (ratio {args.ratio:g})" if t == "chosen" else f"P > {t}"
        print(f"| {label} | " + " | ".join(cell(*c) + (f" ({th:.2f})" if t == "chosen" and th is not None else "") for c, th in cells)
              + f" | {cell(*total)} |")  # fmt: skip
    print("\nEvery blind-bad draft removed (an oracle):")
    for r in ROUNDS:
        b, u, lost = removed(data[r], [row["verdict"] == "bad" for row in data[r]])
        asked = len({f for row in data[r] for f in row["covers"]})
        print(f"h{r}: -{b} bad drafts; listed facts asked {asked} -> {asked - lost}")
    x, y = xy([row for r in ROUNDS for row in data[r]])
    w = fit(x, y, args.lam)
    print("\nweights on all ten rounds: " + ", ".join(f"{n} {v:+.2f}" for n, v in sorted(zip(names, w[1:]), key=lambda nv: -abs(nv[1]))[:12]))


if __name__ == "__main__":
    main()
