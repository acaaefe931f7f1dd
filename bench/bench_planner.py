"""How long the exam planner takes: one day's plan, and the whole plan to the exam.

    .venv/bin/python bench/bench_planner.py

5,000 cards (4,000 seen with varied stabilities, 1,000 new), exam in 90 days,
150 questions a day. ``plan_day`` is what a study session runs when it
starts, also timed 12 days before the exam with all 5,000 cards seen (the
final period, where each day's final reviews are weighed against the days
left, ``planner.final_advantage``); ``forecast`` follows the plan day by day
to the exam (90 plans) for the predicted exam-day recall the home and study
screens show.
"""

from __future__ import annotations

import statistics
import time

import numpy as np

from studyapp.planner import Memory, forecast, plan_day


def timed(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), max(times)


def main() -> None:
    rng = np.random.default_rng(0)
    memory = Memory()
    seen = 4000
    stability = rng.lognormal(1.5, 1.0, seen)
    difficulty = rng.uniform(1, 10, seen)
    elapsed = rng.uniform(0, 30, seen)
    kwargs = dict(budget=150, new_available=1000, new_limit=40)
    day = timed(lambda: plan_day(memory, stability, difficulty, elapsed, 90, **kwargs), 50)
    # 12 days before the exam, all 5,000 seen: more final reviews wanted than the days left can
    # hold, so today's are chosen by what waiting costs each card (planner.final_advantage)
    final_s = np.concatenate([stability, rng.lognormal(1.5, 1.0, 1000)])
    final_d = np.concatenate([difficulty, rng.uniform(1, 10, 1000)])
    final_e = np.concatenate([elapsed, rng.uniform(0, 30, 1000)])
    final = timed(lambda: plan_day(memory, final_s, final_d, final_e, 12, budget=150, new_available=0, new_limit=40), 50)
    whole = timed(lambda: forecast(memory, stability, difficulty, elapsed, 90, **kwargs), 5)
    print("| what | cards | horizon | median | worst |")
    print("| --- | ---: | ---: | ---: | ---: |")
    print(f"| plan one day (`plan_day`) | 5,000 | 90 days | {day[0] * 1000:.1f} ms | {day[1] * 1000:.1f} ms |")
    print(f"| plan one day in the final period (`plan_day`, 12 days left) | 5,000 | 12 days | {final[0] * 1000:.1f} ms | {final[1] * 1000:.1f} ms |")
    print(f"| plan every day to the exam (`forecast`) | 5,000 | 90 days | {whole[0] * 1000:.0f} ms | {whole[1] * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
