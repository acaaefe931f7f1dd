"""take a mock exam in the terminal: N questions, optionally timed, feedback only at the end.

Questions come from the exam's packs (``--exam``, default the nearest
upcoming exam) or from ``--pack``, stratified by category. Choice and order
questions are answered with numbers, true/false with t or f, gaps one per
line. ``quit`` (or end of input) ends early: unanswered questions count as
missed. Every answer is saved as a review marked ``mock``. ``--history``
prints past mock scores instead.
"""

from __future__ import annotations

import sys
import time


def add_arguments(parser) -> None:
    parser.add_argument("--exam", metavar="NAME", help="the exam whose packs to draw from (default: the nearest upcoming one)")
    parser.add_argument("--pack", action="append", default=[], metavar="ID", help="draw from this pack instead (repeatable)")
    parser.add_argument("-n", "--questions", type=int, default=40, metavar="N", help="how many questions (default 40)")
    parser.add_argument("--minutes", type=float, metavar="M", help="time limit; default untimed")
    parser.add_argument("--seed", type=int, help="random seed for the sample (for repeatable mocks)")
    parser.add_argument("--history", action="store_true", help="show past mock scores and exit")


def run(args, context) -> int:
    from studyapp.exam import ExamError
    from studyapp.mock import MockError

    try:
        return _run(args, context)
    except (ExamError, MockError) as exc:
        print(f"studyapp mock: {exc}", file=sys.stderr)
        return 2


def _now():
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)


def _run(args, context) -> int:
    from datetime import timedelta

    from studyapp.exam import ExamError, get_exam, upcoming_exams
    from studyapp.mock import MockExam, history, trend
    from studyapp.scheduling import Scheduler

    now = _now()
    store = context.open_store()
    try:
        exam = None
        if args.exam:
            exam = get_exam(store, args.exam)
            if exam is None:
                raise ExamError(f"no exam named {args.exam!r}")
        elif not args.pack:
            upcoming = upcoming_exams(store, now)
            exam = upcoming[0] if upcoming else None
        if args.history:
            past = history(store, exam)
            print(f"mock exams{' for ' + exam.name if exam else ''}: {trend(past)}")
            for p in past:
                print(f"  {p.when.astimezone():%Y-%m-%d %H:%M}  {p.correct}/{p.total} ({p.score:.0%}){'  ' + p.exam if p.exam else ''}")
            return 0
        packs = context.load_packs().packs
        if args.pack:
            known = {p.id for p in packs}
            unknown = [p for p in args.pack if p not in known]
            if unknown:
                raise ExamError(f"no pack with id {', '.join(map(repr, unknown))}")
            pool = [q for p in packs if p.id in args.pack for q in p.study_questions]
        else:
            pool = [q for p in packs for q in p.study_questions if exam is None or exam.covers(q)]
        limit = timedelta(minutes=args.minutes) if args.minutes else None
        from studyapp.optimize import fitted_parameters

        scheduler = Scheduler(context.settings.desired_retention, fuzz=True, parameters=fitted_parameters(store))
        from studyapp.siblings import near_map

        mock = MockExam(
            store, scheduler, pool, now, count=args.questions, time_limit=limit, exam=exam, seed=args.seed,
            date_order=context.settings.date_order, near=near_map(packs, across=True),
        )  # fmt: skip
        titles = {p.id: p.title for p in packs}
        timed = f", {args.minutes:g} minutes" if limit else ", untimed"
        print(f"Mock exam{' for ' + exam.name if exam else ''}: {len(mock.questions)} questions{timed}. No feedback until the end; 'quit' stops.")
        try:
            _ask_all(mock)
        finally:
            report = mock.finish(_now())
        _print_report(report, titles)
        print(f"\nMock exams so far: {trend(history(store, exam, questions=pool))}")
    finally:
        store.close()
    return 0


class _Quit(Exception):
    pass


def _read(prompt: str) -> str:
    try:
        return input(prompt)
    except EOFError:
        raise _Quit from None


def _ask_all(mock) -> None:
    from studyapp.tui.text import clean

    while (question := mock.current) is not None:
        now = _now()
        if mock.expired(now):
            print("\nTime is up.")
            return
        left = mock.time_left(now)
        clock = f" · {_clock(left)} left" if left is not None else ""
        print(f"\n[{mock.index + 1}/{len(mock.questions)}{clock}] {clean(question.category)}")
        started = time.monotonic()
        try:
            response = _ask(mock, question, clean)
        except _Quit:
            print()
            return
        guess = isinstance(response, _Guessed)
        if guess:
            response = list(response)
        if not mock.answer(response, _now(), time.monotonic() - started, guess=guess):
            print("Time is up: that answer came too late.")
            return


class _Guessed(list):
    """A choice answered with a trailing ``?``: marked as a guess (the report scores guesses apart)."""


def _clock(delta) -> str:
    seconds = int(delta.total_seconds())
    return f"{seconds // 60}:{seconds % 60:02d}"


def _numbers(text: str, size: int) -> list[int] | None:
    parts = text.replace(",", " ").split()
    if not parts or not all(p.isdigit() and 1 <= int(p) <= size for p in parts):
        return None
    return [int(p) - 1 for p in parts]


def _ask(mock, question, clean):
    """Print the question and read one valid response (re-asking on bad input)."""
    kind = question.type
    if kind == "cloze":
        print(clean(question.prompt or ("Fill in the gap." if len(question.gaps) == 1 else "Fill in the gaps.")))
        text = "".join(part if isinstance(part, str) else f"[{part + 1}]____" for part in question.cloze_parts())
        print(clean(text))
        gaps = []
        for i in range(len(question.gaps)):
            answer = _read(f"gap {i + 1}> ").strip()
            while not answer:  # a blank gap is asked for again, never saved as a wrong answer
                print(f"Gap {i + 1} is empty: type your answer (a guess is fine).")
                answer = _read(f"gap {i + 1}> ").strip()
            if answer.lower() == "quit":
                raise _Quit
            gaps.append(answer)
        return gaps
    for line in question.stem.splitlines():  # the exam formats print their statements line by line
        print(clean(line))
    if question.is_choice:
        kind = "choice"
    if kind in ("choice", "order"):
        items = list(question.choices) if kind == "choice" else mock.shuffled(question.items)
        if kind == "choice" and question.shuffle:
            items = mock.shuffled(items)
        for i, item in enumerate(items, start=1):
            print(f"  {i}) {clean(item)}")
        if kind == "choice":
            hint = f"number{'s' if len(question.answer) > 1 else ''} of your answer{'s' if len(question.answer) > 1 else ''}"
        else:
            hint = "all numbers, in the right order"
        if kind == "choice" and mock.marking.wrong:
            hint += ", with ? after it for a guess"
        while True:
            text = _read(f"{hint}> ").strip()
            if text.lower() == "quit":
                raise _Quit
            guess = kind == "choice" and text.endswith("?")
            picked = _numbers(text.rstrip("?"), len(items))
            if picked is not None and (kind == "choice" or sorted(picked) == list(range(len(items)))):
                return (_Guessed if guess else list)(items[i] for i in picked)
            print("  please answer with the numbers shown" + (", each once" if kind == "order" else ""))
    if kind == "truefalse":
        while True:
            text = _read("t/f> ").strip().lower()
            if text == "quit":
                raise _Quit
            if text in ("t", "true", "1", "f", "false", "2"):
                return text in ("t", "true", "1")
            print("  please answer t (true) or f (false)")
    unit = f" ({question.unit})" if kind == "numeric" and question.unit else ""
    text = _read(f"answer{unit}> ").strip()
    if text.lower() == "quit":
        raise _Quit
    return text


def _print_report(report, titles: dict[str, str]) -> None:
    from studyapp.mock import describe_reason
    from studyapp.tui.text import clean

    print("\n" + "=" * 60)
    print(f"Score: {report.correct} / {report.total} ({report.score:.0%})" + ("  · time ran out" if report.timed_out else ""))
    from studyapp.mock import marking_lines

    for line in marking_lines(report):
        print(line)
    minutes, seconds = divmod(int(report.duration.total_seconds()), 60)
    print(f"Time: {minutes} min {seconds:02d} s · {report.seconds_per_question:.0f} s per answered question")
    print("By pack:")
    for pack_id, tally in report.by_pack.items():
        print(f"  {clean(titles.get(pack_id, pack_id))}: {tally.correct}/{tally.total} ({tally.share:.0%})")
    print("By category:")
    for category, tally in report.by_category.items():
        print(f"  {clean(category)}: {tally.correct}/{tally.total} ({tally.share:.0%})")
    print("Time per question:")
    for i, answer in enumerate(report.answers, start=1):
        mark = "✓" if answer.correct else "✗"
        print(f"  {i:>2}. {mark} {answer.seconds:5.1f} s  {clean(' '.join((answer.question.stem or answer.question.text).split()))[:60]}")
    missed = report.missed
    if missed or report.unanswered:
        print("Missed:")
    for answer in missed:
        q = answer.question
        print(f"- {clean(q.stem or q.text)}")
        print(f"    your answer: {clean(answer.response) or '(blank)'} ({describe_reason(answer.reason)})")
        print(f"    correct: {clean(answer.expected)}")
        if q.claims:
            from studyapp.exam_formats import misjudged

            hint = misjudged(q, answer.response)
            if hint:
                print(f"    {hint}")
        if q.feedback:
            for line in q.feedback.splitlines():
                print(f"    {clean(line)}")
    for q in report.unanswered:
        print(f"- {clean(q.stem or q.text)}")
        print(f"    not answered · correct: {clean(q.display_answer)}")
        if q.feedback:
            for line in q.feedback.splitlines():
                print(f"    {clean(line)}")
