"""The Anki side of the suite: Anki's own engine (the ``anki`` package, its Rust
backend) given the same questions, the same history and the same ratings.

    python bench/anki_side.py --work DIR --plan plan.json --prepare --csv questions.csv --studyapp-db progress.sqlite3
    python bench/anki_side.py --work DIR --plan plan.json --answers 1000 --repeat 10

1. Imports the CSV that ``generate.py`` wrote (one note per question; deck,
   guid and tags columns), timed.
2. Mirrors the studyapp history: every card our database has seen becomes an
   Anki review card with the same FSRS memory state and due day, and every
   review becomes a revlog row. Anki's collection is closed meanwhile and the
   rows go in with plain SQL, as a fast setup step; it is not timed.
3. Turns FSRS on and sets the deck options to match studyapp: one 10-minute
   learning and relearning step, 90% desired retention, 1,000 new cards a
   day, reviews before new cards, reviews in the order added (which is our
   "earliest due first" by construction of the history).
4. Times building the due queue (the first ``get_queued_cards`` after the
   queue was dropped), then answers ``--answers`` cards the way Anki's
   reviewer does: build the answer from the card's scheduling states with the
   planned rating, ``answer_card`` (committed to disk before it returns), and
   fetch the next card. Prints one JSON object.

``--durability K`` instead answers K cards, reports each acknowledged answer
and kills itself with SIGKILL, for ``run.py`` to check that the answers
survived.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import signal
import sqlite3
import statistics
import sys
import time
from pathlib import Path

DAY = 86400
LEARN_STEPS_MINUTES = [10.0]
"""studyapp's LEARNING_STEPS and RELEARNING_STEPS."""
FSRS6_DECAY = 0.1542
"""FSRS-6's default decay (parameter w20), stored per card by Anki."""


def _peak_rss_kib() -> int:
    """Peak RSS of this process's own memory map (ru_maxrss would count the parent's too)."""
    try:
        with open("/proc/self/status") as status:
            return int(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
    except (OSError, StopIteration, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _open(path: Path):
    from anki.collection import Collection

    return Collection(str(path))


def import_csv(collection_path: Path, csv_path: Path) -> dict:
    """Import the CSV into a fresh collection; returns counts and the time taken."""
    from anki.collection import ImportCsvRequest

    for suffix in ("", "-wal", "-shm"):
        Path(str(collection_path) + suffix).unlink(missing_ok=True)
    col = _open(collection_path)
    try:
        started = time.perf_counter()
        metadata = col.get_csv_metadata(str(csv_path), None)
        log = col.import_csv(ImportCsvRequest(path=str(csv_path), metadata=metadata))
        seconds = time.perf_counter() - started
        return {"seconds": seconds, "notes": len(log.log.new), "cards": col.card_count()}
    finally:
        col.close()


def configure(col, new_limit: int) -> int:
    """FSRS on, deck options matching studyapp's; returns the parent deck id."""
    col.set_config("fsrs", True)
    deck_id = col.decks.id_for_name("bench")
    col.decks.select(deck_id)
    conf = col.decks.config_dict_for_deck_id(deck_id)
    conf["new"]["delays"] = list(LEARN_STEPS_MINUTES)
    conf["new"]["perDay"] = new_limit
    conf["lapse"]["delays"] = list(LEARN_STEPS_MINUTES)
    conf["rev"]["perDay"] = 9999  # the most Anki accepts
    conf["desiredRetention"] = 0.9
    conf["newMix"] = 1  # REVIEW_MIX_AFTER_REVIEWS: due reviews first, like studyapp
    conf["reviewOrder"] = 9  # REVIEW_CARD_ORDER_ADDED
    conf["newGatherPriority"] = 1  # NEW_CARD_GATHER_PRIORITY_LOWEST_POSITION: CSV order
    conf["newSortOrder"] = 1  # NEW_CARD_SORT_ORDER_NO_SORT
    col.decks.update_config(conf)
    return deck_id


def mirror_history(collection_path: Path, studyapp_db: Path, today: int, day_start: int) -> dict:
    """Copy studyapp's card states and review log into the closed Anki collection."""
    started = time.perf_counter()
    ours = sqlite3.connect(f"file:{studyapp_db}?mode=ro", uri=True)
    anki = sqlite3.connect(collection_path, isolation_level=None)
    try:
        card_of = {guid: cid for cid, guid in anki.execute("SELECT c.id, n.guid FROM cards c JOIN notes n ON n.id = c.nid")}
        anki.execute("BEGIN")
        card_rows = []
        for pack_id, question_id, stability, difficulty, due, last_review, reps, lapses in ours.execute(
            "SELECT pack_id, question_id, stability, difficulty, due, last_review, reps, lapses FROM cards WHERE retired = 0"
        ):
            cid = card_of[f"{pack_id}/{question_id}"]
            due_day = today + int((due - day_start) // DAY)
            interval = max(1, round((due - last_review) / DAY))
            data = json.dumps({"s": round(stability, 4), "d": round(difficulty, 3), "dr": 0.9, "decay": FSRS6_DECAY, "lrt": int(last_review)})
            card_rows.append((due_day, interval, reps, lapses, data, cid))
        anki.executemany(
            "UPDATE cards SET type = 2, queue = 2, due = ?, ivl = ?, factor = 2500, reps = ?, lapses = ?, left = 0, data = ? WHERE id = ?",
            card_rows,
        )
        revlog_rows = []
        used: set[int] = set()
        for pack_id, question_id, reviewed_at, rating, response_ms, state_before, state_after in ours.execute(
            "SELECT pack_id, question_id, reviewed_at, rating, response_ms, state_before IS NULL, json_extract(state_after, '$.due') FROM reviews ORDER BY id"
        ):
            rid = int(reviewed_at * 1000)
            while rid in used:
                rid += 1
            used.add(rid)
            interval = max(1, round((state_after - reviewed_at) / DAY))
            revlog_rows.append((rid, card_of[f"{pack_id}/{question_id}"], -1, rating, interval, 0, 2500, response_ms, 0 if state_before else 1))
        anki.executemany("INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) VALUES (?,?,?,?,?,?,?,?,?)", revlog_rows)
        anki.execute("COMMIT")
    finally:
        anki.close()
        ours.close()
    return {"seconds": time.perf_counter() - started, "cards": len(card_rows), "revlog": len(revlog_rows)}


def _summary(seconds: list[float]) -> dict:
    """Median and p99 (nearest rank) in milliseconds."""
    ordered = sorted(seconds)
    p99 = ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)] if ordered else 0.0
    return {"n": len(ordered), "median_ms": statistics.median(ordered) * 1000 if ordered else 0.0, "p99_ms": p99 * 1000}


def measure_queue(col, deck_id: int, repeat: int) -> dict:
    """The first get_queued_cards after the queue was dropped builds the whole day's queue."""
    times = []
    counts = None
    for _ in range(repeat):
        col.decks.select(1)  # another deck: Anki drops its queue on a deck change
        col.decks.select(deck_id)
        started = time.perf_counter()
        queued = col.sched.get_queued_cards(fetch_limit=1)
        times.append(time.perf_counter() - started)
        counts = {"new": queued.new_count, "learning": queued.learning_count, "review": queued.review_count}
    started = time.perf_counter()
    col.sched.get_queued_cards(fetch_limit=1)
    cached = time.perf_counter() - started
    return {**_summary(times), "counts": counts, "cached_ms": cached * 1000}


def answer_cards(col, plan: dict[str, int], answers: int) -> dict:
    """Answer like Anki's reviewer: build the answer, answer_card, fetch the next card."""
    from anki.cards import Card
    from anki.scheduler.v3 import CardAnswer

    ratings = {1: CardAnswer.AGAIN, 2: CardAnswer.HARD, 3: CardAnswer.GOOD, 4: CardAnswer.EASY}
    guid_of = dict(col.db.all("SELECT c.id, n.guid FROM cards c JOIN notes n ON n.id = c.nid"))
    sched = col.sched
    queued = sched.get_queued_cards(fetch_limit=1)
    keys: list[str] = []
    given: list[int] = []
    times: list[float] = []
    for _ in range(answers):
        if not queued.cards:
            break
        top = queued.cards[0]
        card = Card(col)
        card._load_from_backend_card(top.card)
        card.start_timer()
        guid = guid_of[card.id]
        rating = plan[guid]
        started = time.perf_counter()
        sched.answer_card(sched.build_answer(card=card, states=top.states, rating=ratings[rating]))
        queued = sched.get_queued_cards(fetch_limit=1)
        if queued.cards:
            Card(col)._load_from_backend_card(queued.cards[0].card)
        times.append(time.perf_counter() - started)
        keys.append(guid)
        given.append(rating)
    return {**_summary(times), "keys": keys, "ratings": given, "samples_ms": [t * 1000 for t in times]}


def durability(col, plan: dict[str, int], answers: int) -> None:
    """Answer, report each acknowledged answer, then die without any cleanup."""
    from anki.cards import Card
    from anki.scheduler.v3 import CardAnswer

    ratings = {1: CardAnswer.AGAIN, 2: CardAnswer.HARD, 3: CardAnswer.GOOD, 4: CardAnswer.EASY}
    guid_of = dict(col.db.all("SELECT c.id, n.guid FROM cards c JOIN notes n ON n.id = c.nid"))
    for _ in range(answers):
        top = col.sched.get_queued_cards(fetch_limit=1).cards[0]
        card = Card(col)
        card._load_from_backend_card(top.card)
        card.start_timer()
        col.sched.answer_card(col.sched.build_answer(card=card, states=top.states, rating=ratings[plan[guid_of[card.id]]]))
        print(f"ACK {card.id} {col.db.scalar('SELECT COUNT(*) FROM revlog WHERE cid = ?', card.id)}", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


def count_acknowledged(collection_path: Path, acks: list[tuple[int, int]]) -> int:
    """How many acknowledged answers are in the revlog, read after the kill: an
    answer acknowledged when its card had n revlog rows survived if it still has n."""
    col = _open(collection_path)
    try:
        return sum(col.db.scalar("SELECT COUNT(*) FROM revlog WHERE cid = ?", cid) >= rows for cid, rows in acks)
    finally:
        col.close()


def prepare(work: Path, csv_path: Path, studyapp_db: Path, new_limit: int, new_order: list[str] | None = None) -> tuple[Path, dict]:
    """A fresh Anki collection with the same questions and history as studyapp's."""
    work.mkdir(parents=True, exist_ok=True)
    path = work / "collection.anki2"
    imported = import_csv(path, csv_path)
    col = _open(path)
    try:
        configure(col, new_limit)
        today, day_start = col.sched.today, col.sched.day_cutoff - DAY
    finally:
        col.close()
    mirrored = mirror_history(path, studyapp_db, today, day_start)
    if new_order:
        col = _open(path)
        try:
            order_new_cards(col, new_order)
        finally:
            col.close()
    return path, {"import": imported, "mirror": mirrored}


def order_new_cards(col, guids: list[str]) -> None:
    """Put the new cards first, in studyapp's order (it takes new questions from the
    packs in turn; Anki from the CSV's order), so both engines introduce the same cards
    in the same order."""
    card_of = dict(col.db.all("SELECT n.guid, c.id FROM cards c JOIN notes n ON n.id = c.nid WHERE c.type = 0"))
    ids = [card_of[guid] for guid in guids if guid in card_of]
    if ids:
        col.sched.reposition_new_cards(card_ids=ids, starting_from=0, step_size=1, randomize=False, shift_existing=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Anki's engine on the benchmark collection")
    parser.add_argument("--work", type=Path, required=True, help="folder of collection.anki2")
    parser.add_argument("--plan", type=Path, help="JSON {guid: rating} (needed but with --import-only)")
    parser.add_argument("--import-only", action="store_true", help="import --csv into a fresh collection in --work, print the time and peak memory")
    parser.add_argument("--prepare", action="store_true", help="make the collection: import --csv, mirror --studyapp-db")
    parser.add_argument("--csv", type=Path)
    parser.add_argument("--studyapp-db", type=Path)
    parser.add_argument("--new-order", type=Path, help="with --prepare: JSON list of guids, studyapp's order of new cards")
    parser.add_argument("--answers", type=int, default=1000)
    parser.add_argument("--new-limit", type=int, default=1000, help="new cards a day (studyapp's session gets the same)")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--durability", type=int, default=0, help="answer this many, then SIGKILL")
    parser.add_argument("--check", type=Path, help="count which ACK lines of this file survived")
    args = parser.parse_args(argv)
    path = args.work / "collection.anki2"
    if args.import_only:  # the uncached-load comparison (bench/run.py): Anki's side as a whole process
        if not args.csv:
            parser.error("--import-only needs --csv")
        args.work.mkdir(parents=True, exist_ok=True)
        print(json.dumps({**import_csv(path, args.csv), "peak_rss_kib": _peak_rss_kib()}))
        return 0
    if args.plan is None:
        parser.error("--plan is needed")
    plan = json.loads(args.plan.read_text())
    if args.prepare:
        if not args.csv or not args.studyapp_db:
            parser.error("--prepare needs --csv and --studyapp-db")
        new_order = json.loads(args.new_order.read_text()) if args.new_order else None
        _, setup = prepare(args.work, args.csv, args.studyapp_db, args.new_limit, new_order)
        print(json.dumps(setup))
        return 0
    if args.check:
        acks = [tuple(int(x) for x in line.split()[1:3]) for line in args.check.read_text().splitlines() if line.startswith("ACK ")]
        print(json.dumps({"acknowledged": len(acks), "survived": count_acknowledged(path, acks)}))
        return 0
    col = _open(path)
    try:
        deck_id = configure(col, args.new_limit)
        if args.durability:
            durability(col, plan, args.durability)
        queue = measure_queue(col, deck_id, args.repeat)
        answered = answer_cards(col, plan, args.answers)
    finally:
        col.close()
    import anki.buildinfo

    print(json.dumps({"version": anki.buildinfo.version, "queue": queue, "answers": answered, "peak_rss_kib": _peak_rss_kib()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
