"""Benchmark collections: question packs as YAML, the same questions as an Anki CSV,
and a review history written straight into a studyapp database.

Everything is drawn from one seeded random generator, so a size and a seed
always give the same collection. Run ``python bench/generate.py --help`` to make
one by hand; ``bench/run.py`` calls these functions itself.

The history is shaped so that both engines agree on the day's queue: every
question seen before is in review, the ones due now fell due at least a day ago
(so Anki's day-based due dates and our timestamps agree), their due times rise
in collection order (so our "earliest due first" and Anki's "order added" give
the same cards in the same order), and the rest fall due two or more days from
now.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sqlite3
import sys
from contextlib import contextmanager
import time
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DAY = 86400.0
CATEGORIES = ("date", "operation", "figure", "person", "organisation", "agreement", "place", "concept")
TYPE_WEIGHTS = (("short", 60), ("choice", 15), ("numeric", 8), ("truefalse", 7), ("cloze", 5), ("order", 5))
SEEN_SHARE = 0.7
"""Share of questions with a review history."""
DUE_SHARE = 0.05
"""Share of the seen questions that are due at the moment of the benchmark."""
REVIEWS_PER_QUESTION = 10
"""1,000,000 reviews for 100,000 questions."""


@dataclass(frozen=True, slots=True)
class GeneratedCollection:
    root: Path
    pack_dir: Path
    csv_path: Path
    questions: int
    packs: int
    keys: tuple[tuple[str, str, str, str], ...]
    """(pack id, question id, category, type) in collection order, as loaded and as in the CSV."""


@dataclass(frozen=True, slots=True)
class GeneratedHistory:
    database: Path
    seen: int
    due: int
    reviews: int
    sessions: int
    now: float


def pack_count(questions: int) -> int:
    """Many packs: at least 10, at most 500 questions in each."""
    return max(10, -(-questions // 500))


class _Words:
    """Pronounceable made-up words: unique prompts without a dictionary."""

    SYLLABLES = [c + v for c in "bcdfghklmnprstvz" for v in ("a", "e", "i", "o", "u", "ar", "en", "or")]

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.vocabulary = sorted({self._word() for _ in range(4000)})

    def _word(self) -> str:
        return "".join(self.rng.choice(self.SYLLABLES) for _ in range(self.rng.randint(2, 4)))

    def words(self, n: int) -> str:
        return " ".join(self.rng.choice(self.vocabulary) for _ in range(n))

    def name(self) -> str:
        return " ".join(self.rng.choice(self.vocabulary).capitalize() for _ in range(2))


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def _question(rng: random.Random, words: _Words, pack_id: str, index: int, qtype: str) -> tuple[str, dict]:
    """One question as YAML text, and the fields the CSV needs."""
    qid = f"{pack_id}-q{index:05d}"
    category = CATEGORIES[index % len(CATEGORIES)]
    code = f"{pack_id.upper()}/{index}"
    prompt = f"In record {code}, {words.words(rng.randint(8, 14))}?"
    explanation = f"The source says {words.words(rng.randint(15, 30))}."
    lines = [f"  - id: {qid}", f"    type: {qtype}", f"    category: {category}"]
    if qtype == "short":
        answer = words.name()
        lines += [f"    prompt: {_quote(prompt)}", f"    answer: {_quote(answer)}", f"    accept: [{_quote(answer.split()[1])}]"]
        front, back = prompt, answer
    elif qtype == "choice":
        choices = list(dict.fromkeys(words.name() for _ in range(4)))
        while len(choices) < 4:
            choices.append(words.name() + " " + str(len(choices)))
        answer = choices[rng.randrange(4)]
        lines += [f"    prompt: {_quote(prompt)}", f"    choices: [{', '.join(_quote(c) for c in choices)}]", f"    answer: {_quote(answer)}"]
        front, back = f"{prompt} ({' / '.join(choices)})", answer
    elif qtype == "numeric":
        value = rng.randint(1, 2_000_000)
        lines += [f"    prompt: {_quote(prompt)}", f"    answer: {value}", "    unit: CAD"]
        front, back = prompt, f"{value} CAD"
    elif qtype == "truefalse":
        value = rng.random() < 0.5
        lines += [f"    prompt: {_quote(prompt)}", f"    answer: {'true' if value else 'false'}"]
        front, back = f"{prompt} (true or false)", "True" if value else "False"
    elif qtype == "cloze":
        first, second = words.name(), str(rng.randint(1900, 2030))
        text = f"In record {code}, {words.words(6)} {{{{{first}}}}} {words.words(4)} {{{{{second}}}}}."
        lines += ["    prompt: Complete the sentence.", f"    text: {_quote(text)}"]
        front, back = text.replace("{{" + first + "}}", "[...]").replace("{{" + second + "}}", "[...]"), f"{first}; {second}"
    else:  # order
        items = [f"{words.name()} {year}" for year in sorted(rng.sample(range(1800, 2030), 4))]
        lines += [f"    prompt: {_quote('Put these in order, earliest first: ' + prompt)}", f"    items: [{', '.join(_quote(i) for i in items)}]"]
        front, back = f"Put these in order, earliest first: {prompt} ({' / '.join(sorted(items))})", " → ".join(items)
    lines += [
        f"    explanation: {_quote(explanation)}",
        f'    source: {{key: src, locator: "Section {index // 20 + 1}"}}',
        f"    tags: [bench, t{index % 7}]",
    ]
    return "\n".join(lines), {"id": qid, "category": category, "front": front, "back": back}


def write_collection(root: Path, questions: int, seed: int = 8) -> GeneratedCollection:
    """Write ``questions`` questions over many packs as YAML, and the same as an Anki CSV."""
    root = Path(root)
    pack_dir = root / "packs"
    pack_dir.mkdir(parents=True, exist_ok=True)
    for old in pack_dir.glob("*.yaml"):
        old.unlink()
    rng = random.Random(seed)
    words = _Words(rng)
    types = [t for t, _ in TYPE_WEIGHTS]
    weights = [w for _, w in TYPE_WEIGHTS]
    n_packs = pack_count(questions)
    keys: list[tuple[str, str, str]] = []
    csv_path = root / "questions.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        # Anki's CSV header lines: which column is the deck, the note's guid and the tags.
        handle.write("#separator:comma\n#html:false\n#notetype:Basic\n#deck column:3\n#guid column:4\n#tags column:5\n")
        writer = csv.writer(handle)
        for p in range(n_packs):
            pack_id = f"p{p:04d}"
            size = questions // n_packs + (1 if p < questions % n_packs else 0)
            out = [
                f"id: {pack_id}",
                f"title: {_quote('Bench pack ' + str(p) + ': ' + words.name())}",
                "description: Generated by bench/generate.py for the performance suite.",
                "sources:",
                "  - key: src",
                f"    title: {_quote('Generated source ' + str(p))}",
                f"    file: bench-{p:04d}.txt",
                "questions:",
            ]
            for i in range(size):
                qtype = rng.choices(types, weights)[0]
                text, fields = _question(rng, words, pack_id, i, qtype)
                out.append(text)
                keys.append((pack_id, fields["id"], fields["category"], qtype))
                writer.writerow([fields["front"], fields["back"], f"bench::{pack_id}", f"{pack_id}/{fields['id']}", f"bench t{i % 7}"])
            (pack_dir / f"{pack_id}.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    # Written an hour ago, as packs are before a study session: the pack cache does not
    # keep files changed in the last seconds (studyapp.pack_cache.SETTLE_SECONDS).
    written = time.time() - 3600
    for file in pack_dir.glob("*.yaml"):
        os.utime(file, (written, written))
    return GeneratedCollection(root, pack_dir, csv_path, questions, n_packs, tuple(keys))


def planned_rating(pack_id: str, question_id: str, qtype: str) -> int:
    """The rating both engines give this question in the answer run: 1 Again,
    2 Hard or 3 Good, fixed by the question's key. studyapp rates from the typed
    answer, so Hard (a typo that still passes) is only planned for short answers."""
    draw = zlib.crc32(f"{pack_id}/{question_id}".encode()) % 100
    if draw < 15:
        return 1
    if draw < 25 and qtype == "short":
        return 2
    return 3


WRONG_KINDS = (("another", 60), ("one word", 20), ("garbled", 20))
"""How a wrong short answer is typed in the answer run, by share: another name of the collection's
(the learner confuses two), one word of another name, the right name's first letters with the rest wrong."""


@lru_cache(maxsize=4)
def _vocabulary(seed: int) -> tuple[str, ...]:
    """The words every name of the collection made with ``seed`` is drawn from (``write_collection``'s first draws)."""
    return tuple(_Words(random.Random(seed)).vocabulary)


def _distance(a: str, b: str) -> int:
    """Levenshtein distance, case-blind."""
    a, b = a.lower(), b.lower()
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def _far(typed: str, answer: str) -> bool:
    """No word of ``typed`` is within a slip of a word of ``answer`` (at most half its letters the same)."""
    return all(_distance(t, a) > max(len(t), len(a)) // 2 for t in typed.split() for a in answer.split())


def wrong_response(pack_id: str, question_id: str, answer: str, gaps: tuple[str, ...] = (), seed: int = 8) -> str | list[str]:
    """What a learner types for a wrong answer to a short question (``answer``) or a cloze (the first accepted
    answer of each gap in ``gaps``) in the answer run (rating 1), varied like a learner's and the same every run
    (drawn from the question's key). A short answer is another name of the collection, one word of another name,
    or the right name's first letters with the rest another word's (``WRONG_KINDS``), never a word within a slip
    of the answer's, half of them typed in lower case; a cloze gap is another name,
    or a year a few years off. Responses all alike ("Zzyzx Qwerty", before the seventeenth round) let the
    grader's caches keyed by the response answer every wrong answer after the first."""
    rng = random.Random(f"{seed}/{pack_id}/{question_id}/wrong")
    words = _vocabulary(seed)

    def another() -> str:
        return " ".join(rng.choice(words).capitalize() for _ in range(2))

    if gaps:
        return [str(int(gap) + rng.choice((-10, -3, -2, -1, 1, 2, 3, 10))) if gap.isdigit() else another() for gap in gaps]
    way = rng.choices([k for k, _ in WRONG_KINDS], [w for _, w in WRONG_KINDS])[0]
    for _ in range(100):  # drawn again while a word is within a slip of the answer's (then it would be a typo)
        if way == "one word":
            typed = rng.choice(words).capitalize()
        elif way == "garbled":  # each word's first letter kept, the rest another word's
            typed = " ".join(word[0] + rng.choice(words)[1:] for word in answer.split())
        else:
            typed = another()
        if _far(typed, answer):
            break
    return typed.lower() if rng.random() < 0.5 else typed


def rating_plan(keys) -> dict[str, int]:
    """{Anki note guid: rating} for every question of the collection."""
    return {f"{p}/{q}": planned_rating(p, q, t) for p, q, _, t in keys}


def _state_json(state: int, stability: float, difficulty: float, due: float, last: float | None, reps: int, lapses: int) -> str:
    """The same text as ``json.dumps(CardState.to_dict())``, written faster."""
    last_text = "null" if last is None else repr(last)
    step = "0" if state == 1 else "null"
    return (
        f'{{"state": {state}, "step": {step}, "stability": {stability!r}, "difficulty": {difficulty!r}, "due": {due!r},'
        f' "last_review": {last_text}, "reps": {reps}, "lapses": {lapses}}}'
    )


def write_history(
    database: Path,
    keys: tuple[tuple[str, str, str, str], ...],
    reviews: int,
    now: float | None = None,
    seed: int = 8,
    seen_share: float = SEEN_SHARE,
    due_share: float = DUE_SHARE,
) -> GeneratedHistory:
    """Write a review history of ``reviews`` reviews into a fresh studyapp database.

    Rows go in with plain SQL in one transaction (through :class:`Store` for the
    schema), so a million reviews take seconds instead of an hour of FSRS calls;
    the states are plausible (stability grows with each right answer, a wrong one
    is a lapse) rather than replayed.
    """
    from studyapp.store import Store

    database = Path(database)
    for suffix in ("", "-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    now = time.time() if now is None else now
    rng = random.Random(seed + 1)
    seen_idx = sorted(rng.sample(range(len(keys)), int(len(keys) * seen_share))) if reviews else []
    n_due = int(len(seen_idx) * due_share)
    due_idx = set(sorted(rng.sample(seen_idx, n_due))) if n_due else set()
    due_order = sorted(due_idx)
    # Due times rise with collection order, from 30 days ago to 1 day ago.
    due_at = {index: now - 30 * DAY + 29 * DAY * (rank + 0.5) / max(1, n_due) for rank, index in enumerate(due_order)}

    base, extra = divmod(reviews, max(1, len(seen_idx)))
    counts = [base + (1 if i < extra else 0) for i in range(len(seen_idx))]
    # Vary the number of reviews per card while keeping the total.
    for i in range(0, len(counts) - 1, 2):
        shift = rng.randint(0, max(0, min(counts[i], counts[i + 1]) - 1))
        counts[i] += shift
        counts[i + 1] -= shift

    card_rows: list[tuple] = []
    review_rows: list[tuple] = []
    day_sessions: dict[int, list[int]] = {}
    for index, n in zip(seen_idx, counts):
        pack_id, question_id, category = keys[index][:3]
        if index in due_at:
            due = due_at[index]
            last = due - rng.uniform(2, 60) * DAY
        else:
            last = now - rng.uniform(1, 30) * DAY
            due = now + rng.uniform(2, 365) * DAY
        interval = (due - last) / DAY
        first = last - n * rng.uniform(1.5, 4.0) * DAY
        step = (last - first) / max(1, n - 1) if n > 1 else 0.0
        stability, difficulty = 0.5, rng.uniform(2, 9)
        state_before: str | None = None
        prev_due = first
        lapses = 0
        for r in range(n):
            when = first + step * r if r < n - 1 else last
            wrong = r > 0 and r < n - 1 and rng.random() < 0.12
            rating = 1 if wrong else (2 if rng.random() < 0.08 else 3)
            if wrong:
                lapses += 1
                stability = max(0.3, stability * 0.4)
            else:
                # At most FSRS's 100 years: a history of a thousand reviews a card must not reach inf.
                stability = min(36500.0, stability * rng.uniform(1.6, 2.6)) if r < n - 1 else max(interval, 0.5)
            due_after = due if r == n - 1 else when + max(stability, 0.01) * DAY
            state_after = _state_json(2, stability, difficulty, due_after, when, r + 1, lapses)
            day = int(when // DAY)
            review_rows.append(
                (pack_id, question_id, category, when, "", int(not wrong), "wrong" if wrong else "exact", rating, rng.randint(2000, 20000), "study", day, state_before, state_after)
            )
            tally = day_sessions.setdefault(day, [0, 0])
            tally[0] += 1
            tally[1] += int(not wrong)
            state_before = state_after
            prev_due = due_after
        card_rows.append((pack_id, question_id, category, 2, None, stability, difficulty, prev_due, last, n, lapses, first))

    review_rows.sort(key=lambda row: row[3])
    # Ids follow time (the rows go in in this order): each card's latest review, each review's one before (schema 11).
    latest: dict[tuple[str, str], int] = {}
    previous: list[int] = []
    for review_id, row in enumerate(review_rows, 1):
        previous.append(latest.get((row[0], row[1]), 0))
        latest[row[0], row[1]] = review_id
    card_rows = [(*row, latest[row[0], row[1]]) for row in card_rows]
    sessions = sorted(day_sessions)
    session_ids = {day: i + 1 for i, day in enumerate(sessions)}
    Store.open(database).close()  # the schema, by the app's own migrations
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        # A bulk load: no journal, a big page cache; the file is WAL again afterwards like the app's.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")
        with _transaction(conn):
            # Indexes are dropped and made again after the rows: sorting once beats a million B-tree inserts.
            indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('cards', 'reviews') AND sql IS NOT NULL").fetchall()
            for name, _ in indexes:
                conn.execute(f'DROP INDEX "{name}"')
            conn.executemany(
                "INSERT INTO cards (pack_id, question_id, category, state, step, stability, difficulty, due, last_review, reps, lapses, introduced_at,"
                " last_review_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                card_rows,
            )
            conn.executemany(
                "INSERT INTO reviews (pack_id, question_id, category, reviewed_at, answer, correct, reason, rating, response_ms, kind, session_id,"
                " state_before, state_after, prev_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [row[:10] + (session_ids[row[10]],) + row[11:] + (prev,) for row, prev in zip(review_rows, previous)],
            )
            for _, sql in indexes:
                conn.execute(sql)
        conn.execute("PRAGMA optimize")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    store = Store.open(database)
    try:
        store.fold_totals()  # counts the history into review_totals, as answers leave for the app to do (schema 12)
        with store.transaction() as conn:  # after the fold, which would count their answers in them again (schema 18)
            conn.executemany(
                "INSERT INTO sessions (id, started_at, ended_at, packs, mode, answered, correct) VALUES (?,?,?,?,?,?,?)",
                [(session_ids[day], day * DAY + 9 * 3600, day * DAY + 10 * 3600, "", "study", *day_sessions[day]) for day in sessions],
            )
    finally:
        store.close()
    return GeneratedHistory(database, len(seen_idx), n_due, len(review_rows), len(sessions), now)


@contextmanager
def _transaction(conn: sqlite3.Connection):
    conn.execute("BEGIN")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--reviews", type=int, default=None, help=f"default: {REVIEWS_PER_QUESTION} per question")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--out", type=Path, required=True, help="folder for packs/, questions.csv and progress.sqlite3")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    collection = write_collection(args.out, args.questions, args.seed)
    reviews = REVIEWS_PER_QUESTION * args.questions if args.reviews is None else args.reviews
    history = write_history(args.out / "progress.sqlite3", collection.keys, reviews, seed=args.seed)
    print(
        f"{collection.questions} questions in {collection.packs} packs, {history.reviews} reviews"
        f" ({history.seen} seen, {history.due} due now) in {time.perf_counter() - started:.1f} s -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
