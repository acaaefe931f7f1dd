"""show where you stand: streaks, heatmap, forecast, retention, packs, weak spots."""

from __future__ import annotations

import sys


def add_arguments(parser) -> None:
    parser.add_argument("--json", action="store_true", help="print every figure as JSON, for scripts")
    parser.add_argument("--tz", metavar="ZONE", help="count days in this IANA time zone (default: the system's)")
    parser.add_argument("--weak", type=int, default=10, metavar="N", help="how many weak spots to list (default 10)")
    parser.add_argument("--sessions", type=int, default=10, metavar="N", help="how many past sessions to list (default 10)")


def _now():
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)


def run(args, context) -> int:
    from studyapp.stats import no_cyclic_gc

    # A short command that makes no reference cycles worth collecting: the collector would
    # walk the 100,000 outline rows over and over as they load (55M instructions at 100,000).
    with no_cyclic_gc():
        return _run(args, context)


def _run(args, context) -> int:
    import json

    from studyapp import stats
    from studyapp.scheduling import Scheduler

    try:
        tz = stats.parse_zone(args.tz) if args.tz else stats.local_zone()
    except ValueError as exc:
        print(f"studyapp: --tz: {exc}", file=sys.stderr)
        return 2
    store = context.open_store()
    try:
        now = _now()
        # The log's figures (review_quarters and the log's tail) are read in a thread while the packs load.
        log = stats.LogFigures(store.connection, now, tz)
        if stats.upcoming_exams(store.connection, now.astimezone(tz).date()):
            loaded = context.load_packs()  # the exam planner works on the questions themselves
        else:
            loaded = _outlines(context)
        for problem in loaded.errors[:3]:
            print(f"studyapp: skipped: {problem}", file=sys.stderr)
        # the latest fit's parameters (studyapp.optimize.fitted_parameters), read without importing the optimiser
        scheduler = Scheduler(context.settings.desired_retention, fuzz=False, parameters=store.fitted_parameters())
        figures = stats.compute(
            store.connection,
            loaded.packs,
            now,
            tz,
            scheduler.parameters,
            weak_limit=max(0, args.weak),
            session_limit=max(0, args.sessions),
            log=log,
        )
        if figures.exams:  # the exam figures from the planner itself, as `studyapp exam show`
            from studyapp.exam import plans_for

            questions = [q for pack in loaded.packs for q in pack.study_questions]
            plans, _ = plans_for(store, scheduler, questions, store.card_states(), figures.now, new_per_day=context.settings.new_per_day, predict=True)
            figures = stats.with_plans(figures, plans)
    finally:
        store.close()
    try:
        if args.json:
            # one write, not json.dump's 18,000 small ones (about 4 ms at 100,000 questions)
            sys.stdout.write(json.dumps(stats.to_json(figures), indent=2) + "\n")
        else:
            from rich.console import Console

            console = Console(highlight=False)
            for part in render(figures):
                console.print(part)
                console.print()
        sys.stdout.flush()
    except BrokenPipeError:
        # `studyapp stats --json | head`: the reader has what it wanted.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _outlines(context):
    """The packs as outlines (``studyapp.pack_cache.PackOutline``): the figures need each
    study question's id, category and tags, not the questions, and reading those from
    the pack cache skips rebuilding them (0.5 s of 1.2 s at 100,000 questions). The same
    packs, in the same order, with the same problems as ``context.load_packs()``."""
    from studyapp.packs import load_packs

    context.paths.ensure()
    cache = context.pack_cache()
    result = load_packs(context.pack_folders, cache=cache.outlines())
    cache.prune()
    return result


# --- Rich rendering (no Textual) ----------------------------------------------------

SHADES = " ░▒▓█"


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


def render(figures) -> list:
    """The figures as Rich renderables, top to bottom."""
    from rich.table import Table
    from rich.text import Text

    from studyapp import stats
    from studyapp.exam import outlook

    s = figures.summary
    parts: list = []
    head = Text()
    head.append("Where you stand", style="bold")
    head.append(f" · {figures.today:%A %d %B %Y} · {stats.zone_name(figures.tz)}\n", style="dim")
    head.append(
        f"Seen {s.seen} / {s.questions} questions · mastered {s.mastered} (stable 21+ days)"
        f" · due now {s.due_now} (by tonight {s.due_today}) · reviewed today {s.reviews_today}\n"
    )
    head.append(f"Streak {s.current_streak} day(s) (longest {s.longest_streak}) · studied this week {duration(s.studied_this_week)}")
    if s.overruled:
        head.append(f" · verdicts you overruled {s.overruled}")
    parts.append(head)
    for exam in figures.exams:
        parts.append(
            Text(
                f"Exam '{exam.name}' on {exam.exam_date:%a %d %b %Y} (in {exam.days_left} day(s)): {exam.questions} questions, "
                f"recall today {percent(exam.recall_today)}, on exam day {outlook(exam.recall_plan, exam.recall_exam)}"
            )
        )

    parts.append(heatmap_text(figures.heatmap))
    parts.append(forecast_table(figures.forecast))

    kept = Table(title="Accuracy and true retention", title_justify="left")
    kept.add_column("Last")
    kept.add_column("Reviews of learned questions", justify="right")
    kept.add_column("Right", justify="right")
    kept.add_column("True retention", justify="right")
    for r in figures.retention:
        kept.add_row(f"{r.days} days", str(r.reviews), str(r.correct), percent(r.rate))
    parts.append(kept)
    weeks = [w for w in figures.weekly if w.reviews][-26:]
    if weeks:
        rates = [w.accuracy or 0.0 for w in weeks]
        line = Text(f"Weekly accuracy, last {len(weeks)} weeks with reviews: ")
        line.append(sparkline(rates), style="green")
        last = weeks[-1]
        line.append(f"\n(lowest {percent(min(rates))}, highest {percent(max(rates))}; week of {last.day:%d %b}: {percent(last.accuracy)} of {last.reviews})")
        parts.append(line)

    for title, rows in (("By pack", figures.packs), ("By category", figures.categories)):
        parts.append(group_table(title, rows, bool(figures.exams)))

    weak = Table(title="Weak spots (most lapses, then lowest recall)", title_justify="left")
    for column in ("Pack", "Question", "Category", "Lapses", "Recall"):
        weak.add_column(column, justify="right" if column in ("Lapses", "Recall") else "left")
    for w in figures.weak_spots:
        weak.add_row(Text(w.pack_id), Text(w.question_id), Text(w.category), str(w.lapses), percent(w.recall))
    parts.append(weak)

    history = Table(title="Sessions", title_justify="left")
    for column in ("Date", "Pack(s)", "Questions", "Score", "Duration"):
        history.add_column(column, justify="right" if column in ("Questions", "Score", "Duration") else "left")
    for session in figures.sessions:
        history.add_row(
            f"{session.started_at.astimezone(figures.tz):%Y-%m-%d %H:%M}",
            Text(packs_label(session.packs)),
            str(session.answered),
            f"{session.correct}/{session.answered} ({percent(session.accuracy)})",
            duration(session.duration.total_seconds()),
        )
    parts.append(history)
    return parts


def packs_label(packs, width: int = 30) -> str:
    text = ", ".join(packs) or "–"
    return text if len(text) <= width else f"{len(packs)} packs"


def sparkline(values) -> str:
    """Bars from the lowest value to the highest (as Textual's Sparkline draws them)."""
    bars = "▁▂▃▄▅▆▇█"
    low, high = min(values, default=0), max(values, default=0)
    span = (high - low) or 1
    return "".join(bars[min(len(bars) - 1, int((v - low) / span * len(bars)))] for v in values)


def heatmap_text(days):
    """The year as seven rows (Monday..Sunday) of weeks, shaded by reviews that day."""
    from rich.text import Text

    from studyapp.stats import heat_level

    peak = max((d.reviews for d in days), default=0)
    text = Text("Reviews per day, last 12 months (░▒▓█ = more)\n", style="bold")
    if not days:
        return text
    first = days[0].day
    offset = first.weekday()
    columns = (offset + len(days) + 6) // 7
    grid = [[" "] * columns for _ in range(7)]
    for i, d in enumerate(days):
        grid[(offset + i) % 7][(offset + i) // 7] = SHADES[heat_level(d.reviews, peak)] if d.reviews else "·"
    for weekday, row in enumerate(grid):
        text.append(("Mon", "   ", "Wed", "   ", "Fri", "   ", "Sun")[weekday] + " ", style="dim")
        text.append("".join(row) + "\n", style="green")
    total = sum(d.reviews for d in days)
    active = sum(1 for d in days if d.reviews)
    text.append(f"{total} reviews on {active} day(s); busiest day {peak}", style="dim")
    return text


def forecast_table(forecast):
    """One line per day: the date, how many fall due, a bar."""
    from rich.text import Text

    text = Text("Due in the next 30 days (today includes the overdue)\n", style="bold")
    peak = max((n for _, n in forecast), default=0) or 1
    for day, due in forecast:
        text.append(f"{day:%a %d %b} {due:>6} ")
        text.append("█" * round(40 * due / peak) + "\n", style="cyan")
    text.rstrip()
    return text


def group_table(title: str, rows, with_exam: bool):
    from rich.table import Table
    from rich.text import Text

    from studyapp.exam import predicted

    table = Table(title=title, title_justify="left")
    table.add_column("Name", no_wrap=True, overflow="ellipsis", max_width=26)
    for column in ("Questions", "Seen", "Accuracy", "Recall today") + (("Exam day, if you stop now",) if with_exam else ()):
        table.add_column(column, justify="right")
    for row in rows:
        cells = [Text(row.title), str(row.questions), str(row.seen), percent(row.accuracy), percent(row.recall_today)]
        if with_exam:
            cells.append(predicted(row.recall_exam))
        table.add_row(*cells)
    return table
