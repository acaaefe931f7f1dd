"""Make a data folder for the statistics benchmark: packs and a big review log.

    .venv/bin/python bench/make_stats_db.py --out /tmp/stats-bench

writes ``progress.sqlite3`` (10,000 questions seen, 1,000,000 reviews over
three years, sessions, two exams) and ``packs/bench-NN.yaml`` (the 10,000
questions), so both ``bench/bench_stats.py`` and
``STUDYAPP_DATA_DIR=/tmp/stats-bench studyapp stats`` run on it. The log has
what a real one has: days off (so streaks break), first answers with no
prior state, lapses, mock answers, and undone answers with their undo events.
Seeded: the same arguments give the same database.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sqlite3
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from studyapp.packs import CATEGORIES  # noqa: E402
from studyapp.store import Store  # noqa: E402

PACK_SIZE = 1000


def state_json(state: int, stability: float, when: float, reps: int, lapses: int) -> str:
    return json.dumps(
        {
            "state": state,
            "step": None if state == 2 else 0,
            "stability": round(stability, 4),
            "difficulty": 5.3,
            "due": when + stability * 86400,
            "last_review": when,
            "reps": reps,
            "lapses": lapses,
        }
    )


def write_packs(folder: Path, questions: int) -> list[tuple[str, str, str]]:
    """YAML packs of short questions; returns (pack, question, category) of each."""
    folder.mkdir(parents=True, exist_ok=True)
    keys = []
    for n in range(math.ceil(questions / PACK_SIZE)):
        pack_id = f"bench-{n:02d}"
        lines = [f"id: {pack_id}", f"title: Bench pack {n}", "questions:"]
        for i in range(min(PACK_SIZE, questions - n * PACK_SIZE)):
            category = CATEGORIES[(n + i) % len(CATEGORIES)]
            qid = f"q{i:04d}"
            tags = "[core]" if i % 10 == 0 else "[]"
            lines += [
                f"  - id: {qid}",
                "    type: short",
                f"    category: {category}",
                f"    prompt: Bench question {n}-{i}?",
                f"    answer: answer {n}-{i}",
                f"    tags: {tags}",
            ]
            keys.append((pack_id, qid, category))
        (folder / f"{pack_id}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return keys


def build(out: Path, questions: int, reviews: int, days: int, now: datetime, seed: int) -> None:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    database = out / "progress.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    keys = write_packs(out / "packs", questions)
    Store.open(database).close()  # the current schema, with its indexes

    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    end = now.timestamp()
    start = end - days * 86400
    # Study days: about one in eight is a day off; the busy days carry the log.
    study_days = [d for d in range(days) if rng.random() > 0.125]
    all_packs = ",".join(sorted({k[0] for k in keys}))
    introduced = 0
    seen: dict[int, list] = {}  # question index -> [reps, lapses, stability, last]
    review_rows = []
    session_rows = []
    review_id = 0
    session_id = 0
    for position, d in enumerate(study_days):
        # new questions arrive over the first two thirds of the period
        target = min(len(keys), int(len(keys) * min(1.0, (d + 1) / (days * 2 / 3))))
        per_day = (reviews - review_id) / (len(study_days) - position)
        count = max(1, int(rng.gauss(per_day, per_day * 0.2)))
        if review_id + count > reviews or position == len(study_days) - 1:
            count = reviews - review_id
        if count <= 0:
            break
        base = start + d * 86400 + rng.uniform(6, 14) * 3600
        sessions = [base, base + rng.uniform(4, 8) * 3600]
        for s, session_start in enumerate(sessions):
            session_id += 1
            n = count // 2 if s == 0 else count - count // 2
            right = 0
            moment = session_start
            for _ in range(n):
                if introduced < target and (rng.random() < 0.3 or not seen):
                    index = introduced
                    introduced += 1
                else:
                    index = rng.randrange(introduced)
                pack_id, question_id, category = keys[index]
                card = seen.get(index)
                moment += rng.uniform(3, 12)
                correct = rng.random() < 0.87
                kind = "mock" if rng.random() < 0.03 else "study"
                if card is None:
                    before = None
                    card = seen[index] = [0, 0, 0.5, moment]
                    state_after = 2 if correct else 1
                else:
                    state_before = 2 if rng.random() < 0.8 else rng.choice((1, 3))
                    before = state_json(state_before, card[2], card[3], card[0], card[1])
                    if not correct and state_before == 2:
                        card[1] += 1
                    state_after = 2 if correct else 3
                card[0] += 1
                card[2] = card[2] * (2.5 if correct else 0.4) if card[2] < 400 else card[2]
                card[3] = moment
                after = state_json(state_after, card[2], moment, card[0], card[1])
                review_id += 1
                right += correct
                undone = 1 if rng.random() < 0.002 else 0
                review_rows.append(
                    (review_id, pack_id, question_id, category, moment, "answer", int(correct), "exact" if correct else "wrong",
                     3 if correct else 1, rng.randint(2000, 15000), kind, session_id, before, after, undone)
                )
                if undone and review_id < reviews:
                    review_id += 1
                    review_rows.append(
                        (review_id, pack_id, question_id, category, moment + 1, "", 0, "undo", 0, 0, "undo", session_id, after, before or after, 0)
                    )
                if review_id >= reviews:
                    break
            session_rows.append((session_id, session_start, moment + 20, all_packs, "study", n, right))
            if len(review_rows) >= 100_000:
                _insert_reviews(conn, review_rows)
                review_rows.clear()
            if review_id >= reviews:
                break
        if review_id >= reviews:
            break
    _insert_reviews(conn, review_rows)
    cards = []
    for index, (reps, lapses, _, _) in seen.items():
        pack_id, question_id, category = keys[index]
        # the final state: stabilities spread from hours to years, so recall
        # today, the weak spots and the forecast all have something to show
        stability = min(3650.0, math.exp(rng.gauss(math.log(20), 1.2)))
        last = end - rng.uniform(0, 1.3 * min(stability, 60)) * 86400  # some overdue
        cards.append(
            (pack_id, question_id, category, 2, None, stability, rng.uniform(2, 9), last + stability * 86400, last, reps, lapses, start)
        )
    conn.executemany(
        "INSERT INTO cards (pack_id, question_id, category, state, step, stability, difficulty, due, last_review, reps, lapses,"
        " introduced_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        cards,
    )
    exam_day = (now + timedelta(days=21)).date().isoformat()
    conn.execute(
        "INSERT INTO exams (name, exam_date, packs, tags, created_at) VALUES (?, ?, ?, '[]', ?)",
        ("finals", exam_day, json.dumps(["bench-00", "bench-01", "bench-02"]), end),
    )
    conn.execute(
        "INSERT INTO exams (name, exam_date, packs, tags, created_at) VALUES (?, ?, '[]', ?, ?)",
        ("core quiz", (now + timedelta(days=60)).date().isoformat(), json.dumps(["core"]), end),
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    store = Store.open(database)
    try:
        store.fold_totals()  # the log into review_totals (schema 12), as the app leaves it
        with store.transaction() as conn:  # the sessions after the fold, which would count their answers in them again (schema 18)
            conn.executemany("INSERT INTO sessions (id, started_at, ended_at, packs, mode, answered, correct) VALUES (?,?,?,?,?,?,?)", session_rows)
    finally:
        store.close()
    (out / "bench-meta.json").write_text(json.dumps({"now": now.isoformat(), "questions": questions, "reviews": review_id, "days": days, "seed": seed}))
    print(f"{database}: {len(cards)} cards, {review_id} reviews, {session_id} sessions over {days} days (now = {now.isoformat()})")


def _insert_reviews(conn: sqlite3.Connection, rows: list) -> None:
    conn.executemany(
        "INSERT INTO reviews (id, pack_id, question_id, category, reviewed_at, answer, correct, reason, rating, response_ms, kind,"
        " session_id, state_before, state_after, undone) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/stats-bench"), help="data folder to (re)create")
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=3 * 365, help="how far back the log goes")
    parser.add_argument("--now", type=datetime.fromisoformat, default=None, help="end of the log (default: now)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    now = args.now or datetime.now(timezone.utc).replace(microsecond=0)
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    started = time.perf_counter()
    build(args.out, args.questions, args.reviews, args.days, now, args.seed)
    print(f"built in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
