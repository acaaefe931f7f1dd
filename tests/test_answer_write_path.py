"""The answer's write path (issue 17): what an answer writes is what the reads need, no more."""

from __future__ import annotations

import json
import random
from datetime import timedelta

from studyapp.scheduling import CardState, Rating, Scheduler
from studyapp.store import state_json


def test_state_json_writes_exactly_what_json_dumps_writes(clock):
    """The review log's states are written by hand for speed: the text must not change."""
    scheduler = Scheduler(fuzz=True)
    rng = random.Random(3)
    states = [CardState(1, 0, None, None, clock.now, None), CardState(2, None, 3, 5, clock.now, clock.now, 2, 1)]  # ints too
    states.append(CardState(2, None, float("inf"), 5.5, clock.now, clock.now))  # what JSON spells Infinity
    for _ in range(40):
        state, now = None, clock.now
        for _ in range(rng.randint(1, 6)):
            state = scheduler.review(state, Rating(rng.randint(1, 4)), now)
            now += timedelta(hours=rng.randint(1, 900))
            states.append(state)
    for state in states:
        assert state_json(state) == json.dumps(state.to_dict())
        assert CardState.from_dict(json.loads(state_json(state))) == state or state.stability == float("inf")
