"""Round fourteen: each rule of ``worth._STANDARD`` (WORTH_ASKING.md sections 2 and 3 in the drafter) measured round by round.

For every round h3..h13 (each a blind round once, development since): the drafter is run on the round's articles with the
standard's rules recording what they would drop and dropping nothing (the drafter as it was), then with every rule on.
Per rule and round: the drafts it removes, by verdict (score.py's: verdicts.yaml by id, else the frozen blind verdict of
a draft still word for word the frozen one), and the listed facts no remaining draft asks, over all listed facts and over
the facts the standard keeps (``worth_asking.rule_for`` strikes excluded). The "all rules" row is the real run; a draft it
changes (the one repair: a date range gapped at its start, 3.3) is printed with its verdict ("unjudged" until judged in
verdicts.yaml), and counted in the "3.3 range start" row as its old and new verdicts (bad/edit/ok). A draft the real run
removes though no rule recorded it is printed as "REMOVED BY NO RULE" (a repaired range whose start another draft asks).

    .venv/bin/python bench/draft_eval/standard_rounds.py [--rounds 3-13] [--list RULE]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict

import yaml

import score
import worth_asking
from studyapp.drafting import worth

HERE = score.HERE


def _verdicts():
    judged = yaml.safe_load((HERE / "verdicts.yaml").read_text(encoding="utf-8")) or {}
    return judged, score._frozen_blind_rounds()


def _verdicts_before_repair() -> dict[tuple[str, str], str]:
    """The verdict a repaired draft had before D14's repair, from its verdicts.yaml comment ("whole range: was bad (J7, blind)")."""
    out, article = {}, None
    for line in (HERE / "verdicts.yaml").read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^(h\S+):", line):
            article = m.group(1)
        elif m := re.match(r"^  (\S+): \w+.*\bwas (ok|edit|bad)\b.*\(D14, round fourteen", line):
            out[(article, m.group(1))] = m.group(2)
    return out


def _verdict(stem, q, judged, frozen):
    return (judged.get(stem) or {}).get(q["id"]) or (frozen.get(stem) or {}).get((q["id"], score._shape(q))) or "unjudged"


def _facts(stem):
    """[(alternatives, kept by the standard)] for an article."""
    text, first = worth_asking.article_text(stem)
    listed = worth_asking.load_facts(stem)
    places = [t[0] for k, t in listed if k == "place"]
    return [(terms, worth_asking.rule_for(kind, terms, text, first, places) is None) for kind, terms in listed]


def _asked(questions, facts):
    given = score.given_answers(questions)
    return {i for i, (terms, _) in enumerate(facts) if any(score.normalise(a) in given for a in terms)}


def run(rounds, listing=None, markdown=False):
    judged, frozen = _verdicts()
    before_repair = _verdicts_before_repair()
    rules = [*(name for name, _ in worth._STANDARD), "3.1 coarser place"]
    table = defaultdict(lambda: defaultdict(Counter))  # rule -> round -> counts
    changed = []
    for n in rounds:
        for path in sorted((HERE / "articles").glob(f"h{n}-*.txt")):
            stem = path.stem
            if stem.startswith(score.HELD_OUT) or not (HERE / "facts" / f"{stem}.yaml").exists():
                continue
            text, date = score.article_text(path), score.article_date(path)
            record: dict[str, list[str]] = {}
            worth.STANDARD_RECORD = record
            try:
                before = score.draft(text, path.name, date)
            finally:
                worth.STANDARD_RECORD = None
            after = score.draft(text, path.name, date)
            facts = _facts(stem)
            asked_before = _asked(before, facts)
            for rule in [*rules, "all rules"]:
                if rule == "all rules":
                    shapes = {(q["id"], score._shape(q)) for q in after}
                    ids = {q["id"] for q in after}
                    removed = [q for q in before if q["id"] not in ids]  # a repaired draft (same id, new shape) is counted below
                    for q in removed:
                        if not record.get(q["id"]):
                            print("REMOVED BY NO RULE:", stem, q["id"], _verdict(stem, q, judged, frozen))
                    rest = after
                    old = {(q["id"], score._shape(q)) for q in before}
                    by_id = {q["id"]: q for q in before}
                    for q in after:
                        if (q["id"], score._shape(q)) not in old:
                            was = by_id.get(q["id"])
                            changed.append((stem, q["id"], _verdict(stem, q, judged, frozen), q.get("text") or q.get("prompt")))
                            r = table["3.3 range start (repair): old -> new verdict"][n]
                            r["old_" + (before_repair.get((stem, q["id"])) or (_verdict(stem, was, judged, frozen) if was else "none"))] += 1
                            r["new_" + _verdict(stem, q, judged, frozen)] += 1
                else:
                    removed = [q for q in before if rule in record.get(q["id"], ())]
                    rest = [q for q in before if rule not in record.get(q["id"], ())]
                lost = asked_before - _asked(rest, facts)
                c = table[rule][n]
                for q in removed:
                    c[_verdict(stem, q, judged, frozen)] += 1
                    if listing and rule == listing:
                        print(f"{stem} {_verdict(stem, q, judged, frozen):5} {q['id']}: {q.get('text') or q.get('prompt')}")
                c["lost"] += len(lost)
                c["lost_kept"] += sum(1 for i in lost if facts[i][1])
                if listing and rule == listing:
                    for i in lost:
                        print(f"{stem} LOST {'kept' if facts[i][1] else 'struck'}: {facts[i][0][0]}")
            for n_ in (n,):
                table["(drafts before)"][n_]["n"] += len(before)
                table["(listed facts)"][n_]["n"] += len(facts)
                table["(listed facts kept by the standard)"][n_]["n"] += sum(1 for _, k in facts if k)
    head = ["rule", *[f"h{n}" for n in rounds], "all"]
    print("| " + " | ".join(head) + " |")
    print("| " + " | ".join("---" for _ in head) + " |")
    for rule, per in table.items():
        cells = []
        total = Counter()
        for n in rounds:
            c = per[n]
            total.update(c)
            cells.append(_cell(c))
        print(f"| {rule} | " + " | ".join(cells) + f" | {_cell(total)} |")
    print("\ncell: bad/edit/ok removed (unjudged u), -listed facts lost (-of those, kept by the standard)")
    for item in changed:
        print("CHANGED OR NEW:", *item)
    return 0


def _cell(c):
    if "n" in c:
        return str(c["n"])
    if any(k.startswith("new_") for k in c):
        return f"{c['old_bad']}/{c['old_edit']}/{c['old_ok']} -> {c['new_bad']}/{c['new_edit']}/{c['new_ok']}" + (f" u{c['new_unjudged']}" if c["new_unjudged"] else "")
    if not c:
        return ""
    u = f" u{c['unjudged']}" if c["unjudged"] else ""
    return f"{c['bad']}/{c['edit']}/{c['ok']}{u} -{c['lost']}(-{c['lost_kept']})"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", default="3-13")
    parser.add_argument("--list", help="print the drafts one rule removes and the facts it loses")
    args = parser.parse_args()
    lo, hi = (int(x) for x in args.rounds.split("-"))
    sys.exit(run(range(lo, hi + 1), args.list))
