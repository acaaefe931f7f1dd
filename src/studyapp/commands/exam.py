"""set, show or clear an exam: its date drives the study plan.

    studyapp exam set "Final" 2026-06-12 --pack canada-us --reviews 60
    studyapp exam set "Quiz" +14 --tag norad --minutes 20
    studyapp exam show [NAME]
    studyapp exam clear NAME

Until the exam, the questions it covers are planned for exam day (see
``studyapp.planner``); afterwards they go back to plain FSRS.
"""

from __future__ import annotations

import sys


def add_arguments(parser) -> None:
    from studyapp.cli import _add_common

    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    set_ = actions.add_parser("set", help="create or change an exam", description="create or change an exam (same name: replaced)")
    set_.add_argument("name", help="the exam's name")
    set_.add_argument("date", help="YYYY-MM-DD, or +N for N days from today")
    set_.add_argument("--pack", action="append", default=[], metavar="ID", help="a pack the exam covers (repeatable)")
    set_.add_argument("--tag", action="append", default=[], metavar="TAG", help="questions with this tag are covered (repeatable)")
    set_.add_argument("--reviews", type=int, metavar="N", help="daily budget: questions a day")
    set_.add_argument("--minutes", type=int, metavar="N", help="daily budget: minutes a day")
    set_.add_argument(
        "--marking", metavar="SCHEME",
        help='mock exam marking: upsc (+2, -2/3), plain (+1, no penalty) or "RIGHT,WRONG" such as "+2,-0.667"',
    )  # fmt: skip
    show = actions.add_parser("show", help="exams with days left, predicted recall and today's plan")
    show.add_argument("name", nargs="?", help="only this exam")
    clear = actions.add_parser("clear", help="delete an exam")
    clear.add_argument("name")
    for sub in (set_, show, clear):
        _add_common(sub, suppress=True)


def run(args, context) -> int:
    from studyapp.exam import ExamError

    try:
        return {"set": _set, "show": _show, "clear": _clear}[args.action](args, context)
    except ExamError as exc:
        print(f"studyapp exam: {exc}", file=sys.stderr)
        return 2


def _now():
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)


def _set(args, context) -> int:
    from studyapp.exam import list_exams, parse_date, set_exam, shared_questions

    now = _now()
    packs = context.load_packs()
    store = context.open_store()
    try:
        exam = set_exam(
            store,
            args.name,
            parse_date(args.date, now.astimezone().date()),
            now,
            packs=args.pack,
            tags=args.tag,
            daily_reviews=args.reviews,
            daily_minutes=args.minutes,
            known_packs=[p.id for p in packs.packs],
            marking=args.marking,
        )
        exams = list_exams(store)
    finally:
        store.close()
    from studyapp.marking import parse_marking

    print(f"exam {exam.name!r} on {exam.date.isoformat()} ({_days(exam.days_left(now))}): {exam.scope}; {exam.budget_text}; marking {parse_marking(exam.marking).label}")
    for line in shared_questions(exam, exams, [q for pack in packs.packs for q in pack.study_questions], now):
        print(f"note: {line}")
    return 0


def _clear(args, context) -> int:
    from studyapp.exam import clear_exam

    store = context.open_store()
    try:
        clear_exam(store, args.name)
    finally:
        store.close()
    print(f"exam {args.name!r} cleared; its questions follow plain FSRS again")
    return 0


def _days(n: int) -> str:
    if n == 0:
        return "today"
    if n < 0:
        return f"{-n} day{'s' if n != -1 else ''} ago"
    return f"in {n} day{'s' if n != 1 else ''}"


def _show(args, context) -> int:
    from studyapp.config import load_settings
    from studyapp.exam import FOLLOW, ExamError, get_exam, list_exams, outlook, plans_for, predicted
    from studyapp.mock import history, trend
    from studyapp.scheduling import Scheduler

    now = _now()
    store = context.open_store()
    try:
        if args.name:
            exam = get_exam(store, args.name)
            if exam is None:
                raise ExamError(f"no exam named {args.name!r}")
            exams = [exam]
        else:
            exams = list_exams(store)
        if not exams:
            print("no exams; add one with: studyapp exam set NAME YYYY-MM-DD --pack ID")
            return 0
        settings = load_settings(context.paths.settings_file)
        from studyapp.optimize import fitted_parameters

        scheduler = Scheduler(settings.desired_retention, fuzz=False, parameters=fitted_parameters(store))
        packs = context.load_packs().packs
        questions = [q for pack in packs for q in pack.study_questions]
        titles = {p.id: p.title for p in packs}
        states = store.cards()
        everything = list_exams(store)
        plans, _ = plans_for(store, scheduler, questions, states, now, new_per_day=settings.new_per_day, predict=True, exams=everything)
        by_exam = {plan.exam.id: plan for plan in plans}
        for exam in exams:
            from studyapp.marking import parse_marking

            print(f"{exam.name}: {exam.date.isoformat()} ({_days(exam.days_left(now))}) · {exam.scope} · {exam.budget_text} · marking {parse_marking(exam.marking).label}")
            plan = by_exam.get(exam.id)
            if not exam.upcoming(now):
                print("  over: its questions follow plain FSRS again")
            elif plan is None:
                print("  no loaded question belongs to it (check its packs and tags)")
            else:
                seen = sum(1 for q in plan.questions if q.key in states)
                print(f"  questions: {len(plan.questions)} ({seen} seen)")
                print(f"  exam-day recall: {outlook(plan.predicted, plan.predicted_now)}")
                print(f"  today: {len(plan.reviews) + len(plan.learning)} reviews, {len(plan.new)} new ({plan.done_today} of {plan.budget} done)")
                print(f"  by pack, {FOLLOW}: " + ", ".join(f"{titles.get(k, k)} {predicted(v)}" for k, v in plan.by_pack.items()))
                print(f"  by category, {FOLLOW}: " + ", ".join(f"{k} {predicted(v)}" for k, v in plan.by_category.items()))
            print(f"  mock exams: {trend(history(store, exam, questions=questions))}")
    finally:
        store.close()
    return 0
