"""answer questions from a script, without the TUI (scripted runs, tests, soak runs).

Reads one command per line (from ``--script FILE`` or standard input):

    right | wrong        answer the current question correctly / wrongly
    = TEXT               answer with TEXT ("a; b" for several choices,
                         "a | b" for gaps or an order, true/false)
    rate N               change the last answer's rating (1-4)
    undo                 take back the last answer (its question comes back)
    wait SECONDS         move the clock on (with --clock)
    end                  finish the session

or, with ``--auto N``, answers N questions itself (mostly right, some wrong,
some undone). It prints ``ready`` once the packs and the database are open.
It goes through the same code as the study screen
(``StudySession.answer``) and prints ``saved <review id> ...`` only once an
answer is committed, which is what the crash tests hold it to.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

EMPTY_SESSIONS = 400
"""With a scripted clock, give up after this many empty sessions in a row (days, at most)."""


def add_arguments(parser) -> None:
    parser.add_argument("--pack", action="append", default=[], metavar="ID", help="study only this pack (repeatable)")
    parser.add_argument("--no-bundled", action="store_true", help="leave out the packs shipped with studyapp")
    parser.add_argument("--script", type=Path, help="read commands from FILE instead of standard input")
    parser.add_argument("--auto", type=int, metavar="N", help="answer N questions without a script")
    parser.add_argument("--seed", type=int, default=0, help="random seed for --auto and shuffling")
    parser.add_argument("--clock", metavar="ISO", help="a scripted clock starting at this time (e.g. 2026-03-02T09:00Z)")
    parser.add_argument("--step", type=float, default=60.0, metavar="SECONDS", help="with --clock: time taken by each answer")
    parser.add_argument("--new", type=int, metavar="N", help="new questions per day (default: the setting)")
    parser.add_argument("--busy-timeout", type=int, default=5000, metavar="MS", help="how long to wait for another studyapp's write")


class _Clock:
    def __init__(self, start: str | None) -> None:
        self.now = _parse_time(start) if start else None

    def __call__(self) -> datetime:
        return self.now or datetime.now(timezone.utc)

    def advance(self, seconds: float) -> None:
        if self.now is not None:
            self.now += timedelta(seconds=seconds)


def _parse_time(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise SystemExit(f"studyapp drill: --clock {text!r} is not an ISO time like 2026-03-02T09:00Z") from None
    if not 1971 <= value.year <= 9000:  # intervals run up to a century: due dates must stay below year 9999
        raise SystemExit(f"studyapp drill: --clock {text!r} is out of range; give a time between the years 1971 and 9000")
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def right_response(question) -> object:
    if question.type == "reveal":
        return True  # reveal and rate: the learner says they knew it
    if question.is_choice:
        return list(question.answer)
    if question.type == "truefalse":
        return question.answer
    if question.type == "cloze":
        return [gap[0] for gap in question.gaps]
    if question.type == "order":
        return list(question.items)
    return str(question.answer)


def wrong_response(question) -> object:
    if question.type == "reveal":
        return False
    if question.is_choice:
        others = [c for c in question.choices if c not in question.answer]
        return others[:1] or ["(none)"]
    if question.type == "truefalse":
        return not question.answer
    if question.type == "cloze":
        return ["zzz"] * len(question.gaps)
    if question.type == "order":
        return list(reversed(question.items))
    if question.type == "numeric":
        return "987654321.123"
    return "zzz not it"


def typed_response(question, text: str) -> object:
    text = text.strip()
    if question.is_choice:
        return [part.strip() for part in text.split(";")]
    if question.type == "truefalse":
        return text.lower() in ("true", "t", "yes", "y", "1")
    if question.type in ("cloze", "order"):
        return [part.strip() for part in text.split("|")]
    return text


def _auto_commands(count: int, rng: random.Random):
    answered = 0
    while answered < count:
        roll = rng.random()
        if roll < 0.08:
            yield "undo"
        elif roll < 0.12:
            yield f"rate {rng.randint(1, 4)}"
        else:
            answered += 1
            yield "right" if roll < 0.8 else "wrong"


def _script_commands(stream):
    for line in stream:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def _say(text: str) -> None:
    print(text, flush=True)


def run(args, context) -> int:
    from studyapp.scheduling import Scheduler

    if args.no_bundled:
        context.bundled = False
    loaded = context.load_packs()
    for problem in loaded.errors:
        print(problem, file=sys.stderr)
    packs = [p for p in loaded.packs if not args.pack or p.id in args.pack]
    unknown = sorted(set(args.pack) - {p.id for p in packs})
    if unknown:
        print(f"studyapp drill: no pack with id {', '.join(unknown)}", file=sys.stderr)
        return 2
    questions = [q for pack in packs for q in pack.study_questions]
    if not questions:
        print("studyapp drill: no questions to study", file=sys.stderr)
        return 2
    settings = context.settings
    new_limit = settings.new_per_day if args.new is None else args.new
    args.date_order = settings.date_order
    scheduler = Scheduler(settings.desired_retention, fuzz=False)
    from studyapp.siblings import near_map

    args.near = near_map(packs)  # siblings kept apart, as in the study screen
    clock = _Clock(args.clock)
    if args.auto is not None:
        commands = _auto_commands(args.auto, random.Random(args.seed))
    elif args.script is not None:
        commands = _script_commands(args.script.open(encoding="utf-8"))
    else:
        commands = _script_commands(sys.stdin)

    context.paths.ensure()
    store = context.open_store(busy_timeout_ms=args.busy_timeout)
    _say(f"ready {len(questions)} question(s)")  # a driver may wait for this before sending commands
    try:
        from studyapp.optimize import fitted_parameters

        scheduler = Scheduler(settings.desired_retention, fuzz=False, parameters=fitted_parameters(store))
        return _drill(store, scheduler, questions, new_limit, clock, args, commands)
    finally:
        store.close()


def _drill(store, scheduler, questions, new_limit, clock, args, commands) -> int:
    from studyapp.scheduling import Rating
    from studyapp.session import StudySession
    from studyapp.store import StoreError

    scripted = args.clock is not None
    session = None
    question = None
    empty = 0
    answered = correct = 0
    for command in commands:
        if command == "end":
            break
        if command.startswith("wait "):
            clock.advance(float(command.split()[1]))
            continue
        if session is None:
            session = StudySession(store, scheduler, questions, clock(), new_limit=new_limit, seed=args.seed, date_order=args.date_order, near=args.near)
            _say(f"session {session.session_id}")
        if command == "undo":
            try:
                undone = session.undo(clock())
            except StoreError as exc:  # e.g. another studyapp answered it since
                _say(f"not undone: {exc}")
                continue
            _say(f"undone {undone.review_id}" if undone else "nothing to undo")
            question = None
            continue
        if command.startswith("rate "):
            if session.outcomes:
                try:
                    outcome = session.rerate(session.outcomes[-1], Rating(int(command.split()[1])))
                except StoreError as exc:  # another studyapp answered it since
                    _say(f"not rerated: {exc}")
                    continue
                _say(f"rerated {outcome.review_id} {int(outcome.rating)}")
            continue
        while question is None:
            question = session.next_question(clock())
            if question is not None:
                _say(f"question {question.pack_id}/{question.id} {question.type}")
                break
            session.finish(clock())
            if not scripted or empty >= EMPTY_SESSIONS:
                _say(f"finished answered={answered} correct={correct}")
                return 0
            # A scripted clock: come back when the next card is due (or tomorrow, for new ones).
            empty += 1
            upcoming = store.next_due(clock(), sorted({q.pack_id for q in questions}), limit=1)
            wait = (upcoming[0][2] - clock()).total_seconds() if upcoming else 86400
            seen = store.cards(sorted({q.pack_id for q in questions}))
            if any(q.key not in seen for q in questions):
                wait = min(wait, 86400)  # unseen questions come with tomorrow's new limit
            clock.advance(max(wait, 1.0))  # intervals can be years long: jump straight there
            session = StudySession(store, scheduler, questions, clock(), new_limit=new_limit, seed=args.seed, date_order=args.date_order, near=args.near)
            _say(f"session {session.session_id}")
        if command == "right":
            response = right_response(question)
        elif command == "wrong":
            response = wrong_response(question)
        elif command.startswith("="):
            response = typed_response(question, command[1:])
        else:
            print(f"studyapp drill: unknown command {command!r}", file=sys.stderr)
            return 2
        outcome = session.answer(question, response, clock(), response_ms=int(args.step * 1000))
        empty = 0
        answered += 1
        correct += outcome.grade.correct
        _say(f"saved {outcome.review_id} {question.pack_id}/{question.id} {'right' if outcome.grade.correct else 'wrong'} rating={int(outcome.rating)}")
        question = None
        clock.advance(args.step)
    if session is not None:
        session.finish(clock())
    _say(f"finished answered={answered} correct={correct}")
    return 0
